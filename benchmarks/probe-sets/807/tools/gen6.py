"""p807-6: national newspaper (VnExpress style), Đà Nẵng lifeguards in the summer 2024 peak."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự
Thứ hai, 17/6/2024, 06:30 (GMT+7)

Nhân viên cứu hộ Đà Nẵng trực 10 tiếng mỗi ngày giữa mùa cao điểm

Mỗi nhân viên cứu hộ ở biển Mỹ Khê phải bao quát khoảng 300 m bờ biển, trong khi lượng khách tắm biển dịp hè tăng mạnh.

Từ 5h30, anh Lê Văn Tư, 32 tuổi, đã có mặt tại chòi cứu hộ số 7 trên bãi biển Mỹ Khê (quận Sơn Trà). Anh cho biết, lượng khách tắm biển cuối tuần gấp 3 lần ngày thường, có thời điểm trên 10.000 người xuống biển cùng lúc.

Theo Sở Du lịch Đà Nẵng, thành phố hiện có 22 bãi tắm công cộng trải dài khoảng 15 km, với 53 chòi và 167 nhân viên cứu hộ. Năm nay thành phố cần tuyển thêm 40 người. Tuy nhiên, đến nay mới tuyển được 12/40 người theo kế hoạch. Lương khởi điểm của nhân viên cứu hộ là 6,5 triệu đồng/tháng, cộng phụ cấp 50.000 đồng/ngày vào mùa hè. Năm 2023, ngân sách thành phố chi khoảng 14,5 tỷ đồng cho hoạt động cứu hộ bãi biển, tăng 8% so với năm 2022.

Từ đầu năm đến nay, lực lượng cứu hộ đã cứu 46 người gặp nạn, trong đó 29 người là du khách ngoại tỉnh và nước ngoài. 5 tháng đầu năm, số ca cứu nạn tăng 35% so với cùng kỳ năm 2023.

Theo Bộ Lao động - Thương binh và Xã hội, mỗi năm cả nước có khoảng 2.000 trẻ em tử vong do đuối nước, chiếm gần 50% tổng số trẻ em tử vong do tai nạn thương tích. Các chuyên gia khuyến cáo du khách chỉ tắm trong khu vực có cắm cờ và phao giới hạn, không xuống biển khi có cờ đỏ hoặc sau khi trời tối.

Nguyễn Đông
"""

NOW = P("Năm nay", "2024-01-01", "2024-12-31")
UPTO = P("đến nay", None, "2024-06-17")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-17")
M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")

FIGS = [
    F("trực 10 tiếng mỗi ngày", "10", 10, "measure", "tiếng/ngày", "thời gian trực của nhân viên cứu hộ"),
    F("khoảng 300 m", "300", 300, "measure", "m", "bờ biển mỗi nhân viên cứu hộ ở biển Mỹ Khê phải bao quát",
      approx="about"),
    F("32 tuổi", "32", 32, "measure", "tuổi", "tuổi của nhân viên cứu hộ", location="Sơn Trà", optional=True),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "lượng khách tắm biển cuối tuần so với ngày thường", location="Sơn Trà"),
    F("trên 10.000 người", "10.000", 10000, "count", "người", "người xuống biển cùng lúc", approx="over",
      location="Sơn Trà"),
    F("có 22 bãi tắm", "22", 22, "count", "bãi tắm", "bãi tắm công cộng"),
    F("khoảng 15 km", "15", 15, "measure", "km", "chiều dài các bãi tắm công cộng", approx="about"),
    F("với 53 chòi", "53", 53, "count", "chòi", "chòi cứu hộ"),
    F("167 nhân viên", "167", 167, "count", "nhân viên cứu hộ", "nhân viên cứu hộ"),
    F("tuyển thêm 40 người", "40", 40, "count", "người", "nhân viên cứu hộ cần tuyển thêm", NOW, status="target"),
    F("12/40 người", "12", 12, "count", "người", "nhân viên cứu hộ đã tuyển được", UPTO, target=T(40, "người", False)),
    F("là 6,5 triệu đồng/tháng", "6,5", 6.5e6, "money", "đồng/tháng", "lương khởi điểm của nhân viên cứu hộ"),
    F("phụ cấp 50.000 đồng/ngày", "50.000", 50000, "money", "đồng/ngày", "phụ cấp mùa hè của nhân viên cứu hộ"),
    F("khoảng 14,5 tỷ đồng", "14,5", 14.5e9, "money", "đồng", "ngân sách thành phố chi cho hoạt động cứu hộ bãi biển",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about", change=C("increase", 8, "%", "năm 2022")),
    F("cứu 46 người", "46", 46, "count", "người", "người gặp nạn được lực lượng cứu hộ cứu", YTD),
    F("29 người là du khách", "29", 29, "count", "người", "du khách ngoại tỉnh và nước ngoài được cứu", YTD, total=46),
    F("tăng 35%", "35", 35, "percent", "%", "số ca cứu nạn tăng so với cùng kỳ năm 2023", M5),
    F("khoảng 2.000 trẻ em", "2.000", 2000, "count", "trẻ em", "trẻ em tử vong do đuối nước mỗi năm",
      approx="about", percent=50, location="Việt Nam"),
]

write("p807-6", TEXT, [
    "National newspaper (VnExpress style): Đà Nẵng lifeguards in the June 2024 peak; shifts, staffing, pay, rescues, national child drowning.",
    "'10 tiếng mỗi ngày' is a rate (unit tiếng/ngày). The lifeguard's anecdote is at Mỹ Khê, quận Sơn Trà: location Sơn Trà.",
    "'cần tuyển thêm 40 người' (Năm nay) is a target; '12/40 người theo kế hoạch' is result against plan: target 40, not a total.",
    "'đến nay' alone is an as-of at the dateline. 'tăng 35%' with no base amount is a percent figure without change. The national",
    "count takes 'Việt Nam' and its share 'chiếm gần 50%'. The lifeguard's age is optional. Distractors: '5h30', 'chòi cứu hộ số 7', dateline.",
], FIGS, published="2024-06-17", location="Đà Nẵng")
