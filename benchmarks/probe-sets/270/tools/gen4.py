from lib import F, P, Y, C, TG, build

T = """Văn hóa › Điện ảnh
Thứ Sáu, 12/1/2024, 14:30 (GMT+7)

Doanh thu phòng vé năm 2023 ước đạt hơn 4 nghìn tỷ đồng

Theo Cục Điện ảnh (Bộ Văn hóa, Thể thao và Du lịch), năm 2023, tổng doanh thu phòng vé của thị trường điện ảnh Việt Nam ước đạt khoảng 4.100 tỷ đồng, tăng 25% so với năm 2022 nhưng mới bằng 84% năm 2019, thời điểm trước đại dịch. Lượt khán giả ra rạp ước đạt gần 50 triệu lượt.

Phim Việt chiếm khoảng 38% doanh thu, với 31 phim ra rạp. Trong đó, "Nhà bà Nữ" dẫn đầu với 475 tỷ đồng, tiếp đến là "Lật mặt 6" 270 tỷ đồng và "Đất rừng phương Nam" 140 tỷ đồng. Có tới 14 phim Việt thu dưới 10 tỷ đồng.

Tính đến 31/12/2023, cả nước có 1.178 phòng chiếu tại 246 cụm rạp, tăng 62 phòng so với cuối năm 2022. Phòng chiếu tập trung chủ yếu ở TP Hồ Chí Minh (358 phòng) và Hà Nội (312 phòng); 12 tỉnh chưa có rạp chiếu phim đạt chuẩn, gồm Lai Châu, Điện Biên, Hà Giang, Cao Bằng, Kon Tum...

Bên cạnh thị trường thương mại, các đội chiếu phim lưu động của 63 tỉnh, thành phố năm 2023 tổ chức trên 46.000 buổi chiếu, phục vụ khoảng 9,2 triệu lượt người xem. Liên hoan phim Việt Nam lần thứ XXIII tại Đà Lạt có 128 phim tham dự, trao 35 giải thưởng.

Năm 2024, Cục Điện ảnh dự kiến tổ chức 12 Tuần phim Việt Nam ở nước ngoài và phối hợp với các địa phương chiếu khoảng 2.500 buổi phim kỷ niệm các ngày lễ lớn. Luật Điện ảnh 2022 và Nghị định số 131/2022/NĐ-CP được kỳ vọng tạo hành lang pháp lý cho thị trường tiếp tục phục hồi.

Minh Anh
"""

