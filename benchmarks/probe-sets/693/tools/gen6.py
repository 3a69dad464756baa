"""p693-6: national press (VnExpress-like) — TP HCM motorbike fleet, trial emission tests, planned inspection stations (2025)."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự > Giao thông
Thứ hai, 3/3/2025, 07:00 (GMT+7)

TP HCM có 7,4 triệu xe máy, hơn 60% đã dùng trên 10 năm

Thành phố dự kiến xây 28 trạm kiểm định khí thải xe máy, phí mỗi lượt 50.000-70.000 đồng.

Theo Sở Giao thông vận tải TP HCM, tính đến cuối năm 2024, thành phố có khoảng 7,4 triệu xe máy đăng ký, chiếm gần 10% tổng số xe máy cả nước. Trong đó, hơn 4,5 triệu xe đã sử dụng trên 10 năm. Riêng năm 2024, thành phố đăng ký mới 236.500 xe máy, giảm 5,1% so với năm 2023.

Kết quả đo thử nghiệm do Sở phối hợp Viện Môi trường và Tài nguyên thực hiện trên 1.230 xe tại 2 trạm ở quận 5 và TP Thủ Đức trong tháng 1/2025 cho thấy tỷ lệ không đạt ngưỡng CO là 13,7%, không đạt ngưỡng HC là 9,2%. Nhóm xe đăng ký trước năm 2008 có tỷ lệ không đạt cao nhất, tới 28,5%.

Theo đề án trình UBND thành phố, mỗi trạm kiểm định dự kiến có vốn đầu tư khoảng 2-2,5 tỷ đồng, công suất 300-400 xe/ngày. Các trạm sẽ được xã hội hóa, đặt gần 22 trạm đăng kiểm ô tô hiện có.

Ông Nguyễn Văn Hòa, Phó giám đốc Sở Giao thông vận tải, cho biết người thu nhập thấp có xe không đạt chuẩn được dự kiến hỗ trợ tối đa 4 triệu đồng/xe khi chuyển sang xe điện. "Chúng tôi sẽ làm từng bước, không để người dân bị động", ông nói.

Gia Minh
"""

ASOF = P("tính đến cuối năm 2024", None, "2024-12-31")
J25 = P("tháng 1/2025", "2025-01-01", "2025-01-31")

FIGS = [
    F("có 7,4 triệu", "7,4", 7400000, "count", "xe máy", "xe máy", I(ASOF)),
    F("hơn 60%", "60", 60, "percent", "%", "tỷ lệ xe máy đã dùng trên 10 năm", I(ASOF), approx="over"),
    F("đã dùng trên 10 năm", "10", 10, "measure", "năm", approx="over", optional=True),
    F("xây 28 trạm", "28", 28, "count", "trạm kiểm định", "trạm kiểm định khí thải xe máy", status="forecast"),
    F("50.000-70.000", "50.000", 50000, "money", "đồng", "phí kiểm định khí thải mỗi lượt", value_max=70000,
      status="forecast"),
    F("khoảng 7,4 triệu", "7,4", 7400000, "count", "xe máy", "xe máy đăng ký", ASOF, approx="about", percent=10),
    F("hơn 4,5 triệu", "4,5", 4500000, "count", "xe", "xe máy đã sử dụng trên 10 năm", I(ASOF), approx="over",
      total=7400000),
    F("mới 236.500 xe máy", "236.500", 236500, "count", "xe máy", "xe máy đăng ký mới",
      P("năm 2024", "2024-01-01", "2024-12-31"), change=CH("decrease", 5.1, "%", "năm 2023")),
    F("sử dụng trên 10 năm", "10", 10, "measure", "năm", approx="over", optional=True),
    F("trên 1.230 xe", "1.230", 1230, "count", "xe", "xe được đo thử nghiệm khí thải", J25),
    F("tại 2 trạm", "2", 2, "count", "trạm", "trạm đo thử nghiệm khí thải", J25),
    F("13,7%", "13,7", 13.7, "percent", "%", "tỷ lệ xe không đạt ngưỡng CO", J25),
    F("9,2%", "9,2", 9.2, "percent", "%", "tỷ lệ xe không đạt ngưỡng HC", J25),
    F("tới 28,5%", "28,5", 28.5, "percent", "%", "tỷ lệ không đạt của nhóm xe đăng ký trước năm 2008", I(J25)),
    F("khoảng 2-2,5 tỷ", "2", 2000000000, "money", "đồng", "vốn đầu tư mỗi trạm kiểm định", value_max=2500000000,
      approx="about", status="forecast"),
    F("300-400 xe/ngày", "300", 300, "measure", "xe/ngày", "công suất mỗi trạm kiểm định", value_max=400,
      status="forecast"),
    F("gần 22 trạm", "22", 22, "count", "trạm đăng kiểm ô tô", "trạm đăng kiểm ô tô hiện có"),
    F("tối đa 4 triệu", "4", 4000000, "money", "đồng/xe",
      "mức hỗ trợ người thu nhập thấp chuyển sang xe điện", approx="at_most", status="forecast"),
]

COMMENTS = [
    "National press (invented, VnExpress-like): 'Thứ hai, 3/3/2025, 07:00 (GMT+7)'; byline 'Gia Minh' at the end. Location TP Hồ Chí Minh.",
    "'thực hiện trên 1.230 xe': 'trên' means 'on', so exact. Not figures: (GMT+7), 'quận 5' (a district name), 'trước năm 2008', 'TP Thủ Đức'. 'trên 10 năm' (age group) optional, twice.",
    "Headline '7,4 triệu' and '60%' take the lead's as-of period (inherited). Sapo 'dự kiến xây 28 trạm …, phí mỗi lượt …' → forecast both.",
    "'chiếm gần 10% tổng số xe máy cả nước' is the percent of 7,4 triệu. 'đặt gần 22 trạm' — 'gần' here means 'near' (location), not",
    "'nearly': the 22 stations are exact and not a forecast ('hiện có'). 'được dự kiến hỗ trợ tối đa 4 triệu' → forecast, at_most.",
]

if __name__ == "__main__":
    emit("p693-6", TEXT, COMMENTS, FIGS, published="2025-03-03", location="TP Hồ Chí Minh")
