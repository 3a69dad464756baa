"""p1281-7: department site (Sở NN&PTNT Long An), no dateline: feed mills by district, one-cell-per-line table with a place column."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LONG AN
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Long An: 27 nhà máy thức ăn thủy sản, công suất gần 2 triệu tấn/năm

Long An hiện có 27 nhà máy sản xuất thức ăn thủy sản, chủ yếu tập trung tại các khu công nghiệp ở các huyện Đức Hòa, Bến Lức và Cần Giuộc; trong đó có 15 nhà máy của doanh nghiệp có vốn đầu tư nước ngoài. Năm 2024, sản lượng thức ăn thủy sản của các nhà máy ước đạt 1,36 triệu tấn. Khoảng 85% sản lượng được tiêu thụ tại các tỉnh Đồng bằng sông Cửu Long.

Năng lực sản xuất thức ăn thủy sản theo địa bàn
Địa bàn
Số nhà máy
Công suất thiết kế (nghìn tấn/năm)
Sản lượng năm 2023 (nghìn tấn)
Ước thực hiện năm 2024 (nghìn tấn)
Huyện Đức Hòa
11
820
540
575
Huyện Bến Lức
9
650
410
438
Huyện Cần Giuộc
7
480
330
347
Tổng số
27
1.950
1.280
1.360

Giá bán tại nhà máy của thức ăn cá tra thịt phổ biến 11.000-12.500 đồng/kg, thức ăn tôm thẻ 26.000-31.000 đồng/kg tùy độ đạm. Các nhà máy sử dụng khoảng 4.600 lao động, trong đó lao động nữ chiếm gần 40%.

Theo quy hoạch tỉnh, đến năm 2030 Long An thu hút thêm từ 3 đến 5 dự án sản xuất thức ăn thủy sản công nghệ cao, nâng tổng công suất lên 2,5 triệu tấn/năm.

Bài viết liên quan:
- Hướng dẫn đăng ký cơ sở sản xuất thức ăn thủy sản theo Thông tư số 04/2020/TT-BNNPTNT

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LONG AN
Địa chỉ: Số 2 Võ Văn Tần, Phường 2, TP Tân An
Điện thoại: 0272.3826.491
Lượt truy cập: 1.204.377 | Trực tuyến: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Sản lượng năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
COLS = [("số nhà máy thức ăn thủy sản", 1, "count", "nhà máy", None, None),
        ("công suất thiết kế", 1e3, "measure", "tấn/năm", None, None),
        ("sản lượng thức ăn thủy sản năm 2023", 1e3, "measure", "tấn", C23, None),
        ("sản lượng thức ăn thủy sản ước thực hiện năm 2024", 1e3, "measure", "tấn", E24, "estimate")]
ROWS = [("Huyện Đức Hòa", "Đức Hòa", ["11", "820", "540", "575"]),
        ("Huyện Bến Lức", "Bến Lức", ["9", "650", "410", "438"]),
        ("Huyện Cần Giuộc", "Cần Giuộc", ["7", "480", "330", "347"]),
        ("Tổng số", None, ["27", "1.950", "1.280", "1.360"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, mult, kind, unit, p, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if place:
            kw["location"] = place
        subj = col if place else f"tổng số {col}"
        v = float(n.replace(".", "")) * mult
        CELLS.append(fig(f"{prev}\n{n}", n, v, kind, unit, subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("Long An: 27 nhà máy", "27", 27, "count", "nhà máy", subject="nhà máy thức ăn thủy sản"),
    fig("gần 2 triệu", "2", 2e6, "measure", "tấn/năm", approx="nearly", subject="công suất"),
    fig("hiện có 27 nhà máy", "27", 27, "count", "nhà máy", subject="nhà máy sản xuất thức ăn thủy sản"),
    fig("có 15 nhà máy", "15", 15, "count", "nhà máy", total=27,
        subject="nhà máy của doanh nghiệp có vốn đầu tư nước ngoài"),
    fig("ước đạt 1,36 triệu", "1,36", 1.36e6, "measure", "tấn", status="estimate",
        subject="sản lượng thức ăn thủy sản của các nhà máy", period=Y24),
    fig("Khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="sản lượng được tiêu thụ tại các tỉnh Đồng bằng sông Cửu Long", period=inh(Y24)),
] + CELLS + [
    fig("phổ biến 11.000-12.500", "11.000", 11000, "money", "đồng/kg", value_max=12500,
        subject="giá bán tại nhà máy của thức ăn cá tra thịt"),
    fig("thẻ 26.000-31.000", "26.000", 26000, "money", "đồng/kg", value_max=31000,
        subject="giá bán tại nhà máy của thức ăn tôm thẻ"),
    fig("khoảng 4.600 lao động", "4.600", 4600, "count", "lao động", approx="about",
        subject="lao động các nhà máy sử dụng"),
    fig("chiếm gần 40%", "40", 40, "percent", "%", approx="nearly", subject="lao động nữ"),
    fig("từ 3 đến 5 dự án", "3", 3, "count", "dự án", value_max=5, status="target",
        subject="dự án sản xuất thức ăn thủy sản công nghệ cao thu hút thêm", period=T30),
    fig("lên 2,5 triệu", "2,5", 2.5e6, "measure", "tấn/năm", status="target",
        subject="tổng công suất", period=T30),
]

NOTES = [
    "Department site (Sở NN&PTNT Long An), no dateline: menu, related link, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: Thông tư số 04/2020/TT-BNNPTNT, 'Số 2 Võ Văn Tần, Phường 2', phone 0272.3826.491, counters 1.204.377 and 52.",
    "Headline '27 nhà máy ..., công suất gần 2 triệu tấn/năm' gives two figures; the body restates 27 as a figure of its own sentence.",
    "'; trong đó có 15 nhà máy' → total 27. 'Khoảng 85% sản lượng ...' is its own sentence: percent figure, period inherited.",
    "One-cell-per-line table with a place column: a district row label goes to location (Đức Hòa, Bến Lức, Cần Giuộc), the Tổng số row",
    "stays Long An; subject = column label (+ 'tổng số'); units and multiplier from the headers (nghìn tấn/năm, nghìn tấn);",
    "period from the headers 'Sản lượng năm 2023' / 'Ước thực hiện năm 2024' (estimate); the mill counts and capacities have none.",
    "Prices 'phổ biến' have no period. 'trong đó lao động nữ chiếm gần 40%' is a percent figure of its own.",
    "'đến năm 2030 ... thu hút thêm / nâng ... lên' (quy hoạch) → target, start null, end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1281-7", TEXT, NOTES, FIGS, location="Long An")
