"""p1532-7: department site (Sở Công Thương Bắc Ninh), no dateline: làng gốm Phù Lãng (Quế Võ), one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BẮC NINH
Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Văn bản | Hỏi đáp

Làng gốm Phù Lãng chuyển đổi lò nung, mở rộng thị trường

Làng gốm Phù Lãng (xã Phù Lãng, huyện Quế Võ) nổi tiếng với đồ gốm sành nâu, men da lươn: chum, vại, chậu, nồi, bát hương và tranh gốm. Hiện làng có 15 lò nung đang hoạt động, trong đó 9 lò đã chuyển sang đốt bằng gas, giảm mạnh khói bụi so với lò củi truyền thống.

Một số chỉ tiêu sản xuất của làng gốm Phù Lãng
Chỉ tiêu
Đơn vị
Năm 2022
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Cơ sở sản xuất
cơ sở
64
67
70
104,5
Lao động
người
520
545
580
106,4
Sản lượng
nghìn sản phẩm
410
455
490
107,7
Doanh thu
tỷ đồng
38,2
44,5
51,0
114,6
Trong đó: đồ gia dụng
tỷ đồng
16,4
18,1
20,3
112,2

Mức hỗ trợ chuyển đổi lò theo Nghị quyết số 12/2023/NQ-HĐND của HĐND tỉnh là 50% chi phí, tối đa 300 triệu đồng/lò. Năm 2025, Sở Công Thương phấn đấu hỗ trợ chuyển đổi toàn bộ 6 lò còn lại và đưa doanh thu của làng nghề lên khoảng 56 tỷ đồng.

Tin cùng chuyên mục:
- Bắc Ninh tổ chức Hội chợ OCOP năm 2024
- Hội nghị đối thoại doanh nghiệp ngành công thương quý IV

Sở Công Thương tỉnh Bắc Ninh
Địa chỉ: Số 11 đường Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh
Điện thoại: 0222.3822.634
Lượt truy cập: 1.204.517
"""

COLS = [("Năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("So với cùng kỳ (%)", None, None)]
# row label, unit cell, (kind, unit, multiplier), subject head, numbers
ROWS = [("Cơ sở sản xuất", "cơ sở", ("count", "cơ sở", 1), "cơ sở sản xuất", ["64", "67", "70", "104,5"]),
        ("Lao động", "người", ("count", "người", 1), "lao động", ["520", "545", "580", "106,4"]),
        ("Sản lượng", "nghìn sản phẩm", ("count", "sản phẩm", 1e3), "sản lượng", ["410", "455", "490", "107,7"]),
        ("Doanh thu", "tỷ đồng", ("money", "đồng", 1e9), "doanh thu", ["38,2", "44,5", "51,0", "114,6"]),
        ("Trong đó: đồ gia dụng", "tỷ đồng", ("money", "đồng", 1e9), "doanh thu đồ gia dụng",
         ["16,4", "18,1", "20,3", "112,2"])]


def num(s):
    return float(s.replace(",", "."))


CELLS = []
whole = {}
for label, ucell, (kind, unit, m), head, nums in ROWS:
    prev = ucell
    for (col, p, st), n in zip(COLS, nums):
        anchor = f"{prev}\n{n}"
        prev = n
        if p is None:  # growth column: an index against the same period of the year before
            CELLS.append(fig(anchor, n, num(n), "percent", "%", subject=f"{head} so với cùng kỳ"))
            continue
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = whole[col]
        if label == "Doanh thu":
            whole[col] = num(n) * m
        CELLS.append(fig(anchor, n, num(n) * m, kind, unit, subject=f"{head} {col}", period=p, **kw))

QV = "Quế Võ"
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("có 15 lò", "15", 15, "count", "lò nung", subject="lò nung đang hoạt động"),
    fig("9 lò", "9", 9, "count", "lò", total=15, subject="lò đã chuyển sang đốt bằng gas"),
] + CELLS + [
    fig("là 50%", "50", 50, "percent", "%", subject="mức hỗ trợ chi phí chuyển đổi lò", location="Bắc Ninh"),
    fig("tối đa 300 triệu", "300", 300e6, "money", "đồng/lò", approx="at_most",
        subject="mức hỗ trợ chuyển đổi lò", location="Bắc Ninh"),
    fig("toàn bộ 6 lò", "6", 6, "count", "lò", status="target",
        subject="lò còn lại được hỗ trợ chuyển đổi", period=Y25),
    fig("khoảng 56 tỷ", "56", 56e9, "money", "đồng", approx="about", status="target",
        subject="doanh thu của làng nghề", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Bắc Ninh), no dateline: menu, 'Tin cùng chuyên mục', footer address, phone, 'Lượt truy cập: 1.204.517'.",
    "Distractors: 'Nghị quyết số 12/2023/NQ-HĐND', 'Số 11 đường Lý Thái Tổ', phone 0222.3822.634, counter, 'năm 2024' and 'quý IV' in link titles.",
    "Location: làng gốm Phù Lãng is in huyện Quế Võ (default); the provincial support rate (HĐND tỉnh resolution) → Bắc Ninh.",
    "'15 lò …, trong đó 9 lò' → total 15. One-cell-per-line table with a unit column: 'nghìn sản phẩm' ×1000, 'tỷ đồng' ×10^9 (money, đồng).",
    "Cell subject = row label + column label; period from 'Năm 2022', 'Năm 2023', 'Ước thực hiện 2024' (→ estimate).",
    "'So với cùng kỳ (%)' cells (104,5 …) are percent figures (an index vs the year before); the header names no period and no status cue: none, actual.",
    "'Trong đó: đồ gia dụng' sub-row: each cell is a part after 'Trong đó' of the Doanh thu cell above it (same column): total = that cell.",
    "'Năm 2025, Sở … phấn đấu' governs both parts of the sentence (6 lò, khoảng 56 tỷ): target.",
]

if __name__ == "__main__":
    write("p1532-7", TEXT, NOTES, FIGS, location="Quế Võ")
