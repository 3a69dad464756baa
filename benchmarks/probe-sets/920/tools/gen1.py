"""p920-1: Nghệ An province portal — turmeric area, yield, prices, starch processing, 2025 target."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 14/11/2024 09:45 | Lượt xem: 2.318

Cây nghệ giúp nhiều hộ dân miền Tây Nghệ An vươn lên

Năm 2024, diện tích trồng nghệ toàn tỉnh ước đạt 1.450 ha, tăng 12,4% so với năm 2023; năng suất bình quân ước đạt 28,5 tấn/ha, sản lượng nghệ củ tươi ước đạt gần 41.300 tấn. Diện tích nghệ tập trung chủ yếu tại các huyện Nghĩa Đàn (420 ha), Tân Kỳ (365 ha), Anh Sơn (290 ha) và Quỳ Hợp (215 ha), phần lớn dọc tuyến Quốc lộ 48 và đường Hồ Chí Minh. Cây nghệ đã thu hút gần 3.200 hộ tham gia sản xuất.

Hiện giá nghệ củ tươi thu mua tại ruộng dao động từ 6.000 đến 8.000 đồng/kg, cao hơn khoảng 1.500 đồng/kg so với cùng kỳ năm trước. Với mức giá này, mỗi ha nghệ cho thu nhập từ 150 đến 180 triệu đồng. Thu nhập từ cây nghệ gấp 2-3 lần so với trồng sắn trên cùng diện tích.

Toàn tỉnh hiện có 7 cơ sở chế biến tinh bột nghệ với tổng công suất khoảng 350 tấn nghệ tươi/tháng. Trong 9 tháng đầu năm 2024, các cơ sở đã sản xuất được 62,8 tấn tinh bột nghệ, doanh thu đạt hơn 21 tỷ đồng. Sản phẩm tinh bột nghệ của HTX Nông nghiệp Nghĩa Hồng 2 (huyện Nghĩa Đàn) đã được công nhận sản phẩm OCOP 4 sao.

Theo Kế hoạch số 318/KH-UBND ngày 12/4/2023 của UBND tỉnh, đến năm 2025 tỉnh phấn đấu mở rộng diện tích nghệ lên 2.000 ha, trong đó 500 ha đạt chứng nhận VietGAP hoặc hữu cơ; hình thành ít nhất 3 chuỗi liên kết sản xuất - tiêu thụ nghệ có doanh nghiệp tham gia.

Nguồn: Sở Nông nghiệp và PTNT Nghệ An - Điện thoại: 0238.3844.171
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("ước đạt 1.450 ha", "1.450", 1450, "measure", "ha", "diện tích trồng nghệ", Y24,
      change=C("increase", 12.4, "%", "năm 2023"), status="estimate"),
    F("ước đạt 28,5 tấn/ha", "28,5", 28.5, "measure", "tấn/ha", "năng suất nghệ bình quân", Y24, status="estimate"),
    F("gần 41.300 tấn", "41.300", 41300, "measure", "tấn", "sản lượng nghệ củ tươi", Y24,
      approx="nearly", status="estimate"),
    F("Nghĩa Đàn (420 ha)", "420", 420, "measure", "ha", "diện tích nghệ", I(Y24), location="Nghĩa Đàn"),
    F("Tân Kỳ (365 ha)", "365", 365, "measure", "ha", "diện tích nghệ", I(Y24), location="Tân Kỳ"),
    F("Anh Sơn (290 ha)", "290", 290, "measure", "ha", "diện tích nghệ", I(Y24), location="Anh Sơn"),
    F("Quỳ Hợp (215 ha)", "215", 215, "measure", "ha", "diện tích nghệ", I(Y24), location="Quỳ Hợp"),
    F("gần 3.200 hộ", "3.200", 3200, "count", "hộ", "hộ tham gia sản xuất nghệ", approx="nearly"),
    F("từ 6.000 đến 8.000 đồng/kg", "6.000", 6000, "money", "đồng/kg", "giá nghệ củ tươi thu mua tại ruộng",
      value_max=8000, change=C("increase", 1500, "đồng/kg", "cùng kỳ năm trước", "about")),
    F("từ 150 đến 180 triệu đồng", "150", 150e6, "money", "đồng/ha", "thu nhập mỗi ha nghệ", value_max=180e6),
    F("gấp 2-3 lần", "2", 2, "multiple", "lần", "thu nhập từ cây nghệ so với trồng sắn", value_max=3),
    F("có 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở chế biến tinh bột nghệ"),
    F("khoảng 350 tấn", "350", 350, "measure", "tấn/tháng", "tổng công suất cơ sở chế biến tinh bột nghệ",
      approx="about"),
    F("được 62,8 tấn", "62,8", 62.8, "measure", "tấn", "tinh bột nghệ sản xuất", M9),
    F("hơn 21 tỷ đồng", "21", 21e9, "money", "đồng", "doanh thu tinh bột nghệ", M9, approx="over"),
    F("OCOP 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("lên 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích nghệ", T25, status="target"),
    F("trong đó 500 ha", "500", 500, "measure", "ha", "diện tích nghệ đạt chứng nhận VietGAP hoặc hữu cơ", T25,
      total=2000, status="target"),
    F("ít nhất 3 chuỗi", "3", 3, "count", "chuỗi liên kết", "chuỗi liên kết sản xuất - tiêu thụ nghệ có doanh nghiệp tham gia",
      T25, approx="at_least", status="target"),
]

NOTES = [
    "Nghệ An province portal: turmeric area/yield/output 2024 (ước đạt), district list, prices, starch processing, 2025 targets.",
    "District list in brackets after 'tập trung chủ yếu tại' (separate sentence, no estimate cue; parts do not add up to 1.450): no total.",
    "'gấp 2-3 lần so với trồng sắn' stands as its own sentence: a multiple. 'OCOP 4 sao' a rating label: optional.",
    "Distractors: Lượt xem 2.318, Quốc lộ 48, HTX Nghĩa Hồng 2, Kế hoạch số 318/KH-UBND ngày 12/4/2023, phone.",
]

write("p920-1", TEXT, NOTES, FIGS, published="2024-11-14", location="Nghệ An")
