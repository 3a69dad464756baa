from lib import *

T = """Hải Phòng đặt mục tiêu hoàn thành 33.500 căn nhà ở xã hội đến năm 2025

Thời sự - Xây dựng đô thị

Theo Kế hoạch phát triển nhà ở thành phố giai đoạn 2021-2025, Hải Phòng phấn đấu đến năm 2025 hoàn thành khoảng 33.500 căn nhà ở xã hội, tương đương 1,7 triệu m² sàn; giai đoạn 2026-2030 hoàn thành thêm 37.000 căn.

Năm 2023, thành phố hoàn thành 4 dự án với 3.267 căn, nâng tổng số căn nhà ở xã hội hoàn thành từ năm 2021 đến nay lên 11.820 căn, đạt 35,3% kế hoạch giai đoạn. Năm 2024, thành phố dự kiến hoàn thành 6 dự án với khoảng 6.500 căn, gồm: huyện An Dương 2.860 căn, huyện Thủy Nguyên 1.950 căn và quận Kiến An 1.690 căn.

Tổng nhu cầu vốn đầu tư nhà ở xã hội giai đoạn 2021-2030 dự kiến khoảng 40.000 tỷ đồng, trong đó vốn ngân sách khoảng 2.400 tỷ đồng, chiếm 6%. Đến nay, thành phố đã bố trí 58 vị trí quỹ đất với tổng diện tích khoảng 432 ha để phát triển nhà ở xã hội; riêng quỹ đất 20% trong các dự án nhà ở thương mại đã dành được gần 96 ha.

Theo Luật Nhà ở 2023, người lao động có thu nhập không quá 15 triệu đồng/tháng được mua nhà ở xã hội. Giá bán tại các dự án đã hoàn thành phổ biến từ 13 đến 17 triệu đồng/m², thấp hơn khoảng 30-40% so với nhà ở thương mại cùng khu vực.

Phó Chủ tịch UBND thành phố yêu cầu Sở Xây dựng rà soát 5 dự án chậm tiến độ, xử lý dứt điểm trong quý II/2024; người dân có thể tra cứu thông tin dự án qua đường dây nóng 0225.3842.160.

THU HÀ
18/3/2024"""

