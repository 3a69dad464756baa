"""p819-1: province portal (Thái Bình), làng nghề chạm bạc Đồng Xâm, huyện Kiến Xương."""
from lib import C, F, I, P, write

TEXT = """Cổng thông tin điện tử tỉnh Thái Bình
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Làng chạm bạc Đồng Xâm thu về hơn 150 tỷ đồng mỗi năm

Cập nhật: 14/08/2024 09:10 | Lượt xem: 2.315

Làng nghề chạm bạc Đồng Xâm (xã Hồng Thái, huyện Kiến Xương) được UBND tỉnh công nhận theo Quyết định số 2187/QĐ-UBND ngày 15/10/2012. Hiện làng có 412 hộ làm nghề với khoảng 1.300 lao động thường xuyên. Làng có 27 nghệ nhân được công nhận, gồm 3 Nghệ nhân Nhân dân và 24 Nghệ nhân Ưu tú.

Theo UBND xã Hồng Thái, 6 tháng đầu năm 2024, giá trị sản xuất của làng nghề ước đạt 82,6 tỷ đồng, tăng 12,4% so với cùng kỳ năm 2023 và bằng 53,3% kế hoạch năm. Lượng bạc nguyên liệu tiêu thụ khoảng 2,8 tấn.

Hiện giá bạc thỏi tại địa phương dao động từ 1,05 đến 1,12 triệu đồng/lượng, cao hơn khoảng 20% so với đầu năm. Thu nhập bình quân của thợ chạm đạt 9,5 triệu đồng/người/tháng, thợ có tay nghề cao đạt trên 15 triệu đồng/người/tháng.

Sản phẩm của làng gồm hơn 200 mẫu mã, từ khay, đĩa, bình trà đến đồ thờ và trang sức; khoảng 35% sản phẩm được bán cho khách du lịch và các cửa hàng tại Hà Nội, TP Hồ Chí Minh. Năm 2023, làng nghề đón trên 6.500 lượt khách tham quan, gấp 1,6 lần năm 2022.

Tuy nhiên, mới có 38 cơ sở đăng ký sử dụng nhãn hiệu tập thể "Bạc Đồng Xâm", chiếm 9,2% số hộ làm nghề. Mục tiêu đến năm 2025, làng nghề đạt giá trị sản xuất 180 tỷ đồng, đào tạo thêm 150 thợ trẻ và có ít nhất 5 sản phẩm đạt chứng nhận OCOP 4 sao.
"""

NOTES = [
    "Province portal of Thái Bình: the silver-carving village Đồng Xâm (xã Hồng Thái, huyện Kiến Xương), 6 months of 2024.",
    "Every figure describes the village, so location is the district Kiến Xương (also the headline figure).",
    "Hà Nội, TP Hồ Chí Minh are where products are sold, not the place of the 35%. 'OCOP 4 sao' is a rating level (not a figure),",
    "'Quyết định số 2187/QĐ-UBND ngày 15/10/2012', 'Lượt xem: 2.315' and the dateline are distractors.",
    "2,8 tấn inherits '6 tháng đầu năm 2024' from the sentence before; sentences opened by 'Hiện' get no period.",
]

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("thu về hơn 150 tỷ đồng", "150", 150e9, "money", "đồng", approx="over",
      subject="tiền thu về mỗi năm của làng chạm bạc Đồng Xâm"),
    F("có 412 hộ", "412", 412, "count", "hộ", subject="hộ làm nghề chạm bạc"),
    F("khoảng 1.300 lao động", "1.300", 1300, "count", "lao động", approx="about",
      subject="lao động thường xuyên"),
    F("có 27 nghệ nhân", "27", 27, "count", "nghệ nhân", subject="nghệ nhân được công nhận"),
    F("gồm 3 Nghệ nhân", "3", 3, "count", "nghệ nhân", total=27, subject="Nghệ nhân Nhân dân"),
    F("và 24 Nghệ nhân", "24", 24, "count", "nghệ nhân", total=27, subject="Nghệ nhân Ưu tú"),
    F("ước đạt 82,6 tỷ đồng", "82,6", 82.6e9, "money", "đồng", percent=53.3,
      change=C("increase", 12.4, "%", "cùng kỳ năm 2023"), status="estimate",
      subject="giá trị sản xuất của làng nghề", period=H1),
    F("khoảng 2,8 tấn", "2,8", 2.8, "measure", "tấn", approx="about",
      subject="bạc nguyên liệu tiêu thụ", period=I(H1)),
    F("từ 1,05 đến 1,12 triệu", "1,05", 1.05e6, "money", "đồng/lượng", value_max=1.12e6,
      change=C("increase", 20, "%", "đầu năm", approx="about"), subject="giá bạc thỏi tại địa phương"),
    F("đạt 9,5 triệu", "9,5", 9.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân của thợ chạm"),
    F("trên 15 triệu", "15", 15e6, "money", "đồng/người/tháng", approx="over",
      subject="thu nhập của thợ có tay nghề cao"),
    F("hơn 200 mẫu mã", "200", 200, "count", "mẫu mã", approx="over", subject="mẫu mã sản phẩm của làng"),
    F("khoảng 35% sản phẩm", "35", 35, "percent", "%", approx="about",
      subject="sản phẩm được bán cho khách du lịch và các cửa hàng"),
    F("trên 6.500 lượt khách", "6.500", 6500, "count", "lượt khách", approx="over",
      change=C("increase", 1.6, "lần", "năm 2022"), subject="lượt khách tham quan làng nghề",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("có 38 cơ sở", "38", 38, "count", "cơ sở", percent=9.2,
      subject="cơ sở đăng ký sử dụng nhãn hiệu tập thể Bạc Đồng Xâm"),
    F("sản xuất 180 tỷ đồng", "180", 180e9, "money", "đồng", status="target",
      subject="giá trị sản xuất của làng nghề", period=Y25),
    F("thêm 150 thợ trẻ", "150", 150, "count", "thợ trẻ", status="target",
      subject="thợ trẻ được đào tạo thêm", period=Y25),
    F("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm đạt chứng nhận OCOP 4 sao", period=Y25),
]

write(1, TEXT, NOTES, FIGS, published="2024-08-14", location="Kiến Xương")
