"""p856-7: department site (Sở TN&MT Thái Nguyên), no dateline, Q3/2024 air quality, one-cell-per-line table."""
from lib import F, P, I, C, write, main

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THÁI NGUYÊN
Trang chủ | Tin tức | Quan trắc môi trường

Chất lượng không khí quý III/2024 chủ yếu ở mức tốt và trung bình

Theo Trung tâm Quan trắc tài nguyên và môi trường, trong quý III/2024, 3 trạm quan trắc không khí tự động đặt tại các thành phố Thái Nguyên, Sông Công và Phổ Yên ghi nhận chất lượng không khí chủ yếu ở mức tốt và trung bình, không có ngày nào ở mức xấu. Chỉ số AQI cao nhất trong quý là 168, ghi nhận tại trạm TP. Thái Nguyên vào giờ cao điểm sáng ngày 12/9.

Số ngày theo mức chỉ số AQI và nồng độ bụi PM2.5
Đơn vị tính: ngày
Địa phương
Tốt
Trung bình
Kém
PM2.5 trung bình (µg/m3)
TP. Thái Nguyên
54
31
7
27,8
TP. Sông Công
60
28
4
23,5
TP. Phổ Yên
57
30
5
25,1

Cũng trong quý III, đoàn kiểm tra liên ngành đã kiểm tra khí thải ven đường đối với 1.350 xe máy, trong đó 162 xe không đạt, chiếm 12%. Tính chung 9 tháng đầu năm, toàn tỉnh đã kiểm tra 3.870 lượt xe, đạt 77,4% kế hoạch năm. Xe máy hiện chiếm khoảng 85% tổng số phương tiện giao thông đường bộ trên địa bàn tỉnh.

Trong quý IV, Sở dự kiến lắp đặt thêm 2 trạm quan trắc tự động tại huyện Đại Từ và Phú Bình với kinh phí khoảng 9,8 tỷ đồng; đồng thời phấn đấu kiểm tra khí thải thêm 1.130 lượt xe để hoàn thành kế hoạch năm.

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THÁI NGUYÊN
Địa chỉ: Số 425, đường Phan Đình Phùng, TP. Thái Nguyên
Điện thoại: 0208.3855.316 - Fax: 0208.3855.219
Đang truy cập: 37 | Tổng lượt truy cập: 1.482.905
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3_I = I(Q3)
Q3b = P("quý III", "2024-07-01", "2024-09-30")
NINE = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
TN, SC, PY = "Thái Nguyên", "Sông Công", "Phổ Yên"


def day(anchor, number, value, subject, place):
    return F(anchor, number, value, "count", "ngày", subject=subject, period=Q3_I, location=place)


def pm(anchor, number, value, place):
    return F(anchor, number, value, "measure", "µg/m3", subject="PM2.5 trung bình", period=Q3_I, location=place)


FIGS = [
    F("3 trạm", "3", 3, "count", "trạm", subject="trạm quan trắc không khí tự động", period=Q3),
    F("là 168", "168", 168, "measure", "AQI", subject="chỉ số AQI cao nhất trong quý",
      period=P("trong quý", "2024-07-01", "2024-09-30")),
    day("TP. Thái Nguyên\n54", "54", 54, "số ngày AQI mức tốt", TN),
    day("54\n31", "31", 31, "số ngày AQI mức trung bình", TN),
    day("31\n7\n", "7", 7, "số ngày AQI mức kém", TN),
    pm("27,8", "27,8", 27.8, TN),
    day("TP. Sông Công\n60", "60", 60, "số ngày AQI mức tốt", SC),
    day("60\n28", "28", 28, "số ngày AQI mức trung bình", SC),
    day("28\n4\n", "4", 4, "số ngày AQI mức kém", SC),
    pm("23,5", "23,5", 23.5, SC),
    day("TP. Phổ Yên\n57", "57", 57, "số ngày AQI mức tốt", PY),
    day("57\n30", "30", 30, "số ngày AQI mức trung bình", PY),
    day("30\n5\n", "5", 5, "số ngày AQI mức kém", PY),
    pm("25,1", "25,1", 25.1, PY),
    F("đối với 1.350 xe máy", "1.350", 1350, "count", "xe máy", subject="xe máy được kiểm tra khí thải ven đường",
      period=Q3b),
    F("162 xe", "162", 162, "count", "xe", total=1350, percent=12, subject="xe không đạt khí thải", period=Q3b),
    F("3.870 lượt xe", "3.870", 3870, "count", "lượt xe", percent=77.4, subject="lượt xe được kiểm tra khí thải",
      period=NINE),
    F("khoảng 85%", "85", 85, "percent", "%", approx="about",
      subject="tỷ lệ xe máy trong tổng số phương tiện giao thông đường bộ"),
    F("thêm 2 trạm", "2", 2, "count", "trạm", status="forecast", subject="trạm quan trắc tự động lắp đặt thêm",
      period=Q4),
    F("khoảng 9,8 tỷ đồng", "9,8", 9800000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí lắp đặt trạm quan trắc", period=Q4),
    F("thêm 1.130 lượt xe", "1.130", 1130, "count", "lượt xe", status="target",
      subject="lượt xe kiểm tra khí thải thêm", period=Q4),
]

NOTES = [
    "Sở TN&MT Thái Nguyên site, no dateline (published absent): Q3/2024 air quality, one-cell-per-line table, roadside emission checks.",
    "Distractors: 'ngày 12/9', 'PM2.5', footer address 'Số 425, đường Phan Đình Phùng', phone/fax 0208.3855.316/219,",
    "'Đang truy cập: 37', 'Tổng lượt truy cập: 1.482.905'.",
    "Table: subject = column label (AQI level or PM2.5), the row's city -> location, 'Đơn vị tính: ngày' for the AQI columns,",
    "the PM2.5 column's unit from its header; period from the paragraph above (inherited). AQI value 168: measure, unit 'AQI'.",
    "Year-less 'quý III', '9 tháng đầu năm', 'quý IV' take 2024 from 'quý III/2024'. 'Xe máy hiện chiếm' gives no period.",
    "'2 trạm tại huyện Đại Từ và Phú Bình' is a provincial figure (two districts). 'dự kiến' governs its clause (forecast);",
    "'phấn đấu ... thêm 1.130 lượt' -> target. 'đạt 77,4% kế hoạch năm' -> percent of 3.870.",
]


def build():
    return write("p856-7", TEXT, NOTES, FIGS, published=None, location="Thái Nguyên")


if __name__ == "__main__":
    main(build)
