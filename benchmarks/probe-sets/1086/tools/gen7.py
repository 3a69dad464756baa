"""p1086-7: department site (Sở TN&MT Hải Phòng), no dateline, noise monitoring 2024, one-cell-per-line table."""
from lib import F, P, I, C, T, write_set

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG THÀNH PHỐ HẢI PHÒNG
Trang chủ » Quan trắc môi trường

Kết quả quan trắc tiếng ồn tại các nút giao thông và khu dân cư

Trung tâm Quan trắc tài nguyên và môi trường Hải Phòng vừa công bố kết quả quan trắc tiếng ồn năm 2024 tại 32 điểm trên địa bàn thành phố. Trong đó, mức ồn trung bình ban ngày tại 18 điểm giao thông dao động từ 69,2 đến 78,5 dBA; tại 14 điểm khu dân cư từ 57,6 đến 66,3 dBA. Năm 2024 có 11 điểm vượt QCVN 26:2010/BTNMT, giảm 3 điểm so với năm 2023; mức vượt cao nhất là 8,5 dBA tại nút giao Lạch Tray - Văn Cao.

Mức ồn trung bình tại một số điểm quan trắc
Đơn vị tính: dBA
Điểm quan trắc
Năm 2023
Năm 2024
Nút giao Lạch Tray - Văn Cao
79,1
78,5
Ngã năm sân bay Cát Bi
76,4
75,2
Khu dân cư ven sông Tam Bạc
64,8
63,7
Khu đô thị mới Ngã Năm
60,5
61,2

Cũng trong năm 2024, Sở tiếp nhận 287 phản ánh về tiếng ồn, độ rung, trong đó 126 phản ánh về hoạt động karaoke, 98 phản ánh về thi công xây dựng; đã giải quyết 279 phản ánh, đạt 97,2%. Năm 2025, thành phố phấn đấu giảm số điểm vượt quy chuẩn xuống dưới 8 điểm; dự kiến lắp đặt bổ sung 5 trạm quan trắc tự động tại các quận Lê Chân, Hải An và Ngô Quyền.

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG THÀNH PHỐ HẢI PHÒNG
Địa chỉ: Số 274 Lạch Tray, quận Ngô Quyền, TP Hải Phòng
Điện thoại: 0225.3846.510 - Fax: 0225.3846.512
Đang truy cập: 37 | Tổng lượt truy cập: 3.415.206
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")


def cell(anchor, number, value, row, period):
    return F(anchor, number, value, "measure", "dBA", f"mức ồn trung bình {row}", period)


FIGS = [
    F("tại 32 điểm", "32", 32, "count", "điểm", "điểm quan trắc tiếng ồn", Y24),
    F("tại 18 điểm", "18", 18, "count", "điểm", "điểm giao thông", I(Y24), total=32),
    F("từ 69,2 đến 78,5 dBA", "69,2", 69.2, "measure", "dBA",
      "mức ồn trung bình ban ngày tại điểm giao thông", I(Y24), value_max=78.5),
    F("tại 14 điểm", "14", 14, "count", "điểm", "điểm khu dân cư", I(Y24), total=32),
    F("từ 57,6 đến 66,3 dBA", "57,6", 57.6, "measure", "dBA",
      "mức ồn trung bình ban ngày tại điểm khu dân cư", I(Y24), value_max=66.3),
    F("có 11 điểm", "11", 11, "count", "điểm", "điểm vượt QCVN", C24,
      change=C("decrease", 3, "điểm", "năm 2023")),
    F("là 8,5 dBA", "8,5", 8.5, "measure", "dBA", "mức vượt quy chuẩn cao nhất", C24),
    cell("Văn Cao\n79,1", "79,1", 79.1, "nút giao Lạch Tray - Văn Cao", C23),
    cell("79,1\n78,5", "78,5", 78.5, "nút giao Lạch Tray - Văn Cao", C24),
    cell("Cát Bi\n76,4", "76,4", 76.4, "ngã năm sân bay Cát Bi", C23),
    cell("76,4\n75,2", "75,2", 75.2, "ngã năm sân bay Cát Bi", C24),
    cell("Tam Bạc\n64,8", "64,8", 64.8, "khu dân cư ven sông Tam Bạc", C23),
    cell("64,8\n63,7", "63,7", 63.7, "khu dân cư ven sông Tam Bạc", C24),
    cell("Ngã Năm\n60,5", "60,5", 60.5, "khu đô thị mới Ngã Năm", C23),
    cell("60,5\n61,2", "61,2", 61.2, "khu đô thị mới Ngã Năm", C24),
    F("tiếp nhận 287 phản ánh", "287", 287, "count", "phản ánh", "phản ánh về tiếng ồn, độ rung",
      P("Cũng trong năm 2024", "2024-01-01", "2024-12-31")),
    F("trong đó 126 phản ánh", "126", 126, "count", "phản ánh", "phản ánh về hoạt động karaoke",
      P("Cũng trong năm 2024", "2024-01-01", "2024-12-31"), total=287),
    F("98 phản ánh", "98", 98, "count", "phản ánh", "phản ánh về thi công xây dựng",
      P("Cũng trong năm 2024", "2024-01-01", "2024-12-31"), total=287),
    F("giải quyết 279 phản ánh", "279", 279, "count", "phản ánh", "phản ánh đã giải quyết",
      P("Cũng trong năm 2024", "2024-01-01", "2024-12-31"), percent=97.2),
    F("dưới 8 điểm", "8", 8, "count", "điểm", "điểm vượt quy chuẩn", Y25, approx="under",
      status="target"),
    F("bổ sung 5 trạm", "5", 5, "count", "trạm", "trạm quan trắc tự động lắp đặt bổ sung", Y25,
      status="forecast"),
]

NOTES = [
    "Sở TN&MT Hải Phòng site (invented), no dateline: noise monitoring 2024, one-cell-per-line table (Đơn vị tính: dBA).",
    "Table rows are monitoring points (not places): location Hải Phòng, subject 'mức ồn trung bình <point>', period from the column header.",
    "18 and 14 điểm after 'Trong đó' are parts of the 32 points. '11 điểm …, giảm 3 điểm so với năm 2023' -> change.",
    "'phấn đấu … xuống dưới 8 điểm' target (approx under); 'dự kiến lắp đặt bổ sung 5 trạm' forecast; both in 'Năm 2025'.",
    "Distractors: QCVN 26:2010/BTNMT, Số 274 Lạch Tray, phone/fax, 'Đang truy cập: 37', 'Tổng lượt truy cập: 3.415.206', Ngã năm, Ngã Năm.",
]

write_set("p1086-7", TEXT, FIGS, NOTES, published=None, location="Hải Phòng")
