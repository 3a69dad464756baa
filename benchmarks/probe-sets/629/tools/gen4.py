from lib import F, P, I, CH, emit

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Vật liệu xây dựng
Ngày đăng: 08/10/2024 | Lượt xem: 3.126

Tiêu thụ xi măng 9 tháng năm 2024 đạt hơn 48 triệu tấn

Theo Vụ Vật liệu xây dựng (Bộ Xây dựng), tổng sản lượng tiêu thụ sản phẩm xi măng 9 tháng năm 2024 ước đạt khoảng 48,3 triệu tấn, giảm khoảng 3% so với cùng kỳ năm 2023. Trong đó, tiêu thụ nội địa khoảng 33,6 triệu tấn, tăng 1,5%; xuất khẩu xi măng và clinker khoảng 14,7 triệu tấn, giảm 12%. Riêng tháng 9/2024, tiêu thụ xi măng ước đạt 5,9 triệu tấn, tăng 4% so với tháng 8/2024.

Cả nước hiện có 92 dây chuyền sản xuất xi măng với tổng công suất thiết kế khoảng 122 triệu tấn/năm. Công suất thiết kế hiện gấp khoảng 1,9 lần nhu cầu tiêu thụ trong nước. Các địa phương dẫn đầu về sản lượng là Thanh Hóa, Ninh Bình, Hà Nam và Kiên Giang, lần lượt đạt 14,1; 8,2; 7,6 và 3,9 triệu tấn. Mức tiêu thụ xi măng bình quân khoảng 620 kg/người/năm.

Về thị trường, Philippines tiếp tục là thị trường nhập khẩu xi măng lớn nhất của Việt Nam với 4,6 triệu tấn, chiếm 31,3% tổng lượng xuất khẩu; tiếp đến là Bangladesh 2,9 triệu tấn, Đài Loan 1,4 triệu tấn. Kim ngạch xuất khẩu xi măng, clinker 9 tháng đạt 612 triệu USD, giảm 14,5% so với cùng kỳ. Giá clinker xuất khẩu bình quân chỉ khoảng 38-40 USD/tấn, thấp hơn 2-3 USD/tấn so với cuối năm 2023.

Ngành xi măng hiện có khoảng 60% số dây chuyền đạt mức tiêu hao nhiệt dưới 730 kcal/kg clinker. Bộ Xây dựng dự báo tổng nhu cầu tiêu thụ xi măng năm 2024 khoảng 64-65 triệu tấn. Theo Chiến lược phát triển vật liệu xây dựng thời kỳ 2021-2030, định hướng đến năm 2050 (Quyết định số 1266/QĐ-TTg), đến năm 2030 mức tiêu hao nhiệt của các dây chuyền phải giảm xuống còn 680-700 kcal/kg clinker.

