"""p841-6: national newspaper (VnExpress style), phố đi bộ hồ Gươm, 9 tháng 2023."""
from lib import F, P, I, C, T, write

TEXT = """
Thời sự > Hà Nội
Chủ nhật, 15/10/2023, 07:30 (GMT+7)
Phố đi bộ hồ Gươm đón 4,6 triệu lượt khách sau 9 tháng
Lượng khách đến không gian đi bộ hồ Hoàn Kiếm tăng gần gấp đôi cùng kỳ, nhưng nhiều hộ kinh doanh cho biết doanh thu chưa tương xứng.
Theo UBND quận Hoàn Kiếm, từ đầu năm đến hết tháng 9, không gian đi bộ hồ Hoàn Kiếm và phụ cận đón khoảng 4,6 triệu lượt khách, trong đó khoảng 1,3 triệu lượt khách quốc tế. Mỗi tối cuối tuần, khu vực này đón trung bình 35.000-40.000 lượt người.
Khảo sát của quận với 300 hộ kinh doanh trên các phố Hàng Đào, Hàng Ngang, Hàng Đường cho thấy 62% hộ có doanh thu tăng so với năm 2022, nhưng chỉ 18% hộ tăng trên 30%. Giá thuê mặt bằng tại phố Hàng Đào hiện khoảng 250 triệu đồng/tháng, cao gấp 1,5 lần năm 2019.
Ông Nguyễn Quốc Hưng, Phó chủ tịch UBND quận Hoàn Kiếm, cho biết từ năm 2016 đến nay quận đã tổ chức hơn 1.100 đêm hoạt động phố đi bộ và mở rộng không gian đi bộ ra 18 tuyến phố trong khu phố cổ. "Mỗi đêm cuối tuần, quận huy động khoảng 200 cán bộ, chiến sĩ bảo đảm an ninh, trật tự", ông Hưng nói. Không gian đi bộ mở từ 19h tối thứ Sáu đến 24h Chủ nhật; trong thời gian này, 12 bãi trông giữ xe quanh khu vực được huy động với sức chứa khoảng 8.000 xe máy.
Năm 2024, quận dự kiến chi khoảng 20 tỷ đồng chỉnh trang hệ thống chiếu sáng, phấn đấu tỷ lệ khách quốc tế đạt 35%.
Võ Hải
"""

M9 = P("từ đầu năm đến hết tháng 9", "2023-01-01", "2023-09-30")
SINCE = P("từ năm 2016 đến nay", "2016-01-01", "2023-10-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("4,6 triệu lượt khách sau 9 tháng", "4,6", 4_600_000, "count", "lượt khách",
      "lượt khách đến phố đi bộ hồ Gươm", P("sau 9 tháng", "2023-01-01", "2023-09-30")),
    F("tăng gần gấp đôi", "đôi", 2, "multiple", "lần",
      "lượng khách đến không gian đi bộ hồ Hoàn Kiếm so với cùng kỳ", approx="nearly"),
    F("đón khoảng 4,6 triệu", "4,6", 4_600_000, "count", "lượt khách",
      "lượt khách đến không gian đi bộ hồ Hoàn Kiếm và phụ cận", M9, approx="about"),
    F("khoảng 1,3 triệu", "1,3", 1_300_000, "count", "lượt khách", "lượt khách quốc tế", M9,
      approx="about", total=4_600_000),
    F("35.000-40.000 lượt người", "35.000", 35_000, "count", "lượt người",
      "lượt người mỗi tối cuối tuần", value_max=40_000),
    F("với 300 hộ", "300", 300, "count", "hộ kinh doanh", "hộ kinh doanh được khảo sát"),
    F("62% hộ", "62", 62, "percent", "%", "hộ có doanh thu tăng so với năm 2022"),
    F("18% hộ", "18", 18, "percent", "%", "hộ có doanh thu tăng trên 30%"),
    F("tăng trên 30%", "30", 30, "percent", "%", "mức tăng doanh thu", approx="over", optional=True),
    F("khoảng 250 triệu đồng/tháng", "250", 250e6, "money", "đồng/tháng",
      "giá thuê mặt bằng tại phố Hàng Đào", approx="about", change=C("increase", 1.5, "lần", "năm 2019")),
    F("hơn 1.100 đêm", "1.100", 1100, "count", "đêm", "đêm hoạt động phố đi bộ", SINCE, approx="over"),
    F("ra 18 tuyến phố", "18", 18, "count", "tuyến phố", "tuyến phố mở rộng không gian đi bộ", SINCE),
    F("khoảng 200 cán bộ", "200", 200, "count", "cán bộ, chiến sĩ",
      "cán bộ, chiến sĩ bảo đảm an ninh, trật tự mỗi đêm cuối tuần", approx="about"),
    F("12 bãi trông giữ xe", "12", 12, "count", "bãi trông giữ xe", "bãi trông giữ xe được huy động"),
    F("khoảng 8.000 xe máy", "8.000", 8000, "count", "xe máy", "sức chứa của các bãi trông giữ xe",
      approx="about"),
    F("khoảng 20 tỷ đồng", "20", 20e9, "money", "đồng", "kinh phí chỉnh trang hệ thống chiếu sáng", Y24,
      approx="about", status="forecast"),
    F("đạt 35%", "35", 35, "percent", "%", "tỷ lệ khách quốc tế", Y24, status="target"),
]

NOTES = [
    "VnExpress-style national paper: phố đi bộ hồ Gươm (quận Hoàn Kiếm, Hà Nội), 9 tháng 2023. Dateline 'Chủ nhật, 15/10/2023, 07:30 (GMT+7)'; byline Võ Hải.",
    "Not figures: 07:30, 19h/24h, 'thứ Sáu', 'năm 2022'/'năm 2019' as baselines, street names Hàng Đào/Hàng Ngang/Hàng Đường. Location: the district Hoàn Kiếm.",
    "Year-less 'sau 9 tháng' and 'từ đầu năm đến hết tháng 9' take 2023 (dateline); 'từ năm 2016 đến nay' ends at the dateline.",
    "'tăng gần gấp đôi cùng kỳ' with no base amount stated is a multiple (đôi = 2), nearly. 'cao gấp 1,5 lần năm 2019' after 250 triệu is its change.",
    "'trên 30%' is the threshold that defines the 18% group (optional).",
    "'dự kiến chi khoảng 20 tỷ đồng' → forecast; 'phấn đấu … đạt 35%' → target (own cue).",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2023-10-15", location="Hoàn Kiếm")
