"""p1104-6: national newspaper, record April 2024 temperatures; national."""
from lib import F, P, I, C, build

TEXT = """Thời sự > Thời tiết
Thứ bảy, 4/5/2024, 08:15 (GMT+7)

Ba trạm khí tượng lập kỷ lục nhiệt độ tháng 4

Nắng nóng kéo dài khiến 3 trạm khí tượng ở Bắc Trung Bộ ghi nhận mức nhiệt tháng 4 cao nhất trong lịch sử quan trắc.

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, ngày 27/4, trạm Hồi Xuân (Thanh Hóa) đo được 43,8 độ C, vượt kỷ lục cũ 0,8 độ C; Tương Dương (Nghệ An) 43,4 độ C và Hương Khê (Hà Tĩnh) 42,9 độ C.

Tính chung tháng 4/2024, Trung Bộ có 15 ngày nắng nóng, nhiều hơn trung bình nhiều năm 6 ngày; Bắc Bộ có 9 ngày. Nhiệt độ trung bình tháng trên cả nước cao hơn trung bình nhiều năm 1,5-2 độ C, xếp thứ 2 trong chuỗi số liệu quan trắc từ năm 1961.

Nắng nóng cũng khiến số người nhập viện do say nắng tăng. Tại TP Hồ Chí Minh, Bệnh viện Nhân dân 115 cho biết trong tháng 4 tiếp nhận trung bình 35 ca say nắng, kiệt sức do nóng mỗi tuần, tăng khoảng 40% so với tháng 3. Bác sĩ khuyến cáo người dân uống đủ nước, tránh ra đường từ 11h đến 15h.

Nhu cầu làm mát tăng kéo phụ tải điện lên cao. Theo Tập đoàn Điện lực Việt Nam (EVN), công suất tiêu thụ điện toàn quốc ngày 26/4 đạt 46.900 MW, tăng 12,3% so với cùng kỳ năm 2023; sản lượng tiêu thụ cùng ngày khoảng 977 triệu kWh.

Dự báo trong tháng 5, nắng nóng tiếp tục xuất hiện ở Bắc Bộ và Trung Bộ với 2-3 đợt diện rộng, nhiệt độ cao nhất có nơi trên 41 độ C. Từ nửa cuối tháng 5, mưa dông có xu hướng gia tăng ở Nam Bộ và Tây Nguyên, nắng nóng giảm dần.

Gia Chính
"""

APR = P("tháng 4", "2024-04-01", "2024-04-30")
APR24 = P("tháng 4/2024", "2024-04-01", "2024-04-30")
D27 = P("ngày 27/4", "2024-04-27", "2024-04-27")
D26 = P("ngày 26/4", "2024-04-26", "2024-04-26")
MAY = P("trong tháng 5", "2024-05-01", "2024-05-31")
TMAX = "nhiệt độ cao nhất"
FIGS = [
    F("Ba trạm khí tượng", "Ba", 3, "count", "trạm khí tượng", "trạm khí tượng lập kỷ lục nhiệt độ tháng 4", APR),
    F("khiến 3 trạm", "3", 3, "count", "trạm khí tượng", "trạm khí tượng ghi nhận mức nhiệt tháng 4 cao nhất", APR),
    F("đo được 43,8 độ C", "43,8", 43.8, "measure", "độ C", TMAX, D27, location="Thanh Hóa",
      change=C("increase", 0.8, "độ C", "kỷ lục cũ")),
    F("Tương Dương (Nghệ An) 43,4 độ C", "43,4", 43.4, "measure", "độ C", TMAX, D27, location="Tương Dương"),
    F("Hương Khê (Hà Tĩnh) 42,9 độ C", "42,9", 42.9, "measure", "độ C", TMAX, D27, location="Hương Khê"),
    F("có 15 ngày", "15", 15, "count", "ngày", "ngày nắng nóng ở Trung Bộ", APR24,
      change=C("increase", 6, "ngày", "trung bình nhiều năm")),
    F("có 9 ngày", "9", 9, "count", "ngày", "ngày nắng nóng ở Bắc Bộ", APR24),
    F("nhiều năm 1,5-2 độ C", "1,5", 1.5, "measure", "độ C",
      "mức cao hơn trung bình nhiều năm của nhiệt độ trung bình tháng", I(APR24), value_max=2),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "nhiệt độ trung bình tháng trên cả nước", I(APR24)),
    F("trung bình 35 ca", "35", 35, "measure", "ca/tuần", "ca say nắng, kiệt sức do nóng tiếp nhận mỗi tuần", APR,
      change=C("increase", 40, "%", "tháng 3", approx="about"), location="TP Hồ Chí Minh"),
    F("đạt 46.900 MW", "46.900", 46900, "measure", "MW", "công suất tiêu thụ điện toàn quốc", D26,
      change=C("increase", 12.3, "%", "cùng kỳ năm 2023")),
    F("khoảng 977 triệu kWh", "977", 977e6, "measure", "kWh", "sản lượng điện tiêu thụ", D26, approx="about"),
    F("với 2-3 đợt", "2", 2, "count", "đợt", "đợt nắng nóng diện rộng", MAY, value_max=3, status="forecast"),
    F("có nơi trên 41 độ C", "41", 41, "measure", "độ C", TMAX, MAY, approx="over", status="forecast"),
]
# the 'trung bình 35 ca' anchor needs the rate's period: 'trong tháng 4' (same sentence)
FIGS[9]["period"] = P("trong tháng 4", "2024-04-01", "2024-04-30")

NOTES = [
    "National newspaper: 'Thứ bảy, 4/5/2024, 08:15 (GMT+7)', byline 'Gia Chính' at the end. Article location Việt Nam.",
    "Year-less 'tháng 4' (headline and lead) takes 2024 from the dateline. Headline 'Ba trạm' (number word) is a figure.",
    "Stations: Hồi Xuân (a thị trấn) → Thanh Hóa; Tương Dương, Hương Khê are district names → that district.",
    "'vượt kỷ lục cũ 0,8 độ C' is the change of 43,8. Regions (Trung Bộ, Bắc Bộ) have no level in the contract: location Việt Nam,",
    "the region goes into the subject. '15 ngày ..., nhiều hơn trung bình nhiều năm 6 ngày' → change 6 ngày.",
    "'cao hơn trung bình nhiều năm 1,5-2 độ C' has no base amount: a measure figure of its own (like a growth rate); 'xếp thứ 2' rank.",
    "'35 ca ... mỗi tuần' is a rate (measure, ca/tuần) with change 'tăng khoảng 40% so với tháng 3'.",
    "Not figures: 'Bệnh viện Nhân dân 115', 'từ năm 1961', '11h đến 15h', 'nửa cuối tháng 5', 'năm 2023' in a baseline.",
]

build("p1104-6", TEXT, FIGS, NOTES, published="2024-05-04", location="Việt Nam")
