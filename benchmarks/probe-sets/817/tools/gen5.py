"""p817-5: Báo Yên Bái (Party/provincial newspaper), wood pellets from forestry by-products; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Viên nén gỗ - “cửa ra” cho phụ phẩm rừng trồng

Tận dụng cành ngọn, mùn cưa từ rừng trồng keo, bồ đề, những năm gần đây nhiều doanh nghiệp ở Yên Bái đã đầu tư dây chuyền sản xuất viên nén gỗ phục vụ xuất khẩu, mở thêm đầu ra cho người trồng rừng.

Toàn tỉnh hiện có 9 nhà máy sản xuất viên nén gỗ, tổng công suất thiết kế khoảng 310.000 tấn/năm. Năm 2024, các nhà máy sản xuất được 236.800 tấn viên nén, tăng 17,5% so với năm 2023, giá trị sản xuất đạt 612 tỷ đồng. Lớn nhất là Nhà máy viên nén An Thịnh 2 tại huyện Văn Yên với công suất 60.000 tấn/năm, sử dụng khoảng 150 lao động địa phương.

Để sản xuất 1 tấn viên nén cần 1,6-1,8 tấn nguyên liệu gỗ vụn, mùn cưa. Với giá thu mua phụ phẩm 600-800 nghìn đồng/tấn, mỗi năm người trồng rừng trong tỉnh có thêm khoảng 250 tỷ đồng. Tại xã Đại Sơn, huyện Văn Yên, gia đình anh Hoàng Văn Sáu bán được 120 tấn cành ngọn trong quý I/2025, thu về gần 90 triệu đồng.

Tuy nhiên, theo Sở Nông nghiệp và Môi trường, 3 tháng đầu năm 2025 sản lượng viên nén của tỉnh chỉ đạt 48.500 tấn, giảm 12% so với cùng kỳ, do giá xuất khẩu sang Hàn Quốc giảm còn 105-110 USD/tấn. Một số nhà máy phải giảm ca, cho công nhân nghỉ luân phiên.

Tỉnh phấn đấu đến năm 2025 sản lượng viên nén đạt 300.000 tấn, giá trị xuất khẩu đạt 35 triệu USD; đồng thời hỗ trợ doanh nghiệp cấp chứng chỉ rừng FSC cho thêm 5.000 ha rừng trồng.

THANH TÂM
22/4/2025
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
M3 = P("3 tháng đầu năm 2025", "2025-01-01", "2025-03-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 9 nhà máy", "9", 9, "count", "nhà máy", "nhà máy sản xuất viên nén gỗ"),
    F("khoảng 310.000 tấn/năm", "310.000", 310000, "measure", "tấn/năm", "tổng công suất thiết kế nhà máy viên nén gỗ",
      approx="about"),
    F("được 236.800 tấn", "236.800", 236800, "measure", "tấn", "viên nén sản xuất", Y24,
      change=C("increase", 17.5, baseline="năm 2023")),
    F("đạt 612 tỷ đồng", "612", 612000000000, "money", "đồng", "giá trị sản xuất viên nén", Y24),
    F("công suất 60.000 tấn/năm", "60.000", 60000, "measure", "tấn/năm", "công suất Nhà máy viên nén An Thịnh 2",
      location="Văn Yên"),
    F("khoảng 150 lao động", "150", 150, "count", "lao động", "lao động địa phương của Nhà máy viên nén An Thịnh 2",
      approx="about", location="Văn Yên"),
    F("sản xuất 1 tấn viên nén", "1", 1, "measure", "tấn", "viên nén", optional=True),
    F("cần 1,6-1,8 tấn", "1,6", 1.6, "measure", "tấn", "nguyên liệu gỗ vụn, mùn cưa để sản xuất 1 tấn viên nén",
      value_max=1.8),
    F("phụ phẩm 600-800 nghìn", "600", 600000, "money", "đồng/tấn", "giá thu mua phụ phẩm", value_max=800000),
    F("khoảng 250 tỷ đồng", "250", 250000000000, "money", "đồng", "thu nhập thêm mỗi năm của người trồng rừng",
      approx="about"),
    F("được 120 tấn cành ngọn", "120", 120, "measure", "tấn", "cành ngọn gia đình anh Hoàng Văn Sáu bán được", Q1,
      location="Văn Yên"),
    F("gần 90 triệu đồng", "90", 90000000, "money", "đồng", "tiền bán cành ngọn gia đình anh Hoàng Văn Sáu thu về", Q1,
      approx="nearly", location="Văn Yên"),
    F("đạt 48.500 tấn", "48.500", 48500, "measure", "tấn", "sản lượng viên nén", M3,
      change=C("decrease", 12, baseline="cùng kỳ")),
    F("còn 105-110 USD/tấn", "105", 105, "money", "USD/tấn", "giá xuất khẩu viên nén sang Hàn Quốc", M3, value_max=110),
    F("đạt 300.000 tấn", "300.000", 300000, "measure", "tấn", "sản lượng viên nén", T25, status="target"),
    F("đạt 35 triệu USD", "35", 35000000, "money", "USD", "giá trị xuất khẩu viên nén", T25, status="target"),
    F("thêm 5.000 ha", "5.000", 5000, "measure", "ha", "rừng trồng được hỗ trợ cấp chứng chỉ rừng FSC", T25,
      status="target"),
]

NOTES = [
    "Báo Yên Bái: viên nén gỗ từ phụ phẩm rừng trồng (nhà máy, công suất, sản lượng 2024, giá phụ phẩm, quý I/2025, mục tiêu 2025). Byline and bare date 22/4/2025 at the end.",
    "The An Thịnh 2 plant and the household in xã Đại Sơn are located in huyện Văn Yên (location Văn Yên); the rest is Yên Bái.",
    "'sản xuất 1 tấn viên nén' is the denominator of an input ratio: optional. '600-800 nghìn đồng/tấn' → 600000-800000 đồng/tấn.",
    "'giảm còn 105-110 USD/tấn' gives the new price level (no change value). 'phấn đấu đến năm 2025 ...; đồng thời ... 5.000 ha' → target (cue continues).",
    "Distractors: 'An Thịnh 2' (plant name), 'anh Hoàng Văn Sáu', 'FSC', the bare date 22/4/2025.",
]

write("p817-5", TEXT, NOTES, FIGS, published="2025-04-22", location="Yên Bái")
