"""p539-1: province portal (Thái Bình), rice varieties and demonstration models, vụ Xuân 2024."""
from lib import F, P, Y, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Thái Bình: Năng suất lúa vụ Xuân 2024 ước đạt 73,2 tạ/ha
Cập nhật: 18/06/2024 15:42 | Lượt xem: 3.185

Theo Sở Nông nghiệp và Phát triển nông thôn, vụ Xuân 2024 toàn tỉnh gieo cấy 76.450 ha lúa, đạt 100,3% kế hoạch. Năng suất lúa ước đạt 73,2 tạ/ha, tăng 1,4 tạ/ha so với vụ Xuân 2023; sản lượng ước đạt hơn 559.600 tấn.

Cơ cấu giống tiếp tục chuyển dịch theo hướng tăng giống chất lượng: diện tích lúa chất lượng cao đạt 45.870 ha, chiếm 60% diện tích gieo cấy; trong đó nhóm lúa đặc sản (Bắc thơm số 7, Nếp 97, ĐS1) khoảng 9.200 ha. Các huyện có tỷ lệ lúa chất lượng cao lớn là Quỳnh Phụ (72,5%), Hưng Hà (68,1%) và Vũ Thư (65,4%).

Toàn tỉnh xây dựng 27 mô hình trình diễn giống mới với tổng quy mô 412 ha. Tại mô hình giống TBR225 ở xã Thụy Ninh, năng suất thực thu đạt 78,6 tạ/ha, cao hơn giống đối chứng Khang dân 18 là 7,2 tạ/ha. Lãi thuần bình quân của các mô hình đạt 21,5 triệu đồng/ha, cao hơn sản xuất đại trà 4,8 triệu đồng/ha.

Về bảo vệ thực vật, diện tích lúa nhiễm bệnh đạo ôn lá là 1.245 ha, giảm 38% so với cùng kỳ; đã chỉ đạo phòng trừ 1.180 ha. Tỉnh đã cấp hỗ trợ 3,5 tấn thuốc trừ bệnh cho các địa phương bị nhiễm nặng.

Phấn đấu đến năm 2025, diện tích lúa chất lượng cao toàn tỉnh chiếm từ 65 đến 70% diện tích gieo cấy.

Mọi thông tin chi tiết xin liên hệ Chi cục Trồng trọt và Bảo vệ thực vật, số 8 đường Lý Bôn, TP Thái Bình; điện thoại 0227.3831.562.
"""

VX = Y("vụ Xuân 2024", 2024)

FIGS = [
    F("Xuân 2024 ước đạt 73,2", "73,2", 73.2, "measure", "tạ/ha", "năng suất lúa vụ Xuân 2024", VX, status="estimate"),
    F("gieo cấy 76.450 ha", "76.450", 76450, "measure", "ha", "diện tích lúa gieo cấy", VX, percent=100.3),
    F("Năng suất lúa ước đạt 73,2", "73,2", 73.2, "measure", "tạ/ha", "năng suất lúa", I(VX),
      change=CH("increase", 1.4, "tạ/ha", "vụ Xuân 2023"), status="estimate"),
    F("hơn 559.600 tấn", "559.600", 559600, "measure", "tấn", "sản lượng lúa", I(VX), approx="over", status="estimate"),
    F("đạt 45.870 ha", "45.870", 45870, "measure", "ha", "diện tích lúa chất lượng cao", I(VX), percent=60),
    F("khoảng 9.200 ha", "9.200", 9200, "measure", "ha", "diện tích nhóm lúa đặc sản", I(VX), approx="about", total=45870),
    F("Quỳnh Phụ (72,5%)", "72,5", 72.5, "percent", "%", "tỷ lệ lúa chất lượng cao", I(VX), location="Quỳnh Phụ"),
    F("Hưng Hà (68,1%)", "68,1", 68.1, "percent", "%", "tỷ lệ lúa chất lượng cao", I(VX), location="Hưng Hà"),
    F("Vũ Thư (65,4%)", "65,4", 65.4, "percent", "%", "tỷ lệ lúa chất lượng cao", I(VX), location="Vũ Thư"),
    F("xây dựng 27 mô hình", "27", 27, "count", "mô hình", "mô hình trình diễn giống mới", I(VX)),
    F("quy mô 412 ha", "412", 412, "measure", "ha", "tổng quy mô các mô hình trình diễn giống mới", I(VX)),
    F("đạt 78,6 tạ/ha", "78,6", 78.6, "measure", "tạ/ha", "năng suất thực thu mô hình giống TBR225", I(VX),
      change=CH("increase", 7.2, "tạ/ha", "giống đối chứng Khang dân 18")),
    F("đạt 21,5 triệu đồng/ha", "21,5", 21500000, "money", "đồng/ha", "lãi thuần bình quân của các mô hình", I(VX),
      change=CH("increase", 4800000, "đồng/ha", "sản xuất đại trà")),
    F("là 1.245 ha", "1.245", 1245, "measure", "ha", "diện tích lúa nhiễm bệnh đạo ôn lá", I(VX),
      change=CH("decrease", 38, "%", "cùng kỳ")),
    F("phòng trừ 1.180 ha", "1.180", 1180, "measure", "ha", "diện tích phòng trừ bệnh đạo ôn lá", I(VX)),
    F("hỗ trợ 3,5 tấn", "3,5", 3.5, "measure", "tấn", "thuốc trừ bệnh cấp hỗ trợ cho các địa phương bị nhiễm nặng", I(VX)),
    F("từ 65 đến 70%", "65", 65, "percent", "%", "tỷ lệ diện tích lúa chất lượng cao trong diện tích gieo cấy",
      P("đến năm 2025", None, "2025-12-31"), value_max=70, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thái Bình (province portal): vụ Xuân 2024 rice, variety structure, demonstration models, blast disease.",
    "Season periods ('vụ Xuân 2024') are given the bounds of the year they name (no spec row for crop seasons).",
    "Distractors: 'Lượt xem: 3.185', variety names 'Bắc thơm số 7', 'Nếp 97', 'ĐS1', 'TBR225', 'Khang dân 18', address 'số 8 đường Lý Bôn', phone.",
    "Headline figure repeated in the body: both are figures. Districts in the bracketed list go to location.",
]

emit("p539-1", TEXT, COMMENTS, FIGS, published="2024-06-18", location="Thái Bình")
