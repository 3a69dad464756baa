"""p1482-5: national newspaper: the anchor-rope village of Quỳnh Long, huyện Quỳnh Lưu (Nghệ An)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Làng nghề

Chủ nhật, 17/11/2024, 08:05 (GMT+7)

Làng se dây chão trăm năm bên cửa lạch

Ở xã Quỳnh Long, huyện Quỳnh Lưu (Nghệ An), gần 200 hộ vẫn giữ nghề se dây chão, mỗi năm cung cấp cho ngư dân miền Trung hàng nghìn tấn dây neo, dây kéo lưới.

Nhà ông Hồ Sỹ Lợi, 67 tuổi, có ba thế hệ theo nghề. Trước đây cả nhà se tay, mỗi ngày được chừng 20 kg dây. Năm 2018, ông vay 300 triệu đồng mua 2 máy se bán tự động. Nay năng suất đạt 150 kg/ngày, gấp 7,5 lần se tay. "Mỗi sợi chão neo tàu dài 100 m nặng chừng 40 kg, bán được 1,6 triệu đồng", ông Lợi nói. Mỗi tháng, xưởng nhà ông xuất khoảng 4 tấn dây cho các chủ tàu ở Cửa Lò, Cửa Hội, lãi hơn 20 triệu đồng.

Theo UBND huyện Quỳnh Lưu, năm 2023 làng nghề sản xuất 2.300 tấn dây các loại, doanh thu khoảng 85 tỷ đồng; 10 tháng năm 2024 đạt 2.050 tấn, tăng 11% so với cùng kỳ. Thu nhập từ nghề se dây cao gấp 2 lần trồng lúa. Hiện làng có 410 lao động thường xuyên, trong đó khoảng 140 người trên 50 tuổi.

Tuy vậy, hạt nhựa phải mua qua thương lái nên giá đầu vào biến động, có thời điểm tăng 15-20% chỉ trong một tháng. Huyện dự kiến năm 2025 đầu tư 4,5 tỷ đồng làm đường và điểm tập kết rác thải cho làng nghề, đồng thời mời 3 doanh nghiệp bao tiêu sản phẩm.

Phan Hậu
"""

Y18 = per("Năm 2018", "2018-01-01", "2018-12-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("se dây chão trăm năm", "trăm", 100, "measure", "năm", approx="about",
        subject="tuổi làng se dây chão", optional=True),
    fig("gần 200 hộ", "200", 200, "count", "hộ", approx="nearly", subject="hộ giữ nghề se dây chão"),
    fig("hàng nghìn tấn", "hàng nghìn", 1000, "measure", "tấn/năm", approx="about",
        subject="dây neo, dây kéo lưới cung cấp cho ngư dân mỗi năm", optional=True),
    fig("67 tuổi", "67", 67, "measure", "tuổi", subject="tuổi ông Hồ Sỹ Lợi", optional=True),
    fig("ba thế hệ", "ba", 3, "count", "thế hệ", subject="thế hệ nhà ông Hồ Sỹ Lợi theo nghề"),
    fig("chừng 20 kg", "20", 20, "measure", "kg/ngày", approx="about", subject="dây cả nhà se tay mỗi ngày"),
    fig("vay 300 triệu", "300", 300e6, "money", "đồng", subject="tiền ông Lợi vay mua máy se", period=Y18),
    fig("mua 2 máy", "2", 2, "count", "máy se", subject="máy se bán tự động ông Lợi mua", period=Y18),
    fig("đạt 150 kg/ngày", "150", 150, "measure", "kg/ngày", change=chg("increase", 7.5, "lần", "se tay"),
        subject="năng suất se dây"),
    fig("dài 100 m", "100", 100, "measure", "m", subject="chiều dài mỗi sợi chão neo tàu", optional=True),
    fig("chừng 40 kg", "40", 40, "measure", "kg/sợi", approx="about",
        subject="trọng lượng mỗi sợi chão neo tàu dài 100 m"),
    fig("1,6 triệu", "1,6", 1.6e6, "money", "đồng/sợi", subject="giá bán mỗi sợi chão neo tàu"),
    fig("khoảng 4 tấn", "4", 4, "measure", "tấn/tháng", approx="about",
        subject="dây xưởng nhà ông Lợi xuất mỗi tháng"),
    fig("hơn 20 triệu", "20", 20e6, "money", "đồng/tháng", approx="over", subject="lãi của xưởng nhà ông Lợi mỗi tháng"),
    fig("sản xuất 2.300 tấn", "2.300", 2300, "measure", "tấn", subject="dây các loại làng nghề sản xuất",
        period=Y23),
    fig("khoảng 85 tỷ", "85", 85e9, "money", "đồng", approx="about", subject="doanh thu làng nghề", period=Y23),
    fig("đạt 2.050 tấn", "2.050", 2050, "measure", "tấn", change=chg("increase", 11, "%", "cùng kỳ"),
        subject="dây các loại làng nghề sản xuất", period=M10),
    fig("gấp 2 lần", "2", 2, "multiple", "lần", subject="thu nhập từ nghề se dây so với trồng lúa"),
    fig("có 410 lao động", "410", 410, "count", "lao động", subject="lao động thường xuyên của làng"),
    fig("khoảng 140 người", "140", 140, "count", "người", approx="about", total=410,
        subject="lao động trên 50 tuổi"),
    fig("trên 50 tuổi", "50", 50, "measure", "tuổi", approx="over", subject="tuổi lao động", optional=True),
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20, subject="giá hạt nhựa đầu vào"),
    fig("đầu tư 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", status="forecast",
        subject="vốn huyện đầu tư làm đường và điểm tập kết rác thải cho làng nghề", period=Y25),
    fig("mời 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", status="forecast",
        subject="doanh nghiệp bao tiêu sản phẩm huyện mời", period=Y25),
]

NOTES = [
    "National newspaper: breadcrumb, 'Chủ nhật, 17/11/2024, 08:05 (GMT+7)', headline, sapo, quote, byline Phan Hậu at the end.",
    "Distractors: 08:05, (GMT+7), 'một tháng' (a duration in 'chỉ trong một tháng').",
    "Optional: 'trăm năm' (the village's age, figurative), 'hàng nghìn tấn' (vague), the ages '67 tuổi' and 'trên 50 tuổi'",
    "(the latter defines the group), the rope length 'dài 100 m' (defines the item whose weight and price follow).",
    "Location: huyện Quỳnh Lưu for all figures (Quỳnh Long is a commune; 'miền Trung' is no province; Cửa Lò, Cửa Hội are buyers' ports).",
    "'Mỗi tháng, xưởng ... khoảng 4 tấn ..., lãi hơn 20 triệu đồng' → monthly rates tấn/tháng and đồng/tháng.",
    "'Năm 2018' covers the loan and the 2 machines; 'Nay năng suất đạt 150 kg/ngày, gấp 7,5 lần se tay' is a new sentence with 'Nay':",
    "no period, change 7,5 lần (increase) with baseline 'se tay'. 'Mỗi sợi ... 40 kg, ... 1,6 triệu đồng' → kg/sợi, đồng/sợi.",
    "'Thu nhập ... cao gấp 2 lần trồng lúa' has no base amount: a multiple figure.",
    "'trong đó khoảng 140 người' follows 410 lao động: total 410. 'tăng 15-20% chỉ trong một tháng' is a price growth rate (percent range).",
    "'dự kiến năm 2025' governs both clauses (forecast).",
]

if __name__ == "__main__":
    write("p1482-5", TEXT, NOTES, FIGS, published="2024-11-17", location="Quỳnh Lưu")
