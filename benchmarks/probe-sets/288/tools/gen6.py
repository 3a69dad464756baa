from lib import *

T = """Thời sự

Ma túy tổng hợp vẫn diễn biến phức tạp, người nghiện ngày càng trẻ hóa

Thứ tư, 26/6/2024, 07:45 (GMT+7)

Phát biểu tại lễ mít tinh hưởng ứng Ngày Quốc tế và Ngày toàn dân phòng, chống ma túy 26/6 tổ chức tại Hà Nội sáng 25/6, Thứ trưởng Bộ Công an cho biết năm 2023, lực lượng chức năng cả nước đã phát hiện, bắt giữ 26.925 vụ, 44.817 đối tượng phạm tội về ma túy, thu giữ 1,4 tấn heroin, 11,2 tấn ma túy tổng hợp và hơn 1,7 triệu viên ma túy tổng hợp các loại.

Trong 5 tháng đầu năm 2024, số vụ bắt giữ tăng 11,6% so với cùng kỳ, trong khi lượng ma túy tổng hợp thu giữ giảm khoảng 20%. Tuyến biên giới Việt - Lào vẫn là điểm nóng, chiếm 62% lượng heroin thu giữ.

Về cai nghiện, năm 2023 cả nước tổ chức cai nghiện cho 42.600 lượt người, trong đó cai nghiện tự nguyện tại gia đình, cộng đồng là 9.850 lượt (chiếm 23,1%). Số bệnh nhân điều trị methadone đạt 52.368 người tại 63 tỉnh, thành phố; tỷ lệ duy trì điều trị khoảng 80%.

Theo ước tính, cả nước có khoảng 250.000 người sử dụng trái phép chất ma túy, trong đó người nghiện chiếm khoảng 75%, độ tuổi từ 16 đến 30 chiếm gần 60%. Đáng lo ngại, số học sinh, sinh viên sử dụng ma túy được phát hiện trong năm 2023 là 1.243 em, tăng gần gấp đôi so với năm 2022.

Triển khai Chỉ thị 36-CT/TW của Bộ Chính trị, Bộ Công an đề nghị các địa phương phấn đấu đến năm 2025 có 50% xã, phường, thị trấn không có ma túy. Người dân có thể cung cấp thông tin qua số điện thoại 069.234.2593.

Minh Nguyệt
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
M5 = P("Trong 5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
M5i = P("Trong 5 tháng đầu năm 2024", "2024-01-01", "2024-05-31", inh=True)
figs = [
    F("bắt giữ 26.925 vụ", "26.925", 26925, "count", "vụ", "vụ phạm tội về ma túy bị phát hiện, bắt giữ", Y23),
    F("44.817 đối tượng", "44.817", 44817, "count", "đối tượng", "đối tượng phạm tội về ma túy", Y23),
    F("1,4 tấn heroin", "1,4", 1.4, "measure", "tấn", "heroin thu giữ", Y23),
    F("11,2 tấn", "11,2", 11.2, "measure", "tấn", "ma túy tổng hợp thu giữ", Y23),
    F("hơn 1,7 triệu viên", "1,7", 1700000, "count", "viên", "viên ma túy tổng hợp thu giữ", Y23, approx="over"),
    F("tăng 11,6%", "11,6", 11.6, "percent", "%", "số vụ bắt giữ tăng", M5),
    F("giảm khoảng 20%", "20", 20, "percent", "%", "lượng ma túy tổng hợp thu giữ giảm", M5, approx="about"),
    F("chiếm 62%", "62", 62, "percent", "%", "lượng heroin thu giữ của tuyến biên giới Việt - Lào", M5i),
    F("cho 42.600 lượt", "42.600", 42600, "count", "lượt người", "lượt người được tổ chức cai nghiện", Y23),
    F("là 9.850 lượt", "9.850", 9850, "count", "lượt", "cai nghiện tự nguyện tại gia đình, cộng đồng", Y23,
      total=42600, percent=23.1),
    F("đạt 52.368 người", "52.368", 52368, "count", "người", "bệnh nhân điều trị methadone", Y23i),
    F("tại 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố điều trị methadone", Y23i),
    F("khoảng 80%", "80", 80, "percent", "%", "tỷ lệ duy trì điều trị", Y23i, approx="about"),
    F("khoảng 250.000 người", "250.000", 250000, "count", "người", "người sử dụng trái phép chất ma túy",
      approx="about", status="estimate"),
    F("chiếm khoảng 75%", "75", 75, "percent", "%", "người nghiện chiếm", approx="about", status="estimate"),
    F("từ 16 đến 30", "16", 16, "measure", "tuổi", "độ tuổi", value_max=30, optional=True),
    F("chiếm gần 60%", "60", 60, "percent", "%", "độ tuổi từ 16 đến 30 chiếm", approx="nearly", status="estimate"),
    F("là 1.243 em", "1.243", 1243, "count", "em", "học sinh, sinh viên sử dụng ma túy được phát hiện",
      P("trong năm 2023", "2023-01-01", "2023-12-31"),
      change=ch("increase", 2, "lần", "năm 2022", "nearly")),
    F("có 50% xã", "50", 50, "percent", "%", "xã, phường, thị trấn không có ma túy",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]
build(6, T, [
    "National press (section 'Thời sự', dateline 'Thứ tư, 26/6/2024, 07:45 (GMT+7)', byline at the end): national drug figures.",
    "Distractors: 'Ngày ... phòng, chống ma túy 26/6', 'sáng 25/6', venue 'tại Hà Nội' (not the figures' place: national → Việt Nam),",
    "'Chỉ thị 36-CT/TW', phone 069.234.2593, 'Biên giới Việt - Lào', '(GMT+7)'. Age range 'từ 16 đến 30' defines a group: optional.",
    "'số vụ bắt giữ tăng 11,6%' and 'giảm khoảng 20%' are rates that are the claim: percent figures without change.",
    "'9.850 lượt (chiếm 23,1%)' after 'trong đó' → total 42.600, percent 23,1. 'Theo ước tính' → estimate for the clause chain;",
    "'người nghiện chiếm khoảng 75%' is a percent of its own (a percent has no whole in people). 'tăng gần gấp đôi so với năm 2022' → change 2 lần (nearly).",
], figs, published="2024-06-26", location="Việt Nam")
