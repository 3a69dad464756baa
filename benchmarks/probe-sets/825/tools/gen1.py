"""p825-1: province portal (Ninh Bình), Kim Sơn sedge products, 9 months 2024."""
from lib import F, P, I, CH, TG, build

TEXT = """
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Kim Sơn: Xuất khẩu sản phẩm cói 9 tháng ước đạt 28,6 triệu USD
Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.316

(Cổng TTĐT Ninh Bình) Theo Phòng Kinh tế và Hạ tầng huyện Kim Sơn, 9 tháng đầu năm 2024, giá trị xuất khẩu các sản phẩm từ cói của huyện ước đạt 28,6 triệu USD, tăng 12,4% so với cùng kỳ năm 2023, bằng 77,3% kế hoạch năm.

Toàn tỉnh Ninh Bình hiện có khoảng 2.300 ha cói, trong đó huyện Kim Sơn có 1.850 ha, tập trung tại các xã Kim Trung, Kim Đông, Kim Hải và Kim Tân. Năng suất cói của huyện bình quân đạt 9,2 tấn/ha; sản lượng cói khô năm 2023 đạt trên 16.800 tấn.

Huyện có 6 làng nghề chế biến cói được công nhận với 112 doanh nghiệp, hợp tác xã và tổ hợp tác, thu hút gần 21.000 lao động, trong đó khoảng 14.500 lao động nữ. Thu nhập bình quân của lao động làm nghề đạt 4,5-5 triệu đồng/người/tháng.

Sản phẩm chủ lực gồm thảm cói, túi, giỏ, hộp đựng đồ và chiếu, được xuất khẩu sang hơn 30 quốc gia và vùng lãnh thổ. Trong 9 tháng, các cơ sở đã sản xuất khoảng 4,2 triệu sản phẩm, trong đó thảm cói đạt 1,35 triệu sản phẩm, chiếm 32,1%.

Giá cói nguyên liệu hiện dao động từ 12.000 đến 15.000 đồng/kg, tăng khoảng 2.000 đồng/kg so với đầu năm. Giá trị sản xuất ngành cói của huyện năm 2023 gấp 1,6 lần năm 2020.

Năm 2024, huyện phấn đấu giá trị xuất khẩu sản phẩm cói đạt 37 triệu USD; đến năm 2025 duy trì ổn định 1.800 ha vùng nguyên liệu cói. Huyện cũng đề nghị tỉnh nâng cấp tuyến ĐT.481 nối Quốc lộ 10 với các làng nghề theo Quyết định số 1425/QĐ-UBND.

Cổng Thông tin điện tử tỉnh Ninh Bình - Điện thoại: 0229.3871.155
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    F("9 tháng ước đạt 28,6 triệu USD", "28,6", 28.6e6, "money", "USD", "xuất khẩu sản phẩm cói",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    F("ước đạt 28,6 triệu USD, tăng", "28,6", 28.6e6, "money", "USD", "giá trị xuất khẩu các sản phẩm từ cói",
      N9, status="estimate", percent=77.3, change=CH("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("khoảng 2.300 ha cói", "2.300", 2300, "measure", "ha", "diện tích cói", approx="about", location="Ninh Bình"),
    F("Kim Sơn có 1.850 ha", "1.850", 1850, "measure", "ha", "diện tích cói", total=2300),
    F("đạt 9,2 tấn/ha", "9,2", 9.2, "measure", "tấn/ha", "năng suất cói"),
    F("trên 16.800 tấn", "16.800", 16800, "measure", "tấn", "sản lượng cói khô",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("có 6 làng nghề", "6", 6, "count", "làng nghề", "làng nghề chế biến cói được công nhận"),
    F("với 112 doanh nghiệp", "112", 112, "count", "doanh nghiệp, hợp tác xã và tổ hợp tác",
      "doanh nghiệp, hợp tác xã và tổ hợp tác chế biến cói"),
    F("gần 21.000 lao động", "21.000", 21000, "count", "lao động", "lao động làm nghề cói", approx="nearly"),
    F("khoảng 14.500 lao động nữ", "14.500", 14500, "count", "lao động", "lao động nữ",
      approx="about", total=21000),
    F("đạt 4,5-5 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làm nghề",
      value_max=5e6),
    F("hơn 30 quốc gia", "30", 30, "count", "quốc gia và vùng lãnh thổ",
      "quốc gia và vùng lãnh thổ nhập khẩu sản phẩm cói", approx="over"),
    F("khoảng 4,2 triệu sản phẩm", "4,2", 4.2e6, "count", "sản phẩm", "sản phẩm cói sản xuất",
      P("Trong 9 tháng", "2023-01-01", "2023-09-30"), approx="about"),
    F("đạt 1,35 triệu sản phẩm", "1,35", 1.35e6, "count", "sản phẩm", "sản phẩm thảm cói",
      P("Trong 9 tháng", "2023-01-01", "2023-09-30"), total=4.2e6, percent=32.1),
    F("từ 12.000 đến 15.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá cói nguyên liệu",
      value_max=15000, change=CH("increase", 2000, "đồng/kg", "đầu năm", approx="about")),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "giá trị sản xuất ngành cói so với năm 2020",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 37 triệu USD", "37", 37e6, "money", "USD", "giá trị xuất khẩu sản phẩm cói",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("ổn định 1.800 ha", "1.800", 1800, "measure", "ha", "vùng nguyên liệu cói",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

build("p825-1", TEXT, FIGS, published="2024-10-14", location="Kim Sơn", comments=[
    "Ninh Bình provincial portal: Kim Sơn sedge (cói) products, 9 months 2024. Breadcrumb, 'Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.316'.",
    "Figures describe the district Kim Sơn (location default); the provincial 2.300 ha is Ninh Bình.",
    "revised: period of 4,2 triệu and 1,35 triệu sản phẩm set to 2023 by the nearest-earlier-period rule (was 2024).",
    "Distractors: Lượt xem, ĐT.481, Quốc lộ 10, Quyết định số 1425/QĐ-UBND, phone, 09:45.",
    "'Trong 9 tháng' (no year) takes the year of the nearest earlier period, 'năm 2023' in paragraph 2 (FIGURES.md §3), although the text means 2024.",
    "'bằng 77,3% kế hoạch năm' is the percent of the 28,6 triệu USD; 'gấp 1,6 lần năm 2020' stands alone as a multiple.",
])
