"""p1509-7: department site (Sở Công Thương Đồng Nai), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Văn bản | Liên hệ

Ngành khăn bông Đồng Nai tăng trưởng ổn định

Năm 2024, toàn tỉnh có 42 doanh nghiệp sản xuất khăn bông, trong đó 29 doanh nghiệp FDI, chủ yếu tại các KCN Nhơn Trạch 2, Nhơn Trạch 3 và Hố Nai. Sản lượng khăn cả năm ước đạt 40,6 triệu chiếc, tăng 8,3% so với năm 2023; giá trị xuất khẩu ước 268 triệu USD, đứng thứ 3 cả nước.

Sản lượng khăn bông theo địa phương
Đơn vị tính: triệu chiếc
Địa phương
Năm 2023
Ước thực hiện 2024
Ước 2024 so với năm 2023 (%)
Huyện Nhơn Trạch
24,6
27,3
111,0
Huyện Trảng Bom
9,8
10,4
106,1
TP Biên Hòa
3,1
2,9
93,5
Tổng số
37,5
40,6
108,3

Sở Công Thương đánh giá ngành khăn bông hiện sử dụng khoảng 15.000 lao động, mức lương bình quân 9,5 triệu đồng/người/tháng. Tuy nhiên, khoảng 80% sợi bông vẫn phải nhập khẩu; 3 cơ sở nhuộm tại TP Biên Hòa đã di dời vào KCN theo lộ trình. Mục tiêu đến năm 2025, sản lượng khăn đạt trên 45 triệu chiếc, kim ngạch xuất khẩu 300 triệu USD.

Tin cùng chuyên mục:
- Hội nghị kết nối cung cầu hàng công nghiệp lần thứ 3
- Hướng dẫn đăng ký Chương trình khuyến công năm 2025

SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI
Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.146 - Fax: 0251.3824.172
Lượt truy cập: 1.534.207
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
CN = per("cả năm", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
R24 = per("Ước 2024 so với năm 2023 (%)", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
COLS = [("năm 2023", C23), ("ước thực hiện 2024", E24), ("ước 2024 so với năm 2023", R24)]


def cell(anchor, number, place, col, per_):
    v = float(number.replace(",", "."))
    kw = {} if col == "năm 2023" else {"status": "estimate"}
    if col.endswith("so với năm 2023"):
        return fig(anchor, number, v, "percent", "%", subject=f"sản lượng khăn bông {col}", period=per_,
                   location=place, **kw)
    return fig(anchor, number, v * 1e6, "count", "chiếc", subject=f"sản lượng khăn bông {col}", period=per_,
               location=place, **kw)


ROWS = [("Huyện Nhơn Trạch", "Nhơn Trạch", ["24,6", "27,3", "111,0"]),
        ("Huyện Trảng Bom", "Trảng Bom", ["9,8", "10,4", "106,1"]),
        ("TP Biên Hòa\n", "Biên Hòa", ["3,1", "2,9", "93,5"]),
        ("Tổng số", "Đồng Nai", ["37,5", "40,6", "108,3"])]
CELLS = []
for lead, place, nums in ROWS:
    prev = lead.rstrip("\n")
    for (col, p), n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, place, col, p))
        prev = n

FIGS = [
    fig("có 42 doanh nghiệp", "42", 42, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất khăn bông",
        period=Y24),
    fig("29 doanh nghiệp", "29", 29, "count", "doanh nghiệp", total=42, subject="doanh nghiệp FDI", period=Y24),
    fig("ước đạt 40,6 triệu", "40,6", 40.6e6, "count", "chiếc", status="estimate",
        change=chg("increase", 8.3, "%", "năm 2023"), subject="sản lượng khăn", period=CN),
    fig("ước 268 triệu", "268", 268e6, "money", "USD", status="estimate", subject="giá trị xuất khẩu", period=CN),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", status="estimate", subject="giá trị xuất khẩu", period=CN),
] + CELLS + [
    fig("khoảng 15.000 lao động", "15.000", 15000, "count", "lao động", approx="about",
        subject="lao động ngành khăn bông sử dụng"),
    fig("quân 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng", subject="mức lương bình quân"),
    fig("khoảng 80%", "80", 80, "percent", "%", approx="about", subject="sợi bông phải nhập khẩu"),
    fig("3 cơ sở nhuộm", "3", 3, "count", "cơ sở", subject="cơ sở nhuộm đã di dời vào KCN",
        location="Biên Hòa"),
    fig("trên 45 triệu", "45", 45e6, "count", "chiếc", approx="over", status="target",
        subject="sản lượng khăn", period=T25),
    fig("khẩu 300 triệu", "300", 300e6, "money", "USD", status="target", subject="kim ngạch xuất khẩu",
        period=T25),
]

NOTES = [
    "Department site (Sở Công Thương Đồng Nai), no dateline: menu, related links, footer address, phone/fax, 'Lượt truy cập'.",
    "Distractors: KCN 'Nhơn Trạch 2', 'Nhơn Trạch 3', 'lần thứ 3', 'năm 2025' in a link, 'Số 2 Nguyễn Văn Trị', phone/fax, counter 1.534.207.",
    "One-cell-per-line table, 'Đơn vị tính: triệu chiếc', with a place column: each row's place goes to location ('Tổng số' → Đồng Nai);",
    "subject = caption indicator + column label; period from the column header (scored); 'Ước thực hiện 2024' → estimate.",
    "The ratio column 'Ước 2024 so với năm 2023 (%)' holds percent figures (ratios as the claim, no change), estimate, period 2024",
    "(the year the estimate is for; 2023 is the baseline). Cells get no total.",
    "'đứng thứ 3 cả nước' continues the 'ước' clause → estimate; location Đồng Nai ('cả nước' is the field of the ranking).",
    "'cả năm' takes 2024 from 'Năm 2024' earlier in the paragraph. 'Mục tiêu đến năm 2025' → target, start null, end 2025-12-31.",
    "'hiện sử dụng ...', 'khoảng 80% ...' have no period. '3 cơ sở nhuộm tại TP Biên Hòa' → location Biên Hòa.",
]

if __name__ == "__main__":
    write("p1509-7", TEXT, NOTES, FIGS, location="Đồng Nai")
