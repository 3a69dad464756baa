from lib import F, P, Y, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG
Thứ Hai, 08/07/2024 - 15:20

Đức Trọng: Thu phí chợ 6 tháng đầu năm đạt hơn 58% kế hoạch

6 tháng đầu năm 2024, Ban Quản lý chợ huyện Đức Trọng đã thu phí sử dụng diện tích bán hàng tại các chợ được 2,35 tỷ đồng, đạt 58,7% kế hoạch năm, tăng 6,2% so với cùng kỳ năm 2023. Trong đó, chợ Liên Nghĩa thu 1,42 tỷ đồng; chợ Hiệp Thạnh 326 triệu đồng; chợ Phú Hội 248 triệu đồng; các chợ còn lại thu 356 triệu đồng. Riêng tháng 6/2024, số thu đạt 417 triệu đồng, cao nhất từ đầu năm.

Hiện nay, toàn huyện có 15 chợ, gồm 1 chợ hạng I, 2 chợ hạng II và 12 chợ hạng III, với tổng số 2.164 lô sạp, ki-ốt; số hộ kinh doanh cố định là 1.873 hộ, đạt tỷ lệ lấp đầy 86,6%. Tại chợ Liên Nghĩa, từ đầu năm đến nay đã có 147 hộ tiểu thương đăng ký bán hàng qua các sàn thương mại điện tử và 612/1.035 hộ sử dụng mã QR để thanh toán không dùng tiền mặt.

Ban Quản lý chợ cũng đã phối hợp với Đội Quản lý thị trường số 4 kiểm tra 36 lượt hộ kinh doanh, phát hiện và xử lý 5 trường hợp vi phạm về niêm yết giá, nộp ngân sách 18,5 triệu đồng.

Cả năm 2024, Ban Quản lý chợ phấn đấu thu phí đạt 4 tỷ đồng trở lên, đồng thời phối hợp với UBND xã Hiệp Thạnh hoàn thành cải tạo nhà lồng chợ Hiệp Thạnh (giai đoạn 2) với kinh phí dự kiến khoảng 7,8 tỷ đồng. Mức thu phí tại các chợ trên địa bàn huyện hiện dao động từ 150.000 đến 600.000 đồng/lô/tháng tùy vị trí, theo Quyết định số 25/2023/QĐ-UBND của UBND tỉnh.

Minh Châu - Văn phòng HĐND và UBND huyện
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-07-08")
SUBJ = "phí sử dụng diện tích bán hàng thu được"

FIGS = [
    F("đạt hơn 58% kế hoạch", "58", 58, "percent", "%", "thu phí chợ so với kế hoạch",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("được 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", SUBJ + " tại các chợ", H1, percent=58.7,
      change=CH("increase", 6.2, "%", "cùng kỳ năm 2023")),
    F("thu 1,42 tỷ đồng", "1,42", 1.42e9, "money", "đồng", SUBJ + " chợ Liên Nghĩa", H1I, total=2.35e9),
    F("Thạnh 326 triệu đồng", "326", 326e6, "money", "đồng", SUBJ + " chợ Hiệp Thạnh", H1I, total=2.35e9),
    F("Hội 248 triệu đồng", "248", 248e6, "money", "đồng", SUBJ + " chợ Phú Hội", H1I, total=2.35e9),
    F("thu 356 triệu đồng", "356", 356e6, "money", "đồng", SUBJ + " các chợ còn lại", H1I, total=2.35e9),
    F("đạt 417 triệu đồng", "417", 417e6, "money", "đồng", "số thu",
      P("tháng 6/2024", "2024-06-01", "2024-06-30")),
    F("có 15 chợ", "15", 15, "count", "chợ", "chợ"),
    F("gồm 1 chợ hạng I", "1", 1, "count", "chợ", "chợ hạng I", total=15),
    F(", 2 chợ hạng II", "2", 2, "count", "chợ", "chợ hạng II", total=15),
    F("12 chợ hạng III", "12", 12, "count", "chợ", "chợ hạng III", total=15),
    F("2.164 lô sạp", "2.164", 2164, "count", "lô sạp, ki-ốt", "lô sạp, ki-ốt tại các chợ"),
    F("1.873 hộ", "1.873", 1873, "count", "hộ", "hộ kinh doanh cố định", percent=86.6),
    F("có 147 hộ", "147", 147, "count", "hộ tiểu thương", "hộ tiểu thương chợ Liên Nghĩa đăng ký bán hàng qua sàn thương mại điện tử", YTD),
    F("612/1.035", "612", 612, "count", "hộ", "hộ sử dụng mã QR để thanh toán không dùng tiền mặt tại chợ Liên Nghĩa", YTD, total=1035),
    F("kiểm tra 36 lượt", "36", 36, "count", "lượt hộ kinh doanh", "lượt hộ kinh doanh được kiểm tra"),
    F("xử lý 5 trường hợp", "5", 5, "count", "trường hợp", "trường hợp vi phạm về niêm yết giá bị xử lý"),
    F("sách 18,5 triệu đồng", "18,5", 18.5e6, "money", "đồng", "tiền xử lý vi phạm nộp ngân sách"),
    F("đạt 4 tỷ đồng", "4", 4e9, "money", "đồng", "thu phí chợ", Y(2024, "Cả năm 2024"), approx="at_least", status="target"),
    F("khoảng 7,8 tỷ đồng", "7,8", 7.8e9, "money", "đồng", "kinh phí cải tạo nhà lồng chợ Hiệp Thạnh",
      approx="about", status="forecast"),
    F("từ 150.000 đến 600.000", "150.000", 150000, "money", "đồng/lô/tháng", "mức thu phí tại các chợ",
      value_max=600000),
]

COMMENTS = [
    "District portal (huyện Đức Trọng, Lâm Đồng): thu phí chợ 6 tháng đầu năm 2024, chợ, lô sạp, hộ kinh doanh, mục tiêu cả năm.",
    "Dateline 'Thứ Hai, 08/07/2024 - 15:20'; byline at the end. The year-less title '6 tháng đầu năm' takes 2024 from the dateline.",
    "2,35 tỷ đồng: share 58,7% (of plan) + change 6,2%; four market amounts after 'Trong đó' are its parts (inherited period).",
    "'gồm 1 / 2 / 12 chợ hạng …' are parts of 15 chợ. '1.873 hộ, đạt tỷ lệ lấp đầy 86,6%' takes the share after 'đạt'.",
    "'612/1.035 hộ' total 1035. 'từ đầu năm đến nay' runs to the dateline. 'trở lên' = at_least; 'dự kiến khoảng' = forecast + about.",
    "Markets (chợ Liên Nghĩa …) and communes are not places of a figure: location stays Đức Trọng.",
    "Distractors: 'Đội Quản lý thị trường số 4', '(giai đoạn 2)', Quyết định số 25/2023/QĐ-UBND, 'hạng I/II/III', dateline time.",
    "revised: 417 triệu subject = 'số thu' (as the sentence names it); 15 chợ loses 'trên địa bàn huyện' (place → location).",
]

emit("p317-2", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Đức Trọng")
