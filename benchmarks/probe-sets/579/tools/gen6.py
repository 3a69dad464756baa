from lib import F, P, I, CH, TG, emit

TEXT = """Thể thao › Tin tức
Chủ nhật, 6/10/2024, 09:15 (GMT+7)

Gần 38% dân số tập luyện thể thao thường xuyên

Cả nước có khoảng 37,8 triệu người tập luyện thể dục thể thao thường xuyên, song diện tích đất dành cho thể thao bình quân mới đạt 1,2 m2/người.

Theo Cục Thể dục thể thao (Bộ Văn hóa, Thể thao và Du lịch), tính đến hết tháng 9/2024, tỷ lệ người tập luyện thể dục thể thao thường xuyên trên cả nước đạt 37,7% dân số, tăng 1,2% so với năm 2022; số gia đình thể thao khoảng 6,3 triệu hộ, chiếm 23,9% tổng số hộ gia đình.

Một số địa phương có tỷ lệ cao là Đà Nẵng (45,2%), Bắc Ninh (43,7%), Hà Nội (42,9%). Cả nước hiện có hơn 85.000 câu lạc bộ thể thao cơ sở, tăng khoảng 4.500 câu lạc bộ so với năm 2022.

Về cơ sở vật chất, cả nước có 9.376 công trình thể thao công cộng, trong đó có 172 sân vận động, 1.245 nhà thi đấu và 578 bể bơi. Theo khuyến nghị, diện tích đất thể thao cần đạt 3-4 m2/người.

Năm 2023, ngân sách nhà nước chi cho thể dục thể thao khoảng 4.650 tỷ đồng, chỉ chiếm 0,23% tổng chi ngân sách. Tại Olympic Paris 2024, đoàn thể thao Việt Nam có 16 vận động viên tham dự.

Theo Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2030 (Quyết định số 1189/QĐ-TTg), mục tiêu đến năm 2025 tỷ lệ người tập luyện thường xuyên đạt từ 38 đến 39% dân số, tỷ lệ gia đình thể thao đạt 25%; đến năm 2030 các tỷ lệ này lần lượt đạt 45% và 30%.

Minh Phương
"""

S9 = P("tính đến hết tháng 9/2024", None, "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("Gần 38%", "38", 38, "percent", "%", "dân số tập luyện thể thao thường xuyên", I(S9), approx="nearly"),
    F("khoảng 37,8 triệu người", "37,8", 37800000, "count", "người", "người tập luyện thể dục thể thao thường xuyên", I(S9), approx="about"),
    F("đạt 1,2 m2/người", "1,2", 1.2, "measure", "m2/người", "diện tích đất dành cho thể thao bình quân"),
    F("đạt 37,7%", "37,7", 37.7, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao thường xuyên", S9,
      change=CH("increase", 1.2, "%", "năm 2022")),
    F("khoảng 6,3 triệu hộ", "6,3", 6300000, "count", "hộ", "gia đình thể thao", S9, approx="about", percent=23.9),
    F("(45,2%)", "45,2", 45.2, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao thường xuyên", I(S9), location="Đà Nẵng"),
    F("(43,7%)", "43,7", 43.7, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao thường xuyên", I(S9), location="Bắc Ninh"),
    F("(42,9%)", "42,9", 42.9, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao thường xuyên", I(S9), location="Hà Nội"),
    F("hơn 85.000 câu lạc bộ", "85.000", 85000, "count", "câu lạc bộ", "câu lạc bộ thể thao cơ sở", approx="over",
      change=CH("increase", 4500, "câu lạc bộ", "năm 2022", approx="about")),
    F("có 9.376 công trình", "9.376", 9376, "count", "công trình", "công trình thể thao công cộng"),
    F("172 sân vận động", "172", 172, "count", "sân vận động", "sân vận động", total=9376),
    F("1.245 nhà thi đấu", "1.245", 1245, "count", "nhà thi đấu", "nhà thi đấu", total=9376),
    F("578 bể bơi", "578", 578, "count", "bể bơi", "bể bơi", total=9376),
    F("3-4 m2/người", "3", 3, "measure", "m2/người", "diện tích đất thể thao theo khuyến nghị", value_max=4, optional=True),
    F("khoảng 4.650 tỷ đồng", "4.650", 4650000000000, "money", "đồng", "ngân sách nhà nước chi cho thể dục thể thao",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about", percent=0.23),
    F("có 16 vận động viên", "16", 16, "count", "vận động viên", "vận động viên đoàn thể thao Việt Nam tham dự Olympic Paris 2024"),
    F("từ 38 đến 39%", "38", 38, "percent", "%", "tỷ lệ người tập luyện thường xuyên", T25, value_max=39, status="target"),
    F("đạt 25%", "25", 25, "percent", "%", "tỷ lệ gia đình thể thao", T25, status="target"),
    F("đạt 45%", "45", 45, "percent", "%", "tỷ lệ người tập luyện thường xuyên", T30, status="target"),
    F("và 30%", "30", 30, "percent", "%", "tỷ lệ gia đình thể thao", T30, status="target"),
]

COMMENTS = [
    "National press (VnExpress-like), 'Chủ nhật, 6/10/2024, 09:15 (GMT+7)', byline at the end: người tập luyện TDTT thường xuyên, CLB,",
    "công trình thể thao, ngân sách, mục tiêu Chiến lược đến 2030. National figures: location Việt Nam; list items take their province.",
    "'tăng 1,2% so với năm 2022' after the rate 37,7% is that figure's change; 'tăng khoảng 4.500 câu lạc bộ' the change of 85.000.",
    "'3-4 m2/người' is a recommended norm, not a fact about Việt Nam: optional. '... đến năm 2030 các tỷ lệ này lần lượt đạt 45% và 30%'",
    "maps to the two rates named before. Not figures: QĐ 1189/QĐ-TTg, 'Chiến lược ... đến năm 2030' (a name), Olympic Paris 2024, (GMT+7).",
    "Lead and headline take the as-of period of the next paragraph (inherited, unscored).",
]

emit("p579-6", TEXT, COMMENTS, FIGS, published="2024-10-06", location="Việt Nam")
