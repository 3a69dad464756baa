import sys
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Thủy sản
Ngày đăng: 16/01/2024 | Lượt xem: 2.405

Năm 2023, sản lượng nuôi biển cả nước ước đạt 760.000 tấn

Theo Cục Thủy sản, năm 2023 sản lượng nuôi biển của cả nước ước đạt 760.000 tấn, tăng 8,2% so với năm 2022; giá trị xuất khẩu các sản phẩm nuôi biển đạt khoảng 1,1 tỷ USD. Diện tích nuôi biển đạt 285.500 ha với tổng thể tích lồng nuôi khoảng 8,2 triệu m³.

Cả nước có 28 tỉnh, thành phố ven biển, trong đó 8 địa phương có sản lượng nuôi biển trên 30.000 tấn. Hiện có khoảng 1,18 triệu ô lồng nuôi trên biển, gồm 1,12 triệu ô lồng gỗ truyền thống và khoảng 60.000 lồng HDPE.

Các địa phương dẫn đầu về sản lượng nuôi biển là Quảng Ninh (158.000 tấn), Khánh Hòa (92.500 tấn), Kiên Giang (87.300 tấn) và Bà Rịa - Vũng Tàu (61.200 tấn). Riêng tôm hùm, sản lượng năm 2023 đạt 3.150 tấn, chủ yếu tại Phú Yên và Khánh Hòa.

Thiên tai, dịch bệnh trong năm làm hư hỏng khoảng 4.600 ô lồng, gây thiệt hại hơn 310 tỷ đồng.

Năm 2024, Bộ đặt mục tiêu sản lượng nuôi biển đạt 800.000 tấn, tăng khoảng 5,3% so với năm 2023. Theo Chiến lược phát triển thủy sản Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 339/QĐ-TTg), đến năm 2030 sản lượng nuôi biển đạt 1,45 triệu tấn, diện tích nuôi biển 300.000 ha, thể tích lồng nuôi 12 triệu m³, kim ngạch xuất khẩu từ 1,8 đến 2 tỷ USD.

Cục Thủy sản - Số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TN = P("trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("760.000 tấn\n", "760.000", 760000, "measure", "tấn", "sản lượng nuôi biển", P("Năm 2023", "2023-01-01", "2023-12-31"),
      status="estimate"),
    F("760.000 tấn, tăng", "760.000", 760000, "measure", "tấn", "sản lượng nuôi biển", Y23,
      change=CH("increase", 8.2, baseline="năm 2022"), status="estimate"),
    F("khoảng 1,1 tỷ USD", "1,1", 1100000000, "money", "USD", "giá trị xuất khẩu các sản phẩm nuôi biển", Y23,
      approx="about"),
    F("đạt 285.500 ha", "285.500", 285500, "measure", "ha", "diện tích nuôi biển", I(Y23)),
    F("khoảng 8,2 triệu m³", "8,2", 8200000, "measure", "m³", "tổng thể tích lồng nuôi", I(Y23), approx="about"),
    F("có 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển"),
    F("trong đó 8 địa phương", "8", 8, "count", "địa phương", "địa phương có sản lượng nuôi biển trên 30.000 tấn",
      total=28),
    F("trên 30.000 tấn", "30.000", 30000, "measure", "tấn", "ngưỡng sản lượng nuôi biển", approx="over", optional=True),
    F("khoảng 1,18 triệu", "1,18", 1180000, "count", "ô lồng", "ô lồng nuôi trên biển", approx="about"),
    F("gồm 1,12 triệu", "1,12", 1120000, "count", "ô lồng", "ô lồng gỗ truyền thống", total=1180000),
    F("khoảng 60.000 lồng", "60.000", 60000, "count", "lồng", "lồng HDPE", approx="about", total=1180000),
    F("(158.000 tấn)", "158.000", 158000, "measure", "tấn", "sản lượng nuôi biển", I(Y23), location="Quảng Ninh"),
    F("(92.500 tấn)", "92.500", 92500, "measure", "tấn", "sản lượng nuôi biển", I(Y23), location="Khánh Hòa"),
    F("(87.300 tấn)", "87.300", 87300, "measure", "tấn", "sản lượng nuôi biển", I(Y23), location="Kiên Giang"),
    F("(61.200 tấn)", "61.200", 61200, "measure", "tấn", "sản lượng nuôi biển", I(Y23), location="Bà Rịa - Vũng Tàu"),
    F("đạt 3.150 tấn", "3.150", 3150, "measure", "tấn", "sản lượng tôm hùm", Y23),
    F("khoảng 4.600 ô lồng", "4.600", 4600, "count", "ô lồng", "ô lồng bị hư hỏng do thiên tai, dịch bệnh", TN,
      approx="about"),
    F("hơn 310 tỷ", "310", 310000000000, "money", "đồng", "thiệt hại do thiên tai, dịch bệnh", TN, approx="over"),
    F("đạt 800.000 tấn", "800.000", 800000, "measure", "tấn", "sản lượng nuôi biển", Y24,
      change=CH("increase", 5.3, baseline="năm 2023", approx="about"), status="target"),
    F("đạt 1,45 triệu tấn", "1,45", 1450000, "measure", "tấn", "sản lượng nuôi biển", T30, status="target"),
    F("biển 300.000 ha", "300.000", 300000, "measure", "ha", "diện tích nuôi biển", T30, status="target"),
    F("12 triệu m³", "12", 12000000, "measure", "m³", "thể tích lồng nuôi", T30, status="target"),
    F("từ 1,8 đến 2 tỷ USD", "1,8", 1800000000, "money", "USD", "kim ngạch xuất khẩu", T30, value_max=2000000000,
      status="target"),
]

COMMENTS = [
    "Ministry of Agriculture site: national marine farming 2023 (output, export value, area, cages), leading provinces, losses, 2024 and 2030 targets.",
    "National figures -> Việt Nam; bracketed provinces in the leaders' list are locations, the list's indicator the subject.",
    "'chủ yếu tại Phú Yên và Khánh Hòa' does not make the lobster output provincial.",
    "'giá trị xuất khẩu ... đạt khoảng 1,1 tỷ USD' has its own verb after ';' -> actual, not governed by the earlier 'ước'.",
    "'trong năm' takes the year 2023 of the article. 'trên 30.000 tấn' is a threshold (optional).",
    "Distractors: Lượt xem, 339/QĐ-TTg, the strategy's name 'đến năm 2030, tầm nhìn đến năm 2045', the address 'Số 10 Nguyễn Công Hoan'.",
]

if __name__ == "__main__":
    sys.exit(1 if emit("p619-4", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Việt Nam") else 0)
