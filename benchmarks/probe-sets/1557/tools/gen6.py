"""p1557-6: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table of output by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Liên hệ

Ngành hóa mỹ phẩm Đồng Nai: sản lượng tăng, xuất khẩu khởi sắc

Đồng Nai hiện có 17 doanh nghiệp sản xuất dầu gội, sữa tắm và chất tẩy rửa, chủ yếu tại các khu công nghiệp Biên Hòa II, Amata và Nhơn Trạch 3, tổng vốn đầu tư đăng ký khoảng 540 triệu USD. Năm 2024, kim ngạch xuất khẩu nhóm hàng này ước đạt 212 triệu USD, tăng 14,5% so với năm 2023, đứng thứ 3 cả nước.

Sản lượng một số sản phẩm chủ yếu
Đơn vị tính: nghìn tấn
Sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Dầu gội đầu
64,2
70,8
76,0
Sữa tắm
41,5
46,3
50,0
Xà phòng, nước giặt
118,7
122,4
128,0
Tổng số
224,4
239,5
254,0

Các doanh nghiệp trong ngành sử dụng trên 9.500 lao động, trong đó lao động nữ chiếm khoảng 62%. Thị trường xuất khẩu chính gồm Campuchia, Philippines và Úc; riêng Campuchia chiếm 31% kim ngạch. Năm 2025, ngành phấn đấu kim ngạch xuất khẩu đạt 240 triệu USD.

Bài viết liên quan:
- Hội nghị kết nối giao thương hàng Việt lần thứ 2
- Hướng dẫn thủ tục cấp Giấy phép kinh doanh mỹ phẩm

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.619
Lượt truy cập: 1.402.377 | Trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}


def cell(anchor, number, row, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    v = float(number.replace(",", ".")) * 1e3
    return fig(anchor, number, v, "measure", "tấn", subject=f"sản lượng {row} {col}", period=p, **kw)


ROWS = [("Dầu gội đầu", ["64,2", "70,8", "76,0"]), ("Sữa tắm", ["41,5", "46,3", "50,0"]),
        ("Xà phòng, nước giặt", ["118,7", "122,4", "128,0"]), ("Tổng số", ["224,4", "239,5", "254,0"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, label.lower(), col))
        prev = n

FIGS = [
    fig("có 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất dầu gội, sữa tắm và chất tẩy rửa"),
    fig("khoảng 540 triệu", "540", 540e6, "money", "USD", approx="about",
        subject="tổng vốn đầu tư đăng ký"),
    fig("ước đạt 212 triệu", "212", 212e6, "money", "USD", status="estimate",
        change=chg("increase", 14.5, baseline="năm 2023"),
        subject="kim ngạch xuất khẩu nhóm hàng này", period=Y24),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", status="estimate",
        subject="kim ngạch xuất khẩu nhóm hàng này", period=Y24),
] + CELLS + [
    fig("trên 9.500 lao động", "9.500", 9500, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp trong ngành sử dụng"),
    fig("chiếm khoảng 62%", "62", 62, "percent", "%", approx="about",
        subject="lao động nữ"),
    fig("chiếm 31%", "31", 31, "percent", "%",
        subject="kim ngạch xuất khẩu sang Campuchia"),
    fig("đạt 240 triệu", "240", 240e6, "money", "USD", status="target",
        subject="kim ngạch xuất khẩu", period=per("Năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: KCN 'Biên Hòa II', 'Nhơn Trạch 3', 'lần thứ 2', 'Số 2 Nguyễn Văn Trị', phone 0251.3822.619, counters 1.402.377 and 52.",
    "'đứng thứ 3 cả nước' continues the 'ước đạt' clause of kim ngạch 2024 → rank 3, estimate, located in Đồng Nai.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn tấn' (64,2 → 64 200 tấn); subject = caption indicator + row + column; period from the column header;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells carry no total.",
    "'trong đó lao động nữ chiếm khoảng 62%' and 'riêng Campuchia chiếm 31% kim ngạch' are percent figures of their own (Campuchia is a trade partner: location Đồng Nai).",
    "No dateline: 'hiện' figures and the workforce get no period; 'Năm 2025 ... phấn đấu' → target.",
]

if __name__ == "__main__":
    write("p1557-6", TEXT, NOTES, FIGS, location="Đồng Nai")
