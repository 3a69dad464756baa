"""p624-7: department site (Sở GTVT Quảng Ninh), no dateline — boat safety inspections 2023, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Kết quả kiểm tra an toàn phương tiện thủy chở khách du lịch năm 2023

Năm 2023, Sở Giao thông vận tải phối hợp với Ban Quản lý vịnh Hạ Long và Ban Quản lý vịnh Bái Tử Long kiểm tra an toàn kỹ thuật 1.436 lượt phương tiện thủy chở khách du lịch, tăng 8,2% so với năm 2022; phát hiện 112 lượt phương tiện vi phạm, chiếm 7,8%. Tổng số tiền xử phạt là 1,26 tỷ đồng.

Bảng: Số lượt phương tiện được kiểm tra phân theo địa bàn
Đơn vị tính: lượt phương tiện
Địa bàn
Năm 2022
Năm 2023
Kế hoạch 2024
TP. Hạ Long
952
1.018
1.100
TP. Cẩm Phả
148
162
170
Huyện Vân Đồn
186
201
220
Huyện Cô Tô
41
55
60
Tổng cộng
1.327
1.436
1.550

Bên cạnh kiểm tra, Sở đã tổ chức 6 lớp tập huấn nghiệp vụ cho 428 thuyền trưởng, thuyền viên. Đến hết năm 2023, toàn tỉnh có 534 tàu du lịch được cấp giấy chứng nhận an toàn kỹ thuật và bảo vệ môi trường, trong đó 98 tàu lưu trú nghỉ đêm. Tỷ lệ tàu lắp đặt thiết bị giám sát hành trình đạt 96,3% (chỉ tiêu đề ra là 95%).

Các tổ chức, cá nhân cần hỗ trợ thủ tục đăng kiểm phương tiện thủy nội địa liên hệ Phòng Quản lý vận tải - phương tiện và người lái, Tầng 5, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP. Hạ Long; điện thoại 0203.3835.686.

Bản quyền thuộc Sở Giao thông vận tải tỉnh Quảng Ninh
Tổng số lượt truy cập: 2.457.913
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
END23 = P("Đến hết năm 2023", None, "2023-12-31")
SUBJ = "số lượt phương tiện được kiểm tra"


def row(place, cells, loc):
    out = []
    (a1, n1, v1), (a2, n2, v2), (a3, n3, v3) = cells
    out.append(F(a1, n1, v1, "count", "lượt phương tiện", f"{SUBJ} năm 2022", C22, location=loc))
    out.append(F(a2, n2, v2, "count", "lượt phương tiện", f"{SUBJ} năm 2023", C23, location=loc))
    out.append(F(a3, n3, v3, "count", "lượt phương tiện", f"{SUBJ} kế hoạch 2024", K24,
                 status="target", location=loc))
    return out


FIGS = [
    F("kỹ thuật 1.436 lượt", "1.436", 1436, "count", "lượt phương tiện",
      "lượt phương tiện thủy chở khách du lịch được kiểm tra an toàn kỹ thuật", Y23,
      change=CH("increase", 8.2, baseline="năm 2022")),
    F("phát hiện 112 lượt", "112", 112, "count", "lượt phương tiện",
      "lượt phương tiện vi phạm", Y23, percent=7.8),
    F("là 1,26 tỷ đồng", "1,26", 1260000000, "money", "đồng", "tổng số tiền xử phạt", I(Y23)),
    *row("Hạ Long", [("Hạ Long\n952", "952", 952), ("952\n1.018", "1.018", 1018),
                     ("1.018\n1.100", "1.100", 1100)], "Hạ Long"),
    *row("Cẩm Phả", [("Cẩm Phả\n148", "148", 148), ("148\n162", "162", 162),
                     ("162\n170", "170", 170)], "Cẩm Phả"),
    *row("Vân Đồn", [("Vân Đồn\n186", "186", 186), ("186\n201", "201", 201),
                     ("201\n220", "220", 220)], "Vân Đồn"),
    *row("Cô Tô", [("Cô Tô\n41", "41", 41), ("41\n55", "55", 55),
                   ("55\n60", "60", 60)], "Cô Tô"),
    *row("Tổng cộng", [("Tổng cộng\n1.327", "1.327", 1327), ("1.327\n1.436", "1.436", 1436),
                       ("1.436\n1.550", "1.550", 1550)], "Quảng Ninh"),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp", "lớp tập huấn nghiệp vụ", I(Y23)),
    F("cho 428 thuyền trưởng", "428", 428, "count", "thuyền trưởng, thuyền viên",
      "thuyền trưởng, thuyền viên được tập huấn", I(Y23)),
    F("có 534 tàu", "534", 534, "count", "tàu du lịch",
      "tàu du lịch được cấp giấy chứng nhận an toàn kỹ thuật và bảo vệ môi trường", END23),
    F("đó 98 tàu", "98", 98, "count", "tàu", "tàu lưu trú nghỉ đêm được cấp giấy chứng nhận",
      END23, total=534),
    F("đạt 96,3%", "96,3", 96.3, "percent", "%", "tỷ lệ tàu lắp đặt thiết bị giám sát hành trình",
      I(END23), target={"value": 95, "unit": "%", "met": True}),
]

COMMENTS = [
    "Department site (Sở Giao thông vận tải Quảng Ninh), no dateline (published null) — safety inspections of tourist boats in 2023.",
    "One-cell-per-line table with 'Đơn vị tính: lượt phương tiện' and year columns (Năm 2022 | Năm 2023 | Kế hoạch 2024): every numeric cell",
    "is a figure; row labels are places → location (TP. Hạ Long → Hạ Long, …); 'Tổng cộng' row → the province; periods from the column headers",
    "(scored, as in shared h23); 'Kế hoạch 2024' → target. Not figures: 'Tầng 5', 'Trụ sở Liên cơ quan số 3', phone, 'Tổng số lượt truy cập'.",
    "112 lượt 'chiếm 7,8%' → percent; 1.436 'tăng 8,2% so với năm 2022' → change. 'trong đó 98 tàu' → total 534.",
    "'đạt 96,3% (chỉ tiêu đề ra là 95%)': the 95% is the target attribute of 96,3% (met), not a figure of its own.",
]

if __name__ == "__main__":
    emit("p624-7", TEXT, COMMENTS, FIGS, location="Quảng Ninh")
