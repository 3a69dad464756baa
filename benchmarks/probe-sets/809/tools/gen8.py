"""p809-8: provincial newspaper online (Báo Lạng Sơn), đào phai for Tết Quý Mão 2023; headline figure, (LSO) - tag."""
from lib import F, write, year, span, asof, inherit, up

TEXT = """Báo Lạng Sơn điện tử
Kinh tế | Cập nhật lúc 10:05, Thứ năm, 12/01/2023

Lạng Sơn: Dự kiến tiêu thụ hơn 500.000 cành đào dịp Tết

(LSO) - Vụ Tết Quý Mão năm nay, toàn tỉnh có khoảng 1.250 ha trồng đào, tập trung ở các huyện Lộc Bình, Văn Lãng, Cao Lộc và thành phố Lạng Sơn. Trong đó, diện tích đào cảnh, đào cành bán Tết khoảng 480 ha, tăng 40 ha so với năm 2022.

Theo Sở Nông nghiệp và Phát triển nông thôn, từ đầu tháng 12/2022 đến ngày 10/01/2023, các nhà vườn đã tiêu thụ khoảng 320.000 cành đào, đạt 64% kế hoạch; ngoài ra còn bán được 45.000 gốc đào thế. Dự kiến đến 28 tháng Chạp, toàn tỉnh tiêu thụ trên 500.000 cành đào. Đào phai được bán với giá 150.000-800.000 đồng/cành; đào thế có giá 2-15 triệu đồng/gốc, một số gốc đào cổ thụ trên 30 năm tuổi được bán với giá 50 triệu đồng.

Huyện Lộc Bình là nơi trồng nhiều đào nhất với 520 ha, chiếm 41,6% diện tích đào toàn tỉnh; các huyện Văn Lãng, Cao Lộc có diện tích lần lượt là 310 ha và 245 ha. Mỗi ngày có 40-50 xe tải chở đào theo Quốc lộ 1A và cao tốc Bắc Giang - Lạng Sơn về Hà Nội, Bắc Ninh, Hải Phòng. Cước thuê xe tải 5 tấn chở đào về Hà Nội khoảng 4-5 triệu đồng/chuyến.

Tổng giá trị thu từ đào Tết năm nay ước đạt 180 tỷ đồng, tăng khoảng 30% so với năm 2022. Đến năm 2025, tỉnh phấn đấu đưa diện tích đào cảnh lên 600 ha.
"""

SALES = span("từ đầu tháng 12/2022 đến ngày 10/01/2023", "2022-12-01", "2023-01-10")
AREA = "diện tích trồng đào"

FIGS = [
    F("hơn 500.000 cành đào dịp Tết", "500.000", 500000, "count", "cành", "cành đào tiêu thụ dịp Tết",
      approx="over", status="forecast"),
    F("khoảng 1.250 ha", "1.250", 1250, "measure", "ha", AREA, approx="about"),
    F("khoảng 480 ha", "480", 480, "measure", "ha", "diện tích đào cảnh, đào cành bán Tết", approx="about",
      total=1250, change=up(40, "ha", "năm 2022")),
    F("khoảng 320.000 cành đào", "320.000", 320000, "count", "cành", "cành đào đã tiêu thụ", SALES,
      approx="about", percent=64),
    F("được 45.000 gốc đào thế", "45.000", 45000, "count", "gốc", "gốc đào thế đã bán", SALES),
    F("trên 500.000 cành đào", "500.000", 500000, "count", "cành", "cành đào tiêu thụ", approx="over",
      status="forecast"),
    F("150.000-800.000 đồng/cành", "150.000", 150000, "money", "đồng/cành", "giá đào phai", value_max=800000),
    F("2-15 triệu đồng/gốc", "2", 2e6, "money", "đồng/gốc", "giá đào thế", value_max=15e6),
    F("trên 30 năm tuổi", "30", 30, "measure", "năm", "tuổi gốc đào cổ thụ", approx="over", optional=True),
    F("giá 50 triệu đồng", "50", 50e6, "money", "đồng", "giá bán một số gốc đào cổ thụ"),
    F("với 520 ha", "520", 520, "measure", "ha", AREA, percent=41.6, location="Lộc Bình"),
    F("là 310 ha", "310", 310, "measure", "ha", AREA, location="Văn Lãng"),
    F("và 245 ha", "245", 245, "measure", "ha", AREA, location="Cao Lộc"),
    F("có 40-50 xe tải", "40", 40, "count", "xe tải", "xe tải chở đào mỗi ngày", value_max=50),
    F("xe tải 5 tấn", "5", 5, "measure", "tấn", "tải trọng xe tải", optional=True),
    F("khoảng 4-5 triệu đồng/chuyến", "4", 4e6, "money", "đồng/chuyến", "cước thuê xe tải chở đào về Hà Nội",
      value_max=5e6, approx="about"),
    F("ước đạt 180 tỷ đồng", "180", 180e9, "money", "đồng", "tổng giá trị thu từ đào Tết", status="estimate",
      change=up(30, baseline="năm 2022", approx="about")),
    F("lên 600 ha", "600", 600, "measure", "ha", "diện tích đào cảnh", asof("Đến năm 2025", "2025-12-31"),
      status="target"),
]

NOTES = [
    "Provincial newspaper online (Báo Lạng Sơn), 'Cập nhật lúc 10:05, Thứ năm, 12/01/2023', tag (LSO) -, headline figure",
    "(forecast: 'Dự kiến'). Distractors: 10:05, 28 tháng Chạp (a lunar date: no period given), Quốc lộ 1A,",
    "cao tốc Bắc Giang - Lạng Sơn. 'Trong đó' after a sentence break → total 1.250. 'đạt 64% kế hoạch' is the percent",
    "of 320.000 cành. 'lần lượt là 310 ha và 245 ha' map to Văn Lãng, Cao Lộc in order. 'Vụ Tết Quý Mão năm nay' is a season:",
    "no period. The 30-year age threshold and the 5-tonne truck are optional (category / example specification).",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2023-01-12", location="Lạng Sơn")
