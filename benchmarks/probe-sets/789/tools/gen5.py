"""p789-5: provincial Party newspaper (Báo Đồng Tháp), hủ tiếu village of Sa Đéc; byline and bare date at the end."""
from lib import F, period, inherit, change, target, write

TEXT = """Làng bột Sa Đéc vào mùa hủ tiếu xuất khẩu

Những ngày này, các lò hủ tiếu ở phường Tân Quy Đông và xã Tân Khánh Đông (TP. Sa Đéc) hoạt động hết công suất để kịp các đơn hàng cuối năm.

Theo Phòng Kinh tế TP. Sa Đéc, làng nghề bột - hủ tiếu hiện có 47 cơ sở sản xuất, mỗi ngày sử dụng khoảng 120 tấn gạo và làm ra khoảng 60 tấn hủ tiếu, bánh phở khô. 9 tháng đầu năm 2024, giá trị sản xuất của làng nghề đạt 870 tỷ đồng, bằng 75,6% kế hoạch năm, tăng 9,2% so với cùng kỳ. Khoảng 40% sản lượng được xuất khẩu sang Mỹ, Úc, Canada và một số nước châu Âu.

Ông Nguyễn Văn Năm, chủ cơ sở hủ tiếu Năm Lợi ở khóm 2, cho biết giá gạo nguyên liệu hiện tăng 20-25% so với đầu năm, trong khi giá hủ tiếu khô chỉ nhích lên 28.000-35.000 đồng/kg nên lợi nhuận giảm. Làng nghề tạo việc làm cho hơn 1.500 lao động, thu nhập từ 6 đến 8 triệu đồng/người/tháng.

Về an toàn thực phẩm, năm 2024 thành phố đã hỗ trợ 32 cơ sở đạt chứng nhận HACCP hoặc ISO 22000; làng nghề có 17 sản phẩm OCOP, trong đó 4 sản phẩm đạt 4 sao. Mỗi ngày, các cơ sở thải ra khoảng 2.000 m3 nước thải, song mới có 21 cơ sở xây dựng hầm biogas.

Theo kế hoạch, cả năm 2024 thành phố phấn đấu giá trị sản xuất làng nghề đạt 1.150 tỷ đồng; đến năm 2025, 100% cơ sở có hệ thống xử lý nước thải đạt chuẩn.

THANH HƯƠNG
20/10/2024
"""

N9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
L = "Sa Đéc"

FIGS = [
    F("có 47 cơ sở", "47", 47, "count", "cơ sở", "cơ sở sản xuất làng nghề bột - hủ tiếu", location=L),
    F("khoảng 120 tấn gạo", "120", 120, "measure", "tấn", "gạo sử dụng mỗi ngày", approx="about", location=L),
    F("khoảng 60 tấn hủ tiếu", "60", 60, "measure", "tấn", "hủ tiếu, bánh phở khô làm ra mỗi ngày", approx="about", location=L),
    F("đạt 870 tỷ đồng", "870", 870e9, "money", "đồng", "giá trị sản xuất của làng nghề", percent=75.6,
      change=change("increase", 9.2, "%", "cùng kỳ"), period=N9, location=L),
    F("Khoảng 40% sản lượng", "40", 40, "percent", "%", "sản lượng được xuất khẩu", approx="about", period=inherit(N9), location=L),
    F("tăng 20-25%", "20", 20, "percent", "%", "giá gạo nguyên liệu", value_max=25, location=L),
    F("lên 28.000-35.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá hủ tiếu khô", value_max=35000, location=L),
    F("hơn 1.500 lao động", "1.500", 1500, "count", "lao động", "lao động có việc làm tại làng nghề", approx="over", location=L),
    F("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/người/tháng", "thu nhập của lao động làng nghề", value_max=8e6, location=L),
    F("hỗ trợ 32 cơ sở", "32", 32, "count", "cơ sở", "cơ sở được hỗ trợ đạt chứng nhận HACCP hoặc ISO 22000", period=Y24, location=L),
    F("có 17 sản phẩm OCOP", "17", 17, "count", "sản phẩm OCOP", "sản phẩm OCOP của làng nghề", period=Y24, location=L),
    F("4 sản phẩm", "4", 4, "count", "sản phẩm", "sản phẩm OCOP đạt 4 sao", total=17, period=Y24, location=L),
    F("đạt 4 sao", "4", 4, "measure", "sao", optional=True, location=L),
    F("khoảng 2.000 m3", "2.000", 2000, "measure", "m3", "nước thải các cơ sở thải ra mỗi ngày", approx="about",
      period=inherit(Y24), location=L),
    F("có 21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở xây dựng hầm biogas", period=inherit(Y24), location=L),
    F("đạt 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "giá trị sản xuất làng nghề", status="target",
      period=period("cả năm 2024", "2024-01-01", "2024-12-31"), location=L),
    F("2025, 100% cơ sở", "100", 100, "percent", "%", "cơ sở có hệ thống xử lý nước thải đạt chuẩn", status="target",
      period=period("đến năm 2025", None, "2025-12-31"), location=L),
]

COMMENTS = [
    "Báo Đồng Tháp (Party paper): làng nghề bột - hủ tiếu Sa Đéc, 9 tháng 2024; byline THANH HƯƠNG and bare date 20/10/2024 at the end.",
    "All figures are the village's: location Sa Đéc (city); export markets are not places of the figures.",
    "870 tỷ: 'bằng 75,6% kế hoạch năm' is its share, 'tăng 9,2%' its change. 'giá gạo ... tăng 20-25%' has no base amount: a percent figure.",
    "'năm 2024' opens the ATTP sentence; 17 OCOP and 4 sản phẩm stand later in the same sentence (scored); the next sentence inherits it.",
    "'ISO 22000' is a standard's name, not a figure. 'Theo kế hoạch, cả năm 2024 thành phố phấn đấu' -> target, continuing to 100%.",
    "Distractors: ISO 22000, Nguyễn Văn Năm / Năm Lợi, khóm 2, byline date.",
]

write("p789-5", TEXT, FIGS, COMMENTS, published="2024-10-20", location=L)
