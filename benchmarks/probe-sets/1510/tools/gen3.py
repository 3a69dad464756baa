"""p1510-3: formal report (UBND tỉnh Vĩnh Phúc, Số: 12/BC-UBND): wet wipes 2024, tab-flattened table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH VĨNH PHÚC
Số: 12/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Phúc, ngày 08 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất khăn ướt, tăm bông năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Giá trị sản xuất
Năm 2024, giá trị sản xuất nhóm sản phẩm khăn ướt, tăm bông đạt 1.246 tỷ đồng, tăng 13,5% so với năm 2023, vượt 3,2% kế hoạch; chiếm 0,4% giá trị sản xuất công nghiệp toàn tỉnh.

2. Sản lượng khăn ướt
Đơn vị tính: triệu gói
TT\tSản phẩm\tNăm 2023\tNăm 2024\tSo với cùng kỳ (%)\tKế hoạch 2025
1\tKhăn ướt trẻ em\t48,6\t55,2\t113,6\t60
2\tKhăn ướt người lớn\t27,3\t30,1\t110,3\t33
3\tKhăn ướt kháng khuẩn\t9,8\t12,4\t126,5\t14
\tTổng cộng\t85,7\t97,7\t114,0\t107

Sản lượng tăm bông năm 2024 ước đạt 720 triệu que, tăng 5,1%.

3. Doanh nghiệp, lao động
Đến ngày 31/12/2024, toàn tỉnh có 11 doanh nghiệp sản xuất khăn ướt, tăm bông, tăng 2 doanh nghiệp so với năm 2023, trong đó 8 doanh nghiệp có vốn đầu tư nước ngoài; tổng số lao động khoảng 2.650 người. Thu nhập bình quân năm 2024 đạt 9,1 triệu đồng/người/tháng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 giá trị sản xuất nhóm sản phẩm đạt 1.400 tỷ đồng, tăng 12,4% so với năm 2024; thu hút thêm từ 2 đến 3 dự án sản xuất vải không dệt; thực hiện Kế hoạch số 89/KH-UBND ngày 15/3/2024 của UBND tỉnh.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
RATIO = per("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = [("Khăn ướt trẻ em", ["48,6", "55,2", "113,6", "60"]),
        ("Khăn ướt người lớn", ["27,3", "30,1", "110,3", "33"]),
        ("Khăn ướt kháng khuẩn", ["9,8", "12,4", "126,5", "14"]),
        ("Tổng cộng", ["85,7", "97,7", "114,0", "107"])]
COLS = ["năm 2023", "năm 2024", "so với cùng kỳ", "kế hoạch 2025"]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label
        row = "tổng cộng sản lượng khăn ướt" if label == "Tổng cộng" else "sản lượng " + label.lower()
        for col, n in zip(COLS, nums):
            anchor = f"{prev}\t{n}"
            v = float(n.replace(",", "."))
            if col == "so với cùng kỳ":
                out.append(fig(anchor, n, v, "percent", "%", subject=f"{row} năm 2024 so với cùng kỳ", period=RATIO))
            elif col == "kế hoạch 2025":
                out.append(fig(anchor, n, v * 1e6, "count", "gói", status="target", subject=f"{row} {col}", period=K25))
            else:
                out.append(fig(anchor, n, v * 1e6, "count", "gói", subject=f"{row} {col}",
                               period=C23 if col == "năm 2023" else C24))
            prev = n
    return out


FIGS = [
    fig("đạt 1.246 tỷ", "1.246", 1246e9, "money", "đồng", percent=0.4,
        change=chg("increase", 13.5, "%", "năm 2023"),
        subject="giá trị sản xuất nhóm sản phẩm khăn ướt, tăm bông", period=Y24),
    fig("vượt 3,2% kế hoạch", "3,2", 3.2, "percent", "%",
        subject="giá trị sản xuất nhóm sản phẩm khăn ướt, tăm bông vượt kế hoạch", period=Y24, optional=True),
] + cells() + [
    fig("ước đạt 720 triệu", "720", 720e6, "count", "que", status="estimate", change=chg("increase", 5.1),
        subject="sản lượng tăm bông", period=Y24b),
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        change=chg("increase", 2, "doanh nghiệp", "năm 2023"),
        subject="doanh nghiệp sản xuất khăn ướt, tăm bông", period=ASOF),
    fig("trong đó 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", total=11,
        subject="doanh nghiệp có vốn đầu tư nước ngoài", period=ASOF),
    fig("khoảng 2.650 người", "2.650", 2650, "count", "người", approx="about",
        subject="tổng số lao động", period=ASOF),
    fig("đạt 9,1 triệu", "9,1", 9.1e6, "money", "đồng/người/tháng", subject="thu nhập bình quân", period=Y24b),
    fig("đạt 1.400 tỷ", "1.400", 1400e9, "money", "đồng", status="target",
        change=chg("increase", 12.4, "%", "năm 2024"), subject="giá trị sản xuất nhóm sản phẩm", period=Y25),
    fig("từ 2 đến 3 dự án", "2", 2, "count", "dự án", value_max=3, status="target",
        subject="dự án sản xuất vải không dệt thu hút thêm", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH VĨNH PHÚC', 'Số: 12/BC-UBND', 'Vĩnh Phúc, ngày 08 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số: 12/BC-UBND, letterhead date, section numbers, table row numbers 1-3 (TT column), Kế hoạch số 89/KH-UBND ngày 15/3/2024.",
    "1.246 tỷ has two changes: 'tăng 13,5% so với năm 2023' is the attribute; 'vượt 3,2% kế hoạch' is a further change → optional percent",
    "figure (spec: one of each attribute per figure); 'chiếm 0,4%' → percent attribute.",
    "Tab-flattened table, 'Đơn vị tính: triệu gói': cells are counts in gói ×10^6; subject = row label + column label; period from",
    "column header; 'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are percents (index, 2024 over 2023), status actual (no cue",
    "in the header), period 2024 marked inherited (the header names no year; it stands in the neighbouring column). Cells get no total.",
    "'Đến ngày 31/12/2024' → as-of period for 11 DN, '8 doanh nghiệp' (trong đó → total 11) and 'khoảng 2.650 người' of the same sentence.",
    "'tăng 2 doanh nghiệp so với năm 2023' → change in doanh nghiệp. Section II: 'Phấn đấu năm 2025' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1510-3", TEXT, NOTES, FIGS, published="2025-01-08", location="Vĩnh Phúc")
