"""p1272-7: department site (Sở NN&PTNT Hậu Giang), no dateline, one-cell-per-line table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HẬU GIANG
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Sản lượng than, chất đốt từ phụ phẩm nông nghiệp tăng gần 14%

Năm 2024, toàn tỉnh có 23 cơ sở sản xuất than trấu, củi trấu và 4 cơ sở sản xuất than sinh học. Lượng rơm được thu gom ước đạt 612.000 tấn, chiếm khoảng 58% tổng lượng rơm phát sinh.

Sản lượng than, chất đốt từ phụ phẩm nông nghiệp
Đơn vị tính: tấn
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Tổng số
48.600
55.300
113,8
62.000
Trong đó: Than trấu
21.400
23.900
111,7
25.500
Củi trấu ép
19.800
21.600
109,1
23.000
Than sinh học từ rơm, thân ngô
7.400
9.800
132,4
13.500

Mô hình bón than sinh học cho lúa tại huyện Phụng Hiệp giúp nông dân giảm 25-30% chi phí phân bón. Giá củi trấu ép bán tại cơ sở hiện khoảng 2.300-2.600 đồng/kg. Đến năm 2025, phấn đấu 100% cơ sở sản xuất than trấu sử dụng lò cải tiến, không xả khói trực tiếp ra môi trường.

Tin khác:
- Hậu Giang tổng kết vụ lúa Đông Xuân 2023-2024
- Hướng dẫn sử dụng phần mềm quản lý cơ sở sản xuất

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HẬU GIANG
Địa chỉ: Số 09 đường 1/5, phường V, TP Vị Thanh
Điện thoại: 0293.3876.145
Lượt truy cập: 1.204.387 | Đang online: 25
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
TO25 = per("Đến năm 2025", None, "2025-12-31")
# revised after the first run: the 'So với cùng kỳ (%)' header has no status cue and no period, so its cells are
# actual with no period (FIGURES.md, Tables: status and period come from the column header); first gold: estimate, 2024 inherited.
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"),
        ("so với cùng kỳ", None, None), ("kế hoạch 2025", K25, "target")]

ROWS = [("Tổng số", "tổng số", ["48.600", "55.300", "113,8", "62.000"]),
        ("Trong đó: Than trấu", "than trấu", ["21.400", "23.900", "111,7", "25.500"]),
        ("Củi trấu ép", "củi trấu ép", ["19.800", "21.600", "109,1", "23.000"]),
        ("Than sinh học từ rơm, thân ngô", "than sinh học từ rơm, thân ngô", ["7.400", "9.800", "132,4", "13.500"])]
TOTALS = dict(zip([c[0] for c in COLS], [48600, 55300, None, 62000]))
CELLS = []
for label, row, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if row != "tổng số" and TOTALS[col]:
            kw["total"] = TOTALS[col]
        if col == "so với cùng kỳ":
            f = fig(f"{prev}\n{n}", n, float(n.replace(",", ".")), "percent", "%",
                    subject=f"{row} so với cùng kỳ", period=p, **kw)
        else:
            # revised after the first run: subject = row label + column label (FIGURES.md, Tables), no caption prefix
            f = fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "measure", "tấn",
                    subject=f"{row} {col}", period=p, **kw)
        CELLS.append(f)
        prev = n

FIGS = [
    fig("tăng gần 14%", "14", 14, "percent", "%", approx="nearly",
        subject="sản lượng than, chất đốt từ phụ phẩm nông nghiệp tăng"),
    fig("có 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở sản xuất than trấu, củi trấu", period=Y24),
    fig("và 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở sản xuất than sinh học", period=Y24),
    fig("ước đạt 612.000", "612.000", 612000, "measure", "tấn", status="estimate", percent=58,
        subject="lượng rơm được thu gom", period=inh(Y24)),
] + CELLS + [
    fig("giảm 25-30%", "25", 25, "percent", "%", value_max=30, subject="chi phí phân bón giảm", location="Phụng Hiệp"),
    fig("khoảng 2.300-2.600", "2.300", 2300, "money", "đồng/kg", approx="about", value_max=2600,
        subject="giá củi trấu ép bán tại cơ sở"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở sản xuất than trấu sử dụng lò cải tiến", period=TO25),
]

NOTES = [
    "Department site (Sở NN&PTNT Hậu Giang), no dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Headline 'tăng gần 14%' is a growth rate as the claim → percent, nearly, no change; no period in the headline, no status cue.",
    "'Lượng rơm ... ước đạt 612.000 tấn, chiếm khoảng 58%' → estimate, percent 58 (the attribute carries no approx); period from the previous sentence (inherited).",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; rows are products; period and status from the column header:",
    "'Năm 2023' actual, 'Ước thực hiện 2024' estimate, 'Kế hoạch 2025' target. 'So với cùng kỳ (%)' cells are percent figures (the index",
    "of the 2024 estimate on 2023). revised after the first run: their header has no cue and no period → actual, no period (first gold:",
    "estimate with 2024 inherited from the neighbouring column). Table subject = row label + column label (first gold had the caption prefixed).",
    "'Trong đó:' sub-rows (Than trấu, Củi trấu ép, Than sinh học) are parts of 'Tổng số' (same thing, same column): total = the 'Tổng số' cell",
    "of the column (not for the % column). Sums checked: 21.400+19.800+7.400 = 48.600 etc.",
    "'tại huyện Phụng Hiệp ... giảm 25-30% chi phí phân bón' → location Phụng Hiệp; 'Đến năm 2025, phấn đấu 100%' → target.",
    "Distractors: 'Đông Xuân 2023-2024' in a link title, 'Số 09 đường 1/5, phường V', phone, counters 1.204.387 and 25.",
]

if __name__ == "__main__":
    write("p1272-7", TEXT, NOTES, FIGS, location="Hậu Giang")
