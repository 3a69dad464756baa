"""p1299-3: formal report (UBND tỉnh Quảng Trị, Số: 27/BC-UBND): firms entering and leaving in 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình doanh nghiệp gia nhập, rút lui khỏi thị trường năm 2024

I. KẾT QUẢ NĂM 2024
1. Gia nhập thị trường
Năm 2024, toàn tỉnh có 468 doanh nghiệp thành lập mới, vượt 4% kế hoạch, tổng vốn đăng ký 3.915 tỷ đồng; 205 doanh nghiệp quay trở lại hoạt động, tăng 16,5% so với năm 2023.

2. Rút lui khỏi thị trường
Có 742 doanh nghiệp rút lui (431 doanh nghiệp tạm ngừng kinh doanh có thời hạn, 213 doanh nghiệp chờ giải thể, 98 doanh nghiệp giải thể). Doanh nghiệp nhỏ và siêu nhỏ chiếm khoảng 93% số doanh nghiệp rút lui.

Bảng 1. Doanh nghiệp gia nhập, rút lui
Đơn vị tính: doanh nghiệp
Chỉ tiêu | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
1. Thành lập mới | 412 | 468 | 113,6
2. Quay trở lại hoạt động | 176 | 205 | 116,5
3. Rút lui khỏi thị trường | 690 | 742 | 107,5
Trong đó:
- Tạm ngừng kinh doanh có thời hạn | 398 | 431 | 108,3
- Chờ giải thể | 201 | 213 | 106,0
- Giải thể | 91 | 98 | 107,7

3. Đánh giá chung
Tỷ lệ doanh nghiệp rút lui so với gia nhập là 110,3%; bình quân mỗi tháng có gần 62 doanh nghiệp rút lui khỏi thị trường.

II. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 có 500 doanh nghiệp thành lập mới, tổng vốn đăng ký khoảng 4.000 tỷ đồng; giảm số doanh nghiệp giải thể xuống dưới 90 doanh nghiệp.

Nơi nhận:
- Bộ Kế hoạch và Đầu tư;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, TH.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Nam
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")

# (row label, [2023, 2024, %], total of the row in 2023 and 2024 when it is a 'Trong đó' part)
ROWS = [
    ("1. Thành lập mới", "Thành lập mới", ["412", "468", "113,6"], None),
    ("2. Quay trở lại hoạt động", "Quay trở lại hoạt động", ["176", "205", "116,5"], None),
    ("3. Rút lui khỏi thị trường", "Rút lui khỏi thị trường", ["690", "742", "107,5"], None),
    ("- Tạm ngừng kinh doanh có thời hạn", "Tạm ngừng kinh doanh có thời hạn", ["398", "431", "108,3"], (690, 742)),
    ("- Chờ giải thể", "Chờ giải thể", ["201", "213", "106,0"], (690, 742)),
    ("- Giải thể", "Giải thể", ["91", "98", "107,7"], (690, 742)),
]
CELLS = []
for lead, label, (a, b, c), tot in ROWS:
    kw23 = {"total": tot[0]} if tot else {}
    kw24 = {"total": tot[1]} if tot else {}
    CELLS.append(fig(f"{lead} | {a}", a, int(a), "count", "doanh nghiệp",
                     subject=f"{label} năm 2023", period=C23, **kw23))
    CELLS.append(fig(f"| {a} | {b} |", b, int(b), "count", "doanh nghiệp",
                     subject=f"{label} năm 2024", period=C24, **kw24))
    CELLS.append(fig(f"| {b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                     subject=f"{label} so với cùng kỳ", period=inh(Y24)))

FIGS = [
    fig("có 468 doanh nghiệp", "468", 468, "count", "doanh nghiệp",
        change=chg("increase", 4, "%", "kế hoạch"), subject="doanh nghiệp thành lập mới", period=Y24),
    fig("ký 3.915 tỷ", "3.915", 3915e9, "money", "đồng",
        subject="tổng vốn đăng ký", period=Y24),
    fig("; 205 doanh nghiệp", "205", 205, "count", "doanh nghiệp",
        change=chg("increase", 16.5, "%", "năm 2023"), subject="doanh nghiệp quay trở lại hoạt động", period=Y24),
    fig("Có 742 doanh nghiệp", "742", 742, "count", "doanh nghiệp",
        subject="doanh nghiệp rút lui", period=inh(Y24)),
    fig("(431 doanh nghiệp", "431", 431, "count", "doanh nghiệp", total=742,
        subject="doanh nghiệp tạm ngừng kinh doanh có thời hạn", period=inh(Y24)),
    fig("213 doanh nghiệp", "213", 213, "count", "doanh nghiệp", total=742,
        subject="doanh nghiệp chờ giải thể", period=inh(Y24)),
    fig("98 doanh nghiệp", "98", 98, "count", "doanh nghiệp", total=742,
        subject="doanh nghiệp giải thể", period=inh(Y24)),
    fig("khoảng 93%", "93", 93, "percent", "%", approx="about",
        subject="doanh nghiệp nhỏ và siêu nhỏ trong số doanh nghiệp rút lui", period=inh(Y24)),
] + CELLS + [
    fig("là 110,3%", "110,3", 110.3, "percent", "%",
        subject="tỷ lệ doanh nghiệp rút lui so với gia nhập", period=inh(Y24)),
    fig("gần 62 doanh nghiệp", "62", 62, "measure", "doanh nghiệp/tháng", approx="nearly",
        subject="doanh nghiệp rút lui khỏi thị trường bình quân mỗi tháng", period=inh(Y24)),
    fig("có 500 doanh nghiệp", "500", 500, "count", "doanh nghiệp", status="target",
        subject="doanh nghiệp thành lập mới", period=Y25),
    fig("khoảng 4.000 tỷ", "4.000", 4000e9, "money", "đồng", approx="about", status="target",
        subject="tổng vốn đăng ký", period=Y25),
    fig("dưới 90 doanh nghiệp", "90", 90, "count", "doanh nghiệp", approx="under", status="target",
        subject="số doanh nghiệp giải thể", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Trị, Số: 27/BC-UBND, 'Quảng Trị, ngày 15 tháng 01 năm 2025'): sections I/II, 1-3, 'Nơi nhận', signature.",
    "Distractors: Số 27/BC-UBND, the letterhead date, section numbers I./II./1.-3., 'Bảng 1.', row numbers '1.'-'3.' in the table, 'Lưu: VT, TH'.",
    "'vượt 4% kế hoạch' right after 468 is its gap to plan (change, baseline kế hoạch). The bracketed breakdown 431 + 213 + 98 = 742 (total).",
    "'Doanh nghiệp nhỏ và siêu nhỏ chiếm khoảng 93% số doanh nghiệp rút lui' has no amount in its sentence: a percent figure.",
    "Flattened '|' table, 'Đơn vị tính: doanh nghiệp': every cell a figure; subject = row + column label; periods from 'Năm 2023'/'Năm 2024'.",
    "'So với cùng kỳ (%)' cells are percents (2024 as % of 2023); the header states no period, so theirs (2024) is marked inherited.",
    "The 'Trong đó:' sub-rows are parts of the 'Rút lui khỏi thị trường' row in the same column: total 690 (2023) / 742 (2024).",
    "'bình quân mỗi tháng có gần 62 doanh nghiệp' is a rate: measure, unit doanh nghiệp/tháng. Section II 'Phấn đấu' governs its clauses: target.",
]

if __name__ == "__main__":
    write("p1299-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Quảng Trị")
