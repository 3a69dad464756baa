from lib import F, emit, period, year, inherit, change

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Đề xuất kéo dài tuyến metro số 1 từ Suối Tiên đến Biên Hòa

Tuyến metro số 1 Bến Thành - Suối Tiên của TP. Hồ Chí Minh đã đưa vào khai thác từ ngày 22/12/2024. Theo khảo sát của Sở, mỗi ngày có khoảng 155.000 lượt người đi lại giữa Đồng Nai và TP. Hồ Chí Minh, trong đó 78% sử dụng xe máy, xe buýt chỉ chiếm 6%. Năm 2024, 5 tuyến xe buýt liên tỉnh kết nối Đồng Nai với TP. Hồ Chí Minh vận chuyển hơn 2,6 triệu lượt khách, tăng 21% so với năm 2023.

Thực hiện Văn bản số 1456/UBND-KTN của UBND tỉnh, Sở đã phối hợp với đơn vị tư vấn nghiên cứu 2 phương án tuyến kéo dài như sau:
Bảng so sánh hai phương án
Chỉ tiêu
Phương án 1
Phương án 2
Chiều dài tuyến (km)
21,5
18,2
Số nhà ga (ga)
10
8
Tổng mức đầu tư dự kiến (tỷ đồng)
45.800
39.600
Nhu cầu hành khách dự báo năm 2035 (lượt khách/ngày)
126.000
98.000

Sở kiến nghị chọn phương án 1, tuyến đi dọc Quốc lộ 1K và Quốc lộ 1A, kết thúc tại ga Biên Hòa mới. Diện tích đất dự kiến thu hồi khoảng 58 ha, ảnh hưởng khoảng 1.150 hộ dân, trong đó thành phố Biên Hòa có 860 hộ. Thời gian đi từ ga Biên Hòa mới đến ga Bến Thành dự kiến khoảng 55 phút.

Địa chỉ: Số 4 Nguyễn Ái Quốc, phường Quang Vinh, TP. Biên Hòa, Đồng Nai
Điện thoại: 0251.3822.470 - Fax: 0251.3823.451
Tổng lượt truy cập: 1.284.906
"""

Y35 = year(2035)
NOTES = [
    "Sở GTVT Đồng Nai (department site), no dateline, footer with address, phone/fax and 'Tổng lượt truy cập': đề xuất kéo dài metro số 1 đến Biên Hòa.",
    "Table pasted one cell per line (header cells Chỉ tiêu / Phương án 1 / Phương án 2, then each row's cells); unit and multiplier from the row label",
    "('(tỷ đồng)' makes 45.800 = 45,8·10^12 đồng); 'dự kiến'/'dự báo' in a row label gives forecast, 'năm 2035' in the row label its period.",
    "'metro số 1', 'Phương án 1/2' (labels), Văn bản số 1456/UBND-KTN, Quốc lộ 1K/1A, '22/12/2024', address, phone and counter are not figures;",
    "'2 phương án' and 'hai phương án' (structure) are optional. 'mỗi ngày có khoảng 155.000 lượt người' is a rate (lượt người/ngày).",
    "revised: 860 hộ subject drops 'tại thành phố Biên Hòa' (a place that is a breakdown item goes to location, not subject).",
]
FIGS = [
    F("khoảng 155.000 lượt người", "155.000", 155000, "measure", "lượt người/ngày", "lượt người đi lại giữa Đồng Nai và TP. Hồ Chí Minh", approx="about"),
    F("78% sử dụng", "78", 78, "percent", "%", "tỷ lệ người đi lại sử dụng xe máy"),
    F("chỉ chiếm 6%", "6", 6, "percent", "%", "tỷ lệ người đi lại sử dụng xe buýt"),
    F("5 tuyến xe buýt", "5", 5, "count", "tuyến xe buýt", "tuyến xe buýt liên tỉnh kết nối Đồng Nai với TP. Hồ Chí Minh", period=year(2024, "Năm 2024")),
    F("hơn 2,6 triệu", "2,6", 2.6e6, "count", "lượt khách", "lượt khách xe buýt liên tỉnh vận chuyển", approx="over",
      change=change("increase", 21, baseline="năm 2023"), period=year(2024, "Năm 2024")),
    F("nghiên cứu 2 phương án", "2", 2, "count", "phương án", "phương án tuyến kéo dài", optional=True),
    F("so sánh hai phương án", "hai", 2, "count", "phương án", "phương án tuyến kéo dài", optional=True),
    F("(km)\n21,5", "21,5", 21.5, "measure", "km", "chiều dài tuyến phương án 1"),
    F("21,5\n18,2", "18,2", 18.2, "measure", "km", "chiều dài tuyến phương án 2"),
    F("(ga)\n10", "10", 10, "count", "ga", "số nhà ga phương án 1"),
    F("10\n8\n", "8", 8, "count", "ga", "số nhà ga phương án 2"),
    F("đồng)\n45.800", "45.800", 45800e9, "money", "đồng", "tổng mức đầu tư dự kiến phương án 1", status="forecast"),
    F("45.800\n39.600", "39.600", 39600e9, "money", "đồng", "tổng mức đầu tư dự kiến phương án 2", status="forecast"),
    F("ngày)\n126.000", "126.000", 126000, "measure", "lượt khách/ngày", "nhu cầu hành khách dự báo phương án 1", status="forecast", period=Y35),
    F("126.000\n98.000", "98.000", 98000, "measure", "lượt khách/ngày", "nhu cầu hành khách dự báo phương án 2", status="forecast", period=Y35),
    F("khoảng 58 ha", "58", 58, "measure", "ha", "diện tích đất dự kiến thu hồi", approx="about", status="forecast"),
    F("khoảng 1.150 hộ", "1.150", 1150, "count", "hộ dân", "hộ dân bị ảnh hưởng", approx="about", status="forecast"),
    F("có 860 hộ", "860", 860, "count", "hộ", "hộ dân bị ảnh hưởng", total=1150, status="forecast", location="Biên Hòa"),
    F("khoảng 55 phút", "55", 55, "measure", "phút", "thời gian đi từ ga Biên Hòa mới đến ga Bến Thành", approx="about", status="forecast"),
]
emit("p882-7", TEXT, NOTES, FIGS, published=None, location="Đồng Nai")
