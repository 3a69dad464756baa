"""p1531-6: national newspaper: hand-painted paper fans in Hội An's old town (feature)."""
from lib import F, period, inherit, change, target, write

TEXT = """Thứ bảy, 15/6/2024, 08:30 (GMT+7)

Quạt giấy vẽ tay hút khách ở phố cổ Hội An

Từ một xưởng nhỏ, chị Trần Thị Mai đưa quạt giấy vẽ tay thành món quà được du khách nước ngoài săn tìm.

Xưởng quạt của chị Mai ở số 112 Nguyễn Thái Học, TP Hội An (Quảng Nam) có 6 thợ vẽ. Trong dịp nghỉ lễ 30/4 - 1/5 vừa qua, xưởng bán được hơn 1.500 chiếc quạt, gấp đôi cùng kỳ năm ngoái. Cả năm 2023, xưởng bán khoảng 18.000 chiếc quạt, doanh thu hơn 1,6 tỷ đồng.

Quạt làm từ giấy dó và nan tre, đường kính từ 21 đến 33 cm. Loại nhỏ giá 40.000 đồng; loại lớn vẽ phố cổ, hoa sen có giá 150.000-250.000 đồng, đắt gấp ba lần quạt in công nghiệp. Mỗi chiếc quạt lớn mất khoảng 2 giờ để vẽ. "Một thợ lành nghề vẽ được chừng 25 chiếc mỗi ngày", chị Mai nói.

Theo UBND TP Hội An, phố cổ hiện có khoảng 40 cửa hàng bán quạt giấy, quạt lụa, trong đó 9 xưởng vừa sản xuất vừa bán. Năm 2023, Hội An đón hơn 4,3 triệu lượt khách, trong đó khách quốc tế chiếm 61%.

Ông Nguyễn Hữu Tài, chủ một cơ sở quạt ở phường Cẩm Phô, cho biết giá giấy dó năm nay tăng khoảng 10% nhưng quạt vẫn bán chạy. Cơ sở của ông đang làm đơn hàng 8.000 chiếc quạt in logo cho một khách sạn ở Đà Nẵng, dự kiến giao trong tháng 7. Cơ sở hiện có 11 lao động, phần lớn là phụ nữ địa phương.

Đắc Thành
"""

HOL = period("dịp nghỉ lễ 30/4 - 1/5", "2024-04-30", "2024-05-01")
FY23 = period("Cả năm 2023", "2023-01-01", "2023-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
NOW = period("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 6 thợ", "6", 6, "count", "thợ vẽ", subject="thợ vẽ của xưởng quạt của chị Mai"),
    F("hơn 1.500", "1.500", 1500, "count", "chiếc", approx="over",
      change=change("increase", 2, "lần", "cùng kỳ năm ngoái"), subject="quạt xưởng bán được", period=HOL),
    F("khoảng 18.000", "18.000", 18000, "count", "chiếc", approx="about",
      subject="quạt xưởng bán", period=FY23),
    F("hơn 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", approx="over", subject="doanh thu", period=FY23),
    F("từ 21 đến 33", "21", 21, "measure", "cm", value_max=33, subject="đường kính quạt"),
    F("giá 40.000", "40.000", 40000, "money", "đồng", subject="giá loại nhỏ"),
    F("giá 150.000-250.000", "150.000", 150000, "money", "đồng", value_max=250000,
      change=change("increase", 3, "lần", "quạt in công nghiệp"),
      subject="giá loại lớn vẽ phố cổ, hoa sen"),
    F("khoảng 2 giờ", "2", 2, "measure", "giờ", approx="about", subject="thời gian vẽ mỗi chiếc quạt lớn"),
    F("chừng 25 chiếc", "25", 25, "measure", "chiếc/ngày", approx="about",
      subject="quạt một thợ lành nghề vẽ được mỗi ngày"),
    F("khoảng 40 cửa hàng", "40", 40, "count", "cửa hàng", approx="about",
      subject="cửa hàng bán quạt giấy, quạt lụa ở phố cổ"),
    F("trong đó 9 xưởng", "9", 9, "count", "xưởng", total=40, subject="xưởng vừa sản xuất vừa bán"),
    F("hơn 4,3 triệu", "4,3", 4.3e6, "count", "lượt khách", approx="over", subject="lượt khách Hội An đón",
      period=Y23),
    F("chiếm 61%", "61", 61, "percent", "%", subject="khách quốc tế", period=Y23),
    F("tăng khoảng 10%", "10", 10, "percent", "%", approx="about", subject="giá giấy dó", period=NOW),
    F("có 11 lao động", "11", 11, "count", "lao động", subject="lao động của cơ sở"),
    F("hàng 8.000", "8.000", 8000, "count", "chiếc", subject="quạt in logo trong đơn hàng của cơ sở"),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 15/6/2024, 08:30 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 08:30, (GMT+7), 'số 112 Nguyễn Thái Học', the holiday dates '30/4 - 1/5', 'trong tháng 7' (a delivery date, not a figure's period).",
    "Location Hội An (a city of Quảng Nam) for every figure; 'một khách sạn ở Đà Nẵng' is the client, not the place of the order.",
    "'dịp nghỉ lễ 30/4 - 1/5' is the period of 1.500 chiếc (2024 from the dateline). 'gấp đôi cùng kỳ năm ngoái' and 'đắt gấp ba lần quạt in công nghiệp' are changes (lần).",
    "'chừng 25 chiếc mỗi ngày' is a rate (measure, chiếc/ngày, about); 'khoảng 2 giờ' a duration measure that is the claim.",
    "'khoảng 40 cửa hàng ..., trong đó 9 xưởng vừa sản xuất vừa bán': part of the whole (total 40). 'trong đó khách quốc tế chiếm 61%' is a percent figure of its own.",
    "Prices of loại nhỏ/loại lớn: unit 'đồng' as written (per fan). 'năm nay' = 2024.",
]

if __name__ == "__main__":
    write("p1531-6", TEXT, NOTES, FIGS, published="2024-06-15", location="Hội An")
