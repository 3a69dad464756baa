"""p687-6: National press (VnExpress style) — lobster prices fall before Tết, farmer's losses, national cages, seed imports."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Nông nghiệp
Thứ tư, 15/1/2025, 06:30 (GMT+7)
Giá tôm hùm bông ở Phú Yên giảm 30% dịp cận Tết

Người nuôi tôm hùm lo lỗ khi giá bán giảm mạnh, trong khi giá con giống nhập khẩu vẫn ở mức cao.

Tại vùng nuôi thị xã Sông Cầu (Phú Yên), tôm hùm bông loại từ 1 kg/con trở lên hiện được thương lái thu mua với giá 950.000-1.050.000 đồng/kg, giảm khoảng 30% so với cùng kỳ năm ngoái; tôm hùm xanh giá 580.000-620.000 đồng/kg, giảm 50.000 đồng so với tháng trước.

Ông Trần Văn Hùng, chủ 120 lồng nuôi ở phường Xuân Phương, thị xã Sông Cầu, cho biết vụ này gia đình thả 4.500 con giống, chi phí thức ăn, con giống hết gần 2 tỷ đồng. "Với giá hiện tại, mỗi kg tôm bán ra lỗ từ 100.000 đến 150.000 đồng", ông Hùng nói.

Theo Hiệp hội Nuôi biển Việt Nam, cả nước hiện có khoảng 150.000 lồng nuôi tôm hùm, tập trung ở Phú Yên, Khánh Hòa, Ninh Thuận và Bình Định; sản lượng năm 2024 ước hơn 3.000 tấn. Khoảng 90% sản lượng được xuất sang Trung Quốc theo đường tiểu ngạch.

Con giống chủ yếu phải nhập từ Indonesia: năm 2024 các địa phương nhập gần 12 triệu con tôm hùm giống, giá 280.000-320.000 đồng/con. Giá con giống hiện gấp 2,5 lần năm 2020.

Theo TS Nguyễn Hữu Ninh, Viện Nghiên cứu nuôi trồng thủy sản III, tại vùng nuôi Sông Cầu mật độ thả hợp lý chỉ 8-10 con/m³ lồng, nhưng nhiều hộ thả tới 15 con/m³ khiến tôm dễ nhiễm bệnh.

Bùi Toàn
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
SC = "Sông Cầu"
VN = "Việt Nam"

FIGS = [
    F("giảm 30% dịp", "30", 30, "percent", "%", "giá tôm hùm bông giảm", location="Phú Yên"),
    F("từ 1 kg/con", "1", 1, "measure", "kg/con", "tôm hùm bông loại", approx="at_least", location=SC, optional=True),
    F("giá 950.000-1.050.000", "950.000", 950000, "money", "đồng/kg", "giá thu mua tôm hùm bông", location=SC,
      value_max=1050000, change=CH("decrease", 30, baseline="cùng kỳ năm ngoái", approx="about")),
    F("giá 580.000-620.000", "580.000", 580000, "money", "đồng/kg", "giá tôm hùm xanh", location=SC,
      value_max=620000, change=CH("decrease", 50000, unit="đồng", baseline="tháng trước")),
    F("chủ 120 lồng", "120", 120, "count", "lồng", "lồng nuôi của ông Trần Văn Hùng", location=SC),
    F("thả 4.500 con", "4.500", 4500, "count", "con", "con giống gia đình ông Hùng thả vụ này", location=SC),
    F("gần 2 tỷ đồng", "2", 2000000000, "money", "đồng", "chi phí thức ăn, con giống", location=SC, approx="nearly"),
    F("lỗ từ 100.000 đến 150.000", "100.000", 100000, "money", "đồng/kg", "lỗ mỗi kg tôm bán ra", location=SC,
      value_max=150000),
    F("khoảng 150.000 lồng", "150.000", 150000, "count", "lồng", "lồng nuôi tôm hùm cả nước", location=VN,
      approx="about"),
    F("ước hơn 3.000 tấn", "3.000", 3000, "measure", "tấn", "sản lượng tôm hùm", Y24, location=VN, approx="over",
      status="estimate"),
    F("Khoảng 90%", "90", 90, "percent", "%", "sản lượng tôm hùm xuất sang Trung Quốc", I(Y24), location=VN,
      approx="about"),
    F("gần 12 triệu con", "12", 12000000, "count", "con", "tôm hùm giống nhập khẩu", Y24, location=VN,
      approx="nearly"),
    F("giá 280.000-320.000", "280.000", 280000, "money", "đồng/con", "giá tôm hùm giống nhập khẩu", I(Y24),
      location=VN, value_max=320000),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "giá con giống so với năm 2020", location=VN),
    F("chỉ 8-10 con/m³", "8", 8, "measure", "con/m³", "mật độ thả hợp lý", location=SC, value_max=10),
    F("tới 15 con/m³", "15", 15, "measure", "con/m³", "mật độ thả của nhiều hộ", location=SC),
]

COMMENTS = [
    "Probe 687-6. National press (VnExpress style): section line, 'Thứ tư, 15/1/2025, 06:30 (GMT+7)', byline at the end.",
    "No article-wide location: figures are Sông Cầu (the market and the farmer in phường Xuân Phương, thị xã Sông Cầu),",
    "Phú Yên (headline) or Việt Nam (Hiệp hội, cả nước, imports by 'các địa phương'); Indonesia / Trung Quốc are trade",
    "partners, not places. Headline 'giảm 30%' stands as its own claim: percent figure, no change, value as written.",
    "In the lead '950.000-1.050.000 đồng/kg, giảm khoảng 30%' → change (about) of the price range; '580.000-620.000 …,",
    "giảm 50.000 đồng so với tháng trước' → change in đồng. 'gấp 2,5 lần năm 2020' with no base amount → multiple.",
    "'loại từ 1 kg/con trở lên' is a size class (optional). 'tới 15 con/m³' → exact (tới is not an approx cue in the spec).",
    "Distractors: dateline/GMT+7, 'Viện … III', names.",
]

if __name__ == "__main__":
    emit("p687-6", TEXT, COMMENTS, FIGS, published="2025-01-15")
