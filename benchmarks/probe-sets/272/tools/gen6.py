from lib import F, P, CH, TG, build

ART = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức - Sự kiện | 12/09/2024 14:20

Hơn 24.000 hộ nghèo miền Trung có nhà ở phòng, tránh bão, lụt

Theo báo cáo của Bộ Xây dựng, sau 10 năm thực hiện Quyết định số 48/2014/QĐ-TTg, 14 tỉnh, thành phố khu vực miền Trung đã hỗ trợ 24.635 hộ nghèo, hộ cận nghèo xây dựng chòi, nhà ở phòng, tránh bão, lụt, đạt 92,3% kế hoạch. Tổng vốn thực hiện 1.098 tỷ đồng, trong đó vốn vay ưu đãi từ Ngân hàng Chính sách xã hội 612,5 tỷ đồng, ngân sách trung ương hỗ trợ 379,2 tỷ đồng, còn lại là vốn huy động của hộ gia đình và cộng đồng.

Mỗi hộ được ngân sách hỗ trợ từ 10 đến 20 triệu đồng và được vay tối đa 25 triệu đồng; diện tích sàn chòi, nhà tối thiểu 10 m2. Các địa phương có số hộ được hỗ trợ nhiều là Thanh Hóa (4.812 hộ), Nghệ An (3.960 hộ), Quảng Bình (3.127 hộ) và Quảng Ngãi (2.745 hộ).

Song song, Dự án tăng cường khả năng chống chịu với biến đổi khí hậu cho cộng đồng ven biển do Quỹ Khí hậu xanh (GCF) tài trợ đã xây dựng 4.000 ngôi nhà an toàn tại 5 tỉnh, mỗi nhà được hỗ trợ 40 triệu đồng. Trong bão số 3 (Yagi) tháng 9/2024, 100% nhà ở được hỗ trợ theo chương trình tại Thanh Hóa không bị tốc mái, sập đổ.

Năm 2023, tỷ lệ nhà ở kiên cố và bán kiên cố khu vực ven biển miền Trung ước đạt 93,5%, tăng 4,1 điểm phần trăm so với năm 2019.

Giai đoạn 2025-2030, Bộ Xây dựng đặt mục tiêu hỗ trợ thêm khoảng 35.000 hộ tại 27 tỉnh, thành phố ven biển và miền núi; nhu cầu vốn dự kiến khoảng 2.450 tỷ đồng.

