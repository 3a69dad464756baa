"""p1378-6: department site (Sở TT&TT Thái Bình), no dateline: press distribution by the post, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH THÁI BÌNH
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Phát hành báo chí qua mạng bưu chính công cộng năm 2024

Năm 2024, Bưu điện tỉnh Thái Bình ước phát hành 6,42 triệu tờ báo, tạp chí, giảm 3,8% so với năm 2023. Mạng lưới phát hành có 298 điểm phục vụ, gồm 24 bưu cục, 232 điểm Bưu điện - Văn hóa xã và 42 đại lý.

Kết quả phát hành báo chí
Đơn vị tính: nghìn tờ
Loại ấn phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số
6.674
6.420
6.300
Trong đó:
Báo, tạp chí của Đảng
3.915
4.050
4.100
Báo, tạp chí cấp không thu tiền
1.126
1.088
1.050

Doanh thu phát hành báo chí năm 2024 ước đạt 14,6 tỷ đồng, chiếm khoảng 9% tổng doanh thu của Bưu điện tỉnh. Tỷ lệ báo Trung ương đến tay bạn đọc trước 11 giờ cùng ngày đạt 96,5%; Báo Thái Bình phát hành 5 kỳ/tuần, mỗi kỳ bình quân 6.800 tờ.

Năm 2025, Sở đề nghị các cơ quan, đơn vị thực hiện nghiêm Chỉ thị số 11-CT/TW, phấn đấu số lượng báo Đảng đặt mua tăng ít nhất 1,2% so với năm 2024.

Bài viết liên quan:
- Hướng dẫn đặt mua báo, tạp chí năm 2025
- Hội nghị tổng kết công tác thông tin đối ngoại năm 2023

Cơ quan chủ quản: Sở Thông tin và Truyền thông tỉnh Thái Bình
Địa chỉ: Số 76 Lê Lợi, TP Thái Bình
Điện thoại: 0227.3831.675
Lượt truy cập: 1.574.230 | Trực tuyến: 24
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}


TOTALS = {"năm 2023": 6674e3, "ước thực hiện 2024": 6420e3, "kế hoạch 2025": 6300e3}


def cell(anchor, number, row, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    if row != "tổng số":
        # sub-rows after the 'Trong đó:' row label are parts of the 'Tổng số' row of the same column
        kw["total"] = TOTALS[col]
    v = float(number.replace(".", "")) * 1e3
    return fig(anchor, number, v, "count", "tờ", subject=f"phát hành báo chí {row} {col}", period=p, **kw)


ROWS = [("Tổng số", ["6.674", "6.420", "6.300"]),
        ("Báo, tạp chí của Đảng", ["3.915", "4.050", "4.100"]),
        ("Báo, tạp chí cấp không thu tiền", ["1.126", "1.088", "1.050"])]
CELLS = []
for label, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, label.lower(), col))
        prev = n

FIGS = [
    fig("phát hành 6,42 triệu", "6,42", 6.42e6, "count", "tờ", status="estimate",
        change=chg("decrease", 3.8, "%", "năm 2023"),
        subject="tờ báo, tạp chí Bưu điện tỉnh phát hành", period=Y24),
    fig("có 298 điểm", "298", 298, "count", "điểm phục vụ", subject="điểm phục vụ của mạng lưới phát hành"),
    fig("gồm 24 bưu cục", "24", 24, "count", "bưu cục", total=298, subject="bưu cục"),
    fig("232 điểm", "232", 232, "count", "điểm Bưu điện - Văn hóa xã", total=298,
        subject="điểm Bưu điện - Văn hóa xã"),
    fig("và 42 đại lý", "42", 42, "count", "đại lý", total=298, subject="đại lý"),
] + CELLS + [
    fig("ước đạt 14,6 tỷ", "14,6", 14.6e9, "money", "đồng", status="estimate", percent=9,
        subject="doanh thu phát hành báo chí", period=Y24b),
    fig("cùng ngày đạt 96,5%", "96,5", 96.5, "percent", "%",
        subject="tỷ lệ báo Trung ương đến tay bạn đọc trước 11 giờ cùng ngày", period=inh(Y24b)),
    fig("phát hành 5 kỳ/tuần", "5", 5, "measure", "kỳ/tuần", subject="kỳ phát hành Báo Thái Bình"),
    fig("bình quân 6.800 tờ", "6.800", 6800, "measure", "tờ/kỳ", subject="số lượng bình quân mỗi kỳ Báo Thái Bình"),
    fig("ít nhất 1,2%", "1,2", 1.2, "percent", "%", approx="at_least", status="target",
        subject="số lượng báo Đảng đặt mua tăng", period=Y25),
]

NOTES = [
    "Department site (Sở Thông tin và Truyền thông Thái Bình), no dateline: menu, related links, footer, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'trước 11 giờ cùng ngày' (time), Chỉ thị số 11-CT/TW, 'Số 76 Lê Lợi', phone 0227.3831.675, counters 1.574.230 and 24, years in links.",
    "'Năm 2024, Bưu điện tỉnh ... ước phát hành 6,42 triệu tờ' → estimate, change −3,8% vs năm 2023.",
    "'298 điểm phục vụ, gồm 24 bưu cục, 232 điểm ... và 42 đại lý' → total 298 (24+232+42).",
    "One-cell-per-line table, 'Đơn vị tính: nghìn tờ' → 6.674 = 6.674.000 tờ; subject = 'phát hành báo chí' + row + column;",
    "period from the column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "revised after the first run: the sub-rows after the row label 'Trong đó:' are parts of the 'Tổng số' row (FIGURES.md, parts of a whole:",
    "a part after 'trong đó' that follows the whole, same thing, same period), so each sub-row cell has total = the 'Tổng số' cell of its column.",
    "'ước đạt 14,6 tỷ đồng, chiếm khoảng 9%' → estimate, percent attribute 9 (the attribute's 'khoảng' is not the figure's approx).",
    "96,5%: its sentence has no period (year from the previous paragraph: inherited). '5 kỳ/tuần', '6.800 tờ' per issue: measure rates, no period.",
    "'phấn đấu số lượng báo Đảng đặt mua tăng ít nhất 1,2%' → growth as the claim: percent figure, at_least, target.",
]

if __name__ == "__main__":
    write("p1378-6", TEXT, NOTES, FIGS, location="Thái Bình")
