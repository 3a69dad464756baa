"""p971-5: Party/provincial newspaper (Báo Đắk Lắk), mini football pitches in Buôn Ma Thuột; byline and bare date at the end."""
from lib import F, P, I, C, T, write

text = """Sân bóng đá mini "nở rộ" ở Buôn Ma Thuột

Chỉ trong khoảng ba năm trở lại đây, số sân bóng đá mini cỏ nhân tạo tại thành phố Buôn Ma Thuột tăng nhanh, từ 45 sân năm 2020 lên 118 sân hiện nay, chủ yếu do tư nhân đầu tư. Riêng từ đầu năm đến nay đã có thêm 3 sân mới khai trương.

Theo Phòng Văn hóa và Thông tin thành phố, mỗi sân có diện tích từ 800 đến 1.200 m2, vốn đầu tư bình quân khoảng 1,2 tỷ đồng/sân (kể cả hệ thống đèn chiếu sáng). Giá thuê sân 5 người dao động từ 200.000 đến 350.000 đồng/giờ; khung giờ cao điểm từ 17 giờ đến 21 giờ thường kín lịch.

Anh Nguyễn Văn Tám, chủ cụm sân trên Quốc lộ 14 (phường Tân An), cho biết cụm sân của anh có 4 sân, mỗi tháng thu khoảng 90 triệu đồng; sau khi trừ tiền điện, nhân công và khấu hao còn lãi chừng 35 triệu đồng.

Tuy nhiên, nguồn cung tăng nhanh khiến nhiều sân vắng khách. Năm 2023, tỷ lệ lấp đầy bình quân của các sân chỉ đạt khoảng 55%, giảm gần 20% so với năm 2022; đã có 9 sân phải đóng cửa hoặc chuyển đổi sang sân pickleball.

Toàn tỉnh Đắk Lắk hiện có 356 sân bóng đá mini, trong đó Buôn Ma Thuột chiếm 33,1%. Bên cạnh các sân tư nhân, tỉnh mới có 21 sân bóng đá do xã, phường quản lý, nhiều sân đã xuống cấp.

Ngành văn hóa, thể thao tỉnh đặt mục tiêu đến năm 2025 mỗi xã, phường có ít nhất 1 sân bóng đá đạt chuẩn; tỷ lệ người tập luyện thể dục thể thao thường xuyên toàn tỉnh đạt 33%. Theo ông Y Khoa Niê, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, tỉnh sẽ ưu tiên quỹ đất công cho các xã vùng sâu xây sân thể thao theo Nghị quyết số 09/2023/NQ-HĐND.

HOÀNG THANH
18/3/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
figs = [
    F("từ 45 sân năm 2020", "45", 45, "count", "sân", "sân bóng đá mini cỏ nhân tạo",
      P("năm 2020", "2020-01-01", "2020-12-31")),
    F("lên 118 sân", "118", 118, "count", "sân", "sân bóng đá mini cỏ nhân tạo"),
    F("thêm 3 sân", "3", 3, "count", "sân", "sân bóng đá mini mới khai trương",
      P("từ đầu năm đến nay", "2024-01-01", "2024-03-18")),
    F("từ 800 đến 1.200 m2", "800", 800, "measure", "m2", "diện tích mỗi sân bóng đá mini", value_max=1200),
    F("khoảng 1,2 tỷ đồng/sân", "1,2", 1.2e9, "money", "đồng/sân", "vốn đầu tư bình quân sân bóng đá mini",
      approx="about"),
    F("sân 5 người", "5", 5, "count", "người", optional=True),
    F("từ 200.000 đến 350.000 đồng/giờ", "200.000", 200000, "money", "đồng/giờ", "giá thuê sân 5 người",
      value_max=350000),
    F("có 4 sân", "4", 4, "count", "sân", "sân của cụm sân anh Nguyễn Văn Tám"),
    F("khoảng 90 triệu đồng", "90", 90e6, "money", "đồng/tháng", "doanh thu cụm sân mỗi tháng", approx="about"),
    F("chừng 35 triệu đồng", "35", 35e6, "money", "đồng/tháng", "lãi của cụm sân mỗi tháng", approx="about"),
    F("khoảng 55%", "55", 55, "percent", "%", "tỷ lệ lấp đầy bình quân của các sân", Y23, approx="about",
      change=C("decrease", 20, "%", "năm 2022", approx="nearly")),
    F("có 9 sân", "9", 9, "count", "sân", "sân phải đóng cửa hoặc chuyển đổi sang sân pickleball", Y23),
    F("có 356 sân", "356", 356, "count", "sân", "sân bóng đá mini", location="Đắk Lắk"),
    F("chiếm 33,1%", "33,1", 33.1, "percent", "%", "sân bóng đá mini của Buôn Ma Thuột trong toàn tỉnh"),
    F("có 21 sân", "21", 21, "count", "sân", "sân bóng đá do xã, phường quản lý", location="Đắk Lắk"),
    F("ít nhất 1 sân", "1", 1, "count", "sân", "sân bóng đá đạt chuẩn mỗi xã, phường", Y25, approx="at_least",
      status="target", location="Đắk Lắk", optional=True),
    F("đạt 33%", "33", 33, "percent", "%", "tỷ lệ người tập luyện thể dục thể thao thường xuyên", Y25,
      status="target", location="Đắk Lắk"),
]

write(5, text, figs, published="2024-03-18", location="Buôn Ma Thuột", notes=[
    "Báo Đắk Lắk: mini football pitches in Buôn Ma Thuột; byline 'HOÀNG THANH' and bare date 18/3/2024 at the end.",
    "'từ đầu năm đến nay' runs from 1 January of the dateline's year to the dateline.",
    "Default location is the city; province-wide figures (356, 21 sân, targets) are Đắk Lắk.",
    "'từ 45 sân năm 2020 lên 118 sân hiện nay' gives two level figures (no change attribute is stated as a number); 'hiện nay' gets no period.",
    "'sân 5 người' (a pitch category) and 'ít nhất 1 sân' per commune are optional. 'ba năm' (a duration), '17 giờ đến 21 giờ' (times),",
    "'Quốc lộ 14', 'Anh Nguyễn Văn Tám', 'Nghị quyết số 09/2023/NQ-HĐND' are not figures.",
    "'chiếm 33,1%' is Buôn Ma Thuột's share of the province's pitches: a percent figure of its own, not a share of 356.",
])
