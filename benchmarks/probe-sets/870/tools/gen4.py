"""p870-4: Cục Cảnh sát giao thông (Bộ Công an) site, national camera results 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ CÔNG AN - CỤC CẢNH SÁT GIAO THÔNG
Trang chủ / Tin tức / Hoạt động của lực lượng CSGT
Ngày đăng: 08/01/2025 15:30

Năm 2024, camera giám sát phát hiện gần 1,2 triệu trường hợp vi phạm

Theo Cục Cảnh sát giao thông, năm 2024, thông qua hệ thống giám sát trên các tuyến quốc lộ, cao tốc và camera của các địa phương, lực lượng CSGT cả nước đã phát hiện gần 1,2 triệu trường hợp vi phạm trật tự an toàn giao thông, tăng 37,4% so với năm 2023. Trong đó, ô tô chiếm 71,3%; mô tô, xe máy chiếm 27,9%.

Cục đã gửi hơn 850.000 thông báo vi phạm đến chủ phương tiện và Công an các địa phương; đã có 512.600 trường hợp chấp hành nộp phạt, đạt 60,3%, thu nộp ngân sách nhà nước ước đạt gần 1.420 tỷ đồng.

Hiện cả nước có 63/63 tỉnh, thành phố đã triển khai hệ thống camera giám sát giao thông với khoảng 12.500 camera; trong đó Cục trực tiếp quản lý 1.432 camera lắp trên 4.357 km quốc lộ và 1.138 km đường cao tốc.

Các địa phương phát hiện nhiều vi phạm nhất qua camera là Hà Nội, TP Hồ Chí Minh và Bình Dương, lần lượt 186.400, 142.750 và 61.200 trường hợp.

Theo Nghị định số 168/2024/NĐ-CP có hiệu lực từ ngày 01/01/2025, dữ liệu từ camera của tổ chức, cá nhân được sử dụng làm căn cứ xác minh, xử lý vi phạm.

Năm 2025, Cục đặt mục tiêu mở rộng giám sát thêm 2.100 km đường cao tốc, phấn đấu 100% tuyến cao tốc đưa vào khai thác có camera giám sát; dự kiến tỷ lệ chủ phương tiện chấp hành nộp phạt nguội đạt trên 75%.

Cục Cảnh sát giao thông - Số 112 Lê Duẩn, quận Hoàn Kiếm, Hà Nội. Đường dây nóng: 069.2342.608.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("gần 1,2 triệu trường hợp vi phạm\n", "1,2", 1.2e6, "count", "trường hợp",
      "trường hợp vi phạm camera giám sát phát hiện", P("Năm 2024", "2024-01-01", "2024-12-31"), approx="nearly"),
    F("phát hiện gần 1,2 triệu trường hợp vi phạm trật tự", "1,2", 1.2e6, "count", "trường hợp",
      "trường hợp vi phạm trật tự an toàn giao thông phát hiện qua hệ thống giám sát", Y24, approx="nearly",
      change=C("increase", 37.4, "%", "năm 2023")),
    F("ô tô chiếm 71,3%", "71,3", 71.3, "percent", "%", "vi phạm của ô tô", I(Y24)),
    F("xe máy chiếm 27,9%", "27,9", 27.9, "percent", "%", "vi phạm của mô tô, xe máy", I(Y24)),
    F("hơn 850.000 thông báo", "850.000", 850000, "count", "thông báo",
      "thông báo vi phạm gửi đến chủ phương tiện", I(Y24), approx="over"),
    F("có 512.600 trường hợp", "512.600", 512600, "count", "trường hợp",
      "trường hợp chấp hành nộp phạt", I(Y24), percent=60.3),
    F("gần 1.420 tỷ đồng", "1.420", 1.42e12, "money", "đồng",
      "thu nộp ngân sách nhà nước", I(Y24), approx="nearly", status="estimate"),
    F("có 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố triển khai hệ thống camera giám sát giao thông", total=63),
    F("khoảng 12.500 camera", "12.500", 12500, "count", "camera",
      "camera giám sát giao thông", approx="about"),
    F("quản lý 1.432 camera", "1.432", 1432, "count", "camera",
      "camera do Cục trực tiếp quản lý", total=12500),
    F("trên 4.357 km", "4.357", 4357, "measure", "km", "quốc lộ lắp camera do Cục quản lý"),
    F("và 1.138 km", "1.138", 1138, "measure", "km", "đường cao tốc lắp camera do Cục quản lý"),
    F("lần lượt 186.400", "186.400", 186400, "count", "trường hợp",
      "vi phạm phát hiện qua camera", I(Y24), location="Hà Nội"),
    F("142.750 và", "142.750", 142750, "count", "trường hợp",
      "vi phạm phát hiện qua camera", I(Y24), location="TP Hồ Chí Minh"),
    F("61.200 trường hợp", "61.200", 61200, "count", "trường hợp",
      "vi phạm phát hiện qua camera", I(Y24), location="Bình Dương"),
    F("thêm 2.100 km", "2.100", 2100, "measure", "km",
      "đường cao tốc mở rộng giám sát", Y25, status="target"),
    F("phấn đấu 100%", "100", 100, "percent", "%",
      "tuyến cao tốc đưa vào khai thác có camera giám sát", Y25, status="target"),
    F("trên 75%", "75", 75, "percent", "%",
      "tỷ lệ chủ phương tiện chấp hành nộp phạt nguội", Y25, approx="over", status="forecast"),
]

NOTES = [
    "Cục CSGT (Bộ Công an): camera giám sát phát hiện vi phạm năm 2024, national; 'Ngày đăng: 08/01/2025 15:30'.",
    "National figures: location Việt Nam; the three provinces of the 'lần lượt' list take their own location, subject = the list's indicator.",
    "'63/63 tỉnh, thành phố' → 63, total 63. 'trong đó Cục trực tiếp quản lý 1.432 camera' follows 'khoảng 12.500 camera' → total 12500.",
    "'đạt 60,3%' is the share of 512.600; 'ước đạt gần 1.420 tỷ đồng' → estimate, nearly. 'dự kiến tỷ lệ … trên 75%' → forecast.",
    "Distractors: Nghị định số 168/2024/NĐ-CP, 'từ ngày 01/01/2025', address 'Số 112 Lê Duẩn', hotline 069.2342.608, 15:30.",
]

write(4, TEXT, FIGS, NOTES, published="2025-01-08", location="Việt Nam")
