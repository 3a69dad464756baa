"""p517-6: national press, forest fire in Hà Tĩnh during the June 2024 heat wave."""
from lib import F, P, I, CH, TG, emit

TEXT = """Thời sự › Môi trường
Thứ năm, 20/6/2024, 14:35 (GMT+7)

Hơn 600 người dập đám cháy rừng thông ở Hà Tĩnh

Khoảng 13h ngày 19/6, đám cháy bùng phát tại tiểu khu 229 thuộc xã Thạch Điền, huyện Thạch Hà, thiêu rụi ước khoảng 15 ha rừng thông, keo. Huyện Thạch Hà đã huy động hơn 600 người gồm kiểm lâm, công an, quân đội, dân quân và người dân, cùng 4 xe chữa cháy, 25 máy thổi gió; đến 4h sáng nay, ngọn lửa cơ bản được khống chế.

Theo Chi cục Kiểm lâm Hà Tĩnh, từ đầu tháng 6 đến nay, toàn tỉnh đã xảy ra 6 vụ cháy rừng, tổng diện tích thiệt hại khoảng 27,5 ha, gấp 3 lần cùng kỳ năm ngoái. Hà Tĩnh hiện có hơn 360.000 ha đất lâm nghiệp, trong đó khoảng 110.000 ha rừng thông, keo, bạch đàn rất dễ cháy.

Cơ quan khí tượng dự báo nắng nóng gay gắt trên 39 độ C còn kéo dài trong những ngày tới. Hiện cấp dự báo cháy rừng tại 8/13 huyện, thị xã, thành phố đang ở cấp V (cực kỳ nguy hiểm).

Năm 2023, Hà Tĩnh xảy ra 14 vụ cháy rừng, thiệt hại 41,3 ha, trong đó vụ lớn nhất tại huyện Hương Sơn làm cháy 17 ha.

UBND tỉnh yêu cầu các địa phương bố trí lực lượng trực 24/24 giờ tại 146 chòi canh, điểm chốt; tạm dừng đốt thực bì đối với khoảng 1.200 ha đất rừng đã khai thác. Người dân phát hiện cháy rừng cần báo ngay tới số 114 hoặc 0239.3855.626.

Đức Hùng
"""

JUN = P("từ đầu tháng 6 đến nay", "2024-06-01", "2024-06-20")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Hơn 600 người dập", "600", 600, "count", "người", "người dập đám cháy rừng thông", approx="over"),
    F("ước khoảng 15 ha", "15", 15, "measure", "ha", "diện tích rừng thông, keo bị cháy", approx="about",
      status="estimate", location="Thạch Hà"),
    F("động hơn 600 người", "600", 600, "count", "người", "người được huy động chữa cháy", approx="over",
      location="Thạch Hà"),
    F("cùng 4 xe", "4", 4, "count", "xe chữa cháy", "xe chữa cháy được huy động", location="Thạch Hà"),
    F("25 máy thổi gió", "25", 25, "count", "máy thổi gió", "máy thổi gió được huy động", location="Thạch Hà"),
    F("xảy ra 6 vụ", "6", 6, "count", "vụ", "vụ cháy rừng", JUN),
    F("khoảng 27,5 ha", "27,5", 27.5, "measure", "ha", "tổng diện tích rừng bị thiệt hại", JUN, approx="about",
      change=CH("increase", 3, "lần", "cùng kỳ năm ngoái")),
    F("hơn 360.000 ha", "360.000", 360000, "measure", "ha", "diện tích đất lâm nghiệp", approx="over"),
    F("khoảng 110.000 ha", "110.000", 110000, "measure", "ha", "diện tích rừng thông, keo, bạch đàn rất dễ cháy",
      approx="about", total=360000),
    F("trên 39 độ C", "39", 39, "measure", "độ C", "nhiệt độ nắng nóng gay gắt", approx="over", status="forecast"),
    F("tại 8/13 huyện", "8", 8, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có cấp dự báo cháy rừng cấp V",
      total=13),
    F("xảy ra 14 vụ", "14", 14, "count", "vụ", "vụ cháy rừng", Y23),
    F("thiệt hại 41,3 ha", "41,3", 41.3, "measure", "ha", "diện tích rừng bị thiệt hại", Y23),
    F("làm cháy 17 ha", "17", 17, "measure", "ha", "diện tích rừng bị cháy trong vụ lớn nhất", Y23, total=41.3,
      location="Hương Sơn"),
    F("tại 146 chòi canh", "146", 146, "count", "chòi canh, điểm chốt", "chòi canh, điểm chốt bố trí lực lượng trực"),
    F("khoảng 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích đất rừng đã khai thác tạm dừng đốt thực bì",
      approx="about"),
]

COMMENTS = [
    "National press (VnExpress-like dateline 'Thứ năm, 20/6/2024, 14:35 (GMT+7)', byline at the end): forest fire in Thạch Hà, Hà Tĩnh.",
    "Location: Hà Tĩnh by default; figures in sentences that name huyện Thạch Hà / huyện Hương Sơn take the district.",
    "'ước khoảng 15 ha' → approx about + status estimate. 'gấp 3 lần cùng kỳ năm ngoái' after 27,5 ha is its change (lần).",
    "'trên 39 độ C' under 'dự báo' is a forecast measure. 'cấp dự báo cháy rừng … đang ở cấp V' is the current danger level:",
    "the 8/13 count is actual ('dự báo' is part of the rating's name). 'từ đầu tháng 6 đến nay' ends at the dateline.",
    "Distractors: tiểu khu 229, 13h, 4h, ngày 19/6, cấp V, '24/24 giờ', hotline 114, phone 0239.3855.626, GMT+7.",
]

if __name__ == "__main__":
    emit("p517-6", TEXT, COMMENTS, FIGS, published="2024-06-20", location="Hà Tĩnh")
