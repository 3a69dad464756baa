from lib import F, P, Y, C, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH HÀ NAM
Ngày đăng: 22/02/2024 - 15:40

Làng nghề mây tre đan Hà Nam: Giá trị sản xuất năm 2023 tăng 12,7%

Năm 2023, giá trị sản xuất của các làng nghề mây tre đan trên địa bàn tỉnh Hà Nam đạt 468,3 tỷ đồng, tăng 12,7% so với năm 2022, chiếm 31,5% giá trị sản xuất công nghiệp nông thôn của tỉnh. Kim ngạch xuất khẩu đạt 16,8 triệu USD, chủ yếu sang Nhật Bản, Hàn Quốc và châu Âu.

Toàn tỉnh hiện có 13 làng nghề mây tre đan được công nhận, gồm: thị xã Duy Tiên 6 làng, huyện Thanh Liêm 4 làng và huyện Lý Nhân 3 làng. Làng nghề Ngọc Động (xã Hoàng Đông, thị xã Duy Tiên) có hơn 700 hộ làm nghề, doanh thu năm 2023 đạt khoảng 150 tỷ đồng.

Khó khăn lớn nhất hiện nay là nguyên liệu: khoảng 80% mây, giang phải nhập từ Thanh Hóa, Nghệ An và nước bạn Lào.

Một số chỉ tiêu phát triển làng nghề mây tre đan tỉnh Hà Nam
Chỉ tiêu
Đơn vị
Năm 2022
Năm 2023
Kế hoạch 2024
Làng nghề được công nhận
làng
12
13
14
Hộ tham gia sản xuất
hộ
4.850
5.120
5.300
Lao động thường xuyên
người
9.700
10.260
10.500
Giá trị sản xuất
tỷ đồng
415,6
468,3
520
Kim ngạch xuất khẩu
triệu USD
14,2
16,8
19
(Nguồn: Sở Công Thương Hà Nam)

Liên hệ: Phòng Quản lý công nghiệp, số 9 đường Trần Phú, TP Phủ Lý. ĐT: 0226.3852.601
"""

Y23 = Y(2023, "Năm 2023")
Y23I = Y(2023, "Năm 2023", inh=True)

FIGS = [
    F("năm 2023 tăng 12,7%", "12,7", 12.7, "percent", "%", "giá trị sản xuất làng nghề mây tre đan", Y(2023)),
    F("đạt 468,3 tỷ đồng", "468,3", 468.3e9, "money", "đồng", "giá trị sản xuất của các làng nghề mây tre đan", Y23,
      change=C("increase", 12.7, "%", "năm 2022"), percent=31.5),
    F("đạt 16,8 triệu USD", "16,8", 16.8e6, "money", "USD", "kim ngạch xuất khẩu", Y23I),
    F("có 13 làng", "13", 13, "count", "làng nghề mây tre đan", "làng nghề mây tre đan được công nhận"),
    F("Duy Tiên 6 làng", "6", 6, "count", "làng", "làng nghề mây tre đan được công nhận", total=13, location="Duy Tiên"),
    F("Thanh Liêm 4 làng", "4", 4, "count", "làng", "làng nghề mây tre đan được công nhận", total=13,
      location="Thanh Liêm"),
    F("Lý Nhân 3 làng", "3", 3, "count", "làng", "làng nghề mây tre đan được công nhận", total=13, location="Lý Nhân"),
    F("hơn 700 hộ", "700", 700, "count", "hộ", "hộ làm nghề làng nghề Ngọc Động", approx="over", location="Duy Tiên"),
    F("khoảng 150 tỷ đồng", "150", 150e9, "money", "đồng", "doanh thu làng nghề Ngọc Động", Y(2023),
      approx="about", location="Duy Tiên"),
    F("khoảng 80% mây", "80", 80, "percent", "%", "mây, giang phải nhập", approx="about"),
]

ROWS = [("Làng nghề được công nhận", "làng", "count", "làng", 1, ["12", "13", "14"]),
        ("Hộ tham gia sản xuất", "hộ", "count", "hộ", 1, ["4.850", "5.120", "5.300"]),
        ("Lao động thường xuyên", "người", "count", "người", 1, ["9.700", "10.260", "10.500"]),
        ("Giá trị sản xuất", "tỷ đồng", "money", "đồng", 1e9, ["415,6", "468,3", "520"]),
        ("Kim ngạch xuất khẩu", "triệu USD", "money", "USD", 1e6, ["14,2", "16,8", "19"])]
COLS = [("năm 2022", Y(2022, "Năm 2022"), None),
        ("năm 2023", Y(2023, "Năm 2023"), None),
        ("kế hoạch 2024", Y(2024, "Kế hoạch 2024"), "target")]

for label, unit_line, kind, unit, mult, cells in ROWS:
    for i, ((cname, per, status), cell) in enumerate(zip(COLS, cells)):
        anchor = label + "\n" + unit_line + "\n" + "\n".join(cells[: i + 1])
        v = float(cell.replace(".", "").replace(",", ".")) * mult
        kw = {"status": status} if status else {}
        FIGS.append(F(anchor, cell, v, kind, unit, f"{label} {cname}", per, **kw))

COMMENTS = [
    "Department site (Sở Công Thương Hà Nam), 'Ngày đăng: 22/02/2024 - 15:40': rattan-bamboo craft villages 2023, with a one-cell-per-line table.",
    "Title 'Giá trị sản xuất năm 2023 tăng 12,7%' is a growth-rate claim (percent figure, no change); in the body 12,7% is the change of 468,3 tỷ,",
    "and 'chiếm 31,5%' its percent. 'gồm: thị xã Duy Tiên 6 làng, ...' parts after the whole 13 -> total 13, each district its location.",
    "Ngọc Động is in xã Hoàng Đông, thị xã Duy Tiên -> location Duy Tiên. Source provinces of raw material are not places of the 80% figure.",
    "Table: unit and multiplier from the 'Đơn vị' cell of each row (tỷ đồng x1e9, triệu USD x1e6); period from the column header; 'Kế hoạch 2024' -> target.",
    "Distractors: phone 0226.3852.601, address 'số 9 đường Trần Phú', dateline time, commune name.",
]

if __name__ == "__main__":
    emit("p265-6", TEXT, COMMENTS, FIGS, published="2024-02-22", location="Hà Nam")
