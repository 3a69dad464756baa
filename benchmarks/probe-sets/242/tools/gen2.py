from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÀ RỊA - VŨNG TÀU
Kinh tế > Công nghiệp

Sản lượng dầu thô 6 tháng đầu năm giảm, công nghiệp ngoài dầu khí tăng mạnh
Cập nhật: 10/07/2024 09:15

Theo Cục Thống kê tỉnh, chỉ số sản xuất công nghiệp (IIP) 6 tháng đầu năm 2024 của tỉnh ước tăng 6,84% so với cùng kỳ; nếu không tính dầu khí, IIP ước tăng 15,27%. Riêng ngành khai khoáng, chủ yếu là khai thác dầu thô và khí đốt tự nhiên, giảm 4,1%.

Sản lượng dầu thô khai thác trên địa bàn ước đạt 3,92 triệu tấn, giảm 5,6% so với cùng kỳ năm 2023, đạt 48,7% kế hoạch năm; khí thiên nhiên ở dạng khí ước đạt 3,46 tỷ m3, tăng 2,3%. Kế hoạch năm 2024, UBND tỉnh giao chỉ tiêu khai thác dầu thô 8,05 triệu tấn.

Nhà máy xử lý khí Dinh Cố (huyện Long Điền) sản xuất 152,4 nghìn tấn khí hóa lỏng (LPG) và 41,5 nghìn tấn condensate. Từ đầu năm đến nay, Kho cảng LNG Thị Vải (thị xã Phú Mỹ), công suất giai đoạn 1 là 1 triệu tấn/năm, đã tiếp nhận 6 chuyến tàu với tổng khối lượng khoảng 390 nghìn tấn LNG.

Thu ngân sách từ dầu thô 6 tháng đầu năm ước đạt 11.850 tỷ đồng, chiếm 31,2% tổng thu ngân sách nhà nước trên địa bàn. Hiện ngành dầu khí đóng góp khoảng 38% GRDP của tỉnh; dự báo cả năm 2024, sản lượng dầu thô khai thác chỉ đạt từ 7,7 đến 7,8 triệu tấn do các mỏ chính suy giảm tự nhiên.

Mọi thông tin chi tiết xin liên hệ Cục Thống kê tỉnh, số 198 đường Bạch Đằng, phường Phước Trung, TP Bà Rịa; điện thoại 0254.3852.451.

Lượt xem: 2.317
"""

H1 = lambda inh=False: P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh)

FIGS = [
    F("tăng 6,84%", "6,84", 6.84, "percent", "%", "chỉ số sản xuất công nghiệp (IIP)", H1(), status="estimate"),
    F("tăng 15,27%", "15,27", 15.27, "percent", "%", "chỉ số sản xuất công nghiệp (IIP) không tính dầu khí", H1(),
      status="estimate"),
    F("giảm 4,1%", "4,1", 4.1, "percent", "%", "chỉ số sản xuất ngành khai khoáng", H1(inh=True)),
    F("ước đạt 3,92 triệu tấn", "3,92", 3920000, "measure", "tấn", "sản lượng dầu thô khai thác", H1(inh=True),
      status="estimate", percent=48.7,
      change={"direction": "decrease", "value": 5.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("ước đạt 3,46 tỷ m3", "3,46", 3460000000, "measure", "m3", "khí thiên nhiên ở dạng khí", H1(inh=True),
      status="estimate", change={"direction": "increase", "value": 2.3, "unit": "%"}),
    F("dầu thô 8,05 triệu tấn", "8,05", 8050000, "measure", "tấn", "chỉ tiêu khai thác dầu thô",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("sản xuất 152,4 nghìn tấn", "152,4", 152400, "measure", "tấn", "khí hóa lỏng (LPG)", H1(inh=True),
      location="Long Điền"),
    F("và 41,5 nghìn tấn", "41,5", 41500, "measure", "tấn", "condensate", H1(inh=True), location="Long Điền"),
    F("là 1 triệu tấn/năm", "1", 1000000, "measure", "tấn/năm", "công suất giai đoạn 1",
      location="Phú Mỹ"),
    F("tiếp nhận 6 chuyến tàu", "6", 6, "count", "chuyến tàu", "chuyến tàu LNG tiếp nhận",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-07-10"), location="Phú Mỹ"),
    F("khoảng 390 nghìn tấn", "390", 390000, "measure", "tấn", "tổng khối lượng LNG tiếp nhận",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-07-10"), approx="about", location="Phú Mỹ"),
    F("ước đạt 11.850 tỷ đồng", "11.850", 11850e9, "money", "đồng", "thu ngân sách từ dầu thô",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), status="estimate", percent=31.2),
    F("khoảng 38% GRDP", "38", 38, "percent", "%", "đóng góp của ngành dầu khí trong GRDP", approx="about"),
    F("từ 7,7 đến 7,8 triệu tấn", "7,7", 7700000, "measure", "tấn", "sản lượng dầu thô khai thác",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), value_max=7800000, status="forecast"),
]

COMMENTS = [
    "revised after the first run: subjects drop the owning entity (plant, pipeline, joint venture, project) and keep the indicator as the sentence names it (shared h01 convention).",
    "Province portal (Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu): oil & gas in the industrial statistics of 6 months 2024. 'Cập nhật: 10/07/2024 09:15'; view counter at the end.",
    "Distractors: address 'số 198 đường Bạch Đằng', phone '0254.3852.451', 'Lượt xem: 2.317', 'giai đoạn 1' inside the capacity phrase (the 1 of '1 triệu tấn/năm' is the figure).",
    "Location: Bà Rịa - Vũng Tàu by default; Dinh Cố plant figures -> Long Điền, Thị Vải LNG terminal -> Phú Mỹ (district/town named in brackets).",
    "Growth rates standing as claims (IIP +6,84%, +15,27%, khai khoáng -4,1%) are percent figures without change; value as written (4.1).",
    "3,92 triệu tấn: change -5,6% vs cùng kỳ năm 2023 and share 'đạt 48,7% kế hoạch năm' (percent). The plan 8,05 triệu tấn is a figure of its own (target).",
    "'ước' governs its clause and continuation: 6,84 and 15,27 estimates; 'khí ... ước đạt' estimate. 'dự báo cả năm 2024 ... từ 7,7 đến 7,8 triệu tấn' forecast with value_max.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-07-10. 'Hiện ... khoảng 38% GRDP' has no period.",
]

build(2, TEXT, FIGS, COMMENTS, published="2024-07-10", location="Bà Rịa - Vũng Tàu")
