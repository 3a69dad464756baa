"""p1450-7: department site (Sở Công Thương Đồng Nai), no dateline; one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Hỏi đáp

Sản xuất giấy tissue trên địa bàn tỉnh tăng trưởng ổn định

Toàn tỉnh hiện có 9 doanh nghiệp sản xuất giấy tissue, tổng công suất thiết kế khoảng 165.000 tấn/năm, tập trung tại các khu công nghiệp Nhơn Trạch 3, Long Thành và Amata. Năm 2024, sản lượng giấy tissue ước đạt 128,4 nghìn tấn, tăng 9,2% so với năm 2023; trong đó xuất khẩu 47,6 nghìn tấn, chiếm 37,1%.

Sản lượng giấy tissue theo địa bàn
Đơn vị tính: tấn
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Huyện Nhơn Trạch
71.250
78.900
84.000
Huyện Long Thành
29.860
32.700
35.500
Thành phố Biên Hòa
16.470
16.800
16.500
Tổng số
117.580
128.400
136.000

Ngành giấy tissue sử dụng khoảng 2.600 lao động, thu nhập bình quân 10,8 triệu đồng/người/tháng. Năm 2024, Sở Công Thương phối hợp kiểm tra 6 doanh nghiệp, yêu cầu 2 doanh nghiệp khắc phục hệ thống xử lý nước thải. Tỉnh đặt mục tiêu đến năm 2030 nâng tỷ lệ sử dụng bột giấy tái chế trong ngành giấy tissue lên ít nhất 30%.

Tin cùng chuyên mục:
- Hội nghị kết nối giao thương Đồng Nai 2024
- Công bố sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh lần thứ 4

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.378 | Email: sct@dongnai.gov.vn
Lượt truy cập: 1.204.587 | Đang trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}
ROWS = [("Huyện Nhơn Trạch", "Nhơn Trạch", ["71.250", "78.900", "84.000"]),
        ("Huyện Long Thành", "Long Thành", ["29.860", "32.700", "35.500"]),
        ("Thành phố Biên Hòa", "Biên Hòa", ["16.470", "16.800", "16.500"]),
        ("Tổng số", None, ["117.580", "128.400", "136.000"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        p, st = COLS[col]
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
        subj = f"sản lượng giấy tissue {col}" if place else f"sản lượng giấy tissue tổng số {col}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")), "measure", "tấn", subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất giấy tissue"),
    fig("khoảng 165.000 tấn/năm", "165.000", 165000, "measure", "tấn/năm", approx="about",
        subject="tổng công suất thiết kế"),
    fig("ước đạt 128,4 nghìn", "128,4", 128.4e3, "measure", "tấn", status="estimate",
        change=chg("increase", 9.2, "%", "năm 2023"), subject="sản lượng giấy tissue", period=Y24),
    fig("xuất khẩu 47,6 nghìn", "47,6", 47.6e3, "measure", "tấn", status="estimate", total=128.4e3, percent=37.1,
        subject="xuất khẩu", period=Y24),
] + CELLS + [
    fig("khoảng 2.600 lao động", "2.600", 2600, "count", "lao động", approx="about",
        subject="lao động ngành giấy tissue sử dụng"),
    fig("bình quân 10,8 triệu", "10,8", 10.8e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("kiểm tra 6 doanh nghiệp", "6", 6, "count", "doanh nghiệp", subject="doanh nghiệp Sở Công Thương phối hợp kiểm tra",
        period=Y24),
    fig("yêu cầu 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp",
        subject="doanh nghiệp được yêu cầu khắc phục hệ thống xử lý nước thải",
        period=Y24),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ sử dụng bột giấy tái chế trong ngành giấy tissue", period=T30),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, email, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: KCN 'Nhơn Trạch 3', 'Đồng Nai 2024' and 'lần thứ 4' in links, 'Số 2 Nguyễn Văn Trị', phone 0251.3822.378, counters 1.204.587 and 52.",
    "'trong đó xuất khẩu 47,6 nghìn tấn, chiếm 37,1%' → total 128,4 nghìn, percent 37,1, estimate (continues the 'ước đạt' clause).",
    "One-cell-per-line table with a place column, 'Đơn vị tính: tấn': every cell a figure; the row label (a district) goes to location,",
    "subject = caption indicator + column label; 'Tổng số' row → the province (Đồng Nai). Period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Cells get no total.",
    "'kiểm tra 6 doanh nghiệp, yêu cầu 2 doanh nghiệp' has no part-of cue: no total. 'đến năm 2030 ... ít nhất 30%' → target, start null.",
]

if __name__ == "__main__":
    write("p1450-7", TEXT, NOTES, FIGS, location="Đồng Nai")
