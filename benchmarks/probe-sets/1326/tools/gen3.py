"""p1326-3: formal report (UBND tỉnh Quảng Ninh, Số: 18/BC-UBND): duty-free sales and VAT refunds 2024, '|' table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH QUẢNG NINH
Số: 18/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình kinh doanh hàng miễn thuế và hoàn thuế GTGT cho người nước ngoài năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Kinh doanh hàng miễn thuế
Năm 2024, trên địa bàn tỉnh có 7 cửa hàng miễn thuế đang hoạt động, tăng 2 cửa hàng so với năm 2023. Tổng doanh số bán hàng miễn thuế đạt 1.046 tỷ đồng, tăng 12,4% so với năm 2023, vượt 4,6% kế hoạch.

Doanh số bán hàng miễn thuế theo địa bàn
Đơn vị tính: tỷ đồng
Địa bàn | Năm 2023 | Năm 2024 | Kế hoạch 2025
TP Móng Cái | 642,0 | 705,3 | 760,0
Huyện Vân Đồn | 178,5 | 215,6 | 250,0
TP Hạ Long | 110,2 | 125,1 | 140,0
Tổng cộng | 930,7 | 1.046,0 | 1.150,0

2. Hoàn thuế GTGT cho người nước ngoài
Trong năm, Cục Hải quan tỉnh đã hoàn thuế cho 3.215 lượt khách nước ngoài xuất cảnh qua Cảng hàng không quốc tế Vân Đồn và cửa khẩu quốc tế Móng Cái, với số thuế hoàn 2,74 tỷ đồng, tăng 1,8 lần so với năm 2023. Hiện toàn tỉnh có 36 doanh nghiệp bán hàng hoàn thuế.

II. NHIỆM VỤ NĂM 2025
Phấn đấu doanh số bán hàng miễn thuế đạt 1.150 tỷ đồng; thu hút ít nhất 2 doanh nghiệp mở thêm cửa hàng miễn thuế trong nội địa tại TP Hạ Long.

Nơi nhận:
- Bộ Tài chính, Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTTH.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
IN_YEAR = per("Trong năm", "2024-01-01", "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("năm 2024", C24, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("TP Móng Cái", "Móng Cái", ["642,0", "705,3", "760,0"]),
        ("Huyện Vân Đồn", "Vân Đồn", ["178,5", "215,6", "250,0"]),
        ("TP Hạ Long", "Hạ Long", ["110,2", "125,1", "140,0"]),
        ("Tổng cộng", None, ["930,7", "1.046,0", "1.150,0"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        v = float(n.replace(".", "").replace(",", ".")) * 1e9
        subj = f"doanh số bán hàng miễn thuế {col}" if place else f"tổng cộng doanh số bán hàng miễn thuế {col}"
        CELLS.append(fig(f"{prev} | {n}", n, v, "money", "đồng", subject=subj, period=p,
                         status=st, location=place))
        prev = n

FIGS = [
    fig("có 7 cửa hàng", "7", 7, "count", "cửa hàng",
        change=chg("increase", 2, "cửa hàng", "năm 2023"),
        subject="cửa hàng miễn thuế đang hoạt động", period=Y24),
    fig("đạt 1.046 tỷ", "1.046", 1046e9, "money", "đồng",
        change=chg("increase", 12.4, "%", "năm 2023"),
        subject="tổng doanh số bán hàng miễn thuế", period=inh(Y24)),
    fig("vượt 4,6%", "4,6", 4.6, "percent", "%",
        subject="tổng doanh số bán hàng miễn thuế vượt kế hoạch", period=inh(Y24), optional=True),
] + CELLS + [
    fig("cho 3.215 lượt", "3.215", 3215, "count", "lượt khách",
        subject="lượt khách nước ngoài xuất cảnh được hoàn thuế", period=IN_YEAR),
    fig("hoàn 2,74 tỷ", "2,74", 2.74e9, "money", "đồng",
        change=chg("increase", 1.8, "lần", "năm 2023"),
        subject="số thuế hoàn", period=IN_YEAR),
    fig("có 36 doanh nghiệp", "36", 36, "count", "doanh nghiệp",
        subject="doanh nghiệp bán hàng hoàn thuế"),
    fig("đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng", status="target",
        subject="doanh số bán hàng miễn thuế", period=inh(Y25)),
    fig("ít nhất 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp mở thêm cửa hàng miễn thuế trong nội địa", period=inh(Y25),
        location="Hạ Long"),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NINH', 'Số: 18/BC-UBND', 'Quảng Ninh, ngày 16 tháng 01 năm 2025' (published),",
    "sections I/II and 1-2, 'Nơi nhận', 'Lưu: VT, KTTH', signature block.",
    "Distractors: Số: 18/BC-UBND, the letterhead date, section numbers, baselines 'năm 2023', heading 'NĂM 2024/2025'.",
    "'tăng 2 cửa hàng so với năm 2023' → change in cửa hàng. 1.046 tỷ carries two changes (tăng 12,4%, vượt 4,6% kế hoạch):",
    "the first is its change; the second is a percent figure of its own, optional per FIGURES.md.",
    "Flattened '|' table, 'Đơn vị tính: tỷ đồng' → money ×10^9. Row labels are places → location (Móng Cái, Vân Đồn, Hạ Long);",
    "subject = indicator + column label; period from the column header (scored); 'Kế hoạch 2025' → target; 'Tổng cộng' row → Quảng Ninh.",
    "Table cells get no total (no part-of cue in the table).",
    "'Trong năm' in the 2024 annual report = year 2024. 'tăng 1,8 lần so với năm 2023' → change in lần.",
    "Section II 'Phấn đấu …': targets; the period is the heading 'NHIỆM VỤ NĂM 2025' (inherited).",
    "'trong nội địa tại TP Hạ Long' → the 2 doanh nghiệp are located in Hạ Long.",
]

if __name__ == "__main__":
    write("p1326-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Quảng Ninh")
