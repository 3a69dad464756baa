"""p909-7: department site (Sở VHTTDL Đắk Lắk), no dateline, one-cell-per-line table, footer."""
from lib import F, P, I, CH, TG, write

TEXT = """Trang chủ » Tin hoạt động » Văn hóa cơ sở
Đắk Lắk duy trì hơn 1.900 đội văn nghệ, đội cồng chiêng quần chúng

Năm 2024, toàn tỉnh có 1.935 đội văn nghệ quần chúng và đội cồng chiêng, tăng 42 đội so với năm 2023; số thành viên tham gia khoảng 29.000 người, trong đó đồng bào dân tộc thiểu số chiếm 47%. Các đội đã biểu diễn 3.260 buổi, đạt 108,7% kế hoạch năm, phục vụ trên 1,1 triệu lượt người xem.

Từ năm 2021 đến nay, tỉnh đã cấp 215 bộ cồng chiêng cho các buôn, tổng kinh phí khoảng 6,4 tỷ đồng, bình quân gần 30 triệu đồng/bộ.

Tại Hội diễn nghệ thuật quần chúng tỉnh lần thứ XII (tháng 7/2024), 15/15 huyện, thị xã, thành phố tham gia với 420 diễn viên; Ban tổ chức trao 5 Huy chương Vàng, 9 Huy chương Bạc. Đoàn huyện Krông Pắc đứng thứ 2 toàn đoàn.

Một số chỉ tiêu phong trào văn nghệ quần chúng của tỉnh:

Chỉ tiêu
Đơn vị tính
Năm 2023
Năm 2024
Kế hoạch 2025
Đội văn nghệ, đội cồng chiêng
Đội
1.893
1.935
1.960
Câu lạc bộ dân ca, dân vũ
CLB
214
236
250
Buổi biểu diễn
Buổi
2.870
3.260
3.300
Thành viên tham gia
Người
27.400
29.050
30.000

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐẮK LẮK
Địa chỉ: Số 09 Phan Bội Châu, phường Thắng Lợi, TP Buôn Ma Thuột
Điện thoại: 0262.3852.466 - Fax: 0262.3852.467
Tổng lượt truy cập: 1.408.233
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
T7 = P("tháng 7/2024", "2024-07-01", "2024-07-31")
S21 = P("Từ năm 2021 đến nay", "2021-01-01", None)

ROWS = [
    ("Đội văn nghệ, đội cồng chiêng", "Đội", "đội", ["1.893", "1.935", "1.960"]),
    ("Câu lạc bộ dân ca, dân vũ", "CLB", "CLB", ["214", "236", "250"]),
    ("Buổi biểu diễn", "Buổi", "buổi", ["2.870", "3.260", "3.300"]),
    ("Thành viên tham gia", "Người", "người", ["27.400", "29.050", "30.000"]),
]
COLS = [("năm 2023", Y23, None), ("năm 2024", Y24, None), ("kế hoạch 2025", K25, "target")]


def table_figs():
    out = []
    for label, ucell, unit, cells in ROWS:
        prev = ucell
        for (col, per, status), c in zip(COLS, cells):
            out.append(F(f"{prev}\n{c}", c, float(c.replace(".", "")), "count", unit,
                         f"{label} {col}", per, status=status))
            prev = c
    return out


FIGS = [
    F("hơn 1.900 đội", "1.900", 1900, "count", "đội", "đội văn nghệ, đội cồng chiêng quần chúng",
      approx="over"),
    F("có 1.935 đội", "1.935", 1935, "count", "đội", "đội văn nghệ quần chúng và đội cồng chiêng", Y24,
      change=CH("increase", 42, "đội", "năm 2023")),
    F("khoảng 29.000 người", "29.000", 29000, "count", "người", "thành viên tham gia đội văn nghệ", Y24,
      approx="about"),
    F("chiếm 47%", "47", 47, "percent", "%", "thành viên là đồng bào dân tộc thiểu số", Y24),
    F("biểu diễn 3.260 buổi", "3.260", 3260, "count", "buổi", "buổi biểu diễn của các đội", I(Y24),
      percent=108.7),
    F("trên 1,1 triệu lượt", "1,1", 1.1e6, "count", "lượt người xem", "lượt người xem biểu diễn", I(Y24),
      approx="over"),
    F("cấp 215 bộ", "215", 215, "count", "bộ cồng chiêng", "bộ cồng chiêng cấp cho các buôn", S21),
    F("khoảng 6,4 tỷ đồng", "6,4", 6.4e9, "money", "đồng", "kinh phí cấp cồng chiêng", S21, approx="about"),
    F("gần 30 triệu đồng/bộ", "30", 30e6, "money", "đồng/bộ", "kinh phí bình quân mỗi bộ cồng chiêng", S21,
      approx="nearly"),
    F("15/15 huyện", "15", 15, "count", "huyện, thị xã, thành phố",
      "huyện, thị xã, thành phố tham gia Hội diễn nghệ thuật quần chúng tỉnh", T7, total=15),
    F("với 420 diễn viên", "420", 420, "count", "diễn viên", "diễn viên tham gia Hội diễn", T7),
    F("trao 5 Huy chương Vàng", "5", 5, "count", "Huy chương Vàng", "Huy chương Vàng Hội diễn", T7),
    F("9 Huy chương Bạc", "9", 9, "count", "Huy chương Bạc", "Huy chương Bạc Hội diễn", T7),
    F("đứng thứ 2 toàn đoàn", "2", 2, "rank", "hạng", "xếp hạng toàn đoàn Hội diễn", I(T7),
      location="Krông Pắc"),
] + table_figs()

NOTES = [
    "Sở VHTTDL Đắk Lắk page with no dateline (published absent); footer address, phone/fax and visit counter are not figures.",
    "Headline 'hơn 1.900 đội' has no period. 'trong đó đồng bào dân tộc thiểu số chiếm 47%' is a share without a base amount: percent figure.",
    "'Từ năm 2021 đến nay' without a published date: start 2021-01-01, end null (FIGURES.md §3).",
    "One-cell-per-line table (Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm 2024 | Kế hoạch 2025): unit from the row's unit cell,",
    "subject = row label + column label, period from the column header, 'Kế hoạch 2025' -> target. Location Đắk Lắk throughout",
    "except the rank (Krông Pắc). Distractors: lần thứ XII, Số 09 Phan Bội Châu, 0262.3852.466, Tổng lượt truy cập: 1.408.233.",
]

if __name__ == "__main__":
    write("p909-7", TEXT, FIGS, NOTES, published=None, location="Đắk Lắk")
