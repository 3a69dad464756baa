"""p829-2: district portal (huyện Văn Lâm, Hưng Yên), a glass-blowing village using recycled cullet."""
from lib import C, F, I, P, T, write

TEXT = """UBND HUYỆN VĂN LÂM - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Kinh tế - Xã hội
Làng thổi thủy tinh Lạc Thủy giữ lửa nghề
Thứ Tư, 22/11/2023 - 09:10

Thôn Lạc Thủy, xã Lạc Đạo hiện có 46 hộ làm nghề thổi thủy tinh, trong đó 12 hộ có lò nấu quy mô lớn. Nghề thu hút khoảng 380 lao động, chủ yếu là người trong thôn và các xã lân cận.

Nguyên liệu chính là thủy tinh vụn thu gom từ chai lọ, bóng đèn hỏng. Mỗi ngày, làng nghề tiêu thụ trên 15 tấn thủy tinh vụn, giá thu mua từ 1.800 đến 2.500 đồng/kg tùy loại. Sau khi phân loại, rửa sạch, thủy tinh được nấu chảy ở nhiệt độ khoảng 1.300 độ C rồi thổi thành cốc, lọ hoa, chụp đèn.

10 tháng năm 2023, giá trị sản xuất của làng nghề ước đạt 62 tỷ đồng, tăng 8,5% so với cùng kỳ, chiếm 17% giá trị sản xuất tiểu thủ công nghiệp của xã. Bình quân mỗi lò cho ra 1.200-1.500 sản phẩm/ngày; thợ thổi lành nghề có thu nhập 350.000 - 450.000 đồng/ngày, thợ phụ khoảng 200.000 đồng/ngày.

Từ năm 2021 đến nay, huyện đã hỗ trợ 9 hộ chuyển từ lò đốt than sang lò dùng khí hóa lỏng với tổng kinh phí 540 triệu đồng theo Nghị quyết số 12/2021/NQ-HĐND của HĐND tỉnh. Nhờ đó, lượng than tiêu thụ của làng nghề giảm gần 40%, khói bụi giảm rõ rệt.

Mục tiêu đến năm 2025, 100% hộ có lò nấu chuyển sang dùng khí hóa lỏng, giá trị sản xuất làng nghề đạt 80 tỷ đồng. Dự kiến trong năm 2024, xã dành khoảng 2 ha đất quy hoạch cụm công nghiệp làng nghề ven đường ĐT.385 để di dời các lò nấu ra khỏi khu dân cư.

Nguyễn Thu Hà - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2023-11-22")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 46 hộ", "46", 46, "count", "hộ", "hộ làm nghề thổi thủy tinh"),
    F("trong đó 12 hộ", "12", 12, "count", "hộ", "hộ có lò nấu quy mô lớn", total=46),
    F("khoảng 380 lao động", "380", 380, "count", "lao động", "lao động làm nghề thổi thủy tinh", approx="about"),
    F("trên 15 tấn", "15", 15, "measure", "tấn", "thủy tinh vụn làng nghề tiêu thụ mỗi ngày", approx="over"),
    F("từ 1.800 đến 2.500 đồng/kg", "1.800", 1800, "money", "đồng/kg", "giá thu mua thủy tinh vụn", value_max=2500),
    F("khoảng 1.300 độ C", "1.300", 1300, "measure", "độ C", "nhiệt độ nấu chảy thủy tinh", approx="about",
      optional=True),
    F("ước đạt 62 tỷ đồng", "62", 62e9, "money", "đồng", "giá trị sản xuất của làng nghề", M10,
      change=C("increase", 8.5, baseline="cùng kỳ"), percent=17, status="estimate"),
    F("1.200-1.500 sản phẩm/ngày", "1.200", 1200, "measure", "sản phẩm/ngày", "sản phẩm bình quân mỗi lò",
      value_max=1500),
    F("thu nhập 350.000 - 450.000 đồng/ngày", "350.000", 350000, "money", "đồng/ngày", "thu nhập thợ thổi lành nghề",
      value_max=450000),
    F("khoảng 200.000 đồng/ngày", "200.000", 200000, "money", "đồng/ngày", "thu nhập thợ phụ", approx="about"),
    F("hỗ trợ 9 hộ", "9", 9, "count", "hộ", "hộ được hỗ trợ chuyển từ lò đốt than sang lò dùng khí hóa lỏng", SINCE),
    F("kinh phí 540 triệu đồng", "540", 540e6, "money", "đồng", "tổng kinh phí hỗ trợ chuyển đổi lò", SINCE),
    F("giảm gần 40%", "40", 40, "percent", "%", "lượng than tiêu thụ của làng nghề giảm", approx="nearly"),
    F("2025, 100% hộ", "100", 100, "percent", "%", "hộ có lò nấu chuyển sang dùng khí hóa lỏng", T25,
      status="target"),
    F("đạt 80 tỷ đồng", "80", 80e9, "money", "đồng", "giá trị sản xuất làng nghề", T25, status="target"),
    F("khoảng 2 ha", "2", 2, "measure", "ha", "đất quy hoạch cụm công nghiệp làng nghề",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

write("p829-2", TEXT, FIGS, published="2023-11-22", location="Văn Lâm", comments=[
    "District portal (huyện Văn Lâm, Hưng Yên): glass-blowing village Lạc Thủy (xã Lạc Đạo) using recycled cullet; year-less headline.",
    "Location: the district (the commune lies in it), as a district portal speaks of its own commune.",
    "Distractors: the dateline 'Thứ Tư, 22/11/2023 - 09:10', Nghị quyết số 12/2021/NQ-HĐND, đường ĐT.385.",
    "'khoảng 1.300 độ C' is a process parameter, not a statistic: optional.",
    "'Từ năm 2021 đến nay' ends at the dateline. 'giảm gần 40%' has no base amount: a percent figure, no change.",
    "'1.200-1.500 sản phẩm/ngày' is a rate with its denominator in the unit: measure.",
])
