"""p1467-5: provincial Party newspaper (Báo Bắc Giang): a bathroom-mirror workshop in Việt Yên."""
from lib import F, period, inherited, change, target, write

TEXT = """Báo Bắc Giang điện tử
Kinh tế > Doanh nghiệp - Doanh nhân

Chàng trai 8X và xưởng gương phòng tắm bạc tỷ

Thứ Hai, 22/04/2024 - 06:45

(BGĐT) - Từ một xưởng cắt kính nhỏ, anh Nguyễn Văn Tùng ở thị trấn Nếnh, huyện Việt Yên đã gây dựng thương hiệu gương phòng tắm Tùng Lâm với doanh thu hơn 6 tỷ đồng mỗi năm.

Năm 2017, sau ba năm làm thuê cho một cơ sở gương kính ở Bắc Ninh, anh Tùng vay 300 triệu đồng mở xưởng rộng khoảng 80 m2 với hai thợ phụ. Hiện nay, xưởng rộng 600 m2, có 14 công nhân, được trang bị hai máy cắt CNC, một máy mài cạnh tự động và một lò sấy. Mỗi tháng, xưởng làm ra khoảng 1.500 chiếc gương với ba chục mẫu mã, chủ yếu là gương tròn, gương chữ nhật có đèn LED và gương cảm ứng chống mờ.

Gương tròn đèn LED đường kính 60 cm của xưởng có giá 850.000 đồng/chiếc, thấp hơn khoảng 20% so với hàng cùng loại nhập khẩu. Năm 2023, doanh thu của xưởng đạt hơn 6,3 tỷ đồng, lãi khoảng 900 triệu đồng; thu nhập của công nhân từ 8 đến 11 triệu đồng/người/tháng. Năm nay, anh Tùng dự kiến mở rộng thêm 400 m2 nhà xưởng và tuyển thêm 6 lao động.

Theo Sở Công Thương, toàn tỉnh hiện có 31 cơ sở sản xuất, gia công gương kính, trong đó 12 cơ sở tại huyện Việt Yên; tổng doanh thu năm 2023 ước khoảng 240 tỷ đồng. Tỉnh đang hỗ trợ các cơ sở tham gia Chương trình OCOP và kết nối tiêu thụ qua sàn thương mại điện tử.

HOÀNG MAI

Tin cùng chuyên mục:
- Bắc Giang: Doanh nghiệp phụ trợ tìm cơ hội tại Hội chợ 2024
- Việt Yên: Cấp phép xây dựng nhà xưởng tại Khu công nghiệp Quang Châu
"""

Y17 = period("Năm 2017", "2017-01-01", "2017-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = period("năm 2023", "2023-01-01", "2023-12-31")
NOW = period("Năm nay", "2024-01-01", "2024-12-31")
BG = "Bắc Giang"

FIGS = [
    F("hơn 6 tỷ", "6", 6e9, "money", "đồng/năm", "doanh thu thương hiệu gương phòng tắm Tùng Lâm", approx="over"),
    F("sau ba năm", "ba", 3, "measure", "năm", "thời gian anh Tùng làm thuê", Y17, optional=True),
    F("vay 300 triệu", "300", 300e6, "money", "đồng", "vốn anh Tùng vay mở xưởng", Y17),
    F("khoảng 80 m2", "80", 80, "measure", "m2", "diện tích xưởng", Y17, approx="about"),
    F("hai thợ phụ", "hai", 2, "count", "thợ phụ", "thợ phụ", Y17),
    F("rộng 600 m2", "600", 600, "measure", "m2", "diện tích xưởng"),
    F("có 14 công nhân", "14", 14, "count", "công nhân", "công nhân của xưởng"),
    F("hai máy cắt CNC", "hai", 2, "count", "máy cắt CNC", "máy cắt CNC"),
    F("một máy mài", "một", 1, "count", "máy mài cạnh", "máy mài cạnh tự động"),
    F("một lò sấy", "một", 1, "count", "lò sấy", "lò sấy"),
    F("khoảng 1.500 chiếc", "1.500", 1500, "measure", "chiếc/tháng", "gương xưởng làm ra mỗi tháng", approx="about"),
    F("ba chục mẫu", "ba", 30, "count", "mẫu mã", "mẫu mã gương"),
    F("đường kính 60 cm", "60", 60, "measure", "cm", "đường kính gương tròn đèn LED", optional=True),
    F("giá 850.000", "850.000", 850000, "money", "đồng/chiếc", "giá gương tròn đèn LED của xưởng",
      change=change("decrease", 20, "%", "hàng cùng loại nhập khẩu", approx="about")),
    F("hơn 6,3 tỷ", "6,3", 6.3e9, "money", "đồng", "doanh thu của xưởng", Y23, approx="over"),
    F("khoảng 900 triệu", "900", 900e6, "money", "đồng", "lãi của xưởng", Y23, approx="about"),
    F("từ 8 đến 11 triệu", "8", 8e6, "money", "đồng/người/tháng", "thu nhập của công nhân", Y23, value_max=11e6),
    F("thêm 400 m2", "400", 400, "measure", "m2", "nhà xưởng mở rộng thêm", NOW, status="forecast"),
    F("thêm 6 lao động", "6", 6, "count", "lao động", "lao động tuyển thêm", NOW, status="forecast"),
    F("có 31 cơ sở", "31", 31, "count", "cơ sở", "cơ sở sản xuất, gia công gương kính", location=BG),
    F("trong đó 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở sản xuất, gia công gương kính", total=31),
    F("khoảng 240 tỷ", "240", 240e9, "money", "đồng", "tổng doanh thu các cơ sở sản xuất, gia công gương kính",
      Y23b, approx="about", status="estimate", location=BG),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): section path, headline, 'Thứ Hai, 22/04/2024 - 06:45', tag '(BGĐT) -', sapo, byline HOÀNG MAI, related links.",
    "Distractors: '8X' (a generation label), 06:45, 'Hội chợ 2024' in a link, 'Khu công nghiệp Quang Châu'.",
    "The workshop is in thị trấn Nếnh, huyện Việt Yên: default location Việt Yên; 'ở Bắc Ninh' is where he once worked, no figure there.",
    "Province passage: 31 cơ sở and 240 tỷ are Bắc Giang; 'trong đó 12 cơ sở tại huyện Việt Yên' → total 31, location Việt Yên.",
    "After ';' the total revenue goes back to the province. 'ước khoảng' → estimate and about.",
    "Sapo 'hơn 6 tỷ đồng mỗi năm' is a yearly rate (đồng/năm) with no period. 'Năm 2017' dates the start-up figures (300 triệu, 80 m2, hai thợ);",
    "'Hiện nay' figures have no period. 'sau ba năm làm thuê' is a narrative duration (optional); 'đường kính 60 cm' a product size (optional).",
    "'ba chục mẫu mã' = 30. 'thấp hơn khoảng 20% so với hàng cùng loại nhập khẩu' is the price's change (decrease, about).",
    "'Năm nay' = 2024 (dateline); 'dự kiến' governs both clauses → forecast.",
]

if __name__ == "__main__":
    write("p1467-5", TEXT, NOTES, FIGS, published="2024-04-22", location="Việt Yên")
