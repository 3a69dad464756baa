from lib import F, P, I, YEAR, CH, emit

TEXT = """Bắc Giang: Hơn 41% số hộ dân nông thôn phân loại rác thải tại nguồn

(BGĐT) - 9 tháng năm 2024, toàn tỉnh có 194.300 hộ gia đình ở khu vực nông thôn thực hiện phân loại rác thải sinh hoạt tại nguồn, chiếm hơn 41% tổng số hộ nông thôn, vượt 6% kế hoạch năm.

Theo Sở Tài nguyên và Môi trường, lượng chất thải rắn sinh hoạt phát sinh toàn tỉnh hiện khoảng 1.380 tấn/ngày. Nhờ phân loại tại nguồn, mỗi ngày có từ 250 đến 300 tấn rác hữu cơ được xử lý ngay tại hộ gia đình bằng cách ủ phân compost hoặc làm thức ăn chăn nuôi, giảm áp lực cho 96 lò đốt rác quy mô xã và 2 khu xử lý tập trung có tổng công suất 700 tấn/ngày.

Huyện Tân Yên là địa phương triển khai mô hình sớm nhất, tỷ lệ hộ phân loại rác đạt 76,4%; tiếp đến là các huyện Lạng Giang (58,2%), Hiệp Hòa (52,7%), Lục Ngạn (49,1%). Đến nay, 22/22 xã, thị trấn của Tân Yên đã bố trí điểm tập kết rác đã phân loại; lượng rác phải vận chuyển đi xử lý còn khoảng 41 tấn/ngày, giảm 21 tấn/ngày so với năm 2022. Huyện hỗ trợ các hộ thùng ủ phân compost trị giá 350.000 đồng/thùng; tổng kinh phí hỗ trợ giai đoạn 2022-2024 hơn 2,6 tỷ đồng.

Tuy nhiên, theo ông Nguyễn Văn Hà, Phó Giám đốc Sở Tài nguyên và Môi trường, tỷ lệ rác thải được xử lý bằng phương pháp chôn lấp trên địa bàn tỉnh vẫn chiếm khoảng 45%, nhiều bãi rác như bãi rác thôn Đồng Quan ven Quốc lộ 17 đã quá tải. Tỉnh phấn đấu đến năm 2025 có 60% số hộ nông thôn phân loại rác thải tại nguồn, tỷ lệ chôn lấp giảm còn dưới 30%.

NGỌC THÚY 15:42, 27/09/2024
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
NOW = P("Đến nay", None, "2024-09-27")
T25 = P("đến năm 2025", None, "2025-12-31")
SORT = "tỷ lệ hộ phân loại rác"

FIGS = [
    F("Hơn 41% số hộ", "41", 41, "percent", "%", "hộ dân nông thôn phân loại rác thải tại nguồn", I(N9), approx="over"),
    F("có 194.300 hộ", "194.300", 194300, "count", "hộ gia đình",
      "hộ gia đình ở khu vực nông thôn thực hiện phân loại rác thải sinh hoạt tại nguồn", N9,
      percent=41, change=CH("increase", 6, baseline="kế hoạch năm")),
    F("khoảng 1.380 tấn/ngày", "1.380", 1380, "measure", "tấn/ngày", "lượng chất thải rắn sinh hoạt phát sinh toàn tỉnh",
      approx="about"),
    F("từ 250 đến 300 tấn", "250", 250, "measure", "tấn/ngày", "rác hữu cơ được xử lý ngay tại hộ gia đình",
      value_max=300),
    F("cho 96 lò đốt", "96", 96, "count", "lò đốt", "lò đốt rác quy mô xã"),
    F("và 2 khu xử lý", "2", 2, "count", "khu xử lý", "khu xử lý tập trung"),
    F("suất 700 tấn/ngày", "700", 700, "measure", "tấn/ngày", "tổng công suất khu xử lý tập trung"),
    F("đạt 76,4%", "76,4", 76.4, "percent", "%", SORT, I(N9), location="Tân Yên"),
    F("Lạng Giang (58,2%)", "58,2", 58.2, "percent", "%", SORT, I(N9), location="Lạng Giang"),
    F("Hiệp Hòa (52,7%)", "52,7", 52.7, "percent", "%", SORT, I(N9), location="Hiệp Hòa"),
    F("Lục Ngạn (49,1%)", "49,1", 49.1, "percent", "%", SORT, I(N9), location="Lục Ngạn"),
    F("22/22 xã", "22", 22, "count", "xã, thị trấn", "xã, thị trấn đã bố trí điểm tập kết rác đã phân loại", NOW,
      total=22, location="Tân Yên"),
    F("khoảng 41 tấn/ngày", "41", 41, "measure", "tấn/ngày", "lượng rác phải vận chuyển đi xử lý", NOW,
      approx="about", change=CH("decrease", 21, "tấn/ngày", "năm 2022"), location="Tân Yên"),
    F("trị giá 350.000", "350.000", 350000, "money", "đồng/thùng", "thùng ủ phân compost hỗ trợ các hộ",
      location="Tân Yên"),
    F("hơn 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", "tổng kinh phí hỗ trợ",
      P("giai đoạn 2022-2024", "2022-01-01", "2024-12-31"), approx="over", location="Tân Yên"),
    F("chiếm khoảng 45%", "45", 45, "percent", "%", "tỷ lệ rác thải được xử lý bằng phương pháp chôn lấp", approx="about"),
    F("có 60% số hộ", "60", 60, "percent", "%", "hộ nông thôn phân loại rác thải tại nguồn", T25, status="target"),
    F("dưới 30%", "30", 30, "percent", "%", "tỷ lệ chôn lấp", T25, approx="under", status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Bắc Giang, tag '(BGĐT)'), byline + time + date at the end: 'NGỌC THÚY 15:42, 27/09/2024'.",
    "Headline percent inherits the lead's '9 tháng năm 2024'. '194.300 hộ …, chiếm hơn 41% …, vượt 6% kế hoạch năm' -> percent 41",
    "(attribute) and change +6% with baseline 'kế hoạch năm' (FIGURES.md: a gap to a plan is a change).",
    "'hiện' sentences carry no period. District list after 'Huyện Tân Yên … đạt 76,4%; tiếp đến là …' shares the indicator; location the district.",
    "'Đến nay' -> as-of ending at the dateline (2024-09-27), also for the clause after ';' in the same sentence. Tân Yên figures have location",
    "Tân Yên ('Huyện hỗ trợ …' continues that paragraph). '41 tấn/ngày, giảm 21 tấn/ngày so với năm 2022' -> change in tấn/ngày.",
    "'giai đoạn 2022-2024' is the period of the 2,6 tỷ total (not of the unit price 350.000 đồng/thùng).",
    "Targets: 'Tỉnh phấn đấu đến năm 2025 có 60% … , tỷ lệ chôn lấp giảm còn dưới 30%' (both target, đến năm 2025).",
    "Distractors: '(BGĐT)', Quốc lộ 17, bãi rác thôn Đồng Quan, byline time 15:42, 'giai đoạn 2022-2024'.",
]

emit("p491-5", TEXT, COMMENTS, FIGS, published="2024-09-27", location="Bắc Giang")
