"""p901-7: Sở Xây dựng Kiên Giang site, no dateline; lime output 2023 and limestone; one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ XÂY DỰNG TỈNH KIÊN GIANG
Trang chủ / Tin chuyên ngành / Vật liệu xây dựng
Tình hình sản xuất vôi và nguồn đá vôi nguyên liệu trên địa bàn tỉnh

Năm 2023, trên địa bàn tỉnh Kiên Giang có 11 cơ sở sản xuất vôi đang hoạt động, tập trung tại huyện Kiên Lương và thành phố Hà Tiên. Tổng sản lượng vôi đạt 318.500 tấn, giảm 4,2% so với năm 2022 do nhu cầu vôi xử lý ao nuôi tôm giảm.

Nguồn đá vôi nguyên liệu được khai thác từ 4 mỏ đã cấp phép với tổng trữ lượng khoảng 42 triệu m3, công suất khai thác được phép 1,15 triệu m3/năm. Sản lượng đá vôi khai thác năm 2023 đạt 0,86 triệu m3, bằng 74,8% công suất được phép, trong đó khoảng 55% dùng để nung vôi, phần còn lại cung cấp cho sản xuất xi măng.

Kết quả sản xuất vôi theo địa bàn
Đơn vị tính: tấn
Địa bàn
Năm 2022
Năm 2023
Kế hoạch 2024
Huyện Kiên Lương
251.400
236.900
245.000
Thành phố Hà Tiên
81.100
81.600
85.000
Tổng cộng
332.500
318.500
330.000

Năm 2024, Sở Xây dựng phấn đấu hoàn thành di dời 3 lò vôi thủ công còn lại ra khỏi khu dân cư xã Bình An (huyện Kiên Lương); khuyến khích các cơ sở đầu tư lò đứng công nghiệp, giảm tiêu hao than xuống dưới 130 kg/tấn vôi.

SỞ XÂY DỰNG TỈNH KIÊN GIANG
Địa chỉ: Số 34 Lê Lợi, phường Vĩnh Thanh Vân, TP Rạch Giá, tỉnh Kiên Giang
Điện thoại: 0297.3862.451 - Fax: 0297.3862.452
Tổng lượt truy cập: 1.384.210 | Đang trực tuyến: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở sản xuất vôi đang hoạt động", Y23),
    F("lượng vôi đạt 318.500 tấn", "318.500", 318500, "measure", "tấn", "tổng sản lượng vôi", I(Y23),
      change=C("decrease", 4.2, "%", "năm 2022")),
    F("từ 4 mỏ", "4", 4, "count", "mỏ", "mỏ đá vôi nguyên liệu đã cấp phép"),
    F("khoảng 42 triệu m3", "42", 42000000, "measure", "m3", "tổng trữ lượng đá vôi", approx="about"),
    F("được phép 1,15 triệu m3/năm", "1,15", 1150000, "measure", "m3/năm", "công suất khai thác đá vôi được phép"),
    F("đạt 0,86 triệu m3", "0,86", 860000, "measure", "m3", "sản lượng đá vôi khai thác",
      P("năm 2023", "2023-01-01", "2023-12-31"), percent=74.8),
    F("khoảng 55%", "55", 55, "percent", "%", "tỷ lệ đá vôi khai thác dùng để nung vôi",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
]
ROWS = [("Huyện Kiên Lương", "Kiên Lương", ["251.400", "236.900", "245.000"]),
        ("Thành phố Hà Tiên", "Hà Tiên", ["81.100", "81.600", "85.000"]),
        ("Tổng cộng", "Kiên Giang", ["332.500", "318.500", "330.000"])]
COLS = [("sản lượng vôi năm 2022", Y22, "actual"),
        ("sản lượng vôi năm 2023", Y23, "actual"),
        ("sản lượng vôi kế hoạch 2024", K24, "target")]
for label, loc, cells in ROWS:
    for i, ((col, per, st), cell) in enumerate(zip(COLS, cells)):
        anchor = "\n".join([label] + cells[: i + 1]) + "\n"
        kw = {"status": st} if st != "actual" else {}
        FIGS.append(F(anchor, cell, int(cell.replace(".", "")), "measure", "tấn", col, per, location=loc, **kw))
FIGS += [
    F("di dời 3 lò", "3", 3, "count", "lò", "lò vôi thủ công còn lại di dời ra khỏi khu dân cư",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target", location="Kiên Lương"),
    F("dưới 130 kg/tấn", "130", 130, "measure", "kg/tấn vôi", "tiêu hao than cho mỗi tấn vôi",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="under", status="target"),
]

COMMENTS = [
    "Sở Xây dựng Kiên Giang: no dateline (published absent); footer address, phone, fax and visitor counter are furniture.",
    "Table pasted one cell per line: Đơn vị tính: tấn; columns Năm 2022 / Năm 2023 / Kế hoạch 2024 (target); row label is the location,",
    "Tổng cộng row is Kiên Giang; table cells carry no totals or changes.",
    "'giảm 4,2% so với năm 2022' is the change of 318.500 tấn; its period 'Năm 2023' stands in the previous sentence (inherited).",
    "'bằng 74,8% công suất được phép' is the percent of 0,86 triệu m3; 'khoảng 55%' after it is a percent figure of its own.",
    "Reserves, licensed capacity and the 4 mines carry no period phrase: no period.",
    "The 3 kilns to move are in xã Bình An (huyện Kiên Lương): location Kiên Lương. 'phấn đấu' governs both clauses (target).",
    "Distractors: Số 34 Lê Lợi, phones 0297.3862.451/452, Tổng lượt truy cập: 1.384.210, Đang trực tuyến: 37.",
]

write("p901-7", TEXT, FIGS, COMMENTS, location="Kiên Giang")
