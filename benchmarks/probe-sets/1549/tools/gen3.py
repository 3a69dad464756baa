"""p1549-3: formal report (Sở Công Thương Đồng Nai, Số: 112/BC-SCT): oral-care products 2024, tab-flattened table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG NAI
SỞ CÔNG THƯƠNG
Số: 112/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất kem đánh răng, bàn chải đánh răng năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Năm 2024, giá trị sản xuất nhóm sản phẩm chăm sóc răng miệng trên địa bàn tỉnh ước đạt 3.420 tỷ đồng, tăng 6,5% so với năm 2023, chiếm 1,8% giá trị sản xuất công nghiệp toàn tỉnh. Toàn ngành có 7 doanh nghiệp, gồm 3 doanh nghiệp sản xuất kem đánh răng và 4 doanh nghiệp sản xuất bàn chải.

2. Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: triệu sản phẩm
Sản phẩm\tNăm 2023\tƯớc thực hiện 2024\tSo với cùng kỳ (%)\tKế hoạch 2025
Kem đánh răng (tuýp)\t212,4\t226,8\t106,8\t240
Bàn chải đánh răng (chiếc)\t318,0\t335,5\t105,5\t350
Trong đó: xuất khẩu\t241,2\t252,0\t104,5\t262

3. Xuất khẩu và lao động
Kim ngạch xuất khẩu bàn chải đánh răng năm 2024 ước đạt 98,7 triệu USD, tăng 4,2%; thị trường chính là Hoa Kỳ, Nhật Bản và Hàn Quốc. Các doanh nghiệp sử dụng 3.150 lao động, thu nhập bình quân 9,2 triệu đồng/người/tháng.

4. Tồn tại, hạn chế
Còn 2/7 doanh nghiệp chưa hoàn thành báo cáo đánh giá tác động môi trường; qua kiểm tra, Đội Quản lý thị trường số 5 phát hiện 3 cơ sở kinh doanh kem đánh răng giả, tạm giữ 2.400 tuýp.

II. KẾ HOẠCH NĂM 2025
Phấn đấu năm 2025 giá trị sản xuất đạt khoảng 3.700 tỷ đồng, tăng 8,2% so với năm 2024; kim ngạch xuất khẩu bàn chải từ 105 đến 110 triệu USD.

Nơi nhận:
- UBND tỉnh (b/c);
- Bộ Công Thương;
- Lưu: VT, QLCN.
""".replace("\\t", "\t")

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
SEC = per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = ["Năm 2023", "Ước thực hiện 2024", "So với cùng kỳ (%)", "Kế hoạch 2025"]
CP = {"Năm 2023": (C23, None), "Ước thực hiện 2024": (E24, "estimate"),
      "So với cùng kỳ (%)": (inh(E24), None), "Kế hoạch 2025": (K25, "target")}

ROWS = [  # label in text, subject row, unit, cells, whole row index for 'Trong đó'
    ("Kem đánh răng (tuýp)", "sản lượng kem đánh răng", "tuýp", ["212,4", "226,8", "106,8", "240"], None),
    ("Bàn chải đánh răng (chiếc)", "sản lượng bàn chải đánh răng", "chiếc", ["318,0", "335,5", "105,5", "350"], None),
    ("Trong đó: xuất khẩu", "sản lượng bàn chải đánh răng xuất khẩu", "chiếc", ["241,2", "252,0", "104,5", "262"], 1),
]


def num(s):
    return float(s.replace(",", "."))


CELLS = []
for label, subj, unit, cells, whole in ROWS:
    prev = label
    for i, (col, n) in enumerate(zip(COLS, cells)):
        p, st = CP[col]
        kw = {"status": st} if st else {}
        anchor = f"{prev}\t{n}"
        if col.startswith("So với"):
            CELLS.append(fig(anchor, n, num(n), "percent", "%", subject=f"{subj} so với cùng kỳ", period=p, **kw))
        else:
            if whole is not None:
                kw["total"] = num(ROWS[whole][3][i]) * 1e6
            CELLS.append(fig(anchor, n, num(n) * 1e6, "count", unit, subject=f"{subj} {col.lower()}", period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 3.420 tỷ", "3.420", 3420e9, "money", "đồng", status="estimate", percent=1.8,
        change=chg("increase", 6.5, "%", "năm 2023"),
        subject="giá trị sản xuất nhóm sản phẩm chăm sóc răng miệng", period=Y24),
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", subject="doanh nghiệp toàn ngành"),
    fig("gồm 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", total=7, subject="doanh nghiệp sản xuất kem đánh răng"),
    fig("và 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", total=7, subject="doanh nghiệp sản xuất bàn chải"),
] + CELLS + [
    fig("ước đạt 98,7 triệu", "98,7", 98.7e6, "money", "USD", status="estimate", change=chg("increase", 4.2, "%"),
        subject="kim ngạch xuất khẩu bàn chải đánh răng", period=Y24b),
    fig("sử dụng 3.150 lao động", "3.150", 3150, "count", "lao động", subject="lao động các doanh nghiệp sử dụng"),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("Còn 2/7 doanh nghiệp", "2", 2, "count", "doanh nghiệp", total=7,
        subject="doanh nghiệp chưa hoàn thành báo cáo đánh giá tác động môi trường"),
    fig("phát hiện 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở kinh doanh kem đánh răng giả", period=SEC),
    fig("giữ 2.400 tuýp", "2.400", 2400, "count", "tuýp", subject="kem đánh răng giả tạm giữ", period=SEC),
    fig("khoảng 3.700 tỷ", "3.700", 3700e9, "money", "đồng", approx="about", status="target",
        change=chg("increase", 8.2, "%", "năm 2024"), subject="giá trị sản xuất", period=Y25),
    fig("từ 105 đến 110", "105", 105e6, "money", "USD", value_max=110e6, status="target",
        subject="kim ngạch xuất khẩu bàn chải", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Đồng Nai - Sở Công Thương, Số: 112/BC-SCT, 'Đồng Nai, ngày 16 tháng 01 năm 2025'), sections I/II and 1-4, 'Nơi nhận'.",
    "Distractors: document number, letterhead date, section numbers, 'Đội Quản lý thị trường số 5', '(b/c)', 'Lưu: VT, QLCN'.",
    "Tab-flattened table, 'Đơn vị tính: triệu sản phẩm'; the row label's bracket gives the counted unit (tuýp, chiếc); value ×10^6.",
    "Columns: 'Năm 2023' (actual), 'Ước thực hiện 2024' (estimate), 'So với cùng kỳ (%)' (percent cells: a ratio to the same period,",
    "value as written, no change object; period inherited from the estimate column, not stated in its own header; status actual as",
    "the header has no cue; borderline), 'Kế hoạch 2025' (target).",
    "'Trong đó: xuất khẩu' sub-row follows the toothbrush row: its count cells take that row's cell of the same column as total (choice).",
    "'gồm 3 ... và 4 doanh nghiệp' after 'có 7 doanh nghiệp' → total 7; '2/7 doanh nghiệp' → total 7.",
    "'tăng 4,2%' with no baseline is the change of 98,7 triệu USD. Section 4 figures take NĂM 2024 from the section heading (inherited);",
    "'Còn 2/7', the workforce and the wage are standing facts (no period).",
    "Section II: 'Phấn đấu năm 2025' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1549-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Đồng Nai")