HP = "Hải Phòng"
P25 = per("đến năm 2025", None, "2025-12-31")
P24 = per("Năm 2024", "2024-01-01", "2024-12-31")
P24i = per("Năm 2024", "2024-01-01", "2024-12-31", True)
PV = per("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")
figs = [
    F("hoàn thành 33.500 căn nhà ở xã hội đến", "33.500", 33500, "count", "căn", "căn nhà ở xã hội hoàn thành", status="target",
      period=per("đến năm 2025", None, "2025-12-31")),
    F("khoảng 33.500 căn", "33.500", 33500, "count", "căn", "căn nhà ở xã hội hoàn thành", approx="about", status="target", period=P25),
    F("1,7 triệu m²", "1,7", 1.7e6, "measure", "m²", "diện tích sàn nhà ở xã hội", status="target", period=P25),
    F("thêm 37.000 căn", "37.000", 37000, "count", "căn", "căn nhà ở xã hội hoàn thành", status="target",
      period=per("giai đoạn 2026-2030", "2026-01-01", "2030-12-31")),
    F("hoàn thành 4 dự án", "4", 4, "count", "dự án", "dự án nhà ở xã hội hoàn thành", period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    F("với 3.267 căn", "3.267", 3267, "count", "căn", "căn nhà ở xã hội hoàn thành", period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    F("lên 11.820 căn", "11.820", 11820, "count", "căn", "tổng số căn nhà ở xã hội hoàn thành", percent=35.3,
      period=per("từ năm 2021 đến nay", "2021-01-01", "2024-03-18")),
    F("hoàn thành 6 dự án", "6", 6, "count", "dự án", "dự án nhà ở xã hội hoàn thành", status="forecast", period=P24),
    F("khoảng 6.500 căn", "6.500", 6500, "count", "căn", "căn nhà ở xã hội hoàn thành", approx="about", status="forecast", period=P24),
    F("An Dương 2.860 căn", "2.860", 2860, "count", "căn", "căn nhà ở xã hội hoàn thành", total=6500, status="forecast",
      period=P24, location="An Dương"),
    F("Thủy Nguyên 1.950 căn", "1.950", 1950, "count", "căn", "căn nhà ở xã hội hoàn thành", total=6500, status="forecast",
      period=P24, location="Thủy Nguyên"),
    F("Kiến An 1.690 căn", "1.690", 1690, "count", "căn", "căn nhà ở xã hội hoàn thành", total=6500, status="forecast",
      period=P24, location="Kiến An"),
    F("khoảng 40.000 tỷ đồng", "40.000", 40000e9, "money", "đồng", "tổng nhu cầu vốn đầu tư nhà ở xã hội", approx="about",
      status="forecast", period=PV),
    F("khoảng 2.400 tỷ đồng", "2.400", 2400e9, "money", "đồng", "vốn ngân sách", approx="about", total=40000e9, percent=6,
      status="forecast", period=PV),
    F("bố trí 58 vị trí", "58", 58, "count", "vị trí", "vị trí quỹ đất phát triển nhà ở xã hội",
      period=per("Đến nay", None, "2024-03-18")),
    F("khoảng 432 ha", "432", 432, "measure", "ha", "tổng diện tích quỹ đất phát triển nhà ở xã hội", approx="about",
      period=per("Đến nay", None, "2024-03-18")),
    F("quỹ đất 20%", "20", 20, "percent", "%", "quỹ đất dành cho nhà ở xã hội trong dự án nhà ở thương mại", optional=True),
    F("gần 96 ha", "96", 96, "measure", "ha", "quỹ đất 20% trong các dự án nhà ở thương mại đã dành được", approx="nearly",
      period=per("Đến nay", None, "2024-03-18")),
    F("không quá 15 triệu", "15", 15e6, "money", "đồng/tháng", "thu nhập của người lao động được mua nhà ở xã hội",
      approx="at_most", optional=True),
    F("từ 13 đến 17 triệu", "13", 13e6, "money", "đồng/m²", "giá bán tại các dự án đã hoàn thành", value_max=17e6,
      change={"direction": "decrease", "value": 30, "unit": "%", "approx": "about", "baseline": "nhà ở thương mại cùng khu vực"}),
    F("rà soát 5 dự án", "5", 5, "count", "dự án", "dự án chậm tiến độ"),
]
C = """City news page (Hải Phòng), no dateline at the top; the bare date '18/3/2024' after the byline at the end is the article's date.
Headline target 33.500 căn (đến năm 2025) and the same figure again in the lead ('khoảng'): two figures. 'tương đương 1,7 triệu m² sàn'
is an equivalent in another unit, a figure of its own (as h01's 'tương đương 1,488 triệu hồ sơ'), status target.
11.820 căn: 'từ năm 2021 đến nay' ends at the date; 'đạt 35,3% kế hoạch giai đoạn' -> percent. 'dự kiến' makes 2024 figures forecast;
'gồm:' list of districts -> total 6500, location = district. 2.400 tỷ after 'trong đó' -> total 40000 tỷ, percent 6.
'thấp hơn khoảng 30-40% so với nhà ở thương mại' follows the price range: the range's change (decrease 30, about), not a figure.
Optional: 'quỹ đất 20%' (a policy label), income ceiling 'không quá 15 triệu đồng/tháng' (an eligibility criterion).
Distractors: Luật Nhà ở 2023, quý II/2024, phone 0225.3842.160, 'giai đoạn 2021-2025' in a plan name."""
build("p441-7", T, figs, C, published="2024-03-18", location=HP)
