"""p907-8: Báo Quảng Nam online, (QNO) tag, Duy Xuyên, headline figure (8/2024)."""
from lib import F, P, I, C, T, emit

TEXT = """BÁO QUẢNG NAM ONLINE
Kinh tế > Nông nghiệp

Duy Xuyên khôi phục hơn 60 ha dâu tằm
Thứ Năm, 08/08/2024 | 14:20

(QNO) - 7 tháng đầu năm 2024, huyện Duy Xuyên đã khôi phục và trồng mới 62,5 ha dâu, nâng tổng diện tích dâu toàn huyện lên 148 ha, đạt 84,6% kế hoạch năm.

Theo Phòng Nông nghiệp và PTNT huyện, diện tích dâu tập trung ở các xã Duy Trinh (52 ha), Duy Châu (38 ha) và Duy Vinh (27 ha); số còn lại rải rác ở Duy Sơn, Duy Phước.

Từ đầu năm đến nay, toàn huyện nuôi 4.850 hộp trứng tằm, sản lượng kén ước đạt 180 tấn, tăng 35% so với cùng kỳ năm 2023. Giá kén tằm hiện ở mức 150.000-160.000 đồng/kg, nhiều hộ thu lãi 8-10 triệu đồng/tháng.

Năm 2024, huyện hỗ trợ 100% giá giống dâu và 50% giá trứng tằm trong năm đầu cho hộ tham gia, với tổng kinh phí khoảng 1,3 tỷ đồng. Hợp tác xã Dâu tằm tơ Duy Trinh hiện có 126 thành viên, liên kết bao tiêu kén với Công ty TNHH Tơ lụa Quảng Nam tại Cụm công nghiệp Tây An, Quốc lộ 14H. Theo ông Lê Văn Bảy, Chủ tịch UBND xã Duy Trinh, năm 2023 cả xã chỉ có 31 ha dâu với 65 hộ nuôi tằm; nay số hộ đã tăng lên 112 hộ.

Mục tiêu đến năm 2025, Duy Xuyên có 250 ha dâu, sản lượng kén đạt 400 tấn/năm, góp phần bảo tồn làng nghề dệt lụa Mã Châu hơn 400 năm tuổi.

PHAN VINH
"""

M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-08")
NOW = P("hiện", None, "2024-08-08")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
DT = "diện tích dâu"

FIGS = [
    F("hơn 60 ha", "60", 60, "measure", "ha", "diện tích dâu tằm khôi phục", approx="over"),
    F("mới 62,5 ha", "62,5", 62.5, "measure", "ha", "diện tích dâu khôi phục và trồng mới", M7),
    F("lên 148 ha", "148", 148, "measure", "ha", "tổng diện tích dâu toàn huyện", M7, percent=84.6),
    F("Duy Trinh (52 ha)", "52", 52, "measure", "ha", DT, I(M7)),
    F("Duy Châu (38 ha)", "38", 38, "measure", "ha", DT, I(M7)),
    F("Duy Vinh (27 ha)", "27", 27, "measure", "ha", DT, I(M7)),
    F("có 31 ha dâu", "31", 31, "measure", "ha", "diện tích dâu xã Duy Trinh", y23),
    F("65 hộ nuôi tằm", "65", 65, "count", "hộ", "hộ nuôi tằm xã Duy Trinh", y23),
    F("lên 112 hộ", "112", 112, "count", "hộ", "hộ nuôi tằm xã Duy Trinh", P("nay", None, "2024-08-08")),
    F("nuôi 4.850 hộp", "4.850", 4850, "count", "hộp trứng tằm", "hộp trứng tằm nuôi", YTD),
    F("ước đạt 180 tấn", "180", 180, "measure", "tấn", "sản lượng kén", YTD, status="estimate",
      change=C("increase", 35, "%", "cùng kỳ năm 2023")),
    F("150.000-160.000 đồng/kg", "150.000", 150000, "money", "đồng/kg", "giá kén tằm", NOW, value_max=160000),
    F("lãi 8-10 triệu đồng/tháng", "8", 8e6, "money", "đồng/tháng", "lãi của hộ nuôi tằm", NOW, value_max=10e6),
    F("hỗ trợ 100% giá", "100", 100, "percent", "%", "mức hỗ trợ giá giống dâu", Y24),
    F("50% giá trứng", "50", 50, "percent", "%", "mức hỗ trợ giá trứng tằm", Y24),
    F("khoảng 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "tổng kinh phí hỗ trợ", Y24, approx="about"),
    F("có 126 thành viên", "126", 126, "count", "thành viên", "thành viên Hợp tác xã Dâu tằm tơ Duy Trinh", NOW),
    F("có 250 ha", "250", 250, "measure", "ha", DT, TO25, status="target"),
    F("400 tấn/năm", "400", 400, "measure", "tấn/năm", "sản lượng kén", TO25, status="target"),
    F("hơn 400 năm tuổi", "400", 400, "measure", "năm", "tuổi của làng nghề dệt lụa Mã Châu", approx="over",
      optional=True),
]

COMMENTS = [
    "Báo Quảng Nam online: headline figure 'hơn 60 ha', dateline 'Thứ Năm, 08/08/2024 | 14:20', tag '(QNO) -'. Location Duy Xuyên",
    "(district named in every paragraph; communes stay Duy Xuyên). The headline figure has no period phrase → no period.",
    "'nâng tổng diện tích ... lên 148 ha, đạt 84,6% kế hoạch năm' → percent 84,6 of 148; 62,5 is not given a total (no part cue).",
    "'hiện' = as of the dateline and covers the whole sentence (also the profit clause). Support rates 100%/50% are percent figures.",
    "'Lê Văn Bảy' (a name). 'hơn 400 năm tuổi' (age of the craft village) is descriptive: optional. Distractors: '14:20', '(QNO)', 'Quốc lộ 14H'.",
]

emit("p907-8", TEXT, FIGS, COMMENTS, published="2024-08-08", location="Duy Xuyên")
