"""p1555-3: formal report (UBND tỉnh Đồng Nai, Số: 112/BC-UBND): pipes 2024, flattened '|' table by product group."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐỒNG NAI
Số: 112/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất ống nhựa và phụ kiện năm 2024, kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất và tiêu thụ
Năm 2024, sản lượng ống nhựa và phụ kiện toàn tỉnh đạt 215.300 tấn, tăng 6,5% so với năm 2023, bằng 101,3% kế hoạch; xuất khẩu 48,2 triệu USD, chiếm 11,4% kim ngạch xuất khẩu nhóm hàng nhựa của tỉnh; giá trị sản xuất ước đạt 9.870 tỷ đồng.

2. Sản lượng theo nhóm sản phẩm
Đơn vị tính: tấn
Nhóm sản phẩm | Năm 2023 | Năm 2024 | Kế hoạch 2025
Ống uPVC | 98.400 | 103.500 | 108.000
Ống HDPE | 74.600 | 79.800 | 86.000
Ống PPR | 18.900 | 19.600 | 21.000
Phụ kiện các loại | 10.250 | 12.400 | 14.000
Tổng cộng | 202.150 | 215.300 | 229.000

3. Kiểm tra chất lượng
Đến ngày 31/12/2024, Cục Quản lý thị trường tỉnh đã kiểm tra 86 cơ sở kinh doanh ống nhựa, trong đó 11 cơ sở vi phạm; tạm giữ gần 4.800 mét ống không rõ nguồn gốc, xử phạt 265 triệu đồng.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng năm 2025 đạt 229.000 tấn, tăng 6,4% so với năm 2024; xuất khẩu trên 52 triệu USD; 100% doanh nghiệp áp dụng TCVN 8491:2011 đối với ống uPVC.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
COLS = [("năm 2023", Y23, None), ("năm 2024", Y24, None), ("kế hoạch 2025", K25, "target")]
ROWS = [("Ống uPVC", ["98.400", "103.500", "108.000"]),
        ("Ống HDPE", ["74.600", "79.800", "86.000"]),
        ("Ống PPR", ["18.900", "19.600", "21.000"]),
        ("Phụ kiện các loại", ["10.250", "12.400", "14.000"]),
        ("Tổng cộng", ["202.150", "215.300", "229.000"])]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        for (col, p, st), n in zip(COLS, nums):
            kw = {"status": st} if st else {}
            out.append(fig(f"{prev} | {n}", n, float(n.replace(".", "")), "measure", "tấn",
                           subject=f"sản lượng {label.lower()} {col}", period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("đạt 215.300 tấn", "215.300", 215300, "measure", "tấn", percent=101.3,
        change=chg("increase", 6.5, "%", "năm 2023"),
        subject="sản lượng ống nhựa và phụ kiện toàn tỉnh", period=Y24),
    fig("xuất khẩu 48,2 triệu", "48,2", 48.2e6, "money", "USD", percent=11.4,
        subject="xuất khẩu ống nhựa và phụ kiện", period=Y24),
    fig("ước đạt 9.870 tỷ", "9.870", 9870e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất", period=Y24),
] + cells() + [
    fig("kiểm tra 86 cơ sở", "86", 86, "count", "cơ sở",
        subject="cơ sở kinh doanh ống nhựa được kiểm tra", period=ASOF),
    fig("trong đó 11 cơ sở", "11", 11, "count", "cơ sở", total=86,
        subject="cơ sở vi phạm", period=ASOF),
    fig("gần 4.800 mét", "4.800", 4800, "measure", "mét", approx="nearly",
        subject="ống không rõ nguồn gốc bị tạm giữ", period=ASOF),
    fig("xử phạt 265 triệu", "265", 265e6, "money", "đồng", subject="tiền xử phạt", period=ASOF),
    fig("đạt 229.000 tấn", "229.000", 229000, "measure", "tấn", status="target",
        change=chg("increase", 6.4, "%", "năm 2024"), subject="sản lượng", period=Y25),
    fig("trên 52 triệu", "52", 52e6, "money", "USD", approx="over", status="target",
        subject="xuất khẩu", period=Y25),
    fig("; 100% doanh nghiệp", "100", 100, "percent", "%", status="target",
        subject="doanh nghiệp áp dụng TCVN 8491:2011 đối với ống uPVC", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐỒNG NAI', 'Số: 112/BC-UBND', 'Đồng Nai, ngày 16 tháng 01 năm 2025' (published), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 112/BC-UBND, the letterhead date, section numbers, 'TCVN 8491:2011' (a standard's number), 'Lưu: VT, KTN'.",
    "Flattened '|' table, 'Đơn vị tính: tấn': every cell a figure; subject = row + column label; period from the column header;",
    "'Kế hoạch 2025' column → target; cells get no total (the 'Tổng cộng' row is a figure of its own).",
    "The 'ước đạt' clause stands last in the first sentence, so it does not govern the clauses before it (215.300 tấn, 48,2 triệu USD actual).",
    "'bằng 101,3% kế hoạch' and 'chiếm 11,4%' are percent attributes. 'trong đó 11 cơ sở vi phạm' → total 86.",
    "'Đến ngày 31/12/2024' is an as-of date for all four figures of its sentence (start null).",
    "Section II: 'Phấn đấu' governs the whole sentence (229.000 tấn, trên 52 triệu USD, 100%): target, period năm 2025.",
]

if __name__ == "__main__":
    write("p1555-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Đồng Nai")
