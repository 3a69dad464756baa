from lib import F, P, emit

TEXT = """Nghệ An: Gỡ vướng mặt bằng để đẩy nhanh giải ngân vốn đầu tư công

(Baonghean.vn) - 6 tháng đầu năm 2024, toàn tỉnh thực hiện bồi thường, GPMB cho 687 dự án, thu hồi và bàn giao 1.150,6 ha, đạt 52,3% kế hoạch năm; kinh phí bồi thường, hỗ trợ đã chi trả ước đạt 1.245 tỷ đồng, tăng 18,6% so với cùng kỳ năm 2023.

Trong giai đoạn 2021-2025, tỉnh có 126 dự án trọng điểm cần GPMB với tổng diện tích khoảng 9.800 ha. Đến nay đã bàn giao gần 7.350 ha, chiếm khoảng 75%. Các dự án lớn như cao tốc Bắc - Nam đoạn Diễn Châu - Bãi Vọt, đường ven biển Nghi Sơn - Cửa Lò, Khu công nghiệp WHA Industrial Zone 1 đã cơ bản hoàn thành GPMB.

Một số địa phương có khối lượng GPMB lớn trong 6 tháng đầu năm gồm: Nghi Lộc (212,6 ha), Diễn Châu (174,3 ha), thị xã Hoàng Mai (138,9 ha) và TP Vinh (96,2 ha). Ngược lại, huyện Quỳnh Lưu mới bàn giao được 31,5% diện tích theo kế hoạch, thấp nhất tỉnh.

Công tác GPMB vẫn còn nhiều vướng mắc: toàn tỉnh còn khoảng 1.420 hộ chưa đồng thuận phương án bồi thường, trong đó có 380 hộ thuộc diện phải tái định cư. Trong 6 tháng, các cấp tiếp nhận 215 đơn thư liên quan đến GPMB, giảm 12% so với cùng kỳ, đã giải quyết 198 đơn (đạt 92,1%). Từ đầu năm đến nay, tỉnh đã tổ chức cưỡng chế thu hồi đất đối với 17 trường hợp theo Điều 89 Luật Đất đai.

Theo đồng chí Nguyễn Văn Đệ, Phó Chủ tịch UBND tỉnh, năm 2024 tỉnh phấn đấu bàn giao khoảng 2.200 ha, giải ngân vốn đầu tư công đạt trên 95% kế hoạch; trong đó các dự án trọng điểm phải hoàn thành GPMB từ 90 đến 100% trước ngày 30/9/2024. Số điện thoại đường dây nóng về GPMB: 0238.3598.666.

Thu Hà
27/06/2024
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6b = P("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inh=True)
DN = P("Đến nay", None, "2024-06-27")
DNi = P("Đến nay", None, "2024-06-27", inh=True)
Y = P("năm 2024", "2024-01-01", "2024-12-31")
LIST = "khối lượng GPMB"
FIGS = [
    F("cho 687 dự án", "687", 687, "count", "dự án", "dự án thực hiện bồi thường, GPMB", H6),
    F("bàn giao 1.150,6 ha", "1.150,6", 1150.6, "measure", "ha", "diện tích thu hồi và bàn giao", H6, percent=52.3),
    F("ước đạt 1.245 tỷ đồng", "1.245", 1245000000000, "money", "đồng", "kinh phí bồi thường, hỗ trợ đã chi trả", H6,
      status="estimate", change={"direction": "increase", "value": 18.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("có 126 dự án", "126", 126, "count", "dự án", "dự án trọng điểm cần GPMB", P("Trong giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("khoảng 9.800 ha", "9.800", 9800, "measure", "ha", "tổng diện tích cần GPMB", P("Trong giai đoạn 2021-2025", "2021-01-01", "2025-12-31"),
      approx="about"),
    F("gần 7.350 ha", "7.350", 7350, "measure", "ha", "diện tích đã bàn giao", DN, approx="nearly", percent=75),
    F("Nghi Lộc (212,6 ha)", "212,6", 212.6, "measure", "ha", LIST, H6b, location="Nghi Lộc"),
    F("Diễn Châu (174,3 ha)", "174,3", 174.3, "measure", "ha", LIST, H6b, location="Diễn Châu"),
    F("Hoàng Mai (138,9 ha)", "138,9", 138.9, "measure", "ha", LIST, H6b, location="Hoàng Mai"),
    F("Vinh (96,2 ha)", "96,2", 96.2, "measure", "ha", LIST, H6b, location="Vinh"),
    F("được 31,5% diện tích", "31,5", 31.5, "percent", "%", "diện tích bàn giao theo kế hoạch", H6i, location="Quỳnh Lưu"),
    F("khoảng 1.420 hộ", "1.420", 1420, "count", "hộ", "hộ chưa đồng thuận phương án bồi thường", DNi, approx="about"),
    F("có 380 hộ", "380", 380, "count", "hộ", "hộ thuộc diện phải tái định cư", DNi, total=1420),
    F("tiếp nhận 215 đơn", "215", 215, "count", "đơn thư", "đơn thư liên quan đến GPMB", P("Trong 6 tháng", "2024-01-01", "2024-06-30"),
      change={"direction": "decrease", "value": 12, "unit": "%", "baseline": "cùng kỳ"}),
    F("giải quyết 198 đơn", "198", 198, "count", "đơn", "đơn thư đã giải quyết", P("Trong 6 tháng", "2024-01-01", "2024-06-30"),
      percent=92.1),
    F("với 17 trường hợp", "17", 17, "count", "trường hợp", "trường hợp cưỡng chế thu hồi đất",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-06-27")),
    F("khoảng 2.200 ha", "2.200", 2200, "measure", "ha", "diện tích bàn giao", Y, approx="about", status="target"),
    F("trên 95%", "95", 95, "percent", "%", "giải ngân vốn đầu tư công", Y, approx="over", status="target"),
    F("từ 90 đến 100%", "90", 90, "percent", "%", "hoàn thành GPMB các dự án trọng điểm",
      P("trước ngày 30/9/2024", None, "2024-09-30"), value_max=100, status="target"),
]

HEADER = """Báo Nghệ An (baonghean.vn): GPMB for public investment projects, first half of 2024. No dateline at the top; the bare '27/06/2024' after the byline is its date.
Location Nghệ An; district items go to location (Nghi Lộc, Diễn Châu, thị xã Hoàng Mai, TP Vinh → Vinh, huyện Quỳnh Lưu).
'1.150,6 ha, đạt 52,3% kế hoạch năm' percent; '1.245 tỷ … ước đạt …, tăng 18,6% so với cùng kỳ năm 2023' estimate with change.
'giai đoạn 2021-2025' is the period of the 126 projects / 9.800 ha. 'Đến nay … gần 7.350 ha, chiếm khoảng 75%' percent 75 (the 'khoảng' is on the share).
'trong đó có 380 hộ' is part of '1.420 hộ'. '215 đơn, giảm 12% so với cùng kỳ' change; '198 đơn (đạt 92,1%)' percent; no total (no cue).
Targets in 'năm 2024 tỉnh phấn đấu …': '2.200 ha', 'trên 95%', and the range 'từ 90 đến 100% trước ngày 30/9/2024' (as-of deadline).
Distractors: 'Khu công nghiệp WHA Industrial Zone 1', 'Điều 89 Luật Đất đai', 'giai đoạn 2021-2025', hotline 0238.3598.666, the bare date."""

emit("p300-8", TEXT, FIGS, HEADER, published="2024-06-27", location="Nghệ An")
