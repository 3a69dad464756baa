from lib import F, P, emit

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA
Tin tức - Sự kiện | Xây dựng - Đô thị

Thị trấn Hậu Nghĩa mở rộng đạt tiêu chí đô thị loại IV

Hội đồng thẩm định tỉnh Long An vừa họp, thống nhất công nhận khu vực thị trấn Hậu Nghĩa mở rộng (huyện Đức Hòa) đạt tiêu chí đô thị loại IV với tổng điểm 84,35/100 điểm. Trong 5 tiêu chí, tiêu chí trình độ phát triển cơ sở hạ tầng và kiến trúc cảnh quan đạt 50,1/60 điểm, tiêu chí quy mô dân số đạt 7,25/8 điểm.

Khu vực thị trấn mở rộng có diện tích tự nhiên 32,4 km2, dân số 68.420 người (kể cả dân số quy đổi), mật độ dân số khu vực nội thị khoảng 2.150 người/km2; tỷ lệ lao động phi nông nghiệp đạt 82,6%.

Từ năm 2021 đến nay, huyện đã huy động khoảng 1.560 tỷ đồng đầu tư hạ tầng đô thị, trong đó vốn ngân sách nhà nước 624 tỷ đồng (chiếm 40%), vốn xã hội hóa 936 tỷ đồng. Toàn thị trấn có 46,8 km đường nội thị được nhựa hóa, bê tông hóa, đạt 100%; 38 tuyến đường có hệ thống chiếu sáng; tỷ lệ hộ dân sử dụng nước sạch đạt 99,2%; diện tích cây xanh công cộng đạt 5,3 m2/người.

Tuy nhiên, khu vực trung tâm vẫn còn 3 điểm ngập cục bộ khi mưa lớn tại khu phố 2, khu phố 5 và khu vực chợ Hậu Nghĩa; hệ thống thoát nước mới đáp ứng khoảng 70% nhu cầu. Dự án nâng cấp tuyến kênh Ranh (dài 2,7 km, vốn 45 tỷ đồng) đang được khẩn trương thi công.

Theo Nghị quyết Đại hội Đảng bộ huyện lần thứ XI, huyện phấn đấu đến năm 2025 có 2 đô thị loại IV là Hậu Nghĩa và Đức Hòa; đến năm 2030, tỷ lệ đô thị hóa của huyện đạt 45-50%, trở thành thị xã.

Phòng Kinh tế - Hạ tầng huyện Đức Hòa
"""

SINCE = P("Từ năm 2021 đến nay", "2021-01-01", None)
SINCEi = P("Từ năm 2021 đến nay", "2021-01-01", None, inh=True)

FIGS = [
    F("tổng điểm 84,35/100", "84,35", "measure", "điểm", "tổng điểm tiêu chí đô thị loại IV khu vực thị trấn Hậu Nghĩa mở rộng",
      total=100),
    F("Trong 5 tiêu chí", "5", "count", "tiêu chí", "tiêu chí", optional=True),
    F("đạt 50,1/60", "50,1", "measure", "điểm", "tiêu chí trình độ phát triển cơ sở hạ tầng và kiến trúc cảnh quan",
      total=60),
    F("đạt 7,25/8", "7,25", "measure", "điểm", "tiêu chí quy mô dân số", total=8),
    F("nhiên 32,4 km2", "32,4", "measure", "km2", "diện tích tự nhiên khu vực thị trấn mở rộng"),
    F("số 68.420 người", "68.420", "count", "người", "dân số khu vực thị trấn mở rộng"),
    F("khoảng 2.150 người/km2", "2.150", "measure", "người/km2", "mật độ dân số khu vực nội thị", approx="about"),
    F("đạt 82,6%", "82,6", "percent", "%", "tỷ lệ lao động phi nông nghiệp"),
    F("khoảng 1.560 tỷ đồng", "1.560", "money", "đồng", "vốn đầu tư hạ tầng đô thị huy động", mult=1e9,
      approx="about", period=SINCE),
    F("nước 624 tỷ đồng", "624", "money", "đồng", "vốn ngân sách nhà nước", mult=1e9, total=1560e9, percent=40,
      period=SINCE),
    F("hóa 936 tỷ đồng", "936", "money", "đồng", "vốn xã hội hóa", mult=1e9, total=1560e9, period=SINCE),
    F("có 46,8 km", "46,8", "measure", "km", "đường nội thị được nhựa hóa, bê tông hóa", percent=100, period=SINCEi),
    F("38 tuyến", "38", "count", "tuyến đường", "tuyến đường có hệ thống chiếu sáng", period=SINCEi),
    F("đạt 99,2%", "99,2", "percent", "%", "tỷ lệ hộ dân sử dụng nước sạch", period=SINCEi),
    F("đạt 5,3 m2/người", "5,3", "measure", "m2/người", "diện tích cây xanh công cộng", period=SINCEi),
    F("còn 3 điểm", "3", "count", "điểm", "điểm ngập cục bộ khi mưa lớn"),
    F("khoảng 70%", "70", "percent", "%", "mức đáp ứng nhu cầu của hệ thống thoát nước", approx="about"),
    F("dài 2,7 km", "2,7", "measure", "km", "chiều dài tuyến kênh Ranh"),
    F("vốn 45 tỷ đồng", "45", "money", "đồng", "vốn dự án nâng cấp tuyến kênh Ranh", mult=1e9),
    F("có 2 đô thị", "2", "count", "đô thị", "đô thị loại IV", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("đạt 45-50%", "45", "percent", "%", "tỷ lệ đô thị hóa", value_max=50, status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Cổng TTĐT huyện Đức Hòa (district portal, Long An): thị trấn Hậu Nghĩa mở rộng meets đô thị loại IV criteria. No date anywhere in the text.",
    "A thị trấn is below district level (FIGURES.md: province, city or district), so its figures take the district: location Đức Hòa.",
    "'84,35/100 điểm', '50,1/60', '7,25/8': the maximum after '/' is the total. 'Trong 5 tiêu chí' is structure (optional).",
    "'Từ năm 2021 đến nay' starts 2021-01-01 and, with no published date, has no end (FIGURES.md: 'published', else null).",
    "624 and 936 tỷ follow 'trong đó' after 1.560 tỷ: total; '(chiếm 40%)' is 624's percent. '46,8 km …, đạt 100%': percent 100.",
    "Distractors: 'loại IV' (class), 'khu phố 2', 'khu phố 5' (names), 'Đại hội … lần thứ XI', 'kênh Ranh'. Project facts (2,7 km, 45 tỷ) and the stock figures have no period phrase.",
]

emit(8, TEXT, COMMENTS, FIGS, published=None, location="Đức Hòa")
