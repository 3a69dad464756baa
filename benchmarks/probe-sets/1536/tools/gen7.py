"""p1536-7: department site (Sở Công Thương Đồng Nai), no dateline: paint-tool makers; one-cell-per-line table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Thủ tục hành chính | Thống kê | Liên hệ

Ngành sản xuất dụng cụ sơn Đồng Nai tăng trưởng ổn định

Đồng Nai hiện có 27 doanh nghiệp sản xuất cọ sơn, con lăn sơn và phụ kiện, trong đó 19 doanh nghiệp có vốn đầu tư nước ngoài, tập trung tại các khu công nghiệp Nhơn Trạch 3, Long Thành và Biên Hòa 2. Tổng vốn đầu tư đăng ký của các doanh nghiệp khoảng 185 triệu USD.

Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: triệu chiếc
Sản phẩm
Năm 2022
Năm 2023
So với cùng kỳ (%)
Kế hoạch 2024
Cọ sơn các loại
52,4
57,1
109,0
60,0
Con lăn sơn
11,8
12,6
106,8
13,5
Khay, cán nối và phụ kiện
6,3
6,9
109,5
7,2
Tổng số
70,5
76,6
108,7
80,7

Năm 2023, kim ngạch xuất khẩu dụng cụ sơn của tỉnh đạt 96,3 triệu USD, chiếm khoảng 23% kim ngạch xuất khẩu nhóm hàng này của cả nước; giá trị sản xuất đạt 3.240 tỷ đồng. Các doanh nghiệp sử dụng gần 8.500 lao động, lương bình quân 9,1 triệu đồng/người/tháng.

Năm 2024, ngành phấn đấu sản lượng tăng 5-6%, xuất khẩu đạt trên 100 triệu USD.

Tin liên quan:
- Hội nghị giao ban xúc tiến thương mại quý IV/2023
- Đồng Nai tổ chức Hội chợ Công Thương lần thứ 10

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.345
Lượt truy cập: 1.572.903 | Đang trực tuyến: 42
"""

C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", C22, None, False), ("năm 2023", C23, None, False),
        ("so với cùng kỳ", None, None, True), ("kế hoạch 2024", K24, "target", False)]
ROWS = [("Cọ sơn các loại", ["52,4", "57,1", "109,0", "60,0"]),
        ("Con lăn sơn", ["11,8", "12,6", "106,8", "13,5"]),
        ("Khay, cán nối và phụ kiện", ["6,3", "6,9", "109,5", "7,2"]),
        ("Tổng số", ["70,5", "76,6", "108,7", "80,7"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    row = label.lower()
    head = "tổng số sản lượng" if label == "Tổng số" else f"sản lượng {row}"
    if label == "Tổng số":
        row = ""
    for (col, p, st, pct), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        v = float(n.replace(",", "."))
        subj = f"{head} {col}"
        if pct:
            CELLS.append(fig(f"{prev}\n{n}", n, v, "percent", "%", subject=subj, **kw))
        else:
            CELLS.append(fig(f"{prev}\n{n}", n, v * 1e6, "count", "chiếc", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất cọ sơn, con lăn sơn và phụ kiện"),
    fig("trong đó 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp", total=27,
        subject="doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("khoảng 185 triệu", "185", 185e6, "money", "USD", approx="about",
        subject="tổng vốn đầu tư đăng ký của các doanh nghiệp"),
] + CELLS + [
    fig("đạt 96,3 triệu", "96,3", 96.3e6, "money", "USD", percent=23,
        subject="kim ngạch xuất khẩu dụng cụ sơn của tỉnh", period=C23),
    fig("đạt 3.240 tỷ", "3.240", 3240e9, "money", "đồng", subject="giá trị sản xuất", period=C23),
    fig("gần 8.500 lao động", "8.500", 8500, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp sử dụng", period=inh(C23)),
    fig("bình quân 9,1 triệu", "9,1", 9.1e6, "money", "đồng/người/tháng", subject="lương bình quân",
        period=inh(C23)),
    fig("tăng 5-6%", "5", 5, "percent", "%", value_max=6, status="target", subject="sản lượng", period=Y24),
    fig("trên 100 triệu", "100", 100e6, "money", "USD", approx="over", status="target",
        subject="xuất khẩu", period=Y24),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai) with no dateline: menu, related links, address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: KCN 'Nhơn Trạch 3', 'Biên Hòa 2', 'quý IV/2023' and 'lần thứ 10' in links, 'Số 2 Nguyễn Văn Trị', phone, counters.",
    "One-cell-per-line table, 'Đơn vị tính: triệu chiếc' (×10^6). Column 'So với cùng kỳ (%)' cells are percent figures (the header overrides",
    "the unit line) with no period of their own (the header names none: not scored); 'Kế hoạch 2024' → target. No totals for table cells.",
    "'chiếm khoảng 23% ... của cả nước' is the percent of 96,3 triệu USD (location stays Đồng Nai). 'tăng 5-6%' is a target growth rate (percent, range).",
    "The sentence after 'Năm 2023, …' (lao động, lương) inherits the paragraph's year (not scored).",
]

if __name__ == "__main__":
    write("p1536-7", TEXT, NOTES, FIGS, location="Đồng Nai")
