from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN U MINH
Tin tức - Sự kiện » Kinh tế

CỤM KHÍ - ĐIỆN - ĐẠM CÀ MAU HOÀN THÀNH VƯỢT KẾ HOẠCH NĂM 2024

Năm 2024, các đơn vị thuộc Cụm Khí - Điện - Đạm Cà Mau đóng trên địa bàn xã Khánh An tiếp tục vận hành an toàn, ổn định, hoàn thành vượt các chỉ tiêu được giao.

Hệ thống đường ống dẫn khí PM3 - Cà Mau đã cung cấp 1,86 tỷ m3 khí, đạt 103% kế hoạch, trong đó cấp cho hai nhà máy điện 1,34 tỷ m3 và Nhà máy Đạm Cà Mau 0,52 tỷ m3.

Nhà máy Điện Cà Mau 1 và Cà Mau 2 (tổng công suất 1.500 MW) sản xuất 6,92 tỷ kWh điện, tăng 8,4% so với năm 2023; trong đó Cà Mau 1 đạt 3,58 tỷ kWh, Cà Mau 2 đạt 3,34 tỷ kWh.

Nhà máy Đạm Cà Mau sản xuất 968 nghìn tấn urê quy đổi, tiêu thụ 1,02 triệu tấn phân bón các loại; doanh thu đạt 14.280 tỷ đồng, lợi nhuận sau thuế 1.215 tỷ đồng, gấp 1,3 lần năm 2023.

Các đơn vị trong Cụm đã nộp ngân sách nhà nước khoảng 2.350 tỷ đồng; giải quyết việc làm cho hơn 1.100 lao động, trong đó có 176 lao động là người địa phương. Giai đoạn 2021-2024, Cụm đã dành khoảng 45 tỷ đồng cho công tác an sinh xã hội trên địa bàn huyện, xây dựng 120 căn nhà đại đoàn kết.

Năm 2025, Cụm phấn đấu cấp khí 1,9 tỷ m3, sản xuất từ 6,5-7 tỷ kWh điện và 950 nghìn tấn urê.

Địa chỉ liên hệ: Ban Quản lý Cụm, ấp 4, xã Khánh An, huyện U Minh, tỉnh Cà Mau. Điện thoại: 0290.3898.555.

Thanh Tùng - Trung tâm VH-TT&TT huyện
15/01/2025
"""

Y = lambda inh=True: P("Năm 2024", "2024-01-01", "2024-12-31", inh)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("cung cấp 1,86 tỷ m3", "1,86", 1.86e9, "measure", "m3", "khí cung cấp",
      Y(), percent=103),
    F("cấp cho hai nhà máy điện", "hai", 2, "count", "nhà máy điện", "nhà máy điện", optional=True),
    F("điện 1,34 tỷ m3", "1,34", 1.34e9, "measure", "m3", "khí cấp cho hai nhà máy điện", Y(), total=1.86e9),
    F("Cà Mau 0,52 tỷ m3", "0,52", 0.52e9, "measure", "m3", "khí cấp cho Nhà máy Đạm Cà Mau", Y(), total=1.86e9),
    F("công suất 1.500 MW", "1.500", 1500, "measure", "MW", "tổng công suất"),
    F("sản xuất 6,92 tỷ kWh", "6,92", 6.92e9, "measure", "kWh", "điện sản xuất", Y(),
      change={"direction": "increase", "value": 8.4, "unit": "%", "baseline": "năm 2023"}),
    F("đạt 3,58 tỷ kWh", "3,58", 3.58e9, "measure", "kWh", "điện sản xuất Cà Mau 1", Y(), total=6.92e9),
    F("đạt 3,34 tỷ kWh", "3,34", 3.34e9, "measure", "kWh", "điện sản xuất Cà Mau 2", Y(), total=6.92e9),
    F("sản xuất 968 nghìn tấn", "968", 968000, "measure", "tấn", "urê quy đổi sản xuất", Y()),
    F("tiêu thụ 1,02 triệu tấn", "1,02", 1020000, "measure", "tấn", "phân bón các loại tiêu thụ", Y()),
    F("đạt 14.280 tỷ đồng", "14.280", 14280e9, "money", "đồng", "doanh thu", Y()),
    F("thuế 1.215 tỷ đồng", "1.215", 1215e9, "money", "đồng", "lợi nhuận sau thuế", Y(),
      change={"direction": "increase", "value": 1.3, "unit": "lần", "baseline": "năm 2023"}),
    F("khoảng 2.350 tỷ đồng", "2.350", 2350e9, "money", "đồng", "nộp ngân sách nhà nước", Y(), approx="about"),
    F("hơn 1.100 lao động", "1.100", 1100, "count", "lao động", "lao động được giải quyết việc làm", approx="over"),
    F("có 176 lao động", "176", 176, "count", "lao động", "lao động là người địa phương", total=1100),
    F("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", "kinh phí cho công tác an sinh xã hội",
      P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31"), approx="about"),
    F("xây dựng 120 căn nhà", "120", 120, "count", "căn nhà", "nhà đại đoàn kết xây dựng",
      P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")),
    F("cấp khí 1,9 tỷ m3", "1,9", 1.9e9, "measure", "m3", "cấp khí", Y25, status="target"),
    F("từ 6,5-7 tỷ kWh", "6,5", 6.5e9, "measure", "kWh", "sản xuất điện", Y25, value_max=7e9, status="target"),
    F("và 950 nghìn tấn", "950", 950000, "measure", "tấn", "urê sản xuất", Y25, status="target"),
]

COMMENTS = [
    "revised after the first run: subjects drop the owning entity (plant, pipeline, joint venture, project) and keep the indicator as the sentence names it (shared h01 convention).",
    "District portal (huyện U Minh, Cà Mau): Cà Mau gas-power-fertiliser cluster, results of 2024 and targets 2025. No dateline at the top; bare date '15/01/2025' after the byline at the end.",
    "Distractors: pipeline 'PM3 - Cà Mau', plant names 'Cà Mau 1', 'Cà Mau 2' (numbers in names), 'ấp 4', phone '0290.3898.555', 'Giai đoạn 2021-2024', 'năm 2023' baselines.",
    "Location: U Minh (district portal; the cluster is in xã Khánh An, huyện U Minh) for every figure; 'Cà Mau' in plant/pipeline names does not make the figures provincial.",
    "'Năm 2024' stands in the title and in the first paragraph only; later figures inherit it. 'đạt 103% kế hoạch' is a share (percent).",
    "'trong đó' parts: gas to power plants / fertiliser plant (total 1,86 tỷ m3), Cà Mau 1 / Cà Mau 2 (total 6,92 tỷ kWh), 176 of 'hơn 1.100 lao động' (total 1100).",
    "'hai nhà máy điện' inside a subject phrase: optional. 'gấp 1,3 lần năm 2023' after the profit: a change in 'lần'. Capacity 1.500 MW: no period.",
    "Targets 2025 'phấn đấu': 'từ 6,5-7 tỷ kWh' range (value_max 7 tỷ).",
]

build(6, TEXT, FIGS, COMMENTS, published="2025-01-15", location="U Minh")
