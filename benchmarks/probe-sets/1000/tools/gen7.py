"""p1000-7: department site (Đài KTTV tỉnh Bình Định), no dateline — November 2023 summary, one-cell-per-line table."""
from lib import F, P, I, C, write

TEXT = """ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH BÌNH ĐỊNH
Trang chủ / Tin tức / Tình hình khí tượng thủy văn

Tổng kết tình hình khí tượng thủy văn tháng 11/2023

Trong tháng 11/2023, trên địa bàn tỉnh xảy ra 3 đợt mưa vừa, mưa to đến rất to (ngày 2-5/11, 13-16/11 và 24-26/11). Tổng lượng mưa tháng phổ biến 350-550 mm, cao hơn trung bình nhiều năm (TBNN) khoảng 15%. Lượng mưa ngày lớn nhất đạt 218,6 mm tại trạm Hoài Nhơn ngày 15/11.

Mưa lớn gây lũ trên các sông Lại Giang, Kôn, Hà Thanh. Đỉnh lũ sông Kôn tại trạm Thạnh Hòa đạt 8,12 m (ngày 15/11), vượt mức báo động 3 là 0,12 m; khoảng 1.500 ha lúa và hoa màu bị ngập úng.

Trong tháng, Đài đã phát hành 62 bản tin dự báo, cảnh báo, trong đó 9 bản tin cảnh báo lũ khẩn cấp và 14 bản tin cảnh báo mưa lớn. Số liệu của 96/104 trạm đo mưa tự động được truyền về liên tục trong suốt các đợt mưa.

Lượng mưa tháng 11 tại một số trạm
Đơn vị tính: mm
Trạm
Tháng 11/2023
Tháng 11/2022
TBNN
Quy Nhơn
512,6
298,4
468,0
Hoài Nhơn
547,3
402,7
501,5
An Nhơn
438,9
256,1
421,2
Vân Canh
476,5
311,8
452,3
An Lão
531,2
389,6
495,7

Dự báo tháng 12/2023, tổng lượng mưa phổ biến 150-250 mm, thấp hơn TBNN khoảng 10%; nhiệt độ trung bình 23-24 độ C.

ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH BÌNH ĐỊNH
Địa chỉ: Số 175 Trần Hưng Đạo, TP Quy Nhơn, Bình Định
Điện thoại: 0256.3891.246 - Fax: 0256.3891.247
Tổng lượt truy cập: 1.308.452 | Đang trực tuyến: 37
"""

N23 = P("Tháng 11/2023", "2023-11-01", "2023-11-30")
N22 = P("Tháng 11/2022", "2022-11-01", "2022-11-30")
IN_MONTH = P("Trong tháng", "2023-11-01", "2023-11-30")
D12 = P("tháng 12/2023", "2023-12-01", "2023-12-31")
D15 = P("ngày 15/11", "2023-11-15", "2023-11-15")

FIGS = [
    F("xảy ra 3 đợt", "3", 3, "count", "đợt mưa", "đợt mưa vừa, mưa to đến rất to",
      P("Trong tháng 11/2023", "2023-11-01", "2023-11-30")),
    F("phổ biến 350-550 mm", "350", 350, "measure", "mm", "tổng lượng mưa tháng", I(N23), value_max=550,
      change=C("increase", 15, "%", "trung bình nhiều năm (TBNN)", approx="about")),
    F("đạt 218,6 mm", "218,6", 218.6, "measure", "mm", "lượng mưa ngày lớn nhất tại trạm Hoài Nhơn", D15, location="Hoài Nhơn"),
    F("đạt 8,12 m", "8,12", 8.12, "measure", "m", "đỉnh lũ sông Kôn tại trạm Thạnh Hòa", D15,
      change=C("increase", 0.12, "m", "mức báo động 3")),
    F("khoảng 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích lúa và hoa màu bị ngập úng", approx="about"),
    F("phát hành 62 bản tin", "62", 62, "count", "bản tin", "bản tin dự báo, cảnh báo Đài phát hành", IN_MONTH),
    F("trong đó 9 bản tin", "9", 9, "count", "bản tin", "bản tin cảnh báo lũ khẩn cấp", IN_MONTH, total=62),
    F("và 14 bản tin", "14", 14, "count", "bản tin", "bản tin cảnh báo mưa lớn", IN_MONTH, total=62),
    F("của 96/104 trạm", "96", 96, "count", "trạm", "trạm đo mưa tự động có số liệu truyền về liên tục", I(IN_MONTH), total=104),
]
ROWS = [("Quy Nhơn", "512,6", "298,4", "468,0"), ("Hoài Nhơn", "547,3", "402,7", "501,5"),
        ("An Nhơn", "438,9", "256,1", "421,2"), ("Vân Canh", "476,5", "311,8", "452,3"),
        ("An Lão", "531,2", "389,6", "495,7")]
for place, a, b, c in ROWS:
    v = lambda s: float(s.replace(",", "."))
    FIGS.append(F(f"\n{a}\n", a, v(a), "measure", "mm", "lượng mưa tháng 11/2023", N23, location=place))
    FIGS.append(F(f"\n{b}\n", b, v(b), "measure", "mm", "lượng mưa tháng 11/2022", N22, location=place))
    FIGS.append(F(f"\n{c}\n", c, v(c), "measure", "mm", "lượng mưa tháng 11 trung bình nhiều năm (TBNN)", location=place))
FIGS += [
    F("phổ biến 150-250 mm", "150", 150, "measure", "mm", "tổng lượng mưa tháng 12/2023", D12, value_max=250,
      status="forecast", change=C("decrease", 10, "%", "TBNN", approx="about")),
    F("trung bình 23-24 độ C", "23", 23, "measure", "độ C", "nhiệt độ trung bình tháng 12/2023", D12, value_max=24,
      status="forecast"),
]

COMMENTS = [
    "Department site (Đài KTTV tỉnh Bình Định), no dateline: November 2023 summary with a one-cell-per-line table (Đơn vị tính: mm).",
    "Not figures: rain-event dates '(ngày 2-5/11, 13-16/11 và 24-26/11)', 'báo động 3', address 'Số 175 Trần Hưng Đạo', phone and fax,",
    "'Tổng lượt truy cập: 1.308.452', 'Đang trực tuyến: 37'. No published date.",
    "Table: station rows named after towns/districts (Quy Nhơn, Hoài Nhơn, An Nhơn, Vân Canh, An Lão) -> location; column header gives period",
    "(Tháng 11/2023, Tháng 11/2022; the TBNN column is a multi-year mean: no period). Thạnh Hòa (a station, district not named) stays Bình Định.",
    "'Trong tháng' in a monthly report = 11/2023. 'cao hơn TBNN khoảng 15%' / 'thấp hơn TBNN khoảng 10%' are changes of the rainfall ranges.",
    "'Dự báo tháng 12/2023' governs the whole sentence (rainfall and temperature, forecast).",
]

write("p1000-7", TEXT, FIGS, COMMENTS, location="Bình Định")
