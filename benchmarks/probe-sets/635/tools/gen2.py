from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN EA SÚP
Trang chủ / Tin tức - Sự kiện / Nông nghiệp - Nông thôn

Thứ Năm, 18/04/2024 - 09:12

Ea Súp: Hơn 1.200 hộ dân thiếu nước sinh hoạt do nắng hạn kéo dài

Từ đầu tháng 3 đến nay, trên địa bàn huyện Ea Súp liên tục xảy ra nắng nóng, nhiệt độ cao nhất ngày phổ biến 37-38 độ C, có ngày lên tới 39,6 độ C. Lượng mưa 3 tháng đầu năm chỉ đạt 12 mm, thấp hơn 85% so với trung bình nhiều năm.

Theo Phòng Nông nghiệp và PTNT huyện, tính đến ngày 15/4/2024, toàn huyện có 1.236 hộ với khoảng 5.100 nhân khẩu thiếu nước sinh hoạt, tập trung tại các xã: Ia Lốp (418 hộ), Ia RVê (365 hộ), Cư M'Lan (260 hộ) và Ya Tờ Mốt (193 hộ). Có 96/154 giếng đào tại các buôn bị khô cạn; lượng nước sinh hoạt thiếu hụt ước khoảng 620 m3/ngày đêm.

Ngoài ra, hơn 1.100 ha lúa vụ Đông Xuân có nguy cơ thiếu nước tưới, trong đó 320 ha đã bị khô hạn, chiếm 29%.

UBND huyện đã chỉ đạo Công ty TNHH MTV Cấp nước Ea Súp tăng cường chở nước bằng 4 xe bồn, mỗi ngày cấp khoảng 80 m3 cho các buôn bị ảnh hưởng; đồng thời trích ngân sách 850 triệu đồng để khoan mới 15 giếng. Dự kiến đến cuối tháng 5, huyện sẽ khôi phục 3 công trình cấp nước tập trung với tổng công suất 1.500 m3/ngày đêm, bảo đảm nước sinh hoạt cho hơn 2.000 hộ.

Người dân cần hỗ trợ liên hệ số điện thoại 0262.3688.123 hoặc trụ sở UBND huyện, số 2 đường Hùng Vương, thị trấn Ea Súp.

Hoàng Gia - Trung tâm VH-TT&TT huyện
"""

ASOF = P("tính đến ngày 15/4/2024", None, "2024-04-15")
Q1 = P("3 tháng đầu năm", "2024-01-01", "2024-03-31")
HOT = P("Từ đầu tháng 3 đến nay", "2024-03-01", "2024-04-18")
MAY = P("đến cuối tháng 5", None, "2024-05-31")
SUBJ = "hộ thiếu nước sinh hoạt"

FIGS = [
    F("Hơn 1.200 hộ", "1.200", 1200, "count", "hộ dân", "hộ dân thiếu nước sinh hoạt", I(ASOF), approx="over"),
    F("37-38 độ C", "37", 37, "measure", "độ C", "nhiệt độ cao nhất ngày phổ biến", HOT, value_max=38),
    F("lên tới 39,6 độ C", "39,6", 39.6, "measure", "độ C", "nhiệt độ cao nhất ngày", HOT),
    F("chỉ đạt 12 mm", "12", 12, "measure", "mm", "lượng mưa", Q1,
      change=CH("decrease", 85, "%", "trung bình nhiều năm")),
    F("có 1.236 hộ", "1.236", 1236, "count", "hộ", SUBJ, ASOF),
    F("khoảng 5.100 nhân khẩu", "5.100", 5100, "count", "nhân khẩu", "nhân khẩu thiếu nước sinh hoạt", ASOF,
      approx="about"),
    F("Ia Lốp (418 hộ)", "418", 418, "count", "hộ", SUBJ, ASOF, total=1236, location="Ia Lốp"),
    F("Ia RVê (365 hộ)", "365", 365, "count", "hộ", SUBJ, ASOF, total=1236, location="Ia RVê"),
    F("Cư M'Lan (260 hộ)", "260", 260, "count", "hộ", SUBJ, ASOF, total=1236, location="Cư M'Lan"),
    F("Ya Tờ Mốt (193 hộ)", "193", 193, "count", "hộ", SUBJ, ASOF, total=1236, location="Ya Tờ Mốt"),
    F("Có 96/154 giếng", "96", 96, "count", "giếng đào", "giếng đào tại các buôn bị khô cạn", I(ASOF), total=154),
    F("ước khoảng 620 m3", "620", 620, "measure", "m3/ngày đêm", "lượng nước sinh hoạt thiếu hụt", I(ASOF),
      approx="about", status="estimate"),
    F("hơn 1.100 ha", "1.100", 1100, "measure", "ha", "lúa vụ Đông Xuân có nguy cơ thiếu nước tưới", approx="over"),
    F("trong đó 320 ha", "320", 320, "measure", "ha", "lúa vụ Đông Xuân đã bị khô hạn", total=1100, percent=29),
    F("bằng 4 xe bồn", "4", 4, "count", "xe bồn", "xe bồn chở nước"),
    F("khoảng 80 m3", "80", 80, "measure", "m3", "nước cấp mỗi ngày cho các buôn bị ảnh hưởng", approx="about"),
    F("ngân sách 850 triệu", "850", 850000000, "money", "đồng", "ngân sách trích để khoan giếng"),
    F("khoan mới 15 giếng", "15", 15, "count", "giếng", "giếng khoan mới"),
    F("khôi phục 3 công trình", "3", 3, "count", "công trình cấp nước tập trung",
      "công trình cấp nước tập trung khôi phục", MAY, status="forecast"),
    F("công suất 1.500 m3", "1.500", 1500, "measure", "m3/ngày đêm", "tổng công suất công trình cấp nước tập trung",
      MAY, status="forecast"),
    F("hơn 2.000 hộ", "2.000", 2000, "count", "hộ", "hộ được bảo đảm nước sinh hoạt", MAY, approx="over",
      status="forecast"),
]

COMMENTS = [
    "District portal (huyện Ea Súp, Đắk Lắk): 'Thứ Năm, 18/04/2024 - 09:12' dateline, byline at the end. Drinking-water shortage in a heat wave.",
    "Commune items in the bracketed list add up to 1.236 (418+365+260+193) after 'tập trung tại các xã:' → total 1236; a commune item's location is",
    "the commune (the place the figure describes; score.py strips 'xã'). Other figures: district Ea Súp (article default).",
    "'3 tháng đầu năm' takes 2024 from the dateline; 'Từ đầu tháng 3 đến nay' ends at the dateline; 'Dự kiến đến cuối tháng 5' is an as-of end",
    "2024-05-31 for the three forecast figures in that sentence. 'ước khoảng 620 m3/ngày đêm' → approx about + status estimate.",
    "'lên tới 39,6 độ C' is the maximum reached, exact. 'thấp hơn 85% so với trung bình nhiều năm' → change of the 12 mm rainfall.",
    "Distractors: phone 0262.3688.123, 'số 2 đường Hùng Vương', dateline and 09:12, 'Công ty TNHH MTV'.",
]

emit("p635-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Ea Súp")
