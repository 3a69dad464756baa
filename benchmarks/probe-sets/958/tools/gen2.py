"""p958-2: city (district-level) portal Hội An, household connections 2023, phường list, support per household."""
from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỘI AN
Tin tức - Sự kiện > Đô thị - Môi trường
Thứ Ba, 12/09/2023 - 10:20

Đẩy mạnh đấu nối nước thải hộ gia đình khu vực phố cổ

Từ đầu năm đến nay, thành phố đã vận động được 1.864 hộ gia đình đấu nối nước thải vào hệ thống thu gom của dự án Cải thiện môi trường đô thị Hội An, tăng gấp 1,6 lần so với cùng kỳ năm 2022. Trong đó, phường Minh An có 612 hộ, Cẩm Phô 487 hộ, Sơn Phong 395 hộ và Cẩm Châu 370 hộ.

Nhà máy xử lý nước thải Cẩm Nam có công suất thiết kế 12.000 m3/ngày đêm; trong quý II/2023, lượng nước thải tiếp nhận bình quân đạt 7.650 m3/ngày đêm. Lượng bùn thải phát sinh cũng gấp khoảng 2 lần so với khi nhà máy mới vận hành. Toàn thành phố hiện có khoảng 96 km tuyến ống thu gom và 21 trạm bơm nước thải. Tỷ lệ hộ dân trong vùng phục vụ đã đấu nối đạt 71,5%, riêng khu vực phố cổ đạt trên 90%.

Để khuyến khích người dân, thành phố hỗ trợ 2 triệu đồng/hộ đối với hộ nghèo, hộ cận nghèo và 1 triệu đồng/hộ đối với các hộ còn lại; tổng kinh phí hỗ trợ 8 tháng đầu năm gần 2,1 tỷ đồng. Phí thoát nước được thu cùng hóa đơn nước sạch với mức 10% giá bán nước sạch chưa thuế.

Tại hội nghị sơ kết lần thứ 3 chương trình, ông Trần Văn Năm, Trưởng phòng Quản lý đô thị thành phố, cho biết trong quý IV, Hội An phấn đấu đấu nối thêm ít nhất 500 hộ, nâng tỷ lệ đấu nối chung lên 75%. Dự kiến năm 2024, thành phố sẽ mở rộng mạng lưới thêm 12,5 km tại các xã Cẩm Hà, Cẩm Thanh và tuyến đường Hai Bà Trưng với kinh phí khoảng 48 tỷ đồng.

Thu Hà - Phòng Quản lý đô thị
Đường dây nóng: 0235.3861.123
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-09-12")
Q2 = P("trong quý II/2023", "2023-04-01", "2023-06-30")
M8 = P("8 tháng đầu năm", "2023-01-01", "2023-08-31")
Q4 = P("trong quý IV", "2023-10-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
CONN = "hộ gia đình đấu nối nước thải vào hệ thống thu gom"

FIGS = [
    F("được 1.864 hộ", "1.864", 1864, "count", "hộ", CONN, YTD,
      change=C("increase", 1.6, "lần", "cùng kỳ năm 2022")),
    F("Minh An có 612 hộ", "612", 612, "count", "hộ", CONN, I(YTD), total=1864),
    F("Cẩm Phô 487 hộ", "487", 487, "count", "hộ", CONN, I(YTD), total=1864),
    F("Sơn Phong 395 hộ", "395", 395, "count", "hộ", CONN, I(YTD), total=1864),
    F("Cẩm Châu 370 hộ", "370", 370, "count", "hộ", CONN, I(YTD), total=1864),
    F("thiết kế 12.000 m3", "12.000", 12000, "measure", "m3/ngày đêm", "công suất thiết kế nhà máy xử lý nước thải Cẩm Nam"),
    F("đạt 7.650 m3", "7.650", 7650, "measure", "m3/ngày đêm", "lượng nước thải tiếp nhận bình quân", Q2),
    F("gấp khoảng 2 lần", "2", 2, "multiple", "lần", "lượng bùn thải phát sinh so với khi nhà máy mới vận hành", approx="about"),
    F("khoảng 96 km", "96", 96, "measure", "km", "tuyến ống thu gom", approx="about"),
    F("và 21 trạm bơm", "21", 21, "count", "trạm bơm", "trạm bơm nước thải"),
    F("đạt 71,5%", "71,5", 71.5, "percent", "%", "tỷ lệ hộ dân trong vùng phục vụ đã đấu nối"),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ hộ dân khu vực phố cổ đã đấu nối", approx="over"),
    F("hỗ trợ 2 triệu đồng/hộ", "2", 2e6, "money", "đồng/hộ", "mức hỗ trợ đấu nối đối với hộ nghèo, hộ cận nghèo"),
    F("và 1 triệu đồng/hộ", "1", 1e6, "money", "đồng/hộ", "mức hỗ trợ đấu nối đối với các hộ còn lại"),
    F("gần 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "tổng kinh phí hỗ trợ đấu nối", M8, approx="nearly"),
    F("mức 10% giá bán", "10", 10, "percent", "%", "phí thoát nước so với giá bán nước sạch chưa thuế"),
    F("ít nhất 500 hộ", "500", 500, "count", "hộ", "hộ đấu nối thêm", Q4, approx="at_least", status="target"),
    F("lên 75%", "75", 75, "percent", "%", "tỷ lệ đấu nối chung", Q4, status="target"),
    F("thêm 12,5 km", "12,5", 12.5, "measure", "km", "mạng lưới thu gom mở rộng thêm", Y24, status="forecast"),
    F("khoảng 48 tỷ đồng", "48", 48e9, "money", "đồng", "kinh phí mở rộng mạng lưới", Y24, approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT thành phố Hội An (district level): đấu nối nước thải 2023. Every figure is Hội An: a phường is not a province,",
    "city or district (FIGURES.md location), so the phường list keeps location Hội An. The phường counts add up to 1.864 (total).",
    "'tăng gấp 1,6 lần so với cùng kỳ' after the count is its change (unit lần); 'gấp khoảng 2 lần so với khi nhà máy mới vận hành' with no base amount is a multiple.",
    "'Từ đầu năm đến nay' ends at the dateline; year-less 'quý IV', '8 tháng đầu năm' take 2023. 'Dự kiến năm 2024' governs the whole sentence.",
    "Distractors: 'lần thứ 3', 'ông Trần Văn Năm', 'đường Hai Bà Trưng', hotline, dateline time.",
]

build("p958-2", TEXT, FIGS, published="2023-09-12", location="Hội An", notes=NOTES)
