"""p749-8: provincial newspaper online (Báo Gia Lai, '(GLO)-' tag, byline + time, date before the text) — bananas in Ia Pa."""
from lib import F, P, I, CH, emit

TEXT = """Báo Gia Lai điện tử
Kinh tế

Ia Pa: Hơn 1.800 lao động có việc làm nhờ cánh đồng chuối

VŨ CHI 07:15, 22/08/2024

(GLO)- Tính đến cuối tháng 7/2024, huyện Ia Pa có 2.860 ha chuối, tăng 420 ha so với cuối năm 2023. Trong đó, 2.300 ha do 3 doanh nghiệp đầu tư theo hình thức thuê đất, còn lại 560 ha do 186 hộ dân trồng theo hợp đồng liên kết.

Các doanh nghiệp đã tạo việc làm cho hơn 1.800 lao động, trong đó 65% là người đồng bào dân tộc thiểu số; thu nhập bình quân 6,5-8 triệu đồng/người/tháng. Ia Pa hiện đứng thứ 2 toàn tỉnh về diện tích chuối, sau huyện Krông Pa.

Năm 2023, huyện xuất khẩu 52.000 tấn chuối, kim ngạch khoảng 24 triệu USD. 7 tháng đầu năm 2024, sản lượng xuất khẩu đạt 41.500 tấn, bằng 79,8% cả năm 2023. Mỗi ngày có khoảng 25-30 xe container chở chuối theo Quốc lộ 25 và Tỉnh lộ 662 ra cảng Quy Nhơn.

Ông Nguyễn Văn Thanh, Phó Chủ tịch UBND huyện Ia Pa, cho biết: các doanh nghiệp đã nộp ngân sách hơn 15 tỷ đồng, hỗ trợ làm 12 km đường nội đồng. Nhờ đó, tỷ lệ hộ nghèo của huyện giảm từ 28,6% năm 2021 xuống còn 19,4% năm 2023. Năm 2024, huyện phấn đấu giảm thêm 3-4% tỷ lệ hộ nghèo.

Theo quy hoạch, đến năm 2030 diện tích chuối của huyện đạt 4.000-4.500 ha, trở thành vùng nguyên liệu chuối xuất khẩu lớn của khu vực Tây Nguyên.
"""

ASOF = P("Tính đến cuối tháng 7/2024", None, "2024-07-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Hơn 1.800 lao động", "1.800", 1800, "count", "lao động", "lao động có việc làm nhờ cánh đồng chuối", approx="over"),
    F("có 2.860 ha chuối", "2.860", 2860, "measure", "ha", "diện tích chuối", ASOF,
      change=CH("increase", 420, "ha", baseline="cuối năm 2023")),
    F("2.300 ha", "2.300", 2300, "measure", "ha", "diện tích chuối do doanh nghiệp đầu tư theo hình thức thuê đất", I(ASOF),
      total=2860),
    F("do 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp đầu tư trồng chuối theo hình thức thuê đất",
      I(ASOF)),
    F("còn lại 560 ha", "560", 560, "measure", "ha", "diện tích chuối do hộ dân trồng theo hợp đồng liên kết", I(ASOF),
      total=2860),
    F("do 186 hộ", "186", 186, "count", "hộ", "hộ dân trồng chuối theo hợp đồng liên kết", I(ASOF)),
    F("cho hơn 1.800 lao động", "1.800", 1800, "count", "lao động", "lao động được các doanh nghiệp tạo việc làm",
      approx="over"),
    F("trong đó 65%", "65", 65, "percent", "%", "lao động là người đồng bào dân tộc thiểu số"),
    F("6,5-8 triệu đồng/người/tháng", "6,5", 6500000, "money", "đồng/người/tháng", "thu nhập bình quân của lao động",
      value_max=8000000),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "diện tích chuối toàn tỉnh"),
    F("xuất khẩu 52.000 tấn", "52.000", 52000, "measure", "tấn", "chuối xuất khẩu", Y23),
    F("khoảng 24 triệu USD", "24", 24000000, "money", "USD", "kim ngạch xuất khẩu chuối", Y23, approx="about"),
    F("đạt 41.500 tấn", "41.500", 41500, "measure", "tấn", "sản lượng chuối xuất khẩu",
      P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31"), percent=79.8),
    F("khoảng 25-30 xe", "25", 25, "count", "xe container", "xe container chở chuối mỗi ngày", value_max=30, approx="about"),
    F("hơn 15 tỷ đồng", "15", 15000000000, "money", "đồng", "ngân sách các doanh nghiệp đã nộp", approx="over"),
    F("làm 12 km", "12", 12, "measure", "km", "đường nội đồng doanh nghiệp hỗ trợ làm"),
    F("từ 28,6% năm 2021", "28,6", 28.6, "percent", "%", "tỷ lệ hộ nghèo của huyện", P("năm 2021", "2021-01-01", "2021-12-31")),
    F("còn 19,4% năm 2023", "19,4", 19.4, "percent", "%", "tỷ lệ hộ nghèo của huyện", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("thêm 3-4%", "3", 3, "percent", "%", "giảm tỷ lệ hộ nghèo", P("Năm 2024", "2024-01-01", "2024-12-31"),
      value_max=4, status="target"),
    F("4.000-4.500 ha", "4.000", 4000, "measure", "ha", "diện tích chuối của huyện", P("đến năm 2030", None, "2030-12-31"),
      value_max=4500, status="target"),
]

COMMENTS = [
    "Provincial newspaper online (Báo Gia Lai): byline with time and date 'VŨ CHI 07:15, 22/08/2024' before the text, '(GLO)-' tag.",
    "Location is the district Ia Pa for every figure ('sau huyện Krông Pa' names a neighbour, not the figure's place).",
    "'Trong đó, 2.300 ha …, còn lại 560 ha' across a sentence break: both parts have the 2.860 ha as whole. '65%' after 'trong đó' is a percent figure (no total:",
    "a share is not a count of the same thing). 'bằng 79,8% cả năm 2023' is the share of 41.500 tấn (percent attribute).",
    "'giảm từ 28,6% năm 2021 xuống còn 19,4% năm 2023': both levels are percent figures with their own years; neither is a change.",
    "The headline count has no period (nothing in the headline or a clear as-of); the body count likewise.",
    "Distractors: 'Quốc lộ 25', 'Tỉnh lộ 662', time 07:15, '(GLO)-', 'tháng 7/2024' as an as-of date.",
]

if __name__ == "__main__":
    emit("p749-8", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Ia Pa")
