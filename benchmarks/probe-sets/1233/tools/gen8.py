"""p1233-8: provincial newspaper online (Báo An Giang, tag '(AGO) -'), the Phú Hiệp forge village in huyện Phú Tân, 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """BÁO AN GIANG ONLINE
Kinh tế > Công nghiệp - Tiểu thủ công nghiệp

Làng rèn Phú Hiệp: 9 tháng doanh thu ước đạt 13,7 tỷ đồng

Cập nhật: Thứ Ba, 29/10/2024 - 16:40

(AGO) - 9 tháng năm 2024, làng rèn Phú Hiệp (huyện Phú Tân) sản xuất gần 210.000 sản phẩm dao, phảng, cuốc, lưỡi cày; doanh thu ước đạt 13,7 tỷ đồng, đạt 81,5% kế hoạch năm, tăng 1,2 tỷ đồng so với cùng kỳ. Phảng, dao và cuốc chiếm lần lượt 45%, 30% và 15% sản lượng.

Làng hiện có 74 lò rèn đang hoạt động, giảm 9 lò so với năm 2020, thu hút hơn 250 lao động, trong đó khoảng 40% là lao động nữ làm khâu mài, tra cán, đóng gói. Mỗi lò bình quân sử dụng 3-4 lao động, tiền công từ 250.000 đến 400.000 đồng/người/ngày.

Lò rèn của ông Lê Văn Sáu ở ấp Phú Thạnh là một trong những lò lâu đời nhất, truyền qua ba đời. Ông Sáu cho biết, vào mùa nước nổi lò nhận nhiều đơn đặt hàng phảng, dao từ Campuchia, mỗi tháng bán khoảng 1.500 sản phẩm, lời chừng 25 triệu đồng. Phảng Phú Hiệp được nông dân nhiều tỉnh miền Tây ưa chuộng nhờ bén và bền.

Theo UBND huyện Phú Tân, năm 2024 huyện phấn đấu doanh thu làng nghề rèn cả năm đạt 16,8 tỷ đồng. Dự kiến trong quý IV, huyện sẽ hỗ trợ 10 lò chuyển sang dùng lò nung điện cảm ứng, giúp giảm khoảng 60% lượng than đá tiêu thụ.

Toàn tỉnh An Giang hiện có 4 làng nghề rèn được công nhận, trong đó huyện Phú Tân có 2 làng.

