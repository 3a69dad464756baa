from lib import F, P, CH, emit

TEXT = """BÁO QUẢNG NGÃI ĐIỆN TỬ - Kinh tế

Thép Hòa Phát Dung Quất: Năm 2024 sản xuất hơn 5,3 triệu tấn thép thô
20/01/2025 07:45

(Báo Quảng Ngãi)- Tại hội nghị tổng kết chiều 18/1, Công ty CP Thép Hòa Phát Dung Quất cho biết, năm 2024 Khu liên hợp sản xuất gang thép Hòa Phát Dung Quất (KKT Dung Quất) sản xuất hơn 5,3 triệu tấn thép thô, tăng 12,6% so với năm 2023, vượt 6% kế hoạch; tiêu thụ 5,15 triệu tấn sản phẩm các loại, trong đó thép cuộn cán nóng (HRC) 3,2 triệu tấn, thép xây dựng 1,48 triệu tấn, phôi thép 470 nghìn tấn. Riêng quý IV/2024, sản lượng thép thô đạt 1,42 triệu tấn, cao nhất từ trước đến nay.

Doanh thu năm 2024 của Công ty ước đạt 72.500 tỷ đồng; nộp ngân sách khoảng 6.120 tỷ đồng, chiếm 28,4% tổng thu ngân sách nhà nước trên địa bàn tỉnh. Hiện doanh nghiệp sử dụng 6.650 lao động, thu nhập bình quân 16,2 triệu đồng/người/tháng.

Dự án Khu liên hợp gang thép Hòa Phát Dung Quất 2 có tổng vốn đầu tư 85.000 tỷ đồng, công suất thiết kế 5,6 triệu tấn HRC/năm. Lò cao số 1 của dự án đã ra gang ngày 31/12/2024; lò cao số 2 dự kiến đi vào hoạt động trong quý I/2025. Khi hoàn thành, tổng công suất của khu liên hợp dự kiến đạt 11,2 triệu tấn thép/năm.

Năm 2025, Công ty phấn đấu sản xuất 7,5 triệu tấn thép thô, tiêu thụ 7,2 triệu tấn. Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Trần Phước Hiền đề nghị doanh nghiệp tiếp tục quan tâm bảo vệ môi trường, ưu tiên tuyển dụng lao động địa phương; hiện đã có trên 70% lao động của nhà máy là người Quảng Ngãi.

MINH HIẾU
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 5,3 triệu tấn thép thô\n", "5,3", 5300000, "measure", "tấn", "thép thô sản xuất",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("hơn 5,3 triệu tấn thép thô,", "5,3", 5300000, "measure", "tấn", "thép thô sản xuất", Y24, approx="over",
      change=CH("increase", 12.6, baseline="năm 2023")),
    F("vượt 6% kế hoạch", "6", 6, "percent", "%", "thép thô sản xuất vượt kế hoạch", Y24, optional=True),
    F("tiêu thụ 5,15 triệu tấn", "5,15", 5150000, "measure", "tấn", "sản phẩm các loại tiêu thụ", Y24),
    F("(HRC) 3,2 triệu tấn", "3,2", 3200000, "measure", "tấn", "thép cuộn cán nóng (HRC)", Y24, total=5150000),
    F("xây dựng 1,48 triệu tấn", "1,48", 1480000, "measure", "tấn", "thép xây dựng", Y24, total=5150000),
    F("phôi thép 470 nghìn tấn", "470", 470000, "measure", "tấn", "phôi thép", Y24, total=5150000),
    F("đạt 1,42 triệu tấn", "1,42", 1420000, "measure", "tấn", "sản lượng thép thô",
      P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("ước đạt 72.500 tỷ đồng", "72.500", 72500000000000, "money", "đồng", "doanh thu của Công ty",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="estimate"),
    F("khoảng 6.120 tỷ đồng", "6.120", 6120000000000, "money", "đồng", "nộp ngân sách",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate", percent=28.4),
    F("sử dụng 6.650 lao động", "6.650", 6650, "count", "lao động", "lao động doanh nghiệp sử dụng"),
    F("bình quân 16,2 triệu", "16,2", 16200000, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("đầu tư 85.000 tỷ đồng", "85.000", 85000000000000, "money", "đồng",
      "tổng vốn đầu tư Dự án Khu liên hợp gang thép Hòa Phát Dung Quất 2"),
    F("thiết kế 5,6 triệu tấn", "5,6", 5600000, "measure", "tấn/năm", "công suất thiết kế HRC"),
    F("đạt 11,2 triệu tấn", "11,2", 11200000, "measure", "tấn/năm", "tổng công suất thép của khu liên hợp",
      status="forecast"),
    F("sản xuất 7,5 triệu tấn", "7,5", 7500000, "measure", "tấn", "thép thô sản xuất", Y25, status="target"),
    F("tiêu thụ 7,2 triệu tấn", "7,2", 7200000, "measure", "tấn", "tiêu thụ", Y25, status="target"),
    F("trên 70% lao động", "70", 70, "percent", "%", "lao động của nhà máy là người Quảng Ngãi", approx="over"),
]

COMMENTS = [
    "Báo Quảng Ngãi (Party newspaper): Hòa Phát Dung Quất steel complex, 2024 results, phase 2 project, 2025 plan. Bare dateline '20/01/2025 07:45', byline at end.",
    "Default location Quảng Ngãi (the paper's province; 'trên địa bàn tỉnh', 'người Quảng Ngãi'). 'KKT Dung Quất' is an economic zone in a name.",
    "Headline 5,3 triệu tấn is a figure (period from the headline 'Năm 2024'). Body: 'tăng 12,6% so với năm 2023, vượt 6% kế hoạch' -> first is",
    "the change attribute; the second change is a figure of its own, optional (FIGURES.md 'One of each attribute').",
    "'trong đó' HRC / thép xây dựng / phôi thép add up to 5,15 triệu -> total 5,15 triệu; '470 nghìn tấn' = 470000.",
    "'ước đạt 72.500 tỷ đồng; nộp ngân sách khoảng 6.120 tỷ' -> the 'ước' clause continues: both estimate; 'chiếm 28,4%' is 6.120's percent.",
    "Capacities 'tấn HRC/năm', 'tấn thép/năm' are rates (measure), unit 'tấn/năm' (the product goes to the subject, as 'tấn than' -> 'tấn'). 'dự kiến đạt 11,2 triệu tấn' -> forecast (no period: 'Khi hoàn thành').",
    "revised after the first run: units 'tấn HRC/năm', 'tấn thép/năm' -> 'tấn/năm' (FIGURES.md: shortest noun phrase), product moved to subject.",
    "Distractors: 'chiều 18/1', 'Lò cao số 1', 'lò cao số 2' (names), 'ngày 31/12/2024', 'quý I/2025' (a date of commissioning), dateline.",
    "'Hiện' (present) figures get no period. 'Dung Quất 2' is a project name, not a figure.",
]

emit("p302-5", TEXT, COMMENTS, FIGS, published="2025-01-20", location="Quảng Ngãi")
