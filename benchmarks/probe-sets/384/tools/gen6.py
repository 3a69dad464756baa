from lib import F, P, I, CH, emit

TEXT = """CỤC THỐNG KÊ TỈNH QUẢNG NINH

Hoạt động vận tải, kho bãi tháng 9 và 9 tháng năm 2024

Doanh thu vận tải, kho bãi và dịch vụ hỗ trợ vận tải tháng 9/2024 ước đạt 1.246,8 tỷ đồng, tăng 2,1% so với tháng trước và tăng 9,6% so với cùng kỳ năm trước.

Tính chung 9 tháng năm 2024, doanh thu ước đạt 10.872,5 tỷ đồng, tăng 8,3% so với cùng kỳ; trong đó doanh thu vận tải hàng hóa 6.415,2 tỷ đồng, chiếm 59%; doanh thu kho bãi, dịch vụ hỗ trợ vận tải 3.188,6 tỷ đồng.

Bảng 2. Vận tải hàng hóa phân theo ngành vận tải

Chỉ tiêu

Đơn vị tính

Ước tháng 9/2024

Ước tính 9 tháng năm 2024

9 tháng 2024 so với cùng kỳ (%)

Khối lượng hàng hóa vận chuyển

Nghìn tấn

6.854,2

59.321,7

108,4

- Đường bộ

Nghìn tấn

4.102,5

35.806,3

109,2

- Đường thủy

Nghìn tấn

2.751,7

23.515,4

107,2

Khối lượng hàng hóa luân chuyển

Triệu tấn.km

1.025,6

8.947,3

106,9

Sản lượng hàng hóa thông qua các cảng biển trên địa bàn tỉnh 9 tháng ước đạt 45,3 triệu tấn, bằng 71,9% kế hoạch năm. Riêng cảng container Cái Lân xếp dỡ 51.340 TEU, giảm 6,2% so với cùng kỳ. Khối lượng hàng hóa vận chuyển bằng đường sắt 9 tháng đạt 312,4 nghìn tấn, giảm 4,5% so với cùng kỳ. Tuyến Quốc lộ 18 và cao tốc Hạ Long - Vân Đồn tiếp tục là hành lang vận tải hàng hóa chính của tỉnh.

Nguồn: Cục Thống kê tỉnh Quảng Ninh
"""

M9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C1 = P("Ước tháng 9/2024", "2024-09-01", "2024-09-30")
C2 = P("Ước tính 9 tháng năm 2024", "2024-01-01", "2024-09-30")
C3 = P("9 tháng 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("ước đạt 1.246,8 tỷ đồng", "1.246,8", 1246800000000, "money", "đồng",
      "doanh thu vận tải, kho bãi và dịch vụ hỗ trợ vận tải", M9, status="estimate",
      change=CH("increase", 2.1, baseline="tháng trước")),
    F("tăng 9,6%", "9,6", 9.6, "percent", "%", "doanh thu vận tải, kho bãi so với cùng kỳ", M9, status="estimate",
      optional=True),
    F("ước đạt 10.872,5 tỷ đồng", "10.872,5", 10872500000000, "money", "đồng", "doanh thu vận tải, kho bãi", N9,
      status="estimate", change=CH("increase", 8.3, baseline="cùng kỳ")),
    F("hóa 6.415,2 tỷ đồng", "6.415,2", 6415200000000, "money", "đồng", "doanh thu vận tải hàng hóa", N9,
      status="estimate", total=10872500000000, percent=59),
    F("vận tải 3.188,6 tỷ đồng", "3.188,6", 3188600000000, "money", "đồng", "doanh thu kho bãi, dịch vụ hỗ trợ vận tải", N9,
      status="estimate", total=10872500000000),
]

rows = [
    ("Khối lượng hàng hóa vận chuyển", "Nghìn tấn", "6.854,2", "59.321,7", "108,4", "tấn", 1e3),
    ("- Đường bộ", "Nghìn tấn", "4.102,5", "35.806,3", "109,2", "tấn", 1e3),
    ("- Đường thủy", "Nghìn tấn", "2.751,7", "23.515,4", "107,2", "tấn", 1e3),
    ("Khối lượng hàng hóa luân chuyển", "Triệu tấn.km", "1.025,6", "8.947,3", "106,9", "tấn.km", 1e6),
]
SUBJ = {"- Đường bộ": "khối lượng hàng hóa vận chuyển đường bộ",
        "- Đường thủy": "khối lượng hàng hóa vận chuyển đường thủy"}

def n(s):
    return float(s.replace(".", "").replace(",", "."))

for label, u, a, b, c, unit, mult in rows:
    subj = SUBJ.get(label, label.lower())
    FIGS += [
        F(f"{u}\n\n{a}\n", a, round(n(a) * mult), "measure", unit, f"{subj} ước tháng 9/2024", C1, status="estimate"),
        F(f"{a}\n\n{b}\n", b, round(n(b) * mult), "measure", unit, f"{subj} ước tính 9 tháng năm 2024", C2,
          status="estimate"),
        F(f"{b}\n\n{c}\n", c, n(c), "percent", "%", f"{subj} 9 tháng 2024 so với cùng kỳ", C3),
    ]

FIGS += [
    F("ước đạt 45,3 triệu tấn", "45,3", 45300000, "measure", "tấn", "sản lượng hàng hóa thông qua các cảng biển",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate", percent=71.9),
    F("xếp dỡ 51.340 TEU", "51.340", 51340, "measure", "TEU", "container xếp dỡ tại cảng Cái Lân", I(N9),
      change=CH("decrease", 6.2, baseline="cùng kỳ")),
    F("đạt 312,4 nghìn tấn", "312,4", 312400, "measure", "tấn", "khối lượng hàng hóa vận chuyển bằng đường sắt",
      P("9 tháng", "2024-01-01", "2024-09-30"), change=CH("decrease", 4.5, baseline="cùng kỳ")),
]

emit("p384-6", TEXT, [
    "Statistics office (Cục Thống kê tỉnh Quảng Ninh): vận tải, kho bãi 9 tháng 2024. No dateline, no published date.",
    "One-cell-per-line table with a 'Đơn vị tính' column: 'Nghìn tấn' ×10³ → tấn, 'Triệu tấn.km' ×10⁶ → tấn.km. Period and status from column",
    "headers ('Ước tháng 9/2024', 'Ước tính 9 tháng năm 2024' → estimate; the '(%)' column carries no cue → actual, period 9 tháng 2024).",
    "Sub-rows '- Đường bộ/- Đường thủy' are parts of the first row but table cells get no total (as the shared gold).",
    "'tăng 2,1% so với tháng trước và tăng 9,6% so với cùng kỳ': the first is the change of 1.246,8 tỷ, the second a percent figure (optional).",
    "'trong đó' parts after ';' continue the 'ước đạt' clause → estimate, total 10.872,5 tỷ. 'bằng 71,9% kế hoạch năm' is the percent of 45,3 triệu tấn.",
    "Distractors: 'Bảng 2', 'Quốc lộ 18', 'cao tốc Hạ Long - Vân Đồn', '- ' row markers.",
], FIGS, location="Quảng Ninh")
