"""p870-2: huyện Đông Anh (Hà Nội) district portal, new traffic lights, April 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH
Tin tức - Sự kiện | Kinh tế - Hạ tầng
Thứ Ba, 09/04/2024 - 10:20

Đông Anh đưa vào vận hành đèn tín hiệu tại 6 nút giao mới

Từ đầu năm 2024 đến nay, Ban Quản lý dự án đầu tư xây dựng huyện Đông Anh đã hoàn thành lắp đặt và đưa vào vận hành hệ thống đèn tín hiệu giao thông tại 6 nút giao trên Quốc lộ 3, Quốc lộ 23 và đường Võ Nguyên Giáp. Như vậy, đến nay toàn huyện có 41 nút giao được lắp đèn tín hiệu.

Tổng kinh phí thực hiện khoảng 7,8 tỷ đồng từ nguồn ngân sách huyện, đơn giá bình quân khoảng 1,3 tỷ đồng/nút giao. Mỗi nút giao được lắp từ 4 đến 8 cột đèn, 12 bộ đèn đếm lùi và 2 camera quan sát. Đèn sử dụng công nghệ LED, công suất 15 W/bộ, tiết kiệm khoảng 40% điện năng so với đèn sợi đốt.

Theo Công an huyện, sau 2 tháng vận hành, tại các nút giao này chỉ xảy ra 3 vụ va chạm giao thông, giảm 9 vụ so với cùng kỳ năm 2023; thời gian chờ qua nút vào giờ cao điểm giảm khoảng 25%.

Năm 2023, toàn huyện xảy ra 62 vụ tai nạn giao thông, làm chết 19 người, bị thương 48 người. Trong đó có 14 vụ xảy ra tại các nút giao chưa có đèn tín hiệu.

Năm 2024, huyện phấn đấu lắp đặt đèn tín hiệu tại 10 nút giao, trong đó có 4 nút trên tuyến đường Trường Sa, với tổng mức đầu tư dự kiến 13,5 tỷ đồng. Riêng trong quý II/2024, huyện dự kiến hoàn thành thêm 3 nút giao tại xã Uy Nỗ và xã Nguyên Khê.

Người dân phản ánh đèn tín hiệu hỏng qua số điện thoại 024.3883.2046 hoặc trực tiếp tại UBND huyện, số 68 đường Cao Lỗ, thị trấn Đông Anh.
"""

FROM = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-04-09")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tại 6 nút giao mới", "6", 6, "count", "nút giao",
      "nút giao đưa vào vận hành đèn tín hiệu", I(FROM)),
    F("giao thông tại 6 nút giao trên", "6", 6, "count", "nút giao",
      "nút giao lắp đặt và đưa vào vận hành đèn tín hiệu giao thông", FROM),
    F("có 41 nút giao", "41", 41, "count", "nút giao",
      "nút giao được lắp đèn tín hiệu", P("đến nay", None, "2024-04-09")),
    F("khoảng 7,8 tỷ đồng", "7,8", 7.8e9, "money", "đồng",
      "tổng kinh phí lắp đặt đèn tín hiệu", I(FROM), approx="about"),
    F("khoảng 1,3 tỷ đồng/nút giao", "1,3", 1.3e9, "money", "đồng/nút giao",
      "đơn giá bình quân", approx="about"),
    F("từ 4 đến 8 cột đèn", "4", 4, "count", "cột đèn/nút giao",
      "cột đèn mỗi nút giao", value_max=8),
    F("12 bộ đèn đếm lùi", "12", 12, "count", "bộ đèn đếm lùi/nút giao",
      "bộ đèn đếm lùi mỗi nút giao"),
    F("và 2 camera quan sát", "2", 2, "count", "camera/nút giao",
      "camera quan sát mỗi nút giao"),
    F("công suất 15 W/bộ", "15", 15, "measure", "W/bộ", "công suất đèn LED", optional=True),
    F("tiết kiệm khoảng 40%", "40", 40, "percent", "%",
      "điện năng tiết kiệm so với đèn sợi đốt", approx="about"),
    F("xảy ra 3 vụ va chạm", "3", 3, "count", "vụ",
      "vụ va chạm giao thông tại các nút giao mới lắp đèn",
      change=C("decrease", 9, "vụ", "cùng kỳ năm 2023")),
    F("giảm khoảng 25%", "25", 25, "percent", "%",
      "thời gian chờ qua nút vào giờ cao điểm", approx="about"),
    F("xảy ra 62 vụ", "62", 62, "count", "vụ", "vụ tai nạn giao thông", Y23),
    F("làm chết 19 người", "19", 19, "count", "người", "người chết do tai nạn giao thông", Y23),
    F("bị thương 48 người", "48", 48, "count", "người", "người bị thương do tai nạn giao thông", Y23),
    F("có 14 vụ", "14", 14, "count", "vụ",
      "vụ tai nạn xảy ra tại các nút giao chưa có đèn tín hiệu", I(Y23), total=62),
    F("tại 10 nút giao", "10", 10, "count", "nút giao",
      "nút giao lắp đặt đèn tín hiệu", Y24, status="target"),
    F("có 4 nút trên", "4", 4, "count", "nút",
      "nút giao lắp đèn tín hiệu trên tuyến đường Trường Sa", Y24, status="target", total=10),
    F("dự kiến 13,5 tỷ đồng", "13,5", 13.5e9, "money", "đồng",
      "tổng mức đầu tư lắp đặt đèn tín hiệu", Y24, status="forecast"),
    F("thêm 3 nút giao", "3", 3, "count", "nút giao",
      "nút giao hoàn thành lắp đèn tín hiệu", P("quý II/2024", "2024-04-01", "2024-06-30"),
      status="forecast", location="Đông Anh"),
]

NOTES = [
    "Cổng TTĐT huyện Đông Anh (Hà Nội): đèn tín hiệu giao thông tại 6 nút giao mới, 2024. Dateline 'Thứ Ba, 09/04/2024 - 10:20'.",
    "District portal: location Đông Anh (the communes Uy Nỗ, Nguyên Khê lie in it). 'đến nay' = as-of the dateline.",
    "Per-node equipment (mỗi nút giao) keeps the denominator in the unit; the LED power '15W/bộ' is a device specification: optional.",
    "'sau 2 tháng vận hành' is a duration locating figures in time, no period. 'giảm khoảng 25%' with no base amount is a percent figure.",
    "Distractors: Quốc lộ 3, Quốc lộ 23, phone 024.3883.2046, 'số 68 đường Cao Lỗ', 10:20, weekday 'Thứ Ba'.",
]

write(2, TEXT, FIGS, NOTES, published="2024-04-09", location="Đông Anh")
