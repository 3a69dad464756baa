"""p1562-6: department site (Sở Công Thương Bắc Giang), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BẮC GIANG
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Công nghiệp sản xuất đồ câu cá tiếp tục tăng trưởng

Năm 2024, trên địa bàn tỉnh có 7 dự án sản xuất cần câu, máy câu và phụ kiện câu cá đang hoạt động, tổng vốn đầu tư đăng ký khoảng 265 triệu USD, thu hút gần 11.000 lao động. Sản lượng cần câu ước đạt 8,64 triệu chiếc, tăng 14,3% so với năm 2023; giá trị xuất khẩu ước đạt 214 triệu USD.

Sản lượng cần câu theo địa phương
Đơn vị tính: nghìn chiếc
Địa phương
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Thị xã Việt Yên
5.120
5.860
114,5
6.400
Huyện Hiệp Hòa
1.650
1.920
116,4
2.100
Huyện Lạng Giang
790
860
108,9
950
Tổng số
7.560
8.640
114,3
9.450

Thị xã Việt Yên hiện tập trung 5 trong số 7 dự án, chủ yếu tại các khu công nghiệp Quang Châu, Vân Trung và Đình Trám. Lương bình quân của lao động ngành đạt 8,2 triệu đồng/người/tháng, cao hơn khoảng 5% so với bình quân chung của các doanh nghiệp trong khu công nghiệp.

Năm 2025, Sở Công Thương phấn đấu giá trị xuất khẩu đồ câu cá đạt trên 240 triệu USD; tiếp tục hỗ trợ 3 doanh nghiệp trong nước tham gia chuỗi cung ứng linh kiện cho các nhà máy FDI.

Tin cùng chuyên mục
- Bắc Giang: Tập huấn kỹ năng xúc tiến thương mại năm 2024
- Hội chợ Thương mại Việt - Trung lần thứ 18

Cơ quan chủ quản: Sở Công Thương tỉnh Bắc Giang
Địa chỉ: Số 2 đường Hoàng Văn Thụ, TP Bắc Giang
Điện thoại: 0204.3854.326
Lượt truy cập: 1.207.455
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = ["năm 2023", "ước thực hiện 2024", "so với cùng kỳ", "kế hoạch 2025"]


def cell(anchor, number, place, col):
    loc = {"location": place} if place else {}
    if col == "so với cùng kỳ":
        v = float(number.replace(",", "."))
        return fig(anchor, number, v, "percent", "%",
                   subject="sản lượng cần câu so với cùng kỳ", period=inh(E24), **loc)
    p, st = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}[col]
    kw = {"status": st} if st else {}
    v = float(number.replace(".", "")) * 1e3
    return fig(anchor, number, v, "count", "chiếc", subject=f"sản lượng cần câu {col}", period=p, **kw, **loc)


ROWS = [("Thị xã Việt Yên", "Việt Yên", ["5.120", "5.860", "114,5", "6.400"]),
        ("Huyện Hiệp Hòa", "Hiệp Hòa", ["1.650", "1.920", "116,4", "2.100"]),
        ("Huyện Lạng Giang", "Lạng Giang", ["790", "860", "108,9", "950"]),
        ("Tổng số", None, ["7.560", "8.640", "114,3", "9.450"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, place, col))
        prev = n

FIGS = [
    fig("có 7 dự án", "7", 7, "count", "dự án",
        subject="dự án sản xuất cần câu, máy câu và phụ kiện câu cá đang hoạt động", period=Y24),
    fig("khoảng 265 triệu", "265", 265e6, "money", "USD", approx="about",
        subject="tổng vốn đầu tư đăng ký", period=Y24),
    fig("gần 11.000 lao động", "11.000", 11000, "count", "lao động", approx="nearly",
        subject="lao động các dự án thu hút", period=Y24),
    fig("ước đạt 8,64 triệu", "8,64", 8.64e6, "count", "chiếc", status="estimate",
        change=chg("increase", 14.3, "%", "năm 2023"), subject="sản lượng cần câu", period=inh(Y24)),
    fig("ước đạt 214 triệu", "214", 214e6, "money", "USD", status="estimate",
        subject="giá trị xuất khẩu", period=inh(Y24)),
] + CELLS + [
    fig("tập trung 5 trong", "5", 5, "count", "dự án", total=7,
        subject="dự án sản xuất đồ câu cá", location="Việt Yên"),
    fig("đạt 8,2 triệu", "8,2", 8.2e6, "money", "đồng/người/tháng",
        change=chg("increase", 5, "%", "bình quân chung của các doanh nghiệp trong khu công nghiệp", approx="about"),
        subject="lương bình quân của lao động ngành"),
    fig("trên 240 triệu", "240", 240e6, "money", "USD", approx="over", status="target",
        subject="giá trị xuất khẩu đồ câu cá", period=Y25),
    fig("hỗ trợ 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", status="target",
        subject="doanh nghiệp trong nước được hỗ trợ tham gia chuỗi cung ứng", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương tỉnh Bắc Giang), no dateline: menu, related links, footer with address, phone, 'Lượt truy cập'.",
    "Distractors: 'lần thứ 18', 'năm 2024' in a link, 'Số 2 đường Hoàng Văn Thụ', phone 0204.3854.326, 'Lượt truy cập: 1.207.455',",
    "'khu công nghiệp Quang Châu, Vân Trung và Đình Trám' (names), 'FDI'.",
    "The province is named only in the banner and footer, which imply Bắc Giang (location default).",
    "8,64 triệu chiếc and 214 triệu USD stand in the sentence after 'Năm 2024': period inherited; 'ước đạt' → estimate.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc': rod output is a count of chiếc, multiplier applied (5.120 → 5 120 000).",
    "The place column gives location (Việt Yên, Hiệp Hòa, Lạng Giang); the 'Tổng số' row is the province (default).",
    "Column 'Ước thực hiện 2024' → estimate; 'Kế hoạch 2025' → target; 'So với cùng kỳ (%)' cells are percent figures (ratio of the 2024",
    "estimate to 2023); period 2024 inherited from the neighbouring column (no period in their own header, so not scored).",
    "revised after the first run: the 4 'So với cùng kỳ (%)' cells lose status estimate (now actual): FIGURES.md takes a table cell's status",
    "from its column header, and this header carries no 'Ước'/'Kế hoạch' cue.",
    "'5 trong số 7 dự án' → total 7, location Việt Yên. 'cao hơn khoảng 5% so với bình quân chung' → change (+5%, about).",
    "'Năm 2025, Sở Công Thương phấn đấu ...; tiếp tục hỗ trợ 3 doanh nghiệp' → both target (the ';' clause continues the same subject).",
]

if __name__ == "__main__":
    write("p1562-6", TEXT, NOTES, FIGS, location="Bắc Giang")
