"""p1282-7: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Ngành chế biến thịt Đồng Nai: sản lượng năm 2024 ước tăng 7,8%

Đồng Nai hiện có 14 doanh nghiệp chế biến thịt quy mô công nghiệp, trong đó 5 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại các khu công nghiệp Amata, Nhơn Trạch 3 và Long Thành. Năm 2024, sản lượng thịt chế biến toàn tỉnh ước đạt 96.400 tấn, tăng 7,8% so với năm 2023; giá trị sản xuất ước khoảng 8.900 tỷ đồng.

Sản lượng một số sản phẩm thịt chế biến
Đơn vị tính: tấn
Sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Xúc xích các loại
52.300
56.100
60.000
Giăm bông, thịt nguội
18.600
20.200
22.000
Giò, chả, lạp xưởng
10.500
11.400
12.500
Đồ hộp thịt
8.000
8.700
9.500
Tổng số
89.400
96.400
104.000
Trong đó: xuất khẩu
21.500
24.800
28.000

Ngành thu hút khoảng 11.500 lao động, thu nhập bình quân 9,2 triệu đồng/người/tháng. Giá thịt lợn hơi nguyên liệu năm 2024 bình quân 62.000-65.000 đồng/kg, tăng khoảng 15% so với năm 2023. Tỉnh phấn đấu đến năm 2030 giá trị sản xuất của ngành đạt 15.000 tỷ đồng.

Bài viết liên quan:
- Hội chợ hàng Việt Nam chất lượng cao lần thứ 28
- Công bố Quyết định số 3325/QĐ-UBND về danh mục sản phẩm công nghiệp chủ lực

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa. Điện thoại: 0251.3823.417
Lượt truy cập: 1.905.342 | Đang trực tuyến: 28
"""

Y24H = per("năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}


def cell(anchor, number, row, col, total=None):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    if total is not None:
        kw["total"] = float(total.replace(".", ""))
    return fig(anchor, number, float(number.replace(".", "")), "measure", "tấn",
               subject=f"sản lượng {row} {col}", period=p, **kw)


ROWS = [("Xúc xích các loại", ["52.300", "56.100", "60.000"]),
        ("Giăm bông, thịt nguội", ["18.600", "20.200", "22.000"]),
        ("Giò, chả, lạp xưởng", ["10.500", "11.400", "12.500"]),
        ("Đồ hộp thịt", ["8.000", "8.700", "9.500"]),
        ("Tổng số", ["89.400", "96.400", "104.000"]),
        ("Trong đó: xuất khẩu", ["21.500", "24.800", "28.000"])]
TOTALS = ROWS[4][1]
CELLS = []
for label, nums in ROWS:
    prev = label
    for i, (col, n) in enumerate(zip(COLS, nums)):
        tot = TOTALS[i] if label.startswith("Trong đó") else None
        row = "xuất khẩu" if tot else label.lower()
        CELLS.append(cell(f"{prev}\n{n}", n, row, col, tot))
        prev = n

FIGS = [
    fig("ước tăng 7,8%", "7,8", 7.8, "percent", "%", status="estimate",
        subject="sản lượng ngành chế biến thịt", period=Y24H),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp",
        subject="doanh nghiệp chế biến thịt quy mô công nghiệp"),
    fig("trong đó 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", total=14,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("ước đạt 96.400 tấn", "96.400", 96400, "measure", "tấn", status="estimate",
        change=chg("increase", 7.8, "%", "năm 2023"), subject="sản lượng thịt chế biến toàn tỉnh", period=Y24),
    fig("ước khoảng 8.900 tỷ", "8.900", 8900e9, "money", "đồng", approx="about", status="estimate",
        subject="giá trị sản xuất", period=Y24),
] + CELLS + [
    fig("khoảng 11.500 lao động", "11.500", 11500, "count", "lao động", approx="about",
        subject="lao động ngành thu hút"),
    fig("9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("62.000-65.000", "62.000", 62000, "money", "đồng/kg", value_max=65000,
        change=chg("increase", 15, "%", "năm 2023", approx="about"),
        subject="giá thịt lợn hơi nguyên liệu bình quân", period=Y24b),
    fig("đạt 15.000 tỷ", "15.000", 15000e9, "money", "đồng", status="target",
        subject="giá trị sản xuất của ngành", period=TO30),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Headline 'sản lượng năm 2024 ước tăng 7,8%' is a growth rate as the claim: percent, estimate, no change.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; subject = caption indicator + row + column label; period from the column header;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The 'Trong đó: xuất khẩu' sub-row follows the 'Tổng số' row, so its",
    "cells take the Tổng số cell of their column as total (spec: a part after 'trong đó' that follows the whole). Other cells: no total.",
    "'tăng khoảng 15% so với năm 2023' is the change of the price range 62.000-65.000 đồng/kg (approx of the change only).",
    "Distractors: 'Nhơn Trạch 3', 'lần thứ 28', 'Quyết định số 3325/QĐ-UBND', 'Số 2 Nguyễn Văn Trị', phone, 'Lượt truy cập: 1.905.342',",
    "'Đang trực tuyến: 28'.",
]

if __name__ == "__main__":
    write("p1282-7", TEXT, NOTES, FIGS, location="Đồng Nai")
