"""p864-2: huyện Thạch Thất (Hà Nội) district portal, new district stadium, 10/2024."""
from lib import F, write, period, year, asof, change, target

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH THẤT
Trang chủ / Tin tức - Sự kiện / Văn hóa - Thể thao
Thứ Hai, 14/10/2024 - 10:05

Khánh thành Sân vận động trung tâm huyện Thạch Thất

Sáng 12/10, UBND huyện Thạch Thất tổ chức lễ khánh thành và đưa vào sử dụng Sân vận động trung tâm huyện tại xã Kim Quan, nằm sát Quốc lộ 21A. Đây là công trình chào mừng kỷ niệm 70 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2024). Công trình được khởi công từ tháng 3/2023 trên diện tích hơn 4,2 ha, với tổng mức đầu tư 96,8 tỷ đồng từ ngân sách huyện. Sân có hai khán đài với sức chứa khoảng 6.500 chỗ ngồi, mặt sân cỏ tự nhiên kích thước 105 x 68 m, đường chạy 8 làn cùng hệ thống chiếu sáng công suất 240 kW.

Theo ông Nguyễn Văn Hùng, Phó Chủ tịch UBND huyện, đến nay toàn huyện có 23/23 xã, thị trấn có sân thể thao trung tâm; 279 nhà văn hóa thôn có khu thể thao, trong đó 212 nhà đạt chuẩn theo quy định. Từ đầu năm đến nay, các xã đã xây mới 14 sân bóng đá mini cỏ nhân tạo và 37 sân pickleball. Hiện toàn huyện có 126 sân bóng đá mini, gấp 2 lần năm 2020.

Phong trào thể thao quần chúng phát triển mạnh với 186 câu lạc bộ, thu hút trên 12.000 hội viên. Tỷ lệ dân số tập luyện thể dục thể thao thường xuyên đạt 41,2%, cao hơn 3,5 điểm phần trăm so với mức bình quân của thành phố. Năm 2025, huyện phấn đấu hoàn thành Nhà thi đấu đa năng huyện quy mô 1.200 chỗ ngồi với kinh phí dự kiến khoảng 75 tỷ đồng.

Minh Hằng (Trung tâm Văn hóa, Thông tin và Thể thao huyện)
"""

NOW = asof("đến nay", "2024-10-14")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y25 = year("Năm 2025", 2025)

FIGS = [
    F("diện tích hơn 4,2 ha", "4,2", 4.2, "measure", "ha", "diện tích Sân vận động trung tâm huyện", approx="over"),
    F("tổng mức đầu tư 96,8 tỷ đồng", "96,8", 96.8e9, "money", "đồng", "tổng mức đầu tư Sân vận động trung tâm huyện"),
    F("Sân có hai khán đài", "hai", 2, "count", "khán đài", "khán đài", optional=True),
    F("khoảng 6.500 chỗ ngồi", "6.500", 6500, "count", "chỗ ngồi", "sức chứa hai khán đài", approx="about"),
    F("kích thước 105 x", "105", 105, "measure", "m", "kích thước mặt sân cỏ tự nhiên (chiều dài)", optional=True),
    F("x 68 m", "68", 68, "measure", "m", "kích thước mặt sân cỏ tự nhiên (chiều rộng)", optional=True),
    F("đường chạy 8 làn", "8", 8, "count", "làn", "làn đường chạy"),
    F("công suất 240 kW", "240", 240, "measure", "kW", "công suất hệ thống chiếu sáng"),
    F("có 23/23 xã", "23", 23, "count", "xã, thị trấn", "xã, thị trấn có sân thể thao trung tâm", total=23, period=NOW),
    F("279 nhà văn hóa", "279", 279, "count", "nhà văn hóa", "nhà văn hóa thôn có khu thể thao", period=NOW),
    F("đó 212 nhà", "212", 212, "count", "nhà", "nhà văn hóa thôn đạt chuẩn", total=279, period=NOW),
    F("xây mới 14 sân", "14", 14, "count", "sân bóng đá mini", "sân bóng đá mini cỏ nhân tạo xây mới", period=YTD),
    F("và 37 sân pickleball", "37", 37, "count", "sân pickleball", "sân pickleball xây mới", period=YTD),
    F("có 126 sân bóng đá mini", "126", 126, "count", "sân bóng đá mini", "sân bóng đá mini",
      change=change("increase", 2, "lần", "năm 2020")),
    F("với 186 câu lạc bộ", "186", 186, "count", "câu lạc bộ", "câu lạc bộ thể thao quần chúng"),
    F("trên 12.000 hội viên", "12.000", 12000, "count", "hội viên", "hội viên câu lạc bộ", approx="over"),
    F("đạt 41,2%", "41,2", 41.2, "percent", "%", "tỷ lệ dân số tập luyện thể dục thể thao thường xuyên",
      change=change("increase", 3.5, "điểm phần trăm", "mức bình quân của thành phố")),
    F("quy mô 1.200 chỗ ngồi", "1.200", 1200, "count", "chỗ ngồi", "quy mô Nhà thi đấu đa năng huyện", status="target", period=Y25),
    F("khoảng 75 tỷ đồng", "75", 75e9, "money", "đồng", "kinh phí Nhà thi đấu đa năng huyện", approx="about",
      status="forecast", period=Y25),
]

COMMENTS = [
    "Thạch Thất district portal (Hà Nội): opening of the district stadium, facilities in the communes, mass sport, 2025 plan.",
    "Location is the district (Thạch Thất) throughout; 'mức bình quân của thành phố' is only a baseline.",
    "Not figures: 'Thứ Hai, 14/10/2024 - 10:05', 'Sáng 12/10', 'Quốc lộ 21A', 'kỷ niệm 70 năm' (an anniversary's name),",
    "'(10/10/1954 - 10/10/2024)', 'tháng 3/2023'. Pitch size 105 x 68 m and 'hai khán đài' are specifications: optional.",
    "'đến nay' is as-of the dateline; 'Từ đầu năm đến nay' runs from 1/1/2024 to the dateline; 'Hiện' gives no period.",
    "1.200 chỗ ngồi stands in the 'phấn đấu' clause: target; 'kinh phí dự kiến' is a forecast.",
]

write("p864-2", TEXT, FIGS, COMMENTS, published="2024-10-14", location="Thạch Thất")
