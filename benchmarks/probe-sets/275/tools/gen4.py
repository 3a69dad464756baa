from lib import F, P, ch, build

A = """Thể dục thể thao quần chúng tiếp tục lan tỏa, thể thao thành tích cao gặt hái nhiều kết quả

(Cục Thể dục thể thao) - Theo báo cáo tổng kết của Bộ Văn hóa, Thể thao và Du lịch, năm 2023 tỷ lệ dân số tập luyện thể dục thể thao thường xuyên của cả nước đạt 37,2%, tương đương khoảng 37,1 triệu người; tỷ lệ gia đình thể thao đạt 26%. Cả nước có khoảng 62.500 câu lạc bộ thể dục thể thao cơ sở; 100% trường phổ thông thực hiện chương trình giáo dục thể chất nội khóa.

Một số địa phương có tỷ lệ người tập luyện thường xuyên cao như Hà Nội (43,5%), Đà Nẵng (42,1%), Thành phố Hồ Chí Minh (41,8%), Bắc Ninh (40,2%); nhiều tỉnh miền núi còn ở mức dưới 25%.

Về thể thao thành tích cao, tại Đại hội Thể thao Đông Nam Á lần thứ 32 (SEA Games 32) tổ chức tại Campuchia, Đoàn thể thao Việt Nam giành 136 huy chương Vàng, 105 huy chương Bạc, 114 huy chương Đồng, xếp thứ nhất toàn đoàn. Tại ASIAD 19, Đoàn giành 3 huy chương Vàng, 5 huy chương Bạc và 19 huy chương Đồng, xếp thứ 21/45 quốc gia và vùng lãnh thổ.

Về cơ sở vật chất, tính đến ngày 31/12/2023, cả nước có 78 sân vận động đạt chuẩn thi đấu quốc gia, hơn 1.100 nhà tập luyện thể thao và 1.650 bể bơi; tuy nhiên, chỉ khoảng 28% số xã có sân thể thao đạt chuẩn.

Theo Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 1189/QĐ-TTg), đến năm 2025 tỷ lệ người tập luyện thể dục thể thao thường xuyên đạt 33-35%, đến năm 2030 đạt 38-40%; tỷ lệ gia đình thể thao đạt 25% vào năm 2025 và 30% vào năm 2030.
"""

Y = P("năm 2023", "2023-01-01", "2023-12-31")
Yi = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
TD = P("tính đến ngày 31/12/2023", None, "2023-12-31")
SUBJ = "tỷ lệ người tập luyện thường xuyên"

figs = [
    F("đạt 37,2%", "37,2", 37.2, "percent", "%", "tỷ lệ dân số tập luyện thể dục thể thao thường xuyên", Y),
    F("khoảng 37,1 triệu người", "37,1", 37100000, "count", "người", "người tập luyện thể dục thể thao thường xuyên", Y,
      approx="about"),
    F("đạt 26%", "26", 26, "percent", "%", "tỷ lệ gia đình thể thao", Y),
    F("khoảng 62.500 câu lạc bộ", "62.500", 62500, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao cơ sở", Yi,
      approx="about"),
    F("100% trường", "100", 100, "percent", "%", "trường phổ thông thực hiện chương trình giáo dục thể chất nội khóa", Yi),
    F("Hà Nội (43,5%)", "43,5", 43.5, "percent", "%", SUBJ, Yi, location="Hà Nội"),
    F("Đà Nẵng (42,1%)", "42,1", 42.1, "percent", "%", SUBJ, Yi, location="Đà Nẵng"),
    F("Hồ Chí Minh (41,8%)", "41,8", 41.8, "percent", "%", SUBJ, Yi, location="Thành phố Hồ Chí Minh"),
    F("Bắc Ninh (40,2%)", "40,2", 40.2, "percent", "%", SUBJ, Yi, location="Bắc Ninh"),
    F("dưới 25%", "25", 25, "percent", "%", "tỷ lệ người tập luyện thường xuyên của nhiều tỉnh miền núi", Yi, approx="under"),
    F("136 huy chương Vàng", "136", 136, "count", "huy chương Vàng", "huy chương Vàng tại SEA Games 32", Yi),
    F("105 huy chương Bạc", "105", 105, "count", "huy chương Bạc", "huy chương Bạc tại SEA Games 32", Yi),
    F("114 huy chương Đồng", "114", 114, "count", "huy chương Đồng", "huy chương Đồng tại SEA Games 32", Yi),
    F("xếp thứ nhất toàn đoàn", "nhất", 1, "rank", "hạng", "xếp hạng toàn đoàn tại SEA Games 32", Yi),
    F("giành 3 huy chương Vàng", "3", 3, "count", "huy chương Vàng", "huy chương Vàng tại ASIAD 19", Yi),
    F("Vàng, 5 huy chương Bạc", "5", 5, "count", "huy chương Bạc", "huy chương Bạc tại ASIAD 19", Yi),
    F("19 huy chương Đồng", "19", 19, "count", "huy chương Đồng", "huy chương Đồng tại ASIAD 19", Yi),
    F("thứ 21/45", "21", 21, "rank", "hạng", "xếp hạng toàn đoàn tại ASIAD 19", Yi, total=45),
    F("có 78 sân vận động", "78", 78, "count", "sân vận động", "sân vận động đạt chuẩn thi đấu quốc gia", TD),
    F("hơn 1.100 nhà", "1.100", 1100, "count", "nhà tập luyện thể thao", "nhà tập luyện thể thao", TD, approx="over"),
    F("1.650 bể bơi", "1.650", 1650, "count", "bể bơi", "bể bơi", TD),
    F("khoảng 28%", "28", 28, "percent", "%", "xã có sân thể thao đạt chuẩn", TD, approx="about"),
    F("33-35%", "33", 33, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao thường xuyên",
      P("đến năm 2025", None, "2025-12-31"), value_max=35, status="target"),
    F("38-40%", "38", 38, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao thường xuyên",
      P("đến năm 2030", None, "2030-12-31"), value_max=40, status="target"),
    F("đạt 25%", "25", 25, "percent", "%", "tỷ lệ gia đình thể thao", P("năm 2025", "2025-01-01", "2025-12-31"),
      status="target"),
    F("và 30%", "30", 30, "percent", "%", "tỷ lệ gia đình thể thao", P("năm 2030", "2030-01-01", "2030-12-31"),
      status="target"),
]

build(4, A, [
    "Cục Thể dục thể thao / Bộ VHTTDL (ministry site): national mass-sport and elite-sport results of 2023; no dateline (published null).",
    "Distractors: 'SEA Games 32', 'lần thứ 32', 'ASIAD 19' (names), 'Quyết định số 1189/QĐ-TTg', strategy title years 'đến năm 2030, tầm nhìn đến năm 2045'.",
    "'37,2%, tương đương khoảng 37,1 triệu người': both figures (as h01 '83,48%, tương đương 1,488 triệu hồ sơ'); 37,1 triệu = 37100000 about.",
    "Province list (indicator before the list): provinces in location; 'nhiều tỉnh miền núi ... dưới 25%' names no place: default Việt Nam.",
    "Medal counts of the national team: location Việt Nam (the venue Campuchia is not the place of the figure). 'xếp thứ nhất' rank 1; 'thứ 21/45' total 45.",
    "Strategy targets: '33-35%' / '38-40%' ranges, 'đến năm 2025/2030' as-of ends; '25% vào năm 2025', '30% vào năm 2030' whole years.",
], figs, location="Việt Nam")
