"""p1195-6: national newspaper (VnExpress style), Phước Hải anchovy season, Bà Rịa - Vũng Tàu."""
from lib import F, P, I, C, T, write

TEXT = """Thứ bảy, 16/3/2024, 08:15 (GMT+7)

Ngư dân Phước Hải trúng đậm cá cơm đầu mùa

Mỗi chuyến ra khơi chưa đến 10 tiếng, tàu lưới rút của ngư dân thị trấn Phước Hải, huyện Đất Đỏ, tỉnh Bà Rịa - Vũng Tàu thu về 3-5 tấn cá cơm, chủ tàu lãi 15-20 triệu đồng.

Rạng sáng 15/3, cảng cá Phước Hải tấp nập ghe thuyền cập bến. Ông Nguyễn Văn Lực, 52 tuổi, chủ tàu BV 92468 TS, cho biết chuyến biển đêm qua tàu ông đánh được gần 4 tấn cá cơm than, bán tại cảng giá 14.000 đồng/kg, thu hơn 55 triệu đồng. Trừ chi phí dầu, đá và tiền công cho 8 bạn thuyền, ông còn lãi khoảng 20 triệu đồng.

Theo Chi cục Thủy sản tỉnh, từ đầu tháng 2 đến nay ngư dân trong tỉnh đã khai thác trên 9.600 tấn cá cơm, gấp 1,4 lần cùng kỳ năm ngoái. Toàn tỉnh có 412 tàu lưới rút, lưới vây khai thác cá cơm, trong đó huyện Đất Đỏ 186 chiếc.

Tại các lò hấp ở xã Lộc An (huyện Đất Đỏ), cá cơm được luộc chín rồi rải trên giàn phơi. Bà Trần Thị Mai, chủ một lò hấp, cho biết mỗi ngày lò nhập 5 tấn cá tươi, thuê 20 lao động, trả công 300.000-350.000 đồng mỗi người một ngày. Cá khô được thương lái thu mua với giá 120.000-150.000 đồng/kg, chủ yếu đưa đi TP HCM và các tỉnh miền Tây.

Theo Bộ Nông nghiệp và Phát triển nông thôn, cả nước hiện có khoảng 4.500 tàu khai thác cá cơm; năm 2023, giá cá cơm khô xuất khẩu bình quân đạt 7,2 USD/kg.

Hoàng Nam
"""

SINCE = P("từ đầu tháng 2 đến nay", "2024-02-01", "2024-03-16")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
DD = "Đất Đỏ"

FIGS = [
    F("chưa đến 10 tiếng", "10", 10, "measure", "tiếng", approx="under",
      subject="thời gian mỗi chuyến ra khơi của tàu lưới rút", location=DD),
    F("thu về 3-5 tấn", "3", 3, "measure", "tấn/chuyến", value_max=5,
      subject="cá cơm tàu lưới rút thu về mỗi chuyến", location=DD),
    F("lãi 15-20 triệu", "15", 15000000, "money", "đồng", value_max=20000000,
      subject="lãi của chủ tàu mỗi chuyến", location=DD),
    F("52 tuổi", "52", 52, "measure", "tuổi", optional=True, subject="tuổi ông Nguyễn Văn Lực", location=DD),
    F("gần 4 tấn", "4", 4, "measure", "tấn", approx="nearly",
      subject="cá cơm than tàu ông Lực đánh được chuyến biển đêm qua", location=DD),
    F("giá 14.000 đồng/kg", "14.000", 14000, "money", "đồng/kg", subject="giá bán cá cơm than tại cảng",
      location=DD),
    F("hơn 55 triệu", "55", 55000000, "money", "đồng", approx="over", subject="tiền thu từ chuyến biển",
      location=DD),
    F("cho 8 bạn thuyền", "8", 8, "count", "bạn thuyền", subject="bạn thuyền trên tàu", location=DD),
    F("khoảng 20 triệu", "20", 20000000, "money", "đồng", approx="about",
      subject="lãi của chủ tàu sau khi trừ chi phí", location=DD),
    F("trên 9.600 tấn", "9.600", 9600, "measure", "tấn", approx="over",
      change=C("increase", 1.4, "lần", "cùng kỳ năm ngoái"),
      subject="sản lượng cá cơm ngư dân trong tỉnh khai thác", period=SINCE),
    F("có 412 tàu", "412", 412, "count", "tàu", subject="tàu lưới rút, lưới vây khai thác cá cơm"),
    F("Đất Đỏ 186 chiếc", "186", 186, "count", "chiếc", total=412,
      subject="tàu lưới rút, lưới vây khai thác cá cơm", location=DD),
    F("nhập 5 tấn", "5", 5, "measure", "tấn/ngày", subject="cá tươi lò hấp nhập mỗi ngày", location=DD),
    F("thuê 20 lao động", "20", 20, "count", "lao động", subject="lao động lò hấp thuê", location=DD),
    F("300.000-350.000", "300.000", 300000, "money", "đồng/người/ngày", value_max=350000,
      subject="tiền công lao động lò hấp", location=DD),
    F("120.000-150.000", "120.000", 120000, "money", "đồng/kg", value_max=150000,
      subject="giá thương lái thu mua cá cơm khô", location=DD),
    F("khoảng 4.500 tàu", "4.500", 4500, "count", "tàu", approx="about", subject="tàu khai thác cá cơm",
      location="Việt Nam"),
    F("đạt 7,2 USD/kg", "7,2", 7.2, "money", "USD/kg", subject="giá cá cơm khô xuất khẩu bình quân",
      period=Y23, location="Việt Nam"),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 16/3/2024, 08:15 (GMT+7)', byline at the end. Default location Bà Rịa - Vũng Tàu (province figures);",
    "the boat of ông Lực at Phước Hải and the steaming kiln at xã Lộc An are in huyện Đất Đỏ: location Đất Đỏ for all their figures;",
    "the last paragraph is national (Việt Nam).",
    "Distractors: time 08:15, '(GMT+7)', 'Rạng sáng 15/3', boat number 'BV 92468 TS', 'mỗi người một ngày' (the 'một' is the rate's denominator).",
    "'52 tuổi' is a person's age (optional). 'gấp 1,4 lần cùng kỳ năm ngoái' after the catch is its change (lần).",
    "'từ đầu tháng 2 đến nay' = 2024-02-01 .. published. Trip length 'chưa đến 10 tiếng' is a measure (under).",
]

if __name__ == "__main__":
    write("p1195-6", TEXT, NOTES, FIGS, published="2024-03-16", location="Bà Rịa - Vũng Tàu")
