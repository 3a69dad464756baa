from lib import F, P, emit

TEXT = """Sơn La: Giải ngân 186 tỷ đồng tiền dịch vụ môi trường rừng 6 tháng đầu năm
Ngày đăng: 18/07/2024 | Lượt xem: 874

(SNN Sơn La) - 6 tháng đầu năm 2024, Quỹ Bảo vệ và Phát triển rừng tỉnh đã ký hợp đồng ủy thác với 23 đơn vị sử dụng dịch vụ môi trường rừng (DVMTR), thu được 203,5 tỷ đồng, bằng 52,1% kế hoạch năm, tăng 11,3% so với cùng kỳ. Số tiền đã giải ngân cho các chủ rừng là 186 tỷ đồng, chiếm 91,4% số tiền thu được.

Diện tích rừng được chi trả là 612.400 ha, tăng 8.150 ha so với năm 2023. Các huyện có số tiền chi trả lớn là: Mường La 41,2 tỷ đồng, Quỳnh Nhai 33,7 tỷ đồng, Bắc Yên 27,9 tỷ đồng, Thuận Châu 19,6 tỷ đồng. Đơn giá chi trả dao động từ 180.000 đến 1.240.000 đồng/ha tùy lưu vực; riêng lưu vực thủy điện Sơn La và Hòa Bình có đơn giá khoảng 420.000 đồng/ha.

Toàn tỉnh có 1.986 cộng đồng dân cư bản và 41.320 hộ gia đình, cá nhân là chủ rừng hoặc nhận khoán được hưởng tiền DVMTR. Nhiều bản đã dành từ 10% đến 20% số tiền nhận được để sửa đường, làm nhà văn hóa; bản Nà Nghịu (xã Ít Ong, huyện Mường La) nhận gần 620 triệu đồng, cao nhất tỉnh.

Theo Quyết định số 2147/QĐ-UBND ngày 15/11/2023 của UBND tỉnh, kế hoạch thu tiền DVMTR năm 2024 của Sơn La là 390,6 tỷ đồng. Quỹ phấn đấu đến ngày 31/12/2024 giải ngân đạt 100% số tiền đủ điều kiện chi trả; phối hợp với Hạt Kiểm lâm 12 huyện, thành phố rà soát, cập nhật biến động diện tích rừng trước kỳ chi trả lần 2.

Nguồn: Quỹ BV&PTR tỉnh Sơn La
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
LIST = "số tiền DVMTR chi trả"

FIGS = [
    F("Giải ngân 186 tỷ đồng", "186", 186e9, "money", "đồng", "tiền dịch vụ môi trường rừng giải ngân",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("với 23 đơn vị", "23", 23, "count", "đơn vị sử dụng DVMTR", "đơn vị sử dụng dịch vụ môi trường rừng ký hợp đồng ủy thác", H1),
    F("thu được 203,5 tỷ đồng", "203,5", 203.5e9, "money", "đồng", "tiền dịch vụ môi trường rừng thu được", H1, percent=52.1,
      change={"direction": "increase", "value": 11.3, "unit": "%", "baseline": "cùng kỳ"}),
    F("là 186 tỷ đồng", "186", 186e9, "money", "đồng", "số tiền DVMTR đã giải ngân cho các chủ rừng", H1i, percent=91.4),
    F("là 612.400 ha", "612.400", 612400, "measure", "ha", "diện tích rừng được chi trả DVMTR", H1i,
      change={"direction": "increase", "value": 8150, "unit": "ha", "baseline": "năm 2023"}),
    F("Mường La 41,2 tỷ đồng", "41,2", 41.2e9, "money", "đồng", LIST, H1i, location="Mường La"),
    F("Quỳnh Nhai 33,7 tỷ đồng", "33,7", 33.7e9, "money", "đồng", LIST, H1i, location="Quỳnh Nhai"),
    F("Bắc Yên 27,9 tỷ đồng", "27,9", 27.9e9, "money", "đồng", LIST, H1i, location="Bắc Yên"),
    F("Thuận Châu 19,6 tỷ đồng", "19,6", 19.6e9, "money", "đồng", LIST, H1i, location="Thuận Châu"),
    F("từ 180.000 đến", "180.000", 180000, "money", "đồng/ha", "đơn giá chi trả DVMTR", H1i, value_max=1240000),
    F("khoảng 420.000 đồng/ha", "420.000", 420000, "money", "đồng/ha", "đơn giá chi trả lưu vực thủy điện Sơn La và Hòa Bình", H1i, approx="about"),
    F("có 1.986 cộng đồng", "1.986", 1986, "count", "cộng đồng dân cư bản", "cộng đồng dân cư bản được hưởng tiền DVMTR"),
    F("41.320 hộ gia đình", "41.320", 41320, "count", "hộ gia đình", "hộ gia đình, cá nhân là chủ rừng hoặc nhận khoán được hưởng tiền DVMTR"),
    F("từ 10% đến 20%", "10", 10, "percent", "%", "tỷ lệ số tiền DVMTR các bản dành để sửa đường, làm nhà văn hóa", value_max=20),
    F("gần 620 triệu đồng", "620", 620e6, "money", "đồng", "tiền DVMTR bản Nà Nghịu nhận", H1i, approx="nearly", location="Mường La"),
    F("Sơn La là 390,6 tỷ đồng", "390,6", 390.6e9, "money", "đồng", "kế hoạch thu tiền DVMTR",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 100% số tiền", "100", 100, "percent", "%", "tỷ lệ giải ngân số tiền đủ điều kiện chi trả",
      P("đến ngày 31/12/2024", None, "2024-12-31"), status="target"),
    F("Kiểm lâm 12 huyện", "12", 12, "count", "huyện, thành phố", "Hạt Kiểm lâm huyện, thành phố phối hợp rà soát", optional=True),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Sơn La), 'Ngày đăng: 18/07/2024 | Lượt xem: 874'. PFES collection and payments in the first half of 2024.",
    "Distractors: view counter, 'Quyết định số 2147/QĐ-UBND ngày 15/11/2023', 'kỳ chi trả lần 2' (ordinal), 'SNN Sơn La' tag; 'Hòa Bình' is part of a watershed name, not a place.",
    "The year-less title '6 tháng đầu năm' takes 2024 (the published year; no earlier date). '(bằng 52,1% kế hoạch năm)' is the share of 203,5 tỷ; its first change is 'tăng 11,3% so với cùng kỳ'.",
    "'chiếm 91,4% số tiền thu được' is the share of 186 tỷ, not a total (no part cue). District list: subject = the list's indicator, district = location.",
    "Counts of communities and households ('Toàn tỉnh có …') carry no period; the 10-20% range is a practice, not dated. Nà Nghịu in huyện Mường La: location Mường La.",
    "Plan 390,6 tỷ: 'kế hoạch' makes it a target figure with the period 'năm 2024'; 'phấn đấu … đạt 100%' a target with the as-of end 31/12/2024.",
    "'Hạt Kiểm lâm 12 huyện, thành phố' is the structure of the province: optional.",
    "revised after the first run: subjects of figures in a sentence that spells out 'dịch vụ môi trường rừng (DVMTR)' use the spelled-out words (as the sentence names it).",
]

emit("p331-2", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Sơn La")
