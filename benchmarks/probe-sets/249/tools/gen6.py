from lib import F, P, C, T, build

HEAD = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Thủy sản

Xuất khẩu tôm năm 2023: giảm về giá trị, giữ vững thị phần
18/01/2024 | 09:12

Theo số liệu của Tổng cục Hải quan, năm 2023 kim ngạch xuất khẩu tôm của Việt Nam đạt 3,38 tỷ USD, giảm 21,7% so với năm 2022, chiếm 37,6% tổng kim ngạch xuất khẩu thủy sản. Trong đó, tôm chân trắng đạt 2,46 tỷ USD, chiếm 72,8%; tôm sú đạt 490 triệu USD, chiếm 14,5%.

Cả nước hiện có 213 nhà máy chế biến tôm đạt tiêu chuẩn xuất khẩu, tổng công suất khoảng 1,5 triệu tấn/năm; riêng vùng Đồng bằng sông Cửu Long có 156 nhà máy, chiếm 73,2%.

Bảng: Kim ngạch xuất khẩu tôm sang các thị trường chính
Thị trường
Năm 2022 (triệu USD)
Năm 2023 (triệu USD)
Tăng, giảm (%)
"""
ROWS = [("Mỹ", "842,5", "641,0", "-23,9"),
        ("Trung Quốc và Hong Kong", "731,2", "657,4", "-10,1"),
        ("Nhật Bản", "588,4", "507,6", "-13,7"),
        ("EU", "557,9", "389,2", "-30,2"),
        ("Hàn Quốc", "360,7", "313,5", "-13,1")]
TABLE = "".join(f"{r}\n{a}\n{b}\n{c}\n" for r, a, b, c in ROWS)
TAIL = """
Nguyên nhân chủ yếu là giá xuất khẩu bình quân giảm từ 10 đến 15%, trong khi tôm Ecuador, Ấn Độ cạnh tranh mạnh với giá thấp hơn 1-1,5 USD/kg.

Năm 2024, VASEP dự báo xuất khẩu tôm có thể đạt 3,6 - 3,7 tỷ USD, tăng 7-9% so với năm 2023. Theo Quyết định số 79/QĐ-TTg của Thủ tướng Chính phủ, mục tiêu đến năm 2025 kim ngạch xuất khẩu tôm đạt 8,4 tỷ USD.

Cục Thủy sản
"""
TEXT = HEAD + TABLE + TAIL

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt 3,38 tỷ USD", "3,38", "money", "USD", "kim ngạch xuất khẩu tôm", mult="tỷ",
      change=C("decrease", 21.7, "%", "năm 2022"), percent=37.6, period=Y23),
    F("đạt 2,46 tỷ USD", "2,46", "money", "USD", "kim ngạch xuất khẩu tôm chân trắng", mult="tỷ",
      total=3.38e9, percent=72.8, period=Y23i),
    F("đạt 490 triệu USD", "490", "money", "USD", "kim ngạch xuất khẩu tôm sú", mult="triệu",
      total=3.38e9, percent=14.5, period=Y23i),
    F("có 213 nhà máy", "213", "count", "nhà máy", "nhà máy chế biến tôm đạt tiêu chuẩn xuất khẩu"),
    F("khoảng 1,5 triệu tấn/năm", "1,5", "measure", "tấn/năm", "tổng công suất nhà máy chế biến tôm", mult="triệu",
      approx="about"),
    F("có 156 nhà máy", "156", "count", "nhà máy", "nhà máy chế biến tôm vùng Đồng bằng sông Cửu Long", percent=73.2,
      location=""),
]
for r, a, b, c in ROWS:
    FIGS.append(F(f"{r}\n{a}\n", a, "money", "USD", f"kim ngạch xuất khẩu tôm sang {r} năm 2022", mult="triệu",
                  period=P("Năm 2022", "2022-01-01", "2022-12-31")))
    FIGS.append(F(f"{a}\n{b}\n", b, "money", "USD", f"kim ngạch xuất khẩu tôm sang {r} năm 2023", mult="triệu",
                  period=P("Năm 2023", "2023-01-01", "2023-12-31")))
    FIGS.append(F(f"{b}\n{c}\n", c, "percent", "%", f"tăng, giảm kim ngạch xuất khẩu tôm sang {r}", period=Y23i))
FIGS += [
    F("từ 10 đến 15%", "10", "percent", "%", "giá xuất khẩu bình quân giảm", value_max=15, period=Y23i),
    F("thấp hơn 1-1,5 USD/kg", "1", "money", "USD/kg", "chênh lệch giá tôm Ecuador, Ấn Độ", value_max=1.5,
      optional=True),
    F("đạt 3,6 - 3,7 tỷ USD", "3,6", "money", "USD", "xuất khẩu tôm", mult="tỷ", value_max=3.7e9,
      change=C("increase", 7, "%", "năm 2023"), status="forecast", period=Y24),
    F("đạt 8,4 tỷ USD", "8,4", "money", "USD", "kim ngạch xuất khẩu tôm", mult="tỷ", status="target", period=T25),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, Cục Thủy sản): xuất khẩu tôm năm 2023; bare '18/01/2024 | 09:12' under the title -> published 2024-01-18.",
    "National figures -> location Việt Nam; markets (Mỹ, EU, …) are trade partners, not places. The Mekong-delta count of plants is regional: null.",
    "'Trong đó' after 3,38 tỷ USD: the two product lines take total 3.38e9 and their 'chiếm' shares as percent.",
    "One-cell-per-line table (Thị trường | Năm 2022 (triệu USD) | Năm 2023 (triệu USD) | Tăng, giảm (%)): every numeric cell is a figure,",
    "multiplier triệu from the header, periods from the column headers; the signed '(%)' cells are percent figures (value negative as written),",
    "their period inherited (năm 2023 from the text). 'giảm từ 10 đến 15%' after an indicator with no amount: a percent range figure.",
    "'thấp hơn 1-1,5 USD/kg' (a competitor's price gap, no base) optional. 'VASEP dự báo … 3,6 - 3,7 tỷ USD, tăng 7-9%' forecast, change 7.",
    "'mục tiêu đến năm 2025 … 8,4 tỷ USD' target. Distractor: Quyết định số 79/QĐ-TTg, '| 09:12'.",
]

build(6, TEXT, COMMENTS, FIGS, published="2024-01-18", location="Việt Nam")
