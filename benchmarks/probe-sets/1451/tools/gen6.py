"""p1451-6: department site without a dateline (Sở Công Thương Đồng Nai): one-cell-per-line table of leather goods output."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Liên hệ

Ngành túi xách, đồ da Đồng Nai tăng tốc về đích

Đồng Nai hiện có 52 doanh nghiệp sản xuất túi xách, ví, thắt lưng và đồ da, trong đó 41 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại các khu công nghiệp Nhơn Trạch 3, Long Thành và Biên Hòa 2.

Sản lượng sản phẩm da, giả da chủ yếu (triệu chiếc)
Sản phẩm
Năm 2023
Ước thực hiện năm 2024
Kế hoạch năm 2025
Túi xách, vali
34,2
37,5
40,0
Trong đó: túi xách da thật
6,8
7,9
9,0
Ví, bóp
11,8
12,6
13,5
Thắt lưng
5,9
6,3
6,5
Tổng số
51,9
56,4
60,0

Năm 2024, kim ngạch xuất khẩu của ngành ước đạt 1,08 tỷ USD, tăng 9,6% so với năm 2023. Ngành hiện thu hút khoảng 63.500 lao động, chiếm gần 7% lao động trong các khu công nghiệp của tỉnh.

Để chủ động nguyên liệu, Công ty TNHH Thuộc da Phước Tân đã đưa vào vận hành nhà máy thuộc da công suất 12 triệu feet vuông/năm, đáp ứng khoảng 35% nhu cầu da nguyên liệu của các doanh nghiệp trong tỉnh. Đến năm 2025, ngành phấn đấu tỷ lệ nội địa hóa nguyên phụ liệu đạt 50%.

Văn bản mới:
- Quyết định số 1125/QĐ-UBND về Chương trình khuyến công năm 2024
- Kế hoạch 86/KH-SCT phát triển công nghiệp hỗ trợ

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.411 - Fax: 0251.3824.032
Lượt truy cập: 1.904.227
"""

COLS = {"năm 2023": (per("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        "ước thực hiện năm 2024": (per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31"), "estimate"),
        "kế hoạch năm 2025": (per("Kế hoạch năm 2025", "2025-01-01", "2025-12-31"), "target")}
C = list(COLS)


def cell(anchor, number, row, col, total=None):
    p, st = COLS[col]
    kw = {"status": st} if st != "actual" else {}
    if total is not None:
        kw["total"] = total
    v = float(number.replace(",", ".")) * 1e6
    return fig(anchor, number, v, "count", "chiếc", subject=f"sản lượng {row} {col}", period=p, **kw)


R = ["túi xách, vali", "túi xách da thật", "ví, bóp", "thắt lưng", "tổng số"]
FIGS = [
    fig("có 52 doanh nghiệp", "52", 52, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất túi xách, ví, thắt lưng và đồ da"),
    fig("trong đó 41 doanh nghiệp", "41", 41, "count", "doanh nghiệp", total=52,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    cell("vali\n34,2", "34,2", R[0], C[0]),
    cell("34,2\n37,5", "37,5", R[0], C[1]),
    cell("37,5\n40,0", "40,0", R[0], C[2]),
    cell("thật\n6,8", "6,8", R[1], C[0], total=34.2e6),
    cell("6,8\n7,9", "7,9", R[1], C[1], total=37.5e6),
    cell("7,9\n9,0", "9,0", R[1], C[2], total=40e6),
    cell("bóp\n11,8", "11,8", R[2], C[0]),
    cell("11,8\n12,6", "12,6", R[2], C[1]),
    cell("12,6\n13,5", "13,5", R[2], C[2]),
    cell("lưng\n5,9", "5,9", R[3], C[0]),
    cell("5,9\n6,3", "6,3", R[3], C[1]),
    cell("6,3\n6,5", "6,5", R[3], C[2]),
    cell("số\n51,9", "51,9", R[4], C[0]),
    cell("51,9\n56,4", "56,4", R[4], C[1]),
    cell("56,4\n60,0", "60,0", R[4], C[2]),
    fig("ước đạt 1,08 tỷ", "1,08", 1.08e9, "money", "USD", change=chg("increase", 9.6, "%", "năm 2023"),
        status="estimate", subject="kim ngạch xuất khẩu của ngành",
        period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("khoảng 63.500 lao động", "63.500", 63500, "count", "lao động", approx="about", percent=7,
        subject="lao động ngành thu hút"),
    fig("công suất 12 triệu", "12", 12e6, "measure", "feet vuông/năm",
        subject="công suất nhà máy thuộc da Công ty TNHH Thuộc da Phước Tân"),
    fig("khoảng 35%", "35", 35, "percent", "%", approx="about",
        subject="nhu cầu da nguyên liệu của các doanh nghiệp trong tỉnh"),
    fig("đạt 50%", "50", 50, "percent", "%", status="target",
        subject="tỷ lệ nội địa hóa nguyên phụ liệu", period=per("Đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai) with NO dateline: menu, 'Văn bản mới', footer address, phone/fax, 'Lượt truy cập'. published = none.",
    "One-cell-per-line table, caption '(triệu chiếc)' → cells count in chiếc ×10^6; subject = 'sản lượng' + row + column label; period from the",
    "column header; 'Ước thực hiện năm 2024' → estimate, 'Kế hoạch năm 2025' → target. The 'Trong đó: túi xách da thật' sub-row follows the",
    "'Túi xách, vali' row: its cells take that row's cell of the same column as total (spec: a part after 'trong đó' that follows the whole,",
    "same thing, same period). Other rows are parts of 'Tổng số', but no cue precedes them: no total.",
    "'chiếm gần 7% lao động trong các khu công nghiệp' → percent attribute 7 of 63.500. 'đáp ứng khoảng 35% nhu cầu' → a percent figure of its",
    "own (no amount before it: the 12 triệu is a capacity). Whole article location Đồng Nai.",
    "Distractors: 'Nhơn Trạch 3', 'Biên Hòa 2', 'Quyết định số 1125/QĐ-UBND', 'Kế hoạch 86/KH-SCT', 'Số 2 Nguyễn Văn Trị', phone, fax, counter.",
]

if __name__ == "__main__":
    write("p1451-6", TEXT, NOTES, FIGS, published=None, location="Đồng Nai")
