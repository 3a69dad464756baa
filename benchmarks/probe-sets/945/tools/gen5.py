"""p945-5: Báo Bình Định (Party paper), FSC large-timber acacia in huyện Hoài Ân; byline and bare date at the end."""
from lib import F, build, period, year, asof

TEXT = """Trồng rừng gỗ lớn có chứng chỉ FSC: Hướng đi bền vững ở Hoài Ân

Những năm gần đây, nhiều hộ dân ở huyện Hoài Ân đã chuyển từ trồng keo chu kỳ ngắn 4-5 năm sang kinh doanh rừng gỗ lớn có chứng chỉ FSC. Toàn huyện hiện có 3.412 ha rừng trồng được cấp chứng chỉ FSC của 1.236 hộ, tập trung ở các xã Ân Hữu, Ân Tín, Ân Nghĩa.

Ông Nguyễn Văn Ba, Tổ trưởng tổ hợp tác trồng rừng FSC thôn Vạn Hội 2 (xã Ân Tín), cho biết gia đình ông có 6 ha keo lai 7 năm tuổi. Với rừng gỗ lớn, mỗi ha cho khoảng 150 m3 gỗ, bán được 180-200 triệu đồng. Thu nhập vì thế gấp khoảng 2 lần so với bán keo non. Gỗ có chứng chỉ FSC còn được doanh nghiệp thu mua với giá cao hơn 10-15% so với gỗ thông thường.

Theo Hạt Kiểm lâm huyện, năm 2023 toàn huyện khai thác 1.850 ha rừng trồng, sản lượng trên 176.000 tấn gỗ keo, trong đó gỗ lớn chiếm 22%. Giá gỗ keo làm dăm hiện ở mức 1,15 triệu đồng/tấn, trong khi gỗ xẻ có đường kính từ 18 cm trở lên đạt 1,9-2,1 triệu đồng/m3. Dù vậy, diện tích rừng gỗ lớn của huyện mới chiếm chưa đến 15% tổng diện tích rừng trồng.

Huyện đặt mục tiêu đến năm 2025 nâng diện tích rừng có chứng chỉ FSC lên 5.000 ha, chuyển hóa 800 ha rừng keo sang kinh doanh gỗ lớn. Ông Đinh Văn Tám, Phó Chủ tịch UBND huyện, cho biết huyện sẽ phối hợp với Công ty TNHH Lâm nghiệp Sông Kôn 2 hỗ trợ người dân vay vốn ưu đãi theo Nghị định số 58/2024/NĐ-CP của Chính phủ.

NGỌC TÚ
18/8/2024
"""

Y23 = year("năm 2023", 2023)
T25 = asof("đến năm 2025", "2025-12-31")

FIGS = [
    F("chu kỳ ngắn 4-5 năm", "4", 4, "measure", "năm", "chu kỳ trồng keo ngắn", value_max=5, optional=True),
    F("có 3.412 ha", "3.412", 3412, "measure", "ha", "rừng trồng được cấp chứng chỉ FSC"),
    F("của 1.236 hộ", "1.236", 1236, "count", "hộ", "hộ có rừng trồng được cấp chứng chỉ FSC"),
    F("có 6 ha keo", "6", 6, "measure", "ha", "diện tích keo lai của gia đình ông Nguyễn Văn Ba"),
    F("keo lai 7 năm tuổi", "7", 7, "measure", "năm tuổi", "tuổi rừng keo lai", optional=True),
    F("khoảng 150 m3", "150", 150, "measure", "m3/ha", "sản lượng gỗ mỗi ha rừng gỗ lớn", approx="about"),
    F("bán được 180-200 triệu đồng", "180", 180e6, "money", "đồng/ha", "giá trị bán gỗ mỗi ha rừng gỗ lớn",
      value_max=200e6),
    F("gấp khoảng 2 lần", "2", 2, "multiple", "lần", "thu nhập từ rừng gỗ lớn so với bán keo non", approx="about"),
    F("cao hơn 10-15%", "10", 10, "percent", "%", "giá thu mua gỗ có chứng chỉ FSC so với gỗ thông thường",
      value_max=15),
    F("khai thác 1.850 ha", "1.850", 1850, "measure", "ha", "diện tích rừng trồng khai thác", period=Y23),
    F("trên 176.000 tấn", "176.000", 176000, "measure", "tấn", "sản lượng gỗ keo khai thác", approx="over", period=Y23),
    F("chiếm 22%", "22", 22, "percent", "%", "tỷ trọng gỗ lớn trong sản lượng gỗ keo khai thác", period=Y23),
    F("mức 1,15 triệu đồng/tấn", "1,15", 1.15e6, "money", "đồng/tấn", "giá gỗ keo làm dăm"),
    F("từ 18 cm trở lên", "18", 18, "measure", "cm", "đường kính gỗ xẻ", approx="at_least", optional=True),
    F("đạt 1,9-2,1 triệu đồng/m3", "1,9", 1.9e6, "money", "đồng/m3", "giá gỗ xẻ đường kính từ 18 cm trở lên",
      value_max=2.1e6),
    F("chưa đến 15%", "15", 15, "percent", "%", "tỷ trọng diện tích rừng gỗ lớn trong tổng diện tích rừng trồng",
      approx="under"),
    F("lên 5.000 ha", "5.000", 5000, "measure", "ha", "diện tích rừng có chứng chỉ FSC", status="target", period=T25),
    F("chuyển hóa 800 ha", "800", 800, "measure", "ha", "rừng keo chuyển hóa sang kinh doanh gỗ lớn",
      status="target", period=T25),
]

NOTES = [
    "Báo Bình Định feature: FSC-certified large-timber acacia in huyện Hoài Ân; byline 'NGỌC TÚ' and bare date 18/8/2024 at the end.",
    "Location: the district Hoài Ân throughout (the household's commune Ân Tín lies in it).",
    "'mỗi ha cho khoảng 150 m3 gỗ, bán được 180-200 triệu đồng': per-hectare amounts, unit m3/ha and đồng/ha.",
    "'gấp khoảng 2 lần' is its own sentence: a multiple. 'cao hơn 10-15%' has no base amount: a percent range figure, no change.",
    "'trong đó gỗ lớn chiếm 22%' is the share of a part: a percent figure of its own. Rotation, tree age and diameter thresholds optional.",
    "Distractors: 'Nguyễn Văn Ba', 'Đinh Văn Tám' (number words in names), 'thôn Vạn Hội 2', 'Sông Kôn 2', 'Nghị định số 58/2024/NĐ-CP'.",
]

build(5, TEXT, FIGS, NOTES, published="2024-08-18", location="Hoài Ân")