Trụ sở: 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội. ĐT: 024.3976.0271
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    F("đạt hơn 48 triệu tấn", "48", 48000000, "measure", "tấn", "tiêu thụ xi măng", M9, approx="over"),
    F("khoảng 48,3 triệu tấn", "48,3", 48300000, "measure", "tấn", "tổng sản lượng tiêu thụ sản phẩm xi măng", M9,
      approx="about", change=CH("decrease", 3, baseline="cùng kỳ năm 2023", approx="about"), status="estimate"),
    F("khoảng 33,6 triệu tấn", "33,6", 33600000, "measure", "tấn", "tiêu thụ xi măng nội địa", I(M9),
      approx="about", total=48300000, change=CH("increase", 1.5), status="estimate"),
    F("khoảng 14,7 triệu tấn", "14,7", 14700000, "measure", "tấn", "xuất khẩu xi măng và clinker", I(M9),
      approx="about", total=48300000, change=CH("decrease", 12), status="estimate"),
    F("ước đạt 5,9 triệu tấn", "5,9", 5900000, "measure", "tấn", "tiêu thụ xi măng",
      P("tháng 9/2024", "2024-09-01", "2024-09-30"), change=CH("increase", 4, baseline="tháng 8/2024"), status="estimate"),
    F("có 92 dây chuyền", "92", 92, "count", "dây chuyền", "dây chuyền sản xuất xi măng"),
    F("khoảng 122 triệu tấn/năm", "122", 122000000, "measure", "tấn/năm",
      "tổng công suất thiết kế các dây chuyền sản xuất xi măng", approx="about"),
    F("gấp khoảng 1,9 lần", "1,9", 1.9, "multiple", "lần", "công suất thiết kế so với nhu cầu tiêu thụ trong nước",
      approx="about"),
    F("đạt 14,1;", "14,1", 14100000, "measure", "tấn", "sản lượng xi măng", I(M9), location="Thanh Hóa"),
    F("8,2;", "8,2", 8200000, "measure", "tấn", "sản lượng xi măng", I(M9), location="Ninh Bình"),
    F("7,6 và", "7,6", 7600000, "measure", "tấn", "sản lượng xi măng", I(M9), location="Hà Nam"),
    F("3,9 triệu tấn", "3,9", 3900000, "measure", "tấn", "sản lượng xi măng", I(M9), location="Kiên Giang"),
    F("khoảng 620 kg/người/năm", "620", 620, "measure", "kg/người/năm", "mức tiêu thụ xi măng bình quân",
      approx="about"),
    F("với 4,6 triệu tấn", "4,6", 4600000, "measure", "tấn", "lượng xi măng xuất khẩu sang Philippines", I(M9),
      percent=31.3),
    F("Bangladesh 2,9 triệu tấn", "2,9", 2900000, "measure", "tấn", "lượng xi măng xuất khẩu sang Bangladesh", I(M9)),
    F("Đài Loan 1,4 triệu tấn", "1,4", 1400000, "measure", "tấn", "lượng xi măng xuất khẩu sang Đài Loan", I(M9)),
    F("đạt 612 triệu USD", "612", 612000000, "money", "USD", "kim ngạch xuất khẩu xi măng, clinker",
      P("9 tháng", "2024-01-01", "2024-09-30"), change=CH("decrease", 14.5, baseline="cùng kỳ")),
    F("khoảng 38-40 USD/tấn", "38", 38, "money", "USD/tấn", "giá clinker xuất khẩu bình quân", value_max=40,
      approx="about", change=CH("decrease", 2, unit="USD/tấn", baseline="cuối năm 2023")),
    F("khoảng 60% số", "60", 60, "percent", "%",
      "số dây chuyền đạt mức tiêu hao nhiệt dưới 730 kcal/kg clinker", approx="about"),
    F("dưới 730 kcal", "730", 730, "measure", "kcal/kg clinker", "mức tiêu hao nhiệt", approx="under", optional=True),
    F("khoảng 64-65 triệu tấn", "64", 64000000, "measure", "tấn", "tổng nhu cầu tiêu thụ xi măng",
      P("năm 2024", "2024-01-01", "2024-12-31"), value_max=65000000, approx="about", status="forecast"),
    F("còn 680-700 kcal", "680", 680, "measure", "kcal/kg clinker", "mức tiêu hao nhiệt của các dây chuyền",
      P("đến năm 2030", None, "2030-12-31"), value_max=700, status="target"),
]

COMMENTS = [
    "Probe 629-4. Ministry site (Bộ Xây dựng), 'Ngày đăng: 08/10/2024 | Lượt xem: 3.126': national cement consumption 9M/2024, capacity, provinces, markets, prices.",
    "Trong đó parts (33,6 + 14,7 = 48,3) take the whole and its 'ước'. 'gấp khoảng 1,9 lần' standing alone = multiple.",
    "'lần lượt đạt 14,1; 8,2; 7,6 và 3,9 triệu tấn': the multiplier applies to every item; province = location, period inherited.",
    "Export markets (Philippines, Bangladesh, Đài Loan) are not places of the figure: location Việt Nam, market in the subject.",
    "Range change 'thấp hơn 2-3 USD/tấn' → change value 2. Threshold 'dưới 730 kcal/kg clinker' optional. 'giảm xuống còn 680-700' is the target level, not a change.",
    "Not figures: dateline, 'Lượt xem: 3.126', 'thời kỳ 2021-2030', 'đến năm 2050', 'Quyết định số 1266/QĐ-TTg', address '37 Lê Đại Hành', phone.",
]

if __name__ == "__main__":
    emit("p629-4", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Việt Nam")
