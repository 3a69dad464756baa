"""p1027-8: Báo Ninh Thuận online (NTO tag), Chăm brocade village Mỹ Nghiệp, year 2024; headline figure."""
from lib import F, P, I, C, write

TEXT = """Làng dệt Mỹ Nghiệp thu hơn 20 tỷ đồng từ thổ cẩm

Cập nhật lúc 15:10, Thứ sáu, 10/01/2025

(NTO) - Năm 2024, làng nghề dệt thổ cẩm Mỹ Nghiệp (thị trấn Phước Dân, huyện Ninh Phước) tiêu thụ khoảng 42.000 sản phẩm, doanh thu đạt 20,6 tỷ đồng, tăng 12,3% so với năm 2023 và vượt 3% kế hoạch.

Làng hiện có 265 hộ làm nghề, trong đó 58 hộ còn giữ khung dệt tay truyền thống; số lao động làm nghề khoảng 430 người, phần lớn là phụ nữ Chăm. Sản phẩm chủ lực gồm váy, áo dài, khăn choàng, túi xách với giá từ 150.000 đồng đến 2,5 triệu đồng/sản phẩm. Lao động có thu nhập bình quân 4,5-6 triệu đồng/người/tháng.

Trong năm, làng nghề đón 28.500 lượt khách tham quan, gấp 1,5 lần năm trước; Hợp tác xã dệt thổ cẩm Mỹ Nghiệp có thêm 3 sản phẩm được công nhận OCOP 4 sao. Đến nay, làng có tổng cộng 7 sản phẩm OCOP.

Toàn tỉnh Ninh Thuận hiện có 2 làng nghề dệt thổ cẩm của đồng bào Chăm là Mỹ Nghiệp và Chung Mỹ, với hơn 500 hộ làm nghề. Năm 2024, tỉnh hỗ trợ 1,1 tỷ đồng cho các hộ đổi mới khung dệt, trung bình 20 triệu đồng/hộ.

Năm 2025, địa phương phấn đấu doanh thu làng nghề đạt 23 tỷ đồng, mở 5 lớp dạy dệt cho 150 thanh niên người Chăm; dự kiến khởi công nhà trưng bày sản phẩm thổ cẩm rộng 600 m2 cạnh Quốc lộ 1A.

NGỌC ÁNH
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
IN_YEAR = P("Trong năm", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
NP = "Ninh Phước"
NT = "Ninh Thuận"

FIGS = [
    F("hơn 20 tỷ đồng", "20", 20_000_000_000, "money", "đồng", "doanh thu từ thổ cẩm của làng dệt Mỹ Nghiệp",
      approx="over"),
    F("khoảng 42.000 sản phẩm", "42.000", 42000, "count", "sản phẩm", "sản phẩm làng nghề tiêu thụ", Y24,
      approx="about"),
    F("đạt 20,6 tỷ đồng", "20,6", 20_600_000_000, "money", "đồng", "doanh thu làng nghề", Y24,
      change=C("increase", 12.3, "%", "năm 2023")),
    F("vượt 3% kế hoạch", "3", 3, "percent", "%", "doanh thu vượt kế hoạch", Y24, optional=True),
    F("có 265 hộ", "265", 265, "count", "hộ", "hộ làm nghề dệt"),
    F("trong đó 58 hộ", "58", 58, "count", "hộ", "hộ còn giữ khung dệt tay truyền thống", total=265),
    F("khoảng 430 người", "430", 430, "count", "người", "lao động làm nghề", approx="about"),
    F("từ 150.000 đồng đến 2,5 triệu", "150.000", 150000, "money", "đồng/sản phẩm", "giá sản phẩm chủ lực",
      value_max=2_500_000),
    F("4,5-6 triệu", "4,5", 4_500_000, "money", "đồng/người/tháng", "thu nhập bình quân của lao động",
      value_max=6_000_000),
    F("đón 28.500 lượt khách", "28.500", 28500, "count", "lượt khách", "lượt khách tham quan làng nghề", IN_YEAR,
      change=C("increase", 1.5, "lần", "năm trước")),
    F("thêm 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm được công nhận OCOP 4 sao", IN_YEAR),
    F("OCOP 4 sao", "4", 4, "measure", "sao", "hạng OCOP", optional=True),
    F("tổng cộng 7 sản phẩm", "7", 7, "count", "sản phẩm", "sản phẩm OCOP của làng"),
    F("có 2 làng nghề", "2", 2, "count", "làng nghề", "làng nghề dệt thổ cẩm của đồng bào Chăm", location=NT),
    F("hơn 500 hộ", "500", 500, "count", "hộ", "hộ làm nghề dệt thổ cẩm", approx="over", location=NT),
    F("hỗ trợ 1,1 tỷ đồng", "1,1", 1_100_000_000, "money", "đồng", "kinh phí hỗ trợ các hộ đổi mới khung dệt", Y24,
      location=NT),
    F("20 triệu đồng/hộ", "20", 20_000_000, "money", "đồng/hộ", "mức hỗ trợ trung bình đổi mới khung dệt", Y24,
      location=NT),
    F("đạt 23 tỷ đồng", "23", 23_000_000_000, "money", "đồng", "doanh thu làng nghề", Y25, status="target"),
    F("mở 5 lớp", "5", 5, "count", "lớp", "lớp dạy dệt", Y25, status="target"),
    F("cho 150 thanh niên", "150", 150, "count", "thanh niên", "thanh niên người Chăm học dệt", Y25, status="target"),
    F("rộng 600 m2", "600", 600, "measure", "m2", "diện tích nhà trưng bày sản phẩm thổ cẩm", Y25,
      status="forecast", optional=True),
]

NOTES = [
    "Báo Ninh Thuận online (NTO): làng dệt thổ cẩm Mỹ Nghiệp (thị trấn Phước Dân, huyện Ninh Phước), results of 2024 and 2025 targets.",
    "'Cập nhật lúc 15:10, Thứ sáu, 10/01/2025' gives published. 'Quốc lộ 1A', '15:10', 'Thứ sáu' are not figures; 'OCOP 4 sao' is a class (optional).",
    "Headline 'hơn 20 tỷ đồng' has no period phrase. Two gaps after the revenue: the first ('tăng 12,3% so với năm 2023') is its change,",
    "the second ('vượt 3% kế hoạch') a percent figure of its own (optional, FIGURES.md 'one of each attribute').",
    "'gấp 1,5 lần năm trước' after the visitor count is its change (unit lần), as 'tăng hơn 2,8 lần so với cùng kỳ' is in the spec.",
    "'Trong năm' takes 2024 from 'Năm 2024' before it. Village figures: Ninh Phước; 'Toàn tỉnh Ninh Thuận' figures: Ninh Thuận;",
    "the 2025 plan of 'địa phương' speaks of the village's revenue: Ninh Phước. The planned hall's size '600 m2' is optional.",
]

write(8, TEXT, FIGS, NOTES, published="2025-01-10", location=NP)
