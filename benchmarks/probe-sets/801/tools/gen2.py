"""p801-2: commune portal (xã Nam Thanh, huyện Nam Trực, Nam Định), làng nghề cơ khí, rèn Vân Chàng."""
from lib import F, build, year, months, asof, span, inherit, up, tgt

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ NAM THANH - HUYỆN NAM TRỰC - TỈNH NAM ĐỊNH
Tin tức - Sự kiện / Kinh tế - Xã hội
Làng nghề Vân Chàng: 10 tháng giá trị sản xuất tăng 9%
Ngày đăng: 14/11/2023 - 10:05

Theo báo cáo của UBND xã, 10 tháng đầu năm 2023, giá trị sản xuất của làng nghề cơ khí, rèn Vân Chàng ước đạt 412 tỷ đồng, tăng 9% so với cùng kỳ năm 2022, bằng 81,3% kế hoạch năm.

Toàn làng hiện có 1.150 hộ, trong đó 620 hộ làm nghề cơ khí, rèn; 38 doanh nghiệp và 5 hợp tác xã, giải quyết việc làm cho khoảng 2.600 lao động, trong đó gần 400 lao động đến từ các xã lân cận. Mỗi năm, làng cung ứng ra thị trường khoảng 12.000 tấn đinh các loại và hơn 1,5 triệu bộ bản lề, khóa cửa.

Cụm công nghiệp Vân Chàng rộng 15,6 ha đã lấp đầy 92% diện tích với 68 cơ sở thuê đất. Năm 2023, xã được bố trí 3,2 tỷ đồng xây dựng tuyến thu gom nước thải dài 1.850 m dọc đường liên thôn số 4; đến nay đã có 214/620 hộ sản xuất lắp đặt bể lắng xử lý nước thải mạ, tẩy gỉ.

Hiện làng có 3 sản phẩm đạt OCOP 3 sao là dao kéo Vân Chàng, bản lề Hòa Phát 2 và khóa cửa Thành Công. Xã phấn đấu năm 2023 giá trị sản xuất làng nghề đạt 507 tỷ đồng; 100% cơ sở sản xuất ký cam kết bảo vệ môi trường.

Ban Biên tập
Địa chỉ: UBND xã Nam Thanh, huyện Nam Trực, tỉnh Nam Định. Điện thoại: 0228.3827.316
"""

M10 = months("10 tháng", 2023, 1, 10)
M10b = months("10 tháng đầu năm 2023", 2023, 1, 10)
Y23 = year("Năm 2023", 2023)
NOW = asof("đến nay", "2023-11-14")
T23 = year("năm 2023", 2023)

FIGS = [
    F("giá trị sản xuất tăng 9%", "9", 9, "percent", "%", "giá trị sản xuất làng nghề Vân Chàng tăng", M10),
    F("ước đạt 412 tỷ đồng", "412", 412e9, "money", "đồng", "giá trị sản xuất của làng nghề cơ khí, rèn Vân Chàng", M10b,
      status="estimate", change=up(9, baseline="cùng kỳ năm 2022"), percent=81.3),
    F("có 1.150 hộ", "1.150", 1150, "count", "hộ", "hộ toàn làng"),
    F("620 hộ làm nghề", "620", 620, "count", "hộ", "hộ làm nghề cơ khí, rèn", total=1150),
    F("38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", "doanh nghiệp"),
    F("5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã"),
    F("khoảng 2.600 lao động", "2.600", 2600, "count", "lao động", "lao động được giải quyết việc làm", approx="about"),
    F("gần 400 lao động", "400", 400, "count", "lao động", "lao động đến từ các xã lân cận", approx="nearly", total=2600),
    F("khoảng 12.000 tấn đinh", "12.000", 12000, "measure", "tấn", "đinh các loại cung ứng ra thị trường mỗi năm",
      approx="about"),
    F("hơn 1,5 triệu bộ", "1,5", 1.5e6, "count", "bộ", "bản lề, khóa cửa cung ứng ra thị trường mỗi năm", approx="over"),
    F("rộng 15,6 ha", "15,6", 15.6, "measure", "ha", "diện tích Cụm công nghiệp Vân Chàng"),
    F("lấp đầy 92% diện tích", "92", 92, "percent", "%", "tỷ lệ lấp đầy diện tích Cụm công nghiệp Vân Chàng"),
    F("với 68 cơ sở", "68", 68, "count", "cơ sở", "cơ sở thuê đất"),
    F("bố trí 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí xây dựng tuyến thu gom nước thải", Y23),
    F("dài 1.850 m", "1.850", 1850, "measure", "m", "chiều dài tuyến thu gom nước thải", Y23),
    F("có 214/620 hộ", "214", 214, "count", "hộ", "hộ sản xuất lắp đặt bể lắng xử lý nước thải", NOW, total=620),
    F("Hiện làng có 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm đạt OCOP 3 sao"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", optional=True),
    F("đạt 507 tỷ đồng", "507", 507e9, "money", "đồng", "giá trị sản xuất làng nghề", T23, status="target"),
    F("100% cơ sở sản xuất", "100", 100, "percent", "%", "cơ sở sản xuất ký cam kết bảo vệ môi trường", T23,
      status="target"),
]

build(2, TEXT, FIGS, published="2023-11-14", location="Nam Trực", comments=[
    "Commune portal of xã Nam Thanh (huyện Nam Trực, Nam Định): làng nghề cơ khí, rèn Vân Chàng - value, households, CCN, wastewater, OCOP.",
    "Headline '10 tháng ... tăng 9%' is a growth rate as the claim (percent, no change); year from the dateline (2023).",
    "412 tỷ carries change 9% and the plan share 81,3% (percent). 'Mỗi năm' habitual amounts have no period; unit as written.",
    "'38 doanh nghiệp', '5 hợp tác xã' after ';' are not households: no total. 'Hòa Phát 2', 'đường liên thôn số 4', phone: distractors.",
])
