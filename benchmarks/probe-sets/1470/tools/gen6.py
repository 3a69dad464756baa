"""p1470-6: department site (Sở Công Thương Long An), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH LONG AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Liên hệ

Ngành sản xuất xe đẩy hàng của tỉnh phát triển ổn định

Long An hiện có 23 doanh nghiệp sản xuất xe đẩy hàng, xe nâng tay và xe rùa, chủ yếu tại các khu công nghiệp ở huyện Đức Hòa, Bến Lức và Cần Giuộc, với tổng vốn đầu tư khoảng 4.600 tỷ đồng (trong đó vốn FDI chiếm khoảng 68%). Năm 2024, giá trị sản xuất của ngành ước đạt 3.150 tỷ đồng, tăng 12,4% so với năm 2023, chiếm 1,8% giá trị sản xuất công nghiệp toàn tỉnh.

Sản lượng xe đẩy hàng theo địa bàn
Đơn vị tính: nghìn chiếc
Huyện
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Đức Hòa
386,2
421,0
455,0
Bến Lức
215,7
238,4
260,0
Cần Giuộc
98,5
104,6
115,0
Tổng số
700,4
764,0
830,0

Ngành hiện sử dụng trên 6.800 lao động, trong đó lao động địa phương chiếm 72%. Mục tiêu đến năm 2030, giá trị sản xuất của ngành đạt 6.000 tỷ đồng, tỷ lệ nội địa hóa linh kiện đạt tối thiểu 60%.

Tin liên quan:
- Long An: Hội nghị đối thoại doanh nghiệp quý III
- Thông báo lịch tiếp công dân tháng 12

SỞ CÔNG THƯƠNG TỈNH LONG AN
Địa chỉ: Số 02 Song Hành, Phường 1, TP Tân An
Điện thoại: 0272.3826.473 | Email: sct@longan.gov.vn
Lượt truy cập: 1.902.447
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
COLS = {"Năm 2023": (C23, None), "Ước thực hiện 2024": (E24, "estimate"), "Kế hoạch 2025": (K25, "target")}


def cell(anchor, number, row, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    v = float(number.replace(".", "").replace(",", ".")) * 1e3
    if row == "Tổng số":
        subj, loc = f"sản lượng xe đẩy hàng tổng số {col.lower()}", "Long An"
    else:
        subj, loc = f"sản lượng xe đẩy hàng {col.lower()}", row
    return fig(anchor, number, v, "count", "chiếc", subject=subj, period=p, location=loc, **kw)


ROWS = [("Đức Hòa", ["386,2", "421,0", "455,0"]), ("Bến Lức", ["215,7", "238,4", "260,0"]),
        ("Cần Giuộc", ["98,5", "104,6", "115,0"]), ("Tổng số", ["700,4", "764,0", "830,0"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, label, col))
        prev = n

FIGS = [
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất xe đẩy hàng, xe nâng tay và xe rùa"),
    fig("khoảng 4.600 tỷ", "4.600", 4600e9, "money", "đồng", approx="about", subject="tổng vốn đầu tư"),
    fig("chiếm khoảng 68%", "68", 68, "percent", "%", approx="about",
        subject="tỷ trọng vốn FDI trong tổng vốn đầu tư"),
    fig("ước đạt 3.150 tỷ", "3.150", 3150e9, "money", "đồng", status="estimate", percent=1.8,
        change=chg("increase", 12.4, "%", "năm 2023"), subject="giá trị sản xuất của ngành", period=Y24),
] + CELLS + [
    fig("trên 6.800 lao động", "6.800", 6800, "count", "lao động", approx="over", subject="lao động ngành sử dụng"),
    fig("chiếm 72%", "72", 72, "percent", "%", subject="tỷ trọng lao động địa phương"),
    fig("đạt 6.000 tỷ", "6.000", 6000e9, "money", "đồng", status="target",
        subject="giá trị sản xuất của ngành", period=T30),
    fig("tối thiểu 60%", "60", 60, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ nội địa hóa linh kiện", period=T30),
]

NOTES = [
    "Department site (Sở Công Thương Long An), no dateline: menu, related links, footer address, phone, e-mail, 'Lượt truy cập'.",
    "Distractors: 'quý III', 'tháng 12' in links, 'Số 02 Song Hành, Phường 1', phone 0272.3826.473, counter 1.902.447.",
    "'(trong đó vốn FDI chiếm khoảng 68%)' is a percent figure of its own (bracket, after 'trong đó').",
    "'ước đạt 3.150 tỷ đồng, tăng 12,4% so với năm 2023, chiếm 1,8% ...' → change + percent.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc'; the row label is a district → location (Đức Hòa, Bến Lức, Cần Giuộc),",
    "  the 'Tổng số' row → Long An; subject = caption indicator + column; period from the column header (scored);",
    "  'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "'trong đó lao động địa phương chiếm 72%' → percent figure; 'Mục tiêu đến năm 2030' governs both clauses → target,",
    "  period start null, end 2030-12-31; 'tối thiểu 60%' → at_least.",
]

if __name__ == "__main__":
    write("p1470-6", TEXT, NOTES, FIGS, location="Long An")
