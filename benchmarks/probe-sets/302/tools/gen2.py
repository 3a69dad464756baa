from lib import F, P, CH, emit

TEXT = """BỘ XÂY DỰNG - Tin tức - Vật liệu xây dựng

Tiêu thụ xi măng 6 tháng đầu năm 2024 đạt khoảng 46,5 triệu tấn
Thứ Ba, 16/07/2024 - 14:20

(BXD) - Theo số liệu của Vụ Vật liệu xây dựng, 6 tháng đầu năm 2024, tổng sản phẩm xi măng tiêu thụ của cả nước ước đạt khoảng 46,5 triệu tấn, giảm 4% so với cùng kỳ năm 2023. Trong đó, tiêu thụ nội địa khoảng 31,4 triệu tấn, giảm 5,2%; xuất khẩu xi măng và clinker khoảng 15,1 triệu tấn, giảm 1,3%. Riêng tháng 6/2024, lượng xi măng tiêu thụ ước đạt 7,9 triệu tấn, tăng 3,1% so với tháng trước.

Tính đến 30/6/2024, cả nước có 91 dây chuyền sản xuất clinker với tổng công suất khoảng 124 triệu tấn clinker/năm. Trong 6 tháng, các nhà máy mới huy động khoảng 68% công suất; 12 dây chuyền phải tạm dừng lò để giảm tồn kho.

Giá bán xi măng bao tại nhà máy khu vực phía Bắc dao động từ 1,25 đến 1,45 triệu đồng/tấn, khu vực phía Nam từ 1,6 đến 1,85 triệu đồng/tấn (đã bao gồm VAT). Giá clinker xuất khẩu bình quân khoảng 36 USD/tấn, thấp hơn 9 USD/tấn so với năm 2022.

Về thị trường, Philippines tiếp tục là thị trường nhập khẩu xi măng, clinker lớn nhất của Việt Nam với 4,6 triệu tấn, chiếm 30,5% tổng lượng xuất khẩu; tiếp đến là Bangladesh 2,3 triệu tấn, Đài Loan (Trung Quốc) 1,1 triệu tấn. Kim ngạch xuất khẩu 6 tháng ước đạt 577 triệu USD, giảm 10,4% so với cùng kỳ.

Bộ Xây dựng dự báo cả năm 2024, tổng tiêu thụ xi măng đạt khoảng 96 triệu tấn, trong đó nội địa khoảng 64 triệu tấn. Theo Chiến lược phát triển vật liệu xây dựng Việt Nam thời kỳ 2021-2030, định hướng đến năm 2050 (Quyết định số 1266/QĐ-TTg ngày 18/8/2020), đến năm 2030 mức tiêu hao nhiệt năng trong sản xuất clinker không quá 730 kcal/kg clinker và tỷ lệ sử dụng nhiên liệu thay thế đạt 15%.
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Y30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("đạt khoảng 46,5 triệu tấn\n", "46,5", 46500000, "measure", "tấn", "tiêu thụ xi măng",
      P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), approx="about"),
    F("ước đạt khoảng 46,5 triệu tấn, giảm", "46,5", 46500000, "measure", "tấn", "tổng sản phẩm xi măng tiêu thụ", H6,
      approx="about", status="estimate", change=CH("decrease", 4, baseline="cùng kỳ năm 2023")),
    F("khoảng 31,4 triệu tấn", "31,4", 31400000, "measure", "tấn", "tiêu thụ nội địa", H6i,
      approx="about", total=46500000, status="estimate", change=CH("decrease", 5.2)),
    F("khoảng 15,1 triệu tấn", "15,1", 15100000, "measure", "tấn", "xuất khẩu xi măng và clinker", H6i,
      approx="about", total=46500000, status="estimate", change=CH("decrease", 1.3)),
    F("ước đạt 7,9 triệu tấn", "7,9", 7900000, "measure", "tấn", "lượng xi măng tiêu thụ",
      P("tháng 6/2024", "2024-06-01", "2024-06-30"), status="estimate", change=CH("increase", 3.1, baseline="tháng trước")),
    F("có 91 dây chuyền", "91", 91, "count", "dây chuyền", "dây chuyền sản xuất clinker",
      P("Tính đến 30/6/2024", None, "2024-06-30")),
    F("khoảng 124 triệu tấn clinker/năm", "124", 124000000, "measure", "tấn/năm", "tổng công suất clinker",
      P("Tính đến 30/6/2024", None, "2024-06-30"), approx="about"),
    F("khoảng 68% công suất", "68", 68, "percent", "%", "công suất các nhà máy huy động",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="about"),
    F("12 dây chuyền phải", "12", 12, "count", "dây chuyền", "dây chuyền phải tạm dừng lò",
      P("6 tháng", "2024-01-01", "2024-06-30")),
    F("từ 1,25 đến 1,45 triệu", "1,25", 1250000, "money", "đồng/tấn", "giá bán xi măng bao tại nhà máy khu vực phía Bắc",
      value_max=1450000),
    F("từ 1,6 đến 1,85 triệu", "1,6", 1600000, "money", "đồng/tấn", "giá bán xi măng bao tại nhà máy khu vực phía Nam",
      value_max=1850000),
    F("khoảng 36 USD/tấn", "36", 36, "money", "USD/tấn", "giá clinker xuất khẩu bình quân", approx="about",
      change=CH("decrease", 9, "USD/tấn", baseline="năm 2022")),
    F("với 4,6 triệu tấn", "4,6", 4600000, "measure", "tấn", "thị trường nhập khẩu xi măng, clinker", H6i, percent=30.5),
    F("Bangladesh 2,3 triệu tấn", "2,3", 2300000, "measure", "tấn", "thị trường nhập khẩu xi măng, clinker", H6i),
    F("(Trung Quốc) 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn", "thị trường nhập khẩu xi măng, clinker", H6i),
    F("ước đạt 577 triệu USD", "577", 577000000, "money", "USD", "kim ngạch xuất khẩu",
      P("6 tháng", "2024-01-01", "2024-06-30"), status="estimate", change=CH("decrease", 10.4, baseline="cùng kỳ")),
    F("khoảng 96 triệu tấn", "96", 96000000, "measure", "tấn", "tổng tiêu thụ xi măng",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("khoảng 64 triệu tấn", "64", 64000000, "measure", "tấn", "tiêu thụ nội địa",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast", total=96000000),
    F("không quá 730 kcal/kg", "730", 730, "measure", "kcal/kg clinker", "mức tiêu hao nhiệt năng trong sản xuất clinker",
      Y30, approx="at_most", status="target"),
    F("đạt 15%.", "15", 15, "percent", "%", "tỷ lệ sử dụng nhiên liệu thay thế", Y30, status="target"),
]

COMMENTS = [
    "Bộ Xây dựng (ministry site): national cement consumption, 6 months of 2024; capacity, prices, export markets, 2024 forecast, 2030 strategy.",
    "Dateline 'Thứ Ba, 16/07/2024 - 14:20'. National figures: location Việt Nam; 'khu vực phía Bắc/Nam' are regions, not provinces (default kept);",
    "Philippines, Bangladesh, Đài Loan are trade partners, not places of the figure (FIGURES.md) -> Việt Nam; their subject is the list's indicator.",
    "The headline 46,5 is a figure (no 'ước' in the headline -> actual). 'Trong đó' parts (next sentence) get total 46,5 triệu; the 'ước' cue",
    "of the whole is carried to the parts as in h14; their period stands in the previous sentence (inherited).",
    "'124 triệu tấn clinker/năm' -> unit 'tấn/năm', the material in the subject (shortest unit; revised after the first run).",
    "'chiếm 30,5% tổng lượng xuất khẩu' is a percent attribute, not a total cue. 'thấp hơn 9 USD/tấn so với năm 2022' is a change in USD/tấn.",
    "Price ranges 'từ 1,25 đến 1,45 triệu đồng/tấn' -> money, value_max; no period stated (present), so none.",
    "'dự báo cả năm 2024' -> forecast for 96 triệu and its 'trong đó' part 64 triệu (total 96 triệu). 2030 strategy figures are targets.",
    "Distractors: 'Quyết định số 1266/QĐ-TTg ngày 18/8/2020', 'thời kỳ 2021-2030, định hướng đến năm 2050', dateline, 'đã bao gồm VAT'.",
]

emit("p302-2", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Việt Nam")
