"""p842-8: Provincial newspaper online (Báo Bắc Giang, '(BGĐT) -' tag), fixed broadband 11 months 2024."""
from lib import F, P, I, C, T, build

TEXT = """Bắc Giang: Hơn 410 nghìn thuê bao băng rộng cố định
18/12/2024 | 15:05

(BGĐT) - Tính đến hết tháng 11, toàn tỉnh có 410.650 thuê bao internet băng rộng cố định, tăng 32.400 thuê bao so với cùng kỳ; tỷ lệ hộ gia đình sử dụng cáp quang ước đạt 88,5%. Với tỷ lệ này, tỉnh xếp thứ 9 cả nước.

Theo Sở Thông tin và Truyền thông, 11 tháng năm 2024, các doanh nghiệp viễn thông đã đầu tư khoảng 1.850 km cáp quang, xây mới 312 trạm BTS, trong đó có 96 trạm 5G; tổng vốn đầu tư ước đạt 640 tỷ đồng, bằng 91,4% kế hoạch năm.

Các địa phương có số thuê bao tăng nhanh là thị xã Việt Yên, huyện Yên Dũng và TP Bắc Giang với lần lượt 6.120, 5.480 và 4.950 thuê bao. Tại các khu công nghiệp Quang Châu, Vân Trung, Đình Trám, nhiều khu nhà trọ công nhân đã được kéo cáp quang đến từng phòng với giá cước khoảng 180.000-220.000 đồng/tháng.

Về wifi công cộng, tỉnh đã phủ sóng miễn phí tại 230 điểm, gồm 209 trụ sở UBND xã, phường, thị trấn và 21 điểm du lịch, di tích như Tây Yên Tử, chùa Vĩnh Nghiêm. Tuy nhiên, tại một số thôn vùng cao của huyện Sơn Động, Lục Ngạn, tốc độ truy cập chỉ khoảng 20 Mbps, thấp hơn nhiều so với khu vực đô thị.

Ông Nguyễn Văn Chín, Giám đốc Sở cho biết, năm 2025 Bắc Giang phấn đấu 100% thôn, bản có cáp quang, tỷ lệ hộ dùng cáp quang trên 92%; dự kiến các doanh nghiệp phát triển thêm khoảng 35.000 thuê bao. Các tuyến cáp dọc Quốc lộ 31 và Quốc lộ 37 sẽ được ngầm hóa theo Kế hoạch số 173/KH-UBND.

Ngọc Thạch
"""

ASOF = P("Tính đến hết tháng 11", end="2024-11-30")
M11 = P("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
INC = "thuê bao băng rộng cố định tăng thêm"

FIGS = [
    F("Hơn 410 nghìn", "410", 410000, "count", "thuê bao", "thuê bao băng rộng cố định", approx="over"),
    F("có 410.650 thuê bao", "410.650", 410650, "count", "thuê bao", "thuê bao internet băng rộng cố định", ASOF,
      change=C("increase", 32400, "thuê bao", "cùng kỳ")),
    F("ước đạt 88,5%", "88,5", 88.5, "percent", "%", "tỷ lệ hộ gia đình sử dụng cáp quang", ASOF, status="estimate"),
    F("xếp thứ 9", "9", 9, "rank", "hạng", "tỷ lệ hộ gia đình sử dụng cáp quang cả nước", I(ASOF)),
    F("khoảng 1.850 km", "1.850", 1850, "measure", "km", "cáp quang đầu tư", M11, approx="about"),
    F("xây mới 312 trạm", "312", 312, "count", "trạm BTS", "trạm BTS xây mới", M11),
    F("có 96 trạm", "96", 96, "count", "trạm", "trạm 5G", M11, total=312),
    F("ước đạt 640 tỷ đồng", "640", 640e9, "money", "đồng", "tổng vốn đầu tư", M11, status="estimate",
      percent=91.4),
    F("lần lượt 6.120", "6.120", 6120, "count", "thuê bao", INC, I(ASOF), location="Việt Yên"),
    F("6.120, 5.480", "5.480", 5480, "count", "thuê bao", INC, I(ASOF), location="Yên Dũng"),
    F("và 4.950 thuê bao", "4.950", 4950, "count", "thuê bao", INC, I(ASOF), location="Bắc Giang"),
    F("khoảng 180.000-220.000", "180.000", 180000, "money", "đồng/tháng", "giá cước cáp quang nhà trọ công nhân",
      value_max=220000, approx="about"),
    F("tại 230 điểm", "230", 230, "count", "điểm", "điểm phủ sóng wifi công cộng miễn phí"),
    F("gồm 209 trụ sở", "209", 209, "count", "trụ sở", "trụ sở UBND xã, phường, thị trấn có wifi miễn phí",
      total=230),
    F("và 21 điểm du lịch", "21", 21, "count", "điểm du lịch", "điểm du lịch, di tích có wifi miễn phí", total=230),
    F("khoảng 20 Mbps", "20", 20, "measure", "Mbps", "tốc độ truy cập tại thôn vùng cao", approx="about"),
    F("phấn đấu 100% thôn", "100", 100, "percent", "%", "thôn, bản có cáp quang", Y25, status="target"),
    F("trên 92%", "92", 92, "percent", "%", "tỷ lệ hộ dùng cáp quang", Y25, approx="over", status="target"),
    F("khoảng 35.000 thuê bao", "35.000", 35000, "count", "thuê bao", "thuê bao phát triển thêm", Y25,
      approx="about", status="forecast"),
]

NOTES = [
    "Báo Bắc Giang online: headline with a figure, '18/12/2024 | 15:05', '(BGĐT) -' tag, byline at the end. Invented text.",
    "Headline 'Hơn 410 nghìn' (= 410000, over) is a figure of its own without period. 'Tính đến hết tháng 11' takes 2024",
    "from the dateline. The district list 'lần lượt 6.120, 5.480 và 4.950' shares the indicator; TP Bắc Giang's location",
    "is 'Bắc Giang'. '5G' is a name. 'bằng 91,4% kế hoạch năm' is the percent of 640 tỷ. 'gồm 209 ... và 21' -> total 230.",
    "The rank 'xếp thứ 9 cả nước' stands in its own sentence (actual, period inherited).",
    "Not figures: 'Quốc lộ 31', 'Quốc lộ 37', 'Kế hoạch số 173/KH-UBND', 'Nguyễn Văn Chín' (a name), '15:05'.",
    "Sơn Động/Lục Ngạn 20 Mbps: location Bắc Giang (two districts together, no single district).",
]

build("p842-8", TEXT, FIGS, NOTES, published="2024-12-18", location="Bắc Giang")
