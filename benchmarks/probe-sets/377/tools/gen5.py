from lib import write, F, P

TEXT = """BÁO QUẢNG NINH
Xã hội | Y tế

Quảng Ninh: 99,1% học sinh, sinh viên tham gia bảo hiểm y tế
Thu Hằng 07:45, 05/10/2024

Theo Bảo hiểm xã hội tỉnh Quảng Ninh, tính đến ngày 30/9/2024, toàn tỉnh có 289.512 học sinh, sinh viên tham gia BHYT, đạt 99,1%, tăng 0,6% so với cùng kỳ năm 2023. Trong đó, 48.730 em thuộc diện được ngân sách nhà nước đóng 100% (hộ nghèo, cận nghèo, dân tộc thiểu số vùng khó khăn), số còn lại tham gia theo nhóm học sinh, sinh viên.

Nhiều địa phương đạt tỷ lệ bao phủ cao như: TP Hạ Long (99,8%), TP Cẩm Phả (99,6%), TP Móng Cái (99,5%); thấp nhất là huyện Ba Chẽ với 97,2% và huyện Bình Liêu 97,5%. Toàn tỉnh có 38/52 trường THPT đạt tỷ lệ 100%.

Năm học 2024-2025, mức đóng BHYT học sinh là 1.263.600 đồng/em/năm (bằng 4,5% mức lương cơ sở 2,34 triệu đồng nhân 12 tháng), trong đó ngân sách nhà nước hỗ trợ 30%, học sinh đóng 70%, tương đương 884.520 đồng.

Năm 2023, quỹ BHYT đã thanh toán chi phí khám, chữa bệnh cho hơn 52 nghìn lượt học sinh, sinh viên với số tiền gần 31,4 tỷ đồng. Ngoài ra, BHXH tỉnh đã cấp kinh phí chăm sóc sức khỏe ban đầu cho 1.126 cơ sở giáo dục, tổng số tiền trên 14,2 tỷ đồng.

Ông Nguyễn Văn Hùng, Phó Giám đốc BHXH tỉnh cho biết, mục tiêu năm 2025 là duy trì 100% học sinh, sinh viên tham gia BHYT. Phụ huynh cần hỗ trợ có thể gọi tổng đài 1900 9068 hoặc đến trụ sở BHXH tỉnh tại số 2 đường Nguyễn Văn Cừ, TP Hạ Long.
"""

ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
ASOF_I = P("tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)
SY = P("Năm học 2024-2025", "2024-09-01", "2025-05-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23_I = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
BH = "tỷ lệ học sinh, sinh viên tham gia BHYT"

FIGS = [
    F("Quảng Ninh: 99,1%", "99,1", 99.1, "percent", "%", "học sinh, sinh viên tham gia bảo hiểm y tế"),
    F("có 289.512 học sinh", "289.512", 289512, "count", "học sinh, sinh viên", "học sinh, sinh viên tham gia BHYT",
      percent=99.1, change={"direction": "increase", "value": 0.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=ASOF),
    F("48.730 em", "48.730", 48730, "count", "em", "học sinh, sinh viên được ngân sách nhà nước đóng BHYT",
      total=289512, period=ASOF_I),
    F("đóng 100% (hộ nghèo", "100", 100, "percent", "%", "mức ngân sách nhà nước đóng BHYT", optional=True),
    F("Hạ Long (99,8%)", "99,8", 99.8, "percent", "%", "tỷ lệ bao phủ BHYT học sinh", location="Hạ Long", period=ASOF_I),
    F("Cẩm Phả (99,6%)", "99,6", 99.6, "percent", "%", "tỷ lệ bao phủ BHYT học sinh", location="Cẩm Phả", period=ASOF_I),
    F("Móng Cái (99,5%)", "99,5", 99.5, "percent", "%", "tỷ lệ bao phủ BHYT học sinh", location="Móng Cái", period=ASOF_I),
    F("Ba Chẽ với 97,2%", "97,2", 97.2, "percent", "%", "tỷ lệ bao phủ BHYT học sinh", location="Ba Chẽ", period=ASOF_I),
    F("Bình Liêu 97,5%", "97,5", 97.5, "percent", "%", "tỷ lệ bao phủ BHYT học sinh", location="Bình Liêu", period=ASOF_I),
    F("có 38/52 trường", "38", 38, "count", "trường THPT", "trường THPT đạt tỷ lệ tham gia BHYT 100%", total=52, period=ASOF_I),
    F("tỷ lệ 100%.", "100", 100, "percent", "%", "tỷ lệ tham gia BHYT", optional=True),
    F("là 1.263.600 đồng", "1.263.600", 1263600, "money", "đồng/em/năm", "mức đóng BHYT học sinh", percent=4.5, period=SY),
    F("cơ sở 2,34 triệu", "2,34", 2340000, "money", "đồng", "mức lương cơ sở"),
    F("nhân 12 tháng", "12", 12, "measure", "tháng", "số tháng tính mức đóng", optional=True),
    F("hỗ trợ 30%", "30", 30, "percent", "%", "ngân sách nhà nước hỗ trợ mức đóng BHYT học sinh", period=SY),
    F("đóng 70%", "70", 70, "percent", "%", "học sinh đóng BHYT", period=SY),
    F("tương đương 884.520 đồng", "884.520", 884520, "money", "đồng", "số tiền học sinh đóng BHYT", period=SY),
    F("hơn 52 nghìn lượt", "52", 52000, "count", "lượt", "lượt học sinh, sinh viên khám, chữa bệnh BHYT",
      approx="over", period=Y23),
    F("gần 31,4 tỷ đồng", "31,4", 31.4e9, "money", "đồng", "chi phí khám, chữa bệnh BHYT học sinh, sinh viên",
      approx="nearly", period=Y23),
    F("cho 1.126 cơ sở", "1.126", 1126, "count", "cơ sở giáo dục", "cơ sở giáo dục được cấp kinh phí chăm sóc sức khỏe ban đầu",
      period=Y23_I),
    F("trên 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng", "kinh phí chăm sóc sức khỏe ban đầu", approx="over", period=Y23_I),
    F("duy trì 100%", "100", 100, "percent", "%", BH, status="target", period=Y25),
]

write("p377-5", TEXT, FIGS, [
    "Báo Quảng Ninh (Party newspaper): BHYT học sinh, sinh viên — coverage by city/district, premium, payments, CSSKBĐ funds.",
    "Byline with time and date 'Thu Hằng 07:45, 05/10/2024' (published). Distractors: hotline '1900 9068', 'số 2 đường Nguyễn Văn Cừ', a person's name.",
    "'289.512 …, đạt 99,1%, tăng 0,6% so với cùng kỳ năm 2023' → percent 99,1 and change 0,6 on the count; '48.730 em' after 'Trong đó' has total 289.512.",
    "'1.263.600 đồng/em/năm (bằng 4,5% mức lương cơ sở …)' → unit đồng/em/năm, percent 4,5 (share after 'bằng'); the base wage 2,34 triệu is its own figure.",
    "'học sinh đóng 70%, tương đương 884.520 đồng' → both figures, as h01's '83,48%, tương đương 1,488 triệu hồ sơ'.",
    "Policy rates and thresholds ('đóng 100%', 'đạt tỷ lệ 100%', '12 tháng') optional. 'mục tiêu năm 2025' target. Năm học read as 1/9 … 31/5.",
], location="Quảng Ninh", published="2024-10-05")
