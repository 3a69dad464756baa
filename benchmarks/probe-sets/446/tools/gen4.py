from lib import F, P, Y, ch, emit

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN ĐỨC HÒA
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đức Hòa, ngày 05 tháng 7 năm 2024

BÁO CÁO
Tình hình thực hiện và giải ngân kế hoạch vốn đầu tư công 6 tháng đầu năm 2024

1. Kết quả giải ngân
Tổng kế hoạch vốn đầu tư công năm 2024 của huyện là 612.480 triệu đồng. Lũy kế giải ngân đến ngày 30/6/2024 là 248.935 triệu đồng, đạt 40,64% kế hoạch, tăng 6,2 điểm phần trăm so với cùng kỳ năm 2023. Kết quả theo nguồn vốn như sau:

Đơn vị tính: triệu đồng
Nguồn vốn | Kế hoạch năm 2024 | Giải ngân đến 30/6/2024 | Tỷ lệ (%)
Vốn tỉnh hỗ trợ có mục tiêu | 305.000 | 138.210 | 45,31
Vốn ngân sách huyện | 251.480 | 92.118 | 36,63
Vốn xổ số kiến thiết | 56.000 | 18.607 | 33,23
Tổng cộng | 612.480 | 248.935 | 40,64

2. Các dự án giải ngân chậm
Đến nay, huyện còn 11/38 dự án có tỷ lệ giải ngân dưới 20%, chủ yếu là dự án khởi công mới như Đường Lộc Giang - Hựu Thạnh (giai đoạn 2), Trường THCS Hòa Khánh Tây, Kênh tiêu T5. Riêng dự án nâng cấp Đường tỉnh 822 mới giải ngân 1.250/42.000 triệu đồng kế hoạch (đạt 2,98%) do vướng mặt bằng của 23 hộ dân.

3. Nhiệm vụ 6 tháng cuối năm
Phấn đấu đến ngày 30/9/2024 giải ngân đạt trên 65% và đến ngày 31/01/2025 giải ngân 100% kế hoạch vốn được giao; điều chuyển vốn của các dự án không có khả năng giải ngân sang dự án có khối lượng.

Nơi nhận:
- UBND tỉnh Long An (b/c);
- Sở Kế hoạch và Đầu tư;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Lợi
"""

Y24 = Y(2024)
J30 = P("đến ngày 30/6/2024", None, "2024-06-30")
J30h = P("Giải ngân đến 30/6/2024", None, "2024-06-30")
J30i = P("Giải ngân đến 30/6/2024", None, "2024-06-30", inh=True)
NOW = P("Đến nay", None, "2024-07-05")
NOWi = P("Đến nay", None, "2024-07-05", inh=True)
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("Vốn tỉnh hỗ trợ có mục tiêu", "305.000", "138.210", "45,31"),
    ("Vốn ngân sách huyện", "251.480", "92.118", "36,63"),
    ("Vốn xổ số kiến thiết", "56.000", "18.607", "33,23"),
    ("Tổng cộng", "612.480", "248.935", "40,64"),
]

FIGS = [
    F("là 612.480 triệu đồng", "612.480", "triệu", "money", "đồng", "tổng kế hoạch vốn đầu tư công", Y24,
      status="target"),
    F("là 248.935 triệu đồng", "248.935", "triệu", "money", "đồng", "lũy kế giải ngân", J30, percent=40.64,
      change=ch("increase", 6.2, "điểm phần trăm", "cùng kỳ năm 2023")),
]
for label, plan, done, rate in ROWS:
    FIGS += [
        F(f"{label} | {plan} |", plan, "triệu", "money", "đồng", f"{label} kế hoạch năm 2024", PLAN, status="target"),
        F(f"{plan} | {done} |", done, "triệu", "money", "đồng", f"{label} giải ngân đến 30/6/2024", J30h),
        F(f"{done} | {rate}\n", rate, 1, "percent", "%", f"{label} tỷ lệ giải ngân", J30i),
    ]
FIGS += [
    F("còn 11/38 dự án", "11", 1, "count", "dự án", "dự án có tỷ lệ giải ngân dưới 20%", NOW, total=38),
    F("dưới 20%", "20", 1, "percent", "%", "tỷ lệ giải ngân", NOWi, approx="under", optional=True),
    F("giải ngân 1.250/42.000", "1.250", "triệu", "money", "đồng", "dự án nâng cấp Đường tỉnh 822 giải ngân", NOWi,
      target={"value": 42000000000, "unit": "đồng"}, percent=2.98),
    F("của 23 hộ dân", "23", 1, "count", "hộ dân", "hộ dân vướng mặt bằng", NOWi),
    F("đạt trên 65%", "65", 1, "percent", "%", "giải ngân", P("đến ngày 30/9/2024", None, "2024-09-30"),
      approx="over", status="target"),
    F("giải ngân 100% kế hoạch", "100", 1, "percent", "%", "giải ngân kế hoạch vốn được giao",
      P("đến ngày 31/01/2025", None, "2025-01-31"), status="target"),
]

COMMENTS = [
    "Formal report with letterhead, UBND huyện Đức Hòa (Long An), 'Số: 186/BC-UBND'; the place-and-date line is its date (2024-07-05).",
    "Flattened '|' table with 'Đơn vị tính: triệu đồng' (money ×10⁶) and a 'Tỷ lệ (%)' column. Every numeric cell is a figure; subject =",
    "row label + column label; 'Kế hoạch năm 2024' cells are status target with the header's year; 'Giải ngân đến 30/6/2024' cells are",
    "as-of 30/6/2024 from their header; the rate column states no period (inherited). No totals for table cells (as p205-7).",
    "'tăng 6,2 điểm phần trăm' follows 'đạt 40,64%' and belongs to the figure 248.935 triệu (the rate is only its percent attribute).",
    "'1.250/42.000 triệu đồng kế hoạch' → the second number is the plan: target, not total (FIGURES.md 'Result against plan').",
    "'Đến nay' ends at the report date. Distractors: document number, section numbers 1./2./3., 'giai đoạn 2', 'Kênh tiêu T5',",
    "'Đường tỉnh 822', 'Lưu: VT', signer, the title's '6 tháng đầu năm 2024'.",
]

emit("p446-4", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Đức Hòa")
