from lib import F, P, C, T, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THANH HÓA
Tin tức - Sự kiện > Khí tượng thủy văn

Đặc điểm khí tượng, thủy văn tháng 7/2024 trên địa bàn tỉnh
Ngày đăng: 05/08/2024 | Lượt xem: 1.204

Theo Thông báo số 08/TB-ĐKTTV của Đài Khí tượng Thủy văn tỉnh Thanh Hóa, trong tháng 7/2024 nhiệt độ trung bình toàn tỉnh là 29,2°C, cao hơn trung bình nhiều năm (TBNN) khoảng 0,6°C. Nhiệt độ cao nhất tuyệt đối 39,4°C tại Như Xuân (ngày 18/7); nhiệt độ thấp nhất tuyệt đối 23,1°C tại Mường Lát (ngày 25/7). Trong tháng xuất hiện 2 đợt nắng nóng diện rộng với tổng số 9 ngày nắng nóng.

Tổng lượng mưa tháng phổ biến 180-320 mm, xấp xỉ TBNN; riêng khu vực ven biển mưa ít, như Sầm Sơn chỉ đạt 142 mm, bằng 58% TBNN. Số ngày có mưa từ 12 đến 17 ngày.

Trên các sông, mực nước biến đổi chậm. Mực nước cao nhất tháng trên sông Mã tại Giàng đạt 2,35 m (ngày 21/7), thấp hơn báo động 1 là 1,15 m; trên sông Chu tại Xuân Khánh 8,62 m, thấp hơn TBNN cùng kỳ 0,48 m.

Bảng 1. Một số đặc trưng khí tượng tháng 7/2024 tại các trạm
Trạm | Nhiệt độ trung bình (°C) | Chênh lệch so với TBNN (°C) | Tổng lượng mưa (mm) | Tỷ lệ so với TBNN (%)
Thanh Hóa | 29,6 | 0,8 | 215 | 92
Sầm Sơn | 29,8 | 0,9 | 142 | 58
Như Xuân | 29,1 | 0,5 | 318 | 109
Mường Lát | 28,4 | -0,2 | 247 | 97

Dự báo tháng 8/2024, nhiệt độ trung bình phổ biến 28-29°C; tổng lượng mưa 250-400 mm, xấp xỉ TBNN; có khả năng xuất hiện 1-2 đợt mưa lớn diện rộng. Số liệu được quan trắc theo Quy chuẩn kỹ thuật quốc gia QCVN 46:2022/BTNMT.

