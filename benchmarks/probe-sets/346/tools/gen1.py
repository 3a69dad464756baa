from lib import F, P, build

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG
Trang chủ » Tin tức - Sự kiện » Kinh tế
Cập nhật: 12/03/2025 08:15 | Lượt xem: 2.145

An Giang: Cơ giới hóa đồng bộ giúp giảm chi phí sản xuất lúa

Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, năm 2024 toàn tỉnh An Giang gieo trồng 631.500 ha lúa, trong đó diện tích áp dụng cơ giới hóa đồng bộ từ khâu làm đất đến thu hoạch đạt khoảng 410.000 ha, chiếm 64,9%.

Tỷ lệ cơ giới hóa theo từng khâu năm 2024 như sau: làm đất 100%, gieo sạ 78,5%, chăm sóc và phun thuốc bảo vệ thực vật 86%, thu hoạch 98,7%, sấy 72% và vận chuyển 95%.

Hiện toàn tỉnh có 7.850 máy kéo các loại (tăng 6,2% so với năm 2023), 2.410 máy gặt đập liên hợp, 1.236 lò sấy với tổng công suất trên 28.000 tấn/mẻ và 415 thiết bị bay không người lái phục vụ phun thuốc, bón phân, tăng gấp 2,5 lần so với năm 2022. Số thiết bị bay của tỉnh đứng thứ 2 khu vực Đồng bằng sông Cửu Long, chỉ sau Đồng Tháp.

Ông Lê Văn Phước, Phó Giám đốc Sở Nông nghiệp và PTNT, cho biết nhờ cơ giới hóa, nông dân tiết kiệm chi phí từ 1,5 đến 2 triệu đồng/ha mỗi vụ; tỷ lệ tổn thất sau thu hoạch giảm từ 12% xuống còn dưới 6%. Tại huyện Thoại Sơn, 100% diện tích lúa được thu hoạch bằng máy.

Năm 2025, tỉnh phấn đấu nâng tỷ lệ cơ giới hóa khâu gieo sạ lên 85%, khâu sấy đạt trên 80%; đến năm 2030 có ít nhất 600 thiết bị bay phục vụ sản xuất. Nguồn vốn thực hiện Kế hoạch số 147/KH-UBND ngày 20/02/2025 dự kiến khoảng 45 tỷ đồng.

Địa chỉ: Số 5 Lê Triệu Kiết, phường Mỹ Bình, TP Long Xuyên. Điện thoại: 0296.3852.118
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
RATE = "tỷ lệ cơ giới hóa khâu "

FIGS = [
    F("gieo trồng 631.500 ha lúa", "631.500", "measure", "ha", "diện tích lúa gieo trồng", period=Y24),
    F("đạt khoảng 410.000 ha", "410.000", "measure", "ha",
      "diện tích áp dụng cơ giới hóa đồng bộ từ khâu làm đất đến thu hoạch",
      approx="about", total=631500, percent=64.9, period=Y24),
    F("làm đất 100%", "100", "percent", "%", RATE + "làm đất", period=Y24),
    F("gieo sạ 78,5%", "78,5", "percent", "%", RATE + "gieo sạ", period=Y24),
    F("bảo vệ thực vật 86%", "86", "percent", "%", RATE + "chăm sóc và phun thuốc bảo vệ thực vật", period=Y24),
    F("thu hoạch 98,7%", "98,7", "percent", "%", RATE + "thu hoạch", period=Y24),
    F("sấy 72%", "72", "percent", "%", RATE + "sấy", period=Y24),
    F("vận chuyển 95%", "95", "percent", "%", RATE + "vận chuyển", period=Y24),
    F("có 7.850 máy kéo", "7.850", "count", "máy kéo", "máy kéo các loại",
      change={"direction": "increase", "value": 6.2, "unit": "%", "baseline": "năm 2023"}),
    F("2.410 máy gặt", "2.410", "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp"),
    F("1.236 lò sấy", "1.236", "count", "lò sấy", "lò sấy"),
    F("trên 28.000 tấn/mẻ", "28.000", "measure", "tấn/mẻ", "tổng công suất lò sấy", approx="over"),
    F("và 415 thiết bị bay", "415", "count", "thiết bị bay không người lái",
      "thiết bị bay không người lái phục vụ phun thuốc, bón phân",
      change={"direction": "increase", "value": 2.5, "unit": "lần", "baseline": "năm 2022"}),
    F("đứng thứ 2 khu vực", "2", "rank", "hạng", "số thiết bị bay"),
    F("từ 1,5 đến 2 triệu đồng/ha", "1,5", "money", "đồng/ha", "chi phí nông dân tiết kiệm nhờ cơ giới hóa",
      value=1_500_000, value_max=2_000_000),
    F("giảm từ 12% xuống", "12", "percent", "%", "tỷ lệ tổn thất sau thu hoạch trước đây"),
    F("còn dưới 6%", "6", "percent", "%", "tỷ lệ tổn thất sau thu hoạch", approx="under"),
    F("Thoại Sơn, 100%", "100", "percent", "%", "diện tích lúa được thu hoạch bằng máy", location="Thoại Sơn"),
    F("lên 85%", "85", "percent", "%", RATE + "gieo sạ", status="target", period=Y25),
    F("đạt trên 80%", "80", "percent", "%", RATE + "sấy", approx="over", status="target", period=Y25),
    F("ít nhất 600 thiết bị bay", "600", "count", "thiết bị bay", "thiết bị bay phục vụ sản xuất",
      approx="at_least", status="target", period=TO30),
    F("khoảng 45 tỷ đồng", "45", "money", "đồng", "nguồn vốn thực hiện kế hoạch",
      mult=10**9, approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh An Giang (province portal): cơ giới hóa sản xuất lúa năm 2024. Dateline 'Cập nhật: 12/03/2025 08:15', counter 'Lượt xem: 2.145'.",
    "Distractors: counter, 'Kế hoạch số 147/KH-UBND ngày 20/02/2025', address 'Số 5 Lê Triệu Kiết', phone 0296.3852.118, breadcrumb.",
    "List of stage rates shares 'tỷ lệ cơ giới hóa … năm 2024' (same sentence, so period scored). 'trong đó … 410.000 ha, chiếm 64,9%' → total + percent.",
    "Machine counts ('Hiện toàn tỉnh có …') are stocks at the time of writing: no period phrase, so no period. 'tăng gấp 2,5 lần so với năm 2022' is the change",
    "of the 415 drones it follows. 'giảm từ 12% xuống còn dưới 6%': two levels, no change object (neither number is a change amount).",
    "Thoại Sơn (a district of the province) is the location of its 100%; 'chỉ sau Đồng Tháp' is not a figure.",
    "Targets: 'phấn đấu' (năm 2025), 'đến năm 2030 có ít nhất 600' (start null). '45 tỷ đồng … dự kiến' is a forecast without a period.",
]

build(1, TEXT, FIGS, COMMENTS, published="2025-03-12", location="An Giang")
