"""p1082-8: provincial newspaper online (Báo Long An, tag (BLA) -), index-based rice insurance; headline figure."""
from lib import F, build, period, inherit, change, target

TEXT = """Báo Long An Online
Kinh tế › Nông nghiệp
Long An: Gần 3,2 tỷ đồng bồi thường bảo hiểm lúa
08/10/2024 - 15:40

(BLA) - 9 tháng đầu năm 2024, các doanh nghiệp bảo hiểm trên địa bàn tỉnh đã chi trả gần 3,2 tỷ đồng tiền bồi thường cho 1.137 hộ trồng lúa bị thiệt hại do hạn hán, xâm nhập mặn và rầy nâu. Số tiền bồi thường tăng 46% so với cùng kỳ năm 2023.

Hiện toàn tỉnh có 4.216 ha lúa của 2.874 hộ tham gia bảo hiểm, tập trung ở các huyện vùng Đồng Tháp Mười dọc Quốc lộ 62 gồm Tân Hưng (1.530 ha), Vĩnh Hưng (1.205 ha), Mộc Hóa (846 ha) và Tân Thạnh (635 ha).

Khác với cách bảo hiểm truyền thống, tỉnh áp dụng bảo hiểm theo chỉ số năng suất khu vực: khi năng suất bình quân của xã giảm từ 10% trở lên so với năng suất bình quân 5 vụ gần nhất, toàn bộ hộ tham gia trong xã được bồi thường mà không cần giám định từng thửa ruộng.

Tại xã Hưng Điền A (huyện Vĩnh Hưng), năng suất lúa Hè Thu chỉ đạt 4,6 tấn/ha, thấp hơn 23% so với năng suất bình quân; 318 hộ được bồi thường tổng cộng 684 triệu đồng, bình quân hơn 2,1 triệu đồng/hộ. Ông Lê Văn Năm (ấp 3, xã Hưng Điền A) sản xuất 4,5 ha lúa, đóng phí hơn 4,3 triệu đồng mỗi vụ và nhận bồi thường 9,8 triệu đồng.

Theo Sở Nông nghiệp và Phát triển nông thôn, tỷ lệ hộ tham gia hài lòng với phương thức chi trả đạt 92,5%. Năm 2025, tỉnh phấn đấu mở rộng diện tích lúa tham gia bảo hiểm lên 6.000 ha, trong đó khoảng 50% diện tích tham gia theo hình thức liên kết với doanh nghiệp bao tiêu; dự kiến ngân sách tỉnh bố trí 1,5 tỷ đồng hỗ trợ phí.

THANH HẢI
"""

M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
VH = "Vĩnh Hưng"
SUBJ_A = "diện tích lúa tham gia bảo hiểm"

FIGS = [
    F("Gần 3,2 tỷ đồng bồi thường", "3,2", 3.2e9, "money", "đồng", "bồi thường bảo hiểm lúa", approx="nearly"),
    F("trả gần 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "tiền bồi thường bảo hiểm lúa", approx="nearly", period=M9),
    F("cho 1.137 hộ", "1.137", 1137, "count", "hộ", "hộ trồng lúa bị thiệt hại được bồi thường", period=M9),
    F("tăng 46%", "46", 46, "percent", "%", "số tiền bồi thường tăng so với cùng kỳ", period=inherit(M9)),
    F("có 4.216 ha", "4.216", 4216, "measure", "ha", SUBJ_A),
    F("của 2.874 hộ", "2.874", 2874, "count", "hộ", "hộ tham gia bảo hiểm lúa"),
    F("Tân Hưng (1.530 ha)", "1.530", 1530, "measure", "ha", SUBJ_A, total=4216, location="Tân Hưng"),
    F("Vĩnh Hưng (1.205 ha)", "1.205", 1205, "measure", "ha", SUBJ_A, total=4216, location=VH),
    F("Mộc Hóa (846 ha)", "846", 846, "measure", "ha", SUBJ_A, total=4216, location="Mộc Hóa"),
    F("Tân Thạnh (635 ha)", "635", 635, "measure", "ha", SUBJ_A, total=4216, location="Tân Thạnh"),
    F("từ 10% trở lên", "10", 10, "percent", "%", "mức giảm năng suất bình quân của xã để được bồi thường",
      approx="at_least", optional=True),
    F("bình quân 5 vụ", "5", 5, "count", "vụ", "số vụ tính năng suất bình quân", optional=True),
    F("đạt 4,6 tấn/ha", "4,6", 4.6, "measure", "tấn/ha", "năng suất lúa Hè Thu",
      change=change("decrease", 23, "%", "năng suất bình quân"), location=VH),
    F("318 hộ", "318", 318, "count", "hộ", "hộ được bồi thường", location=VH),
    F("cộng 684 triệu đồng", "684", 684e6, "money", "đồng", "tổng số tiền bồi thường", location=VH),
    F("hơn 2,1 triệu đồng/hộ", "2,1", 2.1e6, "money", "đồng/hộ", "số tiền bồi thường bình quân", approx="over",
      location=VH),
    F("sản xuất 4,5 ha", "4,5", 4.5, "measure", "ha", "diện tích lúa của ông Lê Văn Năm", location=VH, optional=True),
    F("hơn 4,3 triệu đồng", "4,3", 4.3e6, "money", "đồng/vụ", "phí bảo hiểm ông Lê Văn Năm đóng", approx="over",
      location=VH),
    F("bồi thường 9,8 triệu đồng", "9,8", 9.8e6, "money", "đồng", "tiền bồi thường ông Lê Văn Năm nhận", location=VH),
    F("đạt 92,5%", "92,5", 92.5, "percent", "%", "tỷ lệ hộ tham gia hài lòng với phương thức chi trả"),
    F("lên 6.000 ha", "6.000", 6000, "measure", "ha", SUBJ_A, status="target", period=Y25),
    F("khoảng 50% diện tích", "50", 50, "percent", "%", "diện tích tham gia theo hình thức liên kết với doanh nghiệp bao tiêu",
      approx="about", status="target", period=Y25),
    F("bố trí 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "ngân sách tỉnh bố trí hỗ trợ phí", status="forecast",
      period=Y25),
]

build("p1082-8", TEXT, FIGS, published="2024-10-08", location="Long An", comments=[
    "Provincial newspaper online (Báo Long An, '(BLA) -' tag, headline with a figure, '08/10/2024 - 15:40').",
    "'Số tiền bồi thường tăng 46% so với cùng kỳ năm 2023' is a growth rate standing as its own sentence: percent, no change object.",
    "District list after 'gồm' adds up to 4.216 ha (1.530+1.205+846+635) → total 4216, each district is the location.",
    "'Hiện …' sentences get no period. Index thresholds (từ 10% trở lên, 5 vụ) and the farmer's 4,5 ha are optional.",
    "'thấp hơn 23% so với năng suất bình quân' → change (decrease 23%) of 4,6 tấn/ha. Figures in xã Hưng Điền A → Vĩnh Hưng.",
    "'Năm 2025, tỉnh phấn đấu … 6.000 ha, trong đó khoảng 50% …' → target; after ';' 'dự kiến … 1,5 tỷ' → forecast, same sentence so năm 2025.",
    "Distractors: Đồng Tháp Mười (region name with 'Mười'), Quốc lộ 62, ấp 3, the name Lê Văn Năm, 15:40.",
])
