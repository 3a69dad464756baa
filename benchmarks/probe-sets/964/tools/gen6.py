from lib import F, P, I, C, T, build

TEXT = """Thời sự > Giao thông

Hải Phòng xóa dần bến đò ngang

Từ 49 bến khách ngang sông năm 2015, đến nay Hải Phòng chỉ còn 27 bến, nhiều tuyến đò đã được thay bằng cầu.

Thứ bảy, 16/11/2024, 07:20 (GMT+7)

Sáng sớm, bến đò Quang Thanh bên sông Văn Úc vẫn đông người chờ qua sông. Chiếc đò sắt dài 14 m, chở tối đa 40 người và 20 xe máy, mỗi chuyến sang sông mất khoảng 7 phút.

Theo Sở Giao thông vận tải Hải Phòng, các bến còn lại có 58 phương tiện hoạt động; năm 2023 vận chuyển khoảng 4,2 triệu lượt khách, giảm gần 40% so với năm 2015. Giai đoạn 2016-2023, thành phố đầu tư khoảng 3.800 tỷ đồng xây dựng 22 cây cầu thay thế bến đò, trong đó có cầu Quang Thanh dài 1,2 km nối huyện An Lão với huyện Tiên Lãng, đang thi công trên tuyến đường tỉnh 354.

Ông Đỗ Văn Hải, 62 tuổi, lái đò ở bến này hơn 30 năm, cho biết thu nhập bình quân khoảng 7 triệu đồng/tháng. Giá vé 5.000 đồng/người, 10.000 đồng/xe máy, học sinh được miễn phí. "Khi cầu thông xe, bến này chắc cũng đóng, tôi tính chuyển sang chạy đò du lịch", ông Hải nói.

Theo kế hoạch, đến năm 2025 Hải Phòng sẽ chỉ còn 15 bến khách ngang sông; đến năm 2030 cơ bản xóa bỏ bến đò ở khu vực nội thành. Cả nước hiện có khoảng 3.300 bến khách ngang sông, theo Cục Đường thủy nội địa Việt Nam.

Minh Đức
"""

y15 = P("năm 2015", "2015-01-01", "2015-12-31")
now = P("đến nay", None, "2024-11-16")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
gd = P("Giai đoạn 2016-2023", "2016-01-01", "2023-12-31")

FIGS = [
    F("Từ 49 bến", "49", 49, "count", "bến khách ngang sông", "bến khách ngang sông", y15),
    F("chỉ còn 27 bến", "27", 27, "count", "bến", "bến khách ngang sông còn lại", now),
    F("dài 14 m", "14", 14, "measure", "m", "chiều dài chiếc đò sắt bến Quang Thanh", optional=True),
    F("tối đa 40 người", "40", 40, "count", "người", "sức chở của chiếc đò", approx="at_most", optional=True),
    F("20 xe máy", "20", 20, "count", "xe máy", "sức chở của chiếc đò", approx="at_most", optional=True),
    F("khoảng 7 phút", "7", 7, "measure", "phút", "thời gian mỗi chuyến đò sang sông", approx="about"),
    F("có 58 phương tiện", "58", 58, "count", "phương tiện", "phương tiện hoạt động tại các bến còn lại"),
    F("khoảng 4,2 triệu lượt khách", "4,2", 4_200_000, "count", "lượt khách", "lượt khách vận chuyển qua các bến",
      y23, approx="about", change=C("decrease", 40, baseline="năm 2015", approx="nearly")),
    F("khoảng 3.800 tỷ đồng", "3.800", 3_800_000_000_000, "money", "đồng", "vốn đầu tư xây dựng cầu thay thế bến đò",
      gd, approx="about"),
    F("xây dựng 22 cây cầu", "22", 22, "count", "cây cầu", "cầu thay thế bến đò", gd),
    F("dài 1,2 km", "1,2", 1.2, "measure", "km", "chiều dài cầu Quang Thanh", optional=True),
    F("62 tuổi", "62", 62, "measure", "tuổi", "tuổi ông Đỗ Văn Hải", optional=True),
    F("hơn 30 năm", "30", 30, "measure", "năm", "thời gian lái đò của ông Đỗ Văn Hải", approx="over",
      optional=True),
    F("khoảng 7 triệu đồng/tháng", "7", 7_000_000, "money", "đồng/tháng", "thu nhập bình quân của người lái đò",
      approx="about"),
    F("Giá vé 5.000 đồng/người", "5.000", 5000, "money", "đồng/người", "giá vé qua đò"),
    F("10.000 đồng/xe máy", "10.000", 10000, "money", "đồng/xe máy", "giá vé qua đò"),
    F("chỉ còn 15 bến", "15", 15, "count", "bến khách ngang sông", "bến khách ngang sông còn lại",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("khoảng 3.300 bến", "3.300", 3300, "count", "bến khách ngang sông", "bến khách ngang sông cả nước",
      approx="about", location="Việt Nam"),
]

NOTES = [
    "National newspaper (dateline 'Thứ bảy, 16/11/2024, 07:20 (GMT+7)', byline at the end): Hải Phòng replaces river-crossing ferries by bridges.",
    "Sapo: 49 bến (năm 2015) and 27 bến (đến nay, as of the page date) are two figures; no change object is stated ('giảm 22 bến' is not written).",
    "'giảm gần 40% so với năm 2015' is the change of 4,2 triệu lượt khách (change approx nearly).",
    "Optional: the example ferry's specification (dài 14 m, tối đa 40 người và 20 xe máy), the bridge length 1,2 km, the boatman's age and years of work.",
    "'khoảng 7 phút' (crossing time) is a measure stated as a fact of the service: required.",
    "Not figures: 'đường tỉnh 354', '(GMT+7)', 07:20, 'đến năm 2030' (no number attached). 'Theo kế hoạch … sẽ chỉ còn 15 bến' → target.",
    "The national 3.300 bến is 'Việt Nam'; everything else Hải Phòng.",
]

build("p964-6", TEXT, NOTES, FIGS, published="2024-11-16", location="Hải Phòng")
