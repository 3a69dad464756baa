from lib import F, P, build

TEXT = """Chiến dịch Thanh niên tình nguyện hè năm 2024: Hơn 5,2 triệu lượt đoàn viên, thanh niên tham gia
Ngày đăng: 05/09/2024 | Lượt xem: 1.904

Ngày 4/9, tại Hà Nội, Ban Bí thư Trung ương Đoàn tổ chức hội nghị trực tuyến tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2024 với 63 điểm cầu tỉnh, thành phố.

Theo báo cáo, chiến dịch năm 2024 có hơn 5,2 triệu lượt đoàn viên, thanh niên tham gia, trong đó khoảng 1,1 triệu lượt sinh viên. Các cấp bộ Đoàn đã triển khai 18.436 công trình, phần việc thanh niên, tổng giá trị gần 2,2 nghìn tỷ đồng, tăng 8,7% so với năm 2023. Đoàn viên, thanh niên đã làm mới, sửa chữa 4.120 km đường giao thông nông thôn, xây dựng 1.384 cây cầu và nhà nhân ái; trồng mới gần 4,8 triệu cây xanh.

Chương trình "Chủ nhật Đỏ" lần thứ XVI và Ngày hội "Hành trình Đỏ" năm 2024 tiếp nhận 127.350 đơn vị máu, đạt 106,1% kế hoạch. Dẫn đầu cả nước là TP Hồ Chí Minh với 18.520 đơn vị máu, tiếp đến là Hà Nội 15.240 đơn vị máu, Đồng Nai 6.130 đơn vị máu và Nghệ An 5.870 đơn vị máu.

Về hỗ trợ thanh niên khởi nghiệp, trong 6 tháng đầu năm 2024, Trung ương Đoàn đã tổ chức 45 diễn đàn, tọa đàm, hỗ trợ 2.860 dự án khởi nghiệp của thanh niên tiếp cận nguồn vốn với tổng số tiền khoảng 1.350 tỷ đồng.

Đánh giá chung, 63/63 tỉnh, thành đoàn đều triển khai đồng bộ các chiến dịch thành phần; 12 đơn vị được Ban Bí thư Trung ương Đoàn tặng Cờ thi đua xuất sắc. Năm 2025, Trung ương Đoàn đặt chỉ tiêu mỗi tỉnh, thành đoàn có từ 3 đến 5 công trình thanh niên cấp tỉnh.

Ban Tuyên giáo Trung ương Đoàn
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("Hơn 5,2 triệu lượt", "5,2", 5200000, "count", "lượt đoàn viên, thanh niên",
      "lượt đoàn viên, thanh niên tham gia Chiến dịch Thanh niên tình nguyện hè", Y24, approx="over"),
    F("với 63 điểm cầu", "63", 63, "count", "điểm cầu", "điểm cầu tỉnh, thành phố", optional=True),
    F("có hơn 5,2 triệu lượt", "5,2", 5200000, "count", "lượt đoàn viên, thanh niên",
      "lượt đoàn viên, thanh niên tham gia", Y24, approx="over"),
    F("khoảng 1,1 triệu lượt", "1,1", 1100000, "count", "lượt sinh viên", "lượt sinh viên tham gia", Y24,
      approx="about", total=5200000),
    F("triển khai 18.436 công trình", "18.436", 18436, "count", "công trình, phần việc thanh niên",
      "công trình, phần việc thanh niên", Y24i),
    F("gần 2,2 nghìn tỷ đồng", "2,2", 2200000000000, "money", "đồng", "tổng giá trị công trình, phần việc thanh niên",
      Y24i, approx="nearly", change={"direction": "increase", "value": 8.7, "unit": "%", "baseline": "năm 2023"}),
    F("sửa chữa 4.120 km", "4.120", 4120, "measure", "km", "đường giao thông nông thôn làm mới, sửa chữa", Y24i),
    F("xây dựng 1.384 cây cầu", "1.384", 1384, "count", "cây cầu và nhà nhân ái", "cây cầu và nhà nhân ái xây dựng", Y24i),
    F("gần 4,8 triệu cây xanh", "4,8", 4800000, "count", "cây xanh", "cây xanh trồng mới", Y24i, approx="nearly"),
    F("tiếp nhận 127.350 đơn vị", "127.350", 127350, "count", "đơn vị máu",
      "đơn vị máu tiếp nhận Chủ nhật Đỏ và Hành trình Đỏ", Y24, percent=106.1),
    F("với 18.520 đơn vị", "18.520", 18520, "count", "đơn vị máu", "đơn vị máu tiếp nhận", Y24i, location="TP Hồ Chí Minh"),
    F("Hà Nội 15.240 đơn vị", "15.240", 15240, "count", "đơn vị máu", "đơn vị máu tiếp nhận", Y24i, location="Hà Nội"),
    F("Đồng Nai 6.130 đơn vị", "6.130", 6130, "count", "đơn vị máu", "đơn vị máu tiếp nhận", Y24i, location="Đồng Nai"),
    F("Nghệ An 5.870 đơn vị", "5.870", 5870, "count", "đơn vị máu", "đơn vị máu tiếp nhận", Y24i, location="Nghệ An"),
    F("tổ chức 45 diễn đàn", "45", 45, "count", "diễn đàn, tọa đàm", "diễn đàn, tọa đàm hỗ trợ thanh niên khởi nghiệp", H1),
    F("hỗ trợ 2.860 dự án", "2.860", 2860, "count", "dự án khởi nghiệp",
      "dự án khởi nghiệp của thanh niên được hỗ trợ tiếp cận nguồn vốn", H1),
    F("khoảng 1.350 tỷ đồng", "1.350", 1350000000000, "money", "đồng", "tổng số tiền tiếp cận nguồn vốn", H1, approx="about"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành đoàn", "tỉnh, thành đoàn triển khai đồng bộ các chiến dịch thành phần",
      Y24i, total=63),
    F("12 đơn vị", "12", 12, "count", "đơn vị", "đơn vị được tặng Cờ thi đua xuất sắc", Y24i),
    F("từ 3 đến 5 công trình", "3", 3, "count", "công trình thanh niên cấp tỉnh",
      "công trình thanh niên cấp tỉnh mỗi tỉnh, thành đoàn", P("Năm 2025", "2025-01-01", "2025-12-31"),
      value_max=5, status="target"),
]

COMMENTS = [
    "Trung ương Đoàn site (national): tổng kết Chiến dịch Thanh niên tình nguyện hè 2024. Dateline 'Ngày đăng: 05/09/2024 | Lượt xem: 1.904'.",
    "Distractors: 'Lượt xem: 1.904', 'Ngày 4/9', venue 'tại Hà Nội' (not the location of national figures), 'lần thứ XVI', signature line.",
    "'gần 2,2 nghìn tỷ đồng' = 2,2·10^12. 'trong đó khoảng 1,1 triệu lượt sinh viên' → total 5,2 triệu. 'đạt 106,1% kế hoạch' → percent.",
    "Province list after 'Dẫn đầu cả nước là …': provinces are locations, subject = list indicator (đơn vị máu tiếp nhận); period inherited.",
    "'tăng 8,7% so với năm 2023' is the change of the money figure; the sentence has only the baseline year, so period inherited from 'năm 2024'.",
    "'63 điểm cầu' (structure) optional; '63/63 tỉnh, thành đoàn' total 63. 'đặt chỉ tiêu … từ 3 đến 5' → target range.",
]

build("p258-5", TEXT, COMMENTS, FIGS, published="2024-09-05", location="Việt Nam")
