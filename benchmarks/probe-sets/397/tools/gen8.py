from lib import F, P, C, T, emit

TEXT = """TRUNG TÂM KHUYẾN NÔNG TỈNH THANH HÓA
Tin hoạt động | Trồng trọt

Ngô sinh khối - hướng đi hiệu quả trên đất hai lúa

Năm 2023, diện tích ngô sinh khối toàn tỉnh đạt gần 5.900 ha, gấp 2,1 lần năm 2021. Các huyện có diện tích lớn là Yên Định (1.150 ha), Thọ Xuân (980 ha) và Thiệu Hóa (760 ha). Tổng giá trị sản xuất vụ Đông của tỉnh ước đạt 2,6 nghìn tỷ đồng, riêng cây ngô đóng góp khoảng 38%.

Các giống được nông dân ưa chuộng là NK7328, LVN10 và CP511, thời gian sinh trưởng 85-90 ngày. Năng suất ngô sinh khối bình quân đạt 45-50 tấn/ha; với giá bán cho các trang trại bò sữa từ 1.100 đến 1.300 đồng/kg cây tươi, mỗi ha cho lãi 25-30 triệu đồng, cao gấp 2 lần so với trồng ngô lấy hạt. Riêng trang trại bò sữa tại huyện Như Thanh có nhu cầu khoảng 120.000 tấn ngô sinh khối mỗi năm.

Theo Nghị quyết số 13/2023/NQ-HĐND, tỉnh hỗ trợ 2 triệu đồng/ha cho diện tích ngô trồng trên đất hai lúa, tối đa 3 ha/hộ. Vụ Đông năm 2024, toàn tỉnh phấn đấu gieo trồng 15.500 ha ngô, gồm 9.200 ha ngô lấy hạt và 6.300 ha ngô sinh khối. Đến năm 2025, diện tích ngô sinh khối đạt 8.000 ha, tỷ lệ cơ giới hóa khâu thu hoạch trên 70%.

Bà con có nhu cầu tư vấn kỹ thuật liên hệ Trạm Khuyến nông các huyện hoặc số điện thoại 0237.3852.664.

Lượt xem: 2.047
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
T25 = P("Đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt gần 5.900 ha", "5.900", 5900, "measure", "ha", "diện tích ngô sinh khối", Y23, approx="nearly",
      change=C("increase", 2.1, "lần", "năm 2021")),
    F("Yên Định (1.150 ha)", "1.150", 1150, "measure", "ha", "diện tích ngô sinh khối", Y23i, location="Yên Định"),
    F("Thọ Xuân (980 ha)", "980", 980, "measure", "ha", "diện tích ngô sinh khối", Y23i, location="Thọ Xuân"),
    F("Thiệu Hóa (760 ha)", "760", 760, "measure", "ha", "diện tích ngô sinh khối", Y23i, location="Thiệu Hóa"),
    F("ước đạt 2,6 nghìn tỷ đồng", "2,6", 2600000000000, "money", "đồng", "tổng giá trị sản xuất vụ Đông", Y23i,
      status="estimate"),
    F("khoảng 38%", "38", 38, "percent", "%", "đóng góp của cây ngô trong giá trị sản xuất vụ Đông", Y23i,
      approx="about", status="estimate"),
    F("sinh trưởng 85-90 ngày", "85", 85, "measure", "ngày", "thời gian sinh trưởng của các giống ngô",
      value_max=90),
    F("đạt 45-50 tấn/ha", "45", 45, "measure", "tấn/ha", "năng suất ngô sinh khối bình quân", value_max=50),
    F("từ 1.100 đến 1.300 đồng/kg", "1.100", 1100, "money", "đồng/kg", "giá bán ngô sinh khối cho các trang trại bò sữa",
      value_max=1300),
    F("lãi 25-30 triệu đồng", "25", 25000000, "money", "đồng", "lãi mỗi ha ngô sinh khối", value_max=30000000,
      change=C("increase", 2, "lần", "trồng ngô lấy hạt")),
    F("khoảng 120.000 tấn", "120.000", 120000, "measure", "tấn", "nhu cầu ngô sinh khối của trang trại bò sữa",
      approx="about", location="Như Thanh"),
    F("hỗ trợ 2 triệu đồng/ha", "2", 2000000, "money", "đồng/ha", "mức hỗ trợ cho diện tích ngô trồng trên đất hai lúa"),
    F("tối đa 3 ha/hộ", "3", 3, "measure", "ha/hộ", "diện tích được hỗ trợ mỗi hộ", approx="at_most"),
    F("trồng 15.500 ha", "15.500", 15500, "measure", "ha", "diện tích ngô vụ Đông gieo trồng",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("gồm 9.200 ha", "9.200", 9200, "measure", "ha", "diện tích ngô lấy hạt",
      P("năm 2024", "2024-01-01", "2024-12-31"), total=15500, status="target"),
    F("và 6.300 ha", "6.300", 6300, "measure", "ha", "diện tích ngô sinh khối",
      P("năm 2024", "2024-01-01", "2024-12-31"), total=15500, status="target"),
    F("đạt 8.000 ha", "8.000", 8000, "measure", "ha", "diện tích ngô sinh khối", T25, status="target"),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ cơ giới hóa khâu thu hoạch ngô sinh khối", T25,
      approx="over", status="target"),
]

COMMENTS = [
    "Department site (Trung tâm Khuyến nông Thanh Hóa): silage maize on rice land — area 2023, districts, margins, support policy, winter plan, 2025 target.",
    "No dateline at all (published null); 'Lượt xem: 2.047' is page furniture. Distractors: variety names NK7328, LVN10, CP511 (numbers in names),",
    "'Nghị quyết số 13/2023/NQ-HĐND', phone 0237.3852.664, 'đất hai lúa' (two rice crops: a word, not a figure).",
    "'gấp 2,1 lần năm 2021' after a figure is its change (increase 2,1 lần, baseline năm 2021); 'cao gấp 2 lần so với trồng ngô lấy hạt' likewise.",
    "District list: location = district, indicator inherited from 'Năm 2023'. 'riêng cây ngô đóng góp khoảng 38%' is a percent figure in the",
    "'ước đạt' sentence (the estimate continues). Policy rates ('hỗ trợ 2 triệu đồng/ha', 'tối đa 3 ha/hộ' → at_most) are figures.",
    "'Vụ Đông năm 2024' dates the plan as năm 2024 (a crop season is not in the spec's period table; the year is).",
    "'phấn đấu gieo trồng 15.500 ha ngô, gồm 9.200 ha … và 6.300 ha' → parts with total 15.500, all targets.",
    "'Đến năm 2025, …' keeps the target cue (phấn đấu continues): 8.000 ha and 'trên 70%' are targets with end 2025-12-31.",
]

emit("p397-8", TEXT, COMMENTS, FIGS, published=None, location="Thanh Hóa")
