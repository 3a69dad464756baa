"""p908-4: ministry site (Bộ NN&PTNT), national sea farming 2023, leading provinces, exports, 2025/2030 targets."""
from lib import F, period, inherit, change, target, write

TEXT = """
BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản
Đẩy mạnh nuôi biển công nghệ cao, hướng tới 1,45 triệu tấn
Ngày đăng: 06/12/2023 - 14:10
Theo Cục Thủy sản, năm 2023 cả nước ước có khoảng 8,1 triệu m3 lồng nuôi cá biển, trong đó lồng HDPE chiếm khoảng 15%. Sản lượng nuôi biển năm 2023 ước đạt 820.000 tấn, tăng 6,5% so với năm 2022; trong đó cá biển đạt 51.000 tấn, chủ yếu là cá mú, cá bớp, cá chim vây vàng, cá hồng mỹ.
Cả nước hiện có 21 tỉnh, thành phố ven biển phát triển nuôi cá biển lồng bè với khoảng 6.500 hộ tham gia. Các địa phương có nhiều lồng nuôi cá biển nhất lần lượt là Quảng Ninh (32.000 ô lồng), Khánh Hòa (28.500 ô lồng), Kiên Giang (9.800 ô lồng) và Bà Rịa - Vũng Tàu (7.600 ô lồng).
Giá trị xuất khẩu cá biển 11 tháng năm 2023 đạt 128 triệu USD, giảm 8,5% so với cùng kỳ năm 2022, trong đó xuất khẩu sang Trung Quốc chiếm 61%. Trong 10 tháng năm 2023, các cơ sở sản xuất khoảng 42 triệu con giống cá biển, đáp ứng khoảng 60% nhu cầu; giống cá mú, cá bớp chất lượng cao vẫn phải nhập từ Đài Loan (Trung Quốc).
Theo Đề án phát triển nuôi trồng thủy sản trên biển đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 1664/QĐ-TTg ngày 04/10/2021), mục tiêu đến năm 2025 sản lượng nuôi biển đạt 850.000 tấn; đến năm 2030 đạt 1,45 triệu tấn, giá trị xuất khẩu đạt từ 1,8 đến 2 tỷ USD.
Tuy nhiên, tỷ lệ cơ sở nuôi cá biển được chứng nhận VietGAP mới đạt 3,2%, thấp hơn nhiều so với chỉ tiêu 10%.
Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn. Địa chỉ: số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y23b = period("năm 2023", "2023-01-01", "2023-12-31")
M11 = period("11 tháng năm 2023", "2023-01-01", "2023-11-30")
M10 = period("10 tháng năm 2023", "2023-01-01", "2023-10-31")
TO25 = period("đến năm 2025", None, "2025-12-31")
TO30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hướng tới 1,45 triệu tấn", "1,45", 1_450_000, "measure", "tấn", "sản lượng nuôi biển",
      status="target"),
    F("khoảng 8,1 triệu m3", "8,1", 8_100_000, "measure", "m3", "thể tích lồng nuôi cá biển",
      approx="about", status="estimate", period=Y23),
    F("chiếm khoảng 15%", "15", 15, "percent", "%", "tỷ lệ lồng HDPE",
      approx="about", status="estimate", period=Y23),
    F("ước đạt 820.000 tấn", "820.000", 820000, "measure", "tấn", "sản lượng nuôi biển",
      change=change("increase", 6.5, "%", "năm 2022"), status="estimate", period=Y23b),
    F("đạt 51.000 tấn", "51.000", 51000, "measure", "tấn", "sản lượng cá biển",
      total=820000, status="estimate", period=Y23b),
    F("có 21 tỉnh", "21", 21, "count", "tỉnh, thành phố",
      "tỉnh, thành phố ven biển phát triển nuôi cá biển lồng bè"),
    F("khoảng 6.500 hộ", "6.500", 6500, "count", "hộ", "hộ tham gia nuôi cá biển lồng bè",
      approx="about"),
    F("Quảng Ninh (32.000 ô lồng)", "32.000", 32000, "count", "ô lồng", "lồng nuôi cá biển",
      location="Quảng Ninh"),
    F("Khánh Hòa (28.500 ô lồng)", "28.500", 28500, "count", "ô lồng", "lồng nuôi cá biển",
      location="Khánh Hòa"),
    F("Kiên Giang (9.800 ô lồng)", "9.800", 9800, "count", "ô lồng", "lồng nuôi cá biển",
      location="Kiên Giang"),
    F("Vũng Tàu (7.600 ô lồng)", "7.600", 7600, "count", "ô lồng", "lồng nuôi cá biển",
      location="Bà Rịa - Vũng Tàu"),
    F("đạt 128 triệu USD", "128", 128_000_000, "money", "USD", "giá trị xuất khẩu cá biển",
      change=change("decrease", 8.5, "%", "cùng kỳ năm 2022"), period=M11),
    F("chiếm 61%", "61", 61, "percent", "%", "tỷ trọng xuất khẩu cá biển sang Trung Quốc",
      period=M11),
    F("khoảng 42 triệu con", "42", 42_000_000, "count", "con giống", "con giống cá biển sản xuất",
      approx="about", percent=60, period=M10),
    F("đạt 850.000 tấn", "850.000", 850000, "measure", "tấn", "sản lượng nuôi biển",
      status="target", period=TO25),
    F("đạt 1,45 triệu tấn", "1,45", 1_450_000, "measure", "tấn", "sản lượng nuôi biển",
      status="target", period=TO30),
    F("từ 1,8 đến 2 tỷ USD", "1,8", 1_800_000_000, "money", "USD", "giá trị xuất khẩu",
      value_max=2_000_000_000, status="target", period=TO30),
    F("đạt 3,2%", "3,2", 3.2, "percent", "%", "tỷ lệ cơ sở nuôi cá biển được chứng nhận VietGAP",
      target=target(10, "%", met=False)),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): national sea farming 2023, leading provinces, exports, fingerlings, targets of Quyết định 1664/QĐ-TTg.",
    "Location Việt Nam throughout except the ranked provinces (list items: location, subject = the list's indicator, no total since the list is a ranking).",
    "Headline 'hướng tới 1,45 triệu tấn' is a target without a period in the headline.",
    "'trong đó lồng HDPE chiếm khoảng 15%': share with no base amount -> percent figure; 'trong đó cá biển đạt 51.000 tấn' -> total 820000, estimate continues.",
    "'xuất khẩu sang Trung Quốc chiếm 61%': a trade partner is not a location (Việt Nam). 'đáp ứng khoảng 60% nhu cầu' is read as the share (percent) of 42 triệu con.",
    "'thấp hơn nhiều so với chỉ tiêu 10%' -> target 10, met false (no number for the gap).",
    "Distractors: 'Ngày đăng: 06/12/2023 - 14:10', 'Quyết định số 1664/QĐ-TTg ngày 04/10/2021', 'tầm nhìn đến năm 2045', 'số 2 Ngọc Hà', phone '024.3846.8161'.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2023-12-06", location="Việt Nam")
