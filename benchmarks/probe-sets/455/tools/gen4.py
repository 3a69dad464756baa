from lib import F, P, I, CH, TG, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Tin hoạt động > Thể dục thể thao
15:40 | 21/12/2022

Bế mạc Đại hội Thể thao toàn quốc lần thứ IX: Hà Nội dẫn đầu toàn đoàn

Tối 20/12, tại Cung Thể thao Quần Ngựa (Hà Nội), Bộ Văn hóa, Thể thao và Du lịch tổ chức Lễ bế mạc Đại hội Thể thao toàn quốc lần thứ IX năm 2022, được tổ chức theo Quyết định số 1456/QĐ-BVHTTDL.

Đại hội có sự tham gia của 65 đoàn thể thao với hơn 10.000 vận động viên tranh tài ở 43 môn, trong đó có 36 môn thuộc chương trình Olympic. Ban Tổ chức đã trao 1.352 bộ huy chương; 52/65 đoàn giành được huy chương, trong đó 41 đoàn có HCV.

Đoàn Hà Nội giành vị trí thứ nhất với 172 HCV, 128 HCB, 117 HCĐ; xếp thứ hai là TP Hồ Chí Minh với 145 HCV; đoàn Quân đội xếp thứ ba với 88 HCV. Ba đoàn dẫn đầu chiếm 51,6% tổng số HCV. Quảng Ninh, địa phương đăng cai 5 môn thi đấu, xếp thứ 9, tăng 6 bậc so với Đại hội lần thứ VIII.

Về chuyên môn, Đại hội ghi nhận 42 kỷ lục quốc gia bị phá, trong đó môn Bơi 21 kỷ lục, Cử tạ 12 kỷ lục, Điền kinh 9 kỷ lục. Có khoảng 1.800 vận động viên trẻ lần đầu giành huy chương, chiếm gần 18% số vận động viên dự Đại hội.

Theo Cục Thể dục thể thao, năm 2022 cả nước có khoảng 35,5% dân số tập luyện thể dục thể thao thường xuyên, 26,8% số hộ gia đình thể thao và hơn 57.000 câu lạc bộ thể dục thể thao cơ sở. Mục tiêu đến năm 2025, tỷ lệ người tập luyện thường xuyên đạt 37%, số câu lạc bộ đạt khoảng 65.000 câu lạc bộ.

