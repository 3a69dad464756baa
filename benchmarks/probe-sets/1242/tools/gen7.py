"""p1242-7: department site (Sở Công Thương Bình Dương), no dateline, one-cell-per-line table by product."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Ngành bia Bình Dương giữ vững vị trí thứ hai cả nước

Bình Dương hiện có 6 nhà máy bia của 4 doanh nghiệp, đặt tại các khu công nghiệp VSIP II, Mỹ Phước 3 và Tân Đông Hiệp B, tổng công suất khoảng 1,1 tỷ lít/năm. Năm 2024, sản lượng bia của tỉnh ước đạt 640 triệu lít, tăng 4,4% so với năm 2023, đứng thứ 2 cả nước sau TP Hồ Chí Minh.

Sản lượng bia theo loại sản phẩm
Đơn vị tính: triệu lít
Sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Bia lon
362,5
381,0
395,0
Bia chai
219,8
224,6
230,0
Bia hơi, bia tươi
30,7
34,4
37,0
Tổng số
613,0
640,0
662,0

Các doanh nghiệp bia sử dụng khoảng 3.200 lao động; nộp ngân sách năm 2024 ước 4.850 tỷ đồng, chiếm 7,2% tổng thu nội địa của tỉnh. Mỗi năm, các nhà máy thải ra khoảng 150.000 tấn bã bia, được các hộ chăn nuôi thu mua với giá từ 1.200 đến 1.500 đồng/kg.

Bài viết liên quan:
- Hội nghị xúc tiến thương mại hàng công nghiệp lần thứ 5
- Hướng dẫn thủ tục cấp Giấy phép sản xuất bia

SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Địa chỉ: Tầng 7, Tháp A, Trung tâm Hành chính tỉnh, phường Hòa Phú, TP Thủ Dầu Một
Điện thoại: 0274.3822.370
Lượt truy cập: 2.845.119 | Đang truy cập: 37
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}


def cell(anchor, number, row, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    v = float(number.replace(",", ".")) * 1e6
    return fig(anchor, number, v, "measure", "lít", subject=f"sản lượng {row} {col}", period=p, **kw)


ROWS = [("Bia lon", ["362,5", "381,0", "395,0"]), ("Bia chai", ["219,8", "224,6", "230,0"]),
        ("Bia hơi, bia tươi", ["30,7", "34,4", "37,0"]), ("Tổng số", ["613,0", "640,0", "662,0"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, label.lower(), col))
        prev = n

FIGS = [
    fig("vị trí thứ hai", "hai", 2, "rank", "hạng", subject="ngành bia"),
    fig("có 6 nhà máy", "6", 6, "count", "nhà máy", subject="nhà máy bia"),
    fig("của 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", subject="doanh nghiệp có nhà máy bia"),
    fig("khoảng 1,1 tỷ", "1,1", 1.1e9, "measure", "lít/năm", approx="about",
        subject="tổng công suất các nhà máy bia"),
    fig("ước đạt 640 triệu", "640", 640e6, "measure", "lít", status="estimate",
        change=chg("increase", 4.4, "%", "năm 2023"), subject="sản lượng bia của tỉnh", period=Y24),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", status="estimate", subject="sản lượng bia của tỉnh so với cả nước",
        period=Y24),
] + CELLS + [
    fig("khoảng 3.200 lao động", "3.200", 3200, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp bia sử dụng"),
    fig("ước 4.850 tỷ", "4.850", 4850e9, "money", "đồng", status="estimate", percent=7.2,
        subject="nộp ngân sách của các doanh nghiệp bia", period=Y24b),
    fig("khoảng 150.000 tấn", "150.000", 150000, "measure", "tấn/năm", approx="about",
        subject="bã bia các nhà máy thải ra mỗi năm"),
    fig("từ 1.200 đến 1.500", "1.200", 1200, "money", "đồng/kg", value_max=1500,
        subject="giá thu mua bã bia"),
]

NOTES = [
    "Department site (Sở Công Thương Bình Dương), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang truy cập'.",
    "Distractors: 'VSIP II', 'Mỹ Phước 3', 'lần thứ 5', 'Tầng 7', phone 0274.3822.370, counters 2.845.119 and 37.",
    "Headline 'vị trí thứ hai cả nước' → rank 2 (number word); 'đứng thứ 2 cả nước' continues the 'ước đạt' clause → estimate.",
    "revised after the first run: headline rank subject 'sản lượng bia của Bình Dương so với cả nước' → 'ngành bia' (the headline names the",
    "industry, not output; the place goes to location, as in the shared gold's ranks).",
    "One-cell-per-line table, 'Đơn vị tính: triệu lít'; rows are products; subject = caption indicator + row + column label;",
    "period from column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "'Mỗi năm ... khoảng 150.000 tấn' is a yearly rate (tấn/năm); the bã bia price is a standing price, no period.",
]

if __name__ == "__main__":
    write("p1242-7", TEXT, NOTES, FIGS, location="Bình Dương")
