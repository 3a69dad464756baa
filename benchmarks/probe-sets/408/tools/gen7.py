from lib import F, P, C, T, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Tin hoạt động > Phát triển đô thị
Ngày cập nhật: 22/11/2024

Giao thông tĩnh tại các đô thị lớn: Cần quỹ đất và cơ chế xã hội hóa

Theo báo cáo của Cục Phát triển đô thị, tính đến tháng 10/2024, cả nước có 22 đô thị loại I và 2 đô thị loại đặc biệt; tuy nhiên, quỹ đất dành cho giao thông tĩnh tại các đô thị này bình quân chỉ đạt 2,5-3% diện tích đất xây dựng đô thị, chưa đáp ứng QCVN 01:2021/BXD.

Nhiều địa phương đã đẩy mạnh xã hội hóa đầu tư bãi đỗ xe. Tính đến nay, TP Hồ Chí Minh có khoảng 18.500 chỗ đỗ xe ô tô công cộng, Hà Nội 15.200 chỗ, Đà Nẵng 6.800 chỗ và Cần Thơ 2.150 chỗ. Tính theo số chỗ đỗ trên 1.000 dân, Đà Nẵng dẫn đầu với 5,9 chỗ/1.000 dân, TP Hồ Chí Minh đứng thứ ba.

Về thu phí, năm 2023, tổng số thu phí sử dụng tạm thời lòng đường, hè phố của 5 thành phố trực thuộc Trung ương đạt khoảng 612 tỷ đồng, trong đó TP Hồ Chí Minh chiếm 58,3%. Năm 2024, số thu ước đạt khoảng 705 tỷ đồng, tăng 15,2% so với năm 2023.

Trong xử lý vi phạm, 9 tháng năm 2024 lực lượng chức năng các địa phương đã xử phạt trên 186.000 trường hợp vi phạm về dừng, đỗ xe và lấn chiếm lòng đường, hè phố, với số tiền phạt hơn 312 tỷ đồng; riêng TP Hồ Chí Minh chiếm gần 40% số vụ.

Tại hội nghị, đại diện Bộ Xây dựng cho biết sẽ tham mưu sửa đổi Nghị định số 11/2024/NĐ-CP theo hướng ưu tiên quỹ đất cho bãi đỗ xe. Bộ đặt mục tiêu đến năm 2030, tỷ lệ đất giao thông tĩnh tại các đô thị loại I trở lên đạt tối thiểu 3%; 100% đô thị loại I ứng dụng hệ thống quản lý bãi đỗ xe thông minh.
"""

OCT = P("tính đến tháng 10/2024", None, "2024-10-31")
NOW = P("Tính đến nay", None, "2024-11-22")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 22 đô thị loại I", "22", 22, "count", "đô thị loại I", "đô thị loại I", period=OCT),
    F("và 2 đô thị loại đặc biệt", "2", 2, "count", "đô thị loại đặc biệt", "đô thị loại đặc biệt", period=OCT),
    F("chỉ đạt 2,5-3% diện tích", "2,5", 2.5, "percent", "%",
      "quỹ đất dành cho giao thông tĩnh bình quân", value_max=3, period=OCT),
    F("khoảng 18.500 chỗ", "18.500", 18500, "count", "chỗ đỗ xe ô tô công cộng", "chỗ đỗ xe ô tô công cộng",
      approx="about", location="TP Hồ Chí Minh", period=NOW),
    F("Hà Nội 15.200 chỗ", "15.200", 15200, "count", "chỗ", "chỗ đỗ xe ô tô công cộng", location="Hà Nội", period=NOW),
    F("Đà Nẵng 6.800 chỗ", "6.800", 6800, "count", "chỗ", "chỗ đỗ xe ô tô công cộng", location="Đà Nẵng", period=NOW),
    F("Cần Thơ 2.150 chỗ", "2.150", 2150, "count", "chỗ", "chỗ đỗ xe ô tô công cộng", location="Cần Thơ", period=NOW),
    F("với 5,9 chỗ/1.000 dân", "5,9", 5.9, "measure", "chỗ/1.000 dân", "số chỗ đỗ trên 1.000 dân", location="Đà Nẵng"),
    F("đứng thứ ba", "ba", 3, "rank", "hạng", "số chỗ đỗ trên 1.000 dân", location="TP Hồ Chí Minh"),
    F("của 5 thành phố", "5", 5, "count", "thành phố", "thành phố trực thuộc Trung ương", optional=True),
    F("khoảng 612 tỷ đồng", "612", 612000000000, "money", "đồng",
      "tổng số thu phí sử dụng tạm thời lòng đường, hè phố", approx="about", period=Y23),
    F("chiếm 58,3%", "58,3", 58.3, "percent", "%", "tỷ trọng số thu phí sử dụng tạm thời lòng đường, hè phố",
      location="TP Hồ Chí Minh", period=Y23),
    F("khoảng 705 tỷ đồng", "705", 705000000000, "money", "đồng", "số thu", approx="about", status="estimate",
      change=C("increase", 15.2, "%", "năm 2023"), period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("trên 186.000 trường hợp", "186.000", 186000, "count", "trường hợp",
      "trường hợp vi phạm về dừng, đỗ xe và lấn chiếm lòng đường, hè phố bị xử phạt", approx="over", period=M9),
    F("hơn 312 tỷ đồng", "312", 312000000000, "money", "đồng", "số tiền phạt", approx="over", period=M9),
    F("gần 40% số vụ", "40", 40, "percent", "%", "tỷ lệ số vụ vi phạm", approx="nearly",
      location="TP Hồ Chí Minh", period=M9),
    F("tối thiểu 3%", "3", 3, "percent", "%", "tỷ lệ đất giao thông tĩnh tại các đô thị loại I trở lên",
      approx="at_least", status="target", period=T30),
    F("100% đô thị loại I", "100", 100, "percent", "%",
      "đô thị loại I ứng dụng hệ thống quản lý bãi đỗ xe thông minh", status="target",
      period=T30),
]

COMMENTS = [
    "Ministry site (Bộ Xây dựng portal), 'Ngày cập nhật: 22/11/2024' without time. National figures: location Việt Nam by default.",
    "'đô thị loại I', 'loại đặc biệt' are class names (roman numeral, not figures); 'QCVN 01:2021/BXD' and 'Nghị định số 11/2024/NĐ-CP' are identifiers.",
    "City list sharing 'chỗ đỗ xe ô tô công cộng' (cities -> location; 'khoảng' only on the first item); 'Tính đến nay' = as of the dateline.",
    "'5,9 chỗ/1.000 dân' is a rate (denominator in the unit); 'đứng thứ ba' rank 3 (TP HCM). '5 thành phố trực thuộc Trung ương' optional (scope).",
    "'trong đó TP Hồ Chí Minh chiếm 58,3%': a percent figure of its own with location TP HCM (no base amount stated for HCM).",
    "'Năm 2024, số thu ước đạt khoảng 705 tỷ đồng, tăng 15,2% so với năm 2023': estimate + about + change.",
    "'riêng TP Hồ Chí Minh chiếm gần 40% số vụ': percent figure, location TP HCM. 'đến năm 2030 … tối thiểu 3%' target, at_least;",
    "the '100%' clause after ';' is in the same sentence and takes 'đến năm 2030' too.",
]

write("p408-7", TEXT, FIGS, COMMENTS, published="2024-11-22", location="Việt Nam")
