from lib import F, P, I, C, T, write

TEXT = """Taxi điện "phủ xanh" đường phố Cần Thơ

Chỉ sau thời gian ngắn xuất hiện, taxi điện đã trở thành lựa chọn quen thuộc của người dân và du khách tại TP Cần Thơ. Theo Sở Giao thông vận tải TP Cần Thơ, đến cuối tháng 2/2024, trên địa bàn thành phố có 3 doanh nghiệp kinh doanh vận tải bằng taxi điện với tổng cộng 612 xe, chiếm gần 38% tổng số taxi đang hoạt động. Riêng Công ty CP Taxi Xanh Cần Thơ có 450 ô tô điện và 320 xe máy điện chở khách.

Năm 2023, các hãng taxi điện tại Cần Thơ phục vụ khoảng 1,35 triệu lượt khách, nộp ngân sách hơn 12 tỷ đồng. Hai tháng đầu năm 2024, lượng khách đi taxi điện tăng 27% so với cùng kỳ. Giá cước phổ biến từ 15.000 đến 17.000 đồng/km, giá mở cửa 20.000 đồng cho 0,8 km đầu tiên.

Anh Trần Văn Tư, tài xế taxi điện ở đường 3 Tháng 2 cho biết thu nhập bình quân của anh khoảng 13 triệu đồng/tháng, chi phí sạc thấp hơn nhiều so với tiền xăng trước đây.

Thành phố hiện có 46 trạm sạc với 388 cổng sạc, trong đó 29 trạm đặt tại quận Ninh Kiều. Tuy nhiên, vào giờ cao điểm tài xế vẫn phải chờ sạc 30-45 phút, nhất là tại các trạm dọc Quốc lộ 91B.

Theo kế hoạch của UBND thành phố, đến năm 2025 Cần Thơ sẽ có 100 trạm sạc công cộng và 30% xe taxi chuyển sang sử dụng điện. Sở Giao thông vận tải cũng đề xuất ưu tiên bố trí điểm đón, trả khách cho taxi điện tại Bến Ninh Kiều, sân bay Cần Thơ và Bến xe Trung tâm.

THANH HUY
23/03/2024
"""

F2 = P("đến cuối tháng 2/2024", None, "2024-02-29")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp kinh doanh vận tải bằng taxi điện", F2),
    F("tổng cộng 612 xe", "612", 612, "count", "xe", "taxi điện", F2, percent=38),
    F("có 450 ô tô điện", "450", 450, "count", "ô tô điện", "ô tô điện của Công ty CP Taxi Xanh Cần Thơ", I(F2)),
    F("320 xe máy điện", "320", 320, "count", "xe máy điện", "xe máy điện chở khách của Công ty CP Taxi Xanh Cần Thơ", I(F2)),
    F("khoảng 1,35 triệu lượt khách", "1,35", 1.35e6, "count", "lượt khách", "lượt khách taxi điện phục vụ",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("hơn 12 tỷ đồng", "12", 12e9, "money", "đồng", "nộp ngân sách của các hãng taxi điện",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("tăng 27%", "27", 27, "percent", "%", "lượng khách đi taxi điện tăng so với cùng kỳ",
      P("Hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")),
    F("từ 15.000 đến 17.000 đồng/km", "15.000", 15000, "money", "đồng/km", "giá cước taxi điện", value_max=17000),
    F("giá mở cửa 20.000 đồng", "20.000", 20000, "money", "đồng", "giá mở cửa taxi điện"),
    F("cho 0,8 km đầu tiên", "0,8", 0.8, "measure", "km", "quãng đường tính giá mở cửa", optional=True),
    F("khoảng 13 triệu đồng/tháng", "13", 13e6, "money", "đồng/tháng", "thu nhập bình quân của tài xế taxi điện",
      approx="about"),
    F("có 46 trạm sạc", "46", 46, "count", "trạm sạc", "trạm sạc"),
    F("với 388 cổng sạc", "388", 388, "count", "cổng sạc", "cổng sạc"),
    F("trong đó 29 trạm", "29", 29, "count", "trạm", "trạm sạc", total=46, location="Ninh Kiều"),
    F("chờ sạc 30-45 phút", "30", 30, "measure", "phút", "thời gian chờ sạc vào giờ cao điểm", value_max=45),
    F("có 100 trạm sạc công cộng", "100", 100, "count", "trạm sạc", "trạm sạc công cộng", T25, status="target"),
    F("và 30% xe taxi", "30", 30, "percent", "%", "xe taxi chuyển sang sử dụng điện", T25, status="target"),
]

NOTES = [
    "Báo Cần Thơ (Party paper): electric taxis in TP Cần Thơ; byline THANH HUY and bare date 23/03/2024 at the end.",
    "'chiếm gần 38%' is the percent of 612 xe. 'Riêng Công ty …' is not a part-of cue: no total for 450/320.",
    "'Hai tháng đầu năm 2024' is a period (number word inside a period, not a figure); 'tăng 27%' has no base amount: a percent figure.",
    "'0,8 km đầu tiên' is the fare's threshold: optional. The driver's street address (đường 3 Tháng 2) localises nothing.",
    "'trong đó 29 trạm' follows 388 cổng sạc but counts trạm: its whole is 46 trạm (same thing counted). Location Ninh Kiều for it.",
    "Distractors: đường 3 Tháng 2, Quốc lộ 91B, 'Anh Trần Văn Tư' (name with a number word), bare date.",
]

write("p966-5", TEXT, NOTES, FIGS, published="2024-03-23", location="Cần Thơ")
