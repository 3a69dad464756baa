"""p1075-7: department site (Sở Công Thương Hà Nam), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HÀ NAM
Trang chủ > Khuyến công > Tin hoạt động

Khuyến công tiếp sức làng nghề chế tác đá mỹ nghệ

Trên địa bàn tỉnh Hà Nam hiện có 4 làng nghề chế tác đá mỹ nghệ được UBND tỉnh công nhận, tập trung tại huyện Thanh Liêm (3 làng) và huyện Kim Bảng (1 làng). Năm 2023, các làng nghề có 286 cơ sở sản xuất, thu hút 1.940 lao động; giá trị sản xuất đạt 245,8 tỷ đồng, tăng 7,3% so với năm 2022.

Từ năm 2021 đến nay, chương trình khuyến công đã hỗ trợ 2,6 tỷ đồng cho 31 cơ sở đầu tư máy cắt CNC, máy phun sương dập bụi; tổ chức 6 lớp đào tạo nghề cho 180 lao động. Nhờ đổi mới thiết bị, năng suất chế tác tăng 25-30%, lượng bụi phát tán giảm khoảng 60%.

Giá trị sản xuất làng nghề chế tác đá mỹ nghệ theo nhóm sản phẩm
Đơn vị tính: tỷ đồng
Nhóm sản phẩm
Năm 2022
Năm 2023
Kế hoạch 2024
Tượng, phù điêu
96,5
104,7
112,0
Đồ thờ, lăng mộ
88,2
92,4
98,0
Đá trang trí, xây dựng
44,4
48,7
55,0
Tổng cộng
229,1
245,8
265,0

Năm 2024, Sở Công Thương đặt mục tiêu giá trị sản xuất các làng nghề đạt 265 tỷ đồng, 100% cơ sở có thiết bị giảm bụi.

SỞ CÔNG THƯƠNG TỈNH HÀ NAM
Địa chỉ: Số 108 đường Lê Hoàn, phường Quang Trung, TP Phủ Lý, tỉnh Hà Nam
Điện thoại: 0226.3852.436 - Email: sct@hanam.gov.vn
Lượt truy cập: 1.284.557
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
S21 = P("Từ năm 2021 đến nay", "2021-01-01", None)
COLS = (P("Năm 2022", "2022-01-01", "2022-12-31"), P("Năm 2023", "2023-01-01", "2023-12-31"),
        P("Kế hoạch 2024", "2024-01-01", "2024-12-31"))
SUBJ = "giá trị sản xuất"


def row(label, numbers):
    out = []
    for number, per, st in zip(numbers, COLS, ("actual", "actual", "target")):
        kw = {"status": st} if st != "actual" else {}
        out.append(F(f"\n{number}\n", number, float(number.replace(",", ".")) * 1e9, "money", "đồng",
                     f"{SUBJ} {label} {per['text'][0].lower() + per['text'][1:]}", per, **kw))
    return out


FIGS = [
    F("có 4 làng nghề", "4", 4, "count", "làng nghề", "làng nghề chế tác đá mỹ nghệ được UBND tỉnh công nhận"),
    F("(3 làng)", "3", 3, "count", "làng", "làng nghề chế tác đá mỹ nghệ được công nhận", total=4,
      location="Thanh Liêm"),
    F("(1 làng)", "1", 1, "count", "làng", "làng nghề chế tác đá mỹ nghệ được công nhận", total=4,
      location="Kim Bảng"),
    F("có 286 cơ sở", "286", 286, "count", "cơ sở", "cơ sở sản xuất của các làng nghề", Y23),
    F("thu hút 1.940 lao động", "1.940", 1940, "count", "lao động", "lao động các làng nghề", Y23),
    F("đạt 245,8 tỷ đồng", "245,8", 245.8e9, "money", "đồng", "giá trị sản xuất các làng nghề", Y23,
      change=C("increase", 7.3, "%", "năm 2022")),
    F("hỗ trợ 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "kinh phí khuyến công hỗ trợ", S21),
    F("cho 31 cơ sở", "31", 31, "count", "cơ sở", "cơ sở được hỗ trợ đầu tư máy cắt CNC, máy phun sương", S21),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp", "lớp đào tạo nghề", S21),
    F("cho 180 lao động", "180", 180, "count", "lao động", "lao động được đào tạo nghề", S21),
    F("tăng 25-30%", "25", 25, "percent", "%", "năng suất chế tác tăng", I(S21), value_max=30),
    F("giảm khoảng 60%", "60", 60, "percent", "%", "lượng bụi phát tán giảm", I(S21), approx="about"),
]
FIGS += row("tượng, phù điêu", ["96,5", "104,7", "112,0"])
FIGS += row("đồ thờ, lăng mộ", ["88,2", "92,4", "98,0"])
FIGS += row("đá trang trí, xây dựng", ["44,4", "48,7", "55,0"])
FIGS += row("tổng cộng", ["229,1", "245,8", "265,0"])
FIGS += [
    F("đạt 265 tỷ đồng", "265", 265e9, "money", "đồng", "giá trị sản xuất các làng nghề",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở có thiết bị giảm bụi",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Invented department-site article (Sở Công Thương Hà Nam): khuyến công for stone-carving villages; no dateline (no published).",
    "'(3 làng)', '(1 làng)' are a bracketed breakdown of the 4 villages that adds up: total 4, location the district.",
    "'Từ năm 2021 đến nay' without a dateline: start 2021-01-01, end null. Growth rates without a base ('tăng 25-30%', 'giảm khoảng 60%') are percent figures.",
    "Table pasted one cell per line: unit from 'Đơn vị tính: tỷ đồng', period/status from the column headers (Kế hoạch 2024 -> target); subject = indicator (table title) + row label + column label (FIGURES.md Tables).",
    "Distractors: breadcrumb, footer 'Số 108 đường Lê Hoàn', phone '0226.3852.436', 'Lượt truy cập: 1.284.557'.",
    "revised: table-cell subjects now add the column label (FIGURES.md Tables: row label + column label); was indicator + row label only.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, COMMENTS, published=None, location="Hà Nam")