Y23 = Y("năm 2023", 2023)
Y23i = Y("năm 2023", 2023, inh=True)
A23 = P("Tính đến 31/12/2023", None, "2023-12-31")
A23i = P("Tính đến 31/12/2023", None, "2023-12-31", inh=True)
figs = [
    F("hơn 4 nghìn tỷ đồng", "4", 4000000000000, "money", "đồng", "doanh thu phòng vé", approx="over",
      status="estimate", period=Y("năm 2023", 2023)),
    F("khoảng 4.100 tỷ đồng", "4.100", 4100000000000, "money", "đồng",
      "tổng doanh thu phòng vé của thị trường điện ảnh", approx="about", status="estimate",
      change=C("increase", 25, "%", "năm 2022"), percent=84, period=Y23),
    F("gần 50 triệu lượt", "50", 50000000, "count", "lượt khán giả", "lượt khán giả ra rạp", approx="nearly",
      status="estimate", period=Y23i),
    F("khoảng 38% doanh thu", "38", 38, "percent", "%", "tỷ trọng doanh thu phim Việt", approx="about", period=Y23i),
    F("với 31 phim", "31", 31, "count", "phim", "phim Việt ra rạp", period=Y23i),
    F("với 475 tỷ đồng", "475", 475000000000, "money", "đồng", "doanh thu phòng vé phim Việt", period=Y23i),
    F("270 tỷ đồng", "270", 270000000000, "money", "đồng", "doanh thu phòng vé phim Việt", period=Y23i),
    F("140 tỷ đồng", "140", 140000000000, "money", "đồng", "doanh thu phòng vé phim Việt", period=Y23i),
    F("tới 14 phim", "14", 14, "count", "phim", "phim Việt thu dưới 10 tỷ đồng", period=Y23i),
    F("dưới 10 tỷ đồng", "10", 10000000000, "money", "đồng", "doanh thu phim Việt", approx="under", optional=True),
    F("có 1.178 phòng chiếu", "1.178", 1178, "count", "phòng chiếu", "phòng chiếu",
      change=C("increase", 62, "phòng", "cuối năm 2022"), period=A23),
    F("tại 246 cụm rạp", "246", 246, "count", "cụm rạp", "cụm rạp", period=A23),
    F("(358 phòng)", "358", 358, "count", "phòng", "phòng chiếu", location="TP Hồ Chí Minh", period=A23i),
    F("(312 phòng)", "312", 312, "count", "phòng", "phòng chiếu", location="Hà Nội", period=A23i),
    F("; 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh chưa có rạp chiếu phim đạt chuẩn", period=A23i),
    F("của 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", optional=True),
    F("trên 46.000 buổi", "46.000", 46000, "count", "buổi chiếu", "buổi chiếu phim lưu động", approx="over",
      period=Y23),
    F("khoảng 9,2 triệu lượt", "9,2", 9200000, "count", "lượt người xem", "lượt người xem chiếu phim lưu động",
      approx="about", period=Y23),
    F("có 128 phim", "128", 128, "count", "phim", "phim tham dự Liên hoan phim Việt Nam", period=Y23i),
    F("trao 35 giải", "35", 35, "count", "giải thưởng", "giải thưởng Liên hoan phim Việt Nam", period=Y23i),
    F("tổ chức 12 Tuần phim", "12", 12, "count", "Tuần phim Việt Nam", "Tuần phim Việt Nam ở nước ngoài",
      status="forecast", period=Y("Năm 2024", 2024)),
    F("khoảng 2.500 buổi", "2.500", 2500, "count", "buổi", "buổi phim kỷ niệm các ngày lễ lớn", approx="about",
      status="forecast", period=Y("Năm 2024", 2024)),
]

build("p270-4", T, figs, [
    "National press (section 'Văn hóa › Điện ảnh'), dateline 'Thứ Sáu, 12/1/2024, 14:30 (GMT+7)', byline at the end: cinema market 2023 (Cục Điện ảnh).",
    "National figures: location Việt Nam; city list items (phòng chiếu) take the city. '4 nghìn tỷ' = 4·10^12. 'ước đạt khoảng 4.100 tỷ' is about + estimate,",
    "with change 25% (năm 2022) and percent 84 ('bằng 84% năm 2019'). The 'ước' cue does not reach the next sentence's 38%, 31 phim (actual).",
    "'Trong đó, \"Nhà bà Nữ\" … 475 tỷ' follows 31 phim (a count of films): a different quantity, so no total. Film titles are not places;",
    "'Lật mặt 6' is a title (distractor). 'Có tới 14 phim … thu dưới 10 tỷ' has no part-of cue of its own: no total (revised); 'dưới 10 tỷ' is a threshold (optional).",
    "'12 tỉnh …, gồm Lai Châu, …' is a national count (location Việt Nam). '63 tỉnh, thành phố' structure (optional).",
    "Festival counts are national (Đà Lạt is only the venue), period 2023 inherited ('lần thứ XXIII' is a name). 'dự kiến' makes 2024 figures forecasts.",
    "revised after the first run: total 31 removed from 14 phim (the 'Trong đó' of the previous sentence introduces the revenue list, not this sentence).",
    "Distractors: 'Luật Điện ảnh 2022', 'Nghị định số 131/2022/NĐ-CP', 'GMT+7', dates.",
], published="2024-01-12", location="Việt Nam")
