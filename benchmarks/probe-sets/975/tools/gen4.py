"""p975-4: ministry agency site (Bộ NN&PTNT), national coir exports 2024, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Chế biến và Phát triển thị trường nông sản
Trang chủ > Thị trường nông sản
Ngày đăng: 16/01/2025 | Lượt xem: 1.027

Xuất khẩu sản phẩm xơ dừa năm 2024 lập kỷ lục mới

Năm 2024, kim ngạch xuất khẩu xơ dừa và các sản phẩm từ xơ dừa của Việt Nam đạt khoảng 142 triệu USD, tăng 21,6% so với năm 2023, chiếm 8,4% tổng kim ngạch xuất khẩu ngành dừa. Sản phẩm xơ dừa đã có mặt tại 52 quốc gia và vùng lãnh thổ; Trung Quốc, Hàn Quốc và Hoa Kỳ là 3 thị trường lớn nhất, lần lượt chiếm 38,2%, 17,5% và 11,3% kim ngạch.

Kim ngạch xuất khẩu theo nhóm sản phẩm:
Đơn vị tính: triệu USD
Sản phẩm
Năm 2023
Năm 2024
Chỉ xơ dừa
31,6
36,9
Mụn dừa ép khối
42,8
55,3
Thảm, lưới xơ dừa
25,4
30,7
Sản phẩm khác
17,0
19,1
Tổng cộng
116,8
142,0

Giá xuất khẩu bình quân mụn dừa ép khối năm 2024 đạt 178 USD/tấn, tăng 6,3% so với năm trước; chỉ xơ dừa khoảng 395 USD/tấn. Cả nước hiện có khoảng 1.300 cơ sở sơ chế xơ dừa, tập trung nhiều nhất tại Bến Tre (hơn 400 cơ sở) và Trà Vinh (186 cơ sở).

Theo Cục Chế biến và Phát triển thị trường nông sản, thị trường năm 2025 dự báo tiếp tục thuận lợi, kim ngạch có thể đạt 155-160 triệu USD. Mục tiêu đến năm 2030, kim ngạch xuất khẩu sản phẩm xơ dừa đạt 300 triệu USD, trong đó sản phẩm chế biến sâu chiếm trên 50%.
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24c = P("Năm 2024", "2024-01-01", "2024-12-31")
y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 142 triệu USD", "142", 142e6, "money", "USD", "kim ngạch xuất khẩu xơ dừa và các sản phẩm từ xơ dừa",
      Y24, approx="about", change=C("increase", 21.6, baseline="năm 2023"), percent=8.4),
    F("tại 52 quốc gia", "52", 52, "count", "quốc gia và vùng lãnh thổ",
      "quốc gia và vùng lãnh thổ có sản phẩm xơ dừa Việt Nam"),
    F("3 thị trường lớn nhất", "3", 3, "count", "thị trường", "thị trường lớn nhất", optional=True),
    F("chiếm 38,2%", "38,2", 38.2, "percent", "%", "tỷ trọng kim ngạch xuất khẩu xơ dừa sang Trung Quốc", I(Y24)),
    F("38,2%, 17,5%", "17,5", 17.5, "percent", "%", "tỷ trọng kim ngạch xuất khẩu xơ dừa sang Hàn Quốc", I(Y24)),
    F("và 11,3% kim ngạch", "11,3", 11.3, "percent", "%", "tỷ trọng kim ngạch xuất khẩu xơ dừa sang Hoa Kỳ",
      I(Y24)),
]

ROWS = [("Chỉ xơ dừa", "31,6", "36,9", "kim ngạch xuất khẩu chỉ xơ dừa"),
        ("Mụn dừa ép khối", "42,8", "55,3", "kim ngạch xuất khẩu mụn dừa ép khối"),
        ("Thảm, lưới xơ dừa", "25,4", "30,7", "kim ngạch xuất khẩu thảm, lưới xơ dừa"),
        ("Sản phẩm khác", "17,0", "19,1", "kim ngạch xuất khẩu sản phẩm xơ dừa khác"),
        ("Tổng cộng", "116,8", "142,0", "tổng kim ngạch xuất khẩu sản phẩm xơ dừa")]
for label, a, b, subj in ROWS:
    va = round(float(a.replace(",", ".")) * 1e6)
    vb = round(float(b.replace(",", ".")) * 1e6)
    FIGS.append(F(f"{label}\n{a}", a, va, "money", "USD", subj, Y23c))
    FIGS.append(F(f"{a}\n{b}", b, vb, "money", "USD", subj, Y24c))

FIGS += [
    F("đạt 178 USD/tấn", "178", 178, "money", "USD/tấn", "giá xuất khẩu bình quân mụn dừa ép khối", y24,
      change=C("increase", 6.3, baseline="năm trước")),
    F("khoảng 395 USD/tấn", "395", 395, "money", "USD/tấn", "giá xuất khẩu bình quân chỉ xơ dừa", y24,
      approx="about"),
    F("khoảng 1.300 cơ sở", "1.300", 1300, "count", "cơ sở", "cơ sở sơ chế xơ dừa", approx="about"),
    F("(hơn 400 cơ sở)", "400", 400, "count", "cơ sở", "cơ sở sơ chế xơ dừa", approx="over", location="Bến Tre"),
    F("(186 cơ sở)", "186", 186, "count", "cơ sở", "cơ sở sơ chế xơ dừa", location="Trà Vinh"),
    F("đạt 155-160 triệu USD", "155", 155e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm xơ dừa", Y25,
      value_max=160e6, status="forecast"),
    F("đạt 300 triệu USD", "300", 300e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm xơ dừa", TO30,
      status="target"),
    F("trên 50%", "50", 50, "percent", "%", "sản phẩm chế biến sâu", TO30, approx="over", status="target"),
]

NOTES = [
    "Cục Chế biến và Phát triển thị trường nông sản (Bộ NN&PTNT): xuất khẩu sản phẩm xơ dừa năm 2024, national (Việt Nam).",
    "One-cell-per-line table: 'Đơn vị tính: triệu USD' → money in USD ×10^6; period from the column headers Năm 2023 / Năm 2024 (scored).",
    "Trade partners (Trung Quốc, Hàn Quốc, Hoa Kỳ) are not places of the figures: location Việt Nam; 'lần lượt' shares each a figure.",
    "'3 thị trường lớn nhất' is a label (optional). The province list items take their province as location; no total (ranking, not a breakdown).",
    "'có thể đạt 155-160 triệu USD' after 'dự báo' → forecast range. Distractors: Ngày đăng date, Lượt xem: 1.027.",
]

write(4, TEXT, FIGS, NOTES, published="2025-01-16", location="Việt Nam")
