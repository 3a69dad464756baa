"""p1406-7: department site (Sở GD&ĐT Điện Biên), no dateline, one-cell-per-line table by district with 'Trong đó:'."""
from lib import fig, per, year, school, inh, chg, tgt, write

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Kết quả tăng cường tiếng Việt cho trẻ mầm non vùng dân tộc thiểu số

Thực hiện Kế hoạch số 1325/KH-UBND của UBND tỉnh, năm 2024 ngành Giáo dục Điện Biên ước tổ chức tăng cường tiếng Việt cho 38.960 trẻ mầm non người dân tộc thiểu số, tăng 3,1% so với năm 2023; trong đó trẻ người Mông chiếm khoảng 45%.

Số trẻ mầm non người dân tộc thiểu số được tăng cường tiếng Việt
Đơn vị tính: trẻ
Đơn vị
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số
37.790
38.960
39.500
Trong đó:
Huyện Mường Nhé
5.412
5.580
5.650
Huyện Nậm Pồ
6.275
6.430
6.500
Huyện Tủa Chùa
4.018
4.105
4.150

Toàn tỉnh hiện có 2.146 giáo viên mầm non, trong đó 1.287 giáo viên là người dân tộc thiểu số, chiếm 60%. Từ năm 2021 đến nay, Sở đã phối hợp tổ chức 14 lớp bồi dưỡng tiếng Mông, tiếng Thái, vượt 2 lớp so với kế hoạch, cho 520 lượt giáo viên.

Năm 2025, ngành phấn đấu 99% trẻ mẫu giáo 5 tuổi người dân tộc thiểu số nói thạo tiếng Việt trước khi vào lớp 1.

Tin liên quan:
- Tổng kết năm học 2023-2024 bậc học mầm non
- Hướng dẫn nhiệm vụ giáo dục dân tộc năm học 2024-2025

Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Điện Biên
Địa chỉ: Số 868, đường Võ Nguyên Giáp, phường Him Lam, TP Điện Biên Phủ
Điện thoại: 0215.3825.312 | Lượt truy cập: 1.508.774
"""

Y24 = year("năm 2024", 2024)
Y25 = year("Năm 2025", 2025)
SINCE = per("Từ năm 2021 đến nay", "2021-01-01")   # no dateline: end null
COLS = {"năm 2023": (year("Năm 2023", 2023), None),
        "ước thực hiện 2024": (year("Ước thực hiện 2024", 2024), "estimate"),
        "kế hoạch 2025": (year("Kế hoạch 2025", 2025), "target")}
IND = "số trẻ mầm non người dân tộc thiểu số được tăng cường tiếng Việt"
TOTALS = {}


def cell(anchor, number, place, col, part):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    if part:
        kw["total"] = TOTALS[col]
    v = float(number.replace(".", ""))
    return fig(anchor, number, v, "count", "trẻ", subject=f"{IND} {col}", period=p, location=place, **kw)


ROWS = [("Tổng số", "Điện Biên", ["37.790", "38.960", "39.500"], False),
        ("Huyện Mường Nhé", "Mường Nhé", ["5.412", "5.580", "5.650"], True),
        ("Huyện Nậm Pồ", "Nậm Pồ", ["6.275", "6.430", "6.500"], True),
        ("Huyện Tủa Chùa", "Tủa Chùa", ["4.018", "4.105", "4.150"], True)]
CELLS = []
for label, place, nums, part in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        if not part:
            TOTALS[col] = float(n.replace(".", ""))
        CELLS.append(cell(f"{prev}\n{n}", n, place, col, part))
        prev = n

FIGS = [
    fig("cho 38.960 trẻ", "38.960", 38960, "count", "trẻ", status="estimate",
        change=chg("increase", 3.1, "%", "năm 2023"),
        subject="trẻ mầm non người dân tộc thiểu số được tăng cường tiếng Việt", period=Y24),
    fig("khoảng 45%", "45", 45, "percent", "%", approx="about", status="estimate",
        subject="trẻ người Mông", period=Y24),
] + CELLS + [
    fig("có 2.146 giáo viên", "2.146", 2146, "count", "giáo viên", subject="giáo viên mầm non"),
    fig("1.287 giáo viên", "1.287", 1287, "count", "giáo viên", total=2146, percent=60,
        subject="giáo viên là người dân tộc thiểu số"),
    fig("chức 14 lớp", "14", 14, "count", "lớp", change=chg("increase", 2, "lớp", "kế hoạch"),
        subject="lớp bồi dưỡng tiếng Mông, tiếng Thái", period=SINCE),
    fig("cho 520 lượt", "520", 520, "count", "lượt giáo viên", subject="lượt giáo viên được bồi dưỡng",
        period=SINCE),
    fig("phấn đấu 99%", "99", 99, "percent", "%", status="target",
        subject="trẻ mẫu giáo 5 tuổi người dân tộc thiểu số nói thạo tiếng Việt trước khi vào lớp 1", period=Y25),
]

NOTES = [
    "Department site (Sở GD&ĐT Điện Biên), no dateline: menu, related links, copyright footer, address, phone, 'Lượt truy cập'.",
    "Distractors: 'Kế hoạch số 1325/KH-UBND', 'lớp 1', 'trẻ mẫu giáo 5 tuổi', 'năm học 2023-2024/2024-2025' in links, 'Số 868', phone, counter.",
    "One-cell-per-line table, 'Đơn vị tính: trẻ'; columns 'Năm 2023', 'Ước thực hiện 2024' (estimate), 'Kế hoạch 2025' (target).",
    "Rows: 'Tổng số' (location Điện Biên) then 'Trong đó:' and three districts (location = district). The district cells follow the",
    "'Trong đó:' cue after the whole, same thing, same column -> total = the 'Tổng số' cell of their column (annotation choice).",
    "'ước tổ chức ... cho 38.960 trẻ ..., tăng 3,1%' -> estimate + change; 'trong đó trẻ người Mông chiếm khoảng 45%' -> percent figure, estimate.",
    "'Từ năm 2021 đến nay' with no dateline: start 2021-01-01, end null. 'vượt 2 lớp so với kế hoạch' -> change (+2 lớp, baseline kế hoạch).",
]

if __name__ == "__main__":
    write("p1406-7", TEXT, NOTES, FIGS, location="Điện Biên")
