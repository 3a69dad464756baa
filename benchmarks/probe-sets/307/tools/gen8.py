from lib import F, P, write

ART = """Hà Tĩnh chủ động phòng cháy, chữa cháy rừng trong cao điểm nắng nóng

Toàn tỉnh Hà Tĩnh hiện có trên 363.000 ha đất lâm nghiệp, trong đó diện tích rừng trồng khoảng 115.000 ha, chủ yếu là thông, keo, bạch đàn - những loài cây dễ cháy. Theo Đài Khí tượng thủy văn tỉnh, từ tháng 5 đến tháng 8/2025 nắng nóng sẽ kéo dài, nhiệt độ cao nhất có thể lên tới 40-42 độ C, nguy cơ cháy rừng ở cấp IV, cấp V tại nhiều địa phương.

Giai đoạn 2021-2024, trên địa bàn tỉnh xảy ra 27 vụ cháy rừng, làm thiệt hại khoảng 184,5 ha rừng, chủ yếu là rừng thông nhựa tại các huyện Can Lộc, Thạch Hà, Hương Khê. Riêng năm 2024 xảy ra 4 vụ, diện tích thiệt hại 12,3 ha, giảm 76% so với năm 2023.

Theo Kế hoạch số 112/KH-UBND ngày 10/3/2025 của UBND tỉnh, năm 2025 phấn đấu giảm tối thiểu 20% số vụ cháy rừng so với bình quân giai đoạn 2021-2024; 100% vụ cháy rừng được phát hiện sớm, dập tắt trong vòng 2 giờ. Kinh phí dành cho công tác phòng cháy, chữa cháy rừng năm 2025 dự kiến khoảng 18,5 tỷ đồng, trong đó ngân sách tỉnh 12 tỷ đồng.

Đến nay, toàn tỉnh đã thành lập 1.150 tổ đội quần chúng bảo vệ rừng với gần 9.800 thành viên; duy trì 36 chòi canh lửa và 24 camera cảnh báo cháy rừng. Lực lượng kiểm lâm đã phát quang, làm mới 215 km đường băng cản lửa, đạt 86% kế hoạch.

Mới đây, tại xã Thạch Ngọc (huyện Thạch Hà), UBND tỉnh tổ chức diễn tập chữa cháy rừng cấp tỉnh với sự tham gia của hơn 500 người, 12 xe chữa cháy và 30 máy thổi gió. Tình huống giả định đám cháy lan rộng trên diện tích 5 ha rừng thông, lực lượng tham gia đã khống chế thành công.

THU HÀ
18/4/2025
"""

G = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
DN = P("Đến nay", None, "2025-04-18")
TH = "Thạch Hà"

figs = [
    F("trên 363.000 ha", "363.000", 363000, "measure", "ha", "diện tích đất lâm nghiệp", approx="over"),
    F("khoảng 115.000 ha", "115.000", 115000, "measure", "ha", "diện tích rừng trồng", approx="about", total=363000),
    F("40-42 độ C", "40", 40, "measure", "độ C", "nhiệt độ cao nhất", value_max=42, status="forecast",
      period=P("từ tháng 5 đến tháng 8/2025", "2025-05-01", "2025-08-31")),
    F("xảy ra 27 vụ", "27", 27, "count", "vụ", "vụ cháy rừng", period=G),
    F("khoảng 184,5 ha", "184,5", 184.5, "measure", "ha", "diện tích rừng bị thiệt hại do cháy", approx="about", period=G),
    F("xảy ra 4 vụ", "4", 4, "count", "vụ", "vụ cháy rừng", period=Y24),
    F("thiệt hại 12,3 ha", "12,3", 12.3, "measure", "ha", "diện tích rừng bị thiệt hại do cháy",
      change={"direction": "decrease", "value": 76, "unit": "%", "baseline": "năm 2023"}, period=Y24),
    F("tối thiểu 20%", "20", 20, "percent", "%", "mức giảm số vụ cháy rừng", approx="at_least", status="target", period=Y25),
    F("; 100% vụ cháy", "100", 100, "percent", "%", "tỷ lệ vụ cháy rừng được phát hiện sớm, dập tắt", status="target", period=Y25),
    F("trong vòng 2 giờ", "2", 2, "measure", "giờ", "thời gian dập tắt vụ cháy rừng", approx="at_most", status="target",
      period=Y25, optional=True),
    F("khoảng 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng", "kinh phí phòng cháy, chữa cháy rừng", approx="about",
      status="forecast", period=Y25),
    F("tỉnh 12 tỷ đồng", "12", 12e9, "money", "đồng", "kinh phí từ ngân sách tỉnh", total=18.5e9, status="forecast", period=Y25),
    F("thành lập 1.150 tổ đội", "1.150", 1150, "count", "tổ đội", "tổ đội quần chúng bảo vệ rừng", period=DN),
    F("gần 9.800 thành viên", "9.800", 9800, "count", "thành viên", "thành viên tổ đội quần chúng bảo vệ rừng", approx="nearly", period=DN),
    F("duy trì 36 chòi", "36", 36, "count", "chòi canh lửa", "chòi canh lửa", period=DN),
    F("và 24 camera", "24", 24, "count", "camera", "camera cảnh báo cháy rừng", period=DN),
    F("làm mới 215 km", "215", 215, "measure", "km", "đường băng cản lửa được phát quang, làm mới", percent=86,
      period=P("Đến nay", None, "2025-04-18", inh=True)),
    F("hơn 500 người", "500", 500, "count", "người", "người tham gia diễn tập chữa cháy rừng", approx="over", location=TH),
    F("12 xe chữa cháy", "12", 12, "count", "xe chữa cháy", "xe chữa cháy tham gia diễn tập", location=TH),
    F("30 máy thổi gió", "30", 30, "count", "máy thổi gió", "máy thổi gió tham gia diễn tập", location=TH),
    F("diện tích 5 ha", "5", 5, "measure", "ha", "diện tích đám cháy giả định", location=TH, optional=True),
]

write("p307-8", ART, figs, [
    "Party-newspaper style article on forest-fire prevention in Hà Tĩnh; no dateline at the top, byline and bare date '18/4/2025' at the end (published).",
    "'363.000 ha ..., trong đó ... 115.000 ha' part of a whole. '40-42 độ C' is a forecast range for 'từ tháng 5 đến tháng 8/2025'.",
    "'giảm 76% so với năm 2023' is the change of 12,3 ha. Targets for năm 2025 ('phấn đấu'); 'trong vòng 2 giờ' is a limit in a target (optional).",
    "'dự kiến khoảng 18,5 tỷ đồng, trong đó ngân sách tỉnh 12 tỷ đồng': forecast, part with total. 'Đến nay' ends at the published date.",
    "'215 km ..., đạt 86% kế hoạch' share; it inherits 'Đến nay' from its paragraph. Drill at huyện Thạch Hà: location; scenario '5 ha' optional.",
    "Distractors: 'cấp IV, cấp V' (levels), 'Kế hoạch số 112/KH-UBND ngày 10/3/2025', 'giai đoạn 2021-2024' as a baseline, byline/date.",
], published="2025-04-18", location="Hà Tĩnh")
