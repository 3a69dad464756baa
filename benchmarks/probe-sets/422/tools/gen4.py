from lib import F, P, C, T, write

TEXT = """
BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Phòng cháy, chữa cháy

Tình hình cháy, nổ và kết quả công tác PCCC, CNCH 9 tháng năm 2024
Ngày đăng: 08/10/2024

Theo số liệu của Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07), 9 tháng năm 2024, toàn quốc xảy ra 2.535 vụ cháy, giảm 238 vụ (giảm 8,58%) so với cùng kỳ năm 2023; làm chết 85 người, giảm 46 người; bị thương 95 người, tăng 14 người; thiệt hại về tài sản ước tính 481,6 tỷ đồng, giảm 176,4 tỷ đồng, và 1.070 ha rừng.

Các địa phương xảy ra nhiều vụ cháy là Hà Nội (312 vụ), TP Hồ Chí Minh (287 vụ), Đồng Nai (104 vụ) và Bình Dương (96 vụ). Cháy tại nhà ở chiếm tỷ lệ cao nhất với 1.018 vụ (chiếm 40,2%); cháy tại cơ sở sản xuất, kinh doanh 461 vụ (18,2%); cháy phương tiện giao thông 389 vụ (15,3%).

Lực lượng Cảnh sát PCCC và CNCH đã trực tiếp tổ chức cứu nạn, cứu hộ 2.047 vụ, cứu được 1.157 người, tìm kiếm 1.032 thi thể nạn nhân; trong đó đuối nước là 1.236 vụ, chiếm 60,4%.

Về kiểm tra, xử lý vi phạm, từ đầu năm đến ngày 30/9/2024, lực lượng chức năng đã kiểm tra hơn 1,2 triệu lượt cơ sở, phát hiện 296.740 thiếu sót, vi phạm; xử phạt vi phạm hành chính 25.481 trường hợp với số tiền 348,9 tỷ đồng, tăng 2,3 lần so với cùng kỳ; tạm đình chỉ 2.863 trường hợp, đình chỉ 1.425 trường hợp.

Thời gian tới, Bộ Công an yêu cầu Công an các đơn vị, địa phương tiếp tục thực hiện Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ; phấn đấu đến hết năm 2024 có 100% chung cư mini, nhà trọ nhiều tầng được kiểm tra, phân loại, và bảo đảm 80% số xã có Đội dân phòng được trang bị phương tiện chữa cháy theo quy định tại Thông tư số 149/2020/TT-BCA.

Đường dây nóng của Cục C07: 069.2342.114.
"""

