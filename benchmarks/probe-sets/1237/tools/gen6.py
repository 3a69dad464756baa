"""p1237-6: national newspaper, Dao đỏ paper making at Tả Phìn (thị xã Sa Pa, Lào Cai) and tourism."""
from lib import F, P, I, C, T, write

TEXT = """Du lịch
Thứ Bảy, 14/09/2024, 09:15 (GMT+7)

Giấy dó của người Dao đỏ hút khách ở Sa Pa

Mỗi năm, xã Tả Phìn (thị xã Sa Pa, Lào Cai), cách trung tâm thị xã khoảng 12 km, đón hàng chục nghìn lượt khách đến trải nghiệm làm giấy dó thủ công của người Dao đỏ.

Tả Phìn hiện có 32 hộ người Dao đỏ làm giấy dó phục vụ du lịch, trong đó 9 hộ mở điểm trải nghiệm cho du khách. 8 tháng năm 2024, xã đón khoảng 41.000 lượt khách, tăng 23% so với cùng kỳ, trong đó khách quốc tế chiếm gần 55%. Mỗi lượt trải nghiệm làm giấy có giá 80.000-120.000 đồng/người, kéo dài chừng 45 phút.

Bà Tẩn Mẩy, 58 tuổi, ở thôn Sả Xéng, cho biết gia đình bà làm giấy dó từ đời ông bà. Vỏ dó được ngâm nước tro bếp rồi nấu liền hai ngày, giã nhuyễn trước khi đem xeo. Trung bình mỗi tháng, gia đình bán được khoảng 400 tờ giấy và hơn 150 sản phẩm lưu niệm như sổ tay, quạt giấy, thu về 12-15 triệu đồng, gấp ba lần thu nhập từ trồng lúa trước đây.

Theo Phòng Văn hóa - Thông tin thị xã Sa Pa, năm 2023 toàn thị xã có 5 điểm du lịch cộng đồng gắn với nghề thủ công truyền thống, doanh thu từ bán sản phẩm thủ công đạt khoảng 7,8 tỷ đồng. Toàn tỉnh Lào Cai hiện có 18 sản phẩm thủ công đạt OCOP 3 sao trở lên, trong đó 4 sản phẩm làm từ giấy dó.

Năm 2025, thị xã dự kiến đầu tư 2,5 tỷ đồng xây nhà trưng bày giấy dó tại Tả Phìn và mở thêm 3 điểm trải nghiệm mới.

Hải Yến
"""

M8 = P("8 tháng năm 2024", "2024-01-01", "2024-08-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 12 km", "12", 12, "measure", "km", approx="about",
      subject="khoảng cách từ xã Tả Phìn đến trung tâm thị xã"),
    F("hàng chục nghìn lượt", "chục", 10000, "count", "lượt khách", approx="about", optional=True,
      subject="lượt khách trải nghiệm làm giấy dó mỗi năm"),
    F("có 32 hộ", "32", 32, "count", "hộ", subject="hộ người Dao đỏ làm giấy dó phục vụ du lịch"),
    F("đó 9 hộ", "9", 9, "count", "hộ", total=32, subject="hộ mở điểm trải nghiệm cho du khách"),
    F("khoảng 41.000 lượt", "41.000", 41000, "count", "lượt khách", approx="about",
      change=C("increase", 23, "%", "cùng kỳ"), subject="lượt khách đến xã Tả Phìn", period=M8),
    F("chiếm gần 55%", "55", 55, "percent", "%", approx="nearly",
      subject="tỷ lệ khách quốc tế", period=M8),
    F("giá 80.000-120.000", "80.000", 80000, "money", "đồng/người", value_max=120000,
      subject="giá mỗi lượt trải nghiệm làm giấy"),
    F("chừng 45 phút", "45", 45, "measure", "phút", approx="about",
      subject="thời gian mỗi lượt trải nghiệm làm giấy"),
    F("58 tuổi", "58", 58, "measure", "tuổi", optional=True, subject="tuổi bà Tẩn Mẩy"),
    F("liền hai ngày", "hai", 2, "measure", "ngày", optional=True, subject="thời gian nấu vỏ dó"),
    F("khoảng 400 tờ", "400", 400, "measure", "tờ/tháng", approx="about",
      subject="giấy dó gia đình bà Tẩn Mẩy bán được mỗi tháng"),
    F("hơn 150 sản phẩm", "150", 150, "measure", "sản phẩm/tháng", approx="over",
      subject="sản phẩm lưu niệm gia đình bà Tẩn Mẩy bán được mỗi tháng"),
    F("về 12-15 triệu", "12", 12000000, "money", "đồng/tháng", value_max=15000000,
      change=C("increase", 3, "lần", "thu nhập từ trồng lúa trước đây"),
      subject="thu nhập từ bán giấy dó và sản phẩm lưu niệm của gia đình bà Tẩn Mẩy"),
    F("có 5 điểm", "5", 5, "count", "điểm du lịch cộng đồng",
      subject="điểm du lịch cộng đồng gắn với nghề thủ công truyền thống", period=Y23),
    F("khoảng 7,8 tỷ", "7,8", 7800000000, "money", "đồng", approx="about",
      subject="doanh thu từ bán sản phẩm thủ công", period=Y23),
    F("có 18 sản phẩm", "18", 18, "count", "sản phẩm", location="Lào Cai",
      subject="sản phẩm thủ công đạt OCOP 3 sao trở lên"),
    F("đó 4 sản phẩm", "4", 4, "count", "sản phẩm", total=18, location="Lào Cai",
      subject="sản phẩm OCOP làm từ giấy dó"),
    F("đầu tư 2,5 tỷ", "2,5", 2500000000, "money", "đồng", status="forecast",
      subject="vốn đầu tư xây nhà trưng bày giấy dó tại Tả Phìn", period=Y25),
    F("thêm 3 điểm", "3", 3, "count", "điểm trải nghiệm", status="forecast",
      subject="điểm trải nghiệm làm giấy dó mở thêm", period=Y25),
]

NOTES = [
    "National newspaper, 'Thứ Bảy, 14/09/2024, 09:15 (GMT+7)' (published), byline at the end.",
    "Default location Sa Pa (thị xã; xã Tả Phìn is a commune of it); the OCOP products of 'Toàn tỉnh Lào Cai' are Lào Cai.",
    "'hàng chục nghìn lượt khách' (tens of thousands) is optional: a vague amount. '58 tuổi', 'nấu liền hai ngày' optional.",
    "'trong đó khách quốc tế chiếm gần 55%' is the share of a part, not of the 41.000: a percent figure of its own, no attribute.",
    "'Trung bình mỗi tháng ... 400 tờ ... hơn 150 sản phẩm' are monthly rates (measure, '/tháng'); the income '12-15 triệu đồng'",
    "in the same sentence is a monthly income; 'gấp ba lần thu nhập từ trồng lúa' is its change (3 lần, number word).",
    "Distractors: 09:15, (GMT+7), 'OCOP 3 sao' (a rating), 'thôn Sả Xéng', 'đời ông bà'. The 5 points of Sa Pa are not the whole of the 3 new points.",
]

if __name__ == "__main__":
    write("p1237-6", TEXT, NOTES, FIGS, published="2024-09-14", location="Sa Pa")
