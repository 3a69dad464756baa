from lib import F, P, CH, TG, build

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH KIÊN GIANG
Tin hoạt động ngành

Sản lượng vận tải hành khách tuyến biển đảo 9 tháng năm 2024

Ngày đăng: 04/10/2024 | Lượt xem: 865

Theo báo cáo của Phòng Quản lý vận tải, phương tiện và người lái, 9 tháng năm 2024 các doanh nghiệp khai thác 5 tuyến vận tải hành khách từ đất liền ra đảo trên địa bàn tỉnh đã vận chuyển tổng cộng 2.418.650 lượt khách, tăng 11,6% so với cùng kỳ năm 2023; doanh thu ước đạt 728,5 tỷ đồng.

Bảng: Sản lượng hành khách theo tuyến
Đơn vị tính: lượt khách
Tuyến | 9 tháng năm 2023 | 9 tháng năm 2024 | So cùng kỳ (%)
Rạch Giá - Phú Quốc | 842.300 | 951.120 | 112,9
Hà Tiên - Phú Quốc | 1.005.700 | 1.103.480 | 109,7
Rạch Giá - Nam Du | 196.450 | 228.900 | 116,5
Rạch Giá - Hòn Tre | 61.200 | 70.350 | 115,0
Hà Tiên - Hải Tặc | 61.560 | 64.800 | 105,3

Hiện có 23 tàu cao tốc và 11 phà biển tham gia khai thác; tàu cao tốc có sức chở từ 200 đến 570 khách/chuyến. Tuyến Hà Tiên - Phú Quốc chiếm 45,6% tổng sản lượng, là tuyến có mật độ cao nhất với bình quân 38 chuyến/ngày vào cuối tuần. Với kết quả này, Kiên Giang đứng thứ hai cả nước về sản lượng khách ra đảo, sau Quảng Ninh.

Giá vé tàu cao tốc tuyến Rạch Giá - Phú Quốc hiện là 330.000 đồng/lượt, tuyến Rạch Giá - Nam Du 250.000 đồng/lượt. Hành khách có thể đặt vé qua tổng đài 1900 6446 hoặc tại Bến tàu khách Rạch Giá (số 16 Tự Do, phường Vĩnh Thanh Vân, TP Rạch Giá). Chuyến đầu tiên xuất bến lúc 6 giờ 30 phút.

Quý IV/2024, sản lượng dự kiến đạt khoảng 750 nghìn lượt khách do bước vào mùa du lịch biển đảo.
"""

Y23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)

rows = [("Rạch Giá - Phú Quốc", "842.300", "951.120", "112,9"),
        ("Hà Tiên - Phú Quốc", "1.005.700", "1.103.480", "109,7"),
        ("Rạch Giá - Nam Du", "196.450", "228.900", "116,5"),
        ("Rạch Giá - Hòn Tre", "61.200", "70.350", "115,0"),
        ("Hà Tiên - Hải Tặc", "61.560", "64.800", "105,3")]

FIGS = [
    F("khai thác 5 tuyến", "5", "count", "tuyến", "tuyến vận tải hành khách từ đất liền ra đảo", period=Y24),
    F("tổng cộng 2.418.650 lượt khách", "2.418.650", "count", "lượt khách",
      "lượt khách vận chuyển trên các tuyến từ đất liền ra đảo", change=CH("increase", 11.6, baseline="cùng kỳ năm 2023"),
      period=Y24),
    F("ước đạt 728,5 tỷ đồng", "728,5", "money", "đồng", "doanh thu vận tải hành khách ra đảo", mult=1e9,
      status="estimate", period=Y24),
]
for route, a, b, r in rows:
    FIGS.append(F(f"{route} | {a} |", a, "count", "lượt khách", f"sản lượng hành khách tuyến {route} 9 tháng năm 2023", period=Y23))
    FIGS.append(F(f"{a} | {b} |", b, "count", "lượt khách", f"sản lượng hành khách tuyến {route} 9 tháng năm 2024", period=Y24))
    FIGS.append(F(f"{b} | {r}\n", r, "percent", "%", f"sản lượng hành khách tuyến {route} so cùng kỳ", period=Y24i))

FIGS += [
    F("có 23 tàu cao tốc", "23", "count", "tàu cao tốc", "tàu cao tốc tham gia khai thác"),
    F("và 11 phà biển", "11", "count", "phà biển", "phà biển tham gia khai thác"),
    F("từ 200 đến 570 khách/chuyến", "200", "measure", "khách/chuyến", "sức chở tàu cao tốc", value_max=570),
    F("chiếm 45,6% tổng sản lượng", "45,6", "percent", "%", "tỷ trọng tuyến Hà Tiên - Phú Quốc trong tổng sản lượng",
      period=Y24i),
    F("bình quân 38 chuyến/ngày", "38", "measure", "chuyến/ngày", "mật độ chuyến tuyến Hà Tiên - Phú Quốc vào cuối tuần"),
    F("đứng thứ hai cả nước", "hai", "rank", "hạng", "sản lượng khách ra đảo", period=Y24i),
    F("hiện là 330.000 đồng/lượt", "330.000", "money", "đồng/lượt", "giá vé tàu cao tốc tuyến Rạch Giá - Phú Quốc"),
    F("Nam Du 250.000 đồng/lượt", "250.000", "money", "đồng/lượt", "giá vé tàu cao tốc tuyến Rạch Giá - Nam Du"),
    F("khoảng 750 nghìn lượt khách", "750", "count", "lượt khách", "sản lượng hành khách", mult=1e3,
      approx="about", status="forecast", period=P("Quý IV/2024", "2024-10-01", "2024-12-31")),
]

build("p474-2", TEXT, [
    "Sở GTVT Kiên Giang site: passengers by island route, 9 tháng năm 2024; 'Ngày đăng: 04/10/2024 | Lượt xem: 865'.",
    "Flattened '|' table, 'Đơn vị tính: lượt khách', '(%)' column overrides the unit. Every numeric cell is a figure; subject = row + column;",
    "period from the column header (not inherited); the '%' column (2024 vs 2023) has no period header: 9 tháng năm 2024 inherited.",
    "Routes are not places: all figures keep Kiên Giang. '5 tuyến' is a stated count of routes (required). 'đứng thứ hai cả nước' rank 2.",
    "Sums check: 2024 column = 2.418.650 (+11,6% on the 2023 column); Hà Tiên - Phú Quốc = 45,6% of the total.",
    "Distractors: hotline 1900 6446, address 'số 16 Tự Do', time '6 giờ 30 phút', view counter, dateline.",
], FIGS, published="2024-10-04", location="Kiên Giang")
