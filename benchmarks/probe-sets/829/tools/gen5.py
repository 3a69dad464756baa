"""p829-5: Party/provincial newspaper (Báo Thái Bình), solar glass plant; byline and bare date at the end."""
from lib import C, F, I, P, T, write

TEXT = """Kính năng lượng mặt trời Thái Bình vươn ra thế giới

Những ngày giữa tháng Tư, tại Khu công nghiệp Sông Trà, dây chuyền sản xuất kính siêu trắng dùng cho tấm pin năng lượng mặt trời của Công ty TNHH Kính Quang Minh hoạt động hết công suất. Mỗi ngày, nhà máy tiêu thụ khoảng 1.200 tấn cát trắng, tro soda và đá vôi, cho ra hơn 95.000 m2 kính tấm dày 2-3,2 mm.

Ông Trần Văn Hùng, Phó Giám đốc công ty cho biết: Quý I/2025, công ty xuất khẩu 24,6 triệu m2 kính, doanh thu đạt 1.380 tỷ đồng, tăng 21% so với cùng kỳ năm 2024. Khoảng 85% sản lượng được xuất sang Ấn Độ, Thổ Nhĩ Kỳ và các nước Đông Nam Á. Nhà máy dùng khí thiên nhiên khai thác tại địa phương thay cho dầu FO, giúp giảm khoảng 15% chi phí nhiên liệu.

Hiện công ty có 1.150 lao động, trong đó 860 người là lao động địa phương, thu nhập bình quân 12,5 triệu đồng/người/tháng. Năm 2024, doanh nghiệp nộp ngân sách 187 tỷ đồng, đứng thứ 3 trong số các doanh nghiệp nộp ngân sách lớn nhất tỉnh.

Theo Sở Công Thương, quý I/2025, giá trị sản xuất ngành thủy tinh, kính của tỉnh ước đạt 2.150 tỷ đồng, chiếm 4,2% giá trị sản xuất công nghiệp toàn tỉnh. Năm 2025, Kính Quang Minh dự kiến đầu tư dây chuyền thứ hai công suất 1.000 tấn/ngày, tổng vốn khoảng 3.500 tỷ đồng, nâng tổng công suất nhà máy lên 2.200 tấn/ngày và tạo việc làm cho thêm 600 lao động.

Cùng với kính, tỉnh đang kêu gọi đầu tư vào các dự án vật liệu mới, kính tiết kiệm năng lượng tại các khu công nghiệp ven biển, gắn với nguồn khí mỏ và cảng biển.

THU HIỀN
18/04/2025
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn", "cát trắng, tro soda và đá vôi nhà máy tiêu thụ mỗi ngày",
      approx="about"),
    F("hơn 95.000 m2", "95.000", 95000, "measure", "m2", "kính tấm nhà máy cho ra mỗi ngày", approx="over"),
    F("dày 2-3,2 mm", "2", 2, "measure", "mm", "độ dày kính tấm", value_max=3.2, optional=True),
    F("xuất khẩu 24,6 triệu m2", "24,6", 24.6e6, "measure", "m2", "kính công ty xuất khẩu", Q1),
    F("đạt 1.380 tỷ đồng", "1.380", 1380e9, "money", "đồng", "doanh thu của công ty", Q1,
      change=C("increase", 21, baseline="cùng kỳ năm 2024")),
    F("Khoảng 85% sản lượng", "85", 85, "percent", "%", "tỷ trọng sản lượng xuất sang Ấn Độ, Thổ Nhĩ Kỳ và Đông Nam Á",
      approx="about"),
    F("giảm khoảng 15%", "15", 15, "percent", "%", "chi phí nhiên liệu giảm", approx="about"),
    F("có 1.150 lao động", "1.150", 1150, "count", "lao động", "lao động của công ty"),
    F("860 người", "860", 860, "count", "người", "lao động địa phương của công ty", total=1150),
    F("12,5 triệu đồng/người/tháng", "12,5", 12.5e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động"),
    F("ngân sách 187 tỷ đồng", "187", 187e9, "money", "đồng", "nộp ngân sách của doanh nghiệp",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "doanh nghiệp nộp ngân sách lớn nhất tỉnh",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("ước đạt 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", "giá trị sản xuất ngành thủy tinh, kính",
      P("quý I/2025", "2025-01-01", "2025-03-31"), percent=4.2, status="estimate"),
    F("công suất 1.000 tấn/ngày", "1.000", 1000, "measure", "tấn/ngày", "công suất dây chuyền thứ hai", Y25,
      status="forecast"),
    F("khoảng 3.500 tỷ đồng", "3.500", 3500e9, "money", "đồng", "tổng vốn đầu tư dây chuyền thứ hai", Y25,
      approx="about", status="forecast"),
    F("lên 2.200 tấn/ngày", "2.200", 2200, "measure", "tấn/ngày", "tổng công suất nhà máy", Y25, status="forecast"),
    F("thêm 600 lao động", "600", 600, "count", "lao động", "lao động được tạo việc làm thêm", Y25, status="forecast"),
]

write("p829-5", TEXT, FIGS, published="2025-04-18", location="Thái Bình", comments=[
    "Provincial Party newspaper (Báo Thái Bình): a solar-glass plant; byline THU HIỀN and bare date 18/04/2025 at the end.",
    "Distractors: 'Những ngày giữa tháng Tư', Khu công nghiệp Sông Trà, 'dây chuyền thứ hai' (ordinal), the bare date.",
    "'dày 2-3,2 mm' is the product's specification: optional.",
    "'Khoảng 85% sản lượng' states no period (a standing share); 'giảm khoảng 15% chi phí nhiên liệu' has no base amount: a percent figure, no change.",
    "'trong đó 860 người' -> total 1.150. 'chiếm 4,2%' is the share (percent) of 2.150 tỷ đồng.",
    "'Năm 2025, ... dự kiến ...': every figure of that sentence is a forecast (the cue continues through its clauses).",
])
