from lib import *

T = """Giáo dục › Tuyển sinh
Thứ ba, 11/6/2024, 07:00 (GMT+7)

Cuộc đua vào lớp 10 công lập ở các thành phố lớn

Tỷ lệ học sinh có suất vào lớp 10 công lập ở Hà Nội năm nay chỉ khoảng 63%, thấp nhất trong 5 thành phố trực thuộc Trung ương.

Năm 2024, Hà Nội có hơn 126.000 học sinh tốt nghiệp THCS, tăng khoảng 9.000 em so với năm 2023. Chỉ tiêu vào lớp 10 công lập của thành phố là 79.880 học sinh tại 124 trường, chiếm khoảng 63% số học sinh tốt nghiệp. Năm 2023, tỷ lệ này là 62,5%.

Tại TP HCM, năm 2024 có 98.681 thí sinh đăng ký dự thi; chỉ tiêu công lập là 77.300 học sinh, tỷ lệ học sinh được vào trường công lập khoảng 78%. Đà Nẵng có khoảng 15.300 thí sinh cho 11.470 chỉ tiêu, trong khi Hải Phòng có 31.250 thí sinh với 21.600 chỉ tiêu; Cần Thơ tuyển 12.100 học sinh.

Theo Bộ Giáo dục và Đào tạo, năm 2024 cả nước có hơn 1,1 triệu học sinh tốt nghiệp THCS. Tỷ lệ học sinh vào lớp 10 THPT (cả công lập và ngoài công lập) ước đạt khoảng 78,6%, phần còn lại học tại các cơ sở giáo dục nghề nghiệp, giáo dục thường xuyên.

Để giảm áp lực, giai đoạn 2021-2025 Hà Nội đầu tư khoảng 1,2 nghìn tỷ đồng xây mới 15 trường THPT công lập; riêng năm 2024 đưa vào sử dụng 6 trường với 210 phòng học. Ông Trần Thế Cương, Giám đốc Sở GD&ĐT Hà Nội, cho biết mục tiêu đến năm 2025 tỷ lệ vào lớp 10 công lập đạt ít nhất 65%.

Kỳ thi lớp 10 tại Hà Nội diễn ra ngày 8-9/6 với 3 môn Toán, Ngữ văn, Ngoại ngữ; thí sinh xem hướng dẫn tại tuyensinh10.hanoi.gov.vn hoặc gọi 1900 8686.

Thanh Hằng
"""
Y24 = Y("Năm 2024", 2024)
figs = [
    F("chỉ khoảng 63%, thấp nhất", "63", 63, "percent", "%", "Tỷ lệ học sinh có suất vào lớp 10 công lập", Y("năm nay", 2024), approx="about", location="Hà Nội"),
    F("trong 5 thành phố", "5", 5, "count", "thành phố", "thành phố trực thuộc Trung ương", optional=True),
    F("hơn 126.000 học sinh", "126.000", 126000, "count", "học sinh", "học sinh tốt nghiệp THCS", Y24, approx="over", location="Hà Nội",
      change={"direction": "increase", "value": 9000, "unit": "em", "approx": "about", "baseline": "năm 2023"}),
    F("là 79.880 học sinh", "79.880", 79880, "count", "học sinh", "Chỉ tiêu vào lớp 10 công lập", Y("Năm 2024", 2024, inh=True), status="target", percent=63, location="Hà Nội"),
    F("tại 124 trường", "124", 124, "count", "trường", "trường THPT công lập", optional=True, location="Hà Nội"),
    F("là 62,5%", "62,5", 62.5, "percent", "%", "tỷ lệ chỉ tiêu vào lớp 10 công lập so với số học sinh tốt nghiệp", Y("Năm 2023", 2023), location="Hà Nội"),
    F("có 98.681 thí sinh", "98.681", 98681, "count", "thí sinh", "thí sinh đăng ký dự thi", Y("năm 2024", 2024), location="TP Hồ Chí Minh"),
    F("là 77.300 học sinh", "77.300", 77300, "count", "học sinh", "chỉ tiêu công lập", Y("năm 2024", 2024), status="target", location="TP Hồ Chí Minh"),
    F("công lập khoảng 78%", "78", 78, "percent", "%", "tỷ lệ học sinh được vào trường công lập", Y("năm 2024", 2024), approx="about", status="target", location="TP Hồ Chí Minh"),
    F("khoảng 15.300 thí sinh", "15.300", 15300, "count", "thí sinh", "thí sinh", Y("Năm 2024", 2024, inh=True), approx="about", location="Đà Nẵng"),
    F("cho 11.470 chỉ tiêu", "11.470", 11470, "count", "chỉ tiêu", "chỉ tiêu", Y("Năm 2024", 2024, inh=True), status="target", location="Đà Nẵng"),
    F("có 31.250 thí sinh", "31.250", 31250, "count", "thí sinh", "thí sinh", Y("Năm 2024", 2024, inh=True), location="Hải Phòng"),
    F("với 21.600 chỉ tiêu", "21.600", 21600, "count", "chỉ tiêu", "chỉ tiêu", Y("Năm 2024", 2024, inh=True), status="target", location="Hải Phòng"),
    F("tuyển 12.100 học sinh", "12.100", 12100, "count", "học sinh", "chỉ tiêu tuyển", Y("Năm 2024", 2024, inh=True), status="target", location="Cần Thơ"),
    F("hơn 1,1 triệu học sinh", "1,1", 1100000, "count", "học sinh", "học sinh tốt nghiệp THCS", Y("năm 2024", 2024), approx="over", location="Việt Nam"),
    F("khoảng 78,6%", "78,6", 78.6, "percent", "%", "Tỷ lệ học sinh vào lớp 10 THPT (cả công lập và ngoài công lập)", Y("năm 2024", 2024, inh=True),
      approx="about", status="estimate", location="Việt Nam"),
    F("khoảng 1,2 nghìn tỷ đồng", "1,2", 1200000000000, "money", "đồng", "vốn đầu tư xây mới trường THPT công lập",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="about", location="Hà Nội"),
    F("xây mới 15 trường", "15", 15, "count", "trường THPT công lập", "trường THPT công lập xây mới", P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), location="Hà Nội"),
    F("sử dụng 6 trường", "6", 6, "count", "trường", "trường đưa vào sử dụng", Y("năm 2024", 2024), location="Hà Nội"),
    F("với 210 phòng học", "210", 210, "count", "phòng học", "phòng học đưa vào sử dụng", Y("năm 2024", 2024), location="Hà Nội"),
    F("ít nhất 65%", "65", 65, "percent", "%", "tỷ lệ vào lớp 10 công lập", P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target", location="Hà Nội"),
    F("với 3 môn", "3", 3, "count", "môn", "môn thi", optional=True, location="Hà Nội"),
]
write("p297-5", T, figs, [
    "National press (VnExpress-like): grade-10 public places in the big cities and nationally, 2024. Dateline 'Thứ ba, 11/6/2024, 07:00 (GMT+7)', byline at the end.",
    "Default location Việt Nam; each city's figures take the city (Hà Nội, TP HCM, Đà Nẵng, Hải Phòng, Cần Thơ); the ministry's national totals Việt Nam.",
    "Distractors: 'lớp 10', 'ngày 8-9/6', website 'tuyensinh10.hanoi.gov.vn', hotline '1900 8686', 'GMT+7', person's name. '5 thành phố', '124 trường', '3 môn' optional.",
    "'năm nay' in the lead = 2024 (dateline year, the reported round). 'Năm 2023, tỷ lệ này là 62,5%' is a figure of its own (no change is stated).",
    "Quotas are status target ('chiếm khoảng 63%' the percent of 79.880). 'ước đạt khoảng 78,6%' estimate + about. '1,2 nghìn tỷ đồng' = 1,2·10^12.",
    "revised after the first run: TP HCM written as the city's name 'TP Hồ Chí Minh' (shared h04 convention); the 78% clause continues the",
    "'chỉ tiêu công lập là …' clause (comma, no cue of its own) and is the share of candidates the quota provides: status target.",
    "'riêng năm 2024 … 6 trường' counts another period than the 15 schools of 2021-2025: no total. 'mục tiêu đến năm 2025 … ít nhất 65%' target + at_least.",
], published="2024-06-11", location="Việt Nam")
