"""p1556-3: formal report (UBND tỉnh Bắc Ninh, Số: 112/BC-UBND): building paint 2024, flattened '|' table by company."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẮC NINH
Số: 112/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 15 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất sơn xây dựng năm 2024 và phương hướng năm 2025

I. KẾT QUẢ NĂM 2024
1. Tình hình chung
Năm 2024, toàn tỉnh có 19 doanh nghiệp sản xuất sơn xây dựng, trong đó 7 doanh nghiệp có vốn đầu tư nước ngoài. Sản lượng sơn nước đạt 96,4 triệu lít, tăng 8,7% so với năm 2023, vượt 2,4% kế hoạch; giá trị sản xuất ước đạt 4.350 tỷ đồng. Các doanh nghiệp giải quyết việc làm cho khoảng 2.100 lao động.

2. Sản lượng của các doanh nghiệp lớn
Đơn vị tính: triệu lít
Doanh nghiệp | Năm 2023 | Năm 2024 | Kế hoạch 2025
Công ty TNHH Sơn Kinh Bắc | 31,5 | 34,8 | 37
Công ty CP Sơn Quế Võ | 22,7 | 24,1 | 26
Công ty TNHH Sơn Tiên Phong | 12,2 | 13,5 | 15
Các doanh nghiệp khác | 22,3 | 24,0 | 26
Tổng cộng | 88,7 | 96,4 | 104

3. Môi trường và an toàn hóa chất
Năm 2024, Sở Tài nguyên và Môi trường kiểm tra 12 cơ sở, phát hiện 3 cơ sở vi phạm về quản lý chất thải nguy hại, xử phạt tổng số tiền 185 triệu đồng. Tỷ lệ doanh nghiệp có hệ thống xử lý nước thải đạt chuẩn đạt 94,7%.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu sản lượng sơn nước năm 2025 đạt 104 triệu lít, tăng khoảng 8% so với năm 2024; 100% doanh nghiệp sản xuất sơn áp dụng quy chuẩn QCVN 16:2023/BXD; thu hút thêm từ 2 đến 3 dự án sơn gốc nước công nghệ cao.

Nơi nhận:
- Bộ Xây dựng (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        "năm 2024": (per("Năm 2024", "2024-01-01", "2024-12-31"), None),
        "kế hoạch 2025": (per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")}
ROWS = [("Công ty TNHH Sơn Kinh Bắc", ["31,5", "34,8", "37"]),
        ("Công ty CP Sơn Quế Võ", ["22,7", "24,1", "26"]),
        ("Công ty TNHH Sơn Tiên Phong", ["12,2", "13,5", "15"]),
        ("Các doanh nghiệp khác", ["22,3", "24,0", "26"]),
        ("Tổng cộng", ["88,7", "96,4", "104"])]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for i, (col, n) in enumerate(zip(COLS, nums)):
            p, st = COLS[col]
            kw = {"status": st} if st else {}
            anchor = f"{prev} | {n}" + ("\n" if i == 2 else "")
            out.append(fig(anchor, n, float(n.replace(",", ".")) * 1e6, "measure", "lít",
                           subject=f"sản lượng {label} {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("có 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất sơn xây dựng",
        period=Y24),
    fig("trong đó 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", total=19,
        subject="doanh nghiệp có vốn đầu tư nước ngoài", period=Y24),
    fig("đạt 96,4 triệu", "96,4", 96.4e6, "measure", "lít", change=chg("increase", 8.7, "%", "năm 2023"),
        subject="sản lượng sơn nước", period=inh(Y24)),
    fig("vượt 2,4%", "2,4", 2.4, "percent", "%", subject="sản lượng sơn nước vượt kế hoạch",
        period=inh(Y24), optional=True),
    fig("ước đạt 4.350 tỷ", "4.350", 4350e9, "money", "đồng", status="estimate", subject="giá trị sản xuất",
        period=inh(Y24)),
    fig("khoảng 2.100 lao động", "2.100", 2100, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp giải quyết việc làm", period=inh(Y24)),
] + cells() + [
    fig("kiểm tra 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở được Sở Tài nguyên và Môi trường kiểm tra",
        period=Y24),
    fig("phát hiện 3 cơ sở", "3", 3, "count", "cơ sở",
        subject="cơ sở vi phạm về quản lý chất thải nguy hại", period=Y24),
    fig("tiền 185 triệu", "185", 185e6, "money", "đồng", subject="tổng số tiền xử phạt", period=Y24),
    fig("đạt 94,7%", "94,7", 94.7, "percent", "%",
        subject="tỷ lệ doanh nghiệp có hệ thống xử lý nước thải đạt chuẩn", period=inh(Y24)),
    fig("đạt 104 triệu", "104", 104e6, "measure", "lít", status="target",
        change=chg("increase", 8, "%", "năm 2024", approx="about"), subject="sản lượng sơn nước", period=Y25),
    fig("100% doanh nghiệp", "100", 100, "percent", "%", status="target",
        subject="doanh nghiệp sản xuất sơn áp dụng quy chuẩn", period=Y25),
    fig("từ 2 đến 3 dự án", "2", 2, "count", "dự án", value_max=3, status="target",
        subject="dự án sơn gốc nước công nghệ cao thu hút thêm", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẮC NINH', 'Số: 112/BC-UBND', 'Bắc Ninh, ngày 15 tháng 01 năm 2025', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: Số 112/BC-UBND, QCVN 16:2023/BXD, section numbers, the letterhead date, 'Lưu: VT, KTN'.",
    "'96,4 triệu lít, tăng 8,7% so với năm 2023, vượt 2,4% kế hoạch': the first change is the attribute; the gap to plan is a",
    "second change → a percent figure of its own, optional (FIGURES.md 'one of each attribute'). 'Năm 2024' stands in the previous sentence.",
    "Flattened '|' table, 'Đơn vị tính: triệu lít': every cell a figure; subject = indicator + row + column; period from the",
    "column header (scored); 'Kế hoạch 2025' → target; cells get no total. The 'Tổng cộng' 96,4 repeats the text's figure (both count).",
    "'kiểm tra 12 cơ sở, phát hiện 3 cơ sở vi phạm' has no part-of cue: no total. Section II 'Phấn đấu' governs the whole sentence (target).",
]

if __name__ == "__main__":
    write("p1556-3", TEXT, NOTES, FIGS, published="2025-01-15", location="Bắc Ninh")
