"""p910-6: national newspaper, cá tra fry nurseries in Đồng Tháp, March 2025."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 8/3/2025, 07:40 (GMT+7)
Giá cá tra giống tăng gấp đôi, trại ương Đồng Tháp không đủ hàng

Đầu năm nay, cá tra giống cỡ 30 con/kg tại các trại ương ở Đồng Tháp được bán với giá 48.000-50.000 đồng/kg, tăng gấp 2 lần so với cùng kỳ năm ngoái. Nhiều trại dọc Quốc lộ 30 qua huyện Hồng Ngự, Thanh Bình không đủ giống để bán.

Theo Sở Nông nghiệp và Môi trường Đồng Tháp, toàn tỉnh hiện có khoảng 1.800 ha ương dưỡng cá tra giống, giảm gần 300 ha so với năm 2023 do nhiều hộ thua lỗ phải treo ao. Năm 2024, tỉnh sản xuất được 1,65 tỷ con cá tra giống, trong khi nhu cầu thả nuôi của các doanh nghiệp và hộ dân khoảng 2 tỷ con. Nguyên nhân chính là tỷ lệ sống khi ương từ cá bột lên cá giống thấp, cá tra bột vì thế tăng giá lên 5-6 đồng/con.

Ông Trần Văn Mười, chủ trại ương 4 ha ở xã Tân Thạnh, huyện Thanh Bình, cho biết mỗi đợt ương kéo dài khoảng 60 ngày nhưng tỷ lệ sống chỉ đạt 15-20%. "Từ đầu năm đến nay, trại bán được 3,5 triệu con giống, doanh thu gần 2,8 tỷ đồng, lời hơn 700 triệu đồng", ông Mười nói.

Năm 2025, Đồng Tháp phấn đấu nâng tỷ lệ sử dụng giống cá tra 3 cấp lên 50%, đồng thời xây dựng thêm 2 trung tâm sản xuất cá tra bố mẹ chất lượng cao. Dự kiến cả năm, tỉnh sản xuất khoảng 1,8 tỷ con cá tra giống, tăng 9% so với năm 2024.

Ngọc Tài
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FARM = "Thanh Bình"
FIGS = [
    F("tăng gấp đôi", "đôi", 2, "multiple", "lần", "giá cá tra giống", optional=True),
    F("cỡ 30 con/kg", "30", 30, "measure", "con/kg", "cỡ cá tra giống", optional=True),
    F("48.000-50.000 đồng/kg", "48.000", 48000, "money", "đồng/kg", "giá cá tra giống",
      value_max=50000, change=C("increase", 2, "lần", "cùng kỳ năm ngoái")),
    F("khoảng 1.800 ha", "1.800", 1800, "measure", "ha", "diện tích ương dưỡng cá tra giống", approx="about",
      change=C("decrease", 300, "ha", "năm 2023", approx="nearly")),
    F("1,65 tỷ con", "1,65", 1.65e9, "count", "con", "cá tra giống sản xuất", Y24),
    F("khoảng 2 tỷ con", "2", 2e9, "count", "con", "nhu cầu thả nuôi", Y24, approx="about"),
    F("5-6 đồng/con", "5", 5, "money", "đồng/con", "giá cá tra bột", value_max=6),
    F("trại ương 4 ha", "4", 4, "measure", "ha", "diện tích trại ương", location=FARM),
    F("khoảng 60 ngày", "60", 60, "measure", "ngày", "thời gian mỗi đợt ương", approx="about", location=FARM),
    F("15-20%", "15", 15, "percent", "%", "tỷ lệ sống", value_max=20, location=FARM),
    F("3,5 triệu con", "3,5", 3.5e6, "count", "con", "con giống trại bán được",
      P("Từ đầu năm đến nay", "2025-01-01", "2025-03-08"), location=FARM),
    F("gần 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", "doanh thu",
      P("Từ đầu năm đến nay", "2025-01-01", "2025-03-08"), approx="nearly", location=FARM),
    F("hơn 700 triệu đồng", "700", 700e6, "money", "đồng", "lời",
      P("Từ đầu năm đến nay", "2025-01-01", "2025-03-08"), approx="over", location=FARM),
    F("cá tra 3 cấp", "3", 3, "count", "cấp", "cấp của hệ thống giống cá tra", optional=True),
    F("lên 50%", "50", 50, "percent", "%", "tỷ lệ sử dụng giống cá tra 3 cấp", Y25, status="target"),
    F("thêm 2 trung tâm", "2", 2, "count", "trung tâm", "trung tâm sản xuất cá tra bố mẹ chất lượng cao", Y25,
      status="target"),
    F("khoảng 1,8 tỷ con", "1,8", 1.8e9, "count", "con", "cá tra giống sản xuất",
      P("cả năm", "2025-01-01", "2025-12-31"), approx="about", status="forecast",
      change=C("increase", 9, "%", "năm 2024")),
]

NOTES = [
    "National newspaper (VnExpress-like): giá cá tra giống, trại ương ở Đồng Tháp, 8/3/2025; byline at the end.",
    "Distractors: Quốc lộ 30, ông Trần Văn Mười (a name), 'giống cá tra 3 cấp' (the seed system's name), 07:40 (GMT+7).",
    "Headline 'tăng gấp đôi' (number word, restated in the body as 'gấp 2 lần'): optional multiple. 'cỡ 30 con/kg' (size grade) optional.",
    "'tăng gấp 2 lần so với cùng kỳ' after the price range is its change (unit lần). 'Đầu năm nay' (early this year) has no defined span: no period.",
    "The farmer's figures describe his farm in huyện Thanh Bình (location Thanh Bình). 'Từ đầu năm đến nay' ends at the dateline.",
    "revised after the first run: 'giống cá tra 3 cấp' (a count of tiers in a system's name) added as optional (structure count).",
    "'Dự kiến cả năm' -> forecast, year 2025 from the sentence before.",
]

write("p910-6", TEXT, FIGS, NOTES, published="2025-03-08", location="Đồng Tháp")
