"""p1075-8: provincial newspaper online (Báo Thanh Hóa style), headline figure, '(BTH) -' tag; làng đá An Hoạch 2024."""
from lib import F, P, I, C, T, write

TEXT = """Báo Thanh Hóa điện tử
Kinh tế > Làng nghề
Làng đá An Hoạch xuất khẩu gần 30 triệu USD
Cập nhật: 10:05, Thứ Bảy, 28/12/2024

(BTH) - Năm 2024, làng nghề chế tác đá An Hoạch (phường An Hưng, TP Thanh Hóa) ước đạt giá trị sản xuất 620 tỷ đồng, tăng 11% so với năm 2023; trong đó giá trị xuất khẩu đạt 29,6 triệu USD.

Hiện làng nghề có 480 hộ, 52 doanh nghiệp và 9 hợp tác xã tham gia chế tác đá, thu hút hơn 3.500 lao động, trong đó khoảng 1.200 lao động đến từ các huyện lân cận như Đông Sơn, Thiệu Hóa, Triệu Sơn. Thu nhập bình quân của thợ đá đạt 9,5 triệu đồng/người/tháng; thợ lành nghề 15-20 triệu đồng/người/tháng.

Sản phẩm đá An Hoạch được xuất khẩu chủ yếu sang Nhật Bản, Hàn Quốc và Ấn Độ, lần lượt chiếm 35%, 25% và 15% kim ngạch xuất khẩu của làng nghề. Nhiều sản phẩm như tượng đài, lăng mộ, chùa đá đã có mặt tại các công trình văn hóa, tâm linh lớn trong và ngoài tỉnh. Tại Lễ hội làng nghề đá An Hoạch lần thứ 3 tổ chức trong tháng 10 vừa qua, các cơ sở đã ký được 14 hợp đồng xuất khẩu.

Để giảm bụi đá, từ năm 2022 đến nay TP Thanh Hóa đã hỗ trợ 45 cơ sở lắp đặt hệ thống phun sương, mức hỗ trợ tối đa 50 triệu đồng/cơ sở. Năm 2025, thành phố phấn đấu giá trị sản xuất làng nghề đạt 700 tỷ đồng; dự kiến khởi công Cụm công nghiệp làng nghề đá An Hoạch quy mô 25 ha bên Quốc lộ 47.

Lê Hà
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
S22 = P("từ năm 2022 đến nay", "2022-01-01", "2024-12-28")
FIGS = [
    F("gần 30 triệu USD", "30", 30e6, "money", "USD", "giá trị xuất khẩu làng đá An Hoạch", approx="nearly"),
    F("sản xuất 620 tỷ đồng", "620", 620e9, "money", "đồng", "giá trị sản xuất làng nghề chế tác đá An Hoạch", Y24,
      change=C("increase", 11, "%", "năm 2023"), status="estimate"),
    F("đạt 29,6 triệu USD", "29,6", 29.6e6, "money", "USD", "giá trị xuất khẩu", Y24, status="estimate"),
    F("có 480 hộ", "480", 480, "count", "hộ", "hộ tham gia chế tác đá"),
    F("52 doanh nghiệp", "52", 52, "count", "doanh nghiệp", "doanh nghiệp tham gia chế tác đá"),
    F("9 hợp tác xã", "9", 9, "count", "hợp tác xã", "hợp tác xã tham gia chế tác đá"),
    F("hơn 3.500 lao động", "3.500", 3500, "count", "lao động", "lao động làng nghề", approx="over"),
    F("khoảng 1.200 lao động", "1.200", 1200, "count", "lao động", "lao động đến từ các huyện lân cận",
      approx="about", total=3500),
    F("đạt 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của thợ đá"),
    F("15-20 triệu", "15", 15e6, "money", "đồng/người/tháng", "thu nhập của thợ lành nghề", value_max=20e6),
    F("chiếm 35%", "35", 35, "percent", "%", "tỷ trọng xuất khẩu sang Nhật Bản trong kim ngạch xuất khẩu của làng nghề"),
    F("35%, 25%", "25", 25, "percent", "%", "tỷ trọng xuất khẩu sang Hàn Quốc trong kim ngạch xuất khẩu của làng nghề"),
    F("và 15% kim ngạch", "15", 15, "percent", "%", "tỷ trọng xuất khẩu sang Ấn Độ trong kim ngạch xuất khẩu của làng nghề"),
    F("được 14 hợp đồng", "14", 14, "count", "hợp đồng", "hợp đồng xuất khẩu ký tại Lễ hội làng nghề",
      P("tháng 10 vừa qua", "2024-10-01", "2024-10-31")),
    F("hỗ trợ 45 cơ sở", "45", 45, "count", "cơ sở", "cơ sở được hỗ trợ lắp đặt hệ thống phun sương", S22),
    F("tối đa 50 triệu", "50", 50e6, "money", "đồng/cơ sở", "mức hỗ trợ", S22, approx="at_most"),
    F("đạt 700 tỷ đồng", "700", 700e9, "money", "đồng", "giá trị sản xuất làng nghề", Y25, status="target"),
    F("quy mô 25 ha", "25", 25, "measure", "ha", "quy mô Cụm công nghiệp làng nghề đá An Hoạch", Y25,
      status="forecast"),
]

COMMENTS = [
    "Invented provincial-newspaper article (Báo Thanh Hóa style): làng đá An Hoạch, TP Thanh Hóa, năm 2024; headline figure, (BTH) tag.",
    "Headline 'gần 30 triệu USD' has no period phrase. 29,6 triệu USD after 'trong đó' is in USD, the whole 620 tỷ in đồng: no total; it continues the 'ước đạt' clause (estimate).",
    "The 'lần lượt' shares name trade partners: subject carries the partner, location stays Thanh Hóa. 1.200 workers from nearby districts: the districts do not localise.",
    "'tháng 10 vừa qua' = tháng 10/2024 (year of the dateline). 'dự kiến khởi công … 25 ha' -> forecast, period Năm 2025 of the same sentence.",
    "Distractors: 'Cập nhật: 10:05, Thứ Bảy, 28/12/2024', '(BTH)', 'lần thứ 3', 'Quốc lộ 47', byline.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, COMMENTS, published="2024-12-28", location="Thanh Hóa")
