"""p992-6: national newspaper (VnExpress-style dateline), Đà Nẵng expands the Thọ Quang shelter."""
from lib import F, P, I, C, build

TEXT = """Thứ bảy, 15/3/2025, 08:15 (GMT+7)
Đà Nẵng chi 1.250 tỷ đồng mở rộng khu neo đậu tàu cá Thọ Quang

UBND TP Đà Nẵng vừa phê duyệt chủ trương đầu tư dự án mở rộng khu neo đậu tránh trú bão Thọ Quang với tổng mức đầu tư 1.250 tỷ đồng từ ngân sách thành phố. Theo thiết kế, đến năm 2027 dự án dự kiến mở rộng thêm 25 ha mặt nước, nâng sức chứa của khu neo đậu (hiện chỉ đáp ứng khoảng 1.000 chiếc) lên 2.000 tàu cá. Mức đầu tư này gấp khoảng 3 lần giai đoạn 1 (hoàn thành năm 2006).

Theo Sở Nông nghiệp và Phát triển nông thôn, thành phố hiện có 1.182 tàu cá, trong đó 412 tàu dài từ 15 m trở lên. Mùa mưa bão, âu thuyền Thọ Quang thường xuyên quá tải khi phải đón thêm 600-800 tàu của Quảng Nam, Quảng Ngãi vào tránh trú. Trong cơn bão số 6 (Trà Mi) cuối tháng 10/2024, khu neo đậu đã tiếp nhận 1.740 tàu, gấp 1,7 lần sức chứa thiết kế.

Ông Nguyễn Văn Tám, chủ tàu ĐNa 90357 TS, cho biết mỗi lần vào âu phải chen chúc, tàu va đập gây hư hỏng, chi phí sửa chữa có khi tới 30-40 triệu đồng. Phí neo đậu hiện là 150.000 đồng/tàu/tháng đối với tàu dưới 15 m.

Dự án cũng dự kiến nạo vét khoảng 850.000 m3 bùn cát, xây mới 1,2 km đê chắn sóng. Đà Nẵng đặt mục tiêu đến năm 2030 đáp ứng 100% chỗ neo đậu cho tàu cá thành phố và thêm 1.500 tàu của các địa phương lân cận.

Nguyễn Đông
"""

BY2030 = P("đến năm 2030", end="2030-12-31")
BY2027 = P("đến năm 2027", end="2027-12-31")

FIGS = [
    F("chi 1.250 tỷ đồng", "1.250", 1250000000000, "money", "đồng", "vốn mở rộng khu neo đậu tàu cá Thọ Quang"),
    F("tư 1.250 tỷ đồng", "1.250", 1250000000000, "money", "đồng", "tổng mức đầu tư dự án mở rộng khu neo đậu Thọ Quang"),
    F("thêm 25 ha", "25", 25, "measure", "ha", "diện tích mặt nước mở rộng", BY2027, status="forecast"),
    F("khoảng 1.000 chiếc", "1.000", 1000, "count", "chiếc", "sức chứa hiện tại của khu neo đậu", approx="about"),
    F("lên 2.000 tàu cá", "2.000", 2000, "count", "tàu cá", "sức chứa của khu neo đậu sau mở rộng", BY2027,
      status="forecast"),
    F("gấp khoảng 3 lần", "3", 3, "multiple", "lần", "mức đầu tư so với giai đoạn 1", approx="about"),
    F("có 1.182 tàu cá", "1.182", 1182, "count", "tàu cá", "tàu cá"),
    F("trong đó 412 tàu", "412", 412, "count", "tàu", "tàu dài từ 15 m trở lên", total=1182),
    F("dài từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("thêm 600-800 tàu", "600", 600, "count", "tàu", "tàu địa phương khác vào tránh trú", value_max=800),
    F("tiếp nhận 1.740 tàu", "1.740", 1740, "count", "tàu", "tàu khu neo đậu tiếp nhận trong bão",
      P("cuối tháng 10/2024", "2024-10-01", "2024-10-31"),
      change=C("increase", 1.7, unit="lần", baseline="sức chứa thiết kế")),
    F("tới 30-40 triệu đồng", "30", 30000000, "money", "đồng", "chi phí sửa chữa tàu", value_max=40000000),
    F("là 150.000 đồng/tàu/tháng", "150.000", 150000, "money", "đồng/tàu/tháng", "phí neo đậu"),
    F("tàu dưới 15 m", "15", 15, "measure", "m", "chiều dài tàu", approx="under", optional=True),
    F("khoảng 850.000 m3", "850.000", 850000, "measure", "m3", "khối lượng nạo vét bùn cát", I(BY2027), approx="about",
      status="forecast"),
    F("mới 1,2 km", "1,2", 1.2, "measure", "km", "đê chắn sóng xây mới", I(BY2027), status="forecast"),
    F("đáp ứng 100% chỗ", "100", 100, "percent", "%", "chỗ neo đậu cho tàu cá thành phố", BY2030, status="target"),
    F("thêm 1.500 tàu", "1.500", 1500, "count", "tàu", "chỗ neo đậu cho tàu của các địa phương lân cận", BY2030,
      status="target"),
]

build("p992-6", TEXT, FIGS, published="2025-03-15", location="Đà Nẵng", comments=[
    "National newspaper (VnExpress style 'Thứ bảy, 15/3/2025, 08:15 (GMT+7)', byline at the end): Đà Nẵng expands the Thọ Quang shelter.",
    "Headline 1.250 tỷ and body 1.250 tỷ: two mentions, both figures, actual (an approved investment).",
    "'đến năm 2027 … dự kiến' gives 25 ha and 2.000 tàu cá a forecast status and an end-2027 period; the bracketed '(hiện chỉ đáp ứng khoảng 1.000 chiếc)' has its own verb and 'hiện': actual.",
    "'Mức đầu tư này gấp khoảng 3 lần giai đoạn 1' stands alone as the claim: multiple. 'gấp 1,7 lần sức chứa thiết kế' right after 1.740 tàu",
    "compares that figure with a baseline: its change (1,7 lần). Boats from Quảng Nam, Quảng Ngãi shelter in Đà Nẵng: location Đà Nẵng.",
    "'cuối tháng 10/2024' dates the storm count: period October 2024. 'tàu dài từ 15 m trở lên', 'tàu dưới 15 m' are class thresholds: optional.",
    "Distractors: 'bão số 6 (Trà Mi)', '(hoàn thành năm 2006)', 'giai đoạn 1', boat number 'ĐNa 90357 TS', name 'Nguyễn Văn Tám'.",
])
