from lib import F, P, C, emit

TEXT = """Kinh doanh › Vĩ mô

Bình Định: Dư nợ chính quyền địa phương hơn 1.100 tỷ đồng

Thứ tư, 6/11/2024, 14:20 (GMT+7)

Nợ của tỉnh chủ yếu là vốn vay lại từ nguồn Chính phủ vay nước ngoài, ở mức an toàn so với hạn mức được phép.

Tính đến ngày 30/9/2024, dư nợ của chính quyền địa phương tỉnh Bình Định là 1.126,4 tỷ đồng, bằng khoảng 37% mức dư nợ vay tối đa. Theo Sở Tài chính, toàn bộ khoản nợ này là vốn vay lại cho 8 dự án, trong đó 5 dự án đã hoàn thành, 3 dự án đang triển khai.

Giai đoạn 2021-2025, tỉnh dự kiến vay lại khoảng 2.350 tỷ đồng. Tuy nhiên, đến nay số vốn vay đã giải ngân mới đạt 742 tỷ đồng, tương đương 31,6% kế hoạch vay.

Năm 2023, ngân sách tỉnh chi trả nợ gốc 48,2 tỷ đồng và trả lãi, phí gần 19 tỷ đồng. Trong 10 tháng năm 2024, số trả nợ gốc là 41,7 tỷ đồng, tăng 15,8% so với cùng kỳ.

Ông Trần Văn Thành, Phó giám đốc Sở Tài chính, cho biết mỗi năm tỉnh cân đối khoảng 70-75 tỷ đồng cho trả nợ, tương đương chưa đến 1,5% tổng chi ngân sách địa phương. "Các khoản vay mới chỉ dành cho dự án có khả năng hoàn vốn", ông nói.

Trên phạm vi cả nước, theo Bộ Tài chính, đến cuối năm 2023 dư nợ của chính quyền địa phương khoảng 88.000 tỷ đồng, chiếm 0,86% GDP; có 19 địa phương có dư nợ dưới 20% hạn mức. Luật Ngân sách nhà nước 2015 quy định hạn mức dư nợ của các địa phương có bội thu ngân sách không vượt quá 20% số thu được hưởng theo phân cấp.

Tại Quy Nhơn, dự án Hồ chứa nước Định Bình và dự án Vệ sinh môi trường các thành phố duyên hải (vay WB) vẫn đang chiếm phần lớn nghĩa vụ trả nợ của tỉnh.

Minh Sơn
"""

D30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
D30i = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E23 = P("đến cuối năm 2023", None, "2023-12-31")

FIGS = [
    F("hơn 1.100 tỷ đồng", "1.100", 1100e9, "money", "đồng", "dư nợ chính quyền địa phương", approx="over"),
    F("là 1.126,4 tỷ đồng", "1.126,4", 1126.4e9, "money", "đồng", "dư nợ của chính quyền địa phương", D30, percent=37),
    F("cho 8 dự án", "8", 8, "count", "dự án", "dự án sử dụng vốn vay lại", D30i),
    F("trong đó 5 dự án", "5", 5, "count", "dự án", "dự án đã hoàn thành", D30i, total=8),
    F("3 dự án đang", "3", 3, "count", "dự án", "dự án đang triển khai", D30i, total=8),
    F("khoảng 2.350 tỷ đồng", "2.350", 2350e9, "money", "đồng", "vốn vay lại dự kiến",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="about", status="forecast"),
    F("mới đạt 742 tỷ đồng", "742", 742e9, "money", "đồng", "số vốn vay đã giải ngân",
      P("đến nay", None, "2024-11-06"), percent=31.6),
    F("gốc 48,2 tỷ đồng", "48,2", 48.2e9, "money", "đồng", "chi trả nợ gốc", Y23),
    F("gần 19 tỷ đồng", "19", 19e9, "money", "đồng", "trả lãi, phí", Y23, approx="nearly"),
    F("là 41,7 tỷ đồng", "41,7", 41.7e9, "money", "đồng", "số trả nợ gốc",
      P("10 tháng năm 2024", "2024-01-01", "2024-10-31"), change=C("increase", 15.8, "%", "cùng kỳ")),
    F("khoảng 70-75 tỷ đồng", "70", 70e9, "money", "đồng", "ngân sách tỉnh cân đối cho trả nợ", value_max=75e9,
      approx="about", percent=1.5),
    F("khoảng 88.000 tỷ đồng", "88.000", 88000e9, "money", "đồng", "dư nợ của chính quyền địa phương", E23,
      approx="about", percent=0.86, location="Việt Nam"),
    F("có 19 địa phương", "19", 19, "count", "địa phương", "địa phương có dư nợ dưới 20% hạn mức", E23,
      location="Việt Nam"),
    F("dưới 20% hạn mức", "20", 20, "percent", "%", "dư nợ so với hạn mức", E23, approx="under",
      location="Việt Nam", optional=True),
    F("quá 20% số thu", "20", 20, "percent", "%", "hạn mức dư nợ của các địa phương có bội thu ngân sách",
      approx="at_most", location="Việt Nam", optional=True),
]

COMMENTS = [
    "National online press (VnExpress style, 'Kinh doanh › Vĩ mô'): Bình Định's local government debt, repayments, national context.",
    "'Thứ tư, 6/11/2024, 14:20 (GMT+7)' is the dateline; byline at the end. Headline 'hơn 1.100 tỷ đồng' is a figure (over), no period.",
    "'bằng khoảng 37% mức dư nợ vay tối đa' is the share of 1.126,4 tỷ (the 'khoảng' belongs to the share; the amount is exact).",
    "'8 dự án, trong đó 5 …, 3 …': parts with total 8 (period inherited from the sentence before).",
    "'dự kiến vay lại khoảng 2.350 tỷ' forecast for the period 2021-2025; 'đến nay' (own sentence) ends at the dateline.",
    "'khoảng 70-75 tỷ đồng' range with approx; 'mỗi năm' is a frequency, not a period. 'tương đương chưa đến 1,5% tổng chi' is its share (percent 1,5).",
    "National paragraph: location Việt Nam; 0,86% GDP is the share of 88.000 tỷ. Thresholds 'dưới 20% hạn mức' (inside the definition",
    "of the 19 provinces) and the legal limit '20% số thu' are optional. Distractors: 'Luật Ngân sách nhà nước 2015', '(GMT+7)',",
    "'Quy Nhơn' (project site, no figure), project names, WB.",
]

emit("p424-7", TEXT, COMMENTS, FIGS, published="2024-11-06", location="Bình Định")
