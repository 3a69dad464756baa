"""p857-1: Đắk Lắk province portal, coffee/refreshment households, H1/2024."""
from lib import F, P, I, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Đắk Lắk: Hơn 4.600 hộ kinh doanh cà phê, giải khát
Cập nhật: 14/08/2024 09:15 | Lượt xem: 2.316

Theo Sở Công Thương, tính đến ngày 30/6/2024, toàn tỉnh có 4.628 hộ kinh doanh cà phê, giải khát đăng ký hoạt động, tăng 312 hộ so với cuối năm 2023; trong đó thành phố Buôn Ma Thuột có 2.154 hộ, chiếm 46,5%. Ngoài ra, trên địa bàn còn 37 chuỗi cà phê với khoảng 190 cửa hàng, phần lớn nằm trên các tuyến đường Lê Duẩn, Phan Bội Châu và dọc Quốc lộ 14.

Sáu tháng đầu năm 2024, doanh thu dịch vụ ăn uống trên địa bàn tỉnh ước đạt 5.842 tỷ đồng, tăng 11,3% so với cùng kỳ năm 2023, chiếm 38,2% tổng doanh thu dịch vụ lưu trú, ăn uống và lữ hành; trong đó nhóm quán cà phê, giải khát đóng góp khoảng 1.460 tỷ đồng. Lượng cà phê nhân tiêu thụ qua các quán ước khoảng 6.500 tấn. Doanh thu bình quân của một quán ở Buôn Ma Thuột gấp khoảng 1,8 lần mức bình quân của các huyện.

Giá bán phổ biến tại các quán bình dân từ 15.000 đến 25.000 đồng/ly, tại các chuỗi và quán sân vườn từ 35.000 - 60.000 đồng/ly. Các quán đang tạo việc làm cho khoảng 14.000 lao động, thu nhập bình quân 5,8 triệu đồng/người/tháng.

Theo Kế hoạch số 215/KH-UBND ngày 12/3/2024 của UBND tỉnh, phấn đấu đến năm 2025 có ít nhất 60% quán cà phê, giải khát áp dụng thanh toán không dùng tiền mặt và 100% chuỗi cà phê sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền. Hiện tỷ lệ này lần lượt đạt 41% và 73%.

Ngành cũng đang phối hợp chuẩn bị các hoạt động bên lề Lễ hội Cà phê Buôn Ma Thuột lần thứ 9 năm 2025.
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("Hơn 4.600 hộ", "4.600", 4600, "count", "hộ kinh doanh", "hộ kinh doanh cà phê, giải khát",
      approx="over"),
    F("có 4.628 hộ", "4.628", 4628, "count", "hộ kinh doanh", "hộ kinh doanh cà phê, giải khát đăng ký hoạt động",
      ASOF, change=C("increase", 312, "hộ", "cuối năm 2023")),
    F("có 2.154 hộ", "2.154", 2154, "count", "hộ", "hộ kinh doanh cà phê, giải khát đăng ký hoạt động",
      ASOF, total=4628, percent=46.5, location="Buôn Ma Thuột"),
    F("còn 37 chuỗi", "37", 37, "count", "chuỗi cà phê", "chuỗi cà phê", I(ASOF)),
    F("khoảng 190 cửa hàng", "190", 190, "count", "cửa hàng", "cửa hàng của các chuỗi cà phê", I(ASOF),
      approx="about"),
    F("ước đạt 5.842 tỷ đồng", "5.842", 5842e9, "money", "đồng", "doanh thu dịch vụ ăn uống", H1,
      status="estimate", percent=38.2, change=C("increase", 11.3, "%", "cùng kỳ năm 2023")),
    F("khoảng 1.460 tỷ đồng", "1.460", 1460e9, "money", "đồng",
      "doanh thu dịch vụ ăn uống của nhóm quán cà phê, giải khát", H1, approx="about", total=5842e9,
      status="estimate"),
    F("khoảng 6.500 tấn", "6.500", 6500, "measure", "tấn", "lượng cà phê nhân tiêu thụ qua các quán", I(H1),
      approx="about", status="estimate"),
    F("gấp khoảng 1,8 lần", "1,8", 1.8, "multiple", "lần",
      "doanh thu bình quân của một quán ở Buôn Ma Thuột so với mức bình quân của các huyện", I(H1), approx="about",
      location="Buôn Ma Thuột"),
    F("từ 15.000 đến 25.000", "15.000", 15000, "money", "đồng/ly", "giá bán tại các quán bình dân",
      value_max=25000),
    F("từ 35.000 - 60.000", "35.000", 35000, "money", "đồng/ly", "giá bán tại các chuỗi và quán sân vườn",
      value_max=60000),
    F("khoảng 14.000 lao động", "14.000", 14000, "count", "lao động", "lao động có việc làm tại các quán",
      approx="about"),
    F("5,8 triệu đồng", "5,8", 5.8e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động tại các quán"),
    F("ít nhất 60%", "60", 60, "percent", "%",
      "quán cà phê, giải khát áp dụng thanh toán không dùng tiền mặt", T25, approx="at_least", status="target"),
    F("và 100% chuỗi", "100", 100, "percent", "%",
      "chuỗi cà phê sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền", T25, status="target"),
    F("đạt 41%", "41", 41, "percent", "%", "quán cà phê, giải khát áp dụng thanh toán không dùng tiền mặt"),
    F("41% và 73%", "73", 73, "percent", "%", "chuỗi cà phê sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền"),
]

NOTES = [
    "Province portal of Đắk Lắk: coffee/refreshment households as of 30/6/2024, H1/2024 food-service revenue, prices, 2025 targets.",
    "Headline 'Hơn 4.600 hộ' has no period phrase. Buôn Ma Thuột (2.154 hộ) is a part after 'trong đó' (total 4.628).",
    "Distractors: Lượt xem 2.316, Quốc lộ 14, Kế hoạch số 215/KH-UBND, 'lần thứ 9'. The 'Hiện ... lần lượt' shares get no period.",
]

build("p857-1", TEXT, FIGS, NOTES, published="2024-08-14", location="Đắk Lắk")
