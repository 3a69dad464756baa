"""p874-5: provincial Party newspaper (Báo Quảng Nam), Phước Kiều bronze gong village, byline + bare date at end."""
from lib import F, period, inherit, change, write

TEXT = """Kinh tế
Làng đúc đồng Phước Kiều vào mùa đơn hàng

Những ngày đầu năm, không khí tại làng đúc đồng Phước Kiều (phường Điện Phương, thị xã Điện Bàn) nhộn nhịp hơn hẳn. Toàn làng hiện có 42 cơ sở đúc, với khoảng 180 lao động, trong đó 9 nghệ nhân được công nhận.

Ông Dương Văn Sáu, chủ một lò đúc lâu năm ở tổ dân phố 4, cho biết từ đầu năm đến nay cơ sở đã nhận 26 đơn hàng cồng chiêng cho các tỉnh Tây Nguyên và Lào, tổng giá trị gần 1,4 tỷ đồng. Theo ông Sáu, một bộ chiêng 3 chiếc có giá từ 15 đến 20 triệu đồng, bộ cồng chiêng 12 chiếc giá khoảng 60 triệu đồng; mỗi năm cơ sở dùng chừng 4 tấn đồng nguyên liệu.

Năm 2024, doanh thu của làng nghề đạt khoảng 52 tỷ đồng, tăng 18% so với năm 2023; tiền công thợ đúc từ 250.000 đến 400.000 đồng/ngày. Phước Kiều cũng là điểm đến trên tuyến du lịch Hội An - Điện Bàn. Năm ngoái, làng đón hơn 35.000 lượt khách, gấp 2,5 lần năm 2023, trong đó khách quốc tế chiếm 62%.

Theo UBND thị xã Điện Bàn, năm 2025 thị xã dự kiến chi 500 triệu đồng xây dựng không gian trưng bày sản phẩm đồng; phấn đấu đến năm 2027 có 3 sản phẩm đồng Phước Kiều đạt chuẩn OCOP. Toàn tỉnh Quảng Nam hiện có 326 sản phẩm OCOP, trong đó chỉ 14 sản phẩm thuộc nhóm thủ công mỹ nghệ.

Nghệ nhân Dương Văn Sáu chia sẻ, điều ông lo nhất là lớp thợ trẻ: cả làng chỉ còn khoảng 20 thợ dưới 35 tuổi theo nghề.

HỮU THẮNG
18/03/2025
"""

SINCE = period("từ đầu năm đến nay", "2025-01-01", "2025-03-18")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
LAST = period("Năm ngoái", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
T27 = period("đến năm 2027", None, "2027-12-31")

FIGS = [
    F("có 42 cơ sở", "42", 42, "count", "cơ sở", "cơ sở đúc đồng"),
    F("khoảng 180 lao động", "180", 180, "count", "lao động", "lao động làng nghề", approx="about"),
    F("trong đó 9 nghệ nhân", "9", 9, "count", "nghệ nhân", "nghệ nhân được công nhận", total=180),
    F("nhận 26 đơn hàng", "26", 26, "count", "đơn hàng", "đơn hàng cồng chiêng", SINCE),
    F("gần 1,4 tỷ đồng", "1,4", 1.4e9, "money", "đồng", "tổng giá trị đơn hàng cồng chiêng", SINCE,
      approx="nearly"),
    F("bộ chiêng 3 chiếc", "3", 3, "count", "chiếc", "số chiếc một bộ chiêng", optional=True),
    F("từ 15 đến 20 triệu", "15", 15e6, "money", "đồng", "giá một bộ chiêng", value_max=20e6),
    F("cồng chiêng 12 chiếc", "12", 12, "count", "chiếc", "số chiếc một bộ cồng chiêng", optional=True),
    F("khoảng 60 triệu", "60", 60e6, "money", "đồng", "giá bộ cồng chiêng 12 chiếc", approx="about"),
    F("chừng 4 tấn", "4", 4, "measure", "tấn", "đồng nguyên liệu dùng mỗi năm", approx="about"),
    F("khoảng 52 tỷ đồng", "52", 52e9, "money", "đồng", "doanh thu của làng nghề", Y24, approx="about",
      change=change("increase", 18, "%", "năm 2023")),
    F("từ 250.000 đến 400.000", "250.000", 250000, "money", "đồng/ngày", "tiền công thợ đúc", Y24,
      value_max=400000),
    F("hơn 35.000 lượt khách", "35.000", 35000, "count", "lượt khách", "lượt khách đến làng", LAST,
      approx="over", change=change("increase", 2.5, "lần", "năm 2023")),
    F("quốc tế chiếm 62%", "62", 62, "percent", "%", "khách quốc tế", LAST),
    F("chi 500 triệu đồng", "500", 500e6, "money", "đồng", "kinh phí xây dựng không gian trưng bày sản phẩm đồng",
      Y25, status="forecast"),
    F("có 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm đồng Phước Kiều đạt chuẩn OCOP", T27,
      status="target"),
    F("có 326 sản phẩm", "326", 326, "count", "sản phẩm", "sản phẩm OCOP", location="Quảng Nam"),
    F("chỉ 14 sản phẩm", "14", 14, "count", "sản phẩm", "sản phẩm OCOP nhóm thủ công mỹ nghệ", total=326,
      location="Quảng Nam"),
    F("khoảng 20 thợ", "20", 20, "count", "thợ", "thợ dưới 35 tuổi theo nghề", approx="about"),
    F("dưới 35 tuổi", "35", 35, "measure", "tuổi", "tuổi thợ", approx="under", optional=True),
]

COMMENTS = [
    "Báo Quảng Nam (Party paper): làng đúc đồng Phước Kiều (phường Điện Phương, thị xã Điện Bàn); byline 'HỮU THẮNG' and bare date 18/03/2025 at the end.",
    "Location is the town Điện Bàn (district level); the province's OCOP counts are Quảng Nam. Buyers in Tây Nguyên and Lào are not places of the figures.",
    "'từ đầu năm đến nay' = 2025-01-01..2025-03-18; 'Năm ngoái' = 2024. '9 nghệ nhân' after 'trong đó' is a part of the 180 workers.",
    "'gấp 2,5 lần năm 2023' after an amount: its change (lần); 'khách quốc tế chiếm 62%' is a part's share: a figure of its own.",
    "Set sizes of the example gongs (3 chiếc, 12 chiếc) and the age threshold 'dưới 35 tuổi' are optional.",
    "Distractors: 'Dương Văn Sáu' (name with a number word), 'tổ dân phố 4', byline date.",
]

if __name__ == "__main__":
    write(5, TEXT, COMMENTS, FIGS, published="2025-03-18", location="Điện Bàn")
