from lib import F, P, CH, TG, build

TEXT = """Làng ươm tơ Cổ Chất vào vụ, giá tơ tăng cao
Thứ Hai, 21/10/2024 - 06:45

(BNĐ) - Những ngày này, làng nghề ươm tơ Cổ Chất (xã Phương Định, huyện Trực Ninh) tấp nập vào vụ kén thu. Theo UBND xã Phương Định, hiện làng có khoảng 120 hộ làm nghề, trong đó 45 hộ đầu tư máy ươm tơ tự động và bán tự động, thu hút gần 600 lao động, trong đó hơn 200 lao động đến từ các xã lân cận.

Quý III/2024, các hộ trong làng thu mua khoảng 950 tấn kén, tăng 8% so với quý II; sản lượng tơ ước đạt 118 tấn. Giá tơ loại 1 ở mức 1,45-1,6 triệu đồng/kg, tăng 15-18% so với cùng kỳ năm trước; tơ loại 2 khoảng 1,2 triệu đồng/kg. Nguồn kén chủ yếu được nhập từ Lâm Đồng, Sơn La, Yên Bái và Cao Bằng; trung bình cứ 7,5-8 kg kén ươm được 1 kg tơ.

Ông Trần Văn Thắng, chủ một cơ sở ươm tơ ở xóm 5, cho biết gia đình ông có 2 máy ươm tơ tự động với 400 mối tơ, mỗi ngày tiêu thụ khoảng 1,2 tấn kén, trả lương cho 14 lao động với mức 8-10 triệu đồng/người/tháng. Thu nhập bình quân của lao động trong làng nghề đạt 7,2 triệu đồng/người/tháng, cao gấp đôi lao động thuần nông.

Năm 2023, doanh thu của làng nghề đạt trên 180 tỷ đồng, chiếm 62% giá trị sản xuất tiểu thủ công nghiệp của xã. Phấn đấu năm 2024, doanh thu làng nghề đạt 200 tỷ đồng; 100% cơ sở ươm tơ có hệ thống xử lý nước thải. Hiện xã đã xây dựng khu xử lý nước thải tập trung công suất 500 m3/ngày đêm theo Quyết định số 2158/QĐ-UBND của UBND tỉnh.

Thanh Hương
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("Quý III/2024", "2024-07-01", "2024-09-30", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 120 hộ", "120", 120, "count", "hộ", "hộ làm nghề ươm tơ", approx="about"),
    F("45 hộ đầu tư", "45", 45, "count", "hộ", "hộ đầu tư máy ươm tơ tự động và bán tự động", total=120),
    F("gần 600 lao động", "600", 600, "count", "lao động", "lao động làng nghề ươm tơ", approx="nearly"),
    F("hơn 200 lao động", "200", 200, "count", "lao động", "lao động đến từ các xã lân cận", approx="over", total=600),
    F("khoảng 950 tấn kén", "950", 950, "measure", "tấn", "kén thu mua", approx="about",
      change=CH("increase", 8, "%", "quý II"), period=Q3),
    F("ước đạt 118 tấn", "118", 118, "measure", "tấn", "sản lượng tơ", status="estimate", period=Q3),
    F("1,45-1,6 triệu đồng/kg", "1,45", 1450000, "money", "đồng/kg", "giá tơ loại 1", value_max=1600000,
      change=CH("increase", 15, "%", "cùng kỳ năm trước"), period=Q3i),
    F("khoảng 1,2 triệu đồng/kg", "1,2", 1200000, "money", "đồng/kg", "giá tơ loại 2", approx="about", period=Q3i),
    F("cứ 7,5-8 kg kén", "7,5", 7.5, "measure", "kg", "lượng kén ươm được 1 kg tơ", value_max=8),
    F("được 1 kg tơ", "1", 1, "measure", "kg", None, optional=True),
    F("có 2 máy ươm tơ", "2", 2, "count", "máy ươm tơ tự động", "máy ươm tơ tự động của cơ sở ông Trần Văn Thắng"),
    F("400 mối tơ", "400", 400, "count", "mối tơ", "mối tơ của cơ sở ông Trần Văn Thắng"),
    F("khoảng 1,2 tấn kén", "1,2", 1.2, "measure", "tấn", "kén tiêu thụ mỗi ngày", approx="about"),
    F("cho 14 lao động", "14", 14, "count", "lao động", "lao động của cơ sở ông Trần Văn Thắng"),
    F("8-10 triệu đồng/người/tháng", "8", 8000000, "money", "đồng/người/tháng", "mức lương lao động",
      value_max=10000000),
    F("đạt 7,2 triệu đồng/người/tháng", "7,2", 7200000, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động trong làng nghề", change=CH("increase", 2, "lần", "lao động thuần nông")),
    F("đạt trên 180 tỷ đồng", "180", 180000000000, "money", "đồng", "doanh thu của làng nghề", approx="over",
      percent=62, period=Y23),
    F("đạt 200 tỷ đồng", "200", 200000000000, "money", "đồng", "doanh thu làng nghề", status="target", period=Y24),
    F("100% cơ sở ươm tơ", "100", 100, "percent", "%", "cơ sở ươm tơ có hệ thống xử lý nước thải", status="target",
      period=Y24),
    F("công suất 500 m3/ngày đêm", "500", 500, "measure", "m3/ngày đêm", "công suất khu xử lý nước thải tập trung"),
]

COMMENTS = [
    "Báo Nam Định (Party newspaper, '(BNĐ)'), dateline 'Thứ Hai, 21/10/2024 - 06:45', byline at the end. Cổ Chất silk-reeling village.",
    "The village is in xã Phương Định, huyện Trực Ninh: district 'Trực Ninh' is the location of every figure (FIGURES.md allows a district).",
    "Two 'trong đó' chains: 45 hộ of 120 hộ, 200 lao động of 600 lao động. 'tăng 15-18%' is the price's change (lower end 15).",
    "'cao gấp đôi lao động thuần nông' is the change of the income (2 lần), as 'gấp 1,6 lần năm 2022' in probe 205; 'chiếm 62%' the share of 180 tỷ.",
    "'Phấn đấu năm 2024' governs both clauses after it (status target). '1 kg tơ' (the ratio's base) optional. 'm3' is part of the unit.",
    "Distractors: 'xóm 5', 'Quyết định số 2158/QĐ-UBND', 'quý II' (a baseline), dateline, provinces of origin of cocoons.",
]

build("p350-2", TEXT, COMMENTS, FIGS, published="2024-10-21", location="Trực Ninh")
