from lib import F, P, emit

TEXT = """Sức khỏe
Hơn 1,1 triệu trẻ sơ sinh được lấy máu gót chân mỗi năm

Tỷ lệ trẻ sơ sinh được sàng lọc bệnh bẩm sinh tăng nhanh nhưng vẫn còn xa mục tiêu, nhất là ở các tỉnh miền núi.

Theo Cục Dân số (Bộ Y tế), tính đến 30/9/2024, tỷ lệ trẻ sơ sinh được sàng lọc ít nhất 5 bệnh bẩm sinh phổ biến nhất của cả nước đạt 43,6%, còn xa mục tiêu 70% vào năm 2025. Tỷ lệ phụ nữ mang thai được sàng lọc trước sinh đạt khoảng 69%.

Giai đoạn 2021-2023, bình quân mỗi năm cả nước có hơn 1,1 triệu trẻ sơ sinh được lấy mẫu máu gót chân, gấp 2,5 lần giai đoạn 2016-2020. Trong năm 2023, các trung tâm sàng lọc đã phát hiện 12.480 trẻ nguy cơ cao, trong đó 9.760 trẻ thiếu men G6PD (chiếm 78,2%) và 1.140 trẻ suy giáp trạng bẩm sinh.

Các địa phương có tỷ lệ sàng lọc sơ sinh cao nhất là Hà Nội (89,5%), TP Hồ Chí Minh (86,2%) và Đà Nẵng (81,7%); trong khi đó, vẫn còn 12 tỉnh đạt dưới 10%.

TS Trần Minh Hoàng, Trưởng khoa Sơ sinh, Bệnh viện Phụ sản Trung ương, cho biết mỗi năm bệnh viện sàng lọc cho khoảng 40.000 trẻ. Chi phí một gói sàng lọc dao động từ 200.000 đến 1,2 triệu đồng tùy số bệnh, khiến nhiều gia đình ở vùng khó khăn chưa tiếp cận được.

Theo Quyết định số 1999/QĐ-TTg ngày 07/12/2020, tổng kinh phí thực hiện chương trình mở rộng sàng lọc trước sinh và sơ sinh giai đoạn 2021-2025 ước khoảng 1,45 nghìn tỷ đồng, trong đó ngân sách trung ương 420 tỷ đồng. Mục tiêu đến năm 2030, 90% phụ nữ mang thai được sàng lọc ít nhất 4 bệnh và 90% trẻ sơ sinh được sàng lọc ít nhất 5 bệnh phổ biến nhất.

Bộ Y tế đang đề xuất đưa gói sàng lọc cơ bản vào danh mục do Quỹ bảo hiểm y tế chi trả. Người dân cần tư vấn có thể gọi tổng đài 1900 9095.

Thu Hà
"""

ASOF = P("tính đến 30/9/2024", None, "2024-09-30")
ASOFi = P("tính đến 30/9/2024", None, "2024-09-30", inh=True)
G2123 = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")
G2125 = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
LIST = "tỷ lệ sàng lọc sơ sinh"

