"""p1059-7: department site (Sở Y tế Sơn La), no dateline, bed scale by level, one-cell-per-line table, footer."""
from lib import C, F, I, P, T, write

TEXT = """SỞ Y TẾ TỈNH SƠN LA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản

Tăng quy mô giường bệnh, giảm tình trạng nằm ghép

Năm 2023, tổng số giường bệnh thực kê toàn tỉnh Sơn La đạt 4.870 giường, tăng 6,2% so với năm 2022; bình quân 36,1 giường bệnh/vạn dân, cao hơn mức trung bình cả nước. Công suất sử dụng giường bệnh chung đạt 91,5%; tuyến tỉnh 108,3%, tuyến huyện 84,7%.

Quy mô giường bệnh theo tuyến
Đơn vị tính: giường
Tuyến
Năm 2022
Năm 2023
Kế hoạch 2024
Tuyến tỉnh
1.980
2.150
2.300
Tuyến huyện
2.390
2.480
2.550
Y tế tư nhân
215
240
280
Tổng số
4.585
4.870
5.130

Từ năm 2022 đến nay, Bệnh viện Đa khoa tỉnh đã mở rộng thêm 170 giường, giảm tình trạng nằm ghép từ 2 người/giường xuống còn 1,2 người/giường. Các trung tâm y tế huyện Mộc Châu, Mai Sơn, Sông Mã được đầu tư khu điều trị mới với tổng kinh phí 186,4 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.

Năm 2024, ngành phấn đấu đạt 37 giường bệnh/vạn dân, đồng thời bố trí tối thiểu 10% giường bệnh cho điều trị y học cổ truyền.

SỞ Y TẾ TỈNH SƠN LA
Địa chỉ: Số 10, đường Tô Hiệu, phường Tô Hiệu, TP Sơn La
Điện thoại: 0212.3852.031 - Fax: 0212.3852.032
Tổng lượt truy cập: 1.284.605
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
R = "giường bệnh/vạn dân"

FIGS = [
    F("đạt 4.870 giường", "4.870", 4870, "count", "giường", "giường bệnh thực kê toàn tỉnh", Y23,
      change=C("increase", 6.2, "%", "năm 2022")),
    F("bình quân 36,1 giường", "36,1", 36.1, "measure", R, "số giường bệnh bình quân trên vạn dân", Y23),
    F("chung đạt 91,5%", "91,5", 91.5, "percent", "%", "công suất sử dụng giường bệnh chung", I(Y23)),
    F("tuyến tỉnh 108,3%", "108,3", 108.3, "percent", "%", "công suất sử dụng giường bệnh tuyến tỉnh", I(Y23)),
    F("tuyến huyện 84,7%", "84,7", 84.7, "percent", "%", "công suất sử dụng giường bệnh tuyến huyện", I(Y23)),
]
for label, cells in [("tuyến tỉnh", [("1.980", "Tuyến tỉnh\n1.980"), ("2.150", "1.980\n2.150"), ("2.300", "2.150\n2.300")]),
                     ("tuyến huyện", [("2.390", "2.390"), ("2.480", "2.480"), ("2.550", "2.550")]),
                     ("y tế tư nhân", [("215", "nhân\n215"), ("240", "215\n240"), ("280", "240\n280")]),
                     ("tổng số", [("4.585", "4.585"), ("4.870", "4.585\n4.870"), ("5.130", "5.130")])]:
    for (num, anchor), per, col in zip(cells, [Y22, Y23, Y24], ["năm 2022", "năm 2023", "kế hoạch 2024"]):
        kw = {"status": "target"} if col.startswith("kế hoạch") else {}
        FIGS.append(F(anchor, num, float(num.replace(".", "")), "count", "giường",
                      f"quy mô giường bệnh {label} {col}", per, **kw))
FIGS += [
    F("thêm 170 giường", "170", 170, "count", "giường", "giường mở rộng thêm của Bệnh viện Đa khoa tỉnh",
      P("Từ năm 2022 đến nay", "2022-01-01", None)),
    F("từ 2 người/giường", "2", 2, "measure", "người/giường", "người bệnh nằm ghép mỗi giường trước đây"),
    F("còn 1,2 người/giường", "1,2", 1.2, "measure", "người/giường", "người bệnh nằm ghép mỗi giường"),
    F("kinh phí 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", "kinh phí đầu tư khu điều trị mới của trung tâm y tế huyện"),
    F("đạt 37 giường", "37", 37, "measure", R, "số giường bệnh trên vạn dân", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("tối thiểu 10%", "10", 10, "percent", "%", "tỷ lệ giường bệnh cho điều trị y học cổ truyền",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Sở Y tế Sơn La site, no dateline (no published). One-cell-per-line table 'Quy mô giường bệnh theo tuyến', 'Đơn vị tính: giường',",
    "columns Năm 2022 / Năm 2023 / Kế hoạch 2024 (target), rows by level and 'Tổng số'. Table periods from the column headers (scored);",
    "cells get no totals. 'Từ năm 2022 đến nay' without a dateline ends null. 'từ 2 … xuống còn 1,2 người/giường' gives two figures,",
    "no change; their period is left open. Distractors: address 'Số 10, đường Tô Hiệu', phone/fax 0212.3852.031/032,",
    "'Tổng lượt truy cập: 1.284.605'.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, NOTES, location="Sơn La")
