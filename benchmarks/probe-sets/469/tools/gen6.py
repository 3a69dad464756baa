from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Nông nghiệp
Thứ hai, 3/6/2024, 07:00 (GMT+7)

Diện tích nhà màng cả nước vượt 10.000 ha

Sản xuất trong nhà kính, nhà màng tăng nhanh nhưng chi phí đầu tư lớn khiến nhiều hộ nông dân khó tiếp cận.

Theo Cục Trồng trọt (Bộ Nông nghiệp và Phát triển nông thôn), đến hết năm 2023, diện tích sản xuất trong nhà kính, nhà màng, nhà lưới của cả nước đạt khoảng 10.650 ha, tăng gần 2,1 lần so với năm 2018. Sản xuất tập trung ở Lâm Đồng với 5.820 ha, chiếm 54,6%; tiếp đến là Hà Nội 780 ha, Sơn La 615 ha, Bắc Giang 430 ha.

Chi phí đầu tư nhà màng theo công nghệ Israel dao động từ 250 đến 400 triệu đồng/1.000 m², nhà kính thông minh nhập khẩu từ Hà Lan lên tới 1,5 tỷ đồng/1.000 m². Bù lại, doanh thu của rau ăn lá, dưa lưới trồng trong nhà màng đạt 1,2-1,8 tỷ đồng/ha/năm.

Về tín dụng, tính đến 31/3/2024, dư nợ cho vay nông nghiệp công nghệ cao đạt hơn 62.000 tỷ đồng, chiếm khoảng 1,9% tổng dư nợ nông nghiệp, nông thôn. Ông Nguyễn Như Cường, Cục trưởng Cục Trồng trọt, cho biết tỷ lệ doanh nghiệp tiếp cận được gói tín dụng 100.000 tỷ đồng cho nông nghiệp công nghệ cao còn thấp, chỉ khoảng 15%, do thiếu tài sản bảo đảm theo Nghị định 116/2018/NĐ-CP.

Theo Đề án phát triển nông nghiệp công nghệ cao, đến năm 2030 cả nước phấn đấu có 20.000 ha nhà kính, nhà màng, trong đó 60% diện tích áp dụng hệ thống tưới và bón phân tự động.

Phương Linh
"""

E23 = P("đến hết năm 2023", None, "2023-12-31")
D31 = P("tính đến 31/3/2024", None, "2024-03-31")
T30 = P("đến năm 2030", None, "2030-12-31")
NM = "diện tích sản xuất trong nhà kính, nhà màng, nhà lưới"

FIGS = [
    F("vượt 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích nhà màng", I(E23), approx="over"),
    F("khoảng 10.650 ha", "10.650", 10650, "measure", "ha", NM, E23, approx="about",
      change=CH("increase", 2.1, "lần", "năm 2018", approx="nearly")),
    F("Lâm Đồng với 5.820 ha", "5.820", 5820, "measure", "ha", NM, I(E23), percent=54.6, location="Lâm Đồng"),
    F("Hà Nội 780 ha", "780", 780, "measure", "ha", NM, I(E23), location="Hà Nội"),
    F("Sơn La 615 ha", "615", 615, "measure", "ha", NM, I(E23), location="Sơn La"),
    F("Bắc Giang 430 ha", "430", 430, "measure", "ha", NM, I(E23), location="Bắc Giang"),
    F("từ 250 đến 400 triệu", "250", 250000000, "money", "đồng/1.000 m²",
      "chi phí đầu tư nhà màng theo công nghệ Israel", value_max=400000000),
    F("lên tới 1,5 tỷ", "1,5", 1500000000, "money", "đồng/1.000 m²",
      "chi phí đầu tư nhà kính thông minh nhập khẩu từ Hà Lan"),
    F("đạt 1,2-1,8 tỷ", "1,2", 1200000000, "money", "đồng/ha/năm",
      "doanh thu của rau ăn lá, dưa lưới trồng trong nhà màng", value_max=1800000000),
    F("hơn 62.000 tỷ", "62.000", 62000000000000, "money", "đồng",
      "dư nợ cho vay nông nghiệp công nghệ cao", D31, approx="over", percent=1.9),
    F("gói tín dụng 100.000 tỷ", "100.000", 100000000000000, "money", "đồng",
      "gói tín dụng cho nông nghiệp công nghệ cao", optional=True),
    F("chỉ khoảng 15%", "15", 15, "percent", "%",
      "tỷ lệ doanh nghiệp tiếp cận được gói tín dụng", approx="about"),
    F("có 20.000 ha", "20.000", 20000, "measure", "ha", "diện tích nhà kính, nhà màng", T30, status="target"),
    F("trong đó 60%", "60", 60, "percent", "%",
      "diện tích nhà kính, nhà màng áp dụng hệ thống tưới và bón phân tự động", T30, status="target"),
]

COMMENTS = [
    "National press (VnExpress style), 'Thứ hai, 3/6/2024, 07:00 (GMT+7)': greenhouse area, investment cost, revenue, credit. Byline at the end.",
    "'đến hết năm 2023' is an as-of period (start null). 'tăng gần 2,1 lần so với năm 2018' is the change of 10.650 ha (lần, nearly).",
    "'Lâm Đồng với 5.820 ha, chiếm 54,6%': location Lâm Đồng, percent 54.6 (no 'trong đó': no total). Provinces in the list are locations.",
    "'đồng/1.000 m²' is a rate: the denominator 1.000 m² is part of the unit, not a figure. Israel / Hà Lan are technology origins, not places.",
    "Cost and revenue sentences have no period phrase: no period. 'lên tới' is not an approx cue.",
    "'gói tín dụng 100.000 tỷ đồng' is a programme's size used as its name: optional. 'chỉ khoảng 15%' has no period phrase.",
    "'trong đó 60% diện tích' under the 2030 target is a target percent (a percent has no whole in ha, so no total).",
    "Distractors: '(GMT+7)', 'Nghị định 116/2018/NĐ-CP', dates, '1.000 m²'.",
]

emit("p469-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Việt Nam")
