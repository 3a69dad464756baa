from lib import F, P, I, CH, TG, emit

TEXT = """BÁO QUẢNG NAM - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG NAM
Kinh tế

Hợp tác xã du lịch cộng đồng giúp đồng bào Cơ Tu tăng thu nhập

(QNO) - Năm 2023, 12 hợp tác xã (HTX) du lịch cộng đồng ở các huyện miền núi của tỉnh đón hơn 86.000 lượt khách, doanh thu đạt 21,5 tỷ đồng, tăng 42% so với năm 2022.

Tại huyện Đông Giang, HTX Du lịch cộng đồng làng Bhờ Hôồng có 32 thành viên với 11 nhà sàn homestay; năm 2023 đón 14.200 lượt khách, trong đó khách quốc tế chiếm khoảng 60%. Doanh thu bình quân mỗi thành viên đạt khoảng 85 triệu đồng/năm. Thu nhập từ du lịch gấp 3 lần so với làm nương rẫy.

Ở huyện Tây Giang, 2 HTX du lịch cộng đồng tại xã A Xan và xã Lăng có tổng cộng 58 thành viên, doanh thu năm 2023 lần lượt đạt 2,4 tỷ đồng và 1,7 tỷ đồng.

Để hỗ trợ các HTX, tỉnh đã bố trí 9,6 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030 (Chương trình 1719); mỗi HTX được hỗ trợ tối đa 800 triệu đồng. Ông Bríu Quân, Giám đốc HTX làng Bhờ Hôồng (Đông Giang) cho biết, năm 2024 HTX phấn đấu đón 18.000 lượt khách, doanh thu tăng từ 15 đến 20%.

Đến cuối năm 2023, tỷ lệ hộ nghèo tại các thôn làm du lịch cộng đồng giảm còn 14,6%, thấp hơn 6,2 điểm phần trăm so với năm 2021. Tuyến đường ĐT 604 nối Hội An với làng Bhờ Hôồng đang được nâng cấp, giúp rút ngắn thời gian di chuyển.

ALĂNG NGƯỚC
16/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
E23 = P("Đến cuối năm 2023", None, "2023-12-31")

FIGS = [
    F("Năm 2023, 12 hợp tác xã", "12", 12, "count", "hợp tác xã",
      "hợp tác xã du lịch cộng đồng ở các huyện miền núi", Y23),
    F("hơn 86.000 lượt", "86.000", 86000, "count", "lượt khách",
      "lượt khách các HTX du lịch cộng đồng đón", Y23, approx="over"),
    F("đạt 21,5 tỷ", "21,5", 21500000000, "money", "đồng", "doanh thu các HTX du lịch cộng đồng", Y23,
      change=CH("increase", 42, "%", "năm 2022")),
    F("có 32 thành viên", "32", 32, "count", "thành viên", "thành viên HTX Du lịch cộng đồng làng Bhờ Hôồng",
      location="Đông Giang"),
    F("với 11 nhà sàn", "11", 11, "count", "nhà sàn homestay", "nhà sàn homestay của HTX làng Bhờ Hôồng",
      location="Đông Giang"),
    F("đón 14.200 lượt", "14.200", 14200, "count", "lượt khách", "lượt khách HTX làng Bhờ Hôồng đón", y23,
      location="Đông Giang"),
    F("chiếm khoảng 60%", "60", 60, "percent", "%", "khách quốc tế", y23, approx="about", location="Đông Giang"),
    F("khoảng 85 triệu", "85", 85000000, "money", "đồng/năm", "doanh thu bình quân mỗi thành viên", I(y23),
      approx="about", location="Đông Giang"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "thu nhập từ du lịch so với làm nương rẫy", location="Đông Giang"),
    F("Giang, 2 HTX", "2", 2, "count", "HTX", "HTX du lịch cộng đồng", location="Tây Giang"),
    F("cộng 58 thành viên", "58", 58, "count", "thành viên", "thành viên 2 HTX du lịch cộng đồng",
      location="Tây Giang"),
    F("đạt 2,4 tỷ", "2,4", 2400000000, "money", "đồng", "doanh thu HTX du lịch cộng đồng xã A Xan", y23,
      location="Tây Giang"),
    F("và 1,7 tỷ", "1,7", 1700000000, "money", "đồng", "doanh thu HTX du lịch cộng đồng xã Lăng", y23,
      location="Tây Giang"),
    F("bố trí 9,6 tỷ", "9,6", 9600000000, "money", "đồng", "kinh phí hỗ trợ các HTX"),
    F("tối đa 800 triệu", "800", 800000000, "money", "đồng", "mức hỗ trợ mỗi HTX", approx="at_most"),
    F("đón 18.000 lượt", "18.000", 18000, "count", "lượt khách", "lượt khách HTX làng Bhờ Hôồng đón", Y24,
      status="target", location="Đông Giang"),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "doanh thu HTX tăng", Y24, value_max=20, status="target",
      location="Đông Giang"),
    F("còn 14,6%", "14,6", 14.6, "percent", "%", "tỷ lệ hộ nghèo tại các thôn làm du lịch cộng đồng", E23,
      change=CH("decrease", 6.2, "điểm phần trăm", "năm 2021")),
]

COMMENTS = [
    "Báo Quảng Nam (Party newspaper), '(QNO)' tag, byline 'ALĂNG NGƯỚC' and bare date '16/01/2024' at the end.",
    "Community-tourism co-operatives of Cơ Tu villages 2023: visitors, revenue, members, homestay stilt houses, foreign share, per-member revenue,",
    "a standalone 'gấp 3 lần' (multiple), 'lần lượt' revenue pair, support from the 1719 programme, 2024 targets, poverty rate.",
    "Location: the province 'tỉnh' is implied by the paper (QNO) -> Quảng Nam; district paragraphs -> Đông Giang / Tây Giang.",
    "'trong đó khách quốc tế chiếm khoảng 60%' names another subject than 14.200 -> a percent figure of its own, not that figure's percent.",
    "'doanh thu tăng từ 15 đến 20%' is a target growth rate that is itself the claim -> percent, value 15, value_max 20, no change.",
    "'giảm còn 14,6%, thấp hơn 6,2 điểm phần trăm so với năm 2021' -> level 14,6% with change decrease 6,2 (điểm phần trăm).",
    "Numbers in names are not figures: 'Chương trình 1719', 'giai đoạn 2021-2030' (programme name, so no period on 9,6 tỷ), 'ĐT 604'.",
]

emit("p653-5", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Quảng Nam")
