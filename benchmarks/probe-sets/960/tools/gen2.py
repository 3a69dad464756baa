from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÈO VẠC - TỈNH HÀ GIANG
Tin tức > Hoạt động của huyện

Khai giảng lớp bồi dưỡng tiếng Mông cho cán bộ, công chức năm 2023

Thứ Năm, 14/09/2023 - 10:20

Sáng 12/9, UBND huyện Mèo Vạc tổ chức khai giảng lớp bồi dưỡng tiếng Mông cho cán bộ, công chức, viên chức năm 2023 theo Quyết định số 1055/QĐ-UBND. Lớp học có 65 học viên đến từ 18 xã, thị trấn và các cơ quan, đơn vị của huyện, trong đó có 41 học viên là người Kinh, Tày, Nùng chưa biết tiếng Mông.

Khóa học kéo dài 3 tháng (từ 12/9 đến 12/12/2023) với 300 tiết, học viên học vào các buổi tối thứ Hai, thứ Tư, thứ Sáu hằng tuần tại Trung tâm Chính trị huyện (tổ 2, thị trấn Mèo Vạc). Tổng kinh phí mở lớp gần 280 triệu đồng từ ngân sách huyện; mỗi học viên được cấp tài liệu trị giá 150.000 đồng.

Mèo Vạc có trên 88% dân số là người Mông. Từ năm 2020 đến nay, huyện đã mở 7 lớp tiếng Mông cho 412 lượt cán bộ, công chức, viên chức, tỷ lệ học viên đạt yêu cầu bình quân 93,4%. Hiện nay, 15/18 xã, thị trấn có từ 70% cán bộ, công chức cấp xã trở lên giao tiếp được bằng tiếng Mông.

Phát biểu khai giảng, đồng chí Phó Chủ tịch UBND huyện đề nghị học viên đi học đầy đủ, bảo đảm ít nhất 90% số tiết theo quy định. Năm 2024, huyện phấn đấu mở thêm 2 lớp cho khoảng 120 học viên, ưu tiên công chức tư pháp, công an xã và nhân viên y tế thôn bản.

Văn phòng HĐND và UBND huyện Mèo Vạc - Điện thoại: 0219.3871.234
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
SINCE = P("Từ năm 2020 đến nay", "2020-01-01", "2023-09-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("có 65 học viên", "65", 65, "count", "học viên", subject="học viên lớp bồi dưỡng tiếng Mông",
      period=I(Y23)),
    F("từ 18 xã", "18", 18, "count", "xã, thị trấn", subject="xã, thị trấn có học viên",
      period=I(Y23)),
    F("có 41 học viên", "41", 41, "count", "học viên", total=65,
      subject="học viên là người Kinh, Tày, Nùng chưa biết tiếng Mông", period=I(Y23)),
    F("kéo dài 3 tháng", "3", 3, "measure", "tháng", subject="thời gian khóa học",
      period=P("từ 12/9 đến 12/12/2023", "2023-09-12", "2023-12-12")),
    F("300 tiết", "300", 300, "measure", "tiết", subject="thời lượng khóa học",
      period=P("từ 12/9 đến 12/12/2023", "2023-09-12", "2023-12-12")),
    F("gần 280 triệu đồng", "280", 280e6, "money", "đồng", approx="nearly", subject="tổng kinh phí mở lớp"),
    F("150.000 đồng", "150.000", 150000, "money", "đồng", subject="tài liệu cấp cho mỗi học viên"),
    F("trên 88%", "88", 88, "percent", "%", approx="over", subject="dân số là người Mông"),
    F("mở 7 lớp", "7", 7, "count", "lớp", subject="lớp tiếng Mông", period=SINCE),
    F("412 lượt", "412", 412, "count", "lượt cán bộ, công chức, viên chức",
      subject="lượt cán bộ, công chức, viên chức học tiếng Mông", period=SINCE),
    F("bình quân 93,4%", "93,4", 93.4, "percent", "%", subject="tỷ lệ học viên đạt yêu cầu bình quân", period=SINCE),
    F("15/18 xã", "15", 15, "count", "xã, thị trấn", total=18,
      subject="xã, thị trấn có từ 70% cán bộ, công chức cấp xã trở lên giao tiếp được bằng tiếng Mông"),
    F("từ 70%", "70", 70, "percent", "%", approx="at_least", optional=True,
      subject="cán bộ, công chức cấp xã giao tiếp được bằng tiếng Mông"),
    F("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", optional=True,
      subject="số tiết học viên phải tham dự"),
    F("thêm 2 lớp", "2", 2, "count", "lớp", status="target", subject="lớp tiếng Mông mở thêm", period=Y24),
    F("khoảng 120 học viên", "120", 120, "count", "học viên", approx="about", status="target",
      subject="học viên", period=Y24),
]

build("p960-2", TEXT, FIGS, published="2023-09-14", location="Mèo Vạc", notes=[
    "Mèo Vạc district portal (Hà Giang): khai giảng lớp tiếng Mông cho cán bộ, công chức, 2023.",
    "District portal: location is the district. 'Hiện nay' gives no period (as h03 'hiện').",
    "'từ 70% ... trở lên' (a category threshold) and 'ít nhất 90% số tiết' (an attendance rule) are optional.",
    "Distractors: 'Sáng 12/9', Quyết định số 1055/QĐ-UBND, weekdays, 'tổ 2', phone 0219.3871.234.",
])
