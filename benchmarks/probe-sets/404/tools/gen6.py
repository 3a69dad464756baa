from lib import *

TEXT = """Số hóa
Mạng 5G đạt hơn 2 triệu người dùng sau hai tuần
Thứ ba, 29/10/2024, 09:30 (GMT+7)

Viettel cho biết mạng 5G thương mại của nhà mạng đã thu hút hơn 2 triệu người dùng chỉ sau hai tuần khai trương, trong đó khoảng 40% sử dụng gói cước kết hợp 4G-5G.

Theo nhà mạng, khoảng 6.500 trạm 5G đã được lắp đặt, phủ sóng 63/63 tỉnh, thành phố; tốc độ tải xuống trung bình đạt 520 Mbps, gấp khoảng 8 lần mạng 4G, độ trễ dưới 10 ms. Viettel là doanh nghiệp đầu tiên trúng đấu giá khối băng tần 2500-2600 MHz hồi tháng 3.

Số liệu của Cục Viễn thông cho thấy, tính đến ngày 30/9/2024, cả nước có 129,4 triệu thuê bao di động, trong đó thuê bao 4G chiếm 71,8%; khoảng 7,3 triệu máy điện thoại đang hoạt động hỗ trợ 5G. Trong quý III/2024, tốc độ Internet di động trung bình của Việt Nam theo đo kiểm của Ookla đạt 68,5 Mbps, tăng 21% so với quý II/2024, xếp thứ 44 thế giới, tăng 6 bậc.

Giá gói cước 5G phổ biến từ 150.000 đến 300.000 đồng/tháng. Theo ông Nguyễn Thanh Nam, chuyên gia viễn thông, rào cản lớn nhất hiện nay là giá thiết bị: một chiếc điện thoại hỗ trợ 5G rẻ nhất vẫn có giá gần 4 triệu đồng.

MobiFone và VNPT dự kiến khai trương 5G trong tháng 12, với mục tiêu mỗi nhà mạng đạt ít nhất 1 triệu người dùng vào cuối năm 2025.

Lưu Quý

Ý kiến (45)
"""

D30 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
E25 = P("cuối năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt hơn 2 triệu", "2", 2000000, "count", "người dùng", "người dùng mạng 5G", approx="over"),
    F("thu hút hơn 2 triệu", "2", 2000000, "count", "người dùng", "người dùng mạng 5G thương mại Viettel",
      approx="over"),
    F("khoảng 40%", "40", 40, "percent", "%", "người dùng sử dụng gói cước kết hợp 4G-5G", approx="about"),
    F("khoảng 6.500 trạm", "6.500", 6500, "count", "trạm", "trạm 5G đã được lắp đặt", approx="about"),
    F("63/63", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố được phủ sóng 5G", total=63),
    F("đạt 520 Mbps", "520", 520, "measure", "Mbps", "tốc độ tải xuống trung bình mạng 5G",
      change=C("increase", 8, "lần", "mạng 4G", approx="about")),
    F("2500-2600 MHz", "2500", 2500, "measure", "MHz", "khối băng tần", value_max=2600, optional=True),
    F("dưới 10 ms", "10", 10, "measure", "ms", "độ trễ", approx="under"),
    F("có 129,4 triệu", "129,4", 129400000, "count", "thuê bao", "thuê bao di động", period=D30),
    F("chiếm 71,8%", "71,8", 71.8, "percent", "%", "thuê bao 4G", period=D30),
    F("khoảng 7,3 triệu", "7,3", 7300000, "count", "máy điện thoại", "máy điện thoại đang hoạt động hỗ trợ 5G",
      approx="about", period=D30),
    F("đạt 68,5 Mbps", "68,5", 68.5, "measure", "Mbps", "tốc độ Internet di động trung bình",
      change=C("increase", 21, "%", "quý II/2024"), period=Q3),
    F("xếp thứ 44", "44", 44, "rank", "hạng", "tốc độ Internet di động trung bình",
      change=C("increase", 6, "bậc"), period=Q3),
    F("từ 150.000 đến", "150.000", 150000, "money", "đồng/tháng", "giá gói cước 5G", value_max=300000),
    F("gần 4 triệu", "4", 4000000, "money", "đồng", "giá điện thoại hỗ trợ 5G rẻ nhất", approx="nearly"),
    F("ít nhất 1 triệu", "1", 1000000, "count", "người dùng", "người dùng 5G của mỗi nhà mạng",
      approx="at_least", status="target", period=E25),
]

COMMENTS = [
    "National press (VnExpress style, section 'Số hóa'): 5G launch, subscribers, speeds. Dateline 'Thứ ba, 29/10/2024, 09:30 (GMT+7)'; comment count 'Ý kiến (45)'.",
    "National: location Việt Nam; Viettel/MobiFone/VNPT are companies, not places. Headline '2 triệu người dùng' is its own figure.",
    "'hai tuần' is a duration (not a figure). 'trong đó khoảng 40%': a percent takes no total. '63/63 tỉnh, thành phố' total 63.",
    "'gấp khoảng 8 lần mạng 4G' is the change (lần, about) of 520 Mbps; 'tăng 21% so với quý II/2024' of 68,5 Mbps; 'tăng 6 bậc' of rank 44.",
    "'thuê bao 4G chiếm 71,8%' has no base count of its own: a percent figure, same as-of period. '(GMT+7)',",
    "'tháng 3', 'tháng 12' (event dates); band '2500-2600 MHz' is a name (optional), '4G-5G', 'Ý kiến (45)' are distractors. Price range 'đồng/tháng' money with value_max.",
    "'với mục tiêu … ít nhất 1 triệu người dùng vào cuối năm 2025' → target (the 'mục tiêu' cue governs over 'dự kiến').",
]

build("p404-6", TEXT, COMMENTS, FIGS, published="2024-10-29", location="Việt Nam")