Mọi thông tin xin liên hệ: Phòng Dự báo, số 23 đường Hạc Thành, TP Thanh Hóa; điện thoại 0237.3852.410.
"""

M7 = P("tháng 7/2024", "2024-07-01", "2024-07-31")
M7i = P("tháng 7/2024", "2024-07-01", "2024-07-31", inh=True)
TT = P("Trong tháng", "2024-07-01", "2024-07-31")
M8 = P("tháng 8/2024", "2024-08-01", "2024-08-31")

FIGS = [
    F("toàn tỉnh là 29,2°C", "29,2", 29.2, "measure", "°C", "nhiệt độ trung bình toàn tỉnh",
      change=C("increase", 0.6, "°C", "trung bình nhiều năm (TBNN)", approx="about"), period=M7),
    F("tuyệt đối 39,4°C", "39,4", 39.4, "measure", "°C", "nhiệt độ cao nhất tuyệt đối",
      period=P("ngày 18/7", "2024-07-18", "2024-07-18"), location="Như Xuân"),
    F("tuyệt đối 23,1°C", "23,1", 23.1, "measure", "°C", "nhiệt độ thấp nhất tuyệt đối",
      period=P("ngày 25/7", "2024-07-25", "2024-07-25"), location="Mường Lát"),
    F("xuất hiện 2 đợt", "2", 2, "count", "đợt", "đợt nắng nóng diện rộng", period=TT),
    F("tổng số 9 ngày", "9", 9, "count", "ngày", "ngày nắng nóng", period=TT),
    F("phổ biến 180-320 mm", "180", 180, "measure", "mm", "tổng lượng mưa tháng", value_max=320, period=M7i),
    F("chỉ đạt 142 mm", "142", 142, "measure", "mm", "lượng mưa", percent=58, period=M7i, location="Sầm Sơn"),
    F("từ 12 đến 17 ngày", "12", 12, "count", "ngày", "số ngày có mưa", value_max=17, period=M7i),
    F("đạt 2,35 m", "2,35", 2.35, "measure", "m", "mực nước cao nhất tháng trên sông Mã tại Giàng",
      change=C("decrease", 1.15, "m", "báo động 1"), period=P("ngày 21/7", "2024-07-21", "2024-07-21")),
    F("Xuân Khánh 8,62 m", "8,62", 8.62, "measure", "m", "mực nước cao nhất tháng trên sông Chu",
      change=C("decrease", 0.48, "m", "TBNN cùng kỳ"), period=M7i),
    # table (period from the table title, a line of its own: inherited)
    F("Thanh Hóa | 29,6", "29,6", 29.6, "measure", "°C", "Nhiệt độ trung bình", period=M7i, location="Thanh Hóa"),
    F("29,6 | 0,8", "0,8", 0.8, "measure", "°C", "Chênh lệch nhiệt độ so với TBNN", period=M7i, location="Thanh Hóa"),
    F("0,8 | 215", "215", 215, "measure", "mm", "Tổng lượng mưa", period=M7i, location="Thanh Hóa"),
    F("215 | 92", "92", 92, "percent", "%", "Tỷ lệ lượng mưa so với TBNN", period=M7i, location="Thanh Hóa"),
    F("Sầm Sơn | 29,8", "29,8", 29.8, "measure", "°C", "Nhiệt độ trung bình", period=M7i, location="Sầm Sơn"),
    F("29,8 | 0,9", "0,9", 0.9, "measure", "°C", "Chênh lệch nhiệt độ so với TBNN", period=M7i, location="Sầm Sơn"),
    F("0,9 | 142", "142", 142, "measure", "mm", "Tổng lượng mưa", period=M7i, location="Sầm Sơn"),
    F("142 | 58", "58", 58, "percent", "%", "Tỷ lệ lượng mưa so với TBNN", period=M7i, location="Sầm Sơn"),
    F("Như Xuân | 29,1", "29,1", 29.1, "measure", "°C", "Nhiệt độ trung bình", period=M7i, location="Như Xuân"),
    F("29,1 | 0,5", "0,5", 0.5, "measure", "°C", "Chênh lệch nhiệt độ so với TBNN", period=M7i, location="Như Xuân"),
    F("0,5 | 318", "318", 318, "measure", "mm", "Tổng lượng mưa", period=M7i, location="Như Xuân"),
    F("318 | 109", "109", 109, "percent", "%", "Tỷ lệ lượng mưa so với TBNN", period=M7i, location="Như Xuân"),
    F("Mường Lát | 28,4", "28,4", 28.4, "measure", "°C", "Nhiệt độ trung bình", period=M7i, location="Mường Lát"),
    F("28,4 | -0,2", "-0,2", -0.2, "measure", "°C", "Chênh lệch nhiệt độ so với TBNN", period=M7i, location="Mường Lát"),
    F("-0,2 | 247", "247", 247, "measure", "mm", "Tổng lượng mưa", period=M7i, location="Mường Lát"),
    F("247 | 97", "97", 97, "percent", "%", "Tỷ lệ lượng mưa so với TBNN", period=M7i, location="Mường Lát"),
    # forecast
    F("phổ biến 28-29°C", "28", 28, "measure", "°C", "nhiệt độ trung bình", value_max=29, status="forecast", period=M8),
    F("mưa 250-400 mm", "250", 250, "measure", "mm", "tổng lượng mưa", value_max=400, status="forecast", period=M8),
    F("xuất hiện 1-2 đợt", "1", 1, "count", "đợt", "đợt mưa lớn diện rộng", value_max=2, status="forecast", period=M8),
]

HEADER = """Department site (Sở TN&MT Thanh Hóa): monthly hydro-meteorological summary, July 2024, with a flattened '|' table.
Dateline 'Ngày đăng: 05/08/2024 | Lượt xem: 1.204'. Distractors: Thông báo số 08/TB-ĐKTTV, 'Bảng 1', QCVN 46:2022/BTNMT, 'báo động 1',
address 'số 23 đường Hạc Thành', phone 0237.3852.410, view counter, bracketed dates '(ngày 18/7)'.
The bracketed date of an absolute extreme is its period (the day it was measured); the month's peak on the Chu has no date: month (inherited).
Giàng and Xuân Khánh are river stations (not districts): province location. 'xấp xỉ TBNN' carries no number.
Table: every numeric cell is a figure; station = location, column label = subject; units from the column brackets; the
'Chênh lệch so với TBNN' cells are figures of their own (a table cell is not another cell's attribute); '-0,2' = -0.2.
'Trong tháng' in a monthly report is that month (FIGURES.md), stated in its sentence.
Period of the table cells: the table title 'tháng 7/2024' (a line of its own) -> inherited."""

emit("p293-3", TEXT, FIGS, HEADER, published="2024-08-05", location="Thanh Hóa")
