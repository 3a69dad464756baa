"""p489-6: national press (e-newspaper), NCA survey on online-fraud losses 2023."""
from lib import F, P, I, CH, emit

TEXT = """Số hóa > An ninh mạng
Thứ tư, 20/12/2023, 19:30 (GMT+7)

Người Việt mất khoảng 8.000 tỷ đồng vì lừa đảo trực tuyến năm 2023

Tổng thiệt hại do lừa đảo trực tuyến tại Việt Nam năm 2023 ước khoảng 8.000 tỷ đồng, tăng 9,3% so với năm 2022, theo khảo sát của Hiệp hội An ninh mạng quốc gia (NCA).

Khảo sát được thực hiện từ ngày 5/11 đến ngày 5/12/2023 với 51.000 người dùng tại 63 tỉnh, thành phố. Có 68,6% người được hỏi cho biết từng nhận tin nhắn, cuộc gọi lừa đảo; trong đó từ 30 đến 40% nhận các cuộc gọi này hằng tuần. Khoảng 0,45% người dùng điện thoại thông minh đã trở thành nạn nhân của lừa đảo trực tuyến.

Các hình thức lừa đảo phổ biến nhất là giả danh nhân viên ngân hàng, công ty tài chính (36,4%), lừa đảo mua sắm trực tuyến (22,7%) và mạo danh người thân, bạn bè (15,1%). Thiệt hại bình quân mỗi vụ ở khu vực thành thị và nông thôn lần lượt là 18,5 triệu đồng và 9,2 triệu đồng.

Ông Vũ Duy Hiền, Phó Chánh Văn phòng NCA, cho biết chỉ khoảng 15% số vụ được người dân trình báo với cơ quan công an. Việt Nam hiện đứng thứ 3 Đông Nam Á về tỷ lệ người dùng nhận cuộc gọi lừa đảo, sau Indonesia và Philippines.

Theo Bộ Công an, năm 2023 lực lượng chức năng đã phát hiện hơn 1.500 vụ lừa đảo qua mạng, khởi tố 820 bị can; gần 60% số vụ liên quan đến các đối tượng ở nước ngoài.

NCA dự báo năm 2024 thiệt hại do lừa đảo trực tuyến có thể tăng 10-15% nếu người dùng không nâng cao cảnh giác. Người dân có thể tra cứu số điện thoại, tài khoản đáng ngờ tại nền tảng tinnhiemmang.vn hoặc gọi đường dây nóng 1900.6069.

Lưu Quý
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
SURV = P("từ ngày 5/11 đến ngày 5/12/2023", "2023-11-05", "2023-12-05")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("mất khoảng 8.000 tỷ đồng", "8.000", 8000e9, "money", "đồng", "thiệt hại do lừa đảo trực tuyến", Y23, approx="about"),
    F("ước khoảng 8.000 tỷ đồng", "8.000", 8000e9, "money", "đồng", "tổng thiệt hại do lừa đảo trực tuyến", Y23,
      approx="about", change=CH("increase", 9.3, "%", "năm 2022"), status="estimate"),
    F("với 51.000 người dùng", "51.000", 51000, "count", "người dùng", "người dùng được khảo sát", SURV),
    F("tại 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố được khảo sát", SURV),
    F("Có 68,6%", "68,6", 68.6, "percent", "%", "người được hỏi từng nhận tin nhắn, cuộc gọi lừa đảo", I(SURV)),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "người được hỏi nhận cuộc gọi lừa đảo hằng tuần", I(SURV), value_max=40),
    F("Khoảng 0,45%", "0,45", 0.45, "percent", "%", "người dùng điện thoại thông minh trở thành nạn nhân của lừa đảo trực tuyến",
      I(Y23), approx="about"),
    F("tài chính (36,4%)", "36,4", 36.4, "percent", "%", "hình thức giả danh nhân viên ngân hàng, công ty tài chính", I(Y23)),
    F("trực tuyến (22,7%)", "22,7", 22.7, "percent", "%", "hình thức lừa đảo mua sắm trực tuyến", I(Y23)),
    F("bạn bè (15,1%)", "15,1", 15.1, "percent", "%", "hình thức mạo danh người thân, bạn bè", I(Y23)),
    F("là 18,5 triệu đồng", "18,5", 18.5e6, "money", "đồng", "thiệt hại bình quân mỗi vụ ở khu vực thành thị", I(Y23)),
    F("và 9,2 triệu đồng", "9,2", 9.2e6, "money", "đồng", "thiệt hại bình quân mỗi vụ ở khu vực nông thôn", I(Y23)),
    F("khoảng 15% số vụ", "15", 15, "percent", "%", "số vụ được người dân trình báo với cơ quan công an", approx="about"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "tỷ lệ người dùng nhận cuộc gọi lừa đảo ở Đông Nam Á"),
    F("hơn 1.500 vụ", "1.500", 1500, "count", "vụ", "vụ lừa đảo qua mạng được phát hiện", Y23, approx="over"),
    F("khởi tố 820 bị can", "820", 820, "count", "bị can", "bị can bị khởi tố", Y23),
    F("gần 60%", "60", 60, "percent", "%", "số vụ liên quan đến các đối tượng ở nước ngoài", Y23, approx="nearly"),
    F("tăng 10-15%", "10", 10, "percent", "%", "mức tăng thiệt hại do lừa đảo trực tuyến", Y24, value_max=15, status="forecast"),
]

COMMENTS = [
    "National e-newspaper (VnExpress style, 'Thứ tư, 20/12/2023, 19:30 (GMT+7)'), NCA survey on online-fraud losses 2023; byline at the end.",
    "Location Việt Nam throughout (national survey; Indonesia, Philippines are comparison countries, not places of a figure).",
    "The headline states 8.000 tỷ without 'ước' (actual); the lead's 'ước khoảng' -> estimate + about.",
    "Survey window 'từ ngày 5/11 đến ngày 5/12/2023' is the period of the survey counts (51.000 người dùng, 63 tỉnh).",
    "Shares (68,6%, 30-40% after 'trong đó', bracketed 36,4/22,7/15,1%) are percent figures; percents get no total.",
    "'lần lượt là 18,5 triệu đồng và 9,2 triệu đồng' -> two money figures, each with its own area in the subject.",
    "'dự báo … có thể tăng 10-15%' -> forecast percent range, a rate that is the claim (no change object).",
    "Distractors: dateline, (GMT+7), tinnhiemmang.vn, hotline 1900.6069, 'ngày 5/11'.",
]

emit("p489-6", TEXT, COMMENTS, FIGS, published="2023-12-20", location="Việt Nam")
