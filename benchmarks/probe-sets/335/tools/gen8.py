from lib import F, P, chg, write

TEXT = """Cao tốc Hoài Nhơn – Quy Nhơn: Sản lượng 11 tháng ước đạt gần 1,2 nghìn tỷ đồng

(BĐ) - Theo Ban Quản lý dự án 2 (Bộ GTVT), trong 11 tháng năm 2024, sản lượng thi công Dự án cao tốc Hoài Nhơn – Quy Nhơn ước đạt gần 1,2 nghìn tỷ đồng, tăng 1,4 lần so với cùng kỳ. Lũy kế từ khi khởi công, sản lượng đạt 3.560 tỷ đồng, bằng 67,2% giá trị hợp đồng.

Tuyến dài 69,5 km (Km0+000 – Km69+500), đi qua thị xã Hoài Nhơn và các huyện Phù Mỹ, Phù Cát, Tuy Phước của tỉnh Bình Định; tổng mức đầu tư 13.000 tỷ đồng.

Khối lượng một số hạng mục chính (tính đến 30/11/2024):
Hạng mục	Thiết kế	Đã thực hiện	Tỷ lệ (%)
Đào nền (nghìn m3)	4.850	4.120	84,9
Đắp nền (nghìn m3)	6.230	4.370	70,1
Cầu (cái)	42	31	73,8
Cống, hầm chui (cái)	156	121	77,6

Đáng chú ý, gói thầu XL2 (huyện Phù Mỹ) mới đạt 58% khối lượng, thấp hơn 9,5% so với kế hoạch do thiếu đất đắp. Tại huyện Phù Cát còn 3 hộ dân chưa bàn giao mặt bằng với diện tích khoảng 0,8 ha. Mỗi ngày trên công trường có từ 1.300 đến 1.500 lao động cùng hơn 600 máy móc, thiết bị.

Để đưa dự án về đích, Ban Quản lý dự án 2 đề ra mục tiêu đến hết quý I/2025 đạt từ 80 đến 85% khối lượng toàn tuyến. UBND tỉnh cam kết bàn giao dứt điểm mặt bằng trong tháng 12/2024; các nhà thầu Tổng công ty 36, Công ty 471 tiếp tục thi công "3 ca, 4 kíp" xuyên Tết.

Hoài Thu
15/12/2024
"""

M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
M11T = P("11 tháng", "2024-01-01", "2024-11-30")
ASOF_I = P("tính đến 30/11/2024", None, "2024-11-30", inh=True)

ROWS = [
    ("Đào nền (nghìn m3)\t", "Đào nền", "measure", "m3", 1000, ["4.850", "4.120", "84,9"]),
    ("Đắp nền (nghìn m3)\t", "Đắp nền", "measure", "m3", 1000, ["6.230", "4.370", "70,1"]),
    ("Cầu (cái)\t", "Cầu", "count", "cái", 1, ["42", "31", "73,8"]),
    ("Cống, hầm chui (cái)\t", "Cống, hầm chui", "count", "cái", 1, ["156", "121", "77,6"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("Sản lượng 11 tháng ước đạt gần 1,2", "1,2", 1.2e12, "money", "đồng", "Sản lượng", approx="nearly",
      status="estimate", period=M11T, optional=True),
    F("Quy Nhơn ước đạt gần 1,2", "1,2", 1.2e12, "money", "đồng", "sản lượng thi công", approx="nearly",
      status="estimate", change=chg("increase", 1.4, "lần", "cùng kỳ"), period=M11),
    F("đạt 3.560 tỷ", "3.560", 3.56e12, "money", "đồng", "Lũy kế sản lượng", percent=67.2),
    F("dài 69,5 km", "69,5", 69.5, "measure", "km", "chiều dài tuyến"),
    F("13.000 tỷ", "13.000", 13e12, "money", "đồng", "tổng mức đầu tư"),
]
for lead, label, kind, unit, mult, cells in ROWS:
    a, b, c = cells
    FIGS += [
        F(lead + a, a, num(a) * mult, kind, unit, f"{label} thiết kế"),
        F(f"{a}\t{b}\t", b, num(b) * mult, kind, unit, f"{label} đã thực hiện", period=ASOF_I),
        F(f"{b}\t{c}\n", c, num(c), "percent", "%", f"Tỷ lệ {label}", period=ASOF_I),
    ]
FIGS += [
    F("đạt 58%", "58", 58, "percent", "%", "khối lượng gói thầu XL2", change=chg("decrease", 9.5, "%", "kế hoạch"),
      location="Phù Mỹ"),
    F("còn 3 hộ", "3", 3, "count", "hộ dân", "hộ dân chưa bàn giao mặt bằng", location="Phù Cát"),
    F("khoảng 0,8 ha", "0,8", 0.8, "measure", "ha", "diện tích chưa bàn giao", approx="about", location="Phù Cát"),
    F("từ 1.300 đến 1.500", "1.300", 1300, "count", "lao động", "lao động mỗi ngày trên công trường",
      value_max=1500),
    F("hơn 600 máy móc", "600", 600, "count", "máy móc, thiết bị", "máy móc, thiết bị trên công trường",
      approx="over"),
    F("từ 80 đến 85%", "80", 80, "percent", "%", "khối lượng toàn tuyến", value_max=85, status="target",
      period=P("đến hết quý I/2025", None, "2025-03-31")),
]

COMMENTS = [
    "Báo Bình Định (BĐ): cao tốc Hoài Nhơn – Quy Nhơn (inside Bình Định), output 11 months 2024. No dateline on top: byline and bare",
    "date '15/12/2024' at the end. Headline '1,2 nghìn tỷ' restates the body (optional); '1,2 nghìn tỷ' = 1.2×10^12 đồng.",
    "Tab-separated table; units and multiplier from the row labels '(nghìn m3)' (×1000, m3) and '(cái)', '(%)' column. Subject = row + column.",
    "'Đã thực hiện' and rate cells inherit 'tính đến 30/11/2024' from the caption line; design quantities have no period. No totals in tables.",
    "'tăng 1,4 lần so với cùng kỳ' is a change in 'lần'; '58% ..., thấp hơn 9,5% so với kế hoạch' a change (gap to plan). Place in brackets",
    "'(huyện Phù Mỹ)' and 'Tại huyện Phù Cát' give locations. 'mục tiêu ... từ 80 đến 85%' is a target range.",
    "Distractors: 'Ban Quản lý dự án 2', chainage 'Km0+000 – Km69+500', 'quý I/2025', 'tháng 12/2024', 'Tổng công ty 36', 'Công ty 471', '3 ca, 4 kíp'.",
]

write("p335-8", TEXT, FIGS, COMMENTS, published="2024-12-15", location="Bình Định")
