from lib import F, P, I, C, T, build

TEXT = """CHI CỤC KIỂM LÂM TỈNH BÌNH THUẬN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Tình hình voi rừng gây thiệt hại tại huyện Tánh Linh, Hàm Tân

Trên địa bàn tỉnh Bình Thuận hiện có đàn voi khoảng 9-11 cá thể, thường xuyên di chuyển giữa Khu bảo tồn thiên nhiên Núi Ông và Khu Bảo tồn thiên nhiên - văn hóa Đồng Nai. Kết quả theo dõi, hỗ trợ thiệt hại do voi gây ra như sau:

Đơn vị tính: vụ, ha, triệu đồng
Chỉ tiêu
Năm 2022
Năm 2023
6 tháng đầu năm 2024
Số vụ voi phá hoại
34
41
19
Diện tích cây trồng bị thiệt hại (ha)
22,5
27,8
11,3
Kinh phí hỗ trợ (triệu đồng)
286
354
142

Năm 2023, số vụ voi phá hoại tăng 20,6% so với năm 2022. Trong 19 vụ xảy ra 6 tháng đầu năm 2024, có 14 vụ tại huyện Tánh Linh, chiếm 73,7%; còn lại tại huyện Hàm Tân. Riêng quý II/2024 xảy ra 12 vụ, chủ yếu vào mùa thu hoạch điều.

Mức hỗ trợ hiện hành là 20 triệu đồng/ha đối với cây hằng năm và 35 triệu đồng/ha đối với cây lâu năm. Tỉnh đã đầu tư 6,5 km hàng rào điện tại xã Đức Phú (huyện Tánh Linh) với tổng vốn 2,1 tỷ đồng. Tỷ lệ giải ngân vốn làm hàng rào ước đạt 85%. Chi cục cũng đã lắp 20 camera bẫy ảnh để theo dõi đàn voi. Dự kiến năm 2025 làm thêm 4 km hàng rào tại xã Gia Huynh, cũng thuộc huyện Tánh Linh.

CHI CỤC KIỂM LÂM TỈNH BÌNH THUẬN
Địa chỉ: số 19 Nguyễn Tất Thành, phường Bình Hưng, TP Phan Thiết
Điện thoại: 0252.3822.647 - Fax: 0252.3823.516
Lượt truy cập: 1.284.506 | Đang trực tuyến: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOTES = [
    "Department site (Chi cục Kiểm lâm tỉnh Bình Thuận), no dateline (published absent): voi rừng ở Tánh Linh, Hàm Tân.",
    "Table pasted one cell per line: header cells (Chỉ tiêu / Năm 2022 / Năm 2023 / 6 tháng đầu năm 2024), then each row's cells;",
    "units from the row labels and 'Đơn vị tính' (triệu đồng ×10^6); periods from the column headers (scored); location Bình Thuận.",
    "'số vụ … tăng 20,6%' has no base amount in its sentence: a percent figure. 'Trong 19 vụ …, có 14 vụ …, chiếm 73,7%' → total 19, percent.",
    "'Riêng quý II/2024 xảy ra 12 vụ' gets no total (no part-of cue). The disbursement rate is its own sentence: a percent figure (estimate).",
    "Distractors: footer address số 19 Nguyễn Tất Thành, phone and fax, 'Lượt truy cập: 1.284.506', 'Đang trực tuyến: 37'.",
]
FIGS = [
    F("khoảng 9-11 cá thể", "9", 9, "count", "cá thể", "cá thể voi trong đàn voi", approx="about", value_max=11),
    F("Số vụ voi phá hoại\n34", "34", 34, "count", "vụ", "số vụ voi phá hoại năm 2022", Y22),
    F("34\n41", "41", 41, "count", "vụ", "số vụ voi phá hoại năm 2023", Y23),
    F("41\n19", "19", 19, "count", "vụ", "số vụ voi phá hoại 6 tháng đầu năm 2024", H24),
    F("(ha)\n22,5", "22,5", 22.5, "measure", "ha", "diện tích cây trồng bị thiệt hại năm 2022", Y22),
    F("22,5\n27,8", "27,8", 27.8, "measure", "ha", "diện tích cây trồng bị thiệt hại năm 2023", Y23),
    F("27,8\n11,3", "11,3", 11.3, "measure", "ha", "diện tích cây trồng bị thiệt hại 6 tháng đầu năm 2024", H24),
    F("(triệu đồng)\n286", "286", 286e6, "money", "đồng", "kinh phí hỗ trợ năm 2022", Y22),
    F("286\n354", "354", 354e6, "money", "đồng", "kinh phí hỗ trợ năm 2023", Y23),
    F("354\n142", "142", 142e6, "money", "đồng", "kinh phí hỗ trợ 6 tháng đầu năm 2024", H24),
    F("tăng 20,6%", "20,6", 20.6, "percent", "%", "số vụ voi phá hoại tăng so với năm 2022", Y23),
    F("Trong 19 vụ", "19", 19, "count", "vụ", "vụ voi phá hoại", H24),
    F("có 14 vụ", "14", 14, "count", "vụ", "vụ voi phá hoại", H24, total=19, percent=73.7, location="Tánh Linh"),
    F("xảy ra 12 vụ", "12", 12, "count", "vụ", "vụ voi phá hoại", P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("là 20 triệu đồng/ha", "20", 20e6, "money", "đồng/ha", "mức hỗ trợ đối với cây hằng năm"),
    F("và 35 triệu đồng/ha", "35", 35e6, "money", "đồng/ha", "mức hỗ trợ đối với cây lâu năm"),
    F("đầu tư 6,5 km", "6,5", 6.5, "measure", "km", "hàng rào điện", location="Tánh Linh"),
    F("tổng vốn 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "tổng vốn đầu tư hàng rào điện", location="Tánh Linh"),
    F("ước đạt 85%", "85", 85, "percent", "%", "tỷ lệ giải ngân vốn làm hàng rào", status="estimate"),
    F("lắp 20 camera", "20", 20, "count", "camera bẫy ảnh", "camera bẫy ảnh theo dõi đàn voi"),
    F("thêm 4 km", "4", 4, "measure", "km", "hàng rào làm thêm", P("năm 2025", "2025-01-01", "2025-12-31"),
      status="forecast", location="Tánh Linh"),
]
build("p1029-7", TEXT, NOTES, FIGS, published=None, location="Bình Thuận")
