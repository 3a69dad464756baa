"""p701-7: Sở Tư pháp Điện Biên site (no dateline) — hộ tịch 2023 by district, one-cell-per-line table."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """SỞ TƯ PHÁP TỈNH ĐIỆN BIÊN
Tin hoạt động | Hộ tịch - Chứng thực

Kết quả đăng ký hộ tịch năm 2023 tại một số đơn vị cấp huyện

Năm 2023, toàn tỉnh Điện Biên đăng ký khai sinh 13.905 trường hợp, kết hôn 5.216 cặp, khai tử 3.287 trường hợp. Tỷ lệ trẻ em được đăng ký khai sinh đúng hạn đạt 94,2%, tăng 1,8 điểm phần trăm so với năm 2022. Trong số 3.287 trường hợp khai tử, có 2.466 trường hợp đăng ký đúng hạn.

Kết quả tại một số đơn vị như sau:

Đơn vị tính: trường hợp

Đơn vị
Khai sinh
Kết hôn
Khai tử
TP. Điện Biên Phủ
1.826
904
512
Mường Nhé
1.690
583
377
Tuần Giáo
1.954
812
468
Tủa Chùa
1.207
396
241
Nậm Pồ
988
274
163

Huyện Mường Nhé có tỷ lệ trẻ em đăng ký khai sinh đúng hạn thấp nhất tỉnh, chỉ đạt 81,5%. Nguyên nhân chủ yếu do địa bàn huyện rộng, nhiều bản cách trung tâm xã trên 30 km, một bộ phận người dân chưa nhận thức đầy đủ về đăng ký hộ tịch.

Tính đến ngày 31/12/2023, toàn tỉnh còn 214 trẻ em chưa được đăng ký khai sinh, giảm 35,2% so với cuối năm 2022; 130/130 xã, phường, thị trấn đã sử dụng phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung.

Năm 2024, Sở Tư pháp đề ra chỉ tiêu tỷ lệ đăng ký khai sinh đúng hạn đạt trên 96%, tỷ lệ đăng ký khai tử đúng hạn đạt 80%.

Địa chỉ: Tổ 1, phường Mường Thanh, TP. Điện Biên Phủ, tỉnh Điện Biên
Điện thoại: 0215.3825.402
Tổng số lượt truy cập: 1.204.557 | Đang trực tuyến: 38
"""

Y = per("Năm 2023", "2023-01-01", "2023-12-31")
T = inh(per("năm 2023", "2023-01-01", "2023-12-31"))
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

COLS = ("khai sinh", "kết hôn", "khai tử")
ROWS = [
    ("Điện Biên Phủ", ["Phủ\n1.826", "1.826\n904", "904\n512"], ["1.826", "904", "512"], [1826, 904, 512]),
    ("Mường Nhé", ["Nhé\n1.690", "1.690\n583", "583\n377"], ["1.690", "583", "377"], [1690, 583, 377]),
    ("Tuần Giáo", ["Giáo\n1.954", "1.954\n812", "812\n468"], ["1.954", "812", "468"], [1954, 812, 468]),
    ("Tủa Chùa", ["Chùa\n1.207", "1.207\n396", "396\n241"], ["1.207", "396", "241"], [1207, 396, 241]),
    ("Nậm Pồ", ["Pồ\n988", "988\n274", "274\n163"], ["988", "274", "163"], [988, 274, 163]),
]

FIGS = [
    fig("khai sinh 13.905 trường hợp", "13.905", 13905, "count", "trường hợp",
        subject="trường hợp đăng ký khai sinh", period=Y),
    fig("kết hôn 5.216 cặp", "5.216", 5216, "count", "cặp",
        subject="cặp đăng ký kết hôn", period=Y),
    fig("khai tử 3.287 trường hợp.", "3.287", 3287, "count", "trường hợp",
        subject="trường hợp đăng ký khai tử", period=Y),
    fig("đạt 94,2%", "94,2", 94.2, "percent", "%",
        change=chg("increase", 1.8, unit="điểm phần trăm", baseline="năm 2022"),
        subject="tỷ lệ trẻ em được đăng ký khai sinh đúng hạn", period=inh(Y)),
    fig("có 2.466 trường hợp", "2.466", 2466, "count", "trường hợp", total=3287,
        subject="trường hợp khai tử đăng ký đúng hạn", period=inh(Y)),
]
for place, anchors, nums, vals in ROWS:
    for col, a, n, v in zip(COLS, anchors, nums, vals):
        FIGS.append(fig(a, n, v, "count", "trường hợp", subject=f"đăng ký {col}", period=T, location=place))

FIGS += [
    fig("chỉ đạt 81,5%", "81,5", 81.5, "percent", "%",
        subject="tỷ lệ trẻ em đăng ký khai sinh đúng hạn", period=inh(Y), location="Mường Nhé"),
    fig("trên 30 km", "30", 30, "measure", "km", approx="over",
        subject="khoảng cách từ nhiều bản tới trung tâm xã", location="Mường Nhé"),
    fig("còn 214 trẻ em", "214", 214, "count", "trẻ em",
        change=chg("decrease", 35.2, baseline="cuối năm 2022"),
        subject="trẻ em chưa được đăng ký khai sinh",
        period=per("Tính đến ngày 31/12/2023", None, "2023-12-31")),
    fig("130/130", "130", 130, "count", "xã, phường, thị trấn", total=130,
        subject="xã, phường, thị trấn đã sử dụng phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung",
        period=per("Tính đến ngày 31/12/2023", None, "2023-12-31")),
    fig("trên 96%", "96", 96, "percent", "%", approx="over", status="target",
        subject="tỷ lệ đăng ký khai sinh đúng hạn", period=Y24),
    fig("đạt 80%", "80", 80, "percent", "%", status="target",
        subject="tỷ lệ đăng ký khai tử đúng hạn", period=Y24),
]

COMMENTS = [
    "Sở Tư pháp Điện Biên department site, no dateline (published absent); footer counter 'Tổng số lượt truy cập: 1.204.557'",
    "and 'Đang trực tuyến: 38' are page furniture. One-cell-per-line table with 'Đơn vị tính: trường hợp'.",
    "Table cells: subject = 'đăng ký' + column, location = the district row label (TP. Điện Biên Phủ, Mường Nhé, …), unit",
    "trường hợp from the Đơn vị tính line (also for the Kết hôn column), period = the title's 'năm 2023' (inherited).",
    "'tăng 1,8 điểm phần trăm so với năm 2022' is the change of the 94,2% level (unit điểm phần trăm).",
    "'Trong số 3.287 trường hợp khai tử, có 2.466' → total 3287. 'trên 30 km' is a fact about Mường Nhé's distances: a measure.",
    "'đề ra chỉ tiêu … trên 96%, … 80%' → target, period Năm 2024. Distractors: 'Tổ 1', phone 0215.3825.402, counters.",
]

if __name__ == "__main__":
    emit("p701-7", TEXT, COMMENTS, FIGS, published=None, location="Điện Biên")
