"""p1447-7: department site (Sở Công Thương Hải Dương), no dateline, one-cell-per-line table by district."""
from lib import fig, per, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HẢI DƯƠNG
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính | Hỏi đáp

Sản xuất khẩu trang năm 2024 giữ đà tăng trưởng

Ngành sản xuất khẩu trang và vật tư y tế tiêu hao của tỉnh hiện có 9 doanh nghiệp với khoảng 2.400 lao động. Năm 2024, sản lượng khẩu trang toàn tỉnh ước đạt 78,6 triệu chiếc, tăng 6,1% so với năm 2023, trong đó xuất khẩu khoảng 52 triệu chiếc. Hải Dương hiện đứng thứ 3 cả nước về năng lực sản xuất khẩu trang y tế. Kim ngạch xuất khẩu khẩu trang năm 2024 ước đạt 29,5 triệu USD, tăng 4,2% so với năm trước.

Sản lượng khẩu trang theo địa phương
Đơn vị tính: triệu chiếc
Địa phương
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
TP Chí Linh
31,2
33,5
107,4
35,0
Huyện Nam Sách
22,8
24,1
105,7
25,0
Huyện Gia Lộc
20,1
21,0
104,5
22,0
Tổng số
74,1
78,6
106,1
82,0

Mục tiêu đến năm 2030, giá trị sản xuất ngành vật tư y tế của tỉnh đạt 3.000 tỷ đồng, trong đó khẩu trang chiếm từ 40 đến 45%.

Bài viết liên quan:
- Hội nghị tổng kết ngành Công Thương năm 2024
- Thông báo tuyển dụng viên chức năm 2025

Cơ quan chủ quản: Sở Công Thương tỉnh Hải Dương
Địa chỉ: Số 8 Hồng Quang, TP Hải Dương
Điện thoại: 0220.3852.446
Lượt truy cập: 1.204.587 | Đang online: 23
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"),
        "so với cùng kỳ": (None, None), "kế hoạch 2025": (K25, "target")}


def cell(anchor, number, row, place, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    if place:
        kw["location"] = place
    if col == "so với cùng kỳ":
        v = float(number.replace(",", "."))
        return fig(anchor, number, v, "percent", "%", subject=f"sản lượng khẩu trang {row} so với cùng kỳ".replace("  ", " "), **kw)
    v = float(number.replace(",", ".")) * 1e6
    return fig(anchor, number, v, "count", "chiếc", subject=f"sản lượng khẩu trang {row} {col}".replace("  ", " "),
               period=p, **kw)


ROWS = [("TP Chí Linh", "Chí Linh", ["31,2", "33,5", "107,4", "35,0"]),
        ("Huyện Nam Sách", "Nam Sách", ["22,8", "24,1", "105,7", "25,0"]),
        ("Huyện Gia Lộc", "Gia Lộc", ["20,1", "21,0", "104,5", "22,0"]),
        ("Tổng số", None, ["74,1", "78,6", "106,1", "82,0"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    row = "" if place else "tổng số"
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, row, place, col))
        prev = n

FIGS = [
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp ngành sản xuất khẩu trang và vật tư y tế tiêu hao"),
    fig("khoảng 2.400 lao động", "2.400", 2400, "count", "lao động", approx="about",
        subject="lao động ngành sản xuất khẩu trang và vật tư y tế tiêu hao"),
    fig("ước đạt 78,6 triệu", "78,6", 78.6e6, "count", "chiếc", status="estimate",
        change=chg("increase", 6.1, "%", "năm 2023"), subject="sản lượng khẩu trang toàn tỉnh", period=Y24),
    fig("khoảng 52 triệu", "52", 52e6, "count", "chiếc", approx="about", status="estimate", total=78.6e6,
        subject="khẩu trang xuất khẩu", period=Y24),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="năng lực sản xuất khẩu trang y tế"),
    fig("ước đạt 29,5 triệu", "29,5", 29.5e6, "money", "USD", status="estimate",
        change=chg("increase", 4.2, "%", "năm trước"), subject="kim ngạch xuất khẩu khẩu trang",
        period=per("năm 2024", "2024-01-01", "2024-12-31")),
] + CELLS + [
    fig("đạt 3.000 tỷ", "3.000", 3000e9, "money", "đồng", status="target",
        subject="giá trị sản xuất ngành vật tư y tế của tỉnh", period=T30),
    fig("từ 40 đến 45%", "40", 40, "percent", "%", value_max=45, status="target",
        subject="tỷ trọng khẩu trang trong giá trị sản xuất ngành vật tư y tế", period=T30),
]

NOTES = [
    "Department site (Sở Công Thương Hải Dương), no dateline: menu, related links, footer with address, phone, 'Lượt truy cập', 'Đang online'.",
    "One-cell-per-line table, 'Đơn vị tính: triệu chiếc': row labels are places (TP Chí Linh, huyện Nam Sách, huyện Gia Lộc) → location;",
    "'Tổng số' row → the province. Subject = indicator + column (+ 'tổng số'). 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "'So với cùng kỳ (%)' cells are percent figures (104,5 = 104,5% of the year before); the header gives neither a period nor a status cue (actual, no period).",
    "'ước đạt 78,6 triệu chiếc, tăng 6,1% ..., trong đó xuất khẩu khoảng 52 triệu chiếc' → 52 triệu: total 78,6 triệu, estimate, about.",
    "'Hải Dương hiện đứng thứ 3 cả nước' → rank 3, location Hải Dương (the ranked province), no period.",
    "'Mục tiêu đến năm 2030 ... 3.000 tỷ đồng, trong đó khẩu trang chiếm từ 40 đến 45%' → both target, period end 2030-12-31; the range is a percent figure.",
    "Distractors: 'năm 2024/2025' in links, 'Số 8 Hồng Quang', phone, 'Lượt truy cập: 1.204.587', 'Đang online: 23'.",
]

if __name__ == "__main__":
    write("p1447-7", TEXT, NOTES, FIGS, location="Hải Dương")
