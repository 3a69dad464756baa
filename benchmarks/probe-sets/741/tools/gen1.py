from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CAO BẰNG
Trang chủ > Tin tức - Sự kiện > Kinh tế
Vụ thuốc lá xuân 2024: sản lượng lá khô đạt hơn 7.200 tấn
Cập nhật: 18/07/2024 08:30 | Lượt xem: 1.842

Theo Sở Nông nghiệp và Phát triển nông thôn, vụ thuốc lá xuân năm 2024 toàn tỉnh trồng được 3.126,5 ha, đạt 104,2% kế hoạch, tăng 8,7% so với vụ xuân năm 2023. Diện tích tập trung chủ yếu tại các huyện: Hòa An (1.020 ha), Quảng Hòa (684 ha), Hà Quảng (597 ha), Thạch An (412 ha), còn lại ở Trùng Khánh và Bảo Lạc.

Năng suất bình quân ước đạt 23,1 tạ/ha; sản lượng lá khô ước đạt hơn 7.200 tấn, trong đó lá loại 1 và loại 2 chiếm khoảng 65%. Giá thu mua lá khô bình quân từ 52.000 đến 58.000 đồng/kg, cao hơn vụ trước khoảng 4.000 đồng/kg. Tổng giá trị thu được ước trên 390 tỷ đồng. Sau khi trừ chi phí, người trồng lãi từ 45 đến 60 triệu đồng/ha.

Hiện có 5 doanh nghiệp đầu tư, bao tiêu sản phẩm thuốc lá trên địa bàn tỉnh, trong đó Công ty Thuốc lá Cao Bằng (số 18 đường Hoàng Đình Giong, phường Hợp Giang) đầu tư trên 1.500 ha cho 4.820 hộ. Các doanh nghiệp đã ứng trước cho nông dân 46,8 tỷ đồng vật tư, phân bón và giống K326, đồng thời hỗ trợ xây dựng 35 lò sấy tiết kiệm nhiên liệu.

Thời gian tới, tỉnh phấn đấu đến năm 2025 ổn định diện tích thuốc lá khoảng 3.500 ha, năng suất đạt 25 tạ/ha và 100% diện tích trồng theo hợp đồng liên kết với doanh nghiệp.

Mọi thông tin xin liên hệ Phòng Trồng trọt, điện thoại 0206.3852.417.
"""

Y24 = Y("vụ thuốc lá xuân năm 2024", 2024)
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("lá khô đạt hơn 7.200 tấn", "7.200", 7200, "measure", "tấn", "sản lượng lá khô vụ thuốc lá xuân",
      Y("Vụ thuốc lá xuân 2024", 2024), approx="over"),
    F("trồng được 3.126,5 ha", "3.126,5", 3126.5, "measure", "ha", "diện tích thuốc lá vụ xuân trồng được", Y24,
      percent=104.2, change=CH("increase", 8.7, "%", "vụ xuân năm 2023")),
    F("Hòa An (1.020 ha)", "1.020", 1020, "measure", "ha", "diện tích thuốc lá vụ xuân", I(Y24), total=3126.5, location="Hòa An"),
    F("Quảng Hòa (684 ha)", "684", 684, "measure", "ha", "diện tích thuốc lá vụ xuân", I(Y24), total=3126.5, location="Quảng Hòa"),
    F("Hà Quảng (597 ha)", "597", 597, "measure", "ha", "diện tích thuốc lá vụ xuân", I(Y24), total=3126.5, location="Hà Quảng"),
    F("Thạch An (412 ha)", "412", 412, "measure", "ha", "diện tích thuốc lá vụ xuân", I(Y24), total=3126.5, location="Thạch An"),
    F("ước đạt 23,1 tạ/ha", "23,1", 23.1, "measure", "tạ/ha", "năng suất bình quân", I(Y24), status="estimate"),
    F("lá khô ước đạt hơn 7.200 tấn", "7.200", 7200, "measure", "tấn", "sản lượng lá khô", I(Y24),
      approx="over", status="estimate"),
    F("chiếm khoảng 65%", "65", 65, "percent", "%", "tỷ lệ lá loại 1 và loại 2 trong sản lượng lá khô", I(Y24),
      approx="about", status="estimate"),
    F("từ 52.000 đến 58.000 đồng/kg", "52.000", 52000, "money", "đồng/kg", "giá thu mua lá khô bình quân", I(Y24),
      value_max=58000, change=CH("increase", 4000, "đồng/kg", "vụ trước", "about")),
    F("ước trên 390 tỷ đồng", "390", 390e9, "money", "đồng", "tổng giá trị thu được", I(Y24),
      approx="over", status="estimate"),
    F("lãi từ 45 đến 60 triệu đồng/ha", "45", 45e6, "money", "đồng/ha", "lãi của người trồng sau khi trừ chi phí", I(Y24),
      value_max=60e6),
    F("Hiện có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp đầu tư, bao tiêu sản phẩm thuốc lá"),
    F("đầu tư trên 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích Công ty Thuốc lá Cao Bằng đầu tư", approx="over"),
    F("cho 4.820 hộ", "4.820", 4820, "count", "hộ", "hộ được Công ty Thuốc lá Cao Bằng đầu tư"),
    F("nông dân 46,8 tỷ đồng", "46,8", 46.8e9, "money", "đồng",
      "vật tư, phân bón và giống doanh nghiệp ứng trước cho nông dân"),
    F("xây dựng 35 lò sấy", "35", 35, "count", "lò sấy", "lò sấy tiết kiệm nhiên liệu được hỗ trợ xây dựng"),
    F("khoảng 3.500 ha", "3.500", 3500, "measure", "ha", "diện tích thuốc lá ổn định", T25,
      approx="about", status="target"),
    F("đạt 25 tạ/ha", "25", 25, "measure", "tạ/ha", "năng suất thuốc lá", T25, status="target"),
    F("100% diện tích", "100", 100, "percent", "%", "diện tích trồng theo hợp đồng liên kết với doanh nghiệp", T25,
      status="target"),
]

emit("p741-1", TEXT, [
    "Province portal (Cao Bằng): vụ thuốc lá xuân 2024 — area, districts, yield, output, purchase price, investors, 2025 targets.",
    "Headline 'xuân 2024' read as year 2024. District items after ':' following the provincial whole (previous sentence) get total 3.126,5.",
    "'cao hơn vụ trước khoảng 4.000 đồng/kg' is the change of the price range. 'loại 1 và loại 2', K326, street number, phone, counter: not figures.",
    "Paragraph-2 figures inherit 2024 from the lead (unscored); 'Hiện có' sentence has no period.",
], FIGS, published="2024-07-18", location="Cao Bằng")
