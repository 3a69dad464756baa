"""p1091-6: national newspaper (VnExpress style), TP HCM international arrivals Q1/2025."""
from lib import F, P, I, C, T, write

TEXT = """Du lịch
Thứ hai, 14/4/2025, 10:20 (GMT+7)

TP HCM đón 1,65 triệu khách quốc tế quý đầu năm

Lượng khách quốc tế đến TP HCM quý I tăng 27%, chính sách thị thực thông thoáng giúp khách ở lâu và chi tiêu nhiều hơn.

Theo Sở Du lịch TP HCM, quý I thành phố đón khoảng 1,65 triệu lượt khách quốc tế, tăng 27% so với cùng kỳ năm 2024, đạt 27,5% kế hoạch năm; doanh thu du lịch ước đạt 51.200 tỷ đồng.

Khách qua sân bay Tân Sơn Nhất chiếm khoảng 86% tổng lượng khách quốc tế, phần còn lại đến qua cửa khẩu Mộc Bài (Tây Ninh) và cảng biển. Riêng tháng 3, Tân Sơn Nhất phục vụ 1,32 triệu lượt hành khách quốc tế, tăng 14,8% so với tháng 3/2024.

Hàn Quốc vẫn dẫn đầu với 215.000 lượt; Trung Quốc 178.000 lượt, tăng 42%; Mỹ 121.000 lượt; Nhật Bản 87.000 lượt. Khách Ấn Độ tăng 55% so với cùng kỳ, là thị trường tăng nhanh nhất.

Bà Nguyễn Thị Ánh Hoa, Giám đốc Sở Du lịch, cho biết chính sách thị thực điện tử 90 ngày và miễn thị thực 45 ngày giúp khách lưu trú dài hơn: thời gian lưu trú bình quân tăng từ 3,8 ngày lên 4,5 ngày, chi tiêu bình quân đạt khoảng 1.250 USD/lượt khách.

Năm 2025, thành phố đặt mục tiêu đón 6 triệu lượt khách quốc tế, tổng thu du lịch khoảng 210.000 tỷ đồng. Dịp lễ 30/4, nhiều khách sạn ở quận 1 đã kín phòng.

Quỳnh Trần
"""

PQ = P("quý I", "2025-01-01", "2025-03-31")
IQ = I(PQ)
P25 = P("Năm 2025", "2025-01-01", "2025-12-31")


def market(anchor, number, value, country, **kw):
    return F(anchor, number, value, "count", "lượt", f"khách quốc tế đến từ {country}", IQ, **kw)


FIGS = [
    F("đón 1,65 triệu khách", "1,65", 1_650_000, "count", "khách", "khách quốc tế",
      P("quý đầu năm", "2025-01-01", "2025-03-31")),
    F("quý I tăng 27%,", "27", 27, "percent", "%", "lượng khách quốc tế đến TP HCM", PQ),
    F("khoảng 1,65 triệu lượt", "1,65", 1_650_000, "count", "lượt khách", "khách quốc tế", PQ, approx="about",
      percent=27.5, change=C("increase", 27, baseline="cùng kỳ năm 2024")),
    F("ước đạt 51.200 tỷ đồng", "51.200", 51_200_000_000_000, "money", "đồng", "doanh thu du lịch", PQ, status="estimate"),
    F("khoảng 86% tổng", "86", 86, "percent", "%", "tỷ lệ khách quốc tế qua sân bay Tân Sơn Nhất", IQ, approx="about"),
    F("phục vụ 1,32 triệu lượt", "1,32", 1_320_000, "count", "lượt hành khách",
      "hành khách quốc tế qua sân bay Tân Sơn Nhất", P("tháng 3", "2025-03-01", "2025-03-31"),
      change=C("increase", 14.8, baseline="tháng 3/2024")),
    market("với 215.000 lượt", "215.000", 215000, "Hàn Quốc"),
    market("Trung Quốc 178.000 lượt", "178.000", 178000, "Trung Quốc", change=C("increase", 42)),
    market("Mỹ 121.000 lượt", "121.000", 121000, "Mỹ"),
    market("Nhật Bản 87.000 lượt", "87.000", 87000, "Nhật Bản"),
    F("tăng 55%", "55", 55, "percent", "%", "khách Ấn Độ", IQ),
    F("điện tử 90 ngày", "90", 90, "measure", "ngày", "thời hạn thị thực điện tử", optional=True),
    F("miễn thị thực 45 ngày", "45", 45, "measure", "ngày", "thời gian miễn thị thực", optional=True),
    F("từ 3,8 ngày", "3,8", 3.8, "measure", "ngày", "thời gian lưu trú bình quân trước đây"),
    F("lên 4,5 ngày", "4,5", 4.5, "measure", "ngày", "thời gian lưu trú bình quân"),
    F("khoảng 1.250 USD/lượt khách", "1.250", 1250, "money", "USD/lượt khách", "chi tiêu bình quân", approx="about"),
    F("đón 6 triệu lượt", "6", 6_000_000, "count", "lượt khách", "khách quốc tế", P25, status="target"),
    F("khoảng 210.000 tỷ đồng", "210.000", 210_000_000_000_000, "money", "đồng", "tổng thu du lịch", P25,
      approx="about", status="target"),
]

NOTES = [
    "National newspaper (VnExpress style, 'Thứ hai, 14/4/2025, 10:20 (GMT+7)'): TP HCM international arrivals, Tân Sơn Nhất, markets, stay and spending, Q1/2025.",
    "Distractors: weekday/date/time line, 'tháng 3/2024' (baseline), 'Mộc Bài (Tây Ninh)' (a gate outside the city, not the figure's place), 'Dịp lễ 30/4', 'quận 1'.",
    "The city is written 'TP HCM' throughout; location recorded as its name 'Thành phố Hồ Chí Minh'. Headline and sapo figures are figures of their own.",
    "Sapo 'quý I tăng 27%' has no base amount: percent figure; in the body the same 27% is the change of 1,65 triệu.",
    "'tăng từ 3,8 ngày lên 4,5 ngày': both values are figures (the earlier and the current stay); no change value is written, so none is recorded.",
    "'thị thực điện tử 90 ngày', 'miễn thị thực 45 ngày' name the policies: optional. 'đạt 27,5% kế hoạch năm' is the percent of 1,65 triệu.",
]

write("p1091-6", TEXT, FIGS, NOTES, published="2025-04-14", location="Thành phố Hồ Chí Minh")
