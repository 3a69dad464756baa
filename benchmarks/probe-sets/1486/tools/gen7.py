"""p1486-7: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table of washer/dryer output."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Văn bản | Dịch vụ công | Liên hệ

Sản xuất máy giặt, máy sấy quần áo vượt kế hoạch

Năm qua, ngành sản xuất thiết bị gia dụng của tỉnh tiếp tục tăng trưởng khá. Tổng sản lượng máy giặt và máy sấy quần áo năm 2024 ước đạt 1,38 triệu chiếc, tăng 9,5% so với năm 2023, vượt 3,8% kế hoạch năm. Trên địa bàn tỉnh có 2 doanh nghiệp FDI sản xuất máy giặt tại Khu công nghiệp Amata và Khu công nghiệp Nhơn Trạch 3, sử dụng trên 5.600 lao động.

Sản lượng máy giặt, máy sấy quần áo
Đơn vị tính: nghìn chiếc
Sản phẩm
Năm 2023
Ước thực hiện 2024
Ước 2024 so với 2023 (%)
Kế hoạch 2025
Máy giặt cửa trên
512,0
548,6
107,1
570,0
Máy giặt cửa ngang
598,3
667,2
111,5
710,0
Máy sấy quần áo
150,0
164,2
109,5
180,0
Tổng số
1.260,3
1.380,0
109,5
1.460,0

Năm 2024, khoảng 78% sản phẩm được xuất khẩu, kim ngạch ước đạt 214 triệu USD, tăng 12% so với năm trước. Sở Công Thương đề nghị các doanh nghiệp tăng tỷ lệ nội địa hóa linh kiện, phấn đấu đến năm 2030 đạt 45%; hiện tỷ lệ này khoảng 32%.

Tin cùng chuyên mục:
- Hội nghị kết nối cung cầu hàng hóa lần thứ 2
- Thông báo lịch tiếp công dân tháng 01/2025

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.215 | Lượt truy cập: 3.417.602
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
R24 = per("Ước 2024 so với 2023 (%)", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", end="2030-12-31")
COLS = [("năm 2023", C23, None, False), ("ước thực hiện 2024", E24, "estimate", False),
        ("ước 2024 so với 2023", R24, "estimate", True), ("kế hoạch 2025", K25, "target", False)]
ROWS = [("Máy giặt cửa trên", ["512,0", "548,6", "107,1", "570,0"]),
        ("Máy giặt cửa ngang", ["598,3", "667,2", "111,5", "710,0"]),
        ("Máy sấy quần áo", ["150,0", "164,2", "109,5", "180,0"]),
        ("Tổng số", ["1.260,3", "1.380,0", "109,5", "1.460,0"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st, pct), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if pct:
            CELLS.append(fig(f"{prev}\n{n}", n, num(n), "percent", "%",
                             subject=f"sản lượng {label.lower()} {col}", period=p, **kw))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, num(n) * 1e3, "count", "chiếc",
                             subject=f"sản lượng {label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("ước đạt 1,38 triệu", "1,38", 1.38e6, "count", "chiếc", status="estimate",
        change=chg("increase", 9.5, "%", "năm 2023"),
        subject="tổng sản lượng máy giặt và máy sấy quần áo", period=Y24),
    fig("vượt 3,8%", "3,8", 3.8, "percent", "%", status="estimate",
        subject="tổng sản lượng máy giặt và máy sấy quần áo so với kế hoạch năm", period=Y24, optional=True),
    fig("có 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", subject="doanh nghiệp FDI sản xuất máy giặt"),
    fig("trên 5.600 lao động", "5.600", 5600, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp FDI sản xuất máy giặt sử dụng"),
] + CELLS + [
    fig("khoảng 78%", "78", 78, "percent", "%", approx="about",
        subject="sản phẩm được xuất khẩu", period=Y24b),
    fig("ước đạt 214 triệu", "214", 214e6, "money", "USD", status="estimate",
        change=chg("increase", 12, "%", "năm trước"), subject="kim ngạch xuất khẩu", period=Y24b),
    fig("đạt 45%", "45", 45, "percent", "%", status="target",
        subject="tỷ lệ nội địa hóa linh kiện", period=T30),
    fig("khoảng 32%", "32", 32, "percent", "%", approx="about", subject="tỷ lệ nội địa hóa linh kiện"),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'. Location Đồng Nai.",
    "Distractors: 'Khu công nghiệp Nhơn Trạch 3', 'lần thứ 2', 'tháng 01/2025' in a link, 'Số 2 Nguyễn Văn Trị', phone 0251.3822.215, counter 3.417.602.",
    "'ước đạt 1,38 triệu chiếc, tăng 9,5% …, vượt 3,8% kế hoạch năm': the first change is the attribute; the gap to plan is a second change,",
    "so its number is a percent figure of its own, optional (FIGURES.md: one of each attribute per figure).",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc' (×1000); subject = caption indicator + row + column label; period from the header (scored);",
    "'Ước thực hiện 2024' and 'Ước 2024 so với 2023 (%)' → estimate (the latter: percent cells, period 2024); 'Kế hoạch 2025' → target; cells get no total.",
    "'khoảng 78% sản phẩm được xuất khẩu' has no ước in its clause: actual; 'kim ngạch ước đạt 214 triệu USD' → estimate.",
    "'phấn đấu đến năm 2030 đạt 45%' → target, end 2030-12-31; 'hiện tỷ lệ này khoảng 32%' → actual, no period.",
]

if __name__ == "__main__":
    write("p1486-7", TEXT, NOTES, FIGS, location="Đồng Nai")
