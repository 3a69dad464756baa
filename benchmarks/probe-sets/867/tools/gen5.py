from lib import F, P, I, C, T, build

TEXT = """
Rượu Kim Sơn: giữ nghề trăm năm, mở lối thị trường

Với lịch sử hơn 200 năm, nghề nấu rượu truyền thống ở huyện Kim Sơn đang có bước chuyển mình. Năm 2024, toàn huyện có khoảng 1.250 hộ nấu rượu, sản lượng đạt 3,8 triệu lít, giá trị sản xuất ước đạt 190 tỷ đồng, tăng 8,6% so với năm 2023.

Nghề tập trung nhiều nhất ở các xã Kim Chính (312 hộ), Lai Thành (205 hộ) và Như Hòa (176 hộ). Rượu Kim Sơn được nấu từ gạo nếp cái hoa vàng, ủ với men thuốc bắc gồm 36 vị, độ cồn từ 29 đến 45 độ. Để có 1 lít rượu thành phẩm cần khoảng 2,5 kg gạo nếp.

Hiện huyện có 9 sản phẩm rượu đạt OCOP, trong đó 1 sản phẩm đạt 4 sao. Năm 2024, các cơ sở đã bán ra khoảng 45.000 chai rượu có nhãn mác, gấp 3 lần năm 2021. Giá rượu Kim Sơn loại thường khoảng 50.000 đồng/lít; loại đặc biệt đóng chai 500 ml có giá 180.000-250.000 đồng/chai.

Ông Phạm Văn Sáu, chủ cơ sở rượu ở xóm 7, xã Kim Chính, cho biết mỗi tháng cơ sở xuất bán trên 3.000 lít, thu nhập của 6 lao động thường xuyên đạt 7-8 triệu đồng/người/tháng.

Theo UBND huyện Kim Sơn, đến nay mới có 86 hộ được cấp giấy phép sản xuất rượu thủ công. Mục tiêu đến năm 2030, huyện có 30 sản phẩm rượu đạt chuẩn OCOP từ 3 sao trở lên và 100% cơ sở nấu rượu có giấy phép hoặc đăng ký bán cho doanh nghiệp chế biến lại. Huyện cũng dành 2 ha tại xã Kim Chính để quy hoạch cụm sản xuất rượu tập trung, tổng vốn dự kiến khoảng 35 tỷ đồng.

MINH HẰNG
18/04/2025
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 200 năm", "200", 200, "measure", "năm", "lịch sử nghề nấu rượu truyền thống", approx="over"),
    F("khoảng 1.250 hộ", "1.250", 1250, "count", "hộ", "hộ nấu rượu", Y24, approx="about"),
    F("đạt 3,8 triệu lít", "3,8", 3.8e6, "measure", "lít", "sản lượng rượu", Y24),
    F("ước đạt 190 tỷ đồng", "190", 190e9, "money", "đồng", "giá trị sản xuất", Y24, status="estimate",
      change=C("increase", 8.6, "%", "năm 2023")),
    F("Kim Chính (312 hộ)", "312", 312, "count", "hộ", "hộ nấu rượu"),
    F("Lai Thành (205 hộ)", "205", 205, "count", "hộ", "hộ nấu rượu"),
    F("Như Hòa (176 hộ)", "176", 176, "count", "hộ", "hộ nấu rượu"),
    F("gồm 36 vị", "36", 36, "count", "vị", "vị thuốc bắc trong men", optional=True),
    F("từ 29 đến 45 độ", "29", 29, "measure", "độ", "độ cồn", value_max=45, optional=True),
    F("khoảng 2,5 kg", "2,5", 2.5, "measure", "kg/lít", "gạo nếp cần để có 1 lít rượu thành phẩm", approx="about"),
    F("có 9 sản phẩm", "9", 9, "count", "sản phẩm", "sản phẩm rượu đạt OCOP"),
    F("trong đó 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm rượu đạt OCOP 4 sao", total=9),
    F("đạt 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("khoảng 45.000 chai", "45.000", 45000, "count", "chai", "chai rượu có nhãn mác bán ra",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", change=C("increase", 3, "lần", "năm 2021")),
    F("khoảng 50.000 đồng/lít", "50.000", 50000, "money", "đồng/lít", "giá rượu Kim Sơn loại thường", approx="about"),
    F("500 ml", "500", 500, "measure", "ml", "dung tích chai", optional=True),
    F("180.000-250.000 đồng/chai", "180.000", 180000, "money", "đồng/chai", "giá rượu loại đặc biệt đóng chai",
      value_max=250000),
    F("trên 3.000 lít", "3.000", 3000, "measure", "lít", "rượu cơ sở xuất bán mỗi tháng", approx="over"),
    F("của 6 lao động", "6", 6, "count", "lao động", "lao động thường xuyên của cơ sở"),
    F("7-8 triệu đồng/người/tháng", "7", 7e6, "money", "đồng/người/tháng", "thu nhập của lao động", value_max=8e6),
    F("có 86 hộ", "86", 86, "count", "hộ", "hộ được cấp giấy phép sản xuất rượu thủ công",
      P("đến nay", None, "2025-04-18")),
    F("có 30 sản phẩm", "30", 30, "count", "sản phẩm", "sản phẩm rượu đạt chuẩn OCOP từ 3 sao trở lên", T30,
      status="target"),
    F("từ 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", optional=True),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở nấu rượu có giấy phép hoặc đăng ký bán cho doanh nghiệp chế biến lại",
      T30, status="target"),
    F("dành 2 ha", "2", 2, "measure", "ha", "diện tích quy hoạch cụm sản xuất rượu tập trung"),
    F("khoảng 35 tỷ đồng", "35", 35e9, "money", "đồng", "tổng vốn cụm sản xuất rượu tập trung",
      approx="about", status="forecast"),
]

NOTES = [
    "Báo Ninh Bình: rượu Kim Sơn (huyện Kim Sơn), năm 2024; byline MINH HẰNG and bare date 18/04/2025 at the end.",
    "Location Kim Sơn throughout: commune list items (Kim Chính, Lai Thành, Như Hòa) lie in the district; FIGURES.md names province/city/district.",
    "'hơn 200 năm' (history) is a duration stated as the claim: a measure. '1 lít' is a rate's denominator, not a figure (2,5 kg/lít).",
    "'gấp 3 lần năm 2021' compares 45.000 chai with 2021: its change (3 lần). Recipe/product specs (36 vị, 29-45 độ, 500 ml) and OCOP stars optional.",
    "Distractors: xóm 7, ông Phạm Văn Sáu, 'trăm năm' in the headline, the bare date. The commune list carries no total (does not add up to 1.250).",
]

build("p867-5", TEXT, FIGS, NOTES, published="2025-04-18", location="Kim Sơn")
