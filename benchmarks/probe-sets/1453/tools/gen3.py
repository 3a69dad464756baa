"""p1453-3: formal report (UBND tỉnh Đồng Nai, Số: 27/BC-UBND): thermal products 2024, tab-flattened table by product."""
from lib import fig, period, inherit, change, target, write

TEXT = """UBND TỈNH ĐỒNG NAI
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 15 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất, xuất khẩu sản phẩm giữ nhiệt năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Tình hình chung
Năm 2024, giá trị sản xuất nhóm sản phẩm giữ nhiệt (phích nước, bình và cốc giữ nhiệt, hộp cơm giữ nhiệt) trên địa bàn tỉnh ước đạt 3.240 tỷ đồng, tăng 12,6% so với năm 2023; kim ngạch xuất khẩu đạt 118,7 triệu USD, bằng 104,1% kế hoạch.

2. Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: nghìn chiếc
Sản phẩm\tNăm 2023\tNăm 2024\tNăm 2024 so với năm 2023 (%)\tKế hoạch 2025
Bình giữ nhiệt inox\t5.820\t6.710\t115,3\t7.300
Phích nước ruột thủy tinh\t1.460\t1.390\t95,2\t1.350
Cốc, hộp cơm giữ nhiệt\t2.150\t2.520\t117,2\t2.700
Tổng cộng\t9.430\t10.620\t112,6\t11.350
Trong đó: xuất khẩu\t4.260\t5.140\t120,7\t5.600

3. Doanh nghiệp và lao động
Toàn tỉnh có 23 doanh nghiệp sản xuất sản phẩm giữ nhiệt, trong đó 15 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại huyện Nhơn Trạch và TP Biên Hòa; tổng số lao động khoảng 9.800 người. Trong năm, 2 dự án mới được cấp phép với tổng vốn đăng ký 46,5 triệu USD.

II. KẾ HOẠCH NĂM 2025
Phấn đấu năm 2025, giá trị sản xuất nhóm sản phẩm giữ nhiệt đạt 3.600 tỷ đồng, tăng khoảng 11% so với năm 2024; kim ngạch xuất khẩu trên 130 triệu USD.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y24_IN = period("Trong năm", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
COLS = [
    ("năm 2023", period("Năm 2023", "2023-01-01", "2023-12-31"), None),
    ("năm 2024", period("Năm 2024", "2024-01-01", "2024-12-31"), None),
    ("năm 2024 so với năm 2023", period("Năm 2024 so với năm 2023 (%)", "2024-01-01", "2024-12-31"), None),
    ("kế hoạch 2025", period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
]
ROWS = [
    ("Bình giữ nhiệt inox", "sản lượng bình giữ nhiệt inox", ["5.820", "6.710", "115,3", "7.300"]),
    ("Phích nước ruột thủy tinh", "sản lượng phích nước ruột thủy tinh", ["1.460", "1.390", "95,2", "1.350"]),
    ("Cốc, hộp cơm giữ nhiệt", "sản lượng cốc, hộp cơm giữ nhiệt", ["2.150", "2.520", "117,2", "2.700"]),
    ("Tổng cộng", "tổng cộng sản lượng", ["9.430", "10.620", "112,6", "11.350"]),
    ("Trong đó: xuất khẩu", "sản lượng xuất khẩu", ["4.260", "5.140", "120,7", "5.600"]),
]


# The 'Trong đó: xuất khẩu' row is a part of the 'Tổng cộng' row (same count, same column period).
WHOLE = {"năm 2023": 9430e3, "năm 2024": 10620e3, "kế hoạch 2025": 11350e3}


def table_cells():
    out = []
    for label, subj, nums in ROWS:
        prev = label
        for (col, per, status), n in zip(COLS, nums):
            kw = {"status": status} if status else {}
            if label.startswith("Trong đó") and not col.endswith("so với năm 2023"):
                kw["total"] = WHOLE[col]
            v = float(n.replace(".", "").replace(",", "."))
            if col.endswith("so với năm 2023"):
                out.append(fig(f"{prev}\t{n}", n, v, "percent", "%", subject=f"{subj} {col}", period=per, **kw))
            else:
                out.append(fig(f"{prev}\t{n}", n, v * 1e3, "count", "chiếc", subject=f"{subj} {col}",
                               period=per, **kw))
            prev = n
    return out


FIGS = [
    fig("ước đạt 3.240 tỷ", "3.240", 3240e9, "money", "đồng", status="estimate",
        change=change("increase", 12.6, "%", "năm 2023"),
        subject="giá trị sản xuất nhóm sản phẩm giữ nhiệt", period=Y24),
    fig("đạt 118,7 triệu", "118,7", 118.7e6, "money", "USD", percent=104.1,
        subject="kim ngạch xuất khẩu", period=Y24),
] + table_cells() + [
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất sản phẩm giữ nhiệt"),
    fig("trong đó 15 doanh nghiệp", "15", 15, "count", "doanh nghiệp", total=23,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 9.800 người", "9.800", 9800, "count", "người", approx="about", subject="tổng số lao động"),
    fig("năm, 2 dự án", "2", 2, "count", "dự án", subject="dự án mới được cấp phép", period=Y24_IN),
    fig("ký 46,5 triệu", "46,5", 46.5e6, "money", "USD", subject="tổng vốn đăng ký của dự án mới",
        period=Y24_IN),
    fig("đạt 3.600 tỷ", "3.600", 3600e9, "money", "đồng", status="target",
        change=change("increase", 11, "%", "năm 2024", approx="about"),
        subject="giá trị sản xuất nhóm sản phẩm giữ nhiệt", period=Y25),
    fig("trên 130 triệu", "130", 130e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=Y25),
]

NOTES = [
    "Formal report (UBND tỉnh Đồng Nai, Số: 27/BC-UBND, 'Đồng Nai, ngày 15 tháng 01 năm 2025'), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: '27/BC-UBND', the letterhead date, section numbers I., II., 1.-3., 'Lưu: VT, KTN', years in the title and headings.",
    "Tab-flattened table, 'Đơn vị tính: nghìn chiếc': counts ×1000, unit chiếc; the column 'Năm 2024 so với năm 2023 (%)' holds",
    "percent cells (its own unit overrides the Đơn vị tính line), period 2024 (the year compared); 'Kế hoạch 2025' → target.",
    "Table cells get no total, except the count cells of the 'Trong đó: xuất khẩu' row: a part after 'Trong đó' that follows",
    "its whole ('Tổng cộng', same count, same period) → total = the Tổng cộng cell of its column; its percent cell gets none.",
    "revised after the first run: those three totals were added (first written without them, by a wrong analogy to the",
    "shared gold h23, whose 'Trong đó' rows are rates, not parts of a count).",
    "'ước đạt 3.240 tỷ' → estimate; the next clause after ';' has its own subject and verb ('kim ngạch xuất khẩu đạt'), so it is",
    "actual (borderline); 'bằng 104,1% kế hoạch' → percent attribute.",
    "'Trong năm' in a yearly report → 2024. Section II: 'Phấn đấu năm 2025' → target for both clauses.",
    "'tập trung tại huyện Nhơn Trạch và TP Biên Hòa' does not make the provincial count local: location Đồng Nai.",
]

if __name__ == "__main__":
    write(3, TEXT, NOTES, FIGS, published="2025-01-15", location="Đồng Nai")