Thu Hằng
"""

GD = P("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
HT = "hộ nghèo, hộ cận nghèo được hỗ trợ xây dựng nhà ở phòng, tránh bão, lụt"

FIGS = [
    F("Hơn 24.000 hộ", "24.000", 24000, "count", "hộ", "hộ nghèo miền Trung có nhà ở phòng, tránh bão, lụt", approx="over"),
    F("sau 10 năm", "10", 10, "measure", "năm", opt=True),
    F("2014/QĐ-TTg, 14 tỉnh", "14", 14, "count", "tỉnh, thành phố", "tỉnh, thành phố khu vực miền Trung thực hiện hỗ trợ"),
    F("hỗ trợ 24.635 hộ", "24.635", 24635, "count", "hộ", HT, percent=92.3),
    F("thực hiện 1.098 tỷ", "1.098", 1098000000000, "money", "đồng", "tổng vốn thực hiện"),
    F("xã hội 612,5 tỷ", "612,5", 612500000000, "money", "đồng", "vốn vay ưu đãi từ Ngân hàng Chính sách xã hội",
      total=1098000000000),
    F("hỗ trợ 379,2 tỷ", "379,2", 379200000000, "money", "đồng", "ngân sách trung ương hỗ trợ", total=1098000000000),
    F("từ 10 đến 20 triệu", "10", 10000000, "money", "đồng", "mức ngân sách hỗ trợ mỗi hộ", value_max=20000000),
    F("tối đa 25 triệu", "25", 25000000, "money", "đồng", "mức vay mỗi hộ", approx="at_most"),
    F("tối thiểu 10 m2", "10", 10, "measure", "m2", "diện tích sàn chòi, nhà", approx="at_least", opt=True),
    F("Thanh Hóa (4.812 hộ)", "4.812", 4812, "count", "hộ", "số hộ được hỗ trợ", loc="Thanh Hóa"),
    F("Nghệ An (3.960 hộ)", "3.960", 3960, "count", "hộ", "số hộ được hỗ trợ", loc="Nghệ An"),
    F("Quảng Bình (3.127 hộ)", "3.127", 3127, "count", "hộ", "số hộ được hỗ trợ", loc="Quảng Bình"),
    F("Quảng Ngãi (2.745 hộ)", "2.745", 2745, "count", "hộ", "số hộ được hỗ trợ", loc="Quảng Ngãi"),
    F("xây dựng 4.000 ngôi", "4.000", 4000, "count", "ngôi nhà", "ngôi nhà an toàn do dự án GCF xây dựng"),
    F("tại 5 tỉnh", "5", 5, "count", "tỉnh", "tỉnh có nhà an toàn do dự án GCF xây dựng"),
    F("hỗ trợ 40 triệu", "40", 40000000, "money", "đồng", "mức hỗ trợ mỗi nhà"),
    F("2024, 100% nhà", "100", 100, "percent", "%", "nhà ở được hỗ trợ theo chương trình không bị tốc mái, sập đổ",
      period=P("tháng 9/2024", "2024-09-01", "2024-09-30"), loc="Thanh Hóa"),
    F("ước đạt 93,5%", "93,5", 93.5, "percent", "%", "tỷ lệ nhà ở kiên cố và bán kiên cố khu vực ven biển miền Trung",
      change=CH("+", 4.1, "điểm phần trăm", "năm 2019"), status="estimate",
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("thêm khoảng 35.000 hộ", "35.000", 35000, "count", "hộ", "hộ được hỗ trợ thêm", approx="about", status="target",
      period=GD),
    F("tại 27 tỉnh", "27", 27, "count", "tỉnh, thành phố", "tỉnh, thành phố ven biển và miền núi được hỗ trợ",
      status="target", period=GD),
    F("khoảng 2.450 tỷ", "2.450", 2450000000000, "money", "đồng", "nhu cầu vốn", approx="about", status="forecast",
      period=GD),
]

COMMENTS = [
    "Ministry site (Bộ Xây dựng), 'Tin tức - Sự kiện | 12/09/2024 14:20', byline at the end: storm- and flood-resistant housing",
    "for poor households in the central region (QĐ 48/2014/QĐ-TTg), GCF safe houses, housing quality, 2025-2030 target.",
    "Distractors: 'Quyết định số 48/2014/QĐ-TTg', 'bão số 3 (Yagi)' (a storm's name), the dateline.",
    "National figures (ministry totals, counts of provinces) → Việt Nam; province list items → the province.",
    "'đạt 92,3% kế hoạch' is the share of 24.635 hộ (as h14 'đạt 70% so kế hoạch'). 'trong đó' money parts carry total 1.098 tỷ.",
    "'sau 10 năm' (a duration) and 'tối thiểu 10 m2' (a design criterion) are optional. Support levels 10-20 / 25 / 40 triệu",
    "are figures (policy amounts, as '60% tiền học phí' in FIGURES.md). 'tăng 4,1 điểm phần trăm' is the change of 93,5%",
    "(a level, not a growth rate). 'đặt mục tiêu … 35.000 hộ tại 27 tỉnh' → target; 'nhu cầu vốn dự kiến' → forecast.",
    "Headline count 'Hơn 24.000 hộ' is required (rounded restatement of 24.635), no period.",
]

build(6, ART, FIGS, COMMENTS, published="2024-09-12", location="Việt Nam")
