from lib import F, P, write

ROWS = [
    ("Mộc Bài", "2.845,6", "2.312,4", "112,6"),
    ("Xa Mát", "1.120,3", "968,7", "118,2"),
    ("Chàng Riệc", "402,5", "287,9", "95,4"),
    ("Kà Tum", "96,8", "81,2", "109,7"),
    ("Tổng cộng", "4.465,2", "3.650,2", "111,9"),
]
table = "\n".join(["Cửa khẩu", "Năm 2023", "9 tháng năm 2024", "So với cùng kỳ (%)"] +
                  [c for r in ROWS for c in r])

TEXT = """SỞ CÔNG THƯƠNG TỈNH TÂY NINH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Hoạt động xuất nhập khẩu qua các cửa khẩu biên giới 9 tháng năm 2024

Theo số liệu của Cục Hải quan tỉnh, tính đến ngày 30/9/2024, kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu trên địa bàn tỉnh Tây Ninh đạt 3.650,2 triệu USD, tăng 11,9% so với cùng kỳ năm 2023 và bằng 81,7% kết quả cả năm 2023. Trong đó, xuất khẩu đạt 2.104,5 triệu USD, nhập khẩu đạt 1.545,7 triệu USD; cán cân thương mại xuất siêu 558,8 triệu USD.

Kết quả theo từng cửa khẩu:
Đơn vị tính: triệu USD
""" + table + """

Cửa khẩu quốc tế Mộc Bài vẫn là cửa ngõ chính với bình quân khoảng 450 lượt xe hàng/ngày; cửa khẩu quốc tế Xa Mát khoảng 120 lượt xe hàng/ngày. Riêng cửa khẩu chính Chàng Riệc giảm 4,6% do doanh nghiệp chuyển hướng sang Xa Mát sau khi Quốc lộ 22B được nâng cấp.

Năm 2024, tỉnh phấn đấu kim ngạch xuất nhập khẩu qua các cửa khẩu đạt 5 tỷ USD. Sở Công Thương đề nghị các doanh nghiệp có nhu cầu liên hệ Phòng Quản lý Thương mại, số 83 đường Phạm Tung, phường 3, thành phố Tây Ninh, điện thoại 0276.3822.247 để được hướng dẫn thủ tục.

Phòng Quản lý Thương mại
15/10/2024
"""

T30 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
T30i = P("tính đến ngày 30/9/2024", None, "2024-09-30", True)
C23 = P("Năm 2023", "2023-01-01", "2023-12-31", True)
C24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
KN = "kim ngạch xuất nhập khẩu"

TABLE = []
for label, a, b, c in ROWS:
    row = "tổng cộng" if label == "Tổng cộng" else f"cửa khẩu {label}"
    val = lambda s: float(s.replace(".", "").replace(",", "."))
    TABLE.append(F(f"\n{label}\n{a}\n", a, val(a) * 1e6, "money", "USD", f"{KN} Năm 2023 {row}", C23))
    TABLE.append(F(f"\n{a}\n{b}\n", b, val(b) * 1e6, "money", "USD", f"{KN} 9 tháng năm 2024 {row}", C24))
    TABLE.append(F(f"\n{b}\n{c}\n", c, val(c), "percent", "%", f"{KN} so với cùng kỳ {row}", C24))

FIGS = [
    F("đạt 3.650,2 triệu USD", "3.650,2", 3650.2e6, "money", "USD", "kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu", T30,
      percent=81.7, change={"direction": "increase", "value": 11.9, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("đạt 2.104,5 triệu USD", "2.104,5", 2104.5e6, "money", "USD", "kim ngạch xuất khẩu", T30i, total=3650.2e6),
    F("đạt 1.545,7 triệu USD", "1.545,7", 1545.7e6, "money", "USD", "kim ngạch nhập khẩu", T30i, total=3650.2e6),
    F("xuất siêu 558,8 triệu USD", "558,8", 558.8e6, "money", "USD", "cán cân thương mại xuất siêu", T30i),
] + TABLE + [
    F("khoảng 450 lượt xe hàng/ngày", "450", 450, "measure", "lượt xe hàng/ngày", "xe hàng qua cửa khẩu quốc tế Mộc Bài",
      C24, approx="about"),
    F("khoảng 120 lượt xe hàng/ngày", "120", 120, "measure", "lượt xe hàng/ngày", "xe hàng qua cửa khẩu quốc tế Xa Mát",
      C24, approx="about"),
    F("giảm 4,6%", "4,6", 4.6, "percent", "%", "kim ngạch qua cửa khẩu chính Chàng Riệc giảm", C24),
    F("đạt 5 tỷ USD", "5", 5e9, "money", "USD", "kim ngạch xuất nhập khẩu qua các cửa khẩu",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Sở Công Thương Tây Ninh (department site, '|' menu line): border-gate trade through 30/9/2024; one-cell-per-line table by gate with 'Đơn vị tính: triệu USD' and a '(%)' column.",
    "Date only at the end ('15/10/2024' under the byline). Distractors: menu, 'Quốc lộ 22B', address 'số 83 đường Phạm Tung, phường 3, thành phố Tây Ninh', phone 0276.3822.247.",
    "Table: every numeric cell is a figure; subject = indicator + column + row; money cells ×10⁶ USD from the unit line; '(%)' cells are percents; period from the column header",
    "('Năm 2023' / '9 tháng năm 2024', inherited; the '(%)' column compares 9 tháng năm 2024 with the same period). Gates are not places: location Tây Ninh throughout.",
    "'tính đến ngày 30/9/2024' is as-of (end only). 3.650,2 triệu carries change 11,9% and percent 81,7% (of the 2023 result). Exports/imports after 'Trong đó' total 3.650,2 triệu;",
    "the trade surplus after ';' is a difference, not a part (no total). 'giảm 4,6%' for Chàng Riệc stands alone: percent figure, no change. Traffic rates 'lượt xe hàng/ngày' are measures.",
]

write(6, TEXT, COMMENTS, FIGS, published="2024-10-15", location="Tây Ninh")
