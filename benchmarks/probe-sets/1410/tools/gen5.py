"""p1410-5: national newspaper: BSF larvae meal replacing fishmeal; a plant in Chơn Thành (Bình Phước), national figures."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Hàng hóa
Thứ tư, 16/10/2024, 06:00 (GMT+7)

Ấu trùng ruồi lính đen thành "mỏ đạm" thay bột cá

Giá bột cá nhập khẩu lên 45.000-48.000 đồng/kg khiến nhiều nhà máy thức ăn chăn nuôi chuyển sang đạm côn trùng, rẻ hơn khoảng 20%.

Tại nhà máy bên Quốc lộ 13 ở thị xã Chơn Thành (Bình Phước), Công ty cổ phần Protein Côn trùng Việt Phát mỗi tháng xuất xưởng khoảng 120 tấn bột ấu trùng sấy khô; dầu ruồi lính đen đạt 35 tấn/tháng. Ông Trần Quốc Bảo, Tổng giám đốc, cho biết nhà máy xử lý 200 tấn phụ phẩm mỗi ngày, gấp 4 lần khi mới vận hành năm 2021.

Sản phẩm chứa 40-45% đạm, được bán với giá 32.000-35.000 đồng/kg, thấp hơn bột cá loại 60% đạm khoảng 10.000 đồng/kg. 9 tháng đầu năm, doanh thu của công ty đạt 86 tỷ đồng, tăng 31% so với cùng kỳ, trong đó xuất khẩu sang Nhật Bản, Hàn Quốc chiếm 40%.

"Mỗi năm Việt Nam chi khoảng 3 tỷ USD nhập khẩu nguyên liệu giàu đạm cho thức ăn chăn nuôi. Ruồi lính đen có thể thay một phần con số này", ông Bảo nói.

Theo Hiệp hội Thức ăn chăn nuôi Việt Nam, cả nước hiện có khoảng 150 cơ sở nuôi ruồi lính đen quy mô công nghiệp; sản lượng ấu trùng tươi năm 2023 ước hơn 600.000 tấn. Việt Nam xếp thứ 3 châu Á về số cơ sở nuôi ruồi lính đen công nghiệp, sau Trung Quốc và Indonesia. Tuy vậy, khoảng 80% cơ sở vẫn nuôi thủ công, chưa kiểm soát được chất lượng đồng đều.

Việt Phát dự kiến năm 2025 nâng công suất lên 350 tấn phụ phẩm/ngày, với vốn đầu tư thêm khoảng 120 tỷ đồng.

Hoài Thu
"""

NINE = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
CT, VN = "Chơn Thành", "Việt Nam"

FIGS = [
    F("45.000-48.000", "45.000", 45000, "money", "đồng/kg", value_max=48000, subject="giá bột cá nhập khẩu",
      location=VN),
    F("rẻ hơn khoảng 20%", "20", 20, "percent", "%", approx="about", subject="đạm côn trùng rẻ hơn bột cá",
      location=VN),
    F("khoảng 120 tấn", "120", 120, "measure", "tấn/tháng", approx="about",
      subject="bột ấu trùng sấy khô công ty xuất xưởng mỗi tháng"),
    F("35 tấn/tháng", "35", 35, "measure", "tấn/tháng", subject="dầu ruồi lính đen"),
    F("xử lý 200 tấn", "200", 200, "measure", "tấn/ngày",
      change=C("increase", 4, "lần", "khi mới vận hành năm 2021"), subject="phụ phẩm nhà máy xử lý mỗi ngày"),
    F("40-45%", "40", 40, "percent", "%", value_max=45, subject="hàm lượng đạm của sản phẩm"),
    F("loại 60% đạm", "60", 60, "percent", "%", subject="hàm lượng đạm của bột cá loại so sánh", optional=True),
    F("32.000-35.000", "32.000", 32000, "money", "đồng/kg", value_max=35000,
      change=C("decrease", 10000, "đồng/kg", "bột cá loại 60% đạm", approx="about"),
      subject="giá bán sản phẩm"),
    F("đạt 86 tỷ", "86", 86e9, "money", "đồng", change=C("increase", 31, "%", "cùng kỳ"),
      subject="doanh thu của công ty", period=NINE),
    F("chiếm 40%", "40", 40, "percent", "%", subject="xuất khẩu sang Nhật Bản, Hàn Quốc trong doanh thu",
      period=NINE),
    F("khoảng 3 tỷ", "3", 3e9, "money", "USD/năm", approx="about",
      subject="chi nhập khẩu nguyên liệu giàu đạm cho thức ăn chăn nuôi", location=VN),
    F("khoảng 150 cơ sở", "150", 150, "count", "cơ sở", approx="about",
      subject="cơ sở nuôi ruồi lính đen quy mô công nghiệp", location=VN),
    F("ước hơn 600.000", "600.000", 600000, "measure", "tấn", approx="over", status="estimate",
      subject="sản lượng ấu trùng tươi", period=Y23, location=VN),
    F("thứ 3 châu Á", "3", 3, "rank", "hạng", subject="số cơ sở nuôi ruồi lính đen công nghiệp", location=VN),
    F("khoảng 80%", "80", 80, "percent", "%", approx="about", subject="cơ sở vẫn nuôi thủ công", location=VN),
    F("lên 350 tấn", "350", 350, "measure", "tấn/ngày", status="forecast",
      subject="công suất xử lý phụ phẩm của Việt Phát", period=Y25),
    F("khoảng 120 tỷ", "120", 120e9, "money", "đồng", approx="about", status="forecast",
      subject="vốn đầu tư thêm", period=Y25),
]

NOTES = [
    "National newspaper: 'Thứ tư, 16/10/2024, 06:00 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', 'Quốc lộ 13', 'năm 2021' (a baseline), 'một phần con số này' (a part), 'mỏ đạm' in quotes.",
    "Two places: the Việt Phát plant in thị xã Chơn Thành (default location) and national figures (fishmeal price, imports, VIFA counts): Việt Nam.",
    "Japan/Korea are trade partners, not places of the 40% share (stays Chơn Thành).",
    "'gấp 4 lần khi mới vận hành' is the change of 200 tấn/ngày; 'thấp hơn bột cá ... khoảng 10.000 đồng/kg' the change of the price (about).",
    "'bột cá loại 60% đạm' names a grade of fishmeal (optional). 'rẻ hơn khoảng 20%' is a percent claim with no base amount.",
    "'trong đó xuất khẩu ... chiếm 40%' is a percent figure of its own (share of the export part; 86 tỷ already carries its change).",
    "Year-less '9 tháng đầu năm' takes 2024 (published). 'ước hơn 600.000 tấn' → estimate + over. 'dự kiến năm 2025' → forecast for both clauses.",
    "'Mỗi năm ... khoảng 3 tỷ USD' → unit USD/năm (a yearly rate).",
]

if __name__ == "__main__":
    write("p1410-5", TEXT, NOTES, FIGS, published="2024-10-16", location="Chơn Thành")
