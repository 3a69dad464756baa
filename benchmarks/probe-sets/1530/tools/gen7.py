"""p1530-7: department site (Sở Công Thương Đồng Nai), no dateline; one-cell-per-line table of output by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Liên hệ

Ngành bao bì tiếp xúc thực phẩm Đồng Nai tăng trưởng ổn định

Đồng Nai hiện có 64 doanh nghiệp sản xuất màng bọc thực phẩm, giấy bạc nhôm và túi zip, tập trung tại các khu công nghiệp Nhơn Trạch 3, Amata và Long Thành; trong đó 41 doanh nghiệp có vốn đầu tư nước ngoài. Năm 2024, sản lượng toàn ngành ước đạt 104.800 tấn, tăng 8,7% so với năm 2023; kim ngạch xuất khẩu ước 212 triệu USD, vượt 6% kế hoạch năm.

Sản lượng bao bì tiếp xúc thực phẩm
Đơn vị tính: tấn
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số
96.450
104.800
112.000
Trong đó:
Màng bọc thực phẩm
58.200
62.900
66.500
Giấy bạc, màng nhôm
21.750
23.400
25.000
Túi zip, túi đựng thực phẩm
16.500
18.500
20.500

Các doanh nghiệp trong ngành sử dụng khoảng 9.600 lao động, thu nhập bình quân 9,2 triệu đồng/người/tháng. Giá giấy bạc nhôm bán buôn hiện khoảng 118.000 đồng/kg, giảm 5% so với cuối năm 2023.

Bài viết liên quan
- Hội nghị đối thoại doanh nghiệp quý III
- Đồng Nai tổ chức Tuần lễ hàng Việt lần thứ 8

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.245
Lượt truy cập: 1.932.407 | Đang trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}
TOT = {"năm 2023": 96450, "ước thực hiện 2024": 104800, "kế hoạch 2025": 112000}


def cell(anchor, number, row, col, part):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    if part:
        kw["total"] = TOT[col]
    return fig(anchor, number, float(number.replace(".", "")), "measure", "tấn",
               subject=f"sản lượng {row} {col}", period=p, **kw)


ROWS = [("Tổng số", "bao bì tiếp xúc thực phẩm tổng số", ["96.450", "104.800", "112.000"], False),
        ("Màng bọc thực phẩm", "màng bọc thực phẩm", ["58.200", "62.900", "66.500"], True),
        ("Giấy bạc, màng nhôm", "giấy bạc, màng nhôm", ["21.750", "23.400", "25.000"], True),
        ("Túi zip, túi đựng thực phẩm", "túi zip, túi đựng thực phẩm", ["16.500", "18.500", "20.500"], True)]
CELLS = []
for label, row, nums, part in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, row, col, part))
        prev = n

FIGS = [
    fig("có 64 doanh nghiệp", "64", 64, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất màng bọc thực phẩm, giấy bạc nhôm và túi zip"),
    fig("trong đó 41 doanh nghiệp", "41", 41, "count", "doanh nghiệp", total=64,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("ước đạt 104.800 tấn", "104.800", 104800, "measure", "tấn", status="estimate",
        change=chg("increase", 8.7, "%", "năm 2023"), subject="sản lượng toàn ngành", period=Y24),
    fig("ước 212 triệu", "212", 212e6, "money", "USD", status="estimate",
        change=chg("increase", 6, "%", "kế hoạch năm"), subject="kim ngạch xuất khẩu", period=Y24),
] + CELLS + [
    fig("khoảng 9.600 lao động", "9.600", 9600, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp trong ngành sử dụng"),
    fig("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("khoảng 118.000", "118.000", 118000, "money", "đồng/kg", approx="about",
        change=chg("decrease", 5, "%", "cuối năm 2023"), subject="giá giấy bạc nhôm bán buôn"),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Nhơn Trạch 3', 'quý III' and 'lần thứ 8' in link titles, 'Số 2 Nguyễn Văn Trị', phone, counters 1.932.407 and 52.",
    "'64 doanh nghiệp ...; trong đó 41' → total 64 (after ';'). 'vượt 6% kế hoạch năm' is a gap to plan → change (increase 6%,",
    "baseline 'kế hoạch năm'), the second attribute-like number of the 212 triệu USD figure; the first, 'tăng 8,7%', belongs to 104.800 tấn.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; subject = caption indicator + row + column; period from the column headers (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The product rows follow 'Trong đó:' under 'Tổng số' and add up to it,",
    "so each takes the Tổng số cell of its column as total (the spec's 'a part after trong đó ... that follows the whole').",
    "The standing price ('hiện khoảng 118.000 đồng/kg, giảm 5% so với cuối năm 2023') has no period; labour figures have none either.",
]

if __name__ == "__main__":
    write("p1530-7", TEXT, NOTES, FIGS, location="Đồng Nai")
