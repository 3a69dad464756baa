"""p1047-8: provincial newspaper online (Báo Bà Rịa - Vũng Tàu), Phước Tỉnh squid fleet, headline figure, (BR-VT) tag."""
from lib import C, F, I, P, T, emit

TEXT = """Báo Bà Rịa - Vũng Tàu điện tử > Kinh tế > Nông - Lâm - Ngư nghiệp

Ngư dân Phước Tỉnh thu gần 900 tỷ đồng từ nghề câu mực

05/12/2023 - 16:20

(BR-VT) - 11 tháng năm 2023, đội tàu câu mực của xã Phước Tỉnh (huyện Long Điền) khai thác được 14.600 tấn mực, tăng 9% so với cùng kỳ, giá trị ước đạt gần 900 tỷ đồng.

Hiện toàn xã có 326 tàu câu mực, chiếm gần 70% số tàu cá của xã, trong đó 158 tàu có chiều dài từ 15 m trở lên. Mỗi tàu câu mực có từ 8 đến 12 lao động; mỗi chuyến biển kéo dài 20-25 ngày, chi phí khoảng 150 triệu đồng/chuyến.

Theo ông Lê Văn Chín, Chủ tịch Hội nghề cá xã Phước Tỉnh, giá mực ống tươi hiện ở mức 180.000 đồng/kg, cao hơn khoảng 20% so với năm 2022, nên thu nhập của thuyền viên đạt 15-20 triệu đồng/người/tháng.

Toàn tỉnh Bà Rịa - Vũng Tàu hiện có 854 tàu làm nghề câu mực, chụp mực, đứng thứ 3 cả nước về số tàu câu mực. Năm 2023, sản lượng mực khai thác toàn tỉnh ước đạt 41.500 tấn, chiếm khoảng 13% sản lượng mực của cả nước.

Năm 2024, huyện Long Điền đặt mục tiêu sản lượng khai thác mực đạt 16.000 tấn. Dự kiến trong quý I/2024, huyện khởi công nạo vét luồng vào cảng cá Phước Tỉnh trên Tỉnh lộ 44A với kinh phí 85 tỷ đồng, giúp tàu trên 300 CV ra vào thuận lợi.

Ông Chín cho biết, đây là lần thứ 2 trong 10 năm qua ngư dân xã có vụ mực bội thu như vậy.

QUANG VŨ
"""

M11 = P("11 tháng năm 2023", "2023-01-01", "2023-11-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("thu gần 900 tỷ đồng", "900", 900e9, "money", "đồng", "giá trị thu từ nghề câu mực", approx="nearly"),
    F("khai thác được 14.600 tấn", "14.600", 14600, "measure", "tấn", "mực đội tàu câu mực khai thác", M11,
      change=C("increase", 9, baseline="cùng kỳ")),
    F("ước đạt gần 900 tỷ đồng", "900", 900e9, "money", "đồng", "giá trị mực khai thác", M11, approx="nearly",
      status="estimate"),
    F("có 326 tàu", "326", 326, "count", "tàu", "tàu câu mực", percent=70),
    F("trong đó 158 tàu", "158", 158, "count", "tàu", "tàu câu mực có chiều dài từ 15 m trở lên", total=326),
    F("từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", optional=True),
    F("từ 8 đến 12 lao động", "8", 8, "count", "lao động", "lao động mỗi tàu câu mực", value_max=12),
    F("kéo dài 20-25 ngày", "20", 20, "measure", "ngày", "thời gian mỗi chuyến biển", value_max=25),
    F("khoảng 150 triệu đồng/chuyến", "150", 150e6, "money", "đồng/chuyến", "chi phí mỗi chuyến biển",
      approx="about"),
    F("mức 180.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá mực ống tươi",
      change=C("increase", 20, baseline="năm 2022", approx="about")),
    F("đạt 15-20 triệu đồng/người/tháng", "15", 15e6, "money", "đồng/người/tháng", "thu nhập của thuyền viên",
      value_max=20e6),
    F("có 854 tàu", "854", 854, "count", "tàu", "tàu làm nghề câu mực, chụp mực", location="Bà Rịa - Vũng Tàu"),
    F("đứng thứ 3 cả nước", "3", 3, "rank", "hạng", "số tàu câu mực", location="Bà Rịa - Vũng Tàu"),
    F("ước đạt 41.500 tấn", "41.500", 41500, "measure", "tấn", "sản lượng mực khai thác toàn tỉnh", Y23,
      status="estimate", percent=13, location="Bà Rịa - Vũng Tàu"),
    F("đạt 16.000 tấn", "16.000", 16000, "measure", "tấn", "sản lượng khai thác mực", Y24, status="target"),
    F("kinh phí 85 tỷ đồng", "85", 85e9, "money", "đồng", "kinh phí nạo vét luồng vào cảng cá Phước Tỉnh", Q1,
      status="forecast"),
    F("tàu trên 300 CV", "300", 300, "measure", "CV", "công suất tàu", approx="over", optional=True),
]

COMMENTS = [
    "Báo Bà Rịa - Vũng Tàu online: squid fleet of xã Phước Tỉnh (huyện Long Điền), 11 months of 2023; headline figure; '(BR-VT) -' tag; byline at the end.",
    "Not figures: '05/12/2023 - 16:20', 'Tỉnh lộ 44A' (road), 'Lê Văn Chín'/'Ông Chín' (name), 'lần thứ 2 trong 10 năm qua' (ordinal, a span),",
    "'quý I/2024' (a schedule). The headline '900 tỷ' is a figure of its own (no period, no estimate cue in the headline).",
    "Commune figures take the district (Long Điền); the provincial fleet, rank and catch are Bà Rịa - Vũng Tàu. 'chiếm khoảng 13%' is the share",
    "of 41.500 tấn (percent 10); 'chiếm gần 70%' the share of 326 tàu. 'cao hơn khoảng 20% so với năm 2022' is the change of 180.000 đồng/kg.",
    "'Dự kiến trong quý I/2024 … kinh phí 85 tỷ đồng' is a forecast with that period. 'tàu trên 300 CV' is a category threshold: optional.",
]

emit("p1047-8", TEXT, COMMENTS, FIGS, published="2023-12-05", location="Long Điền")
