from lib import F, P, CH, TG, build

ART = """Hải Hậu chủ động ứng phó biến đổi khí hậu, bảo vệ đê biển

Huyện Hải Hậu (Nam Định) có 33,3 km đê biển, trong đó 17,5 km là đoạn xung yếu tại các xã Hải Lý, Hải Chính, Hải Triều và thị trấn Thịnh Long. 9 tháng năm 2024, huyện đã huy động 42,6 tỷ đồng để tu bổ, nâng cấp đê, kè, tăng 18,4% so với cùng kỳ năm 2023; trong đó ngân sách tỉnh 30 tỷ đồng, ngân sách huyện 8,2 tỷ đồng và xã hội hóa 4,4 tỷ đồng.

Trong quý III/2024, huyện hoàn thành 3 công trình kè mỏ hàn với tổng chiều dài 1.260 m tại đoạn K26+500 – K28+000, trồng mới 25 ha rừng ngập mặn phòng hộ, nâng tổng diện tích rừng ngập mặn toàn huyện lên khoảng 310 ha.

Từ đầu năm đến nay, trên địa bàn xảy ra 7 đợt triều cường kết hợp gió mạnh; độ mặn đo tại cống Hải Thịnh có thời điểm lên tới 12‰, cao hơn 3,5‰ so với trung bình nhiều năm. Khoảng 1.140 ha lúa và 265 ha nuôi trồng thủy sản bị ảnh hưởng, thiệt hại ước trên 9 tỷ đồng.

Để giảm phát thải, huyện đã thay thế 2.860 bộ đèn chiếu sáng công cộng bằng đèn LED, giúp tiết kiệm 38-42% điện năng, tương đương khoảng 610 nghìn kWh/năm.

Kế hoạch năm 2025, huyện phấn đấu trồng mới 30 ha rừng ngập mặn, nâng cấp 2,5 km đê biển xung yếu; tỷ lệ hộ dân vùng ven biển được cảnh báo thiên tai kịp thời đạt 100%. Người dân phát hiện sự cố đê điều báo ngay về Thường trực Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn huyện, số điện thoại 0228.3877.216, hoặc Hạt Quản lý đê Hải Hậu, số 15 đường 56.

Trung tâm Văn hóa - Thông tin và Truyền thông huyện
"""

T9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
TD = P("Từ đầu năm đến nay", "2024-01-01", None)
TDi = P("Từ đầu năm đến nay", "2024-01-01", None, inh=True)
K25 = P("năm 2025", "2025-01-01", "2025-12-31")
V = "vốn tu bổ, nâng cấp đê, kè"

FIGS = [
    F("có 33,3 km", "33,3", 33.3, "measure", "km", "chiều dài đê biển"),
    F("trong đó 17,5 km", "17,5", 17.5, "measure", "km", "đê biển đoạn xung yếu", total=33.3),
    F("huy động 42,6 tỷ", "42,6", 42600000000, "money", "đồng", "vốn huy động tu bổ, nâng cấp đê, kè",
      change=CH("+", 18.4, "%", "cùng kỳ năm 2023"), period=T9),
    F("tỉnh 30 tỷ", "30", 30000000000, "money", "đồng", V + " từ ngân sách tỉnh", total=42600000000, period=T9),
    F("huyện 8,2 tỷ", "8,2", 8200000000, "money", "đồng", V + " từ ngân sách huyện", total=42600000000, period=T9),
    F("hóa 4,4 tỷ", "4,4", 4400000000, "money", "đồng", V + " xã hội hóa", total=42600000000, period=T9),
    F("hoàn thành 3 công trình", "3", 3, "count", "công trình", "công trình kè mỏ hàn hoàn thành", period=Q3),
    F("dài 1.260 m", "1.260", 1260, "measure", "m", "tổng chiều dài kè mỏ hàn", period=Q3),
    F("mới 25 ha", "25", 25, "measure", "ha", "rừng ngập mặn phòng hộ trồng mới", period=Q3),
    F("khoảng 310 ha", "310", 310, "measure", "ha", "tổng diện tích rừng ngập mặn toàn huyện", approx="about", period=Q3),
    F("xảy ra 7 đợt", "7", 7, "count", "đợt", "đợt triều cường kết hợp gió mạnh", period=TD),
    F("lên tới 12‰", "12", 12, "measure", "‰", "độ mặn đo tại cống Hải Thịnh",
      change=CH("+", 3.5, "‰", "trung bình nhiều năm"), period=TD),
    F("Khoảng 1.140 ha", "1.140", 1140, "measure", "ha", "lúa bị ảnh hưởng", approx="about", period=TDi),
    F("và 265 ha", "265", 265, "measure", "ha", "nuôi trồng thủy sản bị ảnh hưởng", period=TDi),
    F("ước trên 9 tỷ", "9", 9000000000, "money", "đồng", "thiệt hại", approx="over", status="estimate", period=TDi),
    F("thay thế 2.860 bộ", "2.860", 2860, "count", "bộ đèn", "bộ đèn chiếu sáng công cộng thay bằng đèn LED"),
    F("kiệm 38-42%", "38", 38, "percent", "%", "điện năng tiết kiệm", value_max=42),
    F("khoảng 610 nghìn", "610", 610000, "measure", "kWh/năm", "điện năng tiết kiệm", approx="about"),
    F("trồng mới 30 ha", "30", 30, "measure", "ha", "rừng ngập mặn trồng mới", status="target", period=K25),
    F("nâng cấp 2,5 km", "2,5", 2.5, "measure", "km", "đê biển xung yếu nâng cấp", status="target", period=K25),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ hộ dân vùng ven biển được cảnh báo thiên tai kịp thời",
      status="target", period=K25),
]

COMMENTS = [
    "District portal (huyện Hải Hậu, Nam Định), no dateline at all, unit byline at the end: sea dikes, embankments, mangroves,",
    "saline intrusion and storm surges, LED street lighting, 2025 plan. Location: Hải Hậu (the district) throughout.",
    "Distractors: chainage 'K26+500 – K28+000', phone '0228.3877.216', address 'số 15 đường 56', commune names.",
    "17,5 km after 'trong đó' is part of 33,3 km; the three funding sources after 'trong đó' add up to 42,6 tỷ and take the",
    "sentence's '9 tháng năm 2024' (the ';' does not end the sentence). 'nâng tổng … lên khoảng 310 ha' states a level (no change).",
    "'Từ đầu năm đến nay' with no dateline: start 2024-01-01 (year of the nearest earlier period), end null (spec: else null).",
    "Its next sentence inherits it. 'cao hơn 3,5‰ so với trung bình nhiều năm' is the change of 12‰. 'tương đương khoảng",
    "610 nghìn kWh/năm' is a figure of its own (not a share). 'Kế hoạch năm 2025 … phấn đấu' → target for the whole sentence.",
]

build(8, ART, FIGS, COMMENTS, published=None, location="Hải Hậu")
