from lib import F, P, I, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VŨ THƯ

Vũ Thư mở rộng cánh đồng mẫu lớn gắn với tiêu thụ sản phẩm

Vụ mùa năm nay, huyện Vũ Thư xây dựng 38 cánh đồng mẫu lớn với tổng diện tích 2.640 ha, tăng 320 ha so với vụ mùa năm trước. Có năm doanh nghiệp ký hợp đồng bao tiêu sản phẩm với 21 hợp tác xã dịch vụ nông nghiệp; diện tích liên kết tiêu thụ đạt 1.850 ha, chiếm 70,1% diện tích cánh đồng mẫu lớn. Các giống chủ lực là BC15, TBR225, Bắc thơm số 7 và Đài Thơm 8.

Tính đến ngày 30/9/2024, toàn huyện đã thu hoạch được 1.120 ha lúa trong cánh đồng mẫu lớn, năng suất ước đạt 62 tạ/ha, cao hơn 3,5 tạ/ha so với ngoài cánh đồng. Giá thu mua lúa Bắc thơm số 7 tại ruộng từ 7.000 đến 7.200 đồng/kg; lúa BC15 khoảng 6.500 đồng/kg.

Trong quý III/2024, huyện hỗ trợ 1,86 tỷ đồng cho các hợp tác xã mua máy cấy, máy gặt đập liên hợp; trong đó ngân sách tỉnh 1,2 tỷ đồng, ngân sách huyện 660 triệu đồng. Đến nay, tỷ lệ cơ giới hóa khâu làm đất và thu hoạch trên địa bàn đạt trên 98%, khâu cấy đạt gần 45%.

Năm 2023, toàn huyện có 34 cánh đồng mẫu lớn, lợi nhuận bình quân đạt 14,6 triệu đồng/ha, gấp 1,4 lần sản xuất đại trà.

Giai đoạn 2021-2025, huyện phấn đấu mỗi năm xây dựng từ 35 đến 40 cánh đồng mẫu lớn; đến năm 2025, 100% hợp tác xã dịch vụ nông nghiệp có liên kết tiêu thụ sản phẩm với doanh nghiệp.

Phòng Nông nghiệp và PTNT huyện Vũ Thư
Trụ sở: Thị trấn Vũ Thư, tỉnh Thái Bình - ĐT: 0227.3826.145
14/10/2024
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
NOW = P("Đến nay", None, "2024-10-14")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
E25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("xây dựng 38 cánh đồng", "38", 38, "count", "cánh đồng mẫu lớn", "cánh đồng mẫu lớn xây dựng"),
    F("tổng diện tích 2.640 ha", "2.640", 2640, "measure", "ha", "tổng diện tích cánh đồng mẫu lớn",
      change=C("increase", 320, "ha", "vụ mùa năm trước")),
    F("Có năm doanh nghiệp", "năm", 5, "count", "doanh nghiệp", "doanh nghiệp ký hợp đồng bao tiêu sản phẩm"),
    F("với 21 hợp tác xã", "21", 21, "count", "hợp tác xã", "hợp tác xã dịch vụ nông nghiệp ký hợp đồng bao tiêu"),
    F("đạt 1.850 ha", "1.850", 1850, "measure", "ha", "diện tích liên kết tiêu thụ", percent=70.1),
    F("thu hoạch được 1.120 ha", "1.120", 1120, "measure", "ha", "diện tích lúa trong cánh đồng mẫu lớn đã thu hoạch", ASOF),
    F("ước đạt 62 tạ/ha", "62", 62, "measure", "tạ/ha", "năng suất lúa trong cánh đồng mẫu lớn", ASOF, status="estimate",
      change=C("increase", 3.5, "tạ/ha", "ngoài cánh đồng")),
    F("từ 7.000 đến 7.200", "7.000", 7000, "money", "đồng/kg", "giá thu mua lúa Bắc thơm số 7 tại ruộng", value_max=7200),
    F("khoảng 6.500 đồng/kg", "6.500", 6500, "money", "đồng/kg", "giá thu mua lúa BC15", approx="about"),
    F("hỗ trợ 1,86 tỷ đồng", "1,86", 1.86e9, "money", "đồng", "kinh phí hỗ trợ hợp tác xã mua máy cấy, máy gặt đập liên hợp", Q3),
    F("tỉnh 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "ngân sách tỉnh hỗ trợ", Q3, total=1.86e9),
    F("huyện 660 triệu đồng", "660", 660e6, "money", "đồng", "ngân sách huyện hỗ trợ", Q3, total=1.86e9),
    F("đạt trên 98%", "98", 98, "percent", "%", "tỷ lệ cơ giới hóa khâu làm đất và thu hoạch", NOW, approx="over"),
    F("đạt gần 45%", "45", 45, "percent", "%", "tỷ lệ cơ giới hóa khâu cấy", NOW, approx="nearly"),
    F("có 34 cánh đồng", "34", 34, "count", "cánh đồng mẫu lớn", "cánh đồng mẫu lớn", Y23),
    F("đạt 14,6 triệu", "14,6", 14.6e6, "money", "đồng/ha", "lợi nhuận bình quân", Y23,
      change=C("increase", 1.4, "lần", "sản xuất đại trà")),
    F("từ 35 đến 40", "35", 35, "count", "cánh đồng mẫu lớn", "cánh đồng mẫu lớn xây dựng mỗi năm", G, value_max=40, status="target"),
    F("2025, 100%", "100", 100, "percent", "%", "hợp tác xã dịch vụ nông nghiệp có liên kết tiêu thụ sản phẩm với doanh nghiệp", E25,
      status="target"),
]

COMMENTS = [
    "District portal (huyện Vũ Thư, Thái Bình): large model fields (cánh đồng mẫu lớn) in the vụ mùa; NO dateline at the top, a bare",
    "'14/10/2024' at the end is the article's date. Location Vũ Thư.",
    "Distractors: variety names 'BC15', 'TBR225', 'Bắc thơm số 7', 'Đài Thơm 8'; phone 0227.3826.145; 'Thị trấn Vũ Thư'; 'Giai đoạn",
    "2021-2025' itself. 'Vụ mùa năm nay' / 'vụ mùa năm trước' are seasons: no period (not scored); 'năm trước' is a baseline text.",
    "'Có năm doanh nghiệp' — the number word 'năm' (5), not 'year'. 1.850 ha 'chiếm 70,1% diện tích cánh đồng mẫu lớn' → share, no total.",
    "'Tính đến ngày 30/9/2024' as-of for harvest and yield (estimate; change +3,5 tạ/ha vs outside the fields).",
    "quý III/2024 money 1,86 tỷ with '; trong đó' parts 1,2 tỷ and 660 triệu (total 1,86 tỷ). 'Đến nay' ends at the article's date.",
    "Năm 2023: 34 fields; profit 14,6 triệu đồng/ha 'gấp 1,4 lần sản xuất đại trà' → change in lần.",
    "Targets: 'Giai đoạn 2021-2025, … phấn đấu mỗi năm … từ 35 đến 40' (range, period of the sentence), 'đến năm 2025, 100% …' (end-only).",
]

emit("p365-8", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Vũ Thư")
