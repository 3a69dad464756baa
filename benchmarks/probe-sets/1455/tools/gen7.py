"""p1455-7: department site (Sở Công Thương Đồng Nai), no dateline; one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Thủ tục hành chính | Hỏi đáp | Liên hệ

Ngành sản xuất thiết bị chiếu sáng Đồng Nai giữ đà tăng trưởng

Đồng Nai hiện có 11 doanh nghiệp sản xuất thiết bị chiếu sáng, trong đó 8 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại các khu công nghiệp Amata, Nhơn Trạch 3 và Long Thành. Năm 2024, sản lượng sản phẩm chiếu sáng của tỉnh ước đạt 51,2 triệu sản phẩm, tăng 9,4% so với năm 2023 và đứng thứ 2 cả nước, sau Bắc Ninh.

Sản lượng sản phẩm chiếu sáng
Đơn vị tính: triệu sản phẩm

Sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số
46,8
51,2
55,0
Trong đó: Đèn LED dân dụng
39,5
43,6
46,5
Đèn chiếu sáng công nghiệp
5,9
6,1
6,8
Đèn trang trí
1,4
1,5
1,7

Các doanh nghiệp sử dụng khoảng 6.300 lao động, thu nhập bình quân 10,4 triệu đồng/người/tháng. Kim ngạch xuất khẩu năm 2024 ước đạt 182 triệu USD, chiếm 81% doanh thu toàn ngành.

Riêng huyện Nhơn Trạch có 4 doanh nghiệp, sản lượng năm 2024 ước đạt 23,5 triệu sản phẩm.

Năm 2025, Sở Công Thương phấn đấu thu hút thêm từ 2 đến 3 dự án sản xuất linh kiện LED, nâng tỷ lệ nội địa hóa lên 40%.

Liên kết website | Sơ đồ cổng
Sở Công Thương tỉnh Đồng Nai - Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.421
Lượt truy cập: 1.204.877 | Đang truy cập: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
C25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
U = "sản phẩm"

ROWS = [
    ("Tổng số", ["46,8", "51,2", "55,0"]),
    ("Đèn LED dân dụng", ["39,5", "43,6", "46,5"]),
    ("Đèn chiếu sáng công nghiệp", ["5,9", "6,1", "6,8"]),
    ("Đèn trang trí", ["1,4", "1,5", "1,7"]),
]
TOT = [46.8e6, 51.2e6, 55.0e6]
COLS = [("năm 2023", C23, "actual"), ("ước thực hiện 2024", C24, "estimate"), ("kế hoạch 2025", C25, "target")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for r, (label, cells) in enumerate(ROWS):
    for c, n in enumerate(cells):
        col, p, st = COLS[c]
        kw = {}
        if st != "actual":
            kw["status"] = st
        if r > 0:
            kw["total"] = TOT[c]
        TABLE.append(fig(f"\n{n}\n", n, num(n) * 1e6, "count", U,
                         subject=f"{label} {col}", period=p, **kw))
# '1,7' is the last cell: the anchor needs the following blank line
TABLE[-1]["anchor"] = "\n1,7\n\n"

FIGS = [
    fig("có 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất thiết bị chiếu sáng"),
    fig("trong đó 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", total=11,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("ước đạt 51,2 triệu", "51,2", 51.2e6, "count", "sản phẩm", status="estimate",
        change=chg("increase", 9.4, "%", "năm 2023"),
        subject="sản lượng sản phẩm chiếu sáng", period=Y24),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", status="estimate",
        subject="sản lượng sản phẩm chiếu sáng", period=Y24),
] + TABLE + [
    fig("khoảng 6.300 lao động", "6.300", 6300, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp sử dụng"),
    fig("bình quân 10,4 triệu", "10,4", 10.4e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân"),
    fig("ước đạt 182 triệu", "182", 182e6, "money", "USD", status="estimate", percent=81,
        subject="kim ngạch xuất khẩu", period=Y24b),
    fig("có 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất thiết bị chiếu sáng", location="Nhơn Trạch"),
    fig("ước đạt 23,5 triệu", "23,5", 23.5e6, "count", "sản phẩm", status="estimate",
        subject="sản lượng", period=Y24b, location="Nhơn Trạch"),
    fig("từ 2 đến 3 dự án", "2", 2, "count", "dự án", value_max=3, status="target",
        subject="dự án sản xuất linh kiện LED thu hút thêm", period=Y25),
    fig("lên 40%", "40", 40, "percent", "%", status="target",
        subject="tỷ lệ nội địa hóa", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai) with no dateline: menu, footer address, phone, 'Lượt truy cập', 'Đang truy cập'. No published date.",
    "Distractors: KCN 'Nhơn Trạch 3', 'Số 2 Nguyễn Văn Trị', phone 0251.3822.421, 'Lượt truy cập: 1.204.877', 'Đang truy cập: 52'.",
    "One-cell-per-line table, 'Đơn vị tính: triệu sản phẩm': each numeric cell is a figure (x 10^6, unit sản phẩm); subject = row label + column label;",
    "status and period from the column headers (Năm 2023 actual, Ước thực hiện 2024 estimate, Kế hoạch 2025 target).",
    "The rows after 'Trong đó:' are parts of the 'Tổng số' cell of the same column (they add up): total = that cell.",
    "'đứng thứ 2 cả nước, sau Bắc Ninh' continues the 'ước đạt' clause → estimate; location Đồng Nai (the ranked province).",
    "'Riêng huyện Nhơn Trạch có 4 doanh nghiệp': no part-of cue ('riêng' is not one), location Nhơn Trạch; no period (a present count; 'năm 2024' belongs to the output clause).",
    "The body's '51,2 triệu' (ước đạt) and the table cell '51,2' are both figures (text and table each state it).",
    "'phấn đấu' governs both clauses of the 2025 sentence (target).",
]

if __name__ == "__main__":
    write("p1455-7", TEXT, NOTES, FIGS, location="Đồng Nai")
