"""p1314-3: formal report (UBND tỉnh Quảng Ngãi, Số: 215/BC-UBND): wood chips and pellets 2024, flattened '|' table."""
from lib import fig, period, inherit, change, write

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, xuất khẩu dăm gỗ và viên nén gỗ năm 2024, nhiệm vụ năm 2025

I. KẾT QUẢ NĂM 2024
1. Sản xuất
Toàn tỉnh có 27 nhà máy chế biến dăm gỗ và 5 nhà máy viên nén, tổng công suất khoảng 3,2 triệu tấn/năm. Sản lượng một số sản phẩm chủ yếu như sau:

Đơn vị tính: nghìn tấn
Sản phẩm | Năm 2023 | Ước thực hiện 2024 | Ước 2024 so với 2023 (%) | Kế hoạch 2025
Dăm gỗ | 2.231 | 2.450 | 109,8 | 2.600
Viên nén gỗ | 276 | 318 | 115,2 | 360
Tổng cộng | 2.507 | 2.768 | 110,4 | 2.960

2. Xuất khẩu
Kim ngạch xuất khẩu dăm gỗ và viên nén ước đạt 412 triệu USD, chiếm 14,6% tổng kim ngạch xuất khẩu của tỉnh. Giá dăm gỗ xuất khẩu bình quân 152 USD/tấn khô, tăng 4 USD so với năm 2023. Các nhà máy nộp ngân sách 186 tỷ đồng.

3. Tồn tại, hạn chế
Có 4 nhà máy hoạt động dưới 50% công suất do thiếu nguyên liệu; 2 nhà máy bị xử phạt vi phạm hành chính về môi trường với tổng số tiền 340 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu kim ngạch xuất khẩu dăm gỗ và viên nén đạt 450 triệu USD; tỷ lệ gỗ nguyên liệu có chứng chỉ FSC đạt ít nhất 30%; không cấp phép mới nhà máy dăm gỗ có công suất dưới 100.000 tấn/năm.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTTH.
"""

Y24H = period("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)   # section heading
Y25H = period("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)   # section heading
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
E24 = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
R24 = period("Ước 2024 so với 2023", "2024-01-01", "2024-12-31")
K25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None, False), ("ước thực hiện 2024", E24, "estimate", False),
        ("ước 2024 so với 2023", R24, "estimate", True), ("kế hoạch 2025", K25, "target", False)]
ROWS = [("Dăm gỗ", "sản lượng dăm gỗ", ["2.231", "2.450", "109,8", "2.600"]),
        ("Viên nén gỗ", "sản lượng viên nén gỗ", ["276", "318", "115,2", "360"]),
        ("Tổng cộng", "sản lượng tổng cộng", ["2.507", "2.768", "110,4", "2.960"])]

CELLS = []
for label, subj, nums in ROWS:
    prev = label
    for (col, per, status, pct), n in zip(COLS, nums):
        kw = {"status": status} if status else {}
        v = float(n.replace(".", "").replace(",", "."))
        if pct:
            CELLS.append(fig(f"{prev} | {n}", n, v, "percent", "%", subject=f"{subj} {col}", period=per, **kw))
        else:
            CELLS.append(fig(f"{prev} | {n}", n, v * 1e3, "measure", "tấn", subject=f"{subj} {col}",
                             period=per, **kw))
        prev = n

FIGS = [
    fig("có 27 nhà máy", "27", 27, "count", "nhà máy", subject="nhà máy chế biến dăm gỗ"),
    fig("và 5 nhà máy", "5", 5, "count", "nhà máy", subject="nhà máy viên nén"),
    fig("khoảng 3,2 triệu", "3,2", 3.2e6, "measure", "tấn/năm", approx="about",
        subject="tổng công suất các nhà máy dăm gỗ và viên nén"),
] + CELLS + [
    fig("ước đạt 412 triệu", "412", 412e6, "money", "USD", status="estimate", percent=14.6,
        subject="kim ngạch xuất khẩu dăm gỗ và viên nén", period=Y24H),
    fig("bình quân 152 USD", "152", 152, "money", "USD/tấn khô",
        change=change("increase", 4, "USD", "năm 2023"),
        subject="giá dăm gỗ xuất khẩu bình quân", period=Y24H),
    fig("ngân sách 186 tỷ", "186", 186e9, "money", "đồng", subject="nộp ngân sách của các nhà máy",
        period=Y24H),
    fig("Có 4 nhà máy", "4", 4, "count", "nhà máy", subject="nhà máy hoạt động dưới 50% công suất",
        period=Y24H),
    fig("dưới 50% công suất", "50", 50, "percent", "%", approx="under",
        subject="mức hoạt động so với công suất của 4 nhà máy", period=Y24H),
    fig("; 2 nhà máy", "2", 2, "count", "nhà máy", subject="nhà máy bị xử phạt vi phạm hành chính về môi trường",
        period=Y24H),
    fig("tiền 340 triệu", "340", 340e6, "money", "đồng", subject="tổng số tiền xử phạt", period=Y24H),
    fig("đạt 450 triệu", "450", 450e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu dăm gỗ và viên nén", period=Y25H),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ gỗ nguyên liệu có chứng chỉ FSC", period=Y25H),
    fig("dưới 100.000 tấn/năm", "100.000", 100000, "measure", "tấn/năm", approx="under", status="target",
        subject="công suất nhà máy dăm gỗ không được cấp phép mới", period=Y25H, optional=True),
]

NOTES = [
    "Formal report (UBND tỉnh Quảng Ngãi, Số: 215/BC-UBND, 'Quảng Ngãi, ngày 15 tháng 01 năm 2025'), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 'Số: 215/BC-UBND', the letterhead date, section numbers I./II./1./2./3., 'Lưu: VT, KTTH'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn tấn' (2.231 = 2 231 000 tấn); the '(%)' column is percent (the header overrides the unit line).",
    "Cells: subject = row indicator + column label; period from the column header (scored); 'Ước thực hiện 2024' and",
    "'Ước 2024 so với 2023 (%)' → estimate, 'Kế hoạch 2025' → target; cells get no total (as in the shared gold tables).",
    "Sections 2 and 3 take the year of heading 'I. KẾT QUẢ NĂM 2024', section II that of 'NĂM 2025': inherited (not scored).",
    "'dưới 50% công suất' is a percent figure (under). 'Có 4 nhà máy' and '2 nhà máy' have no part-of cue: no total.",
    "Optional: 'công suất dưới 100.000 tấn/năm' is a licensing threshold in a rule, not a measured quantity.",
    "revised after the first run: the 'Tổng cộng' row's subject was 'tổng sản lượng dăm gỗ và viên nén <column>', a paraphrase that",
    "dropped the row label; the spec's table rule is row label + column label, as in the other rows and in p1314-7: now",
    "'sản lượng tổng cộng <column>'.",
    "'Phấn đấu' governs all three ';' clauses of section II (target).",
]

if __name__ == "__main__":
    write("p1314-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Quảng Ngãi")
