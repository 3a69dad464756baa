from lib import F, P, I, CH, TG, emit

TEXT = """Báo Quảng Ninh > Thể thao

Quảng Ninh: 9 tháng năm 2024 giành 215 huy chương thể thao thành tích cao

MINH HÀ 06:48, 14/10/2024

9 tháng năm 2024, các đội tuyển thể thao của tỉnh Quảng Ninh tham gia 38 giải quốc gia và quốc tế, giành 215 huy chương (71 HCV, 63 HCB, 81 HCĐ), tăng 18,2% so với cùng kỳ năm 2023. Riêng quý III/2024, các vận động viên giành 92 huy chương, trong đó có 3 huy chương tại các giải quốc tế.

Phong trào thể dục thể thao quần chúng tiếp tục phát triển: 9 tháng, toàn tỉnh tổ chức 42 giải thể thao cấp tỉnh, thu hút hơn 18.500 lượt vận động viên tham gia. Tỷ lệ người tập luyện thường xuyên ước đạt 41,5% (chỉ tiêu năm 2024 là 42%). Giải Marathon quốc tế Di sản Hạ Long 2024 diễn ra ngày 13/10 trên tuyến đường bao biển Trần Quốc Nghiễn.

Toàn tỉnh hiện có 312 sân bóng đá cỏ nhân tạo, tăng 27 sân so với cuối năm 2023, đạt bình quân 2,3 sân/vạn dân. Khu liên hợp thể thao tỉnh tại phường Đại Yên (sát Quốc lộ 18) có diện tích 42,6 ha, tổng vốn đầu tư 1.284,5 tỷ đồng; đến nay đã giải ngân khoảng 860 tỷ đồng, đạt 67% kế hoạch vốn.

Ước cả năm 2024, ngành thể thao tỉnh giành khoảng 260 huy chương, vượt 4% kế hoạch. Dự kiến trong quý IV/2024, tỉnh tổ chức thêm 15 giải thể thao cấp tỉnh với khoảng 5.000 vận động viên tham gia.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
FIGS = [
    F("giành 215 huy chương thể thao", "215", 215, "count", "huy chương", "huy chương thể thao thành tích cao", M9),
    F("tham gia 38 giải", "38", 38, "count", "giải", "giải quốc gia và quốc tế các đội tuyển thể thao của tỉnh tham gia", M9),
    F("giành 215 huy chương (", "215", 215, "count", "huy chương", "huy chương các đội tuyển thể thao của tỉnh giành", M9,
      change=CH("increase", 18.2, "%", "cùng kỳ năm 2023")),
    F("(71 HCV", "71", 71, "count", "HCV", "HCV", M9, total=215),
    F("63 HCB", "63", 63, "count", "HCB", "HCB", M9, total=215),
    F("81 HCĐ", "81", 81, "count", "HCĐ", "HCĐ", M9, total=215),
    F("giành 92 huy chương", "92", 92, "count", "huy chương", "huy chương các vận động viên giành", Q3),
    F("có 3 huy chương", "3", 3, "count", "huy chương", "huy chương tại các giải quốc tế", Q3, total=92),
    F("tổ chức 42 giải", "42", 42, "count", "giải", "giải thể thao cấp tỉnh", P("9 tháng", "2024-01-01", "2024-09-30")),
    F("hơn 18.500 lượt", "18.500", 18500, "count", "lượt vận động viên", "lượt vận động viên tham gia",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("ước đạt 41,5%", "41,5", 41.5, "percent", "%", "Tỷ lệ người tập luyện thường xuyên", I(P("năm 2024", "2024-01-01", "2024-12-31")),
      target=TG(42), status="estimate"),
    F("có 312 sân", "312", 312, "count", "sân bóng đá cỏ nhân tạo", "sân bóng đá cỏ nhân tạo",
      change=CH("increase", 27, "sân", "cuối năm 2023")),
    F("2,3 sân/vạn dân", "2,3", 2.3, "measure", "sân/vạn dân", "sân bóng đá cỏ nhân tạo bình quân"),
    F("42,6 ha", "42,6", 42.6, "measure", "ha", "diện tích Khu liên hợp thể thao tỉnh"),
    F("1.284,5 tỷ đồng", "1.284,5", 1284500000000, "money", "đồng", "tổng vốn đầu tư Khu liên hợp thể thao tỉnh"),
    F("khoảng 860 tỷ đồng", "860", 860000000000, "money", "đồng", "vốn đã giải ngân Khu liên hợp thể thao tỉnh",
      P("đến nay", None, "2024-10-14"), approx="about", percent=67),
    F("khoảng 260 huy chương", "260", 260, "count", "huy chương", "huy chương ngành thể thao tỉnh giành",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", change=CH("increase", 4, "%", "kế hoạch"), status="estimate"),
    F("thêm 15 giải", "15", 15, "count", "giải", "giải thể thao cấp tỉnh tổ chức thêm", Q4, status="forecast"),
    F("khoảng 5.000 vận động viên", "5.000", 5000, "count", "vận động viên", "vận động viên tham gia", Q4,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Báo Quảng Ninh, byline-and-time line 'MINH HÀ 06:48, 14/10/2024': thể thao 9 tháng năm 2024 (huy chương, giải, sân bóng, khu liên hợp).",
    "(71 HCV, 63 HCB, 81 HCĐ) adds up to 215; the change after the bracket belongs to 215. 'chỉ tiêu năm 2024 là 42%' is the target of",
    "41,5% (estimate). 'vượt 4% kế hoạch' is a gap to plan: a change with baseline kế hoạch. 'đạt 67% kế hoạch vốn' is the share of 860 tỷ.",
    "'đến nay' is an as-of period ending at the dateline. Not figures: Quốc lộ 18, Marathon ... 2024 (a name), ngày 13/10, the dateline,",
    "'đường bao biển Trần Quốc Nghiễn'. 'Dự kiến trong quý IV/2024' governs both the 15 tournaments and the 5.000 athletes (forecast).",
]

emit("p579-8", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Quảng Ninh")
