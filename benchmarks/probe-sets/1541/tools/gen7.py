"""p1541-7: department site (Sở Công Thương Thái Bình), no dateline; one-cell-per-line table by district."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH THÁI BÌNH
Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Văn bản | Liên hệ

Phát triển sản xuất phụ liệu may tại các cụm công nghiệp

Ngành phụ liệu may của tỉnh tiếp tục tăng trưởng khá. Năm 2023, giá trị sản xuất toàn ngành đạt 1.286 tỷ đồng, tăng 8,9% so với năm 2022; sản phẩm chính gồm cúc nhựa, khóa kéo, chỉ may, băng dính gai và nhãn dệt. Hiện có 23 cơ sở sản xuất phụ liệu đang hoạt động tại 12 cụm công nghiệp.

Giá trị sản xuất phụ liệu may theo địa phương
Đơn vị tính: tỷ đồng
Địa phương
Năm 2022
Năm 2023
So với cùng kỳ (%)
TP Thái Bình
412,5
446,0
108,1
Huyện Tiền Hải
296,8
331,2
111,6
Huyện Hưng Hà
218,4
236,5
108,3
Các địa phương khác
253,3
272,3
107,5
Tổng số
1.181,0
1.286,0
108,9

Tại Cụm công nghiệp Đông La (huyện Đông Hưng), Công ty TNHH Nút áo Hoàng Gia vừa lắp thêm 16 máy ép cúc tự động, nâng công suất lên 900 triệu chiếc/năm, gấp đôi năm 2021; doanh nghiệp đang sử dụng 230 lao động.

Mục tiêu đến năm 2025, giá trị sản xuất ngành phụ liệu may của tỉnh đạt 1.600 tỷ đồng, thu hút thêm 5-7 dự án đầu tư vào các cụm công nghiệp.

Tin cùng chuyên mục:
- Hội nghị kết nối cung cầu hàng công nghiệp nông thôn
- Thông báo lịch tiếp công dân quý II

SỞ CÔNG THƯƠNG TỈNH THÁI BÌNH
Địa chỉ: Số 488 đường Lý Bôn, TP Thái Bình
Điện thoại: 0227.3831.497
Lượt truy cập: 1.204.377 | Đang online: 52
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
ROWS = [("TP Thái Bình", "TP Thái Bình", ["412,5", "446,0", "108,1"]),
        ("Huyện Tiền Hải", "Tiền Hải", ["296,8", "331,2", "111,6"]),
        ("Huyện Hưng Hà", "Hưng Hà", ["218,4", "236,5", "108,3"]),
        ("Các địa phương khác", "Thái Bình", ["253,3", "272,3", "107,5"]),
        ("Tổng số", "Thái Bình", ["1.181,0", "1.286,0", "108,9"])]
BASE = "giá trị sản xuất phụ liệu may"


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, place, (a, b, r) in ROWS:
    row = "" if label in ("Tổng số",) or label.startswith(("TP", "Huyện")) else " " + label.lower()
    if label == "Tổng số":
        row = " tổng số"
    CELLS += [
        fig(f"{label}\n{a}", a, num(a) * 1e9, "money", "đồng", subject=f"{BASE}{row} năm 2022", period=C22,
            location=place),
        fig(f"{a}\n{b}", b, num(b) * 1e9, "money", "đồng", subject=f"{BASE}{row} năm 2023", period=C23,
            location=place),
        fig(f"{b}\n{r}", r, num(r), "percent", "%", subject=f"{BASE}{row} so với cùng kỳ",
            period=inh(C23), location=place),
    ]

FIGS = [
    fig("đạt 1.286 tỷ", "1.286", 1.286e12, "money", "đồng", change=chg("increase", 8.9, "%", "năm 2022"),
        subject="giá trị sản xuất toàn ngành phụ liệu may", period=Y23),
    fig("có 23 cơ sở", "23", 23, "count", "cơ sở", subject="cơ sở sản xuất phụ liệu đang hoạt động"),
    fig("tại 12 cụm", "12", 12, "count", "cụm công nghiệp", subject="cụm công nghiệp có cơ sở sản xuất phụ liệu"),
] + CELLS + [
    fig("thêm 16 máy", "16", 16, "count", "máy", subject="máy ép cúc tự động Công ty TNHH Nút áo Hoàng Gia lắp thêm",
        location="Đông Hưng"),
    fig("lên 900 triệu", "900", 900e6, "measure", "chiếc/năm", change=chg("increase", 2, "lần", "năm 2021"),
        subject="công suất Công ty TNHH Nút áo Hoàng Gia", location="Đông Hưng"),
    fig("sử dụng 230 lao động", "230", 230, "count", "lao động", subject="lao động doanh nghiệp sử dụng",
        location="Đông Hưng"),
    fig("đạt 1.600 tỷ", "1.600", 1.6e12, "money", "đồng", status="target",
        subject="giá trị sản xuất ngành phụ liệu may", period=T25),
    fig("thêm 5-7 dự án", "5", 5, "count", "dự án", value_max=7, status="target",
        subject="dự án đầu tư vào các cụm công nghiệp thu hút thêm", period=T25),
]

NOTES = [
    "Department site (Sở Công Thương Thái Bình), no dateline: menu, related links, address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'Số 488 đường Lý Bôn', '0227.3831.497', 'Lượt truy cập: 1.204.377', 'Đang online: 52', 'quý II' in a link title.",
    "One-cell-per-line table, 'Đơn vị tính: tỷ đồng', place column: a place row label goes to location (TP Thái Bình, Tiền Hải,",
    "  Hưng Hà); 'Các địa phương khác' and 'Tổng số' stay in the subject and take the province. Money cells ×10^9 đồng.",
    "'So với cùng kỳ (%)' cells are percent figures (index vs the year before); the column header states no year, so the",
    "  period (2023) is inherited and not scored.",
    "Đông La is in huyện Đông Hưng: the firm's figures are located there. 'gấp đôi năm 2021' → change (increase, 2 lần).",
    "'Mục tiêu đến năm 2025 ... đạt 1.600 tỷ đồng, thu hút thêm 5-7 dự án' → target, end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1541-7", TEXT, NOTES, FIGS, published=None, location="Thái Bình")
