from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH QUẢNG NGÃI
SỞ CÔNG THƯƠNG
Số: 1864/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 18 tháng 12 năm 2024

BÁO CÁO
Tình hình cung ứng, tiêu thụ điện năm 2024 và kế hoạch năm 2025

I. TÌNH HÌNH TIÊU THỤ ĐIỆN NĂM 2024
Năm 2024, sản lượng điện thương phẩm toàn tỉnh ước đạt 2.946 triệu kWh, tăng 7,3% so với năm 2023, đạt 100,2% kế hoạch. Chi tiết theo thành phần phụ tải như sau:

Bảng 1. Điện thương phẩm theo thành phần phụ tải
Đơn vị tính: triệu kWh
Thành phần | Năm 2023 | Kế hoạch năm 2024 | Ước thực hiện năm 2024 | So với năm 2023 (%)
Công nghiệp - Xây dựng | 1.652,4 | 1.780 | 1.771,5 | 107,2
Quản lý - Tiêu dùng dân cư | 852,1 | 905 | 912,3 | 107,1
Thương mại - Dịch vụ | 152,7 | 160 | 166,2 | 108,8
Nông, lâm nghiệp, thủy sản | 48,6 | 50 | 52,4 | 107,8
Hoạt động khác | 40,3 | 45 | 43,6 | 108,2
Tổng cộng | 2.746,1 | 2.940 | 2.946,0 | 107,3

II. CUNG ỨNG ĐIỆN VÀ ĐỘ TIN CẬY
Công suất cực đại toàn tỉnh đạt 512 MW (ngày 20/6/2024). Chỉ số SAIDI năm 2024 ước 298 phút, giảm 61 phút so với năm 2023; SAIFI 2,9 lần. Tổng công suất điện mặt trời mái nhà đã đấu nối là 138,4 MWp với 2.015 hệ thống.

III. KẾ HOẠCH NĂM 2025
Dự kiến điện thương phẩm năm 2025 đạt 3.180 triệu kWh, tăng khoảng 8% so với năm 2024; Pmax khoảng 560 MW. Phấn đấu SAIDI không quá 250 phút theo Quyết định số 2321/QĐ-UBND.

Nơi nhận:
- UBND tỉnh (b/c);
- Công ty Điện lực Quảng Ngãi;
- Lưu: VT, QLNL.
GIÁM ĐỐC
Lê Văn Tâm
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
U24 = P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("Công nghiệp - Xây dựng", "1.652,4", "1.780", "1.771,5", "107,2"),
    ("Quản lý - Tiêu dùng dân cư", "852,1", "905", "912,3", "107,1"),
    ("Thương mại - Dịch vụ", "152,7", "160", "166,2", "108,8"),
    ("Nông, lâm nghiệp, thủy sản", "48,6", "50", "52,4", "107,8"),
    ("Hoạt động khác", "40,3", "45", "43,6", "108,2"),
    ("Tổng cộng", "2.746,1", "2.940", "2.946,0", "107,3"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("ước đạt 2.946 triệu kWh", "2.946", 2946e6, "measure", "kWh", "sản lượng điện thương phẩm",
      P("Năm 2024", "2024-01-01", "2024-12-31"), percent=100.2, status="estimate",
      change=CH("increase", 7.3, baseline="năm 2023")),
]
for label, a, b, c, d in ROWS:
    lab = label.lower() if label != "Tổng cộng" else "tổng cộng"
    FIGS += [
        F(f"{label} | {a} |", a, num(a) * 1e6, "measure", "kWh", f"điện thương phẩm năm 2023 {lab}", Y23),
        F(f"{a} | {b} |", b, num(b) * 1e6, "measure", "kWh", f"điện thương phẩm kế hoạch năm 2024 {lab}", K24, status="target"),
        F(f"{b} | {c} |", c, num(c) * 1e6, "measure", "kWh", f"điện thương phẩm ước thực hiện năm 2024 {lab}", U24,
          status="estimate"),
        F(f"{c} | {d}\n", d, num(d), "percent", "%", f"điện thương phẩm so với năm 2023 {lab}", Y24i),
    ]
FIGS += [
    F("đạt 512 MW", "512", 512, "measure", "MW", "công suất cực đại", P("ngày 20/6/2024", "2024-06-20", "2024-06-20")),
    F("ước 298 phút", "298", 298, "measure", "phút", "chỉ số SAIDI", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="estimate", change=CH("decrease", 61, "phút", "năm 2023")),
    F("SAIFI 2,9 lần", "2,9", 2.9, "measure", "lần", "SAIFI", P("năm 2024", "2024-01-01", "2024-12-31"), status="estimate"),
    F("là 138,4 MWp", "138,4", 138.4, "measure", "MWp", "tổng công suất điện mặt trời mái nhà đã đấu nối", Y24i),
    F("với 2.015 hệ thống", "2.015", 2015, "count", "hệ thống", "hệ thống điện mặt trời mái nhà", Y24i),
    F("đạt 3.180 triệu kWh", "3.180", 3180e6, "measure", "kWh", "điện thương phẩm", Y25, status="forecast",
      change=CH("increase", 8, baseline="năm 2024", approx="about")),
    F("Pmax khoảng 560 MW", "560", 560, "measure", "MW", "Pmax", Y25, approx="about", status="forecast"),
    F("không quá 250 phút", "250", 250, "measure", "phút", "SAIDI", P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True),
      approx="at_most", status="target"),
]

COMMENTS = [
    "Formal report, letterhead 'Số: 1864/BC-SCT' (Sở Công Thương Quảng Ngãi); the place-and-date line 'Quảng Ngãi, ngày 18 tháng 12 năm 2024' is its date.",
    "Flattened '|' table, 'Đơn vị tính: triệu kWh' -> cells ×10^6 kWh; the last column '(%)' overrides the unit. Every numeric cell is a figure;",
    "subject = column label + row label; period from the column header; 'Kế hoạch' column -> target, 'Ước thực hiện' -> estimate.",
    "The '%' column 'So với năm 2023' names a baseline, not a period: its cells take 2024 from the text (inherited); status left actual (no cue in the header).",
    "No totals for table cells (FIGURES.md gives tables no part-of rule). The lead figure 2.946 triệu kWh: 'đạt 100,2% kế hoạch' = percent.",
    "SAIDI 'ước' governs 'SAIFI 2,9 lần' in the continuing clause -> estimate. 'Dự kiến' clause -> forecast, 'khoảng 8%' change with approx.",
    "Distractors: document numbers 1864/BC-SCT and 2321/QĐ-UBND, dates, roman section numbers, 'Bảng 1', 'Lưu: VT, QLNL'.",
]
emit("p456-4", TEXT, COMMENTS, FIGS, published="2024-12-18", location="Quảng Ngãi")
