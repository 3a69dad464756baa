"""p1091-2: huyện Cao Lộc (Lạng Sơn) district portal, arrivals through Hữu Nghị border gate, H1 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAO LỘC
Tin tức - Sự kiện > Kinh tế

Khách quốc tế qua Cửa khẩu Hữu Nghị tăng mạnh

Ngày đăng: 11/07/2024 | Lượt xem: 486

6 tháng đầu năm 2024, qua Cửa khẩu quốc tế Hữu Nghị (huyện Cao Lộc) có 512.430 lượt người xuất nhập cảnh, tăng 2,1 lần so với cùng kỳ; trong đó người nước ngoài nhập cảnh đạt 118.640 lượt, chiếm 23,2%. Số khách du lịch Trung Quốc vào tham quan bằng giấy thông hành là 46.200 lượt, tăng 185% so với cùng kỳ.

Tại Ga đường sắt liên vận quốc tế Đồng Đăng, từ tháng 3 đến tháng 6 có 52 chuyến tàu liên vận chở khách với khoảng 4,3 ngàn lượt hành khách. Khách đi theo đoàn chủ yếu tham quan khu vực mốc 1116, Khu di tích Đồn Đồng Đăng rồi theo Quốc lộ 1A về Hà Nội, Hạ Long.

Theo Phòng Văn hóa và Thông tin huyện, mỗi khách Trung Quốc đi tour ngắn ngày chi tiêu bình quân từ 1,5 đến 2 triệu đồng/người/ngày, chủ yếu cho ăn uống và mua sắm tại thị trấn Đồng Đăng. Doanh thu từ hoạt động du lịch trên địa bàn huyện ước đạt 86,5 tỷ đồng, đạt 54% kế hoạch năm. Tính đến ngày 30/6/2024, huyện có 41 cơ sở lưu trú du lịch với 735 phòng.

Toàn tỉnh Lạng Sơn 6 tháng đầu năm đón khoảng 203.000 lượt khách quốc tế, trong đó khoảng 58% đi qua Cửa khẩu quốc tế Hữu Nghị.

Thực hiện Quyết định số 2237/QĐ-UBND của UBND tỉnh, năm 2024 huyện phấn đấu đón 350.000 lượt khách du lịch, trong đó khách quốc tế chiếm trên 30%; đồng thời đề xuất thí điểm cho khách Trung Quốc đi xe tự lái qua cửa khẩu.

Hoàng Lan - Văn phòng HĐND và UBND huyện
Địa chỉ: khối 3, thị trấn Cao Lộc; Điện thoại: 0205.3861.236
"""

P6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
PRAIL = P("từ tháng 3 đến tháng 6", "2024-03-01", "2024-06-30")
PASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
PY = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 512.430 lượt người", "512.430", 512430, "count", "lượt người",
      "lượt người xuất nhập cảnh qua Cửa khẩu quốc tế Hữu Nghị", P6,
      change=C("increase", 2.1, unit="lần", baseline="cùng kỳ")),
    F("đạt 118.640 lượt", "118.640", 118640, "count", "lượt", "người nước ngoài nhập cảnh qua Cửa khẩu quốc tế Hữu Nghị", P6,
      total=512430, percent=23.2),
    F("là 46.200 lượt", "46.200", 46200, "count", "lượt", "khách du lịch Trung Quốc vào tham quan bằng giấy thông hành", I(P6),
      change=C("increase", 185, baseline="cùng kỳ")),
    F("có 52 chuyến tàu", "52", 52, "count", "chuyến tàu",
      "chuyến tàu liên vận chở khách tại Ga đường sắt liên vận quốc tế Đồng Đăng", PRAIL),
    F("khoảng 4,3 ngàn lượt", "4,3", 4300, "count", "lượt hành khách", "hành khách đi tàu liên vận quốc tế qua Ga Đồng Đăng", PRAIL,
      approx="about"),
    F("từ 1,5 đến 2 triệu đồng/người/ngày", "1,5", 1_500_000, "money", "đồng/người/ngày",
      "chi tiêu bình quân của mỗi khách Trung Quốc đi tour ngắn ngày", value_max=2_000_000),
    F("ước đạt 86,5 tỷ đồng", "86,5", 86_500_000_000, "money", "đồng", "doanh thu từ hoạt động du lịch trên địa bàn huyện", I(P6),
      percent=54, status="estimate"),
    F("có 41 cơ sở", "41", 41, "count", "cơ sở lưu trú", "cơ sở lưu trú du lịch", PASOF),
    F("với 735 phòng", "735", 735, "count", "phòng", "phòng của các cơ sở lưu trú du lịch", PASOF),
    F("khoảng 203.000 lượt", "203.000", 203000, "count", "lượt khách", "khách quốc tế",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="about", location="Lạng Sơn"),
    F("khoảng 58% đi qua", "58", 58, "percent", "%", "tỷ lệ khách quốc tế đi qua Cửa khẩu quốc tế Hữu Nghị",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="about", location="Lạng Sơn"),
    F("đón 350.000 lượt", "350.000", 350000, "count", "lượt khách", "khách du lịch", PY, status="target"),
    F("chiếm trên 30%", "30", 30, "percent", "%", "tỷ lệ khách quốc tế trong tổng lượt khách du lịch", PY,
      approx="over", status="target"),
]

NOTES = [
    "District portal (huyện Cao Lộc, Lạng Sơn): people crossing Hữu Nghị border gate, Chinese tour groups, Đồng Đăng rail station, spending, H1 2024.",
    "Distractors: 'Ngày đăng: 11/07/2024', 'Lượt xem: 486', 'mốc 1116' (border marker), 'Quốc lộ 1A', 'Quyết định số 2237/QĐ-UBND', 'khối 3', phone 0205.3861.236.",
    "Default location Cao Lộc (the gate is said to be in the district; Đồng Đăng is a thị trấn of it); the provincial totals are Lạng Sơn.",
    "'tăng 2,1 lần so với cùng kỳ' is the change of 512.430 (unit lần). 'từ tháng 3 đến tháng 6' takes 2024. 'Tính đến ngày 30/6/2024' is an as-of date (end only).",
    "'khoảng 58%' after 'trong đó' is a share with no base count: a percent figure; 'chiếm trên 30%' under 'phấn đấu' is a target percent.",
]

write("p1091-2", TEXT, FIGS, NOTES, published="2024-07-11", location="Cao Lộc")
