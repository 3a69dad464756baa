from lib import *

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Công nghiệp
Ngày đăng: 05/03/2024 | Lượt xem: 968

Ngành thuốc lá từng bước chủ động nguồn nguyên liệu trong nước

Năm 2023, diện tích trồng thuốc lá cả nước đạt khoảng 21.500 ha, sản lượng lá khô trên 49.000 tấn, đáp ứng khoảng 60% nhu cầu nguyên liệu cho sản xuất thuốc lá điếu. Vùng trồng tập trung ở miền núi phía Bắc (chiếm 58% diện tích), Tây Nguyên và duyên hải Nam Trung Bộ. Các địa phương có diện tích lớn nhất là Lạng Sơn (3.733 ha), Cao Bằng (2.876 ha), Gia Lai (2.540 ha) và Ninh Thuận (1.870 ha).

Theo Hiệp hội Thuốc lá Việt Nam, năm 2023 toàn ngành có 12 doanh nghiệp đầu tư phát triển vùng nguyên liệu, tổng vốn ứng trước cho nông dân khoảng 1.050 tỷ đồng, thu hút gần 48.000 hộ tham gia. Tổng công ty Thuốc lá Việt Nam dẫn đầu, chiếm 42% tổng diện tích đầu tư; Tổng công ty Công nghiệp Sài Gòn xếp thứ 2 với 18%.

Kim ngạch xuất khẩu lá thuốc lá năm 2023 đạt 96,4 triệu USD, tăng 12,3% so với năm 2022; nhập khẩu nguyên liệu thuốc lá đạt 385 triệu USD, giảm 4,6%.

Theo Quy hoạch phát triển ngành thuốc lá (Quyết định số 2287/QĐ-BCT), đến năm 2030 diện tích vùng nguyên liệu ổn định từ 25.000 đến 27.000 ha, năng suất bình quân đạt 2,5 tấn/ha, đáp ứng 70% nhu cầu nguyên liệu. Bộ Công Thương đề nghị các địa phương dành quỹ đất ổn định cho cây thuốc lá, các doanh nghiệp ký hợp đồng dài hạn tối thiểu 3 năm với nông dân.

Địa chỉ: 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
"""

Y23 = Y("Năm 2023", 2023)
Y23b = Y("năm 2023", 2023)
T30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("khoảng 21.500 ha", "21.500", 21500, "measure", "ha", "diện tích trồng thuốc lá cả nước", Y23, approx="about"),
    F("trên 49.000 tấn", "49.000", 49000, "measure", "tấn", "sản lượng lá khô", Y23, approx="over"),
    F("khoảng 60% nhu cầu", "60", 60, "percent", "%", "nhu cầu nguyên liệu cho sản xuất thuốc lá điếu được đáp ứng", Y23,
      approx="about"),
    F("chiếm 58% diện tích", "58", 58, "percent", "%", "tỷ trọng diện tích thuốc lá miền núi phía Bắc", I(Y23)),
    F("Lạng Sơn (3.733 ha)", "3.733", 3733, "measure", "ha", "diện tích thuốc lá", I(Y23), location="Lạng Sơn"),
    F("Cao Bằng (2.876 ha)", "2.876", 2876, "measure", "ha", "diện tích thuốc lá", I(Y23), location="Cao Bằng"),
    F("Gia Lai (2.540 ha)", "2.540", 2540, "measure", "ha", "diện tích thuốc lá", I(Y23), location="Gia Lai"),
    F("Ninh Thuận (1.870 ha)", "1.870", 1870, "measure", "ha", "diện tích thuốc lá", I(Y23), location="Ninh Thuận"),
    F("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", "doanh nghiệp đầu tư phát triển vùng nguyên liệu", Y23b),
    F("khoảng 1.050 tỷ đồng", "1.050", 1050e9, "money", "đồng", "tổng vốn ứng trước cho nông dân", Y23b, approx="about"),
    F("gần 48.000 hộ", "48.000", 48000, "count", "hộ", "hộ tham gia", Y23b, approx="nearly"),
    F("chiếm 42% tổng", "42", 42, "percent", "%", "tỷ trọng diện tích đầu tư của Tổng công ty Thuốc lá Việt Nam", I(Y23b)),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "xếp hạng diện tích đầu tư của Tổng công ty Công nghiệp Sài Gòn", I(Y23b)),
    F("với 18%", "18", 18, "percent", "%", "tỷ trọng diện tích đầu tư của Tổng công ty Công nghiệp Sài Gòn", I(Y23b)),
    F("đạt 96,4 triệu USD", "96,4", 96.4e6, "money", "USD", "kim ngạch xuất khẩu lá thuốc lá", Y23b,
      change=CH("increase", 12.3, "%", "năm 2022")),
    F("đạt 385 triệu USD", "385", 385e6, "money", "USD", "nhập khẩu nguyên liệu thuốc lá", Y23b,
      change=CH("decrease", 4.6, "%")),
    F("từ 25.000 đến 27.000 ha", "25.000", 25000, "measure", "ha", "diện tích vùng nguyên liệu", T30,
      value_max=27000, status="target"),
    F("đạt 2,5 tấn/ha", "2,5", 2.5, "measure", "tấn/ha", "năng suất bình quân", T30, status="target"),
    F("đáp ứng 70%", "70", 70, "percent", "%", "nhu cầu nguyên liệu được đáp ứng", T30, status="target"),
    F("tối thiểu 3 năm", "3", 3, "measure", "năm", "thời hạn hợp đồng", approx="at_least", optional=True),
]

emit("p741-4", TEXT, [
    "Ministry site (Bộ Công Thương): national tobacco raw-material area 2023, main provinces, investors, leaf trade, 2030 planning targets.",
    "National figures → Việt Nam; province list items → the province. 'đáp ứng khoảng 60% nhu cầu' is a percent figure of its own",
    "(đáp ứng is not a share cue of the spec). 'miền núi phía Bắc (chiếm 58%)' is a region, not a province: stays Việt Nam.",
    "'xếp thứ 2 với 18%' gives a rank and a percent. 'tối thiểu 3 năm' (contract term) optional.",
    "Distractors: counter, decision number, '54 Hai Bà Trưng' (number word in a street name).",
], FIGS, published="2024-03-05", location="Việt Nam")
