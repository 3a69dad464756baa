"""p1441-3: formal report (UBND tỉnh Sóc Trăng): bánh pía trade 2024, flattened '|' table by locality, 2025 tasks."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH SÓC TRĂNG
Số: 17/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sóc Trăng, ngày 10 tháng 01 năm 2025

BÁO CÁO
Tình hình phát triển nghề sản xuất bánh pía năm 2024 và phương hướng năm 2025

I. KẾT QUẢ NĂM 2024
1. Tình hình chung
Năm 2024, toàn tỉnh có 131 cơ sở sản xuất bánh pía, tăng 5 cơ sở so với năm 2023; tổng sản lượng đạt 2.745 tấn, tăng 6,4% so với năm 2023, đạt 101,7% kế hoạch; giá trị sản xuất ước đạt 1.160 tỷ đồng.

2. Sản lượng bánh pía theo địa bàn
Đơn vị tính: tấn
Địa bàn | Năm 2023 | Năm 2024 | Kế hoạch 2025 | So với cùng kỳ (%)
Thị xã Vĩnh Châu | 1.236 | 1.318 | 1.400 | 106,6
Thành phố Sóc Trăng | 742 | 785 | 820 | 105,8
Huyện Mỹ Xuyên | 380 | 402 | 430 | 105,8
Các huyện còn lại | 222 | 240 | 250 | 108,1
Tổng cộng | 2.580 | 2.745 | 2.900 | 106,4

3. Lao động, sản phẩm, xuất khẩu
Toàn ngành sử dụng khoảng 3.600 lao động, trong đó lao động thời vụ chiếm khoảng 40%. Có 24 sản phẩm bánh pía đạt chứng nhận OCOP, gồm 19 sản phẩm 3 sao và 5 sản phẩm 4 sao. Kim ngạch xuất khẩu bánh pía năm 2024 đạt 1,42 triệu USD, tăng 12,7% so với năm 2023.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu năm 2025 tổng sản lượng bánh pía đạt 2.900 tấn, tăng 5,6% so với năm 2024; kim ngạch xuất khẩu trên 1,6 triệu USD; hỗ trợ ít nhất 10 cơ sở đổi mới thiết bị theo Chương trình khuyến công giai đoạn 2021-2025.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Huỳnh Văn Lợi
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
SS = inh(per("Năm 2024", "2024-01-01", "2024-12-31"))
COLS = ["Năm 2023", "Năm 2024", "Kế hoạch 2025", "So với cùng kỳ (%)"]

ROWS = [("Thị xã Vĩnh Châu", "Vĩnh Châu", None, ["1.236", "1.318", "1.400", "106,6"]),
        ("Thành phố Sóc Trăng", "Thành phố Sóc Trăng", None, ["742", "785", "820", "105,8"]),
        ("Huyện Mỹ Xuyên", "Mỹ Xuyên", None, ["380", "402", "430", "105,8"]),
        ("Các huyện còn lại", None, "các huyện còn lại", ["222", "240", "250", "108,1"]),
        ("Tổng cộng", None, "tổng cộng", ["2.580", "2.745", "2.900", "106,4"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, loc, rowsub, nums in ROWS:
    prev = label
    kw = {"location": loc} if loc else {}
    for col, n in zip(COLS, nums):
        anchor = f"{prev} | {n}"
        row = f" {rowsub}" if rowsub else ""
        if col == "So với cùng kỳ (%)":
            CELLS.append(fig(anchor, n, num(n), "percent", "%",
                             subject=f"sản lượng bánh pía{row} so với cùng kỳ", period=SS, **kw))
        else:
            p = {"Năm 2023": C23, "Năm 2024": C24, "Kế hoạch 2025": K25}[col]
            if col == "Kế hoạch 2025":
                kw2 = dict(kw, status="target")
            else:
                kw2 = kw
            CELLS.append(fig(anchor, n, num(n), "measure", "tấn",
                             subject=f"sản lượng bánh pía{row} {col.lower()}", period=p, **kw2))
        prev = n

FIGS = [
    fig("có 131 cơ sở", "131", 131, "count", "cơ sở", change=chg("increase", 5, "cơ sở", "năm 2023"),
        subject="cơ sở sản xuất bánh pía", period=Y24),
    fig("đạt 2.745 tấn", "2.745", 2745, "measure", "tấn", percent=101.7,
        change=chg("increase", 6.4, "%", "năm 2023"), subject="tổng sản lượng", period=Y24),
    fig("ước đạt 1.160 tỷ", "1.160", 1160e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất", period=Y24),
] + CELLS + [
    fig("khoảng 3.600 lao động", "3.600", 3600, "count", "lao động", approx="about",
        subject="lao động toàn ngành sử dụng"),
    fig("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about", subject="lao động thời vụ"),
    fig("Có 24 sản phẩm", "24", 24, "count", "sản phẩm", subject="sản phẩm bánh pía đạt chứng nhận OCOP"),
    fig("gồm 19 sản phẩm", "19", 19, "count", "sản phẩm", total=24, subject="sản phẩm OCOP 3 sao"),
    fig("và 5 sản phẩm", "5", 5, "count", "sản phẩm", total=24, subject="sản phẩm OCOP 4 sao"),
    fig("đạt 1,42 triệu", "1,42", 1.42e6, "money", "USD", change=chg("increase", 12.7, "%", "năm 2023"),
        subject="kim ngạch xuất khẩu bánh pía", period=Y24b),
    fig("đạt 2.900 tấn", "2.900", 2900, "measure", "tấn", status="target",
        change=chg("increase", 5.6, "%", "năm 2024"), subject="tổng sản lượng bánh pía", period=Y25),
    fig("trên 1,6 triệu", "1,6", 1.6e6, "money", "USD", approx="over", status="target",
        subject="kim ngạch xuất khẩu", period=Y25),
    fig("ít nhất 10 cơ sở", "10", 10, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ đổi mới thiết bị", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH SÓC TRĂNG', 'Số: 17/BC-UBND', 'Sóc Trăng, ngày 10 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: 17/BC-UBND, section numbers, 'OCOP 3 sao/4 sao' (as class names), 'giai đoạn 2021-2025' (a programme's name), 'Lưu: VT, KT'.",
    "Flattened '|' table, 'Đơn vị tính: tấn'; the place column gives location (Vĩnh Châu, TP Sóc Trăng, Mỹ Xuyên); 'Các huyện còn lại'",
    "and 'Tổng cộng' stay in the province. Subject = indicator of the caption + row (when not a place) + column; period from headers;",
    "'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are percent figures (index, 2024 over 2023) with no change; their year is not",
    "in the header, so their period (2024) is marked inherited. Table cells get no total.",
    "'đạt 101,7% kế hoạch' → percent attribute of 2.745 tấn; 'tăng 5 cơ sở so với năm 2023' → change in cơ sở.",
    "'trong đó lao động thời vụ chiếm khoảng 40%' is a percent figure of its own; '19 sản phẩm 3 sao và 5 sản phẩm 4 sao' after 'gồm' → total 24.",
    "Section II: 'Phấn đấu' governs the whole sentence (three targets, period năm 2025).",
]

if __name__ == "__main__":
    write("p1441-3", TEXT, NOTES, FIGS, published="2025-01-10", location="Sóc Trăng")
