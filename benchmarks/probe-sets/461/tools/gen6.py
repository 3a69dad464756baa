from lib import F, P, ch, tg, emit

T = """SỞ DU LỊCH THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Tin hoạt động | Thống kê

Du lịch Đà Nẵng 9 tháng năm 2024: lượng khách tăng trưởng tích cực

Lễ hội pháo hoa quốc tế Đà Nẵng (DIFF) 2024 với 6 đêm thi diễn ra từ ngày 8/6 đến ngày 13/7/2024 đã thu hút khoảng 1,2 triệu lượt khách, trong đó khoảng 96.000 lượt khách mua vé vào khán đài. Công suất phòng khách sạn trong các đêm pháo hoa đạt 85-90%.

Quý III/2024, tổng lượt khách cơ sở lưu trú phục vụ ước đạt 2,45 triệu lượt, tăng 19,2% so với cùng kỳ. Tính chung 9 tháng năm 2024, lượt khách ước đạt 8,1 triệu lượt, tăng 24,6% so với cùng kỳ và bằng 78,6% kế hoạch năm. Kết quả cụ thể như sau:

Bảng 1. Kết quả hoạt động du lịch
Đơn vị tính: nghìn lượt
Chỉ tiêu
Quý III/2024
9 tháng năm 2024
9 tháng so với cùng kỳ (%)
Tổng lượt khách lưu trú
2.450
8.100
124,6
Khách quốc tế
1.046
3.520
141,3
Khách nội địa
1.404
4.580
113,8
Tổng thu du lịch (tỷ đồng)
8.920
27.850
121,4

Tính đến 30/9/2024, thành phố có 1.325 cơ sở lưu trú (trong đó 92 khách sạn 4-5 sao) với khoảng 50.420 phòng. Năm 2024, ngành du lịch phấn đấu đón 10,3 triệu lượt khách lưu trú, tổng thu du lịch đạt 36.000 tỷ đồng.

Mọi thông tin xin liên hệ: 118 Nguyễn Văn Linh, quận Thanh Khê; điện thoại 0236.3550.111.
"""

DIFF = dict(text="từ ngày 8/6 đến ngày 13/7/2024", start="2024-06-08", end="2024-07-13")
Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("với 6 đêm thi", "6", 6, "count", "đêm thi", "đêm thi DIFF 2024", optional=True),
    F("khoảng 1,2 triệu lượt khách", "1,2", 1.2e6, "count", "lượt khách",
      "lượt khách Lễ hội pháo hoa quốc tế Đà Nẵng (DIFF) 2024 thu hút", P(**DIFF), approx="about"),
    F("khoảng 96.000 lượt", "96.000", 96000, "count", "lượt khách", "lượt khách mua vé vào khán đài",
      P(**DIFF), approx="about", total=1.2e6),
    F("đạt 85-90%", "85", 85, "percent", "%", "công suất phòng khách sạn trong các đêm pháo hoa",
      P(DIFF["text"], DIFF["start"], DIFF["end"], inh=True), value_max=90),
    F("ước đạt 2,45 triệu lượt", "2,45", 2.45e6, "count", "lượt", "tổng lượt khách cơ sở lưu trú phục vụ",
      Q3, change=ch("increase", 19.2, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 8,1 triệu lượt", "8,1", 8.1e6, "count", "lượt", "lượt khách", M9,
      change=ch("increase", 24.6, baseline="cùng kỳ"), percent=78.6, status="estimate"),
]
rows = [("Tổng lượt khách lưu trú", "2.450", "8.100", "124,6", 1e3, "lượt"),
        ("Khách quốc tế", "1.046", "3.520", "141,3", 1e3, "lượt"),
        ("Khách nội địa", "1.404", "4.580", "113,8", 1e3, "lượt"),
        ("Tổng thu du lịch (tỷ đồng)", "8.920", "27.850", "121,4", 1e9, "đồng")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for label, a, b, c, mult, unit in rows:
    kind = "money" if unit == "đồng" else "count"
    lab = label.replace(" (tỷ đồng)", "")
    figs.append(F(f"{label}\n{a}\n", a, num(a) * mult, kind, unit, f"{lab} Quý III/2024", Q3))
    figs.append(F(f"\n{a}\n{b}\n", b, num(b) * mult, kind, unit, f"{lab} 9 tháng năm 2024", M9))
    figs.append(F(f"\n{b}\n{c}\n", c, num(c), "percent", "%", f"{lab} 9 tháng so với cùng kỳ", M9))

figs += [
    F("có 1.325 cơ sở", "1.325", 1325, "count", "cơ sở lưu trú", "cơ sở lưu trú", ASOF),
    F("trong đó 92 khách sạn", "92", 92, "count", "khách sạn", "khách sạn 4-5 sao", ASOF, total=1325),
    F("4-5 sao", "4", 4, "measure", "sao", "hạng sao khách sạn", value_max=5, optional=True),
    F("khoảng 50.420 phòng", "50.420", 50420, "count", "phòng", "phòng lưu trú", ASOF, approx="about"),
    F("đón 10,3 triệu lượt", "10,3", 10.3e6, "count", "lượt khách lưu trú", "lượt khách lưu trú", Y24, status="target"),
    F("đạt 36.000 tỷ đồng", "36.000", 36000e9, "money", "đồng", "tổng thu du lịch", Y24, status="target"),
]

emit("p461-6", T, [
    "Sở Du lịch Đà Nẵng (department site), menu line, NO dateline anywhere: published null. DIFF 2024 fireworks festival + Q3 and 9 months 2024.",
    "One-cell-per-line table 'Bảng 1', 'Đơn vị tính: nghìn lượt' (×1000); the row label '(tỷ đồng)' overrides the unit for the revenue row; column headers give periods (Quý III/2024, 9 tháng năm 2024).",
    "'9 tháng so với cùng kỳ (%)' column cells are percent figures (period 9 months). Table cells are 'actual' (no Ước column); no totals among table rows.",
    "'6 đêm thi' (number of competition nights) and the hotel class '4-5 sao' are optional. '(trong đó 92 khách sạn …)' is a part of 1.325 cơ sở.",
    "8,1 triệu: change 24,6% first, then 'bằng 78,6% kế hoạch năm' is its percent. 'Tính đến 30/9/2024' is an as-of period for the bracketed part and 50.420 phòng too (same sentence).",
    "Distractors: 'DIFF 2024', 'Bảng 1', address '118 Nguyễn Văn Linh, quận Thanh Khê' (not the place of any figure), phone 0236.3550.111.",
], figs, published=None, location="Đà Nẵng")
