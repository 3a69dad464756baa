"""p806-6: national newspaper (VnExpress style), paragliding at Sơn Trà (Đà Nẵng) and national safety figures."""
from lib import F, P, I, C, build

TEXT = """Thời sự > Du lịch
Chủ nhật, 16/3/2025, 07:30 (GMT+7)
Dù lượn Sơn Trà hút khách, bài toán an toàn còn bỏ ngỏ
Năm 2024, các câu lạc bộ dù lượn trên bán đảo Sơn Trà (Đà Nẵng) phục vụ khoảng 12.600 lượt bay đôi cho du khách, gấp đôi năm 2022, song hành lang pháp lý cho loại hình này vẫn chưa theo kịp.
Mỗi sáng cuối tuần, bãi cất cánh ở độ cao khoảng 600 m trên đỉnh Sơn Trà có 20-30 cánh dù cùng chờ gió. Anh Lê Văn Hải, 41 tuổi, phi công của một câu lạc bộ tại Đà Nẵng cho biết, giá một lượt bay đôi từ 1,3 đến 1,8 triệu đồng, kéo dài 15-20 phút; ngày đông khách mỗi phi công bay 5-6 chuyến. Doanh thu từ dịch vụ bay đôi tại Sơn Trà năm 2024 ước khoảng 19 tỷ đồng.
Theo Liên đoàn Thể thao hàng không Việt Nam, cả nước hiện có 23 câu lạc bộ dù lượn tại 17 tỉnh, thành với khoảng 650 phi công, nhưng chỉ 210 người đủ điều kiện bay đôi chở khách. Từ năm 2022 đến nay, cả nước xảy ra 11 vụ tai nạn dù lượn, làm 4 người chết, trong đó có 2 du khách.
Tại Đà Nẵng, năm 2024 xảy ra 2 vụ phi công gặp nạn khi hạ cánh, 1 người bị thương nặng. Ông Nguyễn Văn Hùng, Phó giám đốc Sở Du lịch Đà Nẵng cho biết, thành phố đang xây dựng quy chế quản lý, dự kiến ban hành trong quý II/2025, yêu cầu phi công bay đôi có tối thiểu 300 giờ bay, mỗi chuyến bay phải mua bảo hiểm với mức không dưới 100 triệu đồng/khách.
Hiện hoạt động dù lượn được quản lý theo Nghị định số 36/2008/NĐ-CP về tàu bay không người lái và phương tiện bay siêu nhẹ, vốn chủ yếu quy định thủ tục cấp phép bay, chưa có tiêu chuẩn riêng cho dịch vụ bay đôi thương mại.
Nguyễn Đông
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SINCE22 = P("Từ năm 2022 đến nay", "2022-01-01", "2025-03-16")
DN = "Đà Nẵng"
VN = "Việt Nam"

FIGS = [
    F("khoảng 12.600 lượt bay đôi", "12.600", 12600, "count", "lượt bay đôi", "lượt bay đôi phục vụ du khách",
      Y24, approx="about", change=C("increase", 2, "lần", "năm 2022")),
    F("độ cao khoảng 600 m", "600", 600, "measure", "m", "độ cao bãi cất cánh", approx="about", optional=True),
    F("có 20-30 cánh dù", "20", 20, "count", "cánh dù", "cánh dù chờ gió mỗi sáng cuối tuần", value_max=30),
    F("41 tuổi", "41", 41, "measure", "tuổi", optional=True),
    F("từ 1,3 đến 1,8 triệu đồng", "1,3", 1300000, "money", "đồng", "giá một lượt bay đôi", value_max=1800000),
    F("kéo dài 15-20 phút", "15", 15, "measure", "phút", "thời gian một lượt bay đôi", value_max=20),
    F("bay 5-6 chuyến", "5", 5, "count", "chuyến", "chuyến bay mỗi phi công ngày đông khách", value_max=6),
    F("ước khoảng 19 tỷ đồng", "19", 19000000000, "money", "đồng", "doanh thu từ dịch vụ bay đôi tại Sơn Trà",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
    F("có 23 câu lạc bộ", "23", 23, "count", "câu lạc bộ dù lượn", "câu lạc bộ dù lượn", location=VN),
    F("tại 17 tỉnh", "17", 17, "count", "tỉnh, thành", "tỉnh, thành có câu lạc bộ dù lượn", location=VN),
    F("khoảng 650 phi công", "650", 650, "count", "phi công", "phi công dù lượn", approx="about", location=VN),
    F("chỉ 210 người", "210", 210, "count", "người", "phi công đủ điều kiện bay đôi chở khách", location=VN),
    F("xảy ra 11 vụ", "11", 11, "count", "vụ", "vụ tai nạn dù lượn", SINCE22, location=VN),
    F("làm 4 người chết", "4", 4, "count", "người", "người chết do tai nạn dù lượn", SINCE22, location=VN),
    F("có 2 du khách", "2", 2, "count", "du khách", "du khách chết do tai nạn dù lượn", SINCE22,
      total=4, location=VN),
    F("xảy ra 2 vụ", "2", 2, "count", "vụ", "vụ phi công gặp nạn khi hạ cánh",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("1 người bị thương nặng", "1", 1, "count", "người", "người bị thương nặng",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("tối thiểu 300 giờ bay", "300", 300, "measure", "giờ bay", "giờ bay tối thiểu của phi công bay đôi",
      approx="at_least", optional=True),
    F("không dưới 100 triệu đồng/khách", "100", 100000000, "money", "đồng/khách", "mức bảo hiểm mỗi chuyến bay",
      approx="at_least", optional=True),
]

NOTES = [
    "National newspaper, Chủ nhật 16/3/2025: paragliding at Sơn Trà (Đà Nẵng; location Đà Nẵng, the peninsula is named with",
    "the city) and national figures of the air-sports federation (Việt Nam). 'gấp đôi năm 2022' = change x2 (lần) of 12.600.",
    "210 phi công 'nhưng chỉ' has no part-of cue: no total. '2 du khách' after 'trong đó' -> total 4.",
    "'Từ năm 2022 đến nay' ends at the dateline. Optional: launch-site altitude 600 m, age 41 tuổi, and the draft rule's",
    "thresholds (tối thiểu 300 giờ bay, không dưới 100 triệu đồng/khách).",
    "Distractors: 07:30 (GMT+7), quý II/2025 (a schedule), Nghị định số 36/2008/NĐ-CP, names Lê Văn Hải, Nguyễn Văn Hùng.",
]

build("p806-6", TEXT, FIGS, NOTES, published="2025-03-16", location="Đà Nẵng")
