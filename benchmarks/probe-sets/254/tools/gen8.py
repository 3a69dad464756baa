from lib import *

A = """BÁO ĐÀ NẴNG - Khoa học công nghệ

Hệ sinh thái khởi nghiệp đổi mới sáng tạo Đà Nẵng: Từ ươm tạo đến gọi vốn

Giai đoạn 2021-2025, hệ sinh thái khởi nghiệp đổi mới sáng tạo của thành phố ghi nhận khoảng 250 dự án khởi nghiệp, trong đó hơn 60 dự án đã thành lập doanh nghiệp. Các quỹ đầu tư trong và ngoài nước đã rót vốn vào 38 startup với tổng giá trị gần 16 triệu USD.

Tính đến tháng 10/2024, thành phố có 7 vườn ươm, 12 không gian làm việc chung và 25 tổ chức thúc đẩy kinh doanh. Năm 2024, ngân sách thành phố chi khoảng 18,5 tỷ đồng hỗ trợ khởi nghiệp, tăng 15% so với năm 2023; mỗi dự án được hỗ trợ từ 100 đến 500 triệu đồng tùy quy mô.

Theo bảng xếp hạng của StartupBlink năm 2024, Đà Nẵng đứng thứ 3 cả nước về hệ sinh thái khởi nghiệp, sau Hà Nội và TP Hồ Chí Minh; trên thế giới, thành phố xếp thứ 879, tăng 67 bậc so với năm 2023. Sự kiện Techfest Đà Nẵng 2024 tổ chức tại Khu công nghệ cao thu hút hơn 3.000 lượt người tham dự, 120 gian trưng bày sản phẩm công nghệ.

Tuy vậy, tỷ lệ startup duy trì hoạt động sau 3 năm mới đạt khoảng 35%. Theo Giám đốc Sở Khoa học và Công nghệ, nhiều dự án còn thiếu vốn mồi và kỹ năng gọi vốn.

Thực hiện Nghị quyết số 43/2022/QH15 về thí điểm một số cơ chế, chính sách đặc thù phát triển thành phố Đà Nẵng, thành phố phấn đấu đến năm 2030 có ít nhất 500 dự án khởi nghiệp đổi mới sáng tạo, 100 doanh nghiệp khởi nghiệp được đầu tư, tổng vốn gọi được đạt trên 50 triệu USD.

Thùy Trang

27/11/2024
"""

G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Gi = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31", inh=True)
T10 = P("Tính đến tháng 10/2024", None, "2024-10-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
S24 = P("năm 2024", "2024-01-01", "2024-12-31")
TG = P("đến năm 2030", None, "2030-12-31")
FIG = [
    F("khoảng 250 dự án", "250", 250, "count", "dự án khởi nghiệp", "dự án khởi nghiệp", approx="about", period=G),
    F("hơn 60 dự án", "60", 60, "count", "dự án", "dự án đã thành lập doanh nghiệp", approx="over", total=250, period=G),
    F("vào 38 startup", "38", 38, "count", "startup", "startup được các quỹ đầu tư rót vốn", period=Gi),
    F("gần 16 triệu USD", "16", 16e6, "money", "USD", "tổng giá trị vốn đầu tư rót vào startup", approx="nearly", period=Gi),
    F("có 7 vườn ươm", "7", 7, "count", "vườn ươm", "vườn ươm", period=T10),
    F("12 không gian", "12", 12, "count", "không gian làm việc chung", "không gian làm việc chung", period=T10),
    F("25 tổ chức", "25", 25, "count", "tổ chức thúc đẩy kinh doanh", "tổ chức thúc đẩy kinh doanh", period=T10),
    F("khoảng 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng", "ngân sách thành phố chi hỗ trợ khởi nghiệp", approx="about",
      change=C("increase", 15, "%", "năm 2023"), period=Y24),
    F("từ 100 đến 500 triệu đồng", "100", 100e6, "money", "đồng", "mức hỗ trợ mỗi dự án", value_max=500e6, period=Y24),
    F("đứng thứ 3 cả nước", "3", 3, "rank", "hạng", "hệ sinh thái khởi nghiệp", period=S24),
    F("xếp thứ 879", "879", 879, "rank", "hạng", "hệ sinh thái khởi nghiệp trên thế giới",
      change=C("increase", 67, "bậc", "năm 2023"), period=S24),
    F("hơn 3.000 lượt", "3.000", 3000, "count", "lượt người", "lượt người tham dự Techfest Đà Nẵng 2024", approx="over",
      period=P("Techfest Đà Nẵng 2024", "2024-01-01", "2024-12-31", inh=True)),
    F(", 120 gian", "120", 120, "count", "gian trưng bày", "gian trưng bày sản phẩm công nghệ",
      period=P("Techfest Đà Nẵng 2024", "2024-01-01", "2024-12-31", inh=True)),
    F("sau 3 năm", "3", 3, "measure", "năm", "thời gian duy trì hoạt động của startup", optional=True),
    F("khoảng 35%", "35", 35, "percent", "%", "tỷ lệ startup duy trì hoạt động sau 3 năm", approx="about"),
    F("ít nhất 500 dự án", "500", 500, "count", "dự án khởi nghiệp", "dự án khởi nghiệp đổi mới sáng tạo", approx="at_least",
      status="target", period=TG),
    F(", 100 doanh nghiệp", "100", 100, "count", "doanh nghiệp", "doanh nghiệp khởi nghiệp được đầu tư", status="target", period=TG),
    F("trên 50 triệu USD", "50", 50e6, "money", "USD", "tổng vốn gọi được", approx="over", status="target", period=TG),
]

build(8, A, FIG, comments=[
    "Party newspaper (Báo Đà Nẵng): the city's innovative-startup ecosystem 2021-2025. No dateline at the top: bare date '27/11/2024' at the end,",
    "after the byline.",
    "Distractors: 'Nghị quyết số 43/2022/QH15', 'Techfest Đà Nẵng 2024' (an event name), 'Khu công nghệ cao', 'Hà Nội và TP Hồ Chí Minh'",
    "(named only as those ranked ahead, not the place of any figure), 'StartupBlink năm 2024' (a ranking edition: the rank's period).",
    "'khoảng 250 …, trong đó hơn 60 …' total 250. 'từ 100 đến 500 triệu đồng' range (value_max 5·10^8). 'tăng 67 bậc so với năm 2023' is",
    "the world rank's change. Targets 'đến năm 2030' → end 2030-12-31, start null. '3 năm' (survival horizon) optional.",
    "'khoảng 35%': no period in its paragraph (a rate of the ecosystem), so none.",
], published="2024-11-27", location="Đà Nẵng")
