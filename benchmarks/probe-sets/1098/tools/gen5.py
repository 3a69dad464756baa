"""p1098-5: Báo Lâm Đồng (Party/provincial newspaper), grape wine industry, byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Rượu vang Lâm Đồng: Nâng giá trị trái nho

Lâm Đồng hiện có 7 doanh nghiệp sản xuất rượu vang với tổng công suất thiết kế khoảng 25 triệu lít/năm, trong đó Công ty CP Thực phẩm Lâm Đồng chiếm gần 60% công suất.

Theo Sở Công Thương, 10 tháng năm 2023, các doanh nghiệp sản xuất được 12,6 triệu lít rượu vang, tăng 9,2% so với cùng kỳ năm 2022 và đạt 84% kế hoạch năm; doanh thu đạt 1.150 tỷ đồng. Dự kiến cả năm 2023, sản lượng rượu vang đạt khoảng 15 triệu lít. Các doanh nghiệp đã nộp ngân sách gần 320 tỷ đồng, chủ yếu từ thuế tiêu thụ đặc biệt theo Thông tư số 47/2018/TT-BCT.

Mỗi năm, các nhà máy thu mua khoảng 9.000 tấn nho nguyên liệu, chủ yếu từ Ninh Thuận, với giá 12.000-15.000 đồng/kg. Diện tích nho làm rượu vang trồng tại huyện Đức Trọng và Đơn Dương mới đạt 46 ha, năng suất 12-14 tấn/ha. Ngành rượu vang tạo việc làm cho khoảng 1.200 lao động, thu nhập bình quân 8,5 triệu đồng/người/tháng. Giá bán lẻ các dòng vang phổ biến từ 95.000 đến 450.000 đồng/chai.

Du lịch gắn với rượu vang cũng phát triển. Khu trưng bày rượu vang trên đường 3 Tháng 4, Phường 3, TP Đà Lạt từ đầu năm đến nay đã đón hơn 52.000 lượt khách, gấp 1,6 lần cùng kỳ; mỗi lượt khách chi tiêu bình quân 350.000 đồng.

Theo đề án của tỉnh, đến năm 2025 sản lượng rượu vang đạt 18 triệu lít, trong đó xuất khẩu chiếm 10%; vùng nguyên liệu nho trong tỉnh mở rộng lên 150 ha, chủ yếu dọc Quốc lộ 20.

KHÁNH PHÚC
22/11/2023
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")
YTD = P("từ đầu năm đến nay", "2023-01-01", "2023-11-22")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", "doanh nghiệp sản xuất rượu vang"),
    F("khoảng 25 triệu", "25", 25e6, "measure", "lít/năm", "tổng công suất thiết kế sản xuất rượu vang",
      approx="about"),
    F("gần 60%", "60", 60, "percent", "%", "tỷ trọng công suất của Công ty CP Thực phẩm Lâm Đồng", approx="nearly"),
    F("được 12,6 triệu", "12,6", 12.6e6, "measure", "lít", "rượu vang sản xuất", M10, percent=84,
      change=C("increase", 9.2, "%", "cùng kỳ năm 2022")),
    F("đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng", "doanh thu rượu vang", M10),
    F("khoảng 15 triệu", "15", 15e6, "measure", "lít", "sản lượng rượu vang", Y23, approx="about",
      status="forecast"),
    F("gần 320 tỷ", "320", 320e9, "money", "đồng", "nộp ngân sách của doanh nghiệp rượu vang", I(M10),
      approx="nearly"),
    F("khoảng 9.000 tấn", "9.000", 9000, "measure", "tấn/năm", "nho nguyên liệu thu mua mỗi năm", approx="about"),
    F("12.000-15.000", "12.000", 12000, "money", "đồng/kg", "giá thu mua nho nguyên liệu", value_max=15000),
    F("đạt 46 ha", "46", 46, "measure", "ha", "diện tích nho làm rượu vang"),
    F("12-14 tấn/ha", "12", 12, "measure", "tấn/ha", "năng suất nho làm rượu vang", value_max=14),
    F("khoảng 1.200 lao động", "1.200", 1200, "count", "lao động", "lao động ngành rượu vang", approx="about"),
    F("8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động ngành rượu vang"),
    F("từ 95.000 đến", "95.000", 95000, "money", "đồng/chai", "giá bán lẻ các dòng vang", value_max=450000),
    F("hơn 52.000 lượt khách", "52.000", 52000, "count", "lượt khách",
      "lượt khách đến khu trưng bày rượu vang", YTD, approx="over", location="Đà Lạt",
      change=C("increase", 1.6, "lần", "cùng kỳ")),
    F("bình quân 350.000 đồng", "350.000", 350000, "money", "đồng/lượt khách", "chi tiêu bình quân mỗi lượt khách",
      I(YTD), location="Đà Lạt"),
    F("đạt 18 triệu", "18", 18e6, "measure", "lít", "sản lượng rượu vang", T25, status="target"),
    F("chiếm 10%", "10", 10, "percent", "%", "tỷ trọng xuất khẩu rượu vang", T25, status="target"),
    F("lên 150 ha", "150", 150, "measure", "ha", "vùng nguyên liệu nho trong tỉnh", T25, status="target"),
]

NOTES = [
    "Báo Lâm Đồng style: byline 'KHÁNH PHÚC' and bare date '22/11/2023' at the end -> published.",
    "'gần 60%' after 'trong đó Công ty ... chiếm' is a share of capacity with no base amount of its own: a percent figure.",
    "'đạt 84% kế hoạch năm' is the percent of 12,6 triệu lít; 'gấp 1,6 lần cùng kỳ' after 52.000 lượt khách is its change.",
    "'Dự kiến cả năm 2023' -> forecast. Grapes bought 'chủ yếu từ Ninh Thuận': the source is not the figure's place (Lâm Đồng).",
    "The exhibition in TP Đà Lạt -> location Đà Lạt. Distractors: 'đường 3 Tháng 4, Phường 3', Quốc lộ 20, Thông tư số 47/2018/TT-BCT.",
    "Figures of the 'Mỗi năm' paragraph have no dated period; 'mỗi lượt khách chi tiêu bình quân 350.000 đồng' is đồng/lượt khách.",
]

write("p1098-5", TEXT, NOTES, FIGS, published="2023-11-22", location="Lâm Đồng")