Q = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Qi = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
YTD = P("từ đầu năm đến ngày 30/9/2024", "2024-01-01", "2024-09-30")
TG = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("xảy ra 2.535 vụ cháy", "2.535", 2535, "count", "vụ cháy", "vụ cháy",
      change=C("decrease", 238, "vụ", "cùng kỳ năm 2023"), period=Q),
    F("(giảm 8,58%)", "8,58", 8.58, "percent", "%", "số vụ cháy giảm so với cùng kỳ năm 2023",
      period=Q, optional=True),
    F("làm chết 85 người", "85", 85, "count", "người", "người chết do cháy",
      change=C("decrease", 46, "người"), period=Q),
    F("bị thương 95 người", "95", 95, "count", "người", "người bị thương do cháy",
      change=C("increase", 14, "người"), period=Q),
    F("ước tính 481,6 tỷ đồng", "481,6", 481600000000, "money", "đồng", "thiệt hại về tài sản",
      status="estimate", change=C("decrease", 176400000000, "đồng"), period=Q),
    F("1.070 ha rừng", "1.070", 1070, "measure", "ha", "rừng bị thiệt hại do cháy",
      status="estimate", period=Q),
    F("Hà Nội (312 vụ)", "312", 312, "count", "vụ", "vụ cháy", location="Hà Nội", period=Qi),
    F("TP Hồ Chí Minh (287 vụ)", "287", 287, "count", "vụ", "vụ cháy", location="Hồ Chí Minh", period=Qi),
    F("Đồng Nai (104 vụ)", "104", 104, "count", "vụ", "vụ cháy", location="Đồng Nai", period=Qi),
    F("Bình Dương (96 vụ)", "96", 96, "count", "vụ", "vụ cháy", location="Bình Dương", period=Qi),
    F("với 1.018 vụ", "1.018", 1018, "count", "vụ", "cháy tại nhà ở", percent=40.2, period=Qi),
    F("kinh doanh 461 vụ", "461", 461, "count", "vụ", "cháy tại cơ sở sản xuất, kinh doanh", percent=18.2, period=Qi),
    F("giao thông 389 vụ", "389", 389, "count", "vụ", "cháy phương tiện giao thông", percent=15.3, period=Qi),
    F("cứu hộ 2.047 vụ", "2.047", 2047, "count", "vụ", "vụ cứu nạn, cứu hộ trực tiếp tổ chức", period=Qi),
    F("cứu được 1.157 người", "1.157", 1157, "count", "người", "người được cứu", period=Qi),
    F("tìm kiếm 1.032 thi thể", "1.032", 1032, "count", "thi thể", "thi thể nạn nhân được tìm kiếm", period=Qi),
    F("là 1.236 vụ", "1.236", 1236, "count", "vụ", "vụ đuối nước", total=2047, percent=60.4, period=Qi),
    F("hơn 1,2 triệu lượt", "1,2", 1200000, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra",
      approx="over", period=YTD),
    F("phát hiện 296.740 thiếu sót", "296.740", 296740, "count", "thiếu sót, vi phạm", "thiếu sót, vi phạm được phát hiện",
      period=YTD),
    F("hành chính 25.481 trường hợp", "25.481", 25481, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính",
      period=YTD),
    F("tiền 348,9 tỷ đồng", "348,9", 348900000000, "money", "đồng", "số tiền xử phạt vi phạm hành chính",
      change=C("increase", 2.3, "lần", "cùng kỳ"), period=YTD),
    F("tạm đình chỉ 2.863 trường hợp", "2.863", 2863, "count", "trường hợp", "trường hợp bị tạm đình chỉ", period=YTD),
    F("đình chỉ 1.425 trường hợp", "1.425", 1425, "count", "trường hợp", "trường hợp bị đình chỉ", period=YTD),
    F("có 100% chung cư mini", "100", 100, "percent", "%", "chung cư mini, nhà trọ nhiều tầng được kiểm tra, phân loại",
      status="target", period=TG),
    F("bảo đảm 80% số xã", "80", 80, "percent", "%", "số xã có Đội dân phòng được trang bị phương tiện chữa cháy",
      status="target", period=TG),
]

write(4, TEXT, [
    "Bộ Công an portal (ministry site): national fire, rescue and inspection figures, 9 tháng năm 2024; 'Ngày đăng:' without time.",
    "Changes in the lead sentence attach to the figure they follow ('làm chết 85 người, giảm 46 người'); '(giảm 8,58%)' is the second change of",
    "2.535 vụ, an optional percent figure. Province list items take their province as location (subject 'vụ cháy'). Shares in brackets after a",
    "count ('461 vụ (18,2%)') are that count's percent; no total without a part-of cue. '1.236 vụ' after 'trong đó' has total 2.047 and percent 60,4.",
    "'tăng 2,3 lần so với cùng kỳ' is the change of 348,9 tỷ đồng. Targets with 'phấn đấu đến hết năm 2024' (start null).",
    "Distractors: '(C07)', 'Chỉ thị số 19/CT-TTg', 'Thông tư số 149/2020/TT-BCA', 'ngày 30/9/2024' inside the period, hotline 069.2342.114.",
], FIGS, published="2024-10-08", location="Việt Nam")
