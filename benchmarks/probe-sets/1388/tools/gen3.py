"""p1388-3: formal report (UBND tỉnh Vĩnh Phúc): support programme for robots and automation in 2024; flattened '|' table by sector."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH VĨNH PHÚC
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Phúc, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả hỗ trợ doanh nghiệp ứng dụng robot, tự động hóa năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Năm 2024, ngân sách tỉnh bố trí 18,5 tỷ đồng cho chương trình, đã giải ngân 16,2 tỷ đồng, đạt 87,6%. Chương trình đã hỗ trợ 37 doanh nghiệp, vượt 7 doanh nghiệp so với kế hoạch; trong đó 22 doanh nghiệp cơ khí, ô tô, xe máy và 9 doanh nghiệp điện tử.
2. Số robot công nghiệp đang vận hành tại các doanh nghiệp trên địa bàn tỉnh
Đơn vị tính: robot
Ngành | Năm 2023 | Năm 2024 | So với cùng kỳ (%) | Kế hoạch năm 2025
Cơ khí, ô tô, xe máy | 1.240 | 1.505 | 121,4 | 1.800
Điện tử, linh kiện | 865 | 1.012 | 117,0 | 1.200
Dệt may, da giày | 142 | 210 | 147,9 | 300
Ngành khác | 96 | 118 | 122,9 | 150
Tổng cộng | 2.343 | 2.845 | 121,4 | 3.450
3. Các doanh nghiệp được hỗ trợ có năng suất lao động tăng bình quân 19,2%, chi phí sản xuất giảm từ 8 đến 12%, thời gian giao hàng rút ngắn bình quân 2,5 ngày.

II. NHIỆM VỤ NĂM 2025
Phấn đấu hỗ trợ ít nhất 40 doanh nghiệp, dự kiến bố trí 25 tỷ đồng từ ngân sách tỉnh; đến năm 2030 có 50% doanh nghiệp chế biến, chế tạo quy mô vừa và lớn ứng dụng robot trong sản xuất.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- CT, các PCT UBND tỉnh;
- Lưu: VT, KT3.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Vũ Đức Thành
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C25 = per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
N25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
IND = "số robot công nghiệp đang vận hành"

ROWS = [("Cơ khí, ô tô, xe máy", ["1.240", "1.505", "121,4", "1.800"]),
        ("Điện tử, linh kiện", ["865", "1.012", "117,0", "1.200"]),
        ("Dệt may, da giày", ["142", "210", "147,9", "300"]),
        ("Ngành khác", ["96", "118", "122,9", "150"]),
        ("Tổng cộng", ["2.343", "2.845", "121,4", "3.450"])]
COLS = ["năm 2023", "năm 2024", "so với cùng kỳ (%)", "kế hoạch năm 2025"]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, cells in ROWS:
    prev = label
    for col, n in zip(COLS, cells):
        anchor = f"{prev} | {n}"
        row = label.lower()
        subj = f"{IND} ngành {row} {col}" if label != "Tổng cộng" else f"{IND} {row} {col}"
        if col == "năm 2023":
            CELLS.append(fig(anchor, n, num(n), "count", "robot", subject=subj, period=C23))
        elif col == "năm 2024":
            CELLS.append(fig(anchor, n, num(n), "count", "robot", subject=subj,
                             period=per("Năm 2024", "2024-01-01", "2024-12-31")))
        elif col.startswith("so với"):
            # the header names no year: the ratio is 2024 over 2023, so the period is inherited (not scored)
            CELLS.append(fig(anchor, n, num(n), "percent", "%", subject=subj,
                             period=per("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)))
        else:
            CELLS.append(fig(anchor, n, num(n), "count", "robot", status="target", subject=subj, period=C25))
        prev = n

FIGS = [
    fig("bố trí 18,5 tỷ", "18,5", 18.5e9, "money", "đồng", subject="ngân sách tỉnh bố trí cho chương trình",
        period=Y24),
    fig("giải ngân 16,2 tỷ", "16,2", 16.2e9, "money", "đồng", percent=87.6,
        subject="ngân sách đã giải ngân", period=Y24),
    fig("hỗ trợ 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp",
        change=chg("increase", 7, "doanh nghiệp", "kế hoạch"),
        subject="doanh nghiệp chương trình đã hỗ trợ", period=inh(Y24)),
    fig("trong đó 22 doanh nghiệp", "22", 22, "count", "doanh nghiệp", total=37,
        subject="doanh nghiệp cơ khí, ô tô, xe máy", period=inh(Y24)),
    fig("và 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=37,
        subject="doanh nghiệp điện tử", period=inh(Y24)),
] + CELLS + [
    fig("bình quân 19,2%", "19,2", 19.2, "percent", "%",
        subject="năng suất lao động của các doanh nghiệp được hỗ trợ", period=inh(Y24)),
    fig("từ 8 đến 12%", "8", 8, "percent", "%", value_max=12, subject="chi phí sản xuất giảm",
        period=inh(Y24)),
    fig("bình quân 2,5 ngày", "2,5", 2.5, "measure", "ngày", subject="thời gian giao hàng rút ngắn",
        period=inh(Y24)),
    fig("ít nhất 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp được hỗ trợ", period=inh(N25)),
    fig("bố trí 25 tỷ", "25", 25e9, "money", "đồng", status="forecast",
        subject="kinh phí bố trí từ ngân sách tỉnh", period=inh(N25)),
    fig("có 50% doanh nghiệp", "50", 50, "percent", "%", status="target",
        subject="doanh nghiệp chế biến, chế tạo quy mô vừa và lớn ứng dụng robot trong sản xuất", period=T30),
]

NOTES = [
    "Formal report: 'UBND TỈNH VĨNH PHÚC', 'Số: 27/BC-UBND', 'Vĩnh Phúc, ngày 16 tháng 01 năm 2025', sections I/II, items 1-3, 'Nơi nhận', signature.",
    "Distractors: document number 27/BC-UBND, letterhead date, section numbers I., II., 1.-3., 'Lưu: VT, KT3', 'KT. CHỦ TỊCH'.",
    "'đạt 87,6%' is the percent of the 16,2 tỷ disbursed (no plan word, so no target). 'vượt 7 doanh nghiệp so với kế hoạch' is the change of 37.",
    "22 and 9 follow 'trong đó' after the whole 37 (same sentence, period inherited from 'Năm 2024' in the previous sentence).",
    "Flattened '|' table, 'Đơn vị tính: robot': every numeric cell is a figure; subject = caption indicator + row + column label.",
    "Periods from column headers (scored). 'Kế hoạch năm 2025' -> status target. 'So với cùng kỳ (%)' cells are percent figures (index,",
    "value as written); the header names no year, so their period (2024) is inherited, not scored. Cells get no total.",
    "revised after the first run: the 'Tổng cộng' row's subjects now carry the row label as written ('... tổng cộng năm 2023'),",
    "not a paraphrase ('tổng số ...'): the spec takes a cell's subject from its row and column labels.",
    "Item 3 and section II sentences carry no period of their own: inherited from 'NĂM 2024' / 'NĂM 2025' headings.",
    "'Phấn đấu ... ít nhất 40' -> target; 'dự kiến bố trí 25 tỷ' -> forecast (its own cue); 'đến năm 2030 có 50%' -> target.",
]

if __name__ == "__main__":
    write("p1388-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Vĩnh Phúc")
