"""p1552-5: provincial Party newspaper (Báo Hưng Yên): a paper-cup maker in huyện Văn Lâm; province context."""
from lib import F, P, inh, C, T, write

TEXT = """BÁO HƯNG YÊN ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Hưng Yên
Kinh tế

Cốc giấy Văn Lâm vươn ra thị trường phía Bắc

21/03/2024 07:30

(BHY) - Từ một xưởng nhỏ với 3 máy dập cốc, sau 5 năm, Công ty TNHH Sản xuất Bao bì Hoàng Lâm ở xã Lạc Đạo, huyện Văn Lâm đã trở thành một trong những đơn vị cung cấp cốc giấy lớn ở phía Bắc, với sản lượng bình quân 20 triệu cốc mỗi tháng.

Năm 2023, công ty đạt doanh thu 186 tỷ đồng, gấp 2,5 lần năm 2020; lợi nhuận sau thuế hơn 9 tỷ đồng. Hiện công ty có 4 dây chuyền in offset, 22 máy tạo cốc tốc độ 120 cốc/phút và 180 công nhân, trong đó 112 lao động nữ, thu nhập bình quân 9,2 triệu đồng/người/tháng.

Sản phẩm chủ lực là cốc giấy 12 oz và 16 oz in logo theo đơn đặt hàng của hơn 300 khách hàng là các chuỗi trà sữa, cà phê. Giá bán buôn từ 450 đến 900 đồng/cốc tùy kích cỡ. Ông Nguyễn Văn Lâm, Giám đốc công ty, cho biết: “Quý I/2024, công ty ước tiêu thụ 62 triệu cốc, tăng 14% so với cùng kỳ. Năm nay, công ty phấn đấu doanh thu đạt 230 tỷ đồng và dự kiến tuyển thêm khoảng 40 lao động”.

Theo Sở Công Thương, toàn tỉnh hiện có 11 cơ sở sản xuất cốc giấy, ống hút giấy, trong đó 7 cơ sở tập trung ở huyện Văn Lâm và thị xã Mỹ Hào. Năm 2023, giá trị sản xuất của nhóm ngành này ước đạt 620 tỷ đồng, chiếm 0,4% giá trị sản xuất công nghiệp toàn tỉnh.

PHƯƠNG LINH

Từ khóa: cốc giấy, Văn Lâm, bao bì
Bình luận (0)
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
NAY = P("Năm nay", "2024-01-01", "2024-12-31")
HY = "Hưng Yên"

FIGS = [
    F("với 3 máy", "3", 3, "count", "máy dập cốc", subject="máy dập cốc của xưởng nhỏ"),
    F("bình quân 20 triệu", "20", 20e6, "measure", "cốc/tháng", subject="sản lượng bình quân"),
    F("doanh thu 186 tỷ", "186", 186e9, "money", "đồng", change=C("increase", 2.5, "lần", "năm 2020"),
      subject="doanh thu", period=Y23),
    F("hơn 9 tỷ", "9", 9e9, "money", "đồng", approx="over", subject="lợi nhuận sau thuế", period=Y23),
    F("có 4 dây chuyền", "4", 4, "count", "dây chuyền", subject="dây chuyền in offset"),
    F("22 máy", "22", 22, "count", "máy tạo cốc", subject="máy tạo cốc"),
    F("120 cốc/phút", "120", 120, "measure", "cốc/phút", subject="tốc độ máy tạo cốc"),
    F("180 công nhân", "180", 180, "count", "công nhân", subject="công nhân"),
    F("112 lao động", "112", 112, "count", "lao động nữ", total=180, subject="lao động nữ"),
    F("9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    F("12 oz", "12", 12, "measure", "oz", optional=True),
    F("16 oz", "16", 16, "measure", "oz", optional=True),
    F("hơn 300 khách", "300", 300, "count", "khách hàng", approx="over",
      subject="khách hàng là các chuỗi trà sữa, cà phê"),
    F("từ 450 đến 900", "450", 450, "money", "đồng/cốc", value_max=900, subject="giá bán buôn"),
    F("tiêu thụ 62 triệu", "62", 62e6, "count", "cốc", status="estimate",
      change=C("increase", 14, "%", "cùng kỳ"), subject="cốc công ty tiêu thụ", period=Q1),
    F("đạt 230 tỷ", "230", 230e9, "money", "đồng", status="target", subject="doanh thu", period=NAY),
    F("khoảng 40 lao động", "40", 40, "count", "lao động", approx="about", status="forecast",
      subject="lao động tuyển thêm", period=NAY),
    F("có 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở sản xuất cốc giấy, ống hút giấy", location=HY),
    F("trong đó 7 cơ sở", "7", 7, "count", "cơ sở", total=11,
      subject="cơ sở sản xuất cốc giấy, ống hút giấy tập trung ở huyện Văn Lâm và thị xã Mỹ Hào", location=HY),
    F("ước đạt 620 tỷ", "620", 620e9, "money", "đồng", status="estimate", percent=0.4,
      subject="giá trị sản xuất của nhóm ngành cốc giấy, ống hút giấy", period=Y23, location=HY),
]

NOTES = [
    "Provincial Party newspaper (Báo Hưng Yên): tag '(BHY) -', sapo, date '21/03/2024 07:30', byline PHƯƠNG LINH, keywords, comment count.",
    "Distractors: 07:30, 'sau 5 năm' (a duration), 'một trong những' (idiom), baseline 'năm 2020', 'Bình luận (0)'.",
    "'cốc giấy 12 oz và 16 oz' are product sizes (optional, like a bottle size).",
    "The company passage is in huyện Văn Lâm (default location); the Sở Công Thương paragraph ('toàn tỉnh') is Hưng Yên,",
    "also the 7 cơ sở spread over two districts. 'gấp 2,5 lần năm 2020' is the change of 186 tỷ (unit lần).",
    "In the quote, 'ước tiêu thụ' → estimate; 'phấn đấu' → target for 230 tỷ; 'dự kiến' governs its own clause → forecast for 40.",
    "'Hiện ...' standing figures (lines, machines, workers, wage) have no period.",
]

if __name__ == "__main__":
    write("p1552-5", TEXT, NOTES, FIGS, published="2024-03-21", location="Văn Lâm")
