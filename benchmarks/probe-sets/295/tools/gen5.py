from lib import *

TEXT = """Hoàn thuế giá trị gia tăng năm 2024: nhiều địa phương giải quyết trên 10.000 tỷ đồng
Thứ Sáu, 10/1/2025, 14:20 (GMT+7)

Theo Tổng cục Thuế, năm 2024 cơ quan thuế cả nước đã ban hành 21.846 quyết định hoàn thuế GTGT với tổng số tiền 154.300 tỷ đồng, đạt 85,2% dự toán hoàn thuế và tăng 16,5% so với năm 2023.

Các địa phương có số hoàn lớn là TP Hồ Chí Minh 22.650 tỷ đồng, Bình Dương 14.870 tỷ đồng, Đồng Nai 11.320 tỷ đồng và Bắc Ninh 10.140 tỷ đồng. Bốn địa phương này chiếm gần 38,5% tổng số tiền hoàn của cả nước.

Riêng tại Đồng Nai, Cục Thuế tỉnh cho biết trong năm đã giải quyết 1.356 hồ sơ hoàn thuế, trong đó 1.128 hồ sơ thuộc diện hoàn trước, kiểm tra sau, chiếm 83,2%. Thời gian giải quyết bình quân một hồ sơ hoàn trước là 4,6 ngày làm việc, ngắn hơn quy định 1,4 ngày. Qua kiểm tra sau hoàn, cơ quan thuế tỉnh phát hiện 37 doanh nghiệp khai sai, thu hồi hơn 42,5 tỷ đồng tiền hoàn. Ngoài ra, 3 vụ việc có dấu hiệu hình sự đã được chuyển cơ quan công an.

Lãnh đạo Tổng cục Thuế cho biết năm 2025 dự toán hoàn thuế GTGT là 165.000 tỷ đồng; phấn đấu 100% hồ sơ hoàn thuế được giải quyết đúng hạn, tỷ lệ hồ sơ hoàn trước, kiểm tra sau đạt khoảng 80-85%. Ngành thuế cũng sẽ mở rộng ứng dụng rủi ro trong hoàn thuế, kết nối dữ liệu hóa đơn với 63 Cục Thuế.

Người nộp thuế có thể phản ánh qua đường dây nóng 024.3768.9679 hoặc trực tiếp tại số 123 Lò Đúc, quận Hai Bà Trưng, Hà Nội.

Phương Linh
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TN = P("trong năm", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
SH = "số hoàn"

FIGS = [
    F("trên 10.000 tỷ đồng", "10.000", ty(10000), "money", "đồng", "số hoàn thuế giá trị gia tăng của nhiều địa phương",
      approx="over", period=Y24, optional=True),
    F("ban hành 21.846 quyết định", "21.846", 21846, "count", "quyết định hoàn thuế",
      "quyết định hoàn thuế GTGT", period=Y24),
    F("tiền 154.300 tỷ đồng", "154.300", ty(154300), "money", "đồng", "tổng số tiền hoàn thuế GTGT",
      percent=85.2, change=ch("+", 16.5, baseline="năm 2023"), period=Y24),
    F("Hồ Chí Minh 22.650 tỷ đồng", "22.650", ty(22650), "money", "đồng", SH, location="TP Hồ Chí Minh", period=I(Y24)),
    F("Bình Dương 14.870 tỷ đồng", "14.870", ty(14870), "money", "đồng", SH, location="Bình Dương", period=I(Y24)),
    F("Đồng Nai 11.320 tỷ đồng", "11.320", ty(11320), "money", "đồng", SH, location="Đồng Nai", period=I(Y24)),
    F("Bắc Ninh 10.140 tỷ đồng", "10.140", ty(10140), "money", "đồng", SH, location="Bắc Ninh", period=I(Y24)),
    F("Bốn địa phương này", "Bốn", 4, "count", "địa phương", optional=True),
    F("gần 38,5%", "38,5", 38.5, "percent", "%", "tỷ trọng số tiền hoàn của bốn địa phương trong tổng số tiền hoàn của cả nước",
      approx="nearly", period=I(Y24)),
    F("giải quyết 1.356 hồ sơ", "1.356", 1356, "count", "hồ sơ", "hồ sơ hoàn thuế đã giải quyết",
      location="Đồng Nai", period=TN),
    F("đó 1.128 hồ sơ", "1.128", 1128, "count", "hồ sơ", "hồ sơ thuộc diện hoàn trước, kiểm tra sau",
      total=1356, percent=83.2, location="Đồng Nai", period=TN),
    F("là 4,6 ngày", "4,6", 4.6, "measure", "ngày làm việc", "thời gian giải quyết bình quân một hồ sơ hoàn trước",
      change=ch("-", 1.4, "ngày", "quy định"), location="Đồng Nai", period=I(TN)),
    F("phát hiện 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp", "doanh nghiệp khai sai",
      location="Đồng Nai", period=I(TN)),
    F("hơn 42,5 tỷ đồng", "42,5", ty(42.5), "money", "đồng", "tiền hoàn thu hồi", approx="over",
      location="Đồng Nai", period=I(TN)),
    F("Ngoài ra, 3 vụ việc", "3", 3, "count", "vụ việc", "vụ việc có dấu hiệu hình sự chuyển cơ quan công an",
      location="Đồng Nai", period=I(TN)),
    F("là 165.000 tỷ đồng", "165.000", ty(165000), "money", "đồng", "dự toán hoàn thuế GTGT",
      status="target", period=Y25),
    F("phấn đấu 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ hoàn thuế được giải quyết đúng hạn",
      status="target", period=Y25),
    F("khoảng 80-85%", "80", 80, "percent", "%", "tỷ lệ hồ sơ hoàn trước, kiểm tra sau",
      value_max=85, approx="about", status="target", period=Y25),
    F("với 63 Cục Thuế", "63", 63, "count", "Cục Thuế", "Cục Thuế kết nối dữ liệu hóa đơn", optional=True),
]

COMMENTS = [
    "National press (online newspaper style, 'Thứ Sáu, 10/1/2025, 14:20 (GMT+7)', byline at the end): VAT refunds 2024, national and by province.",
    "Headline 'nhiều địa phương giải quyết trên 10.000 tỷ đồng' is a threshold over a group of provinces: optional.",
    "Default location Việt Nam (Tổng cục Thuế national totals); the list of provinces gives each item its location, subject = the list's indicator.",
    "'Bốn địa phương này chiếm gần 38,5%' is a national share (kept Việt Nam); 'Bốn' optional. Đồng Nai paragraph -> location Đồng Nai.",
    "'trong đó 1.128 hồ sơ …, chiếm 83,2%' part of 1.356 (total) with its percent. 'ngắn hơn quy định 1,4 ngày' is the change of 4,6 ngày",
    "(a comparative like 'thấp hơn', baseline 'quy định'). '3 vụ việc' follows 'Ngoài ra': no total.",
    "'năm 2025 dự toán … là 165.000 tỷ' plan -> target; 'phấn đấu 100% …, … đạt khoảng 80-85%' targets. '63 Cục Thuế' structure count optional.",
    "revised: list items' subject now 'số hoàn', the indicator as the list's head names it (I had added 'thuế GTGT' from context).",
    "Distractors: '(GMT+7)', hotline '024.3768.9679', address 'số 123 Lò Đúc, quận Hai Bà Trưng, Hà Nội' (a place that is only the address).",
]

write(5, TEXT, COMMENTS, FIGS, published="2025-01-10", location="Việt Nam")
