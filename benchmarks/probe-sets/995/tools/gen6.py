"""p995-6: national newspaper (VnExpress style) — làng đào Nhật Tân, Phú Thượng (Tây Hồ, Hà Nội) after typhoon Yagi, Tết Ất Tỵ."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Nông nghiệp
Thứ bảy, 18/1/2025, 08:15 (GMT+7)

Làng đào Nhật Tân hồi sinh sau bão Yagi

Bốn tháng sau bão số 3, hơn 70% diện tích đào ở Nhật Tân, Phú Thượng đã phục hồi, kịp cho hoa dịp Tết Ất Tỵ.

Theo UBND quận Tây Hồ, trước bão, hai phường Nhật Tân và Phú Thượng có khoảng 135 ha trồng đào với gần 600 hộ. Bão số 3 hồi tháng 9/2024 làm gãy đổ, ngập úng khoảng 95 ha, trong đó 40 ha bị thiệt hại trên 70%. Tổng thiệt hại ước tính hơn 200 tỷ đồng.

Trong quý IV/2024, quận đã hỗ trợ 2,3 tỷ đồng cây giống, phân bón cho các hộ trồng đào; Hội Nông dân quận vận động thêm 5.000 gốc đào giống.

Ông Nguyễn Văn Chín, chủ vườn đào rộng 4.000 m2 ở phường Nhật Tân, cho biết gia đình mất gần 700 gốc, chỉ giữ lại khoảng 300 gốc. "Tôi nhập thêm 500 gốc đào từ Mộc Châu (Sơn La) về ươm lại, năm nay chắc bán được ít hơn mọi năm", ông nói.

Theo khảo sát, giá đào cành tại các vườn ở Nhật Tân, Phú Thượng năm nay tăng 20-30% so với năm trước: cành nhỏ 300.000-500.000 đồng, cành lớn 1-3 triệu đồng; đào thế trong chậu từ 5 đến 20 triệu đồng/cây. Nhiều nhà vườn dự kiến doanh thu chỉ bằng 40-50% mọi năm.

Theo Sở Nông nghiệp và Phát triển nông thôn Hà Nội, toàn thành phố năm nay có khoảng 2.750 ha đào, quất cảnh, giảm khoảng 8% so với năm trước. Quận Tây Hồ dự kiến bố trí 12 điểm bán đào, quất trên các tuyến Âu Cơ, Lạc Long Quân từ ngày 15/1 đến 28/1.

Gia Chính
"""

M9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("hơn 70% diện tích", "70", 70, "percent", "%", "diện tích đào đã phục hồi", approx="over"),
    F("hai phường", "hai", 2, "count", "phường", "phường trồng đào", optional=True),
    F("khoảng 135 ha", "135", 135, "measure", "ha", "diện tích trồng đào", approx="about"),
    F("gần 600 hộ", "600", 600, "count", "hộ", "hộ trồng đào", approx="nearly"),
    F("khoảng 95 ha", "95", 95, "measure", "ha", "diện tích đào bị gãy đổ, ngập úng", M9, approx="about"),
    F("trong đó 40 ha", "40", 40, "measure", "ha", "diện tích đào bị thiệt hại trên 70%", M9, total=95),
    F("thiệt hại trên 70%", "70", 70, "percent", "%", "mức thiệt hại", approx="over", optional=True),
    F("hơn 200 tỷ đồng", "200", 200e9, "money", "đồng", "tổng thiệt hại", I(M9), approx="over",
      status="estimate"),
    F("hỗ trợ 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", "hỗ trợ cây giống, phân bón cho hộ trồng đào", Q4),
    F("thêm 5.000 gốc", "5.000", 5000, "count", "gốc", "gốc đào giống vận động", Q4),
    F("rộng 4.000 m2", "4.000", 4000, "measure", "m2", "diện tích vườn đào"),
    F("gần 700 gốc", "700", 700, "count", "gốc", "gốc đào bị mất", approx="nearly"),
    F("khoảng 300 gốc", "300", 300, "count", "gốc", "gốc đào giữ lại", approx="about"),
    F("thêm 500 gốc", "500", 500, "count", "gốc", "gốc đào nhập thêm về ươm"),
    F("tăng 20-30%", "20", 20, "percent", "%", "giá đào cành tăng", value_max=30),
    F("cành nhỏ 300.000-500.000 đồng", "300.000", 300000, "money", "đồng", "giá đào cành nhỏ",
      value_max=500000),
    F("cành lớn 1-3 triệu đồng", "1", 1e6, "money", "đồng", "giá đào cành lớn", value_max=3e6),
    F("từ 5 đến 20 triệu đồng/cây", "5", 5e6, "money", "đồng/cây", "giá đào thế trong chậu", value_max=20e6),
    F("bằng 40-50%", "40", 40, "percent", "%", "doanh thu nhà vườn so với mọi năm", value_max=50,
      status="forecast"),
    F("khoảng 2.750 ha", "2.750", 2750, "measure", "ha", "diện tích đào, quất cảnh", approx="about",
      change=C("decrease", 8, baseline="năm trước", approx="about"), location="Hà Nội"),
    F("bố trí 12 điểm", "12", 12, "count", "điểm", "điểm bán đào, quất", status="forecast"),
]

COMMENTS = [
    "p995-6 — national newspaper (VnExpress style, 'Thứ bảy, 18/1/2025, 08:15 (GMT+7)', byline at the end): làng đào Nhật Tân,",
    "Phú Thượng after bão số 3 (Yagi). Location: the district Tây Hồ (wards lie in it); the city-wide 2.750 ha is Hà Nội; the seedlings'",
    "origin 'Mộc Châu (Sơn La)' is not a place of any figure. 'trong đó 40 ha' → total 95. 'thiệt hại trên 70%' is a damage class (optional);",
    "'hai phường' optional. 200 tỷ takes tháng 9/2024 from the previous sentence (inherited). 'từ ngày 15/1 đến 28/1' is a schedule: no period.",
    "Distractors: 'Bốn tháng', 'bão số 3', 'Tết Ất Tỵ', 08:15 (GMT+7), Nguyễn Văn Chín, dates 15/1 and 28/1.",
]

write("p995-6", TEXT, FIGS, COMMENTS, published="2025-01-18", location="Tây Hồ")
