from lib import F, P, build

T = """UBND TỈNH QUẢNG NGÃI
SỞ GIAO THÔNG VẬN TẢI
Số: 1846/BC-SGTVT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình thực hiện và giải ngân vốn các dự án giao thông trọng điểm quý III/2024

I. TÌNH HÌNH GIẢI NGÂN
Kế hoạch vốn năm 2024 giao cho các dự án giao thông trọng điểm trên địa bàn tỉnh là 2.846 tỷ đồng. Tính đến ngày 30/9/2024, đã giải ngân 1.739 tỷ đồng, đạt 61,1% kế hoạch, cao hơn 8,4% so với bình quân chung của tỉnh. Riêng quý III/2024 giải ngân 712 tỷ đồng. Chi tiết như sau:

Bảng 1. Giải ngân vốn theo dự án
Đơn vị tính: tỷ đồng
Dự án | Kế hoạch vốn 2024 | Giải ngân đến 30/9/2024 | Tỷ lệ (%)
Cao tốc Quảng Ngãi - Hoài Nhơn (GPMB) | 1.215 | 874 | 71,9
Nâng cấp Quốc lộ 24 | 680 | 402 | 59,1
Đường ven biển Dung Quất - Sa Huỳnh | 951 | 463 | 48,7

II. TIẾN ĐỘ THI CÔNG
Dự án cao tốc Quảng Ngãi - Hoài Nhơn (đoạn qua tỉnh dài 60,8 km): sản lượng đạt 42,5% giá trị hợp đồng; đã bàn giao 59,9 km mặt bằng, còn 0,9 km vướng 23 hộ dân chưa di dời. Dự án nâng cấp Quốc lộ 24 (đoạn Km0 - Km69+800): hoàn thành 48 km mặt đường bê tông nhựa, dự kiến thông xe toàn tuyến trong quý II/2025.

III. KIẾN NGHỊ
Đề nghị Bộ Giao thông vận tải bổ sung 350 tỷ đồng cho dự án nâng cấp Quốc lộ 24; phấn đấu đến ngày 31/01/2025 giải ngân đạt 100% kế hoạch vốn năm 2024.

Nơi nhận:
- UBND tỉnh (b/c);
- Ban QLDA 2 (Bộ GTVT);
- Lưu: VT, KHTC.
GIÁM ĐỐC
Trần Văn Bình
"""

Y24 = P("Kế hoạch vốn 2024", "2024-01-01", "2024-12-31")
D30 = P("Giải ngân đến 30/9/2024", None, "2024-09-30")
R30 = P("Giải ngân đến 30/9/2024", None, "2024-09-30", inh=True)
A30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
rows = [("Cao tốc Quảng Ngãi - Hoài Nhơn (GPMB)", "1.215", 1215, "874", 874, "71,9", 71.9),
        ("Nâng cấp Quốc lộ 24", "680", 680, "402", 402, "59,1", 59.1),
        ("Đường ven biển Dung Quất - Sa Huỳnh", "951", 951, "463", 463, "48,7", 48.7)]
table = []
for lab, ps, pv, ds, dv, rs, rv in rows:
    table += [
        F(f"{lab} | {ps} |", ps, pv * 1e9, "money", "đồng", f"Kế hoạch vốn 2024 {lab}", status="target", period=Y24),
        F(f"| {ps} | {ds} |", ds, dv * 1e9, "money", "đồng", f"Giải ngân {lab}", period=D30),
        F(f"| {ds} | {rs}\n", rs, rv, "percent", "%", f"Tỷ lệ giải ngân {lab}", period=R30),
    ]
