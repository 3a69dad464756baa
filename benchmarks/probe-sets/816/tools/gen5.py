"""p816-5: provincial Party newspaper (Báo Bà Rịa - Vũng Tàu), beach-seine experience at Phước Hải (huyện Đất Đỏ), 9 months 2023."""
from lib import F, P, I, C, build

TEXT = """BÁO BÀ RỊA - VŨNG TÀU
Kinh tế > Du lịch

Kéo lưới rùng cùng ngư dân Phước Hải

Mỗi sáng cuối tuần, bãi biển thị trấn Phước Hải (huyện Đất Đỏ) lại nhộn nhịp cảnh du khách cùng ngư dân kéo lưới rùng. Theo UBND thị trấn, 9 tháng năm 2023, làng chài Phước Hải đón khoảng 38.000 lượt khách đến trải nghiệm, tăng 32% so với cùng kỳ; riêng quý III đạt 17.500 lượt.

Hiện trên địa bàn có 11 tổ kéo lưới rùng tham gia phục vụ khách, mỗi tổ 8-10 người. Mỗi mẻ lưới kéo dài khoảng 1,5 giờ, dây lưới dài 600 m. Du khách trả 100.000 đồng/người để tham gia và được mua cá tươi tại chỗ với giá 60.000-120.000 đồng/kg.

Ông Lê Văn Bảy, tổ trưởng tổ lưới số 3, cho biết trước đây mỗi lao động kéo lưới chỉ có thu nhập khoảng 4 triệu đồng/tháng, nay tăng lên 6,5-7 triệu đồng/tháng nhờ có thêm khoản thu từ du khách. “Có hôm tổ tôi kéo 4 mẻ, khách đông phải chia ca”, ông Bảy nói.

Không chỉ kéo lưới, nhiều hộ dân ở khu phố Phước Thới còn mở dịch vụ ăn uống, bán hải sản khô. Năm 2023, thị trấn có thêm 14 hộ đăng ký kinh doanh dịch vụ phục vụ khách, nâng tổng số lên 52 hộ. Huyện đã bố trí 1,2 tỷ đồng xây dựng nhà chờ, bãi đỗ xe và khu vệ sinh tại bãi kéo lưới gần Quốc lộ 55.

Huyện Đất Đỏ đặt mục tiêu đến năm 2025 có 3 làng chài được công nhận điểm du lịch cộng đồng, đón 80.000 lượt khách/năm.

KIM ANH
14/10/2023
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q3 = P("quý III", "2023-07-01", "2023-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 38.000 lượt khách", "38.000", 38000, "count", "lượt khách", "khách đến trải nghiệm làng chài Phước Hải",
      M9, approx="about", change=C("increase", 32, baseline="cùng kỳ")),
    F("đạt 17.500 lượt", "17.500", 17500, "count", "lượt", "khách đến trải nghiệm làng chài Phước Hải", Q3),
    F("có 11 tổ", "11", 11, "count", "tổ", "tổ kéo lưới rùng tham gia phục vụ khách"),
    F("mỗi tổ 8-10 người", "8", 8, "count", "người", "số người mỗi tổ kéo lưới", value_max=10),
    F("khoảng 1,5 giờ", "1,5", 1.5, "measure", "giờ", "thời gian mỗi mẻ lưới", approx="about"),
    F("dài 600 m", "600", 600, "measure", "m", "chiều dài dây lưới"),
    F("trả 100.000 đồng/người", "100.000", 100000, "money", "đồng/người", "giá du khách trả để tham gia kéo lưới"),
    F("giá 60.000-120.000", "60.000", 60000, "money", "đồng/kg", "giá cá tươi bán cho du khách", value_max=120000),
    F("khoảng 4 triệu", "4", 4e6, "money", "đồng/tháng", "thu nhập mỗi lao động kéo lưới trước đây", approx="about"),
    F("lên 6,5-7 triệu", "6,5", 6.5e6, "money", "đồng/tháng", "thu nhập mỗi lao động kéo lưới hiện nay",
      value_max=7e6),
    F("kéo 4 mẻ", "4", 4, "count", "mẻ", "mẻ lưới tổ kéo trong một ngày", optional=True),
    F("thêm 14 hộ", "14", 14, "count", "hộ", "hộ đăng ký kinh doanh dịch vụ phục vụ khách tăng thêm", Y23),
    F("lên 52 hộ", "52", 52, "count", "hộ", "hộ kinh doanh dịch vụ phục vụ khách", Y23),
    F("bố trí 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", "kinh phí xây dựng nhà chờ, bãi đỗ xe và khu vệ sinh tại bãi kéo lưới", I(Y23)),
    F("có 3 làng chài", "3", 3, "count", "làng chài", "làng chài được công nhận điểm du lịch cộng đồng", T25,
      status="target"),
    F("đón 80.000 lượt", "80.000", 80000, "measure", "lượt khách/năm", "khách đến các làng chài", T25, status="target"),
]

NOTES = [
    "Provincial Party newspaper (Báo Bà Rịa - Vũng Tàu), byline 'KIM ANH' and bare date '14/10/2023' at the end.",
    "Place: thị trấn Phước Hải, huyện Đất Đỏ -> location 'Đất Đỏ' throughout (the thị trấn lies in it).",
    "'riêng quý III đạt 17.500 lượt' is a part over a different period than the 9-month whole: no total; quý III takes 2023.",
    "Distractors: person 'Lê Văn Bảy', 'tổ lưới số 3', 'Quốc lộ 55', 'khu phố Phước Thới'. 'kéo 4 mẻ' (an anecdote in a quote) is optional.",
    "'thêm 14 hộ ..., nâng tổng số lên 52 hộ': two figures; 14 is not given as a change of 52 (it has its own verb 'có thêm').",
    "'nay tăng lên 6,5-7 triệu': the new level, no change value.",
    "revised after the first run: '80.000 lượt khách/năm' is written as a rate -> kind measure (spec, Rates); 'mỗi tổ 8-10 người' unit 'người' (was 'người/tổ').",
]

build("p816-5", TEXT, FIGS, NOTES, published="2023-10-14", location="Đất Đỏ")
