"""p1523-3: formal report (UBND tỉnh Bắc Ninh, Số: 187/BC-UBND): school-supply output and price stabilisation; flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BẮC NINH
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 25 tháng 9 năm 2024

BÁO CÁO
Tình hình sản xuất, cung ứng đồ dùng học tập phục vụ năm học 2024-2025

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Trên địa bàn tỉnh có 7 doanh nghiệp sản xuất bút chì, tẩy và gọt bút chì, tập trung tại Khu công nghiệp Quế Võ và Khu công nghiệp Tiên Sơn, sử dụng khoảng 4.300 lao động. Giá trị sản xuất năm 2024 ước đạt 1.860 tỷ đồng, tăng 9,2% so với năm 2023.

Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: nghìn chiếc
Sản phẩm | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%)
Bút chì gỗ | 215.400 | 233.700 | 108,5
Bút chì kim | 38.600 | 41.200 | 106,7
Tẩy | 96.300 | 104.800 | 108,8
Gọt bút chì | 27.500 | 29.100 | 105,8
Tổng cộng | 377.800 | 408.800 | 108,2

2. Cung ứng, bình ổn thị trường
Các doanh nghiệp tham gia chương trình bình ổn thị trường với 1,2 triệu bộ đồ dùng học tập, giá bán thấp hơn giá thị trường từ 10-15%. Đến ngày 15/9/2024, đã có 86/126 xã, phường, thị trấn tổ chức điểm bán hàng bình ổn, đạt 68,3%.

II. NHIỆM VỤ NĂM 2025
Phấn đấu giá trị sản xuất ngành đồ dùng học tập năm 2025 đạt 2.050 tỷ đồng; 100% sản phẩm bút chì, tẩy lưu thông trên thị trường được kiểm tra ghi nhãn; hỗ trợ ít nhất 3 doanh nghiệp xây dựng thương hiệu.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Quốc Hưng
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
ASOF = per("Đến ngày 15/9/2024", None, "2024-09-15")


def cell(anchor, number, row, col):
    if col == "so với cùng kỳ":
        return fig(anchor, number, float(number.replace(",", ".")), "percent", "%",
                   subject=f"sản lượng {row} so với cùng kỳ", status="estimate", period=inh(E24))
    v = float(number.replace(".", "")) * 1e3
    kw = {"status": "estimate"} if col.startswith("ước") else {}
    return fig(anchor, number, v, "count", "chiếc", subject=f"sản lượng {row} {col}",
               period=Y23 if col == "năm 2023" else E24, **kw)


ROWS = [("Bút chì gỗ", ["215.400", "233.700", "108,5"]), ("Bút chì kim", ["38.600", "41.200", "106,7"]),
        ("Tẩy", ["96.300", "104.800", "108,8"]), ("Gọt bút chì", ["27.500", "29.100", "105,8"]),
        ("Tổng cộng", ["377.800", "408.800", "108,2"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(["năm 2023", "ước thực hiện 2024", "so với cùng kỳ"], nums):
        CELLS.append(cell(f"{prev} | {n}", n, label.lower(), col))
        prev = n

FIGS = [
    fig("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất bút chì, tẩy và gọt bút chì"),
    fig("khoảng 4.300 lao động", "4.300", 4300, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("ước đạt 1.860 tỷ", "1.860", 1860e9, "money", "đồng", status="estimate",
        change=chg("increase", 9.2, "%", "năm 2023"), subject="giá trị sản xuất", period=Y24),
] + CELLS + [
    fig("với 1,2 triệu bộ", "1,2", 1.2e6, "count", "bộ",
        subject="bộ đồ dùng học tập tham gia chương trình bình ổn thị trường"),
    fig("từ 10-15%", "10", 10, "percent", "%", value_max=15,
        subject="giá bán thấp hơn giá thị trường"),
    fig("có 86/126", "86", 86, "count", "xã, phường, thị trấn", total=126, percent=68.3,
        subject="xã, phường, thị trấn tổ chức điểm bán hàng bình ổn", period=ASOF),
    fig("đạt 2.050 tỷ", "2.050", 2050e9, "money", "đồng", status="target",
        subject="giá trị sản xuất ngành đồ dùng học tập", period=Y25),
    fig("; 100% sản phẩm", "100", 100, "percent", "%", status="target",
        subject="sản phẩm bút chì, tẩy lưu thông trên thị trường được kiểm tra ghi nhãn", period=Y25),
    fig("ít nhất 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp được hỗ trợ xây dựng thương hiệu", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BẮC NINH', 'Số: 187/BC-UBND', 'Bắc Ninh, ngày 25 tháng 9 năm 2024', sections I/II and 1-2, 'Nơi nhận', signature.",
    "Distractors: the document number, the letterhead date, 'năm học 2024-2025', section numbers, 'KCN Quế Võ', 'Tiên Sơn', 'Lưu: VT, KT'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn chiếc': count cells in chiếc ×1000; 'Ước thực hiện 2024' cells are estimate; no total for table cells.",
    "'So với cùng kỳ (%)' cells are percent figures (ratio of the 2024 estimate to 2023): no period of their own in the header (inherited, not scored), status estimate.",
    "'giá bán thấp hơn giá thị trường từ 10-15%' has no base amount: a percent figure of its own (range).",
    "'86/126 xã, phường, thị trấn ..., đạt 68,3%': total 126, percent 68.3, as-of 15/9/2024.",
    "Section II targets: 'Phấn đấu' governs the whole ';'-chain, and 'năm 2025' stands in the same sentence.",
]

if __name__ == "__main__":
    write("p1523-3", TEXT, NOTES, FIGS, published="2024-09-25", location="Bắc Ninh")
