from lib import F, P, I, C, T, write

TEXT = """
Cổng Thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội
Cập nhật: 12/07/2024 09:15 | Lượt xem: 2.318

Cấp cứu 115 Nghệ An tiếp nhận hơn 21.000 cuộc gọi trong 6 tháng

Theo báo cáo của Trung tâm Cấp cứu 115 Nghệ An, 6 tháng đầu năm 2024, tổng đài 115 đã tiếp nhận 21.436 cuộc gọi, tăng 12,4% so với cùng kỳ năm 2023; trong đó có 6.872 cuộc gọi yêu cầu cấp cứu, chiếm 32,1%. Trung tâm đã điều động xe cứu thương 5.940 lượt, cấp cứu và vận chuyển an toàn 5.613 người bệnh về các cơ sở y tế.

Trong số người bệnh được vận chuyển, nạn nhân tai nạn giao thông chiếm 28,5%, chủ yếu trên Quốc lộ 1A, Quốc lộ 7 và Quốc lộ 48; đột quỵ và bệnh lý tim mạch chiếm 19,7%.

Thời gian tiếp cận hiện trường trung bình tại thành phố Vinh là 11,8 phút, giảm 2,3 phút so với cùng kỳ; tại các huyện đồng bằng khoảng 25 phút, các huyện miền núi từ 45 đến 60 phút.

Hiện trung tâm có 9 trạm cấp cứu vệ tinh và 27 xe cứu thương, trong đó 8 xe đạt chuẩn hồi sức cấp cứu loại A, 11 xe đã sử dụng trên 10 năm. Tính đến ngày 30/6, toàn tỉnh có 127 xe cứu thương tại các bệnh viện, trung tâm y tế công lập. Năm 2024, UBND tỉnh bố trí 18,5 tỷ đồng để mua sắm 6 xe cứu thương mới theo Quyết định số 1231/QĐ-UBND, dự kiến bàn giao trong quý III/2024.

Giá vận chuyển người bệnh bằng xe của trung tâm là 15.000 đồng/km, thấp hơn khoảng 40% so với xe cứu thương tư nhân.

Mục tiêu đến năm 2025, tỉnh phấn đấu rút ngắn thời gian tiếp cận hiện trường tại thành phố Vinh xuống dưới 10 phút và nâng số trạm cấp cứu vệ tinh lên 12 trạm.

Sở Y tế Nghệ An - Số 18 Trường Thi, TP. Vinh | Điện thoại: 0238.3844.529
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HL = P("trong 6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 21.000 cuộc gọi trong 6 tháng", "21.000", 21000, "count", "cuộc gọi",
      "cuộc gọi tổng đài 115 tiếp nhận", HL, approx="over"),
    F("tiếp nhận 21.436 cuộc gọi", "21.436", 21436, "count", "cuộc gọi",
      "cuộc gọi tổng đài 115 tiếp nhận", H1,
      change=C("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("có 6.872 cuộc gọi", "6.872", 6872, "count", "cuộc gọi",
      "cuộc gọi yêu cầu cấp cứu", H1, total=21436, percent=32.1),
    F("xe cứu thương 5.940 lượt", "5.940", 5940, "count", "lượt",
      "lượt điều động xe cứu thương", I(H1)),
    F("an toàn 5.613 người bệnh", "5.613", 5613, "count", "người bệnh",
      "người bệnh được cấp cứu và vận chuyển về các cơ sở y tế", I(H1)),
    F("giao thông chiếm 28,5%", "28,5", 28.5, "percent", "%",
      "nạn nhân tai nạn giao thông trong số người bệnh được vận chuyển", I(H1)),
    F("tim mạch chiếm 19,7%", "19,7", 19.7, "percent", "%",
      "người bệnh đột quỵ và bệnh lý tim mạch trong số người bệnh được vận chuyển", I(H1)),
    F("Vinh là 11,8 phút", "11,8", 11.8, "measure", "phút",
      "thời gian tiếp cận hiện trường trung bình", I(H1), location="Vinh",
      change=C("decrease", 2.3, "phút", "cùng kỳ")),
    F("khoảng 25 phút", "25", 25, "measure", "phút",
      "thời gian tiếp cận hiện trường trung bình tại các huyện đồng bằng", I(H1), approx="about"),
    F("từ 45 đến 60 phút", "45", 45, "measure", "phút",
      "thời gian tiếp cận hiện trường trung bình tại các huyện miền núi", I(H1), value_max=60),
    F("có 9 trạm", "9", 9, "count", "trạm cấp cứu vệ tinh", "trạm cấp cứu vệ tinh"),
    F("và 27 xe cứu thương", "27", 27, "count", "xe cứu thương", "xe cứu thương của trung tâm"),
    F("trong đó 8 xe", "8", 8, "count", "xe", "xe đạt chuẩn hồi sức cấp cứu loại A", total=27),
    F("11 xe đã sử dụng", "11", 11, "count", "xe", "xe đã sử dụng trên 10 năm", total=27),
    F("trên 10 năm", "10", 10, "measure", "năm", "thời gian sử dụng xe", approx="over", optional=True),
    F("toàn tỉnh có 127 xe", "127", 127, "count", "xe cứu thương",
      "xe cứu thương tại các bệnh viện, trung tâm y tế công lập",
      P("Tính đến ngày 30/6", None, "2024-06-30")),
    F("bố trí 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng",
      "kinh phí UBND tỉnh bố trí mua sắm xe cứu thương mới", Y24),
    F("mua sắm 6 xe", "6", 6, "count", "xe cứu thương", "xe cứu thương mới mua sắm", Y24),
    F("là 15.000 đồng/km", "15.000", 15000, "money", "đồng/km",
      "giá vận chuyển người bệnh bằng xe của trung tâm",
      change=C("decrease", 40, "%", "xe cứu thương tư nhân", approx="about")),
    F("dưới 10 phút", "10", 10, "measure", "phút",
      "thời gian tiếp cận hiện trường tại thành phố Vinh", T25, approx="under",
      status="target", location="Vinh"),
    F("lên 12 trạm", "12", 12, "count", "trạm", "trạm cấp cứu vệ tinh", T25, status="target"),
]

NOTES = [
    "Province portal (Nghệ An): Trung tâm Cấp cứu 115, first half of 2024.",
    "Distractors: Lượt xem 2.318, 09:15, Quốc lộ 1A/7/48, Quyết định số 1231/QĐ-UBND, quý III/2024 (delivery date),",
    "'loại A', Số 18 Trường Thi, phone. 'tổng đài 115' is a name.",
    "Headline 'trong 6 tháng' takes 2024 from the dateline. Figures of later paragraphs inherit the half-year.",
    "'Hiện' sentences carry no period. 11 xe is the second part after 'trong đó' (total 27); 'trên 10 năm' is a",
    "category threshold (optional). Thành phố Vinh figures are located in Vinh.",
    "'Tính đến ngày 30/6' (no year) takes 2024 from the earlier '6 tháng đầu năm 2024': as-of 2024-06-30.",
]

write("p850-1", TEXT, FIGS, NOTES, published="2024-07-12", location="Nghệ An")
