from lib import F, P, I, CH, TG, emit

ROWS = [("TP. Thanh Hóa", "21", "29", "12"),
        ("Như Xuân", "35", "44", "19"),
        ("Yên Định", "27", "36", "15"),
        ("Quan Hóa", "30", "38", "17")]
HEAD = ["Trạm", "Năm 2022", "Năm 2023", "5 tháng năm 2024"]
table = "\n".join(HEAD + [c for r in ROWS for c in r])

TEXT = """ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH THANH HÓA
Trang chủ | Giới thiệu | Tin tức | Dự báo | Liên hệ

Tình hình nắng nóng và nhu cầu sử dụng điện trên địa bàn tỉnh

Năm 2023, trên địa bàn tỉnh Thanh Hóa xảy ra 9 đợt nắng nóng, trong đó có 4 đợt nắng nóng gay gắt và 2 đợt nắng nóng đặc biệt gay gắt. Nhiệt độ cao nhất tuyệt đối 41,8 độ C đo được tại trạm Như Xuân ngày 7/5/2023. 5 tháng đầu năm 2024 đã xảy ra 5 đợt nắng nóng, nhiều hơn 2 đợt so với cùng kỳ.

Số ngày nắng nóng tại một số trạm
Đơn vị tính: ngày
""" + table + """

Số ngày nắng nóng năm 2023 tại các trạm nhiều hơn trung bình nhiều năm từ 5 đến 9 ngày. Trong các đợt nắng nóng, nhu cầu dùng điện tăng mạnh: sản lượng điện tiêu thụ ngày cao nhất của tỉnh đạt 31,5 triệu kWh (ngày 18/5/2024). Công suất tiêu thụ đỉnh (Pmax) đạt 1.620 MW, tăng 10,4% so với năm trước.

Dự báo từ tháng 6 đến tháng 8/2024, tỉnh có thể xuất hiện thêm 3-4 đợt nắng nóng, nhiệt độ cao nhất 39-41 độ C. Người dân cần hạn chế ra ngoài từ 11 giờ đến 15 giờ, sử dụng nước và điện tiết kiệm.

Liên hệ: Đài KTTV tỉnh Thanh Hóa, số 16 Hạc Thành, phường Điện Biên, TP Thanh Hóa
ĐT: 0237.3852.419
Số lượt truy cập: 1.284.553
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
COLS = [(P("Năm 2022", "2022-01-01", "2022-12-31"), "năm 2022"),
        (P("Năm 2023", "2023-01-01", "2023-12-31"), "năm 2023"),
        (P("5 tháng năm 2024", "2024-01-01", "2024-05-31"), "5 tháng năm 2024")]
SUMMER = P("từ tháng 6 đến tháng 8/2024", "2024-06-01", "2024-08-31")

FIGS = [
    F("xảy ra 9 đợt", "9", 9, "count", "đợt nắng nóng", "đợt nắng nóng", Y23),
    F("có 4 đợt", "4", 4, "count", "đợt nắng nóng", "đợt nắng nóng gay gắt", Y23, total=9),
    F("và 2 đợt", "2", 2, "count", "đợt nắng nóng", "đợt nắng nóng đặc biệt gay gắt", Y23, total=9),
    F("tuyệt đối 41,8 độ C", "41,8", 41.8, "measure", "độ C", "nhiệt độ cao nhất tuyệt đối",
      P("ngày 7/5/2023", "2023-05-07", "2023-05-07"), location="Như Xuân"),
    F("ra 5 đợt", "5", 5, "count", "đợt nắng nóng", "đợt nắng nóng", M5,
      change=CH("increase", 2, "đợt", "cùng kỳ")),
]
for place, *cells in ROWS:
    for i, cell in enumerate(cells):
        per, lab = COLS[i]
        if i == 0:
            anchor = f"{place}\n{cell}\n"
        elif i == 1:
            anchor = f"\n{cells[0]}\n{cell}\n{cells[2]}\n"
        else:
            anchor = f"\n{cells[1]}\n{cell}\n"
        FIGS.append(F(anchor, cell, int(cell), "measure", "ngày", f"số ngày nắng nóng {lab}", per, location=place))

FIGS += [
    F("từ 5 đến 9 ngày", "5", 5, "measure", "ngày", "số ngày nắng nóng nhiều hơn trung bình nhiều năm",
      P("năm 2023", "2023-01-01", "2023-12-31"), value_max=9),
    F("đạt 31,5 triệu kWh", "31,5", 31500000, "measure", "kWh", "sản lượng điện tiêu thụ ngày cao nhất của tỉnh",
      P("ngày 18/5/2024", "2024-05-18", "2024-05-18")),
    F("đạt 1.620 MW", "1.620", 1620, "measure", "MW", "công suất tiêu thụ đỉnh (Pmax)",
      change=CH("increase", 10.4, "%", "năm trước")),
    F("thêm 3-4 đợt", "3", 3, "count", "đợt nắng nóng", "đợt nắng nóng xuất hiện thêm", SUMMER, value_max=4,
      status="forecast"),
    F("39-41 độ C", "39", 39, "measure", "độ C", "nhiệt độ cao nhất", SUMMER, value_max=41, status="forecast"),
]

COMMENTS = [
    "Department site (Đài KTTV tỉnh Thanh Hóa), no dateline; menu bar, contact footer and visit counter. Heat-wave days by station and power peak.",
    "One-cell-per-line table with 'Đơn vị tính: ngày': rows are stations named after districts/the city (location), columns Năm 2022 |",
    "Năm 2023 | 5 tháng năm 2024 give the periods (scored). Days of heat are measure/ngày (time unit, like '35 phút').",
    "'9 đợt, trong đó có 4 … và 2 …' → total 9. 'nhiều hơn 2 đợt so với cùng kỳ' → change of the 5 waves. 'tại trạm Như Xuân' → location.",
    "'nhiều hơn trung bình nhiều năm từ 5 đến 9 ngày' is a difference with no base amount stated: a measure range, no change.",
    "'Pmax đạt 1.620 MW, tăng 10,4% so với năm trước' has no period phrase of its own (left unset). 'Dự báo' → forecast for both figures.",
    "No published date (no dateline). Distractors: '11 giờ đến 15 giờ' (times of day), 'số 16 Hạc Thành', phone '0237.3852.419',",
    "'Số lượt truy cập: 1.284.553', 'ngày 7/5/2023', 'ngày 18/5/2024'.",
]

emit("p635-7", TEXT, COMMENTS, FIGS, published=None, location="Thanh Hóa")
