from lib import F, P, build

T = """Cảng hàng không Đồng Hới đón hơn 520 nghìn lượt khách trong 6 tháng đầu năm 2024
Cập nhật: 12/07/2024 09:20
Lượt xem: 2.317

(Cổng TTĐT Quảng Bình) - Theo báo cáo của Cảng hàng không Đồng Hới, 6 tháng đầu năm 2024, sản lượng hành khách thông qua cảng đạt 523.480 lượt khách, tăng 18,6% so với cùng kỳ năm 2023 và đạt 54,2% kế hoạch năm. Trong đó, khách quốc tế đạt 21.350 lượt, chiếm 4,1%; khách nội địa đạt 502.130 lượt.

Tổng số chuyến bay cất, hạ cánh đạt 3.842 lượt chuyến, tăng 12,3%; hệ số sử dụng ghế bình quân đạt 81,5%, cao hơn 3,2 điểm phần trăm so với cùng kỳ. Sản lượng hàng hóa, bưu kiện đạt khoảng 1.150 tấn, giảm 6,8%.

Hiện cảng đang khai thác 6 đường bay thường lệ, gồm 4 đường bay nội địa kết nối Hà Nội, TP Hồ Chí Minh, Hải Phòng, Cần Thơ và 2 đường bay quốc tế đến Bangkok (Thái Lan), Viêng Chăn (Lào) với tần suất bình quân 12 chuyến/ngày. Riêng đường bay Đồng Hới - Hải Phòng được Vietjet Air mở mới từ ngày 28/3/2024, khai thác 4 chuyến/tuần bằng tàu bay A321.

Để chuẩn bị cho mùa du lịch hè, Cảng hàng không Đồng Hới cho biết các hãng dự kiến tăng cường khoảng 120 chuyến bay trong tháng 7 và tháng 8. Năm 2024, cảng phấn đấu đón 970.000 lượt khách, trong đó khách quốc tế từ 40.000 đến 45.000 lượt.

Ông Trần Văn Hùng, Giám đốc Cảng cho biết, đơn vị đã lắp đặt thêm 8 quầy thủ tục và 2 băng chuyền hành lý, giúp thời gian chờ làm thủ tục của hành khách giảm xuống dưới 15 phút.

Mọi thông tin phản ánh xin liên hệ đường dây nóng 0232.3822.567.

Hoài Nam (tổng hợp)
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
Y = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("hơn 520 nghìn lượt khách", "520", 520000, "count", "lượt khách", "hành khách thông qua Cảng hàng không Đồng Hới",
      approx="over", period=H1),
    F("đạt 523.480 lượt khách", "523.480", 523480, "count", "lượt khách", "sản lượng hành khách thông qua cảng",
      percent=54.2, change={"direction": "increase", "value": 18.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=H1),
    F("đạt 21.350 lượt", "21.350", 21350, "count", "lượt khách", "khách quốc tế", total=523480, percent=4.1, period=H1i),
    F("đạt 502.130 lượt", "502.130", 502130, "count", "lượt khách", "khách nội địa", total=523480, period=H1i),
    F("đạt 3.842 lượt chuyến", "3.842", 3842, "count", "lượt chuyến", "chuyến bay cất, hạ cánh",
      change={"direction": "increase", "value": 12.3, "unit": "%"}, period=H1i),
    F("bình quân đạt 81,5%", "81,5", 81.5, "percent", "%", "hệ số sử dụng ghế bình quân",
      change={"direction": "increase", "value": 3.2, "unit": "điểm phần trăm", "baseline": "cùng kỳ"}, period=H1i),
    F("khoảng 1.150 tấn", "1.150", 1150, "measure", "tấn", "sản lượng hàng hóa, bưu kiện", approx="about",
      change={"direction": "decrease", "value": 6.8, "unit": "%"}, period=H1i),
    F("khai thác 6 đường bay", "6", 6, "count", "đường bay", "đường bay thường lệ"),
    F("gồm 4 đường bay", "4", 4, "count", "đường bay", "đường bay nội địa", total=6),
    F("và 2 đường bay quốc tế", "2", 2, "count", "đường bay", "đường bay quốc tế", total=6),
    F("bình quân 12 chuyến/ngày", "12", 12, "measure", "chuyến/ngày", "tần suất bình quân"),
    F("khai thác 4 chuyến/tuần", "4", 4, "measure", "chuyến/tuần", "tần suất đường bay Đồng Hới - Hải Phòng"),
    F("khoảng 120 chuyến bay", "120", 120, "count", "chuyến bay", "chuyến bay tăng cường mùa du lịch hè",
      approx="about", status="forecast",
      period=P("trong tháng 7 và tháng 8", "2024-07-01", "2024-08-31")),
    F("đón 970.000 lượt khách", "970.000", 970000, "count", "lượt khách", "lượt khách đón", status="target", period=Y),
    F("từ 40.000 đến 45.000 lượt", "40.000", 40000, "count", "lượt khách", "khách quốc tế", value_max=45000,
      total=970000, status="target", period=Y),
    F("thêm 8 quầy thủ tục", "8", 8, "count", "quầy thủ tục", "quầy thủ tục lắp đặt thêm"),
    F("và 2 băng chuyền", "2", 2, "count", "băng chuyền", "băng chuyền hành lý lắp đặt thêm"),
    F("dưới 15 phút", "15", 15, "measure", "phút", "thời gian chờ làm thủ tục của hành khách", approx="under"),
]

build("p287-1", T, figs, [
    "Cổng TTĐT tỉnh Quảng Bình (province portal): Cảng hàng không Đồng Hới, 6 tháng đầu năm 2024. Dateline 'Cập nhật: 12/07/2024 09:20'.",
    "Distractors: 'Lượt xem: 2.317', date 28/3/2024, aircraft type A321, hotline 0232.3822.567.",
    "Location: Đồng Hới, the most specific place the figures describe (the airport of Đồng Hới city; cf. shared h20 'Đà Lạt' in a",
    "provincial paper, and p287-4 'Đà Lạt' for the same kind of airport). Revised after the first run: was 'Quảng Bình'.",
    "Destinations named in the route list (Hà Nội, TP Hồ Chí Minh, Hải Phòng, Cần Thơ, Bangkok) are not places of the figures.",
    "'đạt 54,2% kế hoạch năm' is the share (percent) of 523.480, the change is +18,6%. 'chiếm 4,1%' is the percent of 21.350.",
    "Routes: 'gồm 4 … và 2 …' are parts of 6. Frequencies are rates: measure, unit 'chuyến/ngày', 'chuyến/tuần'.",
    "'dự kiến tăng cường khoảng 120 chuyến bay trong tháng 7 và tháng 8' is a forecast over July–August.",
    "'phấn đấu đón 970.000 … trong đó khách quốc tế từ 40.000 đến 45.000' are targets; the range is a part of 970.000.",
    "'giảm xuống dưới 15 phút' states the new level only: measure 15 phút, approx under, no change.",
], published="2024-07-12", location="Đồng Hới")
