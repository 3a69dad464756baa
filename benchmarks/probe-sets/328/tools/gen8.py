from lib import F, P, emit

TEXT = """Cổng Thông tin điện tử tỉnh Lào Cai
Chuyên mục: Nông nghiệp - Nông thôn

Lào Cai ban hành Kế hoạch phòng, chống bệnh Dại năm 2025

UBND tỉnh vừa ban hành Kế hoạch số 38/KH-UBND về phòng, chống bệnh Dại trên động vật và trên người năm 2025.

Đánh giá kết quả năm 2024, toàn tỉnh tiêm phòng được 86.450 con chó, mèo, đạt 68,2% tổng đàn; xảy ra 4 ổ dịch dại trên chó tại Bát Xát, Bảo Yên; 2 người tử vong do bệnh dại, giảm 3 người so với năm 2023.

Theo kế hoạch, năm 2025 toàn tỉnh phấn đấu tiêm phòng dại cho 105.000 con chó, mèo, đạt trên 75% tổng đàn. Kế hoạch phân bổ 105.000 liều vắc xin, gồm: thành phố Lào Cai 14.500 liều, thị xã Sa Pa 9.800 liều, huyện Bảo Thắng 16.200 liều, huyện Bát Xát 15.600 liều, huyện Văn Bàn 17.300 liều và 4 huyện còn lại 31.600 liều. Thời gian tiêm tập trung từ tháng 3 đến tháng 5/2025; tiêm cho chó, mèo từ 2 tháng tuổi trở lên.

Mỗi xã, phường, thị trấn bố trí từ 1 đến 2 thú y viên theo dõi, thống kê đàn chó, mèo. Đến năm 2025, có 30% số xã đạt tiêu chí an toàn dịch bệnh dại.

Tổng kinh phí dự kiến 4,86 tỷ đồng, trong đó ngân sách tỉnh 2,94 tỷ đồng, ngân sách huyện và nhân dân đóng góp 1,92 tỷ đồng.

Giai đoạn 2021-2025, tỉnh đặt mục tiêu tỷ lệ tiêm phòng bình quân hằng năm từ 70% đến 80% tổng đàn; năm 2021 tỷ lệ này mới đạt 52,4%.

Sở Nông nghiệp và PTNT là cơ quan thường trực, tổng hợp báo cáo kết quả về UBND tỉnh trước ngày 15/12/2025.

Nguồn: Sở NN&PTNT Lào Cai
21/01/2025
"""

LOC = "Lào Cai"
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
Y25i = P("năm 2025", "2025-01-01", "2025-12-31", inh=True)
T25 = P("Đến năm 2025", None, "2025-12-31")
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Y21 = P("năm 2021", "2021-01-01", "2021-12-31")
DOSE = "liều vắc xin phân bổ"

FIGS = [
    F("được 86.450 con", "86.450", 86450, "count", "con", "chó, mèo được tiêm phòng", Y24, percent=68.2),
    F("xảy ra 4 ổ dịch", "4", 4, "count", "ổ dịch", "ổ dịch dại trên chó", Y24),
    F("Bảo Yên; 2 người", "2", 2, "count", "người", "người tử vong do bệnh dại", Y24,
      change={"direction": "decrease", "value": 3, "unit": "người", "baseline": "năm 2023"}),
    F("cho 105.000 con", "105.000", 105000, "count", "con", "chó, mèo được tiêm phòng dại", Y25, percent=75,
      status="target"),
    F("phân bổ 105.000 liều", "105.000", 105000, "count", "liều", "liều vắc xin phân bổ", Y25i, status="target"),
    F("Lào Cai 14.500 liều", "14.500", 14500, "count", "liều", DOSE, Y25i, total=105000, status="target"),
    F("Sa Pa 9.800 liều", "9.800", 9800, "count", "liều", DOSE, Y25i, total=105000, status="target", loc="Sa Pa"),
    F("Bảo Thắng 16.200 liều", "16.200", 16200, "count", "liều", DOSE, Y25i, total=105000, status="target", loc="Bảo Thắng"),
    F("Bát Xát 15.600 liều", "15.600", 15600, "count", "liều", DOSE, Y25i, total=105000, status="target", loc="Bát Xát"),
    F("Văn Bàn 17.300 liều", "17.300", 17300, "count", "liều", DOSE, Y25i, total=105000, status="target", loc="Văn Bàn"),
    F("và 4 huyện còn lại", "4", 4, "count", "huyện", "huyện còn lại", optional=True),
    F("còn lại 31.600 liều", "31.600", 31600, "count", "liều", DOSE, Y25i, total=105000, status="target"),
    F("từ 2 tháng tuổi", "2", 2, "measure", "tháng tuổi", "tuổi chó, mèo được tiêm", optional=True, approx="at_least"),
    F("từ 1 đến 2 thú y viên", "1", 1, "count", "thú y viên", "thú y viên mỗi xã, phường, thị trấn", Y25i, value_max=2,
      status="target", optional=True),
    F("có 30% số xã", "30", 30, "percent", "%", "xã đạt tiêu chí an toàn dịch bệnh dại", T25, status="target"),
    F("dự kiến 4,86 tỷ đồng", "4,86", 4860000000, "money", "đồng", "tổng kinh phí", Y25i, status="forecast"),
    F("tỉnh 2,94 tỷ đồng", "2,94", 2940000000, "money", "đồng", "ngân sách tỉnh", Y25i, total=4860000000,
      status="forecast"),
    F("góp 1,92 tỷ đồng", "1,92", 1920000000, "money", "đồng", "ngân sách huyện và nhân dân đóng góp", Y25i,
      total=4860000000, status="forecast"),
    F("từ 70% đến 80%", "70", 70, "percent", "%", "tỷ lệ tiêm phòng bình quân hằng năm", G, value_max=80, status="target"),
    F("mới đạt 52,4%", "52,4", 52.4, "percent", "%", "tỷ lệ tiêm phòng", Y21),
]

COMMENTS = [
    "Province portal (Lào Cai): the 2025 rabies plan; no dateline at the top, bare date '21/01/2025' at the end = published.",
    "'Theo kế hoạch, … phấn đấu … 105.000 con …, đạt trên 75% tổng đàn': target, percent 75 (the share's 'trên' is not the count's approx).",
    "'Kế hoạch phân bổ 105.000 liều vắc xin, gồm: …': allocation in a plan = status target; each district item total 105.000 and its location;",
    "'thành phố Lào Cai' (the city) has the same name as the province; '4 huyện còn lại' items keep the province; the count '4 huyện' is optional.",
    "'Tổng kinh phí dự kiến …, trong đó …' forecast, totals 4,86 tỷ. 'Giai đoạn 2021-2025 … từ 70% đến 80%' target range; '52,4%' year 2021 actual.",
    "Optional: 'từ 2 tháng tuổi trở lên' (eligibility), 'từ 1 đến 2 thú y viên' (staffing norm). The 2024 results take 'năm 2024' from their sentence.",
    "Distractors: Kế hoạch số 38/KH-UBND, 'từ tháng 3 đến tháng 5/2025', 'trước ngày 15/12/2025', 'năm 2025' in the title.",
]

emit(8, COMMENTS, TEXT, FIGS, published="2025-01-21", default_loc=LOC)
