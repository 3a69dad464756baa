"""p516-6: national press (VnExpress style) — nước sạch cho hộ dân tộc thiểu số."""
from lib import fig, per, inh, ch, emit

TEXT = """Thời sự > Dân sinh
Thứ bảy, 16/3/2024, 06:30 (GMT+7)
Gần 1,2 triệu hộ dân tộc thiểu số chưa được dùng nước sạch

Dù 92,6% hộ đồng bào dân tộc thiểu số đã có nước hợp vệ sinh, chỉ khoảng 41% được dùng nước sạch đạt quy chuẩn.

Theo Bộ Nông nghiệp và Phát triển nông thôn, đến cuối năm 2023, cả nước có khoảng 3,9 triệu hộ dân tộc thiểu số, trong đó 92,6% được sử dụng nước sinh hoạt hợp vệ sinh, nhưng tỷ lệ dùng nước sạch đạt quy chuẩn QCVN 01-1:2018/BYT chỉ khoảng 41%. Còn gần 1,17 triệu hộ chưa được tiếp cận nước sạch, tập trung tại 14 tỉnh miền núi phía Bắc và 5 tỉnh Tây Nguyên.

Tỷ lệ hộ dùng nước sạch thấp nhất thuộc về Hà Giang, Điện Biên và Lai Châu, lần lượt 28,5%, 31,2% và 33,7%.

Giai đoạn 2021-2023, Chương trình MTQG 1719 đã hỗ trợ nước sinh hoạt phân tán cho hơn 96.400 hộ với mức 3 triệu đồng/hộ, đầu tư 812 công trình cấp nước tập trung với tổng vốn hơn 2.640 tỷ đồng. Tuy vậy, theo khảo sát của Trung tâm Quốc gia Nước sạch và Vệ sinh môi trường nông thôn, khoảng 35-40% công trình tập trung ở vùng cao hoạt động kém bền vững hoặc đã ngừng hoạt động.

"Suất đầu tư cấp nước cho một hộ ở vùng cao từ 18 đến 25 triệu đồng. Con số này gấp khoảng 2,5 lần vùng đồng bằng do dân cư phân tán, nguồn nước xa", ông Đỗ Văn Thành, Phó Cục trưởng Cục Thủy lợi, nói.

Theo Chiến lược quốc gia cấp nước sạch và vệ sinh nông thôn, mục tiêu đến năm 2025 có 65% hộ dân tộc thiểu số được dùng nước sạch đạt quy chuẩn với số lượng tối thiểu 60 lít/người/ngày, và đến năm 2030 nâng tỷ lệ này lên 80%.

Gia Chính
"""

END23 = per("đến cuối năm 2023", None, "2023-12-31")
GD = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

