from lib import F, P, build

T = """BÁO KHÁNH HÒA ĐIỆN TỬ
Kinh tế

Sân bay Cam Ranh: Đường bay quốc tế phục hồi mạnh

15/10/2024 08:15

MINH HẢI

Từ đầu năm đến nay, Cảng hàng không quốc tế Cam Ranh đã đón gần 4,1 triệu lượt hành khách, trong đó khách quốc tế chiếm 52%. Hiện có 9 hãng hàng không nước ngoài khai thác 27 đường bay quốc tế đến Cam Ranh, nhiều nhất trong các cảng hàng không ngoài Hà Nội và TP Hồ Chí Minh.

Thị trường Hàn Quốc tiếp tục dẫn đầu với bình quân 168 chuyến/tuần, tiếp đến là Trung Quốc 54 chuyến/tuần, Ấn Độ 14 chuyến/tuần và Kazakhstan 10 chuyến/tuần. Tháng 9 vừa qua, hãng IndiGo đã mở đường bay thẳng Kolkata - Cam Ranh với tần suất 3 chuyến/tuần; dự kiến cuối tháng 10, Vietjet mở thêm đường bay Cam Ranh - Almaty (Kazakhstan).

Về hàng hóa, 9 tháng năm 2024, sản lượng hàng hóa qua Cam Ranh ước đạt 10.240 tấn, tăng 15,7% so với cùng kỳ, bằng 81,9% kế hoạch năm; trong đó hàng quốc tế khoảng 6.300 tấn.

Theo Ban Quản lý dự án, nhà ga hành khách quốc tế T2 hiện có công suất 4 triệu khách/năm. Theo quy hoạch, đến năm 2030 công suất toàn cảng đạt 10 triệu khách/năm, tổng vốn đầu tư dự kiến khoảng 2.600 tỷ đồng. Năm 2023, lượng khách quốc tế qua Cam Ranh đã vượt 2,2 triệu lượt, xếp thứ 3 cả nước sau Tân Sơn Nhất và Nội Bài.

Ông Nguyễn Văn Tuấn, Phó Giám đốc Cảng cho biết, cảng đang phối hợp với Sở Du lịch xúc tiến các đường bay mới từ Nhật Bản và Úc, phấn đấu năm 2025 đón 5 triệu lượt khách.
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FREQ = "tần suất chuyến bay quốc tế đến Cam Ranh"
figs = [
    F("gần 4,1 triệu lượt hành khách", "4,1", 4100000, "count", "lượt hành khách",
      "hành khách qua Cảng hàng không quốc tế Cam Ranh", approx="nearly", period=YTD),
    F("khách quốc tế chiếm 52%", "52", 52, "percent", "%", "tỷ trọng khách quốc tế", period=YTD),
    F("có 9 hãng", "9", 9, "count", "hãng hàng không", "hãng hàng không nước ngoài khai thác"),
    F("khai thác 27 đường bay", "27", 27, "count", "đường bay", "đường bay quốc tế đến Cam Ranh"),
    F("bình quân 168 chuyến/tuần", "168", 168, "measure", "chuyến/tuần", FREQ + " thị trường Hàn Quốc"),
    F("Trung Quốc 54 chuyến/tuần", "54", 54, "measure", "chuyến/tuần", FREQ + " thị trường Trung Quốc"),
    F("Ấn Độ 14 chuyến/tuần", "14", 14, "measure", "chuyến/tuần", FREQ + " thị trường Ấn Độ"),
    F("Kazakhstan 10 chuyến/tuần", "10", 10, "measure", "chuyến/tuần", FREQ + " thị trường Kazakhstan"),
    F("tần suất 3 chuyến/tuần", "3", 3, "measure", "chuyến/tuần", "tần suất đường bay thẳng Kolkata - Cam Ranh"),
    F("ước đạt 10.240 tấn", "10.240", 10240, "measure", "tấn", "sản lượng hàng hóa qua Cam Ranh", status="estimate",
      percent=81.9, change={"direction": "increase", "value": 15.7, "unit": "%", "baseline": "cùng kỳ"}, period=M9),
    F("khoảng 6.300 tấn", "6.300", 6300, "measure", "tấn", "hàng quốc tế", approx="about", total=10240,
      status="estimate", period=M9),
    F("công suất 4 triệu khách/năm", "4", 4000000, "measure", "khách/năm", "công suất nhà ga hành khách quốc tế T2"),
    F("đạt 10 triệu khách/năm", "10", 10000000, "measure", "khách/năm", "công suất toàn cảng", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("khoảng 2.600 tỷ đồng", "2.600", 2600000000000, "money", "đồng", "tổng vốn đầu tư", approx="about",
      status="forecast"),
    F("vượt 2,2 triệu lượt", "2,2", 2200000, "count", "lượt", "lượng khách quốc tế qua Cam Ranh", approx="over", period=Y23),
    F("xếp thứ 3 cả nước", "3", 3, "rank", "hạng", "lượng khách quốc tế", period=Y23),
    F("đón 5 triệu lượt khách", "5", 5000000, "count", "lượt khách", "lượt khách đón", status="target",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
]

build("p287-5", T, figs, [
    "Báo Khánh Hòa (Party newspaper): bare dateline '15/10/2024 08:15' under the title, byline MINH HẢI. Cam Ranh airport.",
    "'Từ đầu năm đến nay' = 2024-01-01 .. the dateline 2024-10-15 (FIGURES.md: 'đến nay' ends at published).",
    "'trong đó khách quốc tế chiếm 52%': no count of international passengers is given, so 52% is a percent figure of its own.",
    "'Hiện có 9 hãng … 27 đường bay': counts with no period phrase. Foreign markets (Hàn Quốc, Trung Quốc, Ấn Độ, Kazakhstan)",
    "are trade partners, not places of the figure: location stays Cam Ranh, the market goes into the subject.",
    "Location: Cam Ranh (named throughout, 'qua Cam Ranh'; the most specific place, cf. h20). Revised after the first run: was 'Khánh Hòa'.",
    "Frequencies are rates (measure, 'chuyến/tuần'). 'Tháng 9 vừa qua' dates the route's opening, not its frequency: no period.",
    "Cargo: 'ước đạt … tăng 15,7% …, bằng 81,9% kế hoạch năm' → estimate with change and percent; 'trong đó … khoảng 6.300 tấn'",
    "is a part (total 10.240) in the same estimate clause chain. 'đến năm 2030 … đạt 10 triệu khách/năm' is a target;",
    "'tổng vốn đầu tư dự kiến khoảng 2.600 tỷ đồng' a forecast. 'đã vượt 2,2 triệu lượt' = more than: approx over.",
    "Distractors: dateline and time, 'T2' (terminal name), 'Tháng 9', 'cuối tháng 10', 'năm 2025' as a period only.",
], published="2024-10-15", location="Cam Ranh")
