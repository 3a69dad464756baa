from lib import F, P, build

text = """BÁO QUẢNG NINH
Kinh tế | Giao thông
Thứ Sáu, 08/11/2024 - 15:42

Xe buýt điện tăng sức hút với người dân và du khách

Từ đầu năm đến nay, 4 tuyến xe buýt điện trên địa bàn tỉnh đã vận chuyển trên 1,15 triệu lượt hành khách, chiếm 42,5% tổng sản lượng vận tải xe buýt toàn tỉnh. Trong đó, TP Hạ Long đạt 612.000 lượt, Cẩm Phả 248.500 lượt, Uông Bí 187.300 lượt và Móng Cái 102.400 lượt.
Toàn tỉnh hiện có 86 xe buýt điện trên tổng số 214 xe buýt đang hoạt động; giá vé từ 10.000 đến 40.000 đồng/lượt tùy cự ly. Tỷ lệ lấp đầy ghế trên các chuyến xe buýt điện đạt bình quân 65-70%.
Đặc biệt, tuyến 01 Bãi Cháy - Vân Đồn có tần suất 15 phút/chuyến, thu hút bình quân 3.800 lượt khách/ngày, cao gấp 2,3 lần so với các tuyến xe buýt thường. Anh Nguyễn Văn Hải (phường Hồng Gai) cho biết, từ khi có xe buýt điện, mỗi tháng gia đình anh tiết kiệm được khoảng 1,5 triệu đồng tiền xăng.
(Ảnh: Xe buýt điện tuyến 03 đón khách tại Vân Đồn)
Theo Sở Giao thông vận tải, năm 2024 tỉnh bố trí 38,5 tỷ đồng trợ giá cho các tuyến xe buýt, tăng 12% so với năm 2023. Mỗi xe buýt điện giảm phát thải khoảng 60 tấn CO2 mỗi năm so với xe chạy dầu diesel.
Mục tiêu đến năm 2030, 100% xe buýt mới đầu tư trên địa bàn sử dụng điện hoặc năng lượng xanh, mạng lưới đạt 20 tuyến, phủ kín 13 địa phương cấp huyện theo Nghị quyết số 09-NQ/TU của Ban Thường vụ Tỉnh ủy.
Minh Đức"""

ytd = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-08")
ytdi = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-08", inh=True)
p30 = P("đến năm 2030", None, "2030-12-31")
SUBJ = "lượt hành khách vận chuyển bằng xe buýt điện"

figs = [
    F("4 tuyến xe buýt điện", "4", 4, "count", "tuyến", "tuyến xe buýt điện", period=ytd),
    F("trên 1,15 triệu", "1,15", 1.15e6, "count", "lượt hành khách", SUBJ, approx="over", percent=42.5, period=ytd),
    F("đạt 612.000 lượt", "612.000", 612000, "count", "lượt", SUBJ, total=1.15e6, period=ytdi, location="Hạ Long"),
    F("Cẩm Phả 248.500 lượt", "248.500", 248500, "count", "lượt", SUBJ, total=1.15e6, period=ytdi, location="Cẩm Phả"),
    F("Uông Bí 187.300 lượt", "187.300", 187300, "count", "lượt", SUBJ, total=1.15e6, period=ytdi, location="Uông Bí"),
    F("Móng Cái 102.400 lượt", "102.400", 102400, "count", "lượt", SUBJ, total=1.15e6, period=ytdi, location="Móng Cái"),
    F("có 86 xe buýt điện", "86", 86, "count", "xe buýt điện", "xe buýt điện đang hoạt động", total=214),
    F("từ 10.000 đến 40.000 đồng/lượt", "10.000", 10000, "money", "đồng/lượt", "giá vé xe buýt điện", value_max=40000),
    F("bình quân 65-70%", "65", 65, "percent", "%", "tỷ lệ lấp đầy ghế trên các chuyến xe buýt điện", value_max=70),
    F("15 phút/chuyến", "15", 15, "measure", "phút/chuyến", "tần suất tuyến 01 Bãi Cháy - Vân Đồn"),
    F("3.800 lượt khách/ngày", "3.800", 3800, "measure", "lượt khách/ngày", "lượt khách bình quân tuyến 01 Bãi Cháy - Vân Đồn",
      change=dict(direction="increase", value=2.3, unit="lần", baseline="các tuyến xe buýt thường")),
    F("khoảng 1,5 triệu đồng", "1,5", 1.5e6, "money", "đồng", "tiền xăng gia đình tiết kiệm mỗi tháng", approx="about",
      optional=True),
    F("bố trí 38,5 tỷ đồng", "38,5", 38.5e9, "money", "đồng", "kinh phí trợ giá cho các tuyến xe buýt",
      change=dict(direction="increase", value=12, unit="%", baseline="năm 2023"),
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 60 tấn CO2", "60", 60, "measure", "tấn CO2", "phát thải giảm mỗi xe buýt điện mỗi năm", approx="about"),
    F("100% xe buýt mới", "100", 100, "percent", "%", "xe buýt mới đầu tư sử dụng điện hoặc năng lượng xanh",
      status="target", period=p30),
    F("đạt 20 tuyến", "20", 20, "count", "tuyến", "mạng lưới xe buýt", status="target", period=p30),
    F("phủ kín 13 địa phương", "13", 13, "count", "địa phương cấp huyện", "địa phương cấp huyện mạng lưới xe buýt phủ kín",
      status="target", period=p30),
]

build("p374-4", text, figs, [
    "Báo Quảng Ninh (Party newspaper): xe buýt điện từ đầu năm 2024 đến nay, by city; trợ giá 2024; targets to 2030. Dateline 'Thứ Sáu, 08/11/2024 - 15:42'.",
    "'Từ đầu năm đến nay' runs to the dateline. The 'Trong đó' list of four cities (sum 1.150.200) are parts of 'trên 1,15 triệu': total 1150000,",
    "city in location, subject the list's indicator. '86 … trên tổng số 214' → total 214 (214 is an attribute only).",
    "'cao gấp 2,3 lần so với …' is the change of 3.800 lượt khách/ngày. A resident's saving '1,5 triệu đồng' (anecdote) is optional.",
    "Distractors: 'tuyến 01', 'tuyến 03' (route names), 'Nghị quyết số 09-NQ/TU', 'CO2', dateline time, byline.",
], published="2024-11-08", location="Quảng Ninh")
