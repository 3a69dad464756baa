from lib import F, P, emit

TEXT = """Năm 2023, tiền dịch vụ môi trường rừng cả nước đạt 3.957 tỷ đồng
Ngày cập nhật: 22/01/2024

Tại Hội nghị tổng kết năm 2023 của Quỹ Bảo vệ và Phát triển rừng Việt Nam (VNFF) tổ chức ngày 19/1 tại Hà Nội, đại diện Quỹ cho biết tổng thu tiền dịch vụ môi trường rừng (DVMTR) toàn quốc năm 2023 đạt 3.957 tỷ đồng, bằng 103% kế hoạch, giảm 3,5% so với năm 2022 do lượng mưa thấp khiến sản lượng thủy điện sụt giảm. Trong đó, VNFF thu 2.118 tỷ đồng từ các đơn vị sử dụng DVMTR liên tỉnh, Quỹ cấp tỉnh thu 1.839 tỷ đồng.

Tiền DVMTR đã chi trả cho khoảng 7,2 triệu ha rừng, chiếm 49% tổng diện tích rừng toàn quốc. Đơn giá bình quân cả nước ở mức 440.000 đồng/ha; có 8 tỉnh đạt đơn giá trên 1 triệu đồng/ha, cao nhất là Lai Châu (khoảng 1,6 triệu đồng/ha). Đối tượng nhận tiền gồm gần 500.000 hộ gia đình, 6.200 cộng đồng dân cư và 1.150 tổ chức chủ rừng.

Lũy kế từ năm 2011 đến hết năm 2023, cả nước đã thu trên 29,8 nghìn tỷ đồng tiền DVMTR, bình quân khoảng 2.300 tỷ đồng/năm. Nguồn thu này chiếm khoảng 22% tổng vốn đầu tư cho bảo vệ và phát triển rừng, trở thành nguồn tài chính bền vững của ngành lâm nghiệp.

Năm 2024, VNFF đặt kế hoạch thu 4.100 tỷ đồng tiền DVMTR. Cùng với Nghị định số 156/2018/NĐ-CP, Bộ đang hoàn thiện dự thảo sửa đổi để bổ sung đối tượng chi trả là các cơ sở nuôi trồng thủy sản và cơ sở hấp thụ, lưu giữ carbon rừng. Mục tiêu giai đoạn 2021-2025 là duy trì tỷ lệ che phủ rừng toàn quốc ổn định ở mức 42%, nâng thu nhập bình quân của người nhận khoán bảo vệ rừng tăng từ 15% đến 20%.

Trụ sở Bộ Nông nghiệp và Phát triển nông thôn: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3843.3162.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
CUM = P("từ năm 2011 đến hết năm 2023", "2011-01-01", "2023-12-31")
TGT = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("cả nước đạt 3.957 tỷ đồng", "3.957", 3957e9, "money", "đồng", "tiền dịch vụ môi trường rừng", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("năm 2023 đạt 3.957 tỷ đồng", "3.957", 3957e9, "money", "đồng", "tổng thu tiền dịch vụ môi trường rừng toàn quốc", Y23, percent=103,
      change={"direction": "decrease", "value": 3.5, "unit": "%", "baseline": "năm 2022"}),
    F("VNFF thu 2.118 tỷ đồng", "2.118", 2118e9, "money", "đồng", "tiền DVMTR VNFF thu từ các đơn vị sử dụng DVMTR liên tỉnh", Y23i, total=3957e9),
    F("tỉnh thu 1.839 tỷ đồng", "1.839", 1839e9, "money", "đồng", "tiền DVMTR Quỹ cấp tỉnh thu", Y23i, total=3957e9),
    F("khoảng 7,2 triệu ha", "7,2", 7.2e6, "measure", "ha", "diện tích rừng được chi trả DVMTR", Y23i, approx="about", percent=49),
    F("mức 440.000 đồng/ha", "440.000", 440000, "money", "đồng/ha", "đơn giá chi trả DVMTR bình quân cả nước", Y23i),
    F("có 8 tỉnh", "8", 8, "count", "tỉnh", "tỉnh đạt đơn giá DVMTR trên 1 triệu đồng/ha", Y23i),
    F("trên 1 triệu đồng/ha", "1", 1e6, "money", "đồng/ha", "ngưỡng đơn giá", approx="over", optional=True),
    F("khoảng 1,6 triệu đồng/ha", "1,6", 1.6e6, "money", "đồng/ha", "đơn giá chi trả DVMTR cao nhất", Y23i, approx="about", location="Lai Châu"),
    F("gần 500.000 hộ gia đình", "500.000", 500000, "count", "hộ gia đình", "hộ gia đình nhận tiền DVMTR", Y23i, approx="nearly"),
    F("6.200 cộng đồng", "6.200", 6200, "count", "cộng đồng dân cư", "cộng đồng dân cư nhận tiền DVMTR", Y23i),
    F("1.150 tổ chức", "1.150", 1150, "count", "tổ chức chủ rừng", "tổ chức chủ rừng nhận tiền DVMTR", Y23i),
    F("trên 29,8 nghìn tỷ đồng", "29,8", 29.8e12, "money", "đồng", "tiền DVMTR thu lũy kế", CUM, approx="over"),
    F("khoảng 2.300 tỷ đồng/năm", "2.300", 2300e9, "money", "đồng/năm", "tiền DVMTR thu bình quân mỗi năm", CUM, approx="about"),
    F("chiếm khoảng 22%", "22", 22, "percent", "%", "tỷ trọng tiền DVMTR trong tổng vốn đầu tư cho bảo vệ và phát triển rừng",
      P("từ năm 2011 đến hết năm 2023", "2011-01-01", "2023-12-31", inh=True), approx="about"),
    F("kế hoạch thu 4.100 tỷ đồng", "4.100", 4100e9, "money", "đồng", "kế hoạch thu tiền DVMTR của VNFF",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("mức 42%", "42", 42, "percent", "%", "tỷ lệ che phủ rừng toàn quốc", TGT, status="target"),
    F("từ 15% đến 20%", "15", 15, "percent", "%", "mức tăng thu nhập bình quân của người nhận khoán bảo vệ rừng", TGT,
      value_max=20, status="target"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), 'Ngày cập nhật: 22/01/2024' without time: national PFES results 2023, cumulative 2011-2023, 2024 plan and 2021-2025 targets.",
    "National article: default location Việt Nam; Lai Châu (bracketed item) is the place of its unit price. 'ngày 19/1', 'Nghị định số 156/2018/NĐ-CP',",
    "address 'Số 2 Ngọc Hà', phone 024.3843.3162 are distractors.",
    "'bằng 103% kế hoạch' is the share and 'giảm 3,5% so với năm 2022' the change of 3.957 tỷ. 'Trong đó' gives the two collectors (they add up: 2.118 + 1.839) the total 3.957 tỷ.",
    "'trên 29,8 nghìn tỷ' = 29,8·10¹² đồng over 2011-2023; the average per year is a money rate 'đồng/năm'. 'Nguồn thu này chiếm khoảng 22% …' stands in its own",
    "sentence with no amount: a percent figure, period inherited from the cumulative sentence.",
    "'trên 1 triệu đồng/ha' is the threshold that defines the 8 provinces: optional. 'kế hoạch thu 4.100 tỷ' target 2024. 'Mục tiêu giai đoạn 2021-2025': 42% and",
    "the 15-20% income growth are target figures (a growth rate as the claim: no change object).",
    "revised after the first run: subjects of figures in a sentence that spells out 'dịch vụ môi trường rừng (DVMTR)' use the spelled-out words (as the sentence names it).",
]

emit("p331-6", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Việt Nam")
