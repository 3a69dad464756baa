from lib import *

A = """BỘ GIAO THÔNG VẬN TẢI
Cổng thông tin điện tử
Trang chủ / Tin tức / Vận tải

Vận tải công cộng mới đáp ứng phần nhỏ nhu cầu đi lại tại các đô thị lớn

Theo Cục Đường bộ Việt Nam, năm 2023 cả nước có 1.046 tuyến xe buýt đang hoạt động tại 61/63 tỉnh, thành phố, gồm 688 tuyến nội tỉnh và 358 tuyến liên tỉnh, với khoảng 11.500 phương tiện. Tổng sản lượng đạt gần 1,1 tỷ lượt khách, tăng 7,8% so với năm 2022 nhưng vẫn thấp hơn 12% so với năm 2019, thời điểm trước dịch Covid-19.

Tỷ lệ đáp ứng nhu cầu đi lại bằng vận tải hành khách công cộng tại hai đô thị đặc biệt còn thấp: Hà Nội đạt 19,6%, TP Hồ Chí Minh khoảng 10,2%; tại các đô thị loại I khác chỉ từ 1,5% đến 3%. Xe máy vẫn đảm nhận trên 80% số chuyến đi hằng ngày của người dân đô thị.

Hiện có 24 địa phương trợ giá cho xe buýt với tổng kinh phí năm 2023 khoảng 2.870 tỷ đồng, riêng Hà Nội chiếm 78,4%. Mức trợ giá bình quân tại TP Hồ Chí Minh là 6.200 đồng/lượt khách.

Về đường sắt đô thị, tính đến tháng 12/2024 cả nước có 3 tuyến đang khai thác thương mại với tổng chiều dài khoảng 41,3 km, gồm tuyến 2A Cát Linh - Hà Đông, tuyến 3 Nhổn - Ga Hà Nội (đoạn trên cao) và tuyến số 1 Bến Thành - Suối Tiên.

Theo Quyết định số 1540/QĐ-BGTVT, đến năm 2025 tỷ lệ đáp ứng tại Hà Nội phải đạt 30-35%, TP Hồ Chí Minh 20-25%, các đô thị loại I từ 5% đến 10%. Mục tiêu đến năm 2030 là 50% số xe buýt mới sử dụng điện, năng lượng xanh. Bộ đề nghị các địa phương ưu tiên làn đường riêng, điểm trung chuyển và bãi đỗ xe gần các nhà ga đường sắt đô thị.
"""

y23 = P("năm 2023", "2023-01-01", "2023-12-31")
y23i = P("năm 2023", "2023-01-01", "2023-12-31", True)
dec24 = P("tính đến tháng 12/2024", None, "2024-12-31")
to25 = P("đến năm 2025", None, "2025-12-31")
to30 = P("đến năm 2030", None, "2030-12-31")
SH = "tỷ lệ đáp ứng nhu cầu đi lại bằng vận tải hành khách công cộng"

figs = [
    F("có 1.046 tuyến", "1.046", 1046, "count", "tuyến xe buýt", "tuyến xe buýt đang hoạt động", y23),
    F("tại 61/63 tỉnh", "61", 61, "count", "tỉnh, thành phố", "tỉnh, thành phố có tuyến xe buýt", y23, total=63),
    F("gồm 688 tuyến", "688", 688, "count", "tuyến", "tuyến nội tỉnh", y23, total=1046),
    F("và 358 tuyến", "358", 358, "count", "tuyến", "tuyến liên tỉnh", y23, total=1046),
    F("khoảng 11.500 phương tiện", "11.500", 11500, "count", "phương tiện", "phương tiện xe buýt", y23,
      approx="about"),
    F("gần 1,1 tỷ lượt", "1,1", 1.1e9, "count", "lượt khách", "tổng sản lượng", y23i, approx="nearly",
      change=CH("increase", 7.8, "%", "năm 2022")),
    F("thấp hơn 12%", "12", 12, "percent", "%", "tổng sản lượng so với năm 2019", y23i, optional=True),
    F("hai đô thị đặc biệt", "hai", 2, "count", "đô thị", "đô thị đặc biệt", optional=True),
    F("Hà Nội đạt 19,6%", "19,6", 19.6, "percent", "%", SH, location="Hà Nội"),
    F("Minh khoảng 10,2%", "10,2", 10.2, "percent", "%", SH, approx="about", location="TP Hồ Chí Minh"),
    F("chỉ từ 1,5% đến 3%", "1,5", 1.5, "percent", "%", SH + " tại các đô thị loại I khác", value_max=3),
    F("trên 80%", "80", 80, "percent", "%", "số chuyến đi hằng ngày xe máy đảm nhận", approx="over"),
    F("có 24 địa phương", "24", 24, "count", "địa phương", "địa phương trợ giá cho xe buýt"),
    F("khoảng 2.870 tỷ", "2.870", 2870e9, "money", "đồng", "tổng kinh phí trợ giá xe buýt", y23, approx="about"),
    F("chiếm 78,4%", "78,4", 78.4, "percent", "%", "tỷ trọng kinh phí trợ giá", y23i, location="Hà Nội"),
    F("là 6.200 đồng", "6.200", 6200, "money", "đồng/lượt khách", "mức trợ giá bình quân",
      location="TP Hồ Chí Minh"),
    F("có 3 tuyến", "3", 3, "count", "tuyến", "tuyến đường sắt đô thị đang khai thác thương mại", dec24),
    F("khoảng 41,3 km", "41,3", 41.3, "measure", "km", "tổng chiều dài tuyến đường sắt đô thị", dec24,
      approx="about"),
    F("đạt 30-35%", "30", 30, "percent", "%", SH, to25, value_max=35, status="target", location="Hà Nội"),
    F("Minh 20-25%", "20", 20, "percent", "%", SH, to25, value_max=25, status="target",
      location="TP Hồ Chí Minh"),
    F("từ 5% đến 10%", "5", 5, "percent", "%", SH + " tại các đô thị loại I", to25, value_max=10, status="target"),
    F("là 50% số xe buýt", "50", 50, "percent", "%", "xe buýt mới sử dụng điện, năng lượng xanh", to30,
      status="target"),
]

C = [
    "Bộ GTVT portal (ministry site), national: bus network and ridership 2023, share of travel demand met by public transport, subsidies,",
    "urban rail at 12/2024, targets 2025/2030. No dateline anywhere: no published.",
    "Distractors: 'Covid-19', line names 'tuyến 2A', 'tuyến 3', 'tuyến số 1', 'Quyết định số 1540/QĐ-BGTVT', 'năm 2019' (baseline).",
    "'thấp hơn 12% so với năm 2019' is the second change of 1,1 tỷ: optional percent figure (spec).",
    "'61/63 tỉnh, thành phố' total 63; 'gồm 688 … và 358' parts of 1.046. 'riêng Hà Nội chiếm 78,4%' is Hà Nội's own share (percent figure),",
    "not a share of 2.870 tỷ as a whole. Ranges for 'các đô thị loại I' stay national (Việt Nam). Place list items to location.",
]

build("p236-6", A, figs, C, location="Việt Nam")
