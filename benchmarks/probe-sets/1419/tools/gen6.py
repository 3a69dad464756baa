"""p1419-6: department site without dateline (Sở Công Thương Đồng Nai), one-cell-per-line table by machine type."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Liên hệ

Máy bán hàng tự động phát triển nhanh tại các khu công nghiệp

Theo thống kê của Sở Công Thương, năm 2024 số máy bán hàng tự động trên địa bàn tỉnh ước đạt 806 máy, tăng 24,6% so với năm 2023, trong đó hơn 63% đặt tại các khu công nghiệp Amata, Nhơn Trạch 2, Long Thành và Biên Hòa 2. 9 tháng đầu năm 2024, doanh thu qua các máy đạt 71,4 tỷ đồng.

Số máy bán hàng tự động theo loại
Đơn vị tính: máy
Loại máy
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Máy bán nước giải khát
412
489
118,7
Máy bán đồ ăn nhẹ, mì ly
126
158
125,4
Máy bán cà phê pha sẵn
74
97
131,1
Tủ bán hàng thông minh
35
62
177,1
Tổng số
647
806
124,6
Trong đó: tại khu công nghiệp
398
511
128,4

Tại các khu công nghiệp, mỗi máy phục vụ bình quân 350-400 công nhân; doanh thu bình quân khoảng 9,5 triệu đồng/máy/tháng. Giá một suất mì ly, bánh mì, sữa hộp tại máy từ 8.000 đến 15.000 đồng.

Hiện có 87% số máy đã chấp nhận thanh toán bằng mã QR; Sở Công Thương đặt mục tiêu đến năm 2026 nâng tỷ lệ này lên 100% và tổng số máy toàn tỉnh đạt khoảng 1.200 máy.

Tin liên quan: Hội nghị kết nối cung cầu hàng hóa năm 2024

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.597
Lượt truy cập: 1.274.903
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
T26 = per("đến năm 2026", None, "2026-12-31")

ROWS = [("Máy bán nước giải khát", ["412", "489", "118,7"]),
        ("Máy bán đồ ăn nhẹ, mì ly", ["126", "158", "125,4"]),
        ("Máy bán cà phê pha sẵn", ["74", "97", "131,1"]),
        ("Tủ bán hàng thông minh", ["35", "62", "177,1"]),
        ("Tổng số", ["647", "806", "124,6"]),
        ("Trong đó: tại khu công nghiệp", ["398", "511", "128,4"])]
TOTALS = {"năm 2023": 647, "ước thực hiện 2024": 806}
CELLS = []
for label, nums in ROWS:
    prev = label
    row = label.lower().replace("trong đó: ", "")
    for col, n in zip(["năm 2023", "ước thực hiện 2024", "so với cùng kỳ (%)"], nums):
        anchor = f"{prev}\n{n}"
        if col == "so với cùng kỳ (%)":
            f = fig(anchor, n, float(n.replace(",", ".")), "percent", "%",
                    subject=f"số {row} so với cùng kỳ")
        else:
            kw = {}
            if col.startswith("ước"):
                kw["status"] = "estimate"
            if label.startswith("Trong đó"):
                kw["total"] = TOTALS[col]
            f = fig(anchor, n, float(n), "count", "máy", subject=f"số {row} {col}",
                    period=C23 if col == "năm 2023" else E24, **kw)
        CELLS.append(f)
        prev = n

FIGS = [
    fig("ước đạt 806 máy", "806", 806, "count", "máy", status="estimate",
        change=chg("increase", 24.6, "%", "năm 2023"), subject="số máy bán hàng tự động", period=Y24),
    fig("hơn 63%", "63", 63, "percent", "%", approx="over", status="estimate",
        subject="máy đặt tại các khu công nghiệp", period=Y24),
    fig("đạt 71,4 tỷ", "71,4", 71.4e9, "money", "đồng", subject="doanh thu qua các máy", period=M9),
] + CELLS + [
    fig("bình quân 350-400", "350", 350, "measure", "công nhân/máy", value_max=400,
        subject="công nhân mỗi máy phục vụ tại các khu công nghiệp"),
    fig("khoảng 9,5 triệu", "9,5", 9.5e6, "money", "đồng/máy/tháng", approx="about",
        subject="doanh thu bình quân"),
    fig("từ 8.000 đến 15.000", "8.000", 8000, "money", "đồng", value_max=15000,
        subject="giá một suất mì ly, bánh mì, sữa hộp tại máy"),
    fig("có 87%", "87", 87, "percent", "%", subject="số máy đã chấp nhận thanh toán bằng mã QR"),
    fig("lên 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ máy chấp nhận thanh toán bằng mã QR", period=T26),
    fig("khoảng 1.200 máy", "1.200", 1200, "count", "máy", approx="about", status="target",
        subject="tổng số máy toàn tỉnh", period=T26),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai) without a dateline: menu, 'Tin liên quan', footer address, phone, 'Lượt truy cập'.",
    "published: none. Distractors: KCN 'Nhơn Trạch 2', 'Biên Hòa 2', 'Số 2 Nguyễn Văn Trị', phone, 'Lượt truy cập: 1.274.903',",
    "'năm 2024' in a link title, 'Giá một suất' ('một' = per portion, not a figure).",
    "One-cell-per-line table, 'Đơn vị tính: máy'; rows are machine types, 'Tổng số' and a 'Trong đó: tại khu công nghiệp' sub-row.",
    "Subject = row + column label; periods from 'Năm 2023' and 'Ước thực hiện 2024' (→ estimate); the 'So với cùng kỳ (%)'",
    "column holds ratios 2024/2023 in % (percent figures, no period, status actual: the spec gives estimate only to an",
    "'Ước tính'/'Ước thực hiện' column). The 'Trong đó' row follows the 'Tổng số' row: its count cells take total 647 / 806",
    "(spec: a part after 'trong đó' that follows the whole).",
    "'trong đó hơn 63%' is a percent figure of its own, in the 'ước đạt' clause → estimate.",
    "'mỗi máy phục vụ bình quân 350-400 công nhân' → measure công nhân/máy. 'Hiện có 87%' has no period.",
    "'nâng tỷ lệ này lên 100%' and '1.200 máy' → targets to 2026 (start null).",
]

if __name__ == "__main__":
    write("p1419-6", TEXT, NOTES, FIGS, location="Đồng Nai")
