from lib import *

A = """UBND HUYỆN MỸ ĐỨC - CỔNG THÔNG TIN ĐIỆN TỬ
Ngày đăng: 16/05/2024 | Người đăng: Phòng Văn hóa và Thông tin

Tổng kết công tác tổ chức Lễ hội chùa Hương năm 2024

Chiều 15/5, UBND huyện Mỹ Đức tổ chức hội nghị tổng kết Lễ hội chùa Hương năm 2024. Lễ hội khai mạc ngày 15/2 (mùng 6 tháng Giêng) và kéo dài đến hết tháng 4.

Theo báo cáo, từ ngày 15/2 đến 30/4/2024, khu di tích và danh thắng Hương Sơn đã đón khoảng 1,35 triệu lượt khách, tăng 12,5% so với mùa lễ hội năm 2023; trong đó tháng 3/2024 đón gần 620.000 lượt, chiếm 45,9%. Riêng ngày khai hội 15/2/2024 có trên 95.000 lượt khách đến dâng hương.

Tổng thu từ bán vé tham quan đạt 86,4 tỷ đồng, vượt 8% kế hoạch; nộp ngân sách thành phố 41,2 tỷ đồng. Doanh thu dịch vụ đò ước đạt 52 tỷ đồng.

Toàn khu vực có 4.260 đò chở khách hoạt động, trong đó 3.980 đò được đăng kiểm, cấp phép (đạt 93,4%). Lực lượng chức năng đã bố trí 1.250 cán bộ, chiến sĩ làm nhiệm vụ; xử lý 37 trường hợp vi phạm, phạt tiền hơn 215 triệu đồng.

Giá vé tham quan giữ ổn định ở mức 80.000 đồng/lượt, giá vé đò 50.000 đồng/lượt. Mọi phản ánh của du khách được tiếp nhận qua đường dây nóng 0243.3827.115.

Năm 2025, huyện đặt mục tiêu đón từ 1,4 đến 1,5 triệu lượt khách, phấn đấu 100% đò được đăng kiểm.

Số lượt xem: 1.046
"""

fest_s = P("từ ngày 15/2 đến 30/4/2024", "2024-02-15", "2024-04-30")
fest = PI("từ ngày 15/2 đến 30/4/2024", "2024-02-15", "2024-04-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

figs = [
    F("khoảng 1,35 triệu lượt khách", "1,35", 1350000, "count", "lượt khách",
      "lượt khách đến khu di tích và danh thắng Hương Sơn", approx="about",
      change=ch("increase", 12.5, "%", "mùa lễ hội năm 2023"), period=fest_s),
    F("gần 620.000 lượt", "620.000", 620000, "count", "lượt", "lượt khách tháng 3/2024",
      approx="nearly", total=1350000, percent=45.9,
      period=P("tháng 3/2024", "2024-03-01", "2024-03-31")),
    F("trên 95.000 lượt khách", "95.000", 95000, "count", "lượt khách", "lượt khách đến dâng hương ngày khai hội",
      approx="over", period=P("ngày khai hội 15/2/2024", "2024-02-15", "2024-02-15")),
    F("đạt 86,4 tỷ đồng", "86,4", 86400000000, "money", "đồng", "tổng thu từ bán vé tham quan",
      change=ch("increase", 8, "%", "kế hoạch"), period=fest),
    F("thành phố 41,2 tỷ đồng", "41,2", 41200000000, "money", "đồng", "nộp ngân sách thành phố", period=fest),
    F("ước đạt 52 tỷ đồng", "52", 52000000000, "money", "đồng", "doanh thu dịch vụ đò",
      status="estimate", period=fest),
    F("có 4.260 đò", "4.260", 4260, "count", "đò", "đò chở khách hoạt động", period=fest),
    F("trong đó 3.980 đò", "3.980", 3980, "count", "đò", "đò được đăng kiểm, cấp phép",
      total=4260, percent=93.4, period=fest),
    F("bố trí 1.250 cán bộ", "1.250", 1250, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ làm nhiệm vụ", period=fest),
    F("xử lý 37 trường hợp", "37", 37, "count", "trường hợp", "trường hợp vi phạm bị xử lý", period=fest),
    F("hơn 215 triệu đồng", "215", 215000000, "money", "đồng", "phạt tiền", approx="over", period=fest),
    F("mức 80.000 đồng/lượt", "80.000", 80000, "money", "đồng/lượt", "giá vé tham quan", period=fest),
    F("vé đò 50.000 đồng/lượt", "50.000", 50000, "money", "đồng/lượt", "giá vé đò", period=fest),
    F("từ 1,4 đến 1,5 triệu lượt khách", "1,4", 1400000, "count", "lượt khách", "lượt khách",
      value_max=1500000, status="target", period=Y25),
    F("phấn đấu 100% đò", "100", 100, "percent", "%", "đò được đăng kiểm", status="target", period=Y25),
]

write("p406-2", A, figs, [
    "District portal (UBND huyện Mỹ Đức, Hà Nội): review of the 2024 Chùa Hương festival; 'Ngày đăng: dd/mm/yyyy' without time, counter at the end.",
    "Festival season 'từ ngày 15/2 đến 30/4/2024' is the period of the visitor total (same sentence) and inherited by the revenue/boat/security paragraphs.",
    "'trong đó tháng 3/2024 … chiếm 45,9%' = part of 1,35 triệu with a share; 'ngày khai hội 15/2/2024' is a one-day period (cf. shared 'Ngày 10/10/2022').",
    "'vượt 8% kế hoạch' is a change with baseline kế hoạch (FIGURES.md result-vs-plan). Ticket prices are money in đồng/lượt.",
    "Distractors: 'Ngày đăng', 'Chiều 15/5', 'ngày 15/2 (mùng 6 tháng Giêng)', 'hết tháng 4', hotline 0243.3827.115, 'Số lượt xem: 1.046'.",
], published="2024-05-16", location="Mỹ Đức")
