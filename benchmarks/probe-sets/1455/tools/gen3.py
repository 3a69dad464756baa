"""p1455-3: formal report (UBND tỉnh Vĩnh Phúc): lighting equipment industry 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH VĨNH PHÚC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 21/BC-UBND
Vĩnh Phúc, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất thiết bị chiếu sáng năm 2024, nhiệm vụ năm 2025

Thực hiện Công văn số 2456/BCT-CN ngày 05/12/2024 của Bộ Công Thương, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ NĂM 2024
1. Năm 2024, giá trị sản xuất ngành thiết bị chiếu sáng ước đạt 3.865 tỷ đồng, tăng 9,8% so với năm 2023, chiếm 1,4% giá trị sản xuất công nghiệp toàn tỉnh. Kim ngạch xuất khẩu sản phẩm chiếu sáng ước đạt 46,2 triệu USD.
2. Đến ngày 31/12/2024, toàn tỉnh có 9 doanh nghiệp sản xuất thiết bị chiếu sáng, tăng 2 doanh nghiệp so với năm 2023, sử dụng 3.870 lao động.

Bảng 1. Sản lượng một số sản phẩm chiếu sáng chủ yếu
Đơn vị tính: nghìn sản phẩm
Sản phẩm | Năm 2023 | Ước thực hiện năm 2024 | Kế hoạch năm 2025 | So với cùng kỳ (%)
Bóng đèn LED bulb | 18.420 | 20.150 | 22.000 | 109,4
Đèn tuýp LED | 6.830 | 7.260 | 7.800 | 106,3
Đèn LED panel, âm trần | 3.115 | 3.640 | 4.100 | 116,9
Đèn đường LED | 212 | 248 | 300 | 117,0
Tổng cộng | 28.577 | 31.298 | 34.200 | 109,5

3. Một số khó khăn: giá chip LED, linh kiện nhập khẩu tăng từ 5-8%; đơn hàng xuất khẩu quý IV giảm.

II. NHIỆM VỤ NĂM 2025
Phấn đấu giá trị sản xuất ngành thiết bị chiếu sáng tăng từ 10-12%, kim ngạch xuất khẩu đạt trên 50 triệu USD; hỗ trợ ít nhất 3 doanh nghiệp áp dụng sản xuất sạch hơn.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, CN1.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24E = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
YOY = inh(per("năm 2024", "2024-01-01", "2024-12-31"))
ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
N25 = per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31")
U = "sản phẩm"

ROWS = [
    ("Bóng đèn LED bulb", "| 18.420 |", "18.420", "| 20.150 |", "20.150", "| 22.000 |", "22.000", "| 109,4", "109,4"),
    ("Đèn tuýp LED", "| 6.830 |", "6.830", "| 7.260 |", "7.260", "| 7.800 |", "7.800", "| 106,3", "106,3"),
    ("Đèn LED panel, âm trần", "| 3.115 |", "3.115", "| 3.640 |", "3.640", "| 4.100 |", "4.100", "| 116,9", "116,9"),
    ("Đèn đường LED", "| 212 |", "212", "| 248 |", "248", "| 300 |", "300", "| 117,0", "117,0"),
    ("Tổng cộng", "| 28.577 |", "28.577", "| 31.298 |", "31.298", "| 34.200 |", "34.200", "| 109,5", "109,5"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, a1, n1, a2, n2, a3, n3, a4, n4 in ROWS:
    TABLE += [
        fig(a1, n1, num(n1) * 1e3, "count", U, subject=f"{label} năm 2023", period=Y23),
        fig(a2, n2, num(n2) * 1e3, "count", U, status="estimate",
            subject=f"{label} ước thực hiện năm 2024", period=Y24E),
        fig(a3, n3, num(n3) * 1e3, "count", U, status="target",
            subject=f"{label} kế hoạch năm 2025", period=Y25),
        fig(a4, n4, num(n4), "percent", "%",
            subject=f"{label} so với cùng kỳ", period=YOY),
    ]

FIGS = [
    fig("ước đạt 3.865 tỷ", "3.865", 3865e9, "money", "đồng", status="estimate", percent=1.4,
        change=chg("increase", 9.8, "%", "năm 2023"),
        subject="giá trị sản xuất ngành thiết bị chiếu sáng", period=Y24),
    fig("ước đạt 46,2 triệu", "46,2", 46.2e6, "money", "USD", status="estimate",
        subject="kim ngạch xuất khẩu sản phẩm chiếu sáng", period=inh(Y24)),
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        change=chg("increase", 2, "doanh nghiệp", "năm 2023"),
        subject="doanh nghiệp sản xuất thiết bị chiếu sáng", period=ASOF),
    fig("sử dụng 3.870 lao động", "3.870", 3870, "count", "lao động",
        subject="lao động doanh nghiệp sản xuất thiết bị chiếu sáng sử dụng", period=ASOF),
] + TABLE + [
    fig("tăng từ 5-8%", "5", 5, "percent", "%", value_max=8,
        subject="giá chip LED, linh kiện nhập khẩu", period=inh(Y24)),
    fig("tăng từ 10-12%", "10", 10, "percent", "%", value_max=12, status="target",
        subject="giá trị sản xuất ngành thiết bị chiếu sáng", period=inh(N25)),
    fig("trên 50 triệu", "50", 50e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=inh(N25)),
    fig("ít nhất 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp áp dụng sản xuất sạch hơn được hỗ trợ", period=inh(N25)),
]

NOTES = [
    "Formal report: 'UBND TỈNH VĨNH PHÚC', 'Số: 21/BC-UBND', 'Vĩnh Phúc, ngày 15 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 21/BC-UBND, Công văn số 2456/BCT-CN ngày 05/12/2024, 'Bảng 1.', section numbers, 'Lưu: VT, CN1', 'quý IV' (no number).",
    "Flattened '|' table, 'Đơn vị tính: nghìn sản phẩm': every numeric cell is a figure (value x 1000, unit sản phẩm); subject = row label + column label (as the spec says);",
    "period and status from the column header (Năm 2023 actual, Ước thực hiện năm 2024 estimate, Kế hoạch năm 2025 target).",
    "'So với cùng kỳ (%)' cells: percent figures, actual (the header has no cue); the header names no year, so the period (2024) is inherited, not scored.",
    "Table cells get no total ('Tổng cộng' is a row of its own, no part-of cue). 'tăng 2 doanh nghiệp so với năm 2023' is the change of 9 doanh nghiệp.",
    "Section II: 'Phấn đấu' governs the whole sentence (target); the period is the section heading 'NHIỆM VỤ NĂM 2025' (inherited).",
    "'giá chip LED, linh kiện nhập khẩu tăng từ 5-8%': a growth rate as the claim, range; no period stated.",
]

if __name__ == "__main__":
    write("p1455-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Vĩnh Phúc")
