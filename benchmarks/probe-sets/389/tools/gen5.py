from lib import F, P, I, emit

TEXT = """BÁO LÀO CAI
Thời sự » Xã hội

Lào Cai: 6 tháng đầu năm, thiên tai gây thiệt hại gần 95 tỷ đồng
05/07/2024 10:21
Minh Khang

BLC - Theo Văn phòng thường trực Ban Chỉ huy PCTT&TKCN tỉnh Lào Cai, 6 tháng đầu năm 2024, trên địa bàn tỉnh đã xảy ra 14 đợt thiên tai, gồm 9 trận mưa lớn kèm dông lốc, 3 trận lũ quét và 2 đợt sạt lở đất nghiêm trọng. Thiên tai làm 5 người chết, 7 người bị thương; 1.426 ngôi nhà bị hư hỏng, tăng 18,6% so với cùng kỳ năm 2023. Tổng giá trị thiệt hại ước tính gần 95 tỷ đồng, giảm 12% so với cùng kỳ.

Các địa phương chịu thiệt hại nặng là huyện Bát Xát (31,2 tỷ đồng), Si Ma Cai (18,5 tỷ đồng) và thị xã Sa Pa (14,7 tỷ đồng). Đáng chú ý, điểm sạt lở tại Km 91+500 Quốc lộ 4D đã gây ách tắc giao thông nhiều giờ.

Qua rà soát, toàn tỉnh hiện có 1.118 hộ dân sinh sống tại 217 điểm có nguy cơ sạt lở cao cần di dời. Từ đầu năm đến nay, các địa phương đã di dời khẩn cấp 342 hộ, đạt 30,6%. Tỉnh đặt chỉ tiêu năm 2024 di dời 600 hộ, phấn đấu đến năm 2025 cơ bản hoàn thành di dời 100% số hộ trong vùng nguy hiểm.

Để nâng cao năng lực cảnh báo, tỉnh đã đầu tư 42 trạm đo mưa tự động, sáu trạm đo mực nước và lắp 110 loa cảnh báo tại các thôn, bản. Năm 2025, Lào Cai dự kiến lắp thêm khoảng 30 trạm với kinh phí từ 8 đến 10 tỷ đồng.

Đồng chí Hoàng Quốc Khánh, Phó Chủ tịch UBND tỉnh đề nghị các địa phương không để người dân quay lại khu vực nguy hiểm, trực ban nghiêm túc 24/24 giờ trong mùa mưa lũ.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-05")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LOC = "Lào Cai"

FIGS = [
    F("gây thiệt hại gần 95 tỷ đồng\n", "95", 95000000000, "money", "đồng", "giá trị thiệt hại do thiên tai",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("xảy ra 14 đợt", "14", 14, "count", "đợt", "đợt thiên tai", H1),
    F("gồm 9 trận", "9", 9, "count", "trận", "trận mưa lớn kèm dông lốc", H1, total=14),
    F("3 trận lũ quét", "3", 3, "count", "trận", "trận lũ quét", H1, total=14),
    F("và 2 đợt", "2", 2, "count", "đợt", "đợt sạt lở đất nghiêm trọng", H1, total=14),
    F("làm 5 người chết", "5", 5, "count", "người", "người chết do thiên tai", I(H1)),
    F("7 người bị thương", "7", 7, "count", "người", "người bị thương do thiên tai", I(H1)),
    F("1.426 ngôi nhà", "1.426", 1426, "count", "ngôi nhà", "nhà bị hư hỏng", I(H1),
      change={"direction": "increase", "value": 18.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("ước tính gần 95 tỷ đồng", "95", 95000000000, "money", "đồng", "tổng giá trị thiệt hại", I(H1),
      approx="nearly", status="estimate",
      change={"direction": "decrease", "value": 12, "unit": "%", "baseline": "cùng kỳ"}),
    F("Bát Xát (31,2 tỷ đồng)", "31,2", 31200000000, "money", "đồng", "giá trị thiệt hại", I(H1), location="Bát Xát"),
    F("Si Ma Cai (18,5 tỷ đồng)", "18,5", 18500000000, "money", "đồng", "giá trị thiệt hại", I(H1), location="Si Ma Cai"),
    F("Sa Pa (14,7 tỷ đồng)", "14,7", 14700000000, "money", "đồng", "giá trị thiệt hại", I(H1), location="Sa Pa"),
    F("có 1.118 hộ", "1.118", 1118, "count", "hộ", "hộ dân sinh sống tại điểm có nguy cơ sạt lở cao cần di dời"),
    F("tại 217 điểm", "217", 217, "count", "điểm", "điểm có nguy cơ sạt lở cao"),
    F("khẩn cấp 342 hộ", "342", 342, "count", "hộ", "hộ được di dời khẩn cấp", YTD, percent=30.6),
    F("di dời 600 hộ", "600", 600, "count", "hộ", "hộ di dời", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("di dời 100% số hộ", "100", 100, "percent", "%", "tỷ lệ hộ trong vùng nguy hiểm được di dời",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("đầu tư 42 trạm", "42", 42, "count", "trạm", "trạm đo mưa tự động"),
    F("sáu trạm", "sáu", 6, "count", "trạm", "trạm đo mực nước"),
    F("lắp 110 loa", "110", 110, "count", "loa", "loa cảnh báo"),
    F("khoảng 30 trạm", "30", 30, "count", "trạm", "trạm lắp thêm", Y25, approx="about", status="forecast"),
    F("từ 8 đến 10 tỷ đồng", "8", 8000000000, "money", "đồng", "kinh phí lắp thêm trạm", Y25,
      value_max=10000000000, status="forecast"),
]

COMMENTS = [
    "Party newspaper (Báo Lào Cai, tag 'BLC'): natural-disaster damage in the first half of 2024, households to relocate, warning equipment.",
    "Bare dateline '05/07/2024 10:21' with the byline under it gives published 2024-07-05.",
    "Distractors: 'Km 91+500 Quốc lộ 4D' (a road marker and road name), '24/24 giờ', 'cùng kỳ năm 2023' (baseline), names.",
    "'14 đợt thiên tai, gồm 9 trận ..., 3 trận ... và 2 đợt ...': the parts add up to 14 and count disaster events: total 14.",
    "Headline 'gần 95 tỷ đồng' takes 'Lào Cai' and year-less '6 tháng đầu năm' (year 2024 from published). The body's 95 tỷ is 'ước tính' (estimate);",
    "the district list in the next sentence is actual (the cue governs its own clause only). '342 hộ, đạt 30,6%': percent, no total (no part cue).",
    "'1.118 hộ ... hiện có' has no period. 'chỉ tiêu năm 2024 ... 600 hộ' and 'phấn đấu đến năm 2025 ... 100%' are targets. 'sáu trạm' is a number word.",
]

emit("p389-5", TEXT, COMMENTS, FIGS, published="2024-07-05", location=LOC)
