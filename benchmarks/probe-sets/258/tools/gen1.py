from lib import F, P, build

TEXT = """Quảng Bình: Tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2024
Cập nhật: 28/08/2024 15:20
Lượt xem: 2.317

Chiều 27/8, Tỉnh đoàn Quảng Bình tổ chức Hội nghị tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2024. Đồng chí Trần Thị Mai Hoa, Bí thư Tỉnh đoàn chủ trì hội nghị.

Theo báo cáo, Chiến dịch năm 2024 đã thu hút hơn 12.500 lượt đoàn viên, thanh niên tham gia, tăng 12% so với cùng kỳ năm 2023. Toàn tỉnh thực hiện 86 công trình, phần việc thanh niên với tổng trị giá trên 9,6 tỷ đồng; trong đó có 15 công trình cấp tỉnh, 71 công trình cấp huyện và cơ sở. Các đơn vị có giá trị công trình lớn là huyện Bố Trạch (1,8 tỷ đồng), huyện Lệ Thủy (1,2 tỷ đồng) và thị xã Ba Đồn (950 triệu đồng).

Trong 2 tháng cao điểm, đoàn viên, thanh niên đã tu sửa, làm mới 42 km đường giao thông nông thôn, thắp sáng 18,5 km đường quê, trồng mới khoảng 35.000 cây xanh. Các đội hình tình nguyện phối hợp tổ chức khám bệnh, cấp thuốc miễn phí cho gần 3.200 lượt người dân; tặng 640 suất quà cho trẻ em có hoàn cảnh khó khăn, trị giá 320 triệu đồng.

Chương trình "Tiếp sức mùa thi" bố trí 52 điểm tiếp sức với 1.150 tình nguyện viên, hỗ trợ từ 8.000 đến 9.000 thí sinh và người nhà. Chiến dịch "Hành quân xanh" có 26 đội hình với 730 chiến sĩ tình nguyện tham gia.

Năm 2025, Tỉnh đoàn phấn đấu thu hút 15.000 lượt đoàn viên, thanh niên tham gia chiến dịch; mỗi huyện, thị xã, thành phố có ít nhất 1 công trình thanh niên trị giá từ 200 triệu đồng trở lên.

Thông tin chi tiết liên hệ Văn phòng Tỉnh đoàn, số 2 đường Quang Trung, TP Đồng Hới; điện thoại 0232.3822.417.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("thu hút hơn 12.500 lượt", "12.500", 12500, "count", "lượt đoàn viên, thanh niên",
      "lượt đoàn viên, thanh niên tham gia Chiến dịch", Y24, approx="over",
      change={"direction": "increase", "value": 12, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("thực hiện 86 công trình", "86", 86, "count", "công trình, phần việc thanh niên",
      "công trình, phần việc thanh niên", Y24i),
    F("trên 9,6 tỷ đồng", "9,6", 9600000000, "money", "đồng",
      "tổng trị giá công trình, phần việc thanh niên", Y24i, approx="over"),
    F("có 15 công trình cấp tỉnh", "15", 15, "count", "công trình", "công trình cấp tỉnh", Y24i, total=86),
    F("71 công trình cấp huyện", "71", 71, "count", "công trình", "công trình cấp huyện và cơ sở", Y24i, total=86),
    F("Bố Trạch (1,8 tỷ đồng)", "1,8", 1800000000, "money", "đồng", "giá trị công trình", Y24i, location="Bố Trạch"),
    F("Lệ Thủy (1,2 tỷ đồng)", "1,2", 1200000000, "money", "đồng", "giá trị công trình", Y24i, location="Lệ Thủy"),
    F("Ba Đồn (950 triệu đồng)", "950", 950000000, "money", "đồng", "giá trị công trình", Y24i, location="Ba Đồn"),
    F("làm mới 42 km", "42", 42, "measure", "km", "đường giao thông nông thôn được tu sửa, làm mới", Y24i),
    F("thắp sáng 18,5 km", "18,5", 18.5, "measure", "km", "đường quê được thắp sáng", Y24i),
    F("khoảng 35.000 cây xanh", "35.000", 35000, "count", "cây xanh", "cây xanh trồng mới", Y24i, approx="about"),
    F("gần 3.200 lượt", "3.200", 3200, "count", "lượt người dân",
      "lượt người dân được khám bệnh, cấp thuốc miễn phí", Y24i, approx="nearly"),
    F("tặng 640 suất quà", "640", 640, "count", "suất quà", "suất quà tặng trẻ em có hoàn cảnh khó khăn", Y24i),
    F("trị giá 320 triệu đồng", "320", 320000000, "money", "đồng", "trị giá quà tặng trẻ em", Y24i),
    F("bố trí 52 điểm", "52", 52, "count", "điểm tiếp sức", "điểm tiếp sức mùa thi", Y24i),
    F("1.150 tình nguyện viên", "1.150", 1150, "count", "tình nguyện viên", "tình nguyện viên Tiếp sức mùa thi", Y24i),
    F("từ 8.000 đến 9.000 thí sinh", "8.000", 8000, "count", "thí sinh",
      "thí sinh và người nhà được hỗ trợ", Y24i, value_max=9000),
    F("có 26 đội hình", "26", 26, "count", "đội hình", "đội hình Hành quân xanh", Y24i),
    F("730 chiến sĩ", "730", 730, "count", "chiến sĩ tình nguyện", "chiến sĩ tình nguyện Hành quân xanh", Y24i),
    F("thu hút 15.000 lượt", "15.000", 15000, "count", "lượt đoàn viên, thanh niên",
      "lượt đoàn viên, thanh niên tham gia chiến dịch", Y25, status="target"),
    F("ít nhất 1 công trình", "1", 1, "count", "công trình thanh niên", "công trình thanh niên mỗi huyện",
      Y25, approx="at_least", status="target", optional=True),
    F("từ 200 triệu đồng trở lên", "200", 200000000, "money", "đồng", "trị giá công trình thanh niên",
      Y25, approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Bình (province portal): tổng kết Chiến dịch Thanh niên tình nguyện hè 2024. Dateline 'Cập nhật: 28/08/2024 15:20'.",
    "Distractors: 'Lượt xem: 2.317', 'Chiều 27/8', 'Trong 2 tháng cao điểm' (duration locating the campaign), address 'số 2 đường Quang Trung', phone.",
    "'trong đó có 15 …, 71 …' after '86 công trình' gives total 86 (15+71=86). District list in brackets: districts go to location, subject = list indicator.",
    "'tổng trị giá trên 9,6 tỷ đồng' and 'trị giá 320 triệu đồng' are money figures of their own (not attributes of the counts).",
    "'năm 2024' stands in the first sentence of the report paragraph only; later figures inherit it. 'từ 8.000 đến 9.000' is a range.",
    "Criteria in the 2025 target ('ít nhất 1 công trình', 'từ 200 triệu đồng trở lên') are optional.",
]

build("p258-1", TEXT, COMMENTS, FIGS, published="2024-08-28", location="Quảng Bình")
