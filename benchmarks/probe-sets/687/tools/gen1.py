"""p687-1: Phú Yên province portal — lobster output 9 months 2024, cages by town/district, prices, seed, disease, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử tỉnh Phú Yên
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Phú Yên: 9 tháng, sản lượng tôm hùm thương phẩm đạt hơn 1.150 tấn
Cập nhật: 08/10/2024 14:20
Lượt xem: 1.873

(PYO) - Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng năm 2024, sản lượng tôm hùm thương phẩm toàn tỉnh ước đạt 1.152,6 tấn, tăng 12,4% so với cùng kỳ năm 2023, đạt 82,3% kế hoạch năm.

Tính đến ngày 30/9/2024, toàn tỉnh có 96.540 lồng nuôi tôm hùm, trong đó thị xã Sông Cầu chiếm phần lớn với 81.200 lồng, còn lại ở huyện Tuy An (9.860 lồng) và thị xã Đông Hòa (5.480 lồng). Nghề nuôi tôm hùm thu hút khoảng 2.700 hộ tham gia, tạo việc làm thường xuyên cho gần 8.000 lao động.

Giá tôm hùm bông thương phẩm dao động từ 1,1 đến 1,3 triệu đồng/kg, tôm hùm xanh từ 520.000 đến 580.000 đồng/kg. Với mức giá này, mỗi hộ nuôi 30 lồng có thể lãi từ 200 đến 300 triệu đồng/vụ.

Trong 9 tháng, người nuôi đã thả khoảng 1,35 triệu con tôm hùm giống, trong đó tôm hùm bông chiếm 78%. Tuy nhiên, do nắng nóng kéo dài, trong quý III có 640 lồng bị bệnh sữa, tỷ lệ hao hụt từ 15 đến 20%.

Để phát triển bền vững theo Quyết định số 1664/QĐ-TTg của Thủ tướng Chính phủ, tỉnh phấn đấu đến năm 2025 giảm số lồng nuôi tôm hùm xuống còn khoảng 85.000 lồng, 100% lồng nuôi tại vùng tập trung chuyển sang vật liệu HDPE, sản lượng đạt 1.500 tấn/năm.

Mọi thông tin liên hệ: Chi cục Thủy sản, số 02 Nguyễn Tất Thành, TP Tuy Hòa; điện thoại 0257.3842.615.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt hơn 1.150 tấn", "1.150", 1150, "measure", "tấn", "sản lượng tôm hùm thương phẩm",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("ước đạt 1.152,6 tấn", "1.152,6", 1152.6, "measure", "tấn", "sản lượng tôm hùm thương phẩm toàn tỉnh", N9,
      percent=82.3, change=CH("increase", 12.4, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("có 96.540 lồng", "96.540", 96540, "count", "lồng", "lồng nuôi tôm hùm", ASOF),
    F("với 81.200 lồng", "81.200", 81200, "count", "lồng", "lồng nuôi tôm hùm", ASOF, total=96540, location="Sông Cầu"),
    F("Tuy An (9.860 lồng)", "9.860", 9860, "count", "lồng", "lồng nuôi tôm hùm", ASOF, total=96540, location="Tuy An"),
    F("Đông Hòa (5.480 lồng)", "5.480", 5480, "count", "lồng", "lồng nuôi tôm hùm", ASOF, total=96540,
      location="Đông Hòa"),
    F("khoảng 2.700 hộ", "2.700", 2700, "count", "hộ", "hộ tham gia nghề nuôi tôm hùm", approx="about"),
    F("gần 8.000 lao động", "8.000", 8000, "count", "lao động", "lao động có việc làm thường xuyên từ nghề nuôi tôm hùm",
      approx="nearly"),
    F("từ 1,1 đến 1,3 triệu", "1,1", 1100000, "money", "đồng/kg", "giá tôm hùm bông thương phẩm", value_max=1300000),
    F("từ 520.000 đến 580.000", "520.000", 520000, "money", "đồng/kg", "giá tôm hùm xanh", value_max=580000),
    F("mỗi hộ nuôi 30 lồng", "30", 30, "count", "lồng", "lồng nuôi mỗi hộ", optional=True),
    F("lãi từ 200 đến 300 triệu", "200", 200000000, "money", "đồng/vụ", "lãi mỗi hộ nuôi 30 lồng",
      value_max=300000000),
    F("khoảng 1,35 triệu con", "1,35", 1350000, "count", "con", "tôm hùm giống người nuôi đã thả",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30"), approx="about"),
    F("chiếm 78%", "78", 78, "percent", "%", "tỷ lệ tôm hùm bông trong tôm hùm giống thả nuôi",
      P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("có 640 lồng", "640", 640, "count", "lồng", "lồng bị bệnh sữa", Q3),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "tỷ lệ hao hụt", Q3, value_max=20),
    F("khoảng 85.000 lồng", "85.000", 85000, "count", "lồng", "số lồng nuôi tôm hùm", T25, approx="about",
      status="target"),
    F("100% lồng nuôi", "100", 100, "percent", "%", "lồng nuôi tại vùng tập trung chuyển sang vật liệu HDPE", T25,
      status="target"),
    F("đạt 1.500 tấn/năm", "1.500", 1500, "measure", "tấn/năm", "sản lượng tôm hùm", T25, status="target"),
]

COMMENTS = [
    "Probe 687-1. Phú Yên province portal (breadcrumb, Cập nhật: 08/10/2024 14:20, Lượt xem): lobster output 9 months 2024.",
    "Headline '9 tháng' takes the year of published (2024). 81.200 (Sông Cầu) and the bracketed Tuy An / Đông Hòa items",
    "follow 'trong đó' after 96.540 and add up to it: total 96540, place to location. '78%' after 'trong đó tôm hùm bông chiếm'",
    "has no base count of its own: a percent figure. 'giảm ... xuống còn khoảng 85.000 lồng' is a target level, not a change.",
    "'mỗi hộ nuôi 30 lồng' is a condition (optional). Distractors: Lượt xem 1.873, QĐ 1664/QĐ-TTg, số 02, phone 0257.3842.615.",
]

if __name__ == "__main__":
    emit("p687-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Phú Yên")
