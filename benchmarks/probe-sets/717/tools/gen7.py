from lib import F, P, I, CH, TG, emit, line_anchor, table_cells

ROWS = [
    ("Quận 1", "Quận 1", ["42", "45", "47"]),
    ("Quận 7", "Quận 7", ["38", "41", "52"]),
    ("TP. Thủ Đức", "Thủ Đức", ["55", "63", "71"]),
    ("Quận Tân Bình", "Tân Bình", ["29", "29", "34"]),
    ("Quận Gò Vấp", "Gò Vấp", ["18", "24", "26"]),
    ("Toàn thành phố", "TP. Hồ Chí Minh", ["352", "379", "412"]),
]

TABLE = "\n".join(["Đơn vị tính: phòng chiếu", "Quận, huyện", "Năm 2021", "Năm 2022", "Năm 2023"]
                  + [x for label, _, cells in ROWS for x in [label] + cells])

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO THÀNH PHỐ HỒ CHÍ MINH
Trang chủ › Văn hóa › Điện ảnh
Hệ thống rạp chiếu phim trên địa bàn thành phố tăng nhanh

Năm 2023, TP. Hồ Chí Minh có 412 phòng chiếu phim thuộc 71 cụm rạp, tăng 33 phòng so với năm 2022; bình quân đạt 4,4 phòng chiếu/10 vạn dân, cao nhất cả nước. Doanh thu phòng vé của thành phố ước đạt 1.650 tỷ đồng, chiếm khoảng 39% doanh thu cả nước. Lượt khán giả đến rạp đạt 19,5 triệu lượt.

Trong năm, có 7 cụm rạp mới đi vào hoạt động với tổng vốn đầu tư khoảng 640 tỷ đồng; cụm rạp lớn nhất tại TP. Thủ Đức có 16 phòng chiếu và 2.650 ghế. Giá vé bình quân 92.000 đồng/vé, cao hơn bình quân cả nước khoảng 8.000 đồng/vé.

Số phòng chiếu phim tại một số quận, huyện giai đoạn 2021-2023 như sau:

""" + TABLE + """

Riêng huyện Cần Giờ và huyện Củ Chi hiện chưa có rạp chiếu phim thương mại; người dân chủ yếu xem phim qua các buổi chiếu phim lưu động. Thành phố phấn đấu đến năm 2025 mỗi huyện có ít nhất 1 cụm rạp.

Nguồn: Phòng Quản lý Văn hóa.\nĐịa chỉ: Số 164 Đồng Khởi, phường Bến Nghé, Quận 1. Điện thoại: (028) 3829 5900.
Lượt truy cập: 1.284.560
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [P("Năm 2021", "2021-01-01", "2021-12-31"), P("Năm 2022", "2022-01-01", "2022-12-31"),
        P("Năm 2023", "2023-01-01", "2023-12-31")]

FIGS = [
    F("có 412 phòng chiếu", "412", 412, "count", "phòng chiếu", "phòng chiếu phim", Y23,
      change=CH("increase", 33, "phòng", baseline="năm 2022")),
    F("thuộc 71 cụm rạp", "71", 71, "count", "cụm rạp", "cụm rạp", Y23),
    F("đạt 4,4 phòng chiếu", "4,4", 4.4, "measure", "phòng chiếu/10 vạn dân", "phòng chiếu bình quân trên 10 vạn dân",
      Y23),
    F("ước đạt 1.650 tỷ đồng", "1.650", 1.65e12, "money", "đồng", "doanh thu phòng vé của thành phố", I(Y23),
      percent=39, status="estimate"),
    F("đạt 19,5 triệu lượt", "19,5", 19.5e6, "count", "lượt", "lượt khán giả đến rạp", I(Y23)),
    F("có 7 cụm rạp", "7", 7, "count", "cụm rạp", "cụm rạp mới đi vào hoạt động", P("Trong năm", inh=True)),
    F("khoảng 640 tỷ đồng", "640", 640e9, "money", "đồng", "tổng vốn đầu tư cụm rạp mới", P("Trong năm", inh=True),
      approx="about"),
    F("có 16 phòng chiếu", "16", 16, "count", "phòng chiếu", "phòng chiếu của cụm rạp lớn nhất", location="Thủ Đức"),
    F("2.650 ghế", "2.650", 2650, "count", "ghế", "ghế của cụm rạp lớn nhất", location="Thủ Đức"),
    F("92.000 đồng/vé", "92.000", 92000, "money", "đồng/vé", "giá vé bình quân", P("Trong năm", inh=True),
      change=CH("increase", 8000, "đồng/vé", baseline="bình quân cả nước", approx="about")),
]


LINES = TABLE.split("\n")
OFFS = table_cells(TEXT, LINES)
k = 5
for label, loc, cells in ROWS:
    k += 1  # row label line
    for i, (num, per) in enumerate(zip(cells, COLS)):
        anchor = line_anchor(TEXT, OFFS[k], num)
        k += 1
        FIGS.append(F(anchor, num, float(num), "count", "phòng chiếu", f"số phòng chiếu phim {per['text'].lower()}",
                      per, location=loc))

FIGS.append(F("ít nhất 1 cụm rạp", "1", 1, "count", "cụm rạp", "cụm rạp mỗi huyện",
              P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"))

COMMENTS = [
    "Probe 717-7: department site (Sở Văn hóa và Thể thao TP. Hồ Chí Minh), no dateline, visit counter in the footer.",
    "One-cell-per-line table with 'Đơn vị tính: phòng chiếu', columns Năm 2021 / 2022 / 2023, rows by district: every cell a",
    "figure, the district (Quận 1, Quận 7, Thủ Đức, Tân Bình, Gò Vấp) is its location; 'Toàn thành phố' is TP. Hồ Chí Minh;",
    "periods from the column headers. 'Quận 1', 'Quận 7' are names, not figures.",
    "'4,4 phòng chiếu/10 vạn dân' is a rate (measure, denominator in the unit). 'chiếm khoảng 39%' is the share of 1.650 tỷ.",
    "Cell anchors start at the cell and run over following lines until unique (the number is the anchor's first number).",
    "Distractors: Quận 1 / Quận 7 labels, giai đoạn 2021-2023, Số 164 Đồng Khởi, (028) 3829 5900, Lượt truy cập 1.284.560.",
]

if __name__ == "__main__":
    emit("p717-7", TEXT, COMMENTS, FIGS, published=None, location="TP. Hồ Chí Minh")