F = [
    fig("Gần 1,2 triệu hộ", "1,2", 1.2e6, "count", "hộ", "hộ dân tộc thiểu số chưa được dùng nước sạch", approx="nearly"),
    fig("Dù 92,6% hộ", "92,6", 92.6, "percent", "%", "hộ đồng bào dân tộc thiểu số đã có nước hợp vệ sinh", inh(END23)),
    fig("chỉ khoảng 41% được", "41", 41, "percent", "%", "hộ được dùng nước sạch đạt quy chuẩn", inh(END23),
        approx="about"),
    fig("khoảng 3,9 triệu hộ", "3,9", 3.9e6, "count", "hộ", "hộ dân tộc thiểu số", END23, approx="about"),
    fig("trong đó 92,6%", "92,6", 92.6, "percent", "%", "hộ dân tộc thiểu số được sử dụng nước sinh hoạt hợp vệ sinh",
        END23, note="a share of a sub-group after 'trong đó': a percent figure of its own (a percent takes no total)"),
    fig("chỉ khoảng 41%.", "41", 41, "percent", "%", "tỷ lệ dùng nước sạch đạt quy chuẩn QCVN 01-1:2018/BYT", END23,
        approx="about"),
    fig("gần 1,17 triệu hộ", "1,17", 1.17e6, "count", "hộ", "hộ chưa được tiếp cận nước sạch", inh(END23),
        approx="nearly"),
    fig("tại 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh miền núi phía Bắc có hộ chưa được tiếp cận nước sạch", inh(END23)),
    fig("và 5 tỉnh", "5", 5, "count", "tỉnh", "tỉnh Tây Nguyên có hộ chưa được tiếp cận nước sạch", inh(END23)),
    fig("lần lượt 28,5%", "28,5", 28.5, "percent", "%", "tỷ lệ hộ dùng nước sạch", inh(END23), location="Hà Giang"),
    fig("28,5%, 31,2%", "31,2", 31.2, "percent", "%", "tỷ lệ hộ dùng nước sạch", inh(END23), location="Điện Biên"),
    fig("và 33,7%", "33,7", 33.7, "percent", "%", "tỷ lệ hộ dùng nước sạch", inh(END23), location="Lai Châu"),
    fig("hơn 96.400 hộ", "96.400", 96400, "count", "hộ", "hộ được hỗ trợ nước sinh hoạt phân tán", GD, approx="over"),
    fig("mức 3 triệu đồng/hộ", "3", 3e6, "money", "đồng/hộ", "mức hỗ trợ nước sinh hoạt phân tán", GD),
    fig("đầu tư 812 công trình", "812", 812, "count", "công trình", "công trình cấp nước tập trung được đầu tư", GD),
    fig("hơn 2.640 tỷ", "2.640", 2640e9, "money", "đồng", "tổng vốn đầu tư công trình cấp nước tập trung", GD,
        approx="over"),
    fig("khoảng 35-40%", "35", 35, "percent", "%",
        "công trình tập trung ở vùng cao hoạt động kém bền vững hoặc đã ngừng hoạt động", value_max=40, approx="about"),
    fig("từ 18 đến 25 triệu", "18", 18e6, "money", "đồng", "suất đầu tư cấp nước cho một hộ ở vùng cao", value_max=25e6),
    fig("gấp khoảng 2,5 lần", "2,5", 2.5, "multiple", "lần", "suất đầu tư cấp nước vùng cao so với vùng đồng bằng",
        approx="about"),
    fig("có 65% hộ", "65", 65, "percent", "%", "hộ dân tộc thiểu số được dùng nước sạch đạt quy chuẩn", T25,
        status="target"),
    fig("tối thiểu 60 lít", "60", 60, "measure", "lít/người/ngày", "số lượng nước sạch tối thiểu", T25,
        approx="at_least", status="target", optional=True,
        note="the standard's minimum quantity: a threshold of the target, optional"),
    fig("lên 80%", "80", 80, "percent", "%", "tỷ lệ hộ dân tộc thiểu số được dùng nước sạch đạt quy chuẩn", T30,
        status="target"),
]

COMMENTS = [
    "National press (VnExpress style; invented): 'Thứ bảy, 16/3/2024, 06:30 (GMT+7)'; byline at the end. Nước sạch cho hộ DTTS, cả nước.",
    "All figures national (location Việt Nam) except the three provinces of the 'lần lượt' list.",
    "Not figures: '(GMT+7)', 'QCVN 01-1:2018/BYT', 'MTQG 1719', 'một hộ' (the rate's denominator in 'cho một hộ').",
    "The sapo repeats 92,6% and 41% without a period (inherited from 'đến cuối năm 2023'); both the sapo and body mentions are figures.",
    "'trong đó 92,6%' after 3,9 triệu hộ: a percent figure of its own. '35-40%' range with 'khoảng'. 'gấp khoảng 2,5 lần' stands as its",
    "own sentence's claim: a multiple. '60 lít/người/ngày' (tối thiểu) is optional. Targets: 'đến năm 2025' / 'đến năm 2030' as-of.",
]

emit("p516-6", TEXT, COMMENTS, F, published="2024-03-16", location="Việt Nam")
