from lib import F, P, C, T, build

text = """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > An ninh - Quốc phòng

Công an tỉnh: 9 tháng năm 2024 cấp gần 22 nghìn hộ chiếu phổ thông
Cập nhật: 07/10/2024 08:45 | Lượt xem: 2.317

Theo báo cáo của Phòng Quản lý xuất nhập cảnh Công an tỉnh, 9 tháng năm 2024, đơn vị đã tiếp nhận 22.486 hồ sơ đề nghị cấp hộ chiếu phổ thông, tăng 18,6% so với cùng kỳ năm 2023; đã cấp 21.934 cuốn hộ chiếu, trong đó 9.870 cuốn được cấp qua Cổng dịch vụ công, chiếm 45%. Số hồ sơ nộp trực tuyến toàn trình đạt 12.115 hồ sơ, chiếm 53,9% tổng số hồ sơ tiếp nhận.

Về quản lý người nước ngoài, từ đầu năm đến nay, toàn tỉnh tiếp nhận khai báo tạm trú cho 48.650 lượt người nước ngoài, trong đó qua trang thông tin điện tử khai báo tạm trú gần 41.200 lượt. Phòng đã cấp 312 thẻ tạm trú, giải quyết gia hạn tạm trú cho 1.045 trường hợp; phát hiện, xử lý 27 trường hợp vi phạm theo Nghị định số 144/2021/NĐ-CP, phạt tiền 186,5 triệu đồng.

Qua các cửa khẩu trên địa bàn tỉnh, 9 tháng qua lực lượng chức năng đã làm thủ tục xuất nhập cảnh cho hơn 1,38 triệu lượt người, tăng 2,1 lần so với cùng kỳ; trong đó Cửa khẩu quốc tế đường bộ số II Kim Thành 402.500 lượt, Cửa khẩu quốc tế Lào Cai 968.300 lượt, Cửa khẩu quốc tế ga đường sắt Lào Cai 12.700 lượt.

Năm 2024, Công an tỉnh phấn đấu tỷ lệ hồ sơ cấp hộ chiếu nộp trực tuyến đạt trên 60%, thời gian trả kết quả không quá 8 ngày làm việc. Công dân có nhu cầu liên hệ Phòng Quản lý xuất nhập cảnh, số 2 đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai; đường dây nóng 0214.3820.688.

Minh Anh (Công an tỉnh)
"""

Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-07")
YTDi = P("từ đầu năm đến nay", "2024-01-01", "2024-10-07", inh=True)
G9 = P("9 tháng qua", "2024-01-01", "2024-09-30")
SUBJ_GATE = "lượt người xuất nhập cảnh qua các cửa khẩu"

figs = [
    F("gần 22 nghìn hộ chiếu", "22", 22000, "count", "hộ chiếu phổ thông", "hộ chiếu phổ thông được cấp",
      approx="nearly", period=Y9),
    F("tiếp nhận 22.486 hồ sơ", "22.486", 22486, "count", "hồ sơ", "hồ sơ đề nghị cấp hộ chiếu phổ thông tiếp nhận",
      change=C("increase", 18.6, "%", "cùng kỳ năm 2023"), period=Y9),
    F("đã cấp 21.934 cuốn", "21.934", 21934, "count", "cuốn hộ chiếu", "hộ chiếu đã cấp", period=Y9),
    F("trong đó 9.870 cuốn", "9.870", 9870, "count", "cuốn hộ chiếu", "hộ chiếu cấp qua Cổng dịch vụ công",
      total=21934, percent=45, period=Y9),
    F("đạt 12.115 hồ sơ", "12.115", 12115, "count", "hồ sơ", "hồ sơ nộp trực tuyến toàn trình",
      percent=53.9, period=Y9i),
    F("cho 48.650 lượt", "48.650", 48650, "count", "lượt người nước ngoài", "người nước ngoài được khai báo tạm trú",
      period=YTD),
    F("gần 41.200 lượt", "41.200", 41200, "count", "lượt", "lượt khai báo tạm trú qua trang thông tin điện tử",
      approx="nearly", total=48650, period=YTD),
    F("cấp 312 thẻ tạm trú", "312", 312, "count", "thẻ tạm trú", "thẻ tạm trú cấp cho người nước ngoài", period=YTDi),
    F("cho 1.045 trường hợp", "1.045", 1045, "count", "trường hợp", "trường hợp được gia hạn tạm trú", period=YTDi),
    F("xử lý 27 trường hợp", "27", 27, "count", "trường hợp", "trường hợp vi phạm bị phát hiện, xử lý", period=YTDi),
    F("phạt tiền 186,5 triệu đồng", "186,5", 186500000, "money", "đồng", "tiền phạt vi phạm", period=YTDi),
    F("hơn 1,38 triệu lượt người", "1,38", 1380000, "count", "lượt người", SUBJ_GATE, approx="over",
      change=C("increase", 2.1, "lần", "cùng kỳ"), period=G9),
    F("Kim Thành 402.500 lượt", "402.500", 402500, "count", "lượt", SUBJ_GATE, total=1380000, period=G9),
    F("Lào Cai 968.300 lượt", "968.300", 968300, "count", "lượt", SUBJ_GATE, total=1380000, period=G9),
    F("sắt Lào Cai 12.700 lượt", "12.700", 12700, "count", "lượt", SUBJ_GATE, total=1380000, period=G9),
    F("đạt trên 60%", "60", 60, "percent", "%", "tỷ lệ hồ sơ cấp hộ chiếu nộp trực tuyến", approx="over",
      status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("không quá 8 ngày", "8", 8, "measure", "ngày làm việc", "thời gian trả kết quả", approx="at_most",
      status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

comments = [
    "Cổng TTĐT tỉnh Lào Cai: Công an tỉnh, 9 tháng 2024 — hộ chiếu phổ thông, khai báo tạm trú người nước ngoài, lượt xuất nhập cảnh qua cửa khẩu.",
    "Dateline 'Cập nhật: 07/10/2024 08:45 | Lượt xem: 2.317' (counter is page furniture). Distractors: Nghị định số 144/2021/NĐ-CP,",
    "'Cửa khẩu quốc tế đường bộ số II Kim Thành' (a name), address 'số 2 đường Hoàng Liên', hotline 0214.3820.688.",
    "'từ đầu năm đến nay' runs to the dateline (2024-10-07). Border gates are not places: the gate items keep Lào Cai and the list's indicator.",
    "'trong đó 9.870 cuốn' is part of 21.934 cuốn (same unit); 'gần 41.200 lượt' part of 48.650 lượt. 12.115 hồ sơ: 'chiếm 53,9% tổng số' gives a share, no stated whole number.",
    "'tăng 2,1 lần so với cùng kỳ' is the change of 1,38 triệu (unit lần). Gate items after 'trong đó' take the whole 1,38 triệu as total.",
    "The headline 'gần 22 nghìn hộ chiếu' is a figure (headline restates the body; kept required) with the period '9 tháng năm 2024' of its own line.",
]
build(1, text, comments, "2024-10-07", "Lào Cai", figs)
