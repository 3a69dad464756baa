from lib import F, P, CH, TG, emit

TEXT = """Thời sự › Chính trị

Tòa án thụ lý gần 673.000 vụ việc, án ly hôn chiếm hơn 34%

Thứ ba, 22/10/2024, 10:45 (GMT+7)

Cả nước có 230.000 vụ ly hôn trong một năm, trung bình mỗi ngày các Tòa án thụ lý khoảng 630 vụ.

Trình bày báo cáo công tác của ngành Tòa án tại Kỳ họp thứ 8, Quốc hội khóa XV, Chánh án TAND tối cao cho biết, từ ngày 01/10/2023 đến 30/9/2024, các Tòa án đã thụ lý 672.904 vụ việc, tăng 26.148 vụ việc so với cùng kỳ; đã giải quyết, xét xử 622.563 vụ việc, đạt tỷ lệ 92,52%.

Các chỉ tiêu Quốc hội giao đều đạt và vượt. Tỷ lệ giải quyết án hình sự đạt 98,86% (chỉ tiêu là 95%); tỷ lệ bản án, quyết định bị hủy, sửa do nguyên nhân chủ quan là 0,89%, thấp hơn 0,61% so với chỉ tiêu.

Các địa phương có số lượng án thụ lý lớn nhất là TP Hồ Chí Minh (hơn 97.000 vụ việc), Hà Nội (gần 62.000 vụ việc), Bình Dương (28.400 vụ việc) và Đồng Nai (21.950 vụ việc).

Số vụ án ly hôn tiếp tục ở mức cao, khoảng 230.000 vụ, chiếm 34,2% tổng số vụ việc thụ lý; trong đó hơn 70% do người vợ đứng đơn. Nguyên nhân chủ yếu là mâu thuẫn gia đình, bạo lực gia đình và ngoại tình.

Đáng chú ý, các Tòa án đã tổ chức 35.270 phiên tòa trực tuyến, tăng gấp 2,1 lần so với cùng kỳ năm trước. Từ năm 2021 đến nay, toàn quốc đã tổ chức hơn 78 nghìn phiên tòa trực tuyến, tiết kiệm khoảng 500 tỷ đồng chi phí trích xuất, dẫn giải bị cáo. Việc xét xử trực tuyến được thực hiện theo Nghị quyết số 33/2021/QH15 của Quốc hội.

Năm 2025, TAND tối cao đặt mục tiêu tổ chức ít nhất 40.000 phiên tòa trực tuyến và số hóa 100% hồ sơ vụ án đã giải quyết xong.

Tổng đài hỗ trợ: 1900 9254

Sơn Hà
"""

Y = P("từ ngày 01/10/2023 đến 30/9/2024", "2023-10-01", "2024-09-30")
Yi = P("từ ngày 01/10/2023 đến 30/9/2024", "2023-10-01", "2024-09-30", inh=True)
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-22")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("gần 673.000 vụ việc", "673.000", 673000, "count", "vụ việc", "vụ việc Tòa án thụ lý", approx="nearly"),
    F("chiếm hơn 34%", "34", 34, "percent", "%", "tỷ lệ án ly hôn", approx="over"),
    F("có 230.000 vụ ly hôn", "230.000", 230000, "count", "vụ", "vụ ly hôn trong một năm"),
    F("khoảng 630 vụ", "630", 630, "count", "vụ", "vụ ly hôn trung bình mỗi ngày các Tòa án thụ lý", approx="about"),
    F("thụ lý 672.904 vụ việc", "672.904", 672904, "count", "vụ việc", "vụ việc các Tòa án đã thụ lý", Y,
      change=CH("increase", 26148, "vụ việc", "cùng kỳ")),
    F("xét xử 622.563 vụ việc", "622.563", 622563, "count", "vụ việc", "vụ việc đã giải quyết, xét xử", Y,
      percent=92.52),
    F("đạt 98,86%", "98,86", 98.86, "percent", "%", "Tỷ lệ giải quyết án hình sự", Yi, target=TG(95, "%", True)),
    F("là 0,89%", "0,89", 0.89, "percent", "%", "tỷ lệ bản án, quyết định bị hủy, sửa do nguyên nhân chủ quan", Yi,
      change=CH("decrease", 0.61, "%", "chỉ tiêu")),
    F("hơn 97.000 vụ việc", "97.000", 97000, "count", "vụ việc", "số lượng án thụ lý", Yi, approx="over",
      location="Hồ Chí Minh"),
    F("gần 62.000 vụ việc", "62.000", 62000, "count", "vụ việc", "số lượng án thụ lý", Yi, approx="nearly",
      location="Hà Nội"),
    F("Bình Dương (28.400 vụ việc)", "28.400", 28400, "count", "vụ việc", "số lượng án thụ lý", Yi,
      location="Bình Dương"),
    F("Đồng Nai (21.950 vụ việc)", "21.950", 21950, "count", "vụ việc", "số lượng án thụ lý", Yi,
      location="Đồng Nai"),
    F("khoảng 230.000 vụ", "230.000", 230000, "count", "vụ", "Số vụ án ly hôn", Yi, approx="about",
      percent=34.2),
    F("hơn 70% do người vợ", "70", 70, "percent", "%", "vụ án ly hôn do người vợ đứng đơn", Yi, approx="over"),
    F("tổ chức 35.270 phiên", "35.270", 35270, "count", "phiên tòa", "phiên tòa trực tuyến", Yi,
      change=CH("increase", 2.1, "lần", "cùng kỳ năm trước")),
    F("hơn 78 nghìn phiên", "78", 78000, "count", "phiên tòa", "phiên tòa trực tuyến", SINCE, approx="over"),
    F("khoảng 500 tỷ đồng", "500", 500e9, "money", "đồng", "tiết kiệm chi phí trích xuất, dẫn giải bị cáo", SINCE,
      approx="about"),
    F("ít nhất 40.000 phiên", "40.000", 40000, "count", "phiên tòa", "phiên tòa trực tuyến", Y25,
      approx="at_least", status="target"),
    F("số hóa 100% hồ sơ", "100", 100, "percent", "%", "số hóa hồ sơ vụ án đã giải quyết xong", Y25, status="target"),
]

COMMENTS = [
    "National press (VnExpress-style), 'Thứ ba, dd/mm/yyyy, hh:mm (GMT+7)'; TAND tối cao's report to the National Assembly; location Việt Nam.",
    "The courts' working year is written out: 'từ ngày 01/10/2023 đến 30/9/2024' gives start 2023-10-01, end 2024-09-30 (same sentence: scored).",
    "'tăng 26.148 vụ việc so với cùng kỳ' is the change of 672.904 in unit vụ việc. '(chỉ tiêu là 95%)' target; 'thấp hơn 0,61% so với chỉ tiêu' change.",
    "Province list after the indicator 'số lượng án thụ lý': places to location. '230.000 vụ, chiếm 34,2% tổng số vụ việc thụ lý' has percent 34.2 only",
    "(the whole is named, not stated as a number there, so no total). 'hơn 70%' after 'trong đó' is a share of its own (percent, no total).",
    "Lead: 'trong một năm' is not a datable period (no period); the title's 'hơn 34%' is a share of its own. 'Từ năm 2021 đến nay' ends at the dateline.",
    "Distractors: Kỳ họp thứ 8, Quốc hội khóa XV, Nghị quyết số 33/2021/QH15, hotline 1900 9254, (GMT+7), dateline.",
]

emit("p355-4", TEXT, COMMENTS, FIGS, published="2024-10-22", location="Việt Nam")
