"""p1066-5: Party/provincial newspaper (Báo Bắc Ninh), FDI factories' rooftop solar; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Doanh nghiệp FDI tận dụng mái nhà xưởng làm điện mặt trời

Trước áp lực chi phí điện và yêu cầu "xanh hóa" chuỗi cung ứng, nhiều doanh nghiệp trong các khu công nghiệp của tỉnh đã đầu tư điện mặt trời mái nhà tự sản tự tiêu.

Tại KCN Quế Võ II, Công ty TNHH Điện tử Sao Mai vừa đưa vào vận hành hệ thống 3,2 MWp lắp trên gần 28.000 m2 mái nhà xưởng, tổng vốn đầu tư khoảng 36 tỷ đồng. Mỗi năm hệ thống dự kiến phát khoảng 4,1 triệu kWh, tương đương 18% nhu cầu điện của nhà máy, giảm phát thải hơn 2.900 tấn CO2. Với giá điện sản xuất giờ cao điểm trên 3.000 đồng/kWh, doanh nghiệp ước tiết kiệm 7-8 tỷ đồng/năm. Thời gian hoàn vốn của dự án khoảng 4,5 năm.

Theo Ban Quản lý các khu công nghiệp tỉnh, 10 tháng đầu năm 2024 có 58 doanh nghiệp đăng ký lắp đặt điện mặt trời mái nhà với tổng công suất 112,6 MWp, tăng gấp 2,4 lần so với cùng kỳ năm 2023. Trong số này có 47 doanh nghiệp FDI, chủ yếu từ Hàn Quốc, Trung Quốc và Nhật Bản.

Tuy nhiên, theo đại diện Công ty Điện lực Bắc Ninh, hiện mới có khoảng 12% diện tích mái nhà xưởng trong các khu công nghiệp được khai thác; tiềm năng còn lại khoảng 700 MWp. Mục tiêu đến năm 2025, toàn tỉnh có 200 MWp điện mặt trời mái nhà tự sản tự tiêu tại các khu, cụm công nghiệp.

Doanh nghiệp có nhu cầu được hướng dẫn thủ tục tại trụ sở Công ty Điện lực Bắc Ninh, số 4 đường Lý Thái Tổ, TP Bắc Ninh, hoặc gọi tổng đài 1900.1288.

NGỌC ANH

18/11/2024
"""

M10 = P("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
FIG = [
    F("hệ thống 3,2 MWp", "3,2", 3.2, "measure", "MWp", "công suất hệ thống điện mặt trời mái nhà của Công ty TNHH Điện tử Sao Mai"),
    F("gần 28.000 m2", "28.000", 28000, "measure", "m2", "diện tích mái nhà xưởng lắp đặt", approx="nearly"),
    F("khoảng 36 tỷ đồng", "36", 36000000000, "money", "đồng", "tổng vốn đầu tư", approx="about"),
    F("khoảng 4,1 triệu kWh", "4,1", 4100000, "measure", "kWh/năm", "sản lượng điện hệ thống phát mỗi năm",
      approx="about", status="forecast", percent=18),
    F("hơn 2.900 tấn", "2.900", 2900, "measure", "tấn CO2", "lượng phát thải CO2 giảm", approx="over", status="forecast"),
    F("trên 3.000 đồng/kWh", "3.000", 3000, "money", "đồng/kWh", "giá điện sản xuất giờ cao điểm", approx="over"),
    F("tiết kiệm 7-8 tỷ", "7", 7000000000, "money", "đồng/năm", "chi phí doanh nghiệp tiết kiệm", value_max=8000000000,
      status="estimate"),
    F("khoảng 4,5 năm", "4,5", 4.5, "measure", "năm", "thời gian hoàn vốn của dự án", approx="about"),
    F("có 58 doanh nghiệp", "58", 58, "count", "doanh nghiệp", "doanh nghiệp đăng ký lắp đặt điện mặt trời mái nhà", M10),
    F("tổng công suất 112,6 MWp", "112,6", 112.6, "measure", "MWp", "tổng công suất đăng ký", M10,
      change=C("increase", 2.4, "lần", "cùng kỳ năm 2023")),
    F("có 47 doanh nghiệp", "47", 47, "count", "doanh nghiệp", "doanh nghiệp FDI", I(M10), total=58),
    F("khoảng 12% diện tích", "12", 12, "percent", "%", "diện tích mái nhà xưởng trong các khu công nghiệp được khai thác",
      approx="about"),
    F("khoảng 700 MWp", "700", 700, "measure", "MWp", "tiềm năng điện mặt trời mái nhà còn lại", approx="about"),
    F("có 200 MWp", "200", 200, "measure", "MWp", "điện mặt trời mái nhà tự sản tự tiêu tại các khu, cụm công nghiệp",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

NOTES = [
    "Báo Bắc Ninh style: an FDI factory's rooftop system in KCN Quế Võ II, province registrations 10 months 2024, target 2025. Byline and bare date at the end.",
    "The province is named ('Công ty Điện lực Bắc Ninh', 'TP Bắc Ninh'): location Bắc Ninh throughout. The factory's 3,2 MWp is the news itself, not an",
    "example's specification: required. 'dự kiến' governs '4,1 triệu kWh' and the continuing clause 'giảm phát thải hơn 2.900 tấn CO2' (forecast);",
    "'tương đương 18% nhu cầu điện' is the percent of 4,1 triệu kWh. 'tăng gấp 2,4 lần so với cùng kỳ năm 2023' is the change (lần) of 112,6 MWp.",
    "'Trong số này có 47 doanh nghiệp FDI' → total 58. Mục tiêu … 200 MWp → target, period 'đến năm 2025' (as-of end).",
    "Distractors: KCN Quế Võ II, số 4 đường Lý Thái Tổ, tổng đài 1900.1288, bare date 18/11/2024.",
]
write(5, TEXT, FIG, NOTES, published="2024-11-18", location="Bắc Ninh")
