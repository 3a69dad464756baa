"""p1014-6: national newspaper (VnExpress style), TP HCM pet clinics overloaded, prices, inspections, national market."""
from lib import F, period, change, write

TEXT = """Thời sự › Đời sống
Thứ bảy, 18/11/2023, 07:30 (GMT+7)
Phòng khám thú cưng ở TP HCM quá tải dịp cuối năm

Một bệnh viện thú y trên đường Phan Xích Long, quận Phú Nhuận, những ngày giữa tháng 11 tiếp nhận 150-180 ca mỗi ngày, nhiều chủ nuôi phải chờ hơn 2 giờ mới đến lượt khám.

Theo Chi cục Chăn nuôi và Thú y TP HCM, thành phố hiện có 1.148 cơ sở hành nghề thú y được cấp phép, trong đó 436 phòng khám, bệnh viện thú cưng, tăng 64 cơ sở so với đầu năm 2023. Tổng đàn chó, mèo nuôi tại thành phố khoảng 1,1 triệu con, tập trung ở TP Thủ Đức, quận Gò Vấp và Bình Thạnh. Số phòng khám thú cưng hiện nay gấp khoảng 2 lần năm 2018.

Khảo sát của phóng viên tại 12 phòng khám cho thấy giá khám tổng quát phổ biến 150.000-300.000 đồng/lượt, tiêm vắc xin 7 bệnh cho chó 250.000-350.000 đồng/mũi. Triệt sản mèo đực khoảng 700.000 đồng, chó cái từ 2 đến 3,5 triệu đồng tùy cân nặng. Phí nằm viện 200.000-500.000 đồng/ngày. Một phòng khám trên đường Nguyễn Thị Thập, quận 7 phải kê thêm ghế chờ ra vỉa hè.

Anh Trần Minh Khoa, nhân viên văn phòng, cho biết mỗi tháng chi trung bình 2,5 triệu đồng cho hai chú mèo, gồm thức ăn, cát vệ sinh và khám định kỳ.

Theo Sở Nông nghiệp và Phát triển nông thôn TP HCM, 10 tháng đầu năm, lực lượng thú y kiểm tra 215 cơ sở, xử phạt 37 cơ sở với tổng số tiền 412 triệu đồng, chủ yếu do hành nghề không có chứng chỉ và bán thuốc thú y không rõ nguồn gốc.

Trên cả nước, thị trường chăm sóc thú cưng năm 2022 ước đạt khoảng 500 triệu USD và dự kiến tăng trưởng bình quân 10-11% mỗi năm đến năm 2025, theo một công ty nghiên cứu thị trường.

Hà An
"""

M10 = period("10 tháng đầu năm", "2023-01-01", "2023-10-31")

FIGS = [
    F("tiếp nhận 150-180 ca", "150", 150, "count", "ca", "ca bệnh viện thú y tiếp nhận mỗi ngày", value_max=180,
      location="Phú Nhuận"),
    F("hơn 2 giờ", "2", 2, "measure", "giờ", "thời gian chủ nuôi chờ đến lượt khám", approx="over",
      location="Phú Nhuận"),
    F("có 1.148 cơ sở", "1.148", 1148, "count", "cơ sở", "cơ sở hành nghề thú y được cấp phép"),
    F("436 phòng khám", "436", 436, "count", "phòng khám, bệnh viện thú cưng", "phòng khám, bệnh viện thú cưng",
      total=1148, change=change("increase", 64, "cơ sở", "đầu năm 2023")),
    F("khoảng 1,1 triệu con", "1,1", 1100000, "count", "con", "tổng đàn chó, mèo nuôi tại thành phố",
      approx="about"),
    F("gấp khoảng 2 lần", "2", 2, "multiple", "lần", "số phòng khám thú cưng hiện nay so với năm 2018",
      approx="about"),
    F("tại 12 phòng khám", "12", 12, "count", "phòng khám", "phòng khám được khảo sát"),
    F("phổ biến 150.000-300.000 đồng/lượt", "150.000", 150000, "money", "đồng/lượt", "giá khám tổng quát",
      value_max=300000),
    F("vắc xin 7 bệnh", "7", 7, "count", "bệnh", "bệnh phòng được bằng vắc xin cho chó", optional=True),
    F("chó 250.000-350.000 đồng/mũi", "250.000", 250000, "money", "đồng/mũi", "giá tiêm vắc xin 7 bệnh cho chó",
      value_max=350000),
    F("khoảng 700.000 đồng", "700.000", 700000, "money", "đồng", "giá triệt sản mèo đực", approx="about"),
    F("từ 2 đến 3,5 triệu đồng", "2", 2000000, "money", "đồng", "giá triệt sản chó cái", value_max=3500000),
    F("nằm viện 200.000-500.000 đồng/ngày", "200.000", 200000, "money", "đồng/ngày", "phí nằm viện",
      value_max=500000),
    F("trung bình 2,5 triệu đồng", "2,5", 2500000, "money", "đồng/tháng", "chi phí nuôi mèo mỗi tháng"),
    F("cho hai chú mèo", "hai", 2, "count", "chú mèo", "mèo anh Khoa nuôi", optional=True),
    F("kiểm tra 215 cơ sở", "215", 215, "count", "cơ sở", "cơ sở được lực lượng thú y kiểm tra", M10),
    F("xử phạt 37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở bị xử phạt", M10),
    F("số tiền 412 triệu đồng", "412", 412000000, "money", "đồng", "tổng số tiền xử phạt", M10),
    F("khoảng 500 triệu USD", "500", 500000000, "money", "USD", "thị trường chăm sóc thú cưng",
      period("năm 2022", "2022-01-01", "2022-12-31"), approx="about", status="estimate", location="Việt Nam"),
    F("bình quân 10-11%", "10", 10, "percent", "%", "tăng trưởng bình quân thị trường chăm sóc thú cưng",
      period("đến năm 2025", None, "2025-12-31"), value_max=11, status="forecast", location="Việt Nam"),
]

NOTES = [
    "National newspaper (VnExpress style): 'Thứ bảy, 18/11/2023, 07:30 (GMT+7)'. City figures TP Hồ Chí Minh; the Phan Xích Long",
    "  hospital's figures are located in Phú Nhuận (the district the text gives for it); market figures 'Trên cả nước' are Việt Nam.",
    "'trong đó 436 phòng khám ..., tăng 64 cơ sở so với đầu năm 2023': the change belongs to 436 (the figure before it); total 1.148.",
    "'Số phòng khám ... gấp khoảng 2 lần năm 2018' stands as its own sentence: a multiple figure.",
    "'vắc xin 7 bệnh' (a product specification) and 'hai chú mèo' (an anecdote's detail) are optional.",
    "Distractors: weekday/date/time line, 'quận 7' (district name), 'giữa tháng 11', 'đầu năm 2023' (baseline), byline.",
    "'10 tháng đầu năm' takes 2023 from the dateline and the earlier 'đầu năm 2023'. 'hiện có' sentences: no period.",
]

write("p1014-6", TEXT, FIGS, NOTES, published="2023-11-18", location="TP Hồ Chí Minh")
