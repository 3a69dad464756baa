from lib import F, P, build

TEXT = """UBND HUYỆN CHÂU PHÚ - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức - Sự kiện | Kinh tế

Châu Phú thu hoạch hơn 21.000 ha lúa Đông Xuân

Ngày 21/2/2025, đoàn công tác của UBND huyện do ông Trần Văn Nhỏ, Phó Chủ tịch UBND huyện làm trưởng đoàn đã kiểm tra tình hình thu hoạch lúa tại xã Bình Mỹ và xã Mỹ Đức.

Theo báo cáo của Phòng Nông nghiệp và Môi trường huyện, tính đến ngày 20/2, toàn huyện đã thu hoạch 21.350/33.180 ha lúa Đông Xuân 2024-2025, đạt 64,3% diện tích xuống giống. Năng suất bình quân đạt 7,4 tấn/ha. Trong đó, giống Đài Thơm 8 cho năng suất 7,6 tấn/ha, OM 18 đạt 7,3 tấn/ha, IR 50404 đạt 7,8 tấn/ha.

Hiện giá lúa tươi tại ruộng ở mức 6.800-7.000 đồng/kg, giảm khoảng 1.000 đồng/kg so với đầu vụ. Với chi phí sản xuất bình quân 24,5 triệu đồng/ha, tương đương giá thành khoảng 3.300 đồng/kg, nông dân còn lãi 18-20 triệu đồng/ha.

Từ đầu năm đến nay, huyện đã hỗ trợ nông dân 1.250 tấn giống lúa xác nhận, với tổng kinh phí trên 2,8 tỷ đồng, trong đó ngân sách huyện 1,1 tỷ đồng. Đến nay, 14/14 xã, thị trấn đã có tổ hợp tác liên kết tiêu thụ lúa với doanh nghiệp; diện tích liên kết đạt 12.600 ha, chiếm 38% diện tích xuống giống.

Vụ Hè Thu 2025, huyện dự kiến xuống giống 32.500 ha, trong đó diện tích tham gia Đề án 1 triệu ha lúa chất lượng cao, phát thải thấp khoảng 9.000 ha. Lịch xuống giống chia 3 đợt, đợt 1 bắt đầu từ ngày 25/3.

Địa chỉ: Quốc lộ 91, thị trấn Cái Dầu, huyện Châu Phú, tỉnh An Giang. Điện thoại: 0296.3688.135.

Minh Khoa
22/02/2025
"""

CP = "Châu Phú"
ASOF = P("tính đến ngày 20/2", None, "2025-02-20")
ASOFi = P("tính đến ngày 20/2", None, "2025-02-20", inh=True)
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-02-22")

FIGS = [
    F("hơn 21.000 ha", "21.000", 21000, "measure", "ha", "diện tích lúa Đông Xuân thu hoạch", approx="over",
      location=CP),
    F("thu hoạch 21.350/33.180 ha", "21.350", 21350, "measure", "ha", "diện tích lúa Đông Xuân thu hoạch",
      total=33180, percent=64.3, period=ASOF, location=CP),
    F("bình quân đạt 7,4 tấn/ha", "7,4", 7.4, "measure", "tấn/ha", "năng suất bình quân", period=ASOFi, location=CP),
    F("năng suất 7,6 tấn/ha", "7,6", 7.6, "measure", "tấn/ha", "năng suất giống Đài Thơm 8", period=ASOFi, location=CP),
    F("OM 18 đạt 7,3 tấn/ha", "7,3", 7.3, "measure", "tấn/ha", "năng suất giống OM 18", period=ASOFi, location=CP),
    F("IR 50404 đạt 7,8 tấn/ha", "7,8", 7.8, "measure", "tấn/ha", "năng suất giống IR 50404", period=ASOFi,
      location=CP),
    F("mức 6.800-7.000 đồng/kg", "6.800", 6800, "money", "đồng/kg", "giá lúa tươi tại ruộng", value_max=7000,
      change={"direction": "decrease", "value": 1000, "unit": "đồng/kg", "approx": "about", "baseline": "đầu vụ"},
      location=CP),
    F("bình quân 24,5 triệu đồng/ha", "24,5", 24500000, "money", "đồng/ha", "chi phí sản xuất bình quân",
      location=CP),
    F("khoảng 3.300 đồng/kg", "3.300", 3300, "money", "đồng/kg", "giá thành", approx="about", location=CP),
    F("lãi 18-20 triệu đồng/ha", "18", 18000000, "money", "đồng/ha", "lãi của nông dân", value_max=20000000,
      location=CP),
    F("nông dân 1.250 tấn", "1.250", 1250, "measure", "tấn", "giống lúa xác nhận hỗ trợ nông dân",
      period=YTD, location=CP),
    F("trên 2,8 tỷ đồng", "2,8", 2800000000, "money", "đồng", "tổng kinh phí hỗ trợ giống", approx="over",
      period=YTD, location=CP),
    F("huyện 1,1 tỷ đồng", "1,1", 1100000000, "money", "đồng", "kinh phí từ ngân sách huyện", total=2800000000,
      period=YTD, location=CP),
    F("14/14 xã", "14", 14, "count", "xã, thị trấn", "xã, thị trấn có tổ hợp tác liên kết tiêu thụ lúa",
      total=14, period=P("Đến nay", None, "2025-02-22"), location=CP),
    F("đạt 12.600 ha", "12.600", 12600, "measure", "ha", "diện tích liên kết", percent=38,
      period=P("Đến nay", None, "2025-02-22"), location=CP),
    F("xuống giống 32.500 ha", "32.500", 32500, "measure", "ha", "diện tích xuống giống vụ Hè Thu 2025",
      status="forecast", location=CP),
    F("khoảng 9.000 ha", "9.000", 9000, "measure", "ha", "diện tích tham gia Đề án lúa chất lượng cao",
      approx="about", total=32500, status="forecast", location=CP),
    F("Đề án 1 triệu ha", "1", 1000000, "measure", "ha", "lúa chất lượng cao, phát thải thấp", location=CP,
      optional=True),
    F("chia 3 đợt", "3", 3, "count", "đợt", "đợt xuống giống", status="forecast", location=CP, optional=True),
]

COMMENTS = [
    "District portal (huyện Châu Phú, An Giang), bare date and byline at the end (22/02/2025): Đông Xuân 2024-2025 harvest, prices, support.",
    "'tính đến ngày 20/2' takes 2025 from 'Ngày 21/2/2025' earlier in the article; the as-of period is scored in its own sentence and",
    "inherited by the yields that follow. 'Từ đầu năm đến nay' runs from 1/1/2025 to the article's date (FIGURES.md 'từ năm … đến nay').",
    "Variety yields after 'Trong đó' are not parts of the average yield (yields do not add up): no total. 'trong đó ngân sách huyện 1,1 tỷ'",
    "is part of 'trên 2,8 tỷ đồng' (total). '21.350/33.180 ha' total and share; '14/14 xã' total 14. 'khoảng 9.000 ha' total 32.500, forecast.",
    "'tương đương giá thành khoảng 3.300 đồng/kg' is a different measure, a figure of its own (cf. h01 'tương đương 1,488 triệu hồ sơ').",
    "'Đến nay' (as-of) ends at the article's date (as in probe 205). Distractors: variety names, 'Đề án 1 triệu ha' (optional), 'đợt 1', 'ngày 25/3', 'Quốc lộ 91', phone, dates 21/2/2025 and 20/2.",
]

build("p437-7", TEXT, FIGS, COMMENTS, published="2025-02-22")
