from lib import P, F, build

TEXT = """Đắk Lắk: Diện tích bơ đạt hơn 24.000 ha, phần lớn trồng xen trong vườn cà phê
Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.318

(ĐL) - Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến 30/9, tổng diện tích bơ toàn tỉnh đạt 24.150 ha, tăng 1.870 ha so với cuối năm 2023. Trong đó, diện tích bơ trồng xen trong vườn cà phê là 14.260 ha, chiếm 59%; diện tích trồng thuần 9.890 ha. Diện tích cho thu hoạch khoảng 17.400 ha.

Sản lượng bơ 9 tháng năm 2024 ước đạt 186.500 tấn, tăng 8,6% so với cùng kỳ năm 2023. Năng suất bình quân đạt 10,7 tấn/ha. Các địa phương có diện tích bơ lớn gồm: huyện Krông Pắc 4.120 ha, Cư M'gar 3.650 ha, Krông Năng 2.980 ha và thành phố Buôn Ma Thuột 1.540 ha. Giống bơ 034 và bơ Booth 7 chiếm phần lớn diện tích trồng mới.

Từ đầu năm đến nay, giá bơ tại vườn dao động từ 18.000 đến 35.000 đồng/kg; riêng bơ Booth đầu vụ có thời điểm lên gần 50.000 đồng/kg. Toàn tỉnh đã có 32 mã số vùng trồng bơ với diện tích hơn 1.850 ha đáp ứng yêu cầu xuất khẩu chính ngạch, chủ yếu sang Trung Quốc.

Theo ông Nguyễn Văn Tâm, Phó Giám đốc Sở, trồng xen bơ trong vườn cà phê giúp nông hộ có thêm thu nhập 100-150 triệu đồng/ha mỗi năm, đồng thời tạo đai chắn gió cho cà phê.

Thực hiện Quyết định số 1726/QĐ-UBND ngày 15/7/2021 về phát triển cây ăn quả, tỉnh phấn đấu đến năm 2025 diện tích bơ đạt 25.000 ha, sản lượng trên 250.000 tấn; đến năm 2030 diện tích bơ đạt khoảng 30.000 ha, trong đó 60% được cấp mã số vùng trồng.

Mọi thông tin chi tiết xin liên hệ Chi cục Trồng trọt và Bảo vệ thực vật, số 47 Lê Duẩn, TP Buôn Ma Thuột; điện thoại 0262.3852.621.

Quang Nhật
"""

PUB = "2024-10-14"
T309 = P("tính đến 30/9", None, "2024-09-30")
T309i = P("tính đến 30/9", None, "2024-09-30", inherited=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y25 = P("đến năm 2025", None, "2025-12-31")
Y30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Diện tích bơ đạt hơn 24.000 ha", "24.000", 24000, "measure", "ha", "diện tích bơ", approx="over", optional=True),
    F("đạt 24.150 ha", "24.150", 24150, "measure", "ha", "tổng diện tích bơ", T309,
      change={"direction": "increase", "value": 1870, "unit": "ha", "baseline": "cuối năm 2023"}),
    F("là 14.260 ha", "14.260", 14260, "measure", "ha", "diện tích bơ trồng xen trong vườn cà phê", T309i,
      total=24150, percent=59),
    F("thuần 9.890 ha", "9.890", 9890, "measure", "ha", "diện tích bơ trồng thuần", T309i, total=24150),
    F("khoảng 17.400 ha", "17.400", 17400, "measure", "ha", "diện tích bơ cho thu hoạch", T309i, approx="about"),
    F("ước đạt 186.500 tấn", "186.500", 186500, "measure", "tấn", "sản lượng bơ", M9, status="estimate",
      change={"direction": "increase", "value": 8.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("đạt 10,7 tấn/ha", "10,7", 10.7, "measure", "tấn/ha", "năng suất bơ bình quân", M9i),
    F("Krông Pắc 4.120 ha", "4.120", 4120, "measure", "ha", "diện tích bơ", T309i, location="Krông Pắc"),
    F("Cư M'gar 3.650 ha", "3.650", 3650, "measure", "ha", "diện tích bơ", T309i, location="Cư M'gar"),
    F("Krông Năng 2.980 ha", "2.980", 2980, "measure", "ha", "diện tích bơ", T309i, location="Krông Năng"),
    F("Buôn Ma Thuột 1.540 ha", "1.540", 1540, "measure", "ha", "diện tích bơ", T309i, location="Buôn Ma Thuột"),
    F("từ 18.000 đến 35.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá bơ tại vườn", YTD, value_max=35000),
    F("gần 50.000 đồng/kg", "50.000", 50000, "money", "đồng/kg", "giá bơ Booth đầu vụ", YTD, approx="nearly"),
    F("có 32 mã số", "32", 32, "count", "mã số vùng trồng", "mã số vùng trồng bơ"),
    F("hơn 1.850 ha", "1.850", 1850, "measure", "ha", "diện tích vùng trồng bơ đáp ứng yêu cầu xuất khẩu chính ngạch",
      approx="over"),
    F("thu nhập 100-150 triệu", "100", 100000000, "money", "đồng/ha", "thu nhập thêm từ trồng xen bơ trong vườn cà phê",
      value_max=150000000),
    F("đạt 25.000 ha", "25.000", 25000, "measure", "ha", "diện tích bơ", Y25, status="target"),
    F("trên 250.000 tấn", "250.000", 250000, "measure", "tấn", "sản lượng bơ", Y25, status="target", approx="over"),
    F("khoảng 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích bơ", Y30, status="target", approx="about"),
    F("trong đó 60%", "60", 60, "percent", "%", "diện tích bơ được cấp mã số vùng trồng", Y30, status="target"),
]

COMMENTS = """
Cổng TTĐT tỉnh Đắk Lắk (provincial portal): avocado area, intercropping with coffee, output, prices, export growing codes, targets.
Dateline 'Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.318' (view counter is page furniture). Location Đắk Lắk; districts in the list go to location.
'tính đến 30/9' takes the year of the dateline (2024). The headline 'hơn 24.000 ha' restates the body figure (optional).
'Trong đó' after 24.150 ha: both parts take total 24150; 'chiếm 59%' is the percent of 14.260 ha. 'tăng 1.870 ha so với cuối năm 2023' is its change.
District list: no whole before 'gồm' in its own sentence, so no total; subject 'diện tích bơ', period inherited.
'Từ đầu năm đến nay' runs 2024-01-01 to the dateline. '100-150 triệu đồng/ha mỗi năm' is a money range (unit đồng/ha).
Targets: 'phấn đấu đến năm 2025 … đạt', 'đến năm 2030 … đạt'. 'trong đó 60%' is a percent figure (a percent has no whole in ha), status target.
Distractors: bơ 034, Booth 7 (variety names), Quyết định số 1726/QĐ-UBND ngày 15/7/2021, số 47 Lê Duẩn, phone 0262.3852.621, Lượt xem.
"""

build(1, COMMENTS, TEXT, FIGS, published=PUB, location="Đắk Lắk")
