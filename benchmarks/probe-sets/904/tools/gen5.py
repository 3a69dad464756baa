"""p904-5: Party/provincial newspaper (Báo Nghệ An), byline + bare date at the end: làng trống Trung Yên, Trung thu 2024."""
from lib import F, write, period, inherit, change, target

TEXT = """
Báo Nghệ An
Kinh tế > Làng nghề

Làng trống Trung Yên rộn ràng mùa Trung thu

Những ngày giáp Tết Trung thu, xóm Trung Yên (xã Hưng Thịnh, huyện Hưng Nguyên) rộn tiếng đục đẽo, căng da. Cả xóm có 34 hộ làm trống thì 21 hộ tập trung làm trống lân, trống con cho thiếu nhi.

Ông Trần Văn Tám, người có gần 40 năm làm nghề, cho biết từ tháng 7 đến nay gia đình ông đã giao hơn 1.200 chiếc trống lân các cỡ, nhiều gấp đôi cùng kỳ năm ngoái. Trống lân cỡ nhỏ mặt 30 cm giá 350.000 đồng/chiếc, cỡ lớn mặt 50 cm giá 1,2-1,5 triệu đồng/chiếc.

Theo UBND xã Hưng Thịnh, năm 2023 nghề làm trống mang lại doanh thu khoảng 9,6 tỷ đồng, chiếm 14% giá trị sản xuất tiểu thủ công nghiệp của xã. Hiện lao động làm trống có thu nhập 6-8 triệu đồng/người/tháng, riêng mùa cao điểm trước Trung thu đạt 10-12 triệu đồng/người/tháng. Dự kiến cả năm 2024, doanh thu nghề trống của xã đạt 11 tỷ đồng, tăng khoảng 15% so với năm 2023.

Tuy vậy, nghề đang gặp khó về nguyên liệu: giá da trâu đã lên 70.000 đồng/kg, gỗ mít khô khoảng 12 triệu đồng/m3; 6 hộ đã phải chuyển sang dùng da bò nhập từ Lào. Theo quy hoạch của huyện, cụm sản xuất trống rộng 2 ha sẽ được bố trí tại xóm 5, cách Quốc lộ 46 khoảng 1 km, giúp các hộ đưa xưởng ra khỏi khu dân cư.

PHAN HÒA
10/09/2024
"""

SINCE = period("từ tháng 7 đến nay", "2024-07-01", "2024-09-10")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 34 hộ", "34", 34, "count", "hộ", "hộ làm trống"),
    F("thì 21 hộ", "21", 21, "count", "hộ", "hộ làm trống lân, trống con cho thiếu nhi", total=34),
    F("gần 40 năm", "40", 40, "measure", "năm", "thời gian làm nghề của ông Trần Văn Tám", approx="nearly",
      optional=True),
    F("hơn 1.200 chiếc", "1.200", 1200, "count", "chiếc trống lân", "trống lân gia đình ông Tám đã giao", SINCE,
      approx="over", change=change("increase", 2, "lần", "cùng kỳ năm ngoái")),
    F("mặt 30 cm", "30", 30, "measure", "cm", "mặt trống lân cỡ nhỏ", optional=True),
    F("giá 350.000 đồng", "350.000", 350000, "money", "đồng/chiếc", "giá trống lân cỡ nhỏ"),
    F("mặt 50 cm", "50", 50, "measure", "cm", "mặt trống lân cỡ lớn", optional=True),
    F("giá 1,2-1,5 triệu", "1,2", 1.2e6, "money", "đồng/chiếc", "giá trống lân cỡ lớn", value_max=1.5e6),
    F("khoảng 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "doanh thu nghề làm trống", Y23, approx="about",
      percent=14),
    F("thu nhập 6-8 triệu", "6", 6e6, "money", "đồng/người/tháng", "thu nhập lao động làm trống", value_max=8e6),
    F("đạt 10-12 triệu", "10", 10e6, "money", "đồng/người/tháng", "thu nhập lao động làm trống mùa cao điểm trước Trung thu",
      value_max=12e6),
    F("đạt 11 tỷ đồng", "11", 11e9, "money", "đồng", "doanh thu nghề trống của xã", Y24, status="forecast",
      change=change("increase", 15, "%", "năm 2023", "about")),
    F("lên 70.000 đồng/kg", "70.000", 70000, "money", "đồng/kg", "giá da trâu"),
    F("khoảng 12 triệu đồng/m3", "12", 12e6, "money", "đồng/m3", "giá gỗ mít khô", approx="about"),
    F("6 hộ đã", "6", 6, "count", "hộ", "hộ chuyển sang dùng da bò nhập từ Lào"),
    F("rộng 2 ha", "2", 2, "measure", "ha", "diện tích cụm sản xuất trống", status="target"),
    F("khoảng 1 km", "1", 1, "measure", "km", "khoảng cách từ cụm sản xuất trống đến Quốc lộ 46", approx="about",
      optional=True),
]

COMMENTS = [
    "Báo Nghệ An: làng trống Trung Yên (xã Hưng Thịnh, huyện Hưng Nguyên), Trung thu 2024; byline PHAN HÒA and bare date 10/09/2024 at the end.",
    "`Cả xóm có 34 hộ ... thì 21 hộ` states a part of a whole: total 34. `nhiều gấp đôi cùng kỳ năm ngoái` is the change of the 1.200 (đôi = 2, unit lần).",
    "`từ tháng 7 đến nay` takes the year of published and ends at it. `Theo quy hoạch` makes the 2 ha a target.",
    "Optional: the craftsman's years in the trade, drum-face sizes, the 1 km distance. Not figures: xóm 5, Quốc lộ 46, Trần Văn Tám, `đời`/dates.",
]

write(5, TEXT, FIGS, COMMENTS, published="2024-09-10", location="Hưng Nguyên")
