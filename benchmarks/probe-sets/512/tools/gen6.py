"""p512-6: national press, BHYT fund spending on medical examination and treatment 2023 and 5 months 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Sức khỏe
Thứ hai, 3/6/2024, 07:00 (GMT+7)
Quỹ BHYT chi hơn 129.000 tỷ đồng khám chữa bệnh năm 2023

Năm 2023, quỹ bảo hiểm y tế chi 129.456 tỷ đồng cho khám chữa bệnh, tăng 17,2% so với năm 2022, với 174,4 triệu lượt người được thanh toán.

Theo Bảo hiểm xã hội Việt Nam, tổng thu quỹ BHYT năm 2023 đạt 132.700 tỷ đồng. Cả nước có 93,6 triệu người tham gia, đạt tỷ lệ bao phủ 93,35% dân số. Tần suất khám chữa bệnh bình quân là 1,86 lượt/người/năm.

Chi phí bình quân một lượt khám ngoại trú khoảng 290.000 đồng, một đợt điều trị nội trú khoảng 6,8 triệu đồng. Trong tổng chi, nhóm thuốc chiếm 31,7%, xét nghiệm và chẩn đoán hình ảnh chiếm 22,4%.

Có 27 địa phương chi khám chữa bệnh vượt dự toán được giao, trong đó Hà Nội vượt khoảng 1.250 tỷ đồng, TP HCM vượt gần 980 tỷ đồng. Theo Nghị định 75/2023/NĐ-CP, người bệnh được thanh toán chi phí thuốc, vật tư y tế tự mua khi cơ sở khám chữa bệnh không cung ứng được.

5 tháng đầu năm 2024, cả nước có 72,3 triệu lượt khám chữa bệnh BHYT, chi 55.612 tỷ đồng, tăng lần lượt 9,8% và 18,1% so với cùng kỳ. Năm 2024, BHXH Việt Nam dự kiến chi khám chữa bệnh BHYT khoảng 142.000 tỷ đồng, tăng gần 10% so với năm 2023. Đại diện BHXH Việt Nam cho biết sẽ tiếp tục phối hợp với Bộ Y tế kiểm soát chi phí, hạn chế tình trạng lạm dụng, trục lợi quỹ BHYT.

Lê Nga
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")

FIGS = [
    F("chi hơn 129.000 tỷ đồng", "129.000", 129000000000000, "money", "đồng", "quỹ BHYT chi khám chữa bệnh",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("chi 129.456 tỷ đồng", "129.456", 129456000000000, "money", "đồng", "quỹ bảo hiểm y tế chi cho khám chữa bệnh", Y23,
      change=CH("increase", 17.2, baseline="năm 2022")),
    F("174,4 triệu lượt người", "174,4", 174400000, "count", "lượt người", "lượt người được thanh toán", Y23),
    F("đạt 132.700 tỷ đồng", "132.700", 132700000000000, "money", "đồng", "tổng thu quỹ BHYT",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 93,6 triệu người", "93,6", 93600000, "count", "người", "người tham gia BHYT", I(Y23), percent=93.35),
    F("là 1,86 lượt/người/năm", "1,86", 1.86, "measure", "lượt/người/năm", "tần suất khám chữa bệnh bình quân", I(Y23)),
    F("khoảng 290.000 đồng", "290.000", 290000, "money", "đồng", "chi phí bình quân một lượt khám ngoại trú", I(Y23),
      approx="about"),
    F("khoảng 6,8 triệu đồng", "6,8", 6800000, "money", "đồng", "chi phí bình quân một đợt điều trị nội trú", I(Y23),
      approx="about"),
    F("chiếm 31,7%", "31,7", 31.7, "percent", "%", "nhóm thuốc trong tổng chi", I(Y23)),
    F("chiếm 22,4%", "22,4", 22.4, "percent", "%", "xét nghiệm và chẩn đoán hình ảnh trong tổng chi", I(Y23)),
    F("Có 27 địa phương", "27", 27, "count", "địa phương", "địa phương chi khám chữa bệnh vượt dự toán được giao", I(Y23)),
    F("khoảng 1.250 tỷ đồng", "1.250", 1250000000000, "money", "đồng", "chi khám chữa bệnh vượt dự toán", I(Y23),
      approx="about", location="Hà Nội"),
    F("gần 980 tỷ đồng", "980", 980000000000, "money", "đồng", "chi khám chữa bệnh vượt dự toán", I(Y23),
      approx="nearly", location="TP. Hồ Chí Minh"),
    F("72,3 triệu lượt", "72,3", 72300000, "count", "lượt", "lượt khám chữa bệnh BHYT", M5,
      change=CH("increase", 9.8, baseline="cùng kỳ")),
    F("chi 55.612 tỷ đồng", "55.612", 55612000000000, "money", "đồng", "chi khám chữa bệnh BHYT", M5,
      change=CH("increase", 18.1, baseline="cùng kỳ")),
    F("khoảng 142.000 tỷ đồng", "142.000", 142000000000000, "money", "đồng", "chi khám chữa bệnh BHYT",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast",
      change=CH("increase", 10, baseline="năm 2023", approx="nearly")),
]

COMMENTS = [
    "National press (invented), 'Thứ hai, 3/6/2024, 07:00 (GMT+7)', byline at the end: BHYT fund spending 2023 and 5 months 2024.",
    "Distractors: the dateline and '(GMT+7)', 'Nghị định 75/2023/NĐ-CP', years in baselines.",
    "'tăng lần lượt 9,8% và 18,1%' gives each of the two figures before it its change. '93,35% dân số' after 'đạt' is the percent of 93,6 triệu.",
    "'Hà Nội vượt khoảng 1.250 tỷ đồng' stands as its own money figure (no base amount; location Hà Nội), not a change of '27 địa phương'.",
    "'TP HCM' is TP. Hồ Chí Minh. 'dự kiến' -> forecast for 142.000 tỷ, its change 'tăng gần 10%' (approx nearly).",
]

if __name__ == "__main__":
    emit("p512-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Việt Nam")
