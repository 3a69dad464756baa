from lib import F, P, I, CH, TG, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐẮK LẮK
Trang chủ > Tin hoạt động > Xuất nhập khẩu

Kim ngạch xuất khẩu cà phê tăng mạnh nhờ giá cao

Theo Sở Công Thương, trong quý III/2024, các doanh nghiệp trên địa bàn tỉnh xuất khẩu 42.350 tấn cà phê nhân, trị giá 198,6 triệu USD. Lũy kế từ đầu năm đến nay, lượng cà phê xuất khẩu đạt 186.700 tấn (6 tháng đầu năm đạt 144.350 tấn), giảm 8,2% so với cùng kỳ; kim ngạch đạt 812,4 triệu USD, tăng 41,5% so với cùng kỳ năm 2023 và đạt 92,3% kế hoạch năm.

Cà phê tiếp tục là mặt hàng xuất khẩu chủ lực, chiếm 72,6% tổng kim ngạch xuất khẩu của tỉnh (1.119 triệu USD).

Bảng: Thị trường xuất khẩu cà phê chính 9 tháng năm 2024
Thị trường\tLượng (tấn)\tTrị giá (triệu USD)\tSo cùng kỳ về trị giá (%)
Đức\t32.480\t141,2\t38,7
Bỉ\t21.150\t93,8\t45,1
Nhật Bản\t17.620\t79,5\t29,4
Hoa Kỳ\t15.930\t70,1\t51,6

Một số doanh nghiệp có kim ngạch lớn gồm Công ty TNHH MTV Xuất nhập khẩu 2-9 Đắk Lắk đạt 286,5 triệu USD, Công ty TNHH Vĩnh Hiệp chi nhánh Đắk Lắk 154,3 triệu USD, Công ty Cổ phần Phước Sinh 97,8 triệu USD. Hiện toàn tỉnh có 23 doanh nghiệp tham gia xuất khẩu cà phê trực tiếp, trong đó 5 doanh nghiệp xuất khẩu cà phê rang xay, hòa tan.

Sở Công Thương dự báo giá cà phê quý IV/2024 tiếp tục ở mức cao; kim ngạch xuất khẩu cà phê cả năm của tỉnh ước đạt khoảng 1,08 tỷ USD, vượt chỉ tiêu 880 triệu USD được giao.

Mọi thông tin xin liên hệ Phòng Quản lý Xuất nhập khẩu, số 08 Lê Duẩn, TP Buôn Ma Thuột; điện thoại 0262.3950.112.
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", None)
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)


def row(market, a, b, c):
    return [
        F(f"{market}\t{a}\t", a, float(a.replace(".", "")), "measure", "tấn", f"Lượng {market}", N9),
        F(f"\t{b}\t{c}", b, float(b.replace(",", ".")) * 1e6, "money", "USD", f"Trị giá {market}", N9),
        F(f"\t{c}\n", c, float(c.replace(",", ".")), "percent", "%", f"So cùng kỳ về trị giá {market}", N9),
    ]


FIGS = [
    F("xuất khẩu 42.350 tấn", "42.350", 42350, "measure", "tấn", "cà phê nhân xuất khẩu", Q3),
    F("trị giá 198,6 triệu USD", "198,6", 198600000, "money", "USD", "trị giá xuất khẩu cà phê", Q3),
    F("đạt 186.700 tấn", "186.700", 186700, "measure", "tấn", "lượng cà phê xuất khẩu", YTD,
      change=CH("decrease", 8.2, "%", "cùng kỳ")),
    F("đạt 144.350 tấn", "144.350", 144350, "measure", "tấn", "lượng cà phê xuất khẩu", H1),
    F("đạt 812,4 triệu USD", "812,4", 812400000, "money", "USD", "kim ngạch xuất khẩu cà phê", YTD,
      change=CH("increase", 41.5, "%", "cùng kỳ năm 2023"), percent=92.3),
    F("chiếm 72,6%", "72,6", 72.6, "percent", "%", "cà phê trong tổng kim ngạch xuất khẩu của tỉnh"),
    F("(1.119 triệu USD)", "1.119", 1119000000, "money", "USD", "tổng kim ngạch xuất khẩu của tỉnh"),
]
FIGS += row("Đức", "32.480", "141,2", "38,7")
FIGS += row("Bỉ", "21.150", "93,8", "45,1")
FIGS += row("Nhật Bản", "17.620", "79,5", "29,4")
FIGS += row("Hoa Kỳ", "15.930", "70,1", "51,6")
FIGS += [
    F("đạt 286,5 triệu USD", "286,5", 286500000, "money", "USD", "kim ngạch"),
    F("Đắk Lắk 154,3 triệu USD", "154,3", 154300000, "money", "USD", "kim ngạch"),
    F("Sinh 97,8 triệu USD", "97,8", 97800000, "money", "USD", "kim ngạch"),
    F("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", "doanh nghiệp tham gia xuất khẩu cà phê trực tiếp"),
    F("trong đó 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp xuất khẩu cà phê rang xay, hòa tan",
      total=23),
    F("khoảng 1,08 tỷ USD", "1,08", 1080000000, "money", "USD", "kim ngạch xuất khẩu cà phê",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="about", status="estimate",
      target=TG(880000000, "USD", True)),
]

COMMENTS = [
    "Sở Công Thương Đắk Lắk (department site): coffee exports Q3 and year-to-date 2024, share, tab-separated table of markets, exporters, year forecast.",
    "No date anywhere: no published; 'từ đầu năm đến nay' takes 2024 from 'quý III/2024' and, with no dateline, has no end.",
    "Distractors: company name 'Xuất nhập khẩu 2-9 Đắk Lắk', 'số 08 Lê Duẩn', phone, breadcrumb, 'quý IV/2024' (period of a price outlook, no number).",
    "'(6 tháng đầu năm đạt 144.350 tấn)' is a bracketed figure with its own verb and period; the change after it belongs to 186.700 tấn.",
    "'kim ngạch đạt 812,4 triệu USD, tăng 41,5% … và đạt 92,3% kế hoạch năm' → change and percent of 812,4.",
    "'chiếm 72,6%' has no base figure in its sentence: a percent figure; '(1.119 triệu USD)' is the province's total exports, a money figure.",
    "Tab table: unit from the headers ('(tấn)', '(triệu USD)' → ×10^6 USD, '(%)'); markets are trade partners, not places: location Đắk Lắk;",
    "subject = column label + row label; the caption's '9 tháng năm 2024' is inherited. Exporters are not places: location stays Đắk Lắk.",
    "'ước đạt khoảng 1,08 tỷ USD, vượt chỉ tiêu 880 triệu USD được giao' → estimate, about, target 880 million met.",
]

emit("p321-8", TEXT, COMMENTS, FIGS, location="Đắk Lắk")