figs = [
    F("tỉnh là 2.846 tỷ đồng", "2.846", 2.846e12, "money", "đồng", "kế hoạch vốn giao cho các dự án giao thông trọng điểm", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("giải ngân 1.739 tỷ đồng", "1.739", 1.739e12, "money", "đồng", "vốn đã giải ngân", percent=61.1,
      change={"direction": "increase", "value": 8.4, "unit": "%", "baseline": "bình quân chung của tỉnh"},
      period=P("Tính đến ngày 30/9/2024", None, "2024-09-30")),
    F("giải ngân 712 tỷ đồng", "712", 712e9, "money", "đồng", "vốn giải ngân", period=P("quý III/2024", "2024-07-01", "2024-09-30")),
] + table + [
    F("dài 60,8 km", "60,8", 60.8, "measure", "km", "chiều dài cao tốc Quảng Ngãi - Hoài Nhơn đoạn qua tỉnh"),
    F("đạt 42,5% giá trị", "42,5", 42.5, "percent", "%", "sản lượng dự án cao tốc Quảng Ngãi - Hoài Nhơn so với giá trị hợp đồng", period=A30),
    F("bàn giao 59,9 km", "59,9", 59.9, "measure", "km", "mặt bằng đã bàn giao", total=60.8, period=A30),
    F("còn 0,9 km", "0,9", 0.9, "measure", "km", "mặt bằng còn vướng", total=60.8, period=A30),
    F("vướng 23 hộ", "23", 23, "count", "hộ dân", "hộ dân chưa di dời", period=A30),
    F("hoàn thành 48 km", "48", 48, "measure", "km", "mặt đường bê tông nhựa hoàn thành dự án nâng cấp Quốc lộ 24", period=A30),
    F("bổ sung 350 tỷ đồng", "350", 350e9, "money", "đồng", "vốn đề nghị bổ sung cho dự án nâng cấp Quốc lộ 24"),
    F("đạt 100% kế hoạch", "100", 100, "percent", "%", "tỷ lệ giải ngân kế hoạch vốn năm 2024", status="target",
      period=P("đến ngày 31/01/2025", None, "2025-01-31")),
]
C = [
    "Formal report with letterhead (Sở GTVT Quảng Ngãi, 'Số: 1846/BC-SGTVT'); the place-and-date line 'Quảng Ngãi, ngày 08 tháng 10 năm 2024' is its date.",
    "Flattened '|' table with 'Đơn vị tính: tỷ đồng' (×10^9) and a '(%)' column. Cells: plan column → status target, period 2024 from the header;",
    "'Giải ngân đến 30/9/2024' → as-of 2024-09-30 from the header; the rate column has no period of its own (inherited). Subject = column + row label.",
    "Row labels are projects, not places: 'Quảng Ngãi', 'Hoài Nhơn', 'Dung Quất', 'Sa Huỳnh' inside them do not change the location (Quảng Ngãi).",
    "Distractors: document number, date line, 'quý III/2024' in the title, 'Bảng 1', section numbers I./II./III., 'Quốc lộ 24' (also in row labels),",
    "'Km0 - Km69+800' (chainage), 'quý II/2025' (forecast date, no figure), 'Ban QLDA 2', 'Lưu: VT, KHTC', 'ngày 31/01/2025'.",
    "'Kế hoạch vốn năm 2024 … là 2.846 tỷ' is a plan figure (target). 1.739 tỷ: percent 61,1 ('đạt … kế hoạch') and change 'cao hơn 8,4% so với bình quân'.",
    "Section II figures inherit 30/9/2024 (inherited); lengths have no period. '350 tỷ đồng' requested in a 'Đề nghị' (no status cue: actual).",
    "'phấn đấu đến ngày 31/01/2025 … 100%': target, as-of 2025-01-31 (the 'năm 2024' in the same clause names the plan, not the period).",
]
C.append("revised after the first run: 59,9 km and 0,9 km get total 60,8 — they follow ':' after the whole '(đoạn qua tỉnh dài 60,8 km)', same unit, and add up (FIGURES.md part-of rule).")
build("p448-4", T, figs, C, published="2024-10-08", location="Quảng Ngãi")
