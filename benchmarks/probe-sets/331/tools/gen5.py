from lib import F, P, emit

TEXT = """Người giữ rừng Quảng Nam nhận gần 98 tỷ đồng tiền dịch vụ môi trường rừng

(QNO) - Quý III/2024, Quỹ Bảo vệ và Phát triển rừng tỉnh đã chi trả 41,6 tỷ đồng tiền dịch vụ môi trường rừng (DVMTR), nâng tổng số tiền chi trả từ đầu năm đến nay lên gần 98 tỷ đồng, đạt 76% kế hoạch năm.

Theo Quỹ, trong 9 tháng năm 2024, tiền thu từ 47 nhà máy thủy điện chiếm hơn 96% nguồn thu DVMTR của tỉnh. Diện tích rừng được chi trả khoảng 447.000 ha, trong đó rừng do cộng đồng và hộ gia đình nhận khoán bảo vệ chiếm 38%. Các huyện miền núi nhận nhiều là Nam Trà My (19,3 tỷ đồng), Tây Giang (15,8 tỷ đồng), Phước Sơn (12,4 tỷ đồng) và Bắc Trà My (11,1 tỷ đồng).

Đơn giá chi trả bình quân năm 2024 ước khoảng 600.000 đồng/ha, tăng gần 1,3 lần so với năm 2020. Ở xã Trà Cang (huyện Nam Trà My), mỗi hộ nhận khoán bảo vệ 30 ha rừng được nhận từ 15 đến 18 triệu đồng mỗi năm. “Có tiền rừng, bà con không còn vào rừng phát rẫy”, ông Hồ Văn Mười, Trưởng thôn 2, chia sẻ.

Tuy nhiên, đến ngày 30/9/2024, còn 3 nhà máy thủy điện nợ tiền DVMTR trên 4,2 tỷ đồng, có đơn vị nợ kéo dài từ năm 2022.

Bên cạnh DVMTR, Quảng Nam là một trong 11 tỉnh tham gia chuyển nhượng kết quả giảm phát thải vùng Tây Nguyên và Nam Trung Bộ. Theo tính toán của Sở NN&PTNT, tỉnh dự kiến nhận khoảng 2,4 triệu USD, tương đương gần 60 tỷ đồng, để chi trả cho các chủ rừng có thành tích giảm phát thải.

HOÀNG LIÊN

24/10/2024
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-24")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
AS = P("đến ngày 30/9/2024", None, "2024-09-30")
LIST = "tiền DVMTR các huyện miền núi nhận"

FIGS = [
    F("nhận gần 98 tỷ đồng tiền", "98", 98e9, "money", "đồng", "tiền dịch vụ môi trường rừng người giữ rừng nhận",
      P("từ đầu năm đến nay", "2024-01-01", "2024-10-24", inh=True), approx="nearly"),
    F("chi trả 41,6 tỷ đồng", "41,6", 41.6e9, "money", "đồng", "tiền dịch vụ môi trường rừng Quỹ đã chi trả", P("Quý III/2024", "2024-07-01", "2024-09-30")),
    F("lên gần 98 tỷ đồng", "98", 98e9, "money", "đồng", "tổng số tiền dịch vụ môi trường rừng chi trả", YTD, approx="nearly", percent=76),
    F("từ 47 nhà máy", "47", 47, "count", "nhà máy thủy điện", "nhà máy thủy điện nộp tiền DVMTR", M9),
    F("chiếm hơn 96%", "96", 96, "percent", "%", "tỷ trọng tiền thu từ nhà máy thủy điện trong nguồn thu DVMTR", M9, approx="over"),
    F("khoảng 447.000 ha", "447.000", 447000, "measure", "ha", "diện tích rừng được chi trả DVMTR", M9i, approx="about"),
    F("bảo vệ chiếm 38%", "38", 38, "percent", "%", "tỷ lệ diện tích rừng do cộng đồng và hộ gia đình nhận khoán bảo vệ", M9i),
    F("Nam Trà My (19,3 tỷ đồng)", "19,3", 19.3e9, "money", "đồng", LIST, M9i, location="Nam Trà My"),
    F("Tây Giang (15,8 tỷ đồng)", "15,8", 15.8e9, "money", "đồng", LIST, M9i, location="Tây Giang"),
    F("Phước Sơn (12,4 tỷ đồng)", "12,4", 12.4e9, "money", "đồng", LIST, M9i, location="Phước Sơn"),
    F("Bắc Trà My (11,1 tỷ đồng)", "11,1", 11.1e9, "money", "đồng", LIST, M9i, location="Bắc Trà My"),
    F("ước khoảng 600.000 đồng/ha", "600.000", 600000, "money", "đồng/ha", "đơn giá chi trả DVMTR bình quân", Y24,
      approx="about", status="estimate",
      change={"direction": "increase", "value": 1.3, "unit": "lần", "approx": "nearly", "baseline": "năm 2020"}),
    F("bảo vệ 30 ha rừng", "30", 30, "measure", "ha", "diện tích rừng mỗi hộ nhận khoán bảo vệ", location="Nam Trà My", optional=True),
    F("từ 15 đến 18 triệu đồng", "15", 15e6, "money", "đồng", "tiền DVMTR mỗi hộ nhận khoán nhận mỗi năm", value_max=18e6, location="Nam Trà My", _mult=1e6),
    F("còn 3 nhà máy", "3", 3, "count", "nhà máy thủy điện", "nhà máy thủy điện nợ tiền DVMTR", AS),
    F("trên 4,2 tỷ đồng", "4,2", 4.2e9, "money", "đồng", "tiền DVMTR các nhà máy thủy điện nợ", AS, approx="over"),
    F("trong 11 tỉnh", "11", 11, "count", "tỉnh", "tỉnh tham gia chuyển nhượng kết quả giảm phát thải vùng Tây Nguyên và Nam Trung Bộ",
      location="Việt Nam"),
    F("khoảng 2,4 triệu USD", "2,4", 2.4e6, "money", "USD", "tiền chuyển nhượng kết quả giảm phát thải tỉnh nhận", approx="about", status="forecast"),
    F("gần 60 tỷ đồng", "60", 60e9, "money", "đồng", "tiền chuyển nhượng kết quả giảm phát thải tỉnh nhận (quy đổi)", approx="nearly", status="forecast"),
]

COMMENTS = [
    "Party newspaper (Báo Quảng Nam, tag QNO): PFES payments in Q3 and year-to-date 2024, mountain districts, carbon payments expected. Byline, then a bare date '24/10/2024' at the end = published.",
    "Distractors: 'Trưởng thôn 2' (name), 'từ năm 2022' (a date: debt since), the quoted speech, person's name 'Hồ Văn Mười'. 'một trong 11 tỉnh': 'một' is not a figure; 11 provinces is national (Việt Nam).",
    "'từ đầu năm đến nay' runs 2024-01-01 to the published date. The title's 98 tỷ has no period of its own (it restates the body figure): inherited.",
    "'đạt 76% kế hoạch năm' is the share of 98 tỷ. 'chiếm hơn 96%' is a percent figure (the 47 plants are a count; the share is of revenue, not of plants).",
    "'trong đó … chiếm 38%' is a percent figure (no whole for a percent). District list in brackets: subject = list indicator, district = location; period from '9 tháng năm 2024' (inherited).",
    "'ước khoảng 600.000 đồng/ha' estimate and about; 'tăng gần 1,3 lần so với năm 2020' its change (unit lần, approx nearly).",
    "'30 ha rừng' describes the household's contract (a condition of the payment): optional. 'dự kiến nhận khoảng 2,4 triệu USD, tương đương gần 60 tỷ đồng': both forecast;",
    "the converted amount is no share, so it is a figure of its own (as 'tương đương 1,488 triệu hồ sơ' in shared h01).",
    "revised after the first run: subjects of figures in a sentence that spells out 'dịch vụ môi trường rừng (DVMTR)' use the spelled-out words (as the sentence names it).",
]

emit("p331-5", TEXT, COMMENTS, FIGS, published="2024-10-24", location="Quảng Nam")
