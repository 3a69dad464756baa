"""p1091-3: UBND tỉnh Lào Cai formal report, foreign arrivals through border gates, H1 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH LÀO CAI
Số: 318/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lào Cai, ngày 12 tháng 7 năm 2023

BÁO CÁO
Tình hình khách quốc tế qua các cửa khẩu 6 tháng đầu năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Khách quốc tế
Sau khi Trung Quốc mở lại hoạt động du lịch từ ngày 08/01/2023, hoạt động xuất nhập cảnh qua các cửa khẩu phục hồi nhanh. 6 tháng đầu năm 2023, tổng số khách quốc tế đến Lào Cai ước đạt 241.500 lượt, tăng 4,6 lần so với cùng kỳ năm 2022, bằng 62% cùng kỳ năm 2019; trong đó khách vào qua cửa khẩu đường bộ, đường sắt 198.300 lượt, chiếm 82,1%.

2. Người xuất nhập cảnh qua các cửa khẩu
Đơn vị tính: lượt người
Cửa khẩu | Xuất cảnh | Nhập cảnh | Tổng số
Cửa khẩu quốc tế đường bộ số II Kim Thành | 88.460 | 90.120 | 178.580
Cửa khẩu quốc tế Lào Cai | 41.230 | 39.870 | 81.100
Ga đường sắt quốc tế Lào Cai | 5.640 | 5.910 | 11.550
Tổng cộng | 135.330 | 135.900 | 271.230

Công an tỉnh đã kiểm soát 3.816 lượt người nước ngoài nhập cảnh bằng thị thực điện tử, tăng 57% so với cùng kỳ, và 1.240 đoàn khách du lịch Trung Quốc.

3. Doanh thu
Chi tiêu bình quân của khách quốc tế ước khoảng 2,1 triệu đồng/lượt khách; tổng thu từ khách quốc tế ước đạt 507 tỷ đồng, chiếm 9,8% tổng thu du lịch.

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
Phấn đấu cả năm 2023 đón 550.000 lượt khách quốc tế; dự kiến khôi phục tàu liên vận Hà Nội - Lào Cai - Côn Minh với 2 chuyến/tuần.

Nơi nhận: Bộ VHTTDL; TT Tỉnh ủy; Lưu: VT.
"""

P6 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
I6 = I(P6)
KT = "Cửa khẩu quốc tế đường bộ số II Kim Thành"
LC = "Cửa khẩu quốc tế Lào Cai"
GA = "Ga đường sắt quốc tế Lào Cai"


def cell(anchor, number, value, what):
    return F(anchor, number, value, "count", "lượt người", what, I6)


FIGS = [
    F("ước đạt 241.500 lượt", "241.500", 241500, "count", "lượt", "tổng số khách quốc tế đến Lào Cai", P6,
      change=C("increase", 4.6, unit="lần", baseline="cùng kỳ năm 2022"), percent=62, status="estimate"),
    F("đường sắt 198.300 lượt", "198.300", 198300, "count", "lượt", "khách quốc tế vào qua cửa khẩu đường bộ, đường sắt", P6,
      total=241500, percent=82.1, status="estimate"),
    cell("| 88.460 |", "88.460", 88460, f"{KT} xuất cảnh"),
    cell("| 90.120 |", "90.120", 90120, f"{KT} nhập cảnh"),
    cell("| 178.580", "178.580", 178580, f"{KT} tổng số"),
    cell("| 41.230 |", "41.230", 41230, f"{LC} xuất cảnh"),
    cell("| 39.870 |", "39.870", 39870, f"{LC} nhập cảnh"),
    cell("| 81.100", "81.100", 81100, f"{LC} tổng số"),
    cell("| 5.640 |", "5.640", 5640, f"{GA} xuất cảnh"),
    cell("| 5.910 |", "5.910", 5910, f"{GA} nhập cảnh"),
    cell("| 11.550", "11.550", 11550, f"{GA} tổng số"),
    cell("| 135.330 |", "135.330", 135330, "Tổng cộng xuất cảnh"),
    cell("| 135.900 |", "135.900", 135900, "Tổng cộng nhập cảnh"),
    cell("| 271.230", "271.230", 271230, "Tổng cộng tổng số"),
    F("kiểm soát 3.816 lượt", "3.816", 3816, "count", "lượt người", "người nước ngoài nhập cảnh bằng thị thực điện tử", I6,
      change=C("increase", 57, baseline="cùng kỳ")),
    F("và 1.240 đoàn", "1.240", 1240, "count", "đoàn", "đoàn khách du lịch Trung Quốc", I6),
    F("ước khoảng 2,1 triệu đồng/lượt khách", "2,1", 2_100_000, "money", "đồng/lượt khách",
      "chi tiêu bình quân của khách quốc tế", I6, approx="about", status="estimate"),
    F("ước đạt 507 tỷ đồng", "507", 507_000_000_000, "money", "đồng", "tổng thu từ khách quốc tế", I6,
      percent=9.8, status="estimate"),
    F("đón 550.000 lượt", "550.000", 550000, "count", "lượt khách", "khách quốc tế",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), status="target"),
    F("với 2 chuyến/tuần", "2", 2, "measure", "chuyến/tuần", "tàu liên vận Hà Nội - Lào Cai - Côn Minh",
      I(P("6 tháng cuối năm", "2023-07-01", "2023-12-31")), status="forecast"),
]

NOTES = [
    "Formal report (UBND tỉnh Lào Cai, Số: 318/BC-UBND, 12/7/2023): foreign arrivals and border crossings, H1 2023, flattened '|' table.",
    "Distractors: 'Số: 318/BC-UBND', date line, section numbers I./II./1./2./3., 'từ ngày 08/01/2023', 'số II' in the gate's name, 'Hà Nội - Lào Cai - Côn Minh', 'Lưu: VT'.",
    "Table: every numeric cell is a figure (unit 'lượt người' from 'Đơn vị tính'); subject = row label + column label as FIGURES.md says (the gates are not admin places);",
    "revised after the first run: table subjects were paraphrases ('người xuất cảnh qua <gate>'), now the literal row + column labels ('<gate> xuất cảnh', 'Tổng cộng tổng số').",
    "its period stands only in the report title above the table, so inherited. The 'Tổng cộng' row is a figure of its own; cells get no totals.",
    "'tăng 4,6 lần so với cùng kỳ năm 2022' is the change (unit lần), 'bằng 62% cùng kỳ năm 2019' the percent of 241.500; the 'trong đó' part continues the 'ước đạt' clause (estimate).",
    "'ước khoảng' = estimate + about. The 2 trains a week stand under heading 'PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM' and 'dự kiến': forecast, inherited period.",
]

write("p1091-3", TEXT, FIGS, NOTES, published="2023-07-12", location="Lào Cai")
