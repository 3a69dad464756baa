from lib import *

A = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
Trang chủ › Tin tức - Sự kiện › Kinh tế

Công ty CP Cấp thoát nước Bình Định: Doanh thu năm 2023 vượt kế hoạch

Năm 2023, Công ty cổ phần Cấp thoát nước Bình Định sản xuất 38,6 triệu m3 nước, tiêu thụ 32,9 triệu m3; tỷ lệ thất thoát, thất thu nước sạch giảm còn 14,8% (năm 2022 là 16,1%). Doanh thu đạt 412,5 tỷ đồng, tăng 8,7% so với năm 2022 và vượt 3,1% kế hoạch; lợi nhuận trước thuế đạt 46,2 tỷ đồng.

Công ty hiện phục vụ 168.540 khách hàng tại TP Quy Nhơn, thị xã An Nhơn và 7 huyện, trong đó 159.210 khách hàng là hộ gia đình (chiếm 94,5%). Trong năm 2023, Công ty phát triển mới 6.215 khách hàng, chủ yếu tại TP Quy Nhơn (2.870 khách hàng), thị xã An Nhơn (1.140) và huyện Tuy Phước (985).

Tính đến 31/12/2023, nợ tiền nước của khách hàng là 5,84 tỷ đồng, trong đó các cơ quan, đơn vị hành chính sự nghiệp nợ 1,26 tỷ đồng. Giá nước sinh hoạt bình quân hiện hành là 11.200 đồng/m3, chưa điều chỉnh kể từ năm 2019.

Năm 2024, Công ty đặt kế hoạch doanh thu 438 tỷ đồng, tỷ lệ thất thoát nước dưới 14%. Giai đoạn 2021-2025, Công ty phấn đấu 100% hộ dân đô thị được cấp nước sạch với tiêu chuẩn 120 lít/người/ngày; tổng vốn đầu tư mạng lưới dự kiến khoảng 350-400 tỷ đồng.

Tại hội nghị tổng kết ngày 19/01/2024 ở số 529 Trần Hưng Đạo, TP Quy Nhơn, Phó Chủ tịch UBND tỉnh Lâm Hải Giang đề nghị Công ty sớm hoàn thành Nhà máy nước Nhơn Hội công suất 30.000 m3/ngày đêm, đưa vào vận hành trong quý III/2024.

Minh Nhật (Sở Xây dựng)
24/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
FIG = [
    F("sản xuất 38,6 triệu m3", "38,6", 38.6e6, "measure", "m3", "nước sản xuất", period=Y23),
    F("tiêu thụ 32,9 triệu m3", "32,9", 32.9e6, "measure", "m3", "nước tiêu thụ", period=Y23),
    F("giảm còn 14,8%", "14,8", 14.8, "percent", "%", "tỷ lệ thất thoát, thất thu nước sạch", period=Y23),
    F("là 16,1%", "16,1", 16.1, "percent", "%", "tỷ lệ thất thoát, thất thu nước sạch",
      period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("đạt 412,5 tỷ đồng", "412,5", 412.5e9, "money", "đồng", "doanh thu",
      change=C("increase", 8.7, "%", "năm 2022"), period=Y23i),
    F("vượt 3,1% kế hoạch", "3,1", 3.1, "percent", "%", "mức vượt kế hoạch doanh thu", optional=True),
    F("đạt 46,2 tỷ đồng", "46,2", 46.2e9, "money", "đồng", "lợi nhuận trước thuế", period=Y23i),
    F("phục vụ 168.540 khách hàng", "168.540", 168540, "count", "khách hàng", "khách hàng được Công ty phục vụ"),
    F("và 7 huyện", "7", 7, "count", "huyện", "huyện được phục vụ", optional=True),
    F("159.210 khách hàng", "159.210", 159210, "count", "khách hàng", "khách hàng là hộ gia đình", total=168540, percent=94.5),
    F("phát triển mới 6.215", "6.215", 6215, "count", "khách hàng", "khách hàng phát triển mới",
      period=P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("(2.870 khách hàng)", "2.870", 2870, "count", "khách hàng", "khách hàng phát triển mới", location="Quy Nhơn",
      period=P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("(1.140)", "1.140", 1140, "count", "khách hàng", "khách hàng phát triển mới", location="An Nhơn",
      period=P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("(985)", "985", 985, "count", "khách hàng", "khách hàng phát triển mới", location="Tuy Phước",
      period=P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("là 5,84 tỷ đồng", "5,84", 5.84e9, "money", "đồng", "nợ tiền nước của khách hàng",
      period=P("Tính đến 31/12/2023", None, "2023-12-31")),
    F("nợ 1,26 tỷ đồng", "1,26", 1.26e9, "money", "đồng", "nợ tiền nước của các cơ quan, đơn vị hành chính sự nghiệp",
      total=5.84e9, period=P("Tính đến 31/12/2023", None, "2023-12-31")),
    F("là 11.200 đồng/m3", "11.200", 11200, "money", "đồng/m3", "giá nước sinh hoạt bình quân hiện hành"),
    F("doanh thu 438 tỷ đồng", "438", 438e9, "money", "đồng", "kế hoạch doanh thu", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("dưới 14%", "14", 14, "percent", "%", "tỷ lệ thất thoát nước", approx="under", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("phấn đấu 100% hộ dân", "100", 100, "percent", "%", "tỷ lệ hộ dân đô thị được cấp nước sạch", status="target",
      period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("tiêu chuẩn 120 lít/người/ngày", "120", 120, "measure", "lít/người/ngày", "tiêu chuẩn cấp nước sạch", status="target",
      period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("khoảng 350-400 tỷ đồng", "350", 350e9, "money", "đồng", "tổng vốn đầu tư mạng lưới", value_max=400e9, approx="about",
      status="forecast", period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("công suất 30.000 m3/ngày đêm", "30.000", 30000, "measure", "m3/ngày đêm", "công suất Nhà máy nước Nhơn Hội"),
]

build(7, A, FIG, published="2024-01-24", location="Bình Định", comments=[
    "Bình Định province portal: water supply company's 2023 results — production, losses, revenue, customers by town/district, arrears, 2024 plan.",
    "Date only as a bare line at the end ('24/01/2024', after the byline): taken as published. Distractors: 'ngày 19/01/2024', address 'số 529 Trần Hưng Đạo',",
    "'kể từ năm 2019', 'quý III/2024' (a date of commissioning), the official's name.",
    "'giảm còn 14,8%' states only the new level (no change); '(năm 2022 là 16,1%)' is a figure of its own with its own period.",
    "'tăng 8,7% so với năm 2022 và vượt 3,1% kế hoạch': the first change is the attribute, the second is an optional percent figure (FIGURES.md).",
    "159.210 after 'trong đó' is a part of 168.540 with share 94,5%; 1,26 tỷ after 'trong đó' is a part of 5,84 tỷ. New-customer list: no part-of cue",
    "('chủ yếu tại'), so no total; places go to location. '7 huyện' optional. '350-400 tỷ … dự kiến' is forecast with a range.",
    "The plant's design capacity 30.000 m3/ngày đêm is a measure (no period: the quarter is a commissioning date).",
])