FIGS = [
    F("Hơn 1,1 triệu trẻ", "1,1", 1100000, "count", "trẻ sơ sinh", "trẻ sơ sinh được lấy máu gót chân mỗi năm",
      approx="over"),
    F("ít nhất 5 bệnh bẩm sinh", "5", 5, "count", "bệnh", approx="at_least", optional=True),
    F("đạt 43,6%", "43,6", 43.6, "percent", "%",
      "tỷ lệ trẻ sơ sinh được sàng lọc ít nhất 5 bệnh bẩm sinh phổ biến nhất", ASOF,
      target=dict(value=70, unit="%")),
    F("khoảng 69%", "69", 69, "percent", "%", "Tỷ lệ phụ nữ mang thai được sàng lọc trước sinh", ASOFi,
      approx="about"),
    F("hơn 1,1 triệu trẻ", "1,1", 1100000, "count", "trẻ sơ sinh", "trẻ sơ sinh được lấy mẫu máu gót chân", G2123,
      approx="over", change=dict(direction="increase", value=2.5, unit="lần", baseline="giai đoạn 2016-2020")),
    F("phát hiện 12.480 trẻ", "12.480", 12480, "count", "trẻ", "trẻ nguy cơ cao", Y23),
    F("9.760 trẻ thiếu men", "9.760", 9760, "count", "trẻ", "trẻ thiếu men G6PD", Y23, total=12480, percent=78.2),
    F("và 1.140 trẻ suy giáp", "1.140", 1140, "count", "trẻ", "trẻ suy giáp trạng bẩm sinh", Y23, total=12480),
    F("Hà Nội (89,5%)", "89,5", 89.5, "percent", "%", LIST, ASOFi, location="Hà Nội"),
    F("TP Hồ Chí Minh (86,2%)", "86,2", 86.2, "percent", "%", LIST, ASOFi, location="Hồ Chí Minh"),
    F("Đà Nẵng (81,7%)", "81,7", 81.7, "percent", "%", LIST, ASOFi, location="Đà Nẵng"),
    F("còn 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh có tỷ lệ sàng lọc sơ sinh dưới 10%", ASOFi),
    F("đạt dưới 10%", "10", 10, "percent", "%", approx="under", optional=True),
    F("khoảng 40.000 trẻ", "40.000", 40000, "count", "trẻ", "trẻ được bệnh viện sàng lọc mỗi năm", approx="about"),
    F("từ 200.000 đến 1,2 triệu", "200.000", 200000, "money", "đồng", "Chi phí một gói sàng lọc",
      value_max=1200000),
    F("khoảng 1,45 nghìn tỷ", "1,45", 1450000000000, "money", "đồng",
      "tổng kinh phí thực hiện chương trình mở rộng sàng lọc trước sinh và sơ sinh", G2125,
      approx="about", status="estimate"),
    F("trung ương 420 tỷ", "420", 420000000000, "money", "đồng", "ngân sách trung ương", G2125,
      total=1450000000000, status="estimate"),
    F("2030, 90% phụ nữ", "90", 90, "percent", "%", "phụ nữ mang thai được sàng lọc ít nhất 4 bệnh", T30,
      status="target"),
    F("ít nhất 4 bệnh", "4", 4, "count", "bệnh", approx="at_least", optional=True),
    F("và 90% trẻ sơ sinh", "90", 90, "percent", "%", "trẻ sơ sinh được sàng lọc ít nhất 5 bệnh phổ biến nhất", T30,
      status="target"),
    F("ít nhất 5 bệnh phổ biến", "5", 5, "count", "bệnh", approx="at_least", optional=True),
]

COMMENTS = [
    "National press (health section): sàng lọc sơ sinh nationwide. No dateline, no date of its own (no `published`); byline 'Thu Hà' only.",
    "National figures: location Việt Nam; the hospital's count too (no place named: 'Trung ương'). Province list items take the province ('TP Hồ Chí Minh').",
    "'còn xa mục tiêu 70% vào năm 2025' is the target of 43,6%. 'gấp 2,5 lần giai đoạn 2016-2020' is the change of the 1,1 triệu (lần).",
    "9.760 and 1.140 after 'trong đó' are parts of 12.480; 9.760 carries '(chiếm 78,2%)'. '12 tỉnh đạt dưới 10%': the threshold is optional.",
    "'từ 200.000 đến 1,2 triệu đồng': range, value_max 1.200.000. '1,45 nghìn tỷ' = 1,45·10^12 (ước khoảng: estimate + about); 420 tỷ after 'trong đó' is its part, same status.",
    "Distractors: 'Quyết định số 1999/QĐ-TTg ngày 07/12/2020', 'giai đoạn 2016-2020' (baseline), 'G6PD', hotline 1900 9095. Criteria 'ít nhất N bệnh' optional.",
]
emit(8, TEXT, COMMENTS, FIGS, location="Việt Nam")