THANH TIẾN
"""

M9H = P("9 tháng", "2024-01-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
SAU = "lò rèn của ông Lê Văn Sáu"

FIGS = [
    F("9 tháng doanh thu ước đạt 13,7", "13,7", 13.7e9, "money", "đồng", status="estimate",
      subject="doanh thu làng rèn Phú Hiệp", period=M9H),
    F("gần 210.000 sản phẩm", "210.000", 210000, "count", "sản phẩm", approx="nearly",
      subject="sản phẩm dao, phảng, cuốc, lưỡi cày làng rèn Phú Hiệp sản xuất", period=M9),
    F("ước đạt 13,7 tỷ đồng, đạt", "13,7", 13.7e9, "money", "đồng", percent=81.5, status="estimate",
      change=C("increase", 1.2e9, "đồng", "cùng kỳ"),
      subject="doanh thu làng rèn Phú Hiệp", period=M9),
    F("lần lượt 45%", "45", 45, "percent", "%", subject="tỷ trọng phảng trong sản lượng", period=I(M9)),
    F("45%, 30%", "30", 30, "percent", "%", subject="tỷ trọng dao trong sản lượng", period=I(M9)),
    F("và 15% sản lượng", "15", 15, "percent", "%", subject="tỷ trọng cuốc trong sản lượng", period=I(M9)),
    F("có 74 lò rèn", "74", 74, "count", "lò rèn", change=C("decrease", 9, "lò", "năm 2020"),
      subject="lò rèn đang hoạt động"),
    F("hơn 250 lao động", "250", 250, "count", "lao động", approx="over",
      subject="lao động các lò rèn thu hút"),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="lao động nữ làm khâu mài, tra cán, đóng gói"),
    F("3-4 lao động", "3", 3, "measure", "lao động/lò", value_max=4,
      subject="lao động bình quân mỗi lò sử dụng"),
    F("từ 250.000 đến 400.000", "250.000", 250000, "money", "đồng/người/ngày", value_max=400000,
      subject="tiền công lao động lò rèn"),
    F("ba đời", "ba", 3, "count", "đời", optional=True, subject=f"đời truyền nghề {SAU}"),
    F("khoảng 1.500 sản phẩm", "1.500", 1500, "measure", "sản phẩm/tháng", approx="about",
      subject=f"sản phẩm {SAU} bán mỗi tháng"),
    F("chừng 25 triệu", "25", 25e6, "money", "đồng/tháng", approx="about",
      subject=f"tiền lời {SAU} mỗi tháng"),
    F("đạt 16,8 tỷ", "16,8", 16.8e9, "money", "đồng", status="target",
      subject="doanh thu làng nghề rèn cả năm", period=Y24),
    F("hỗ trợ 10 lò", "10", 10, "count", "lò", status="forecast",
      subject="lò chuyển sang dùng lò nung điện cảm ứng được hỗ trợ", period=Q4),
    F("khoảng 60%", "60", 60, "percent", "%", approx="about", status="forecast",
      subject="lượng than đá tiêu thụ giảm"),
    F("có 4 làng nghề", "4", 4, "count", "làng nghề", location="An Giang",
      subject="làng nghề rèn được công nhận"),
    F("có 2 làng", "2", 2, "count", "làng", total=4, subject="làng nghề rèn được công nhận"),
]

NOTES = [
    "Provincial newspaper online (Báo An Giang): headline figure, 'Cập nhật: Thứ Ba, 29/10/2024 - 16:40' (published), tag '(AGO) -', byline at the end.",
    "Place: làng rèn Phú Hiệp (huyện Phú Tân) -> default location Phú Tân; the province-wide count of 4 villages -> An Giang.",
    "Distractors: 16:40, '(AGO)', 'ông Lê Văn Sáu' / 'Ông Sáu' (a name that is a number word), ấp Phú Thạnh, 'mùa nước nổi', 'quý IV' (period).",
    "Headline '9 tháng doanh thu ước đạt 13,7 tỷ đồng' is a figure of its own (estimate, 9 months of 2024 by the published year).",
    "'doanh thu ước đạt 13,7 tỷ đồng, đạt 81,5% kế hoạch năm, tăng 1,2 tỷ đồng so với cùng kỳ' -> percent 81.5, change +1,2 tỷ đồng.",
    "'Phảng, dao và cuốc chiếm lần lượt 45%, 30% và 15% sản lượng': three percent figures, each item's share (period inherited from the lead).",
    "'74 lò rèn ..., giảm 9 lò so với năm 2020' -> change in lò; 'hiện' gets no period. 'trong đó khoảng 40% là lao động nữ' is a percent figure of its own.",
    "'Mỗi lò bình quân sử dụng 3-4 lao động' -> measure lao động/lò. Ông Sáu's monthly sales and profit are per-month (sản phẩm/tháng, đồng/tháng). 'ba đời' optional.",
    "'năm 2024 huyện phấn đấu ... cả năm đạt 16,8 tỷ' -> target; 'Dự kiến trong quý IV' -> forecast, quý IV takes 2024. 60% reduction gets no period.",
    "revised after the first run: the place was removed from the subject of 2 làng (Phú Tân is its location; a place is never the subject).",
    "2 làng after 'trong đó' is part of 4 (total), location Phú Tân (default).",
]

if __name__ == "__main__":
    write("p1233-8", TEXT, NOTES, FIGS, published="2024-10-29", location="Phú Tân")