Đại hội Thể thao toàn quốc lần thứ X dự kiến tổ chức năm 2026 với khoảng 45 môn thi đấu.
"""

Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y22i = I(Y22)
T25 = P("đến năm 2025", end="2025-12-31")
Y26 = P("năm 2026", "2026-01-01", "2026-12-31")
RK = "xếp hạng toàn đoàn"

figs = [
    F("của 65 đoàn", "65", 65, "count", "đoàn thể thao", "đoàn thể thao tham gia Đại hội", Y22i),
    F("hơn 10.000 vận động viên", "10.000", 10000, "count", "vận động viên", "vận động viên tranh tài", Y22i, approx="over"),
    F("ở 43 môn", "43", 43, "count", "môn", "môn thi đấu", Y22i),
    F("có 36 môn", "36", 36, "count", "môn", "môn thuộc chương trình Olympic", Y22i, total=43),
    F("trao 1.352 bộ", "1.352", 1352, "count", "bộ huy chương", "bộ huy chương được trao", Y22i),
    F("52/65 đoàn", "52", 52, "count", "đoàn", "đoàn giành được huy chương", Y22i, total=65),
    F("trong đó 41 đoàn", "41", 41, "count", "đoàn", "đoàn có HCV", Y22i, total=52),
    F("vị trí thứ nhất", "nhất", 1, "rank", "hạng", RK, Y22i, location="Hà Nội"),
    F("172 HCV", "172", 172, "count", "HCV", "HCV", Y22i, location="Hà Nội"),
    F("128 HCB", "128", 128, "count", "HCB", "HCB", Y22i, location="Hà Nội"),
    F("117 HCĐ", "117", 117, "count", "HCĐ", "HCĐ", Y22i, location="Hà Nội"),
    F("xếp thứ hai", "hai", 2, "rank", "hạng", RK, Y22i, location="TP Hồ Chí Minh"),
    F("145 HCV", "145", 145, "count", "HCV", "HCV", Y22i, location="TP Hồ Chí Minh"),
    F("xếp thứ ba", "ba", 3, "rank", "hạng", RK, Y22i),
    F("88 HCV", "88", 88, "count", "HCV", "HCV đoàn Quân đội", Y22i),
    F("Ba đoàn dẫn đầu", "Ba", 3, "count", "đoàn", "đoàn dẫn đầu", Y22i, optional=True),
    F("chiếm 51,6%", "51,6", 51.6, "percent", "%", "tỷ trọng HCV của ba đoàn dẫn đầu trong tổng số HCV", Y22i),
    F("đăng cai 5 môn", "5", 5, "count", "môn thi đấu", "môn thi đấu Quảng Ninh đăng cai", Y22i, location="Quảng Ninh"),
    F("xếp thứ 9", "9", 9, "rank", "hạng", RK, Y22i, location="Quảng Ninh",
      change=CH("increase", 6, "bậc", "Đại hội lần thứ VIII")),
    F("ghi nhận 42 kỷ lục", "42", 42, "count", "kỷ lục quốc gia", "kỷ lục quốc gia bị phá", Y22i),
    F("Bơi 21 kỷ lục", "21", 21, "count", "kỷ lục", "kỷ lục quốc gia môn Bơi bị phá", Y22i, total=42),
    F("Cử tạ 12 kỷ lục", "12", 12, "count", "kỷ lục", "kỷ lục quốc gia môn Cử tạ bị phá", Y22i, total=42),
    F("Điền kinh 9 kỷ lục", "9", 9, "count", "kỷ lục", "kỷ lục quốc gia môn Điền kinh bị phá", Y22i, total=42),
    F("khoảng 1.800 vận động viên", "1.800", 1800, "count", "vận động viên trẻ",
      "vận động viên trẻ lần đầu giành huy chương", Y22i, approx="about", percent=18),
    F("khoảng 35,5%", "35,5", 35.5, "percent", "%", "dân số tập luyện thể dục thể thao thường xuyên", Y22, approx="about"),
    F("26,8% số hộ", "26,8", 26.8, "percent", "%", "số hộ gia đình thể thao", Y22),
    F("hơn 57.000 câu lạc bộ", "57.000", 57000, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao cơ sở", Y22,
      approx="over"),
    F("đạt 37%", "37", 37, "percent", "%", "tỷ lệ người tập luyện thường xuyên", T25, status="target"),
    F("khoảng 65.000 câu lạc bộ", "65.000", 65000, "count", "câu lạc bộ", "số câu lạc bộ", T25, approx="about",
      status="target"),
    F("khoảng 45 môn", "45", 45, "count", "môn thi đấu", "môn thi đấu Đại hội Thể thao toàn quốc lần thứ X", Y26,
      approx="about", status="forecast"),
]

write("p455-4", TEXT, [
    "Bộ VHTTDL (ministry site): closing of the 9th National Sports Games 2022; delegations, medals, ranks, records, national mass-sport indicators.",
    "Dateline '15:40 | 21/12/2022'. Distractors: 'Tối 20/12', venue 'Cung Thể thao Quần Ngựa (Hà Nội)' (not the location of national figures),",
    "'Quyết định số 1456/QĐ-BVHTTDL', 'lần thứ IX/VIII/X'. National default location Việt Nam; Hà Nội, TP Hồ Chí Minh, Quảng Ninh list items are places;",
    "'đoàn Quân đội' is not a place. 'gần 18% số vận động viên' after 'chiếm' is the percent of 1.800 (the 'khoảng' count); 'Ba đoàn dẫn đầu' optional.",
    "'52/65 đoàn' total 65, 'trong đó 41 đoàn' total 52; record parts total 42. 'dự kiến … năm 2026 … khoảng 45 môn' is a forecast.",
], figs, published="2022-12-21", location="Việt Nam")
