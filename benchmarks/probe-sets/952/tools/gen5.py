"""p952-5: Báo Quảng Ngãi — native cassia of Trà Bồng: area, new planting vs plan, output, prices, a household, OCOP, 2025 targets."""
from lib import F, P, I, C, T, write

TEXT = """Trà Bồng: Quế bản địa giúp đồng bào Cor thoát nghèo

(Báo Quảng Ngãi) - Cây quế Trà Bồng từ lâu được xem là "cây vàng" của đồng bào Cor. Huyện Trà Bồng hiện có hơn 11.500 ha quế, trong đó khoảng 4.000 ha quế bản địa trên 10 năm tuổi, tập trung ở các xã Trà Sơn, Trà Thủy, Trà Hiệp.

Năm 2023, toàn huyện trồng mới 650 ha quế, vượt 8,3% kế hoạch; khai thác khoảng 1.800 tấn vỏ quế, doanh thu ước đạt 110 tỷ đồng. Giá quế khô loại 1 (quế kép) hiện ở mức 90.000 - 120.000 đồng/kg, quế thường chỉ 35.000 - 40.000 đồng/kg.

Gia đình ông Hồ Văn Bảy ở thôn Trà Ót, xã Trà Sơn có 7 ha quế. Năm nay, ông bóc vỏ 2 ha, thu về hơn 600 triệu đồng. "Nhờ cây quế mà nhà tôi xây được nhà, cho con đi học đại học", ông Bảy chia sẻ.

Hiện trên địa bàn huyện có trên 3.200 hộ trồng quế, chiếm 41% tổng số hộ; số hộ nghèo giảm còn 1.460 hộ, giảm 12,6% so với năm 2022. Huyện có 5 sản phẩm từ quế đạt chuẩn OCOP 3 sao và 1 sản phẩm đạt 4 sao.

Lễ hội Quế Trà Bồng lần thứ 3 vừa diễn ra trong tháng 11/2023 đã giới thiệu nhiều sản phẩm tinh dầu quế, bột quế, trà quế tới du khách.

Theo Nghị quyết số 05-NQ/HU của Huyện ủy, huyện phấn đấu đến năm 2025 diện tích quế toàn huyện đạt 13.000 ha, trong đó 500 ha được chứng nhận hữu cơ; giá trị thu từ quế đạt 150 tỷ đồng/năm.

ĐINH HƯƠNG
18/11/2023
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Năm nay", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("hơn 11.500 ha", "11.500", 11500, "measure", "ha", "diện tích quế", approx="over"),
    F("khoảng 4.000 ha", "4.000", 4000, "measure", "ha", "diện tích quế bản địa trên 10 năm tuổi", approx="about", total=11500),
    F("trên 10 năm tuổi", "10", 10, "measure", "năm", "tuổi cây quế bản địa", approx="over", optional=True),
    F("trồng mới 650 ha", "650", 650, "measure", "ha", "diện tích quế trồng mới", Y23,
      change=C("increase", 8.3, "%", "kế hoạch")),
    F("khoảng 1.800 tấn", "1.800", 1800, "measure", "tấn", "vỏ quế khai thác", Y23, approx="about"),
    F("ước đạt 110 tỷ đồng", "110", 110e9, "money", "đồng", "doanh thu từ quế", Y23, status="estimate"),
    F("90.000 - 120.000", "90.000", 90000, "money", "đồng/kg", "giá quế khô loại 1 (quế kép)", value_max=120000),
    F("35.000 - 40.000", "35.000", 35000, "money", "đồng/kg", "giá quế thường", value_max=40000),
    F("có 7 ha quế", "7", 7, "measure", "ha", "diện tích quế của gia đình ông Hồ Văn Bảy"),
    F("bóc vỏ 2 ha", "2", 2, "measure", "ha", "diện tích quế bóc vỏ", NOW),
    F("hơn 600 triệu đồng", "600", 600e6, "money", "đồng", "tiền thu về từ bóc vỏ quế", NOW, approx="over"),
    F("trên 3.200 hộ", "3.200", 3200, "count", "hộ", "hộ trồng quế", approx="over", percent=41),
    F("còn 1.460 hộ", "1.460", 1460, "count", "hộ", "hộ nghèo", change=C("decrease", 12.6, "%", "năm 2022")),
    F("có 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm từ quế đạt chuẩn OCOP 3 sao"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", optional=True),
    F("và 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm từ quế đạt OCOP 4 sao"),
    F("đạt 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("đạt 13.000 ha", "13.000", 13000, "measure", "ha", "diện tích quế toàn huyện", T25, status="target"),
    F("đó 500 ha", "500", 500, "measure", "ha", "diện tích quế được chứng nhận hữu cơ", T25, status="target", total=13000),
    F("đạt 150 tỷ đồng/năm", "150", 150e9, "money", "đồng/năm", "giá trị thu từ quế", T25, status="target"),
]

NOTES = [
    "Báo Quảng Ngãi: native cassia in huyện Trà Bồng; byline 'ĐINH HƯƠNG' and bare date '18/11/2023' at the end give `published`.",
    "Not figures: 'Hồ Văn Bảy' (name), 'Lễ hội Quế Trà Bồng lần thứ 3', 'tháng 11/2023', 'Nghị quyết số 05-NQ/HU', 'thôn Trà Ót'.",
    "Optional: the age class 'trên 10 năm tuổi' and the OCOP star grades '3 sao', '4 sao' (category labels, like service levels).",
    "'vượt 8,3% kế hoạch' is the change of 650 ha (baseline kế hoạch). 'Năm nay' = 2023 (published). Location Trà Bồng (district).",
]

write("p952-5", TEXT, NOTES, FIGS, published="2023-11-18", location="Trà Bồng")
