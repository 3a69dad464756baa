"""p489-8: city radio-TV news site (DNRT, Đà Nẵng), online fraud in 2023 and 2024-2025 targets."""
from lib import F, P, I, CH, T, emit

TEXT = """Đài Phát thanh - Truyền hình Đà Nẵng
Thời sự > Pháp luật
12/01/2024 14:20

Đà Nẵng: năm 2023 xảy ra 286 vụ lừa đảo qua mạng

(DNRT) - Năm 2023, Công an thành phố Đà Nẵng ghi nhận 286 vụ lừa đảo chiếm đoạt tài sản qua mạng, tăng 11,7% so với năm 2022. Tỷ lệ tội phạm lừa đảo qua mạng là 23,4 vụ/10 vạn dân, cao nhất khu vực miền Trung. Tổng thiệt hại ước khoảng 97,5 tỷ đồng. Vụ lớn nhất có thiệt hại 7,3 tỷ đồng.

Các quận Hải Châu và Thanh Khê có số vụ cao nhất, lần lượt là 78 và 61 vụ; tiếp đến là quận Sơn Trà (39 vụ), quận Liên Chiểu (35 vụ).

Công an thành phố đã khởi tố 74 vụ, 112 bị can; điều tra, làm rõ 201 vụ, đạt tỷ lệ 70,3%, vượt 5,3% so với chỉ tiêu Bộ Công an giao (65%); thu hồi 26,8 tỷ đồng, đạt 27,5% tổng thiệt hại.

Riêng quý IV/2023 xảy ra 83 vụ, tăng 12 vụ so với quý III/2023. Ước tính có khoảng 40% bị hại không trình báo vì số tiền nhỏ hoặc e ngại.

Năm 2024, Công an thành phố phấn đấu kéo giảm ít nhất 10% số vụ lừa đảo qua mạng; tỷ lệ điều tra, khám phá đạt trên 72%. Đến năm 2025, phấn đấu 100% hộ gia đình được tuyên truyền, hướng dẫn kỹ năng phòng, chống lừa đảo.

Người dân phát hiện dấu hiệu lừa đảo liên hệ Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05), số 80 Lê Lợi, quận Hải Châu, số điện thoại 069.2678.117, hoặc đến nơi tiếp dân tại 47 đường 2 Tháng 9.

Hoài Linh
"""

YH = P("năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("Đến năm 2025", None, "2025-12-31")
SUBJ = "vụ lừa đảo chiếm đoạt tài sản qua mạng"

FIGS = [
    F("xảy ra 286 vụ", "286", 286, "count", "vụ", "vụ lừa đảo qua mạng", YH),
    F("ghi nhận 286 vụ", "286", 286, "count", "vụ", SUBJ, Y23, change=CH("increase", 11.7, "%", "năm 2022")),
    F("là 23,4 vụ", "23,4", 23.4, "measure", "vụ/10 vạn dân", "tỷ lệ tội phạm lừa đảo qua mạng", I(Y23)),
    F("khoảng 97,5 tỷ đồng", "97,5", 97.5e9, "money", "đồng", "tổng thiệt hại", I(Y23), approx="about", status="estimate"),
    F("thiệt hại 7,3 tỷ đồng", "7,3", 7.3e9, "money", "đồng", "thiệt hại của vụ lớn nhất", I(Y23)),
    F("là 78 và", "78", 78, "count", "vụ", "số vụ lừa đảo qua mạng", I(Y23), location="Hải Châu"),
    F("và 61 vụ", "61", 61, "count", "vụ", "số vụ lừa đảo qua mạng", I(Y23), location="Thanh Khê"),
    F("Sơn Trà (39 vụ)", "39", 39, "count", "vụ", "số vụ lừa đảo qua mạng", I(Y23), location="Sơn Trà"),
    F("Liên Chiểu (35 vụ)", "35", 35, "count", "vụ", "số vụ lừa đảo qua mạng", I(Y23), location="Liên Chiểu"),
    F("khởi tố 74 vụ", "74", 74, "count", "vụ", "vụ án khởi tố", I(Y23)),
    F("112 bị can", "112", 112, "count", "bị can", "bị can bị khởi tố", I(Y23)),
    F("làm rõ 201 vụ", "201", 201, "count", "vụ", "vụ điều tra, làm rõ", I(Y23), percent=70.3,
      change=CH("increase", 5.3, "%", "chỉ tiêu Bộ Công an giao"), target=T(65, "%", True)),
    F("thu hồi 26,8 tỷ đồng", "26,8", 26.8e9, "money", "đồng", "số tiền thu hồi", I(Y23), percent=27.5),
    F("xảy ra 83 vụ", "83", 83, "count", "vụ", "vụ lừa đảo qua mạng", Q4, change=CH("increase", 12, "vụ", "quý III/2023")),
    F("khoảng 40%", "40", 40, "percent", "%", "bị hại không trình báo", approx="about", status="estimate"),
    F("ít nhất 10%", "10", 10, "percent", "%", "mức kéo giảm số vụ lừa đảo qua mạng", Y24, approx="at_least", status="target"),
    F("đạt trên 72%", "72", 72, "percent", "%", "tỷ lệ điều tra, khám phá", Y24, approx="over", status="target"),
    F("phấn đấu 100% hộ", "100", 100, "percent", "%", "hộ gia đình được tuyên truyền, hướng dẫn kỹ năng phòng, chống lừa đảo",
      T25, status="target"),
]

COMMENTS = [
    "Đài PT-TH Đà Nẵng (DNRT) news page: lừa đảo qua mạng năm 2023, targets 2024/2025; dateline above the headline, byline at the end.",
    "'23,4 vụ/10 vạn dân' is a rate: measure with the denominator in the unit. 'Tổng thiệt hại ước khoảng' -> estimate + about.",
    "'lần lượt là 78 và 61 vụ' and the bracketed districts: location = quận, subject = the list's indicator; no part-of cue, so no total.",
    "'201 vụ, đạt tỷ lệ 70,3%, vượt 5,3% so với chỉ tiêu Bộ Công an giao (65%)' -> percent 70.3, change +5.3 (plan gap), target 65 met (as h09).",
    "'khởi tố 74 vụ, 112 bị can' -> two counts. 'Ước tính có khoảng 40%' -> estimate + about, no period in its sentence.",
    "'phấn đấu' governs both clauses of the 2024 sentence. Distractors: dateline, (DNRT), PA05, số 80 Lê Lợi, 069.2678.117, 47 đường 2 Tháng 9.",
]

emit("p489-8", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Đà Nẵng")
