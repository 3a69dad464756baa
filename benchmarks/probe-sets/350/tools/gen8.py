from lib import F, P, CH, TG, build

TEXT = """Duy Xuyên khôi phục nghề trồng dâu, nuôi tằm ven sông Thu Bồn

(QNO) - Từ đầu năm đến nay, huyện Duy Xuyên đã trồng mới 38 ha dâu tại các xã Duy Trinh, Duy Châu, Duy Hòa, nâng tổng diện tích dâu toàn huyện tính đến 30/9/2024 lên gần 126 ha, gấp đôi năm 2020.

Ông Lê Văn Hải, Phó Chủ tịch UBND huyện Duy Xuyên cho biết, huyện hỗ trợ 100% giống dâu và 50% chi phí mua tằm giống cho hộ tham gia; hiện có 214 hộ trồng dâu nuôi tằm, trong đó 63 hộ nuôi từ 10 vòng trứng/lứa trở lên. Mỗi tháng, người dân nuôi 2-3 lứa tằm, mỗi lứa thu 35-40 kg kén/vòng trứng. Với giá kén 165.000-180.000 đồng/kg, mỗi sào dâu (500 m2) cho thu nhập khoảng 4-5 triệu đồng/tháng.

Tại làng lụa Mã Châu (thị trấn Nam Phước), hiện còn 12 cơ sở dệt với khoảng 150 lao động; Hợp tác xã dệt lụa Mã Châu duy trì 24 khung dệt, mỗi năm sản xuất hơn 30.000 m lụa. 9 tháng năm 2024, doanh thu của làng nghề đạt 7,6 tỷ đồng, tăng 12% so với cùng kỳ năm 2023, trong đó bán lẻ tại chỗ cho khách du lịch chiếm 45%. Làng nghề đón trên 18.000 lượt khách, chủ yếu từ Hội An.

Huyện đặt chỉ tiêu đến năm 2025 có 200 ha dâu, mỗi năm đào tạo nghề dệt cho 30 lao động. Để được tư vấn, người dân liên hệ Trạm Khuyến nông huyện, số 250 Hùng Vương, thị trấn Nam Phước; điện thoại 0235.3877.125.

Thanh Thắng
"""

Q9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)

FIGS = [
    F("trồng mới 38 ha dâu", "38", 38, "measure", "ha", "diện tích dâu trồng mới",
      period=P("Từ đầu năm đến nay", "2024-01-01", None)),
    F("gần 126 ha", "126", 126, "measure", "ha", "tổng diện tích dâu", approx="nearly",
      change=CH("increase", 2, "lần", "năm 2020"), period=P("tính đến 30/9/2024", None, "2024-09-30")),
    F("hỗ trợ 100% giống dâu", "100", 100, "percent", "%", "mức hỗ trợ giống dâu"),
    F("50% chi phí", "50", 50, "percent", "%", "mức hỗ trợ chi phí mua tằm giống"),
    F("có 214 hộ", "214", 214, "count", "hộ", "hộ trồng dâu nuôi tằm"),
    F("63 hộ nuôi", "63", 63, "count", "hộ", "hộ nuôi từ 10 vòng trứng/lứa trở lên", total=214),
    F("từ 10 vòng trứng/lứa trở lên", "10", 10, "measure", "vòng trứng/lứa", None, approx="at_least", optional=True),
    F("nuôi 2-3 lứa tằm", "2", 2, "count", "lứa", "lứa tằm nuôi mỗi tháng", value_max=3),
    F("thu 35-40 kg kén/vòng trứng", "35", 35, "measure", "kg/vòng trứng", "sản lượng kén mỗi lứa", value_max=40),
    F("giá kén 165.000-180.000 đồng/kg", "165.000", 165000, "money", "đồng/kg", "giá kén", value_max=180000),
    F("(500 m2)", "500", 500, "measure", "m2", None, optional=True),
    F("khoảng 4-5 triệu đồng/tháng", "4", 4000000, "money", "đồng/tháng", "thu nhập mỗi sào dâu", value_max=5000000,
      approx="about"),
    F("còn 12 cơ sở dệt", "12", 12, "count", "cơ sở dệt", "cơ sở dệt làng lụa Mã Châu"),
    F("khoảng 150 lao động", "150", 150, "count", "lao động", "lao động làng lụa Mã Châu", approx="about"),
    F("duy trì 24 khung dệt", "24", 24, "count", "khung dệt", "khung dệt của Hợp tác xã dệt lụa Mã Châu"),
    F("hơn 30.000 m lụa", "30.000", 30000, "measure", "m", "lụa sản xuất mỗi năm", approx="over"),
    F("đạt 7,6 tỷ đồng", "7,6", 7600000000, "money", "đồng", "doanh thu của làng nghề",
      change=CH("increase", 12, "%", "cùng kỳ năm 2023"), period=Q9),
    F("chiếm 45%", "45", 45, "percent", "%", "tỷ trọng bán lẻ tại chỗ cho khách du lịch trong doanh thu", period=Q9),
    F("trên 18.000 lượt khách", "18.000", 18000, "count", "lượt khách", "lượt khách đến làng nghề", approx="over",
      period=Q9i),
    F("có 200 ha dâu", "200", 200, "measure", "ha", "diện tích dâu", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("cho 30 lao động", "30", 30, "count", "lao động", "lao động được đào tạo nghề dệt mỗi năm", status="target"),
]

COMMENTS = [
    "Báo Quảng Nam ('(QNO)' tag), no dateline at all: no published date. Duy Xuyên mulberry revival and Mã Châu silk village; byline at the end.",
    "Location: huyện Duy Xuyên for every figure (Mã Châu is in thị trấn Nam Phước, Duy Xuyên; 'chủ yếu từ Hội An' is where visitors come from).",
    "'Từ đầu năm đến nay' has no year and no dateline: the year comes from the article's dates/baseline (2024: '30/9/2024', 'cùng kỳ năm 2023'); end null (no published).",
    "'nâng tổng … lên gần 126 ha' has no part-of cue for 38 ha: no total. 'gấp đôi năm 2020' = change of 126 ha (2 lần).",
    "'trong đó 63 hộ …' part of 214. Thresholds '10 vòng trứng/lứa trở lên' and the definition '(500 m2)' optional. Support shares 100% / 50% are figures.",
    "'trong đó bán lẻ … chiếm 45%' is the share of a part: a percent figure. 'chỉ tiêu đến năm 2025' governs both clauses (target); 'mỗi năm' is no period.",
    "Distractors: 'số 250 Hùng Vương', phone 0235.3877.125, 'm2' (unit), 'vòng trứng' counts inside units, 'năm 2020' (baseline).",
]

build("p350-8", TEXT, COMMENTS, FIGS, location="Duy Xuyên")
