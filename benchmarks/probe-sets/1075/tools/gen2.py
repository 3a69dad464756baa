"""p1075-2: district-level portal (thị xã Kinh Môn, Hải Dương), làng đá Kính Chủ, 9 tháng 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ KINH MÔN
Tin tức > Kinh tế - Xã hội
Thứ Ba, 14/11/2023 - 10:20

Làng đá Kính Chủ giữ nghề, mở hướng sản phẩm mới

9 tháng năm 2023, các cơ sở chế tác đá tại làng nghề Kính Chủ (phường Phạm Thái) đã sản xuất khoảng 3.200 sản phẩm các loại như bia đá, tượng, lư hương, chậu cảnh; giá trị sản xuất đạt gần 48 tỷ đồng, tăng 12% so với cùng kỳ năm 2022.

Hiện làng nghề có 64 hộ, cơ sở tham gia chế tác, giải quyết việc làm cho 320 lao động, trong đó 85 lao động nữ. Thu nhập bình quân của thợ đá từ 250.000 đến 400.000 đồng/người/ngày, thợ lành nghề có thể đạt 600.000 đồng/ngày.

Theo ông Nguyễn Văn Ba, chủ cơ sở đá mỹ nghệ Ba Thành (số 12 phố Kính Chủ), nhiều sản phẩm có giá trị cao, như bộ bàn ghế đá nguyên khối có giá từ 35 đến 60 triệu đồng/bộ, mỗi bộ mất khoảng 20 ngày công.

Để giữ nghề, năm 2023 UBND thị xã hỗ trợ 150 triệu đồng mở 2 lớp truyền nghề cho 40 học viên; hỗ trợ các cơ sở tham gia Hội chợ làng nghề tỉnh Hải Dương lần thứ 5. Đến nay, 38/64 cơ sở đã lắp đặt hệ thống phun sương, hút bụi, giảm đáng kể ô nhiễm bụi đá cho khu dân cư ven Quốc lộ 17B.

Năm 2024, thị xã phấn đấu giá trị sản xuất của làng nghề đạt 70 tỷ đồng, 100% cơ sở có thiết bị giảm bụi, đồng thời xây dựng 3 sản phẩm đá mỹ nghệ đạt chuẩn OCOP 3 sao trở lên.

Minh Hằng (Trung tâm Văn hóa - Thông tin và Thể thao thị xã)
"""

Q3 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("khoảng 3.200 sản phẩm", "3.200", 3200, "count", "sản phẩm", "sản phẩm đá các loại sản xuất", Q3,
      approx="about"),
    F("gần 48 tỷ đồng", "48", 48e9, "money", "đồng", "giá trị sản xuất làng nghề đá Kính Chủ", Q3,
      approx="nearly", change=C("increase", 12, "%", "cùng kỳ năm 2022")),
    F("có 64 hộ", "64", 64, "count", "hộ, cơ sở", "hộ, cơ sở tham gia chế tác đá"),
    F("cho 320 lao động", "320", 320, "count", "lao động", "lao động có việc làm tại làng nghề"),
    F("trong đó 85 lao động nữ", "85", 85, "count", "lao động nữ", "lao động nữ", total=320),
    F("từ 250.000 đến 400.000", "250.000", 250000, "money", "đồng/người/ngày", "thu nhập bình quân của thợ đá",
      value_max=400000),
    F("đạt 600.000 đồng/ngày", "600.000", 600000, "money", "đồng/ngày", "thu nhập của thợ lành nghề"),
    F("từ 35 đến 60 triệu", "35", 35e6, "money", "đồng/bộ", "giá bộ bàn ghế đá nguyên khối", value_max=60e6),
    F("khoảng 20 ngày công", "20", 20, "measure", "ngày công", "công làm một bộ bàn ghế đá", approx="about"),
    F("hỗ trợ 150 triệu đồng", "150", 150e6, "money", "đồng", "kinh phí thị xã hỗ trợ mở lớp truyền nghề", Y23),
    F("mở 2 lớp", "2", 2, "count", "lớp", "lớp truyền nghề", Y23),
    F("cho 40 học viên", "40", 40, "count", "học viên", "học viên lớp truyền nghề", Y23),
    F("38/64 cơ sở", "38", 38, "count", "cơ sở", "cơ sở đã lắp đặt hệ thống phun sương, hút bụi",
      P("Đến nay", None, "2023-11-14"), total=64),
    F("đạt 70 tỷ đồng", "70", 70e9, "money", "đồng", "giá trị sản xuất của làng nghề", Y24, status="target"),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở có thiết bị giảm bụi", Y24, status="target"),
    F("xây dựng 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm đá mỹ nghệ đạt chuẩn OCOP", Y24,
      status="target"),
    F("OCOP 3 sao", "3", 3, "count", "sao", "hạng sao OCOP tối thiểu", Y24, status="target", optional=True),
]

COMMENTS = [
    "Invented district-portal article (thị xã Kinh Môn, Hải Dương): làng nghề đá Kính Chủ, phường Phạm Thái, 9 tháng 2023.",
    "Location is the district-level town Kinh Môn (the phường lies in it). 'Hiện' gives no period; 'Đến nay' ends at the dateline.",
    "'OCOP 3 sao trở lên' is a category threshold (optional). '20 ngày công' is the labour needed per set (measure).",
    "Distractors: 'Thứ Ba, 14/11/2023 - 10:20', 'ông Nguyễn Văn Ba', 'cơ sở Ba Thành', 'số 12 phố Kính Chủ', 'lần thứ 5', 'Quốc lộ 17B'.",
]

if __name__ == "__main__":
    write(2, TEXT, FIGS, COMMENTS, published="2023-11-14", location="Kinh Môn")
