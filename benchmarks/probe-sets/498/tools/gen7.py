"""p498-7: department site (Đài KTTV tỉnh Quảng Trị), no dateline — climate summary September / 9 months 2023, one-cell-per-line table."""
from lib import F, P, I, CH, emit

TEXT = """ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH QUẢNG TRỊ
Trang chủ » Thông tin khí hậu

Tổng kết khí tượng thủy văn tháng 9 và 9 tháng năm 2023

Tháng 9/2023, nhiệt độ trung bình toàn tỉnh phổ biến 26,5-27,8°C, cao hơn trung bình nhiều năm (TBNN) 0,6°C. Trong tháng xảy ra 2 đợt mưa lớn vào các ngày 13-15/9 và 24-26/9; tổng lượng mưa tháng phổ biến 450-620 mm, bằng 110-135% TBNN. Tổng số giờ nắng trong tháng từ 145 đến 170 giờ, thấp hơn TBNN khoảng 15 giờ.

Bảng: Lượng mưa tại một số trạm
Đơn vị tính: mm
Trạm
Tháng 9/2023
TBNN tháng 9
9 tháng năm 2023
Đông Hà
532,4
448,0
1.685,2
Hướng Hóa
478,9
402,5
1.912,6
Gio Linh
611,7
470,3
1.754,0
Cồn Cỏ
395,2
380,6
1.240,8

Tính chung 9 tháng năm 2023, tổng lượng mưa trung bình toàn tỉnh đạt 1.648,3 mm, thấp hơn cùng kỳ năm 2022 khoảng 8%.

Trong đợt lũ ngày 25/9, mực nước đỉnh lũ sông Thạch Hãn tại trạm Thạch Hãn đạt 5,42 m, dưới báo động 3 là 0,58 m; sông Bến Hải tại trạm Gia Vòng đạt 6,85 m, trên báo động 2 là 0,35 m.

Dự báo tháng 10/2023, nhiệt độ trung bình 24,5-25,5°C, xấp xỉ TBNN; tổng lượng mưa 700-900 mm, cao hơn TBNN từ 10 đến 20%; khu vực tỉnh có khả năng chịu ảnh hưởng của 1-2 cơn bão hoặc áp thấp nhiệt đới.

Địa chỉ: 99 Trần Hưng Đạo, Phường 1, TP. Đông Hà. Điện thoại: 0233.3852.475
Tổng số lượt truy cập: 815.349
"""

M9 = P("Tháng 9/2023", "2023-09-01", "2023-09-30")
N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
OCT = P("tháng 10/2023", "2023-10-01", "2023-10-31")
D25 = P("ngày 25/9", "2023-09-25", "2023-09-25")

COLS = [("Lượng mưa tháng 9/2023", M9), ("Lượng mưa TBNN tháng 9", None), ("Lượng mưa 9 tháng năm 2023", N9)]
ROWS = [("Đông Hà", ["532,4", "448,0", "1.685,2"]), ("Hướng Hóa", ["478,9", "402,5", "1.912,6"]),
        ("Gio Linh", ["611,7", "470,3", "1.754,0"]), ("Cồn Cỏ", ["395,2", "380,6", "1.240,8"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for place, cells in ROWS:
    for cell, (subj, per) in zip(cells, COLS):
        TABLE.append(F("\n" + cell + "\n", cell, num(cell), "measure", "mm", subj, per, location=place))

FIGS = [
    F("phổ biến 26,5-27,8°C", "26,5", 26.5, "measure", "°C", "nhiệt độ trung bình toàn tỉnh", M9, value_max=27.8,
      change=CH("increase", 0.6, "°C", "trung bình nhiều năm (TBNN)")),
    F("xảy ra 2 đợt", "2", 2, "count", "đợt mưa lớn", "đợt mưa lớn", P("Trong tháng", "2023-09-01", "2023-09-30")),
    F("phổ biến 450-620 mm", "450", 450, "measure", "mm", "tổng lượng mưa tháng", P("Trong tháng", "2023-09-01", "2023-09-30"), value_max=620, percent=110),
    F("từ 145 đến 170 giờ", "145", 145, "measure", "giờ", "tổng số giờ nắng", P("trong tháng", "2023-09-01", "2023-09-30"),
      value_max=170, change=CH("decrease", 15, "giờ", "TBNN", approx="about")),
] + TABLE + [
    F("đạt 1.648,3 mm", "1.648,3", 1648.3, "measure", "mm", "tổng lượng mưa trung bình toàn tỉnh", N9,
      change=CH("decrease", 8, "%", "cùng kỳ năm 2022", approx="about")),
    F("đạt 5,42 m", "5,42", 5.42, "measure", "m", "mực nước đỉnh lũ sông Thạch Hãn", D25,
      change=CH("decrease", 0.58, "m", "báo động 3")),
    F("đạt 6,85 m", "6,85", 6.85, "measure", "m", "mực nước đỉnh lũ sông Bến Hải", D25,
      change=CH("increase", 0.35, "m", "báo động 2")),
    F("trung bình 24,5-25,5°C", "24,5", 24.5, "measure", "°C", "nhiệt độ trung bình", OCT, value_max=25.5, status="forecast"),
    F("mưa 700-900 mm", "700", 700, "measure", "mm", "tổng lượng mưa", OCT, value_max=900, status="forecast",
      change=CH("increase", 10, "%", "TBNN")),
    F("của 1-2 cơn", "1", 1, "count", "cơn bão hoặc áp thấp nhiệt đới", "bão hoặc áp thấp nhiệt đới ảnh hưởng khu vực tỉnh",
      OCT, value_max=2, status="forecast"),
]

COMMENTS = [
    "Đài KTTV tỉnh Quảng Trị (department site), no dateline: climate summary of September and 9 months 2023; October outlook.",
    "No published date. Distractors: 'ngày 13-15/9 và 24-26/9' (dates), 'báo động 3/2', 'Bảng', address '99 Trần Hưng Đạo, Phường 1',",
    "phone, 'Tổng số lượt truy cập: 815.349'.",
    "One-cell-per-line table with 'Đơn vị tính: mm': every cell a figure; station rows are districts/city (Đông Hà, Hướng Hóa, Gio Linh,",
    "Cồn Cỏ) → location; subject = indicator + column; period from the column header (TBNN column: a climate normal, no period).",
    "'bằng 110-135% TBNN' is the share of the 450-620 mm range (percent = lower end 110). Alarm-level gaps are changes (m).",
    "Named stations (trạm Thạch Hãn, Gia Vòng) are not districts: those readings keep the article's Quảng Trị. 'ngày 25/9' = 2023-09-25.",
]

if __name__ == "__main__":
    emit("p498-7", TEXT, COMMENTS, FIGS, location="Quảng Trị")
