"""p598-5: Báo Lai Châu (Party newspaper) — heavy rain triggers a flash flood in Phong Thổ."""
from lib import F, P, I, CH, emit

TEXT = """Mưa lớn gây lũ quét tại Phong Thổ: Lượng mưa 3 ngày vượt 400 mm

(BLC) - Từ đêm 14/7 đến sáng 17/7, mưa lớn diện rộng đã xảy ra trên địa bàn các huyện phía Bắc tỉnh. Theo Đài Khí tượng Thủy văn tỉnh, tổng lượng mưa 3 ngày phổ biến từ 180 đến 260 mm; riêng trạm Pa Vây Sử (huyện Phong Thổ) đo được 412,6 mm, trong đó lượng mưa 24 giờ ngày 15/7 lên tới 227 mm, vượt ngưỡng cảnh báo lũ quét cấp độ 2.

Mưa lớn tập trung trong thời gian ngắn đã gây lũ quét trên suối Nậm Cười lúc 2 giờ 30 phút sáng 16/7, cuốn trôi 14 ngôi nhà tại bản Hoang Thèn, xã Hoang Thèn, huyện Phong Thổ. Nhờ hệ thống cảnh báo sớm phát tín hiệu trước gần 40 phút, chính quyền xã đã kịp sơ tán 63 hộ với 271 khẩu đến nơi an toàn, không có thiệt hại về người.

Thống kê sơ bộ, mưa lũ đã gây sạt lở 237 điểm trên các tuyến đường giao thông, trong đó Quốc lộ 4D có 18 điểm; làm hư hỏng 3 công trình thủy lợi và 2 cầu treo dân sinh; khoảng 64 ha lúa bị vùi lấp. Tổng thiệt hại ước tính 27,5 tỷ đồng, riêng huyện Phong Thổ chiếm trên 60%.

Theo ngành khí tượng, đây là đợt mưa có cường độ lớn nhất từ năm 2018 đến nay. Trong 6 tháng đầu năm 2024, toàn tỉnh đã ghi nhận 9 trận lũ quét, lũ ống, gấp 3 lần cùng kỳ năm 2023.

Tỉnh đã chỉ đạo di dời khẩn cấp 45 hộ tại 4 điểm sạt lở ra khỏi khu vực nguy hiểm, hỗ trợ mỗi hộ 2 triệu đồng và 30 kg gạo. Người dân phát hiện dấu hiệu sạt lở có thể báo tin qua đường dây nóng 0213.3876.114.

Đức Trọng
18/07/2024
"""

EP = P("Từ đêm 14/7 đến sáng 17/7", "2024-07-14", "2024-07-17", inh=True)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("vượt 400 mm", "400", 400, "measure", "mm", "lượng mưa 3 ngày", EP, approx="over", location="Phong Thổ"),
    F("từ 180 đến 260 mm", "180", 180, "measure", "mm", "tổng lượng mưa 3 ngày phổ biến", EP, value_max=260),
    F("được 412,6 mm", "412,6", 412.6, "measure", "mm", "tổng lượng mưa 3 ngày tại trạm Pa Vây Sử", EP, location="Phong Thổ"),
    F("lên tới 227 mm", "227", 227, "measure", "mm", "lượng mưa 24 giờ tại trạm Pa Vây Sử",
      P("ngày 15/7", "2024-07-15", "2024-07-15"), location="Phong Thổ"),
    F("cuốn trôi 14 ngôi nhà", "14", 14, "count", "ngôi nhà", "ngôi nhà bị lũ quét cuốn trôi",
      location="Phong Thổ"),  # 'lúc 2 giờ 30 phút sáng 16/7' is a moment, left without a period (unscored)
    F("gần 40 phút", "40", 40, "measure", "phút", "thời gian hệ thống cảnh báo sớm phát tín hiệu trước", I(EP),
      approx="nearly", location="Phong Thổ"),
    F("sơ tán 63 hộ", "63", 63, "count", "hộ", "hộ được sơ tán đến nơi an toàn", I(EP), location="Phong Thổ"),
    F("271 khẩu", "271", 271, "count", "khẩu", "khẩu được sơ tán đến nơi an toàn", I(EP), location="Phong Thổ"),
    F("sạt lở 237 điểm", "237", 237, "count", "điểm", "điểm sạt lở trên các tuyến đường giao thông", I(EP)),
    F("có 18 điểm", "18", 18, "count", "điểm", "điểm sạt lở trên Quốc lộ 4D", I(EP), total=237),
    F("hỏng 3 công trình", "3", 3, "count", "công trình thủy lợi", "công trình thủy lợi bị hư hỏng", I(EP)),
    F("2 cầu treo", "2", 2, "count", "cầu treo", "cầu treo dân sinh bị hư hỏng", I(EP)),
    F("khoảng 64 ha", "64", 64, "measure", "ha", "lúa bị vùi lấp", I(EP), approx="about"),
    F("tính 27,5 tỷ đồng", "27,5", 27.5e9, "money", "đồng", "tổng thiệt hại", I(EP), status="estimate"),
    F("trên 60%", "60", 60, "percent", "%", "tỷ trọng thiệt hại của huyện Phong Thổ trong tổng thiệt hại", I(EP),
      approx="over", status="estimate", location="Phong Thổ"),
    F("nhận 9 trận", "9", 9, "count", "trận", "trận lũ quét, lũ ống", H1,
      change=CH("increase", 3, "lần", "cùng kỳ năm 2023")),
    F("khẩn cấp 45 hộ", "45", 45, "count", "hộ", "hộ di dời khẩn cấp ra khỏi khu vực nguy hiểm"),
    F("tại 4 điểm", "4", 4, "count", "điểm", "điểm sạt lở có hộ phải di dời khẩn cấp"),
    F("mỗi hộ 2 triệu đồng", "2", 2e6, "money", "đồng", "hỗ trợ mỗi hộ di dời khẩn cấp"),
    F("30 kg gạo", "30", 30, "measure", "kg", "gạo hỗ trợ mỗi hộ di dời khẩn cấp"),
]

COMMENTS = [
    "Báo Lai Châu (invented): the rain episode 14-17/7/2024 and a flash flood in Phong Thổ. Byline and bare date at the end.",
    "Province only as 'tỉnh' and the paper tag (BLC); districts named imply Lai Châu, so the article location is Lai Châu.",
    "Figures of the Phong Thổ station, village and the district share take location Phong Thổ. 'vượt 400 mm' read as approx over.",
    "'trong đó lượng mưa 24 giờ ngày 15/7 ... 227 mm' covers another period than the 3-day 412,6 mm (FIGURES.md: the whole counts",
    "the same thing over the same period): no total. 'ngày 15/7' gives a one-day period.",
    "'gấp 3 lần cùng kỳ năm 2023' after 9 trận is its change (lần). 'chiếm trên 60%' is a share of its own (the district's), not",
    "the percent of 27,5 tỷ; it continues the 'ước tính' clause -> estimate.",
    "Distractors: 'cấp độ 2', '2 giờ 30 phút sáng 16/7', Quốc lộ 4D, 'từ năm 2018 đến nay', hotline, date at the end.",
]

if __name__ == "__main__":
    emit("p598-5", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Lai Châu")
