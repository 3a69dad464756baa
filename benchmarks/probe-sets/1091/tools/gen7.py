"""p1091-7: Sở VHTTDL An Giang department site (no dateline), foreign arrivals 2024 by market, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH AN GIANG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Khách quốc tế đến An Giang năm 2024 tăng mạnh qua các cửa khẩu

Năm 2024, An Giang đón 412.600 lượt khách quốc tế, tăng 31,4% so với năm 2023; trong đó khách đến qua Cửa khẩu quốc tế Tịnh Biên và Vĩnh Xương đạt 268.900 lượt, chiếm 65,2%. Khách quốc tế lưu trú đạt 96.300 lượt, thời gian lưu trú bình quân 1,6 ngày.

Qua cửa khẩu Vĩnh Xương có 1.120 lượt tàu du lịch đường sông từ Campuchia cập bến, chở khoảng 38.500 lượt khách. Chi tiêu bình quân của khách quốc tế khoảng 1,9 triệu đồng/người/ngày; tổng thu từ khách quốc tế ước đạt 785 tỷ đồng, chiếm 12,4% tổng thu du lịch. Toàn tỉnh hiện có 15 khách sạn đạt chuẩn từ 3 sao trở lên.

Khách quốc tế đến An Giang theo thị trường
Đơn vị tính: lượt khách
Thị trường
Năm 2023
Năm 2024
Tăng (%)
Campuchia
142.800
171.500
20,1
Thái Lan
38.600
52.300
35,5
Pháp
21.400
27.900
30,4
Khác
111.200
160.900
44,7
Tổng số
314.000
412.600
31,4

Năm 2025, ngành phấn đấu đón 460.000 lượt khách quốc tế, thu hút thêm khách từ Hàn Quốc qua đường bay thẳng đến Cần Thơ.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH AN GIANG
Địa chỉ: số 15 Tôn Đức Thắng, phường Mỹ Bình, TP. Long Xuyên, tỉnh An Giang
Điện thoại: 0296.3852.478 - Fax: 0296.3841.263
Tổng lượt truy cập: 1.284.519
"""

PY = P("Năm 2024", "2024-01-01", "2024-12-31")
P23 = P("Năm 2023", "2023-01-01", "2023-12-31")


def cell(anchor, number, value, market, col, period=None, kind="count", unit="lượt khách"):
    return F(anchor, number, value, kind, unit, f"{market} {col}", period)


FIGS = [
    F("đón 412.600 lượt", "412.600", 412600, "count", "lượt khách", "khách quốc tế", PY,
      change=C("increase", 31.4, baseline="năm 2023")),
    F("đạt 268.900 lượt", "268.900", 268900, "count", "lượt",
      "khách quốc tế đến qua Cửa khẩu quốc tế Tịnh Biên và Vĩnh Xương", PY, total=412600, percent=65.2),
    F("đạt 96.300 lượt", "96.300", 96300, "count", "lượt", "khách quốc tế lưu trú", I(PY)),
    F("bình quân 1,6 ngày", "1,6", 1.6, "measure", "ngày", "thời gian lưu trú bình quân của khách quốc tế", I(PY)),
    F("có 1.120 lượt tàu", "1.120", 1120, "count", "lượt tàu", "tàu du lịch đường sông từ Campuchia cập bến cửa khẩu Vĩnh Xương", I(PY)),
    F("khoảng 38.500 lượt", "38.500", 38500, "count", "lượt khách", "khách đi tàu du lịch đường sông qua cửa khẩu Vĩnh Xương", I(PY),
      approx="about"),
    F("khoảng 1,9 triệu đồng", "1,9", 1_900_000, "money", "đồng/người/ngày", "chi tiêu bình quân của khách quốc tế", approx="about"),
    F("ước đạt 785 tỷ đồng", "785", 785_000_000_000, "money", "đồng", "tổng thu từ khách quốc tế", I(PY),
      percent=12.4, status="estimate"),
    F("có 15 khách sạn", "15", 15, "count", "khách sạn", "khách sạn đạt chuẩn từ 3 sao trở lên"),
    F("từ 3 sao trở lên", "3", 3, "measure", "sao", "hạng khách sạn", approx="at_least", optional=True),
    cell("Campuchia\n142.800", "142.800", 142800, "Campuchia", "năm 2023", P23),
    cell("142.800\n171.500", "171.500", 171500, "Campuchia", "năm 2024", PY),
    cell("171.500\n20,1", "20,1", 20.1, "Campuchia", "tăng (%)", kind="percent", unit="%"),
    cell("Thái Lan\n38.600", "38.600", 38600, "Thái Lan", "năm 2023", P23),
    cell("38.600\n52.300", "52.300", 52300, "Thái Lan", "năm 2024", PY),
    cell("52.300\n35,5", "35,5", 35.5, "Thái Lan", "tăng (%)", kind="percent", unit="%"),
    cell("Pháp\n21.400", "21.400", 21400, "Pháp", "năm 2023", P23),
    cell("21.400\n27.900", "27.900", 27900, "Pháp", "năm 2024", PY),
    cell("27.900\n30,4", "30,4", 30.4, "Pháp", "tăng (%)", kind="percent", unit="%"),
    cell("Khác\n111.200", "111.200", 111200, "Khác", "năm 2023", P23),
    cell("111.200\n160.900", "160.900", 160900, "Khác", "năm 2024", PY),
    cell("160.900\n44,7", "44,7", 44.7, "Khác", "tăng (%)", kind="percent", unit="%"),
    F("Tổng số\n314.000", "314.000", 314000, "count", "lượt khách", "Tổng số năm 2023", P23),
    F("314.000\n412.600", "412.600", 412600, "count", "lượt khách", "Tổng số năm 2024", PY),
    F("412.600\n31,4", "31,4", 31.4, "percent", "%", "Tổng số tăng (%)"),
    F("đón 460.000 lượt", "460.000", 460000, "count", "lượt khách", "khách quốc tế",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

NOTES = [
    "Department site (Sở VHTTDL An Giang), no dateline; footer with address, phone, fax and 'Tổng lượt truy cập: 1.284.519': foreign arrivals 2024 by market.",
    "Distractors: menu, 'số 15 Tôn Đức Thắng', 'TP. Long Xuyên', phone/fax, visit counter. Cần Thơ (flight destination) and Campuchia (origin) are not places of the figures.",
    "One-cell-per-line table (Đơn vị tính: lượt khách): every numeric cell is a figure; subject = row label + column label (FIGURES.md); periods from the column headers",
    "revised after the first run: table subjects had the table title prefixed ('khách quốc tế thị trường Campuchia ...'), now the literal labels ('Campuchia năm 2023', 'Campuchia tăng (%)').",
    "'Năm 2023'/'Năm 2024' (scored); the 'Tăng (%)' column is a percent figure per row (growth rate standing alone, no period header). 'Tổng số' row cells are figures, cells get no totals.",
    "Text figures: the 'trong đó' part (268.900) gets total 412.600 and percent 65,2. No 'published' (no dateline).",
]

write("p1091-7", TEXT, FIGS, NOTES, location="An Giang")
