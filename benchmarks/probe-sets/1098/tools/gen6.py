"""p1098-6: national newspaper (VnExpress style), a black-grape farm in Gò Dầu, Tây Ninh, July 2024."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Nông nghiệp
Chủ nhật, 14/7/2024, 07:30 (GMT+7)

Vườn nho hạ đen hút khách ở Tây Ninh

Vườn nho rộng 3 ha của anh Lê Văn Năm ở xã Thanh Phước, huyện Gò Dầu, ngay cạnh đường tỉnh 782, mỗi ngày cuối tuần đón 300-400 khách đến tham quan, hái nho.

Năm 2019, anh Năm bỏ nghề lái xe, đầu tư hơn 2 tỷ đồng làm giàn, hệ thống tưới nhỏ giọt và mua 1.800 gốc nho giống. Sau gần 3 năm thử nghiệm, vườn cho thu hoạch ổn định 3 lứa mỗi năm, mỗi lứa khoảng 12-15 tấn.

"Nho bán tại vườn giá 60.000-80.000 đồng/kg, khách hái xong cân mang về. Vé vào cổng 50.000 đồng/người, trẻ em dưới 1,2 m miễn vé", anh Năm nói. Từ đầu năm đến nay, vườn đón hơn 9.000 lượt khách, doanh thu khoảng 1,5 tỷ đồng, cao hơn 40% so với cùng kỳ năm ngoái. Vườn tạo việc làm thường xuyên cho 8 lao động địa phương với thu nhập 7 triệu đồng/người/tháng.

Theo Sở Nông nghiệp và Phát triển nông thôn Tây Ninh, toàn tỉnh hiện có khoảng 65 ha nho, gấp 3 lần năm 2020, tập trung ở Gò Dầu, Trảng Bàng và Châu Thành. Năng suất nho bình quân đạt 25 tấn/ha/năm. Lợi nhuận từ cây nho gấp 5-6 lần trồng lúa trên cùng diện tích.

Tỉnh dự kiến đến năm 2025 phát triển thêm 40 ha nho gắn với du lịch sinh thái, đồng thời hỗ trợ 50% chi phí xây dựng nhà màng cho các hộ trồng nho, tối đa 200 triệu đồng/hộ theo Nghị quyết số 12/2023/NQ-HĐND.

Hoàng Nam
"""

Y19 = P("Năm 2019", "2019-01-01", "2019-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-14")
T25 = P("đến năm 2025", None, "2025-12-31")
GD = "Gò Dầu"

FIGS = [
    F("rộng 3 ha", "3", 3, "measure", "ha", "diện tích vườn nho của anh Lê Văn Năm", location=GD),
    F("300-400 khách", "300", 300, "measure", "khách/ngày", "khách đến tham quan, hái nho mỗi ngày cuối tuần",
      value_max=400, location=GD),
    F("hơn 2 tỷ", "2", 2e9, "money", "đồng", "vốn đầu tư làm giàn, hệ thống tưới và mua giống", Y19,
      approx="over", location=GD),
    F("1.800 gốc", "1.800", 1800, "count", "gốc nho giống", "gốc nho giống mua", Y19, location=GD),
    F("gần 3 năm", "3", 3, "measure", "năm", "thời gian thử nghiệm", approx="nearly", location=GD, optional=True),
    F("3 lứa mỗi năm", "3", 3, "measure", "lứa/năm", "lứa thu hoạch nho", location=GD),
    F("khoảng 12-15 tấn", "12", 12, "measure", "tấn/lứa", "sản lượng nho mỗi lứa", value_max=15,
      approx="about", location=GD),
    F("60.000-80.000", "60.000", 60000, "money", "đồng/kg", "giá nho bán tại vườn", value_max=80000, location=GD),
    F("50.000 đồng/người", "50.000", 50000, "money", "đồng/người", "giá vé vào cổng vườn nho", location=GD),
    F("dưới 1,2 m", "1,2", 1.2, "measure", "m", "chiều cao trẻ em được miễn vé", approx="under",
      location=GD, optional=True),
    F("hơn 9.000 lượt khách", "9.000", 9000, "count", "lượt khách", "lượt khách đến vườn nho", YTD,
      approx="over", location=GD),
    F("khoảng 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", "doanh thu vườn nho", YTD, approx="about",
      location=GD, change=C("increase", 40, "%", "cùng kỳ năm ngoái")),
    F("cho 8 lao động", "8", 8, "count", "lao động", "lao động địa phương có việc làm thường xuyên", location=GD),
    F("7 triệu", "7", 7e6, "money", "đồng/người/tháng", "thu nhập của lao động", location=GD),
    F("khoảng 65 ha", "65", 65, "measure", "ha", "diện tích nho", approx="about",
      change=C("increase", 3, "lần", "năm 2020")),
    F("25 tấn/ha/năm", "25", 25, "measure", "tấn/ha/năm", "năng suất nho bình quân"),
    F("gấp 5-6 lần", "5", 5, "multiple", "lần", "lợi nhuận từ cây nho so với trồng lúa", value_max=6),
    F("thêm 40 ha", "40", 40, "measure", "ha", "diện tích nho gắn với du lịch sinh thái phát triển thêm", T25,
      status="forecast"),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "hỗ trợ chi phí xây dựng nhà màng cho hộ trồng nho", T25,
      status="forecast"),
    F("tối đa 200 triệu", "200", 200e6, "money", "đồng/hộ", "mức hỗ trợ xây dựng nhà màng", T25,
      approx="at_most", status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style): 'Chủ nhật, 14/7/2024, 07:30 (GMT+7)', byline at the end.",
    "The farm's figures are located in huyện Gò Dầu (district named); the province's figures in Tây Ninh.",
    "Rates keep their denominator: 'mỗi ngày cuối tuần đón 300-400 khách' = khách/ngày, '3 lứa mỗi năm' = lứa/năm, 'mỗi lứa ... 12-15 tấn' = tấn/lứa.",
    "'cao hơn 40% so với cùng kỳ năm ngoái' is the change of 1,5 tỷ (the 'hơn' of 'cao hơn' is comparative, not approx);",
    "'gấp 3 lần năm 2020' after 65 ha is its change; 'gấp 5-6 lần trồng lúa' standing alone is a multiple.",
    "'dự kiến đến năm 2025 ... đồng thời hỗ trợ ...' -> forecast for the whole sentence. 'gần 3 năm thử nghiệm' and 'dưới 1,2 m' optional.",
    "Distractors: the name 'Lê Văn Năm', 'đường tỉnh 782', Nghị quyết số 12/2023/NQ-HĐND, the dateline time.",
]

write("p1098-6", TEXT, NOTES, FIGS, published="2024-07-14", location="Tây Ninh")
