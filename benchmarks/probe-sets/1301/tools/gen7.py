"""p1301-7: department site (Sở VHTTDL Lâm Đồng), no dateline, one-cell-per-line table of golf indicators."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính | Liên hệ

Du lịch golf Lâm Đồng hướng tới thị trường cao cấp

Lâm Đồng hiện có 3 sân golf đang hoạt động với tổng số 63 lỗ, gồm 2 sân tại TP Đà Lạt và 1 sân tại huyện Đức Trọng. Năm 2024, lượng khách chơi golf ước đạt 58.400 lượt, tăng 10,7% so với năm 2023, trong đó khách quốc tế khoảng 19.600 lượt, chủ yếu đến từ Hàn Quốc và Singapore. Doanh thu từ golf ước đạt 262 tỷ đồng, vượt 4,8% kế hoạch.

Một số chỉ tiêu du lịch golf
Chỉ tiêu
Đơn vị tính
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Lượt khách chơi golf
Lượt
52.760
58.400
64.000
Trong đó: khách quốc tế
Lượt
17.980
19.600
23.000
Doanh thu
Tỷ đồng
243,5
262,0
290,0
Lao động trực tiếp
Người
712
745
780

Với khí hậu mát mẻ, nhiệt độ trung bình 18-21°C, Đà Lạt phù hợp chơi golf quanh năm. Mục tiêu đến năm 2030, tỉnh thu hút thêm 4 dự án sân golf, đưa tổng số lỗ golf toàn tỉnh lên khoảng 150 lỗ.

Tin khác:
- Lâm Đồng tổ chức Festival Hoa Đà Lạt lần thứ X năm 2024
- Hướng dẫn thủ tục công nhận cơ sở lưu trú du lịch 3 sao

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG
Địa chỉ: 36 Trần Phú, Phường 4, TP Đà Lạt
Điện thoại: 0263.3822.125 | Lượt truy cập: 1.204.773
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
TO2030 = per("đến năm 2030", None, "2030-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


# anchor prefix before the first cell, unit, multiplier, kind, subject label, numbers
ROWS = [("golf\nLượt", "lượt", 1, "count", "lượt khách chơi golf", ["52.760", "58.400", "64.000"]),
        ("tế\nLượt", "lượt", 1, "count", "lượt khách quốc tế", ["17.980", "19.600", "23.000"]),
        ("Tỷ đồng", "đồng", 1e9, "money", "doanh thu", ["243,5", "262,0", "290,0"]),
        ("Người", "người", 1, "count", "lao động trực tiếp", ["712", "745", "780"])]
WHOLE = [num(n) for n in ROWS[0][5]]

CELLS = []
for prev, unit, mult, kind, subj, nums in ROWS:
    part = subj == "lượt khách quốc tế"  # the 'Trong đó:' sub-row
    for i, ((col, p, st), n) in enumerate(zip(COLS, nums)):
        kw = {"status": st} if st else {}
        if part:
            kw["total"] = WHOLE[i]
        CELLS.append(fig(f"{prev}\n{n}", n, num(n) * mult, kind, unit, subject=f"{subj} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("có 3 sân golf", "3", 3, "count", "sân golf", subject="sân golf đang hoạt động"),
    fig("tổng số 63 lỗ", "63", 63, "count", "lỗ", subject="lỗ golf của các sân golf đang hoạt động"),
    fig("gồm 2 sân", "2", 2, "count", "sân", total=3, subject="sân golf đang hoạt động", location="Đà Lạt"),
    fig("1 sân tại", "1", 1, "count", "sân", total=3, subject="sân golf đang hoạt động", location="Đức Trọng"),
    fig("ước đạt 58.400", "58.400", 58400, "count", "lượt", status="estimate",
        change=chg("increase", 10.7, "%", "năm 2023"), subject="lượng khách chơi golf", period=Y24),
    fig("khoảng 19.600", "19.600", 19600, "count", "lượt", approx="about", total=58400, status="estimate",
        subject="khách quốc tế", period=Y24),
    fig("ước đạt 262 tỷ", "262", 262e9, "money", "đồng", status="estimate",
        change=chg("increase", 4.8, "%", "kế hoạch"), subject="doanh thu từ golf", period=inh(Y24)),
] + CELLS + [
    fig("trung bình 18-21°C", "18", 18, "measure", "°C", value_max=21, subject="nhiệt độ trung bình",
        location="Đà Lạt"),
    fig("thêm 4 dự án", "4", 4, "count", "dự án sân golf", status="target",
        subject="dự án sân golf tỉnh thu hút thêm", period=TO2030),
    fig("khoảng 150 lỗ", "150", 150, "count", "lỗ", approx="about", status="target",
        subject="tổng số lỗ golf toàn tỉnh", period=TO2030),
]

NOTES = [
    "Department site (Sở VHTTDL Lâm Đồng), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'. published = none.",
    "Distractors: 'lần thứ X năm 2024', '3 sao', '36 Trần Phú', 'Phường 4', phone 0263.3822.125, counter 1.204.773.",
    "'3 sân golf ... gồm 2 sân tại TP Đà Lạt và 1 sân tại huyện Đức Trọng' → total 3, each part located in its place.",
    "'ước đạt 58.400 lượt ..., trong đó khách quốc tế khoảng 19.600 lượt' → total, estimate carried to the part.",
    "'vượt 4,8% kế hoạch' → change (increase 4,8%, baseline 'kế hoạch'), per FIGURES.md 'Result against plan'.",
    "One-cell-per-line table with a unit column ('Lượt', 'Tỷ đồng' → ×10⁹ đồng, 'Người'); period from the column headers;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The 'Trong đó: khách quốc tế' row takes as total the",
    "'Lượt khách chơi golf' cell of the same column (a part after 'Trong đó' that follows the whole, FIGURES.md).",
    "revised after the first run: the two parts' subjects 'sân golf tại TP Đà Lạt' / 'sân golf tại huyện Đức Trọng' →",
    "'sân golf đang hoạt động' (the list's indicator; a place item is the location, never the subject).",
    "'18-21°C' is a range glued to its unit (Đà Lạt). 'Mục tiêu đến năm 2030' → target for both clauses.",
]

if __name__ == "__main__":
    write("p1301-7", TEXT, NOTES, FIGS, location="Lâm Đồng")
