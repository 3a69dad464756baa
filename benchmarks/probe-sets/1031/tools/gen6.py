"""p1031-6: national newspaper, Hà Nội, smoke from straw burning and hotline complaints, June 2023."""
from lib import F, P, C, T, I, write

TEXT = """Thời sự > Môi trường
Thứ bảy, 17/6/2023, 08:15 (GMT+7)

Hơn 300 phản ánh về khói đốt rơm ở ngoại thành Hà Nội trong một tuần

Mùa gặt lúa xuân, nhiều cánh đồng ven đô tiếp tục bị đốt rơm, khói bụi bao phủ các tuyến đường, người dân phản ánh khó thở.

Theo Sở Tài nguyên và Môi trường Hà Nội, từ ngày 8 đến 14/6, đường dây nóng của sở nhận 327 phản ánh về khói đốt rơm, gấp 2,4 lần tuần trước đó. Các huyện bị phản ánh nhiều nhất là Thanh Oai (64 phản ánh), Chương Mỹ (52) và Ứng Hòa (47).

Dữ liệu quan trắc cho thấy tối 12/6, nồng độ bụi mịn PM2.5 tại trạm Hoài Đức lên tới 182 µg/m3, gấp hơn 3,5 lần quy chuẩn (50 µg/m3). Chỉ số chất lượng không khí AQI tại nhiều trạm vượt 200, ở mức rất xấu.

Ông Nguyễn Văn Hùng, Chi cục trưởng Chi cục Trồng trọt và Bảo vệ thực vật Hà Nội, cho biết vụ xuân năm nay thành phố gieo cấy khoảng 75.000 ha lúa, lượng rơm rạ khoảng 400.000 tấn, nhưng mới thu gom được khoảng 45%. Nguyên nhân là giá thuê cuộn rơm 15.000 đồng/cuộn trong khi rơm bán chỉ được 10.000-12.000 đồng/cuộn, nhiều hộ không có lãi.

Toàn thành phố hiện chỉ có 86 máy cuộn rơm, chủ yếu ở Sóc Sơn, Mê Linh. Năm 2022, các lực lượng chức năng đã xử phạt 112 trường hợp đốt rơm, tổng số tiền hơn 170 triệu đồng, tăng 35% so với năm 2021.

Theo Nghị định 45/2022/NĐ-CP, hành vi đốt rơm rạ gây ô nhiễm có thể bị phạt từ 500.000 đồng đến 1.000.000 đồng.

Gia Chính
"""

WEEK = P("từ ngày 8 đến 14/6", "2023-06-08", "2023-06-14")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")

FIGS = [
    F("Hơn 300 phản ánh", "300", 300, "count", "phản ánh", "phản ánh về khói đốt rơm", approx="over"),
    F("327 phản ánh", "327", 327, "count", "phản ánh", "phản ánh về khói đốt rơm", period=WEEK,
      change=C("increase", 2.4, "lần", "tuần trước đó")),
    F("Thanh Oai (64 phản ánh)", "64", 64, "count", "phản ánh", "phản ánh về khói đốt rơm", period=I(WEEK),
      location="Thanh Oai"),
    F("Chương Mỹ (52)", "52", 52, "count", "phản ánh", "phản ánh về khói đốt rơm", period=I(WEEK),
      location="Chương Mỹ"),
    F("Ứng Hòa (47)", "47", 47, "count", "phản ánh", "phản ánh về khói đốt rơm", period=I(WEEK),
      location="Ứng Hòa"),
    F("182 µg/m3", "182", 182, "measure", "µg/m3", "nồng độ bụi mịn PM2.5 tại trạm Hoài Đức", location="Hoài Đức",
      change=C("increase", 3.5, "lần", "quy chuẩn", "over"), period=P("tối 12/6", "2023-06-12", "2023-06-12")),
    F("(50 µg/m3)", "50", 50, "measure", "µg/m3", "quy chuẩn nồng độ bụi mịn PM2.5", optional=True),
    F("vượt 200", "200", 200, "measure", "AQI", "chỉ số chất lượng không khí AQI", approx="over", optional=True),
    F("khoảng 75.000 ha", "75.000", 75000, "measure", "ha", "diện tích lúa gieo cấy vụ xuân", approx="about"),
    F("khoảng 400.000 tấn", "400.000", 400000, "measure", "tấn", "lượng rơm rạ", approx="about"),
    F("khoảng 45%", "45", 45, "percent", "%", "rơm rạ được thu gom", approx="about"),
    F("15.000 đồng/cuộn", "15.000", 15000, "money", "đồng/cuộn", "giá thuê cuộn rơm"),
    F("10.000-12.000 đồng/cuộn", "10.000", 10000, "money", "đồng/cuộn", "giá bán rơm", value_max=12000),
    F("86 máy cuộn rơm", "86", 86, "count", "máy cuộn rơm", "máy cuộn rơm"),
    F("112 trường hợp", "112", 112, "count", "trường hợp", "trường hợp đốt rơm bị xử phạt", period=Y22),
    F("hơn 170 triệu đồng", "170", 170000000, "money", "đồng", "tiền xử phạt đốt rơm", approx="over", period=Y22,
      change=C("increase", 35, "%", "năm 2021")),
    F("từ 500.000 đồng", "500.000", 500000, "money", "đồng", "mức phạt hành vi đốt rơm rạ gây ô nhiễm",
      value_max=1000000),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ bảy, 17/6/2023, 08:15 (GMT+7)': smoke complaints in Hà Nội, byline at the end.",
    "Not figures: 'PM2.5' (a name), 'Nghị định 45/2022/NĐ-CP', 'tối 12/6', '08:15 (GMT+7)', 'trong một tuần' (duration), 'Nguyễn Văn Hùng'.",
    "'gấp 2,4 lần tuần trước đó' and 'gấp hơn 3,5 lần quy chuẩn' follow a figure: its change in 'lần'. The standard '(50 µg/m3)' and",
    "'AQI ... vượt 200' describe category thresholds: optional. District items of the ranked list take the district as location, no total;",
    "their period is the week in the sentence before (inherited). The station reading takes Hoài Đức and the evening of 12/6/2023 as period.",
    "'tăng 35% so với năm 2021' is the change of the fine amount just before it. 'từ 500.000 đồng đến 1.000.000 đồng' is one range.",
    "'vụ xuân năm nay' is a crop season (no period recorded); the headline 'Hơn 300 phản ánh' has no period phrase but 'trong một tuần'.",
]

write("p1031-6", TEXT, FIGS, NOTES, published="2023-06-17", location="Hà Nội")
