"""p1464-3: formal report (UBND tỉnh Thái Bình, Số: 12/BC-UBND): blind and curtain villages 2024, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 12/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất mành, rèm tại các làng nghề năm 2024 và phương hướng năm 2025

I. KẾT QUẢ NĂM 2024
1. Tình hình chung
Năm 2024, giá trị sản xuất mành trúc, mành tre và rèm các loại toàn tỉnh đạt 163,2 tỷ đồng, tăng 7,8% so với năm 2023, đạt 101,2% kế hoạch; kim ngạch xuất khẩu ước đạt 4,6 triệu USD. Toàn tỉnh có 1.240 cơ sở sản xuất, thu hút 6.850 lao động, trong đó lao động nông nhàn chiếm 62%.

2. Giá trị sản xuất theo địa phương
Đơn vị tính: tỷ đồng
Địa phương | Năm 2023 | Năm 2024 | Kế hoạch 2025
Huyện Quỳnh Phụ | 86,4 | 94,7 | 102
Huyện Thái Thụy | 41,2 | 45,9 | 50
Huyện Vũ Thư | 23,8 | 22,6 | 25
Tổng cộng | 151,4 | 163,2 | 177

3. Khó khăn, hạn chế
Giá nguyên liệu tre, trúc tăng 10-15% so với năm 2023; 3/7 làng nghề chưa có hệ thống xử lý nước thải sau ngâm tẩm. Giá trị sản xuất của huyện Vũ Thư giảm do 2 cơ sở lớn ngừng hoạt động.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu năm 2025 giá trị sản xuất mành, rèm đạt 177 tỷ đồng, tăng 8,5% so với năm 2024; xây dựng thêm ít nhất 2 sản phẩm OCOP; đào tạo nghề đan mành, may rèm cho 500 lao động theo Kế hoạch số 45/KH-UBND.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, SCT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
P25 = per("năm 2025", "2025-01-01", "2025-12-31")
COLS = ["Năm 2023", "Năm 2024", "Kế hoạch 2025"]
PER = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}


def cell(anchor, number, row, col, place):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    if place:
        kw["location"] = place
    v = float(number.replace(",", ".")) * 1e9
    subj = f"{row}giá trị sản xuất {col.lower()}"
    return fig(anchor, number, v, "money", "đồng", subject=subj, period=PER[col], **kw)


ROWS = [("Huyện Quỳnh Phụ", "", "Quỳnh Phụ", ["86,4", "94,7", "102"]),
        ("Huyện Thái Thụy", "", "Thái Thụy", ["41,2", "45,9", "50"]),
        ("Huyện Vũ Thư", "", "Vũ Thư", ["23,8", "22,6", "25"]),
        ("Tổng cộng", "tổng cộng ", None, ["151,4", "163,2", "177"])]
CELLS = []
for label, rowsubj, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev} | {n}", n, rowsubj, col, place))
        prev = n

FIGS = [
    fig("đạt 163,2 tỷ", "163,2", 163.2e9, "money", "đồng", percent=101.2,
        change=chg("increase", 7.8, "%", "năm 2023"),
        subject="giá trị sản xuất mành trúc, mành tre và rèm các loại toàn tỉnh", period=Y24),
    fig("ước đạt 4,6 triệu", "4,6", 4.6e6, "money", "USD", status="estimate",
        subject="kim ngạch xuất khẩu", period=Y24),
    fig("có 1.240 cơ sở", "1.240", 1240, "count", "cơ sở", subject="cơ sở sản xuất mành, rèm"),
    fig("hút 6.850 lao động", "6.850", 6850, "count", "lao động", subject="lao động các cơ sở sản xuất thu hút"),
    fig("chiếm 62%", "62", 62, "percent", "%", subject="tỷ lệ lao động nông nhàn"),
] + CELLS + [
    fig("tăng 10-15%", "10", 10, "percent", "%", value_max=15, subject="giá nguyên liệu tre, trúc",
        period=inh(Y24)),
    fig("3/7 làng nghề", "3", 3, "count", "làng nghề", total=7,
        subject="làng nghề chưa có hệ thống xử lý nước thải"),
    fig("do 2 cơ sở", "2", 2, "count", "cơ sở", subject="cơ sở lớn ngừng hoạt động", location="Vũ Thư"),
    fig("đạt 177 tỷ", "177", 177e9, "money", "đồng", status="target",
        change=chg("increase", 8.5, "%", "năm 2024"), subject="giá trị sản xuất mành, rèm", period=P25),
    fig("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm OCOP xây dựng thêm", period=P25),
    fig("cho 500 lao động", "500", 500, "count", "lao động", status="target",
        subject="lao động được đào tạo nghề đan mành, may rèm", period=P25),
]

NOTES = [
    "Formal report (UBND tỉnh Thái Bình, Số: 12/BC-UBND, 'Thái Bình, ngày 16 tháng 01 năm 2025'), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: 12/BC-UBND, the letterhead date, section numbers, 'Kế hoạch số 45/KH-UBND', baselines 'năm 2023', 'năm 2024'.",
    "Flattened '|' table with 'Đơn vị tính: tỷ đồng' and a place column: each district cell takes its district as location;",
    "the 'Tổng cộng' row stays Thái Bình. Subject = caption indicator + column label; period from the column; 'Kế hoạch 2025' → target.",
    "'trong đó lao động nông nhàn chiếm 62%' has no number of its own: a percent figure, not an attribute of 6.850.",
    "'tăng 10-15% so với năm 2023' is a growth rate as the claim (percent, range); its year is the section's (inherited).",
    "'3/7 làng nghề' → total 7. The 'ước đạt' clause is its own (4,6 triệu USD estimate); 163,2 tỷ before it is actual.",
    "Section II: 'Phấn đấu năm 2025' governs the three ';' clauses (target, period năm 2025).",
]

if __name__ == "__main__":
    write("p1464-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Thái Bình")
