"""p959-6: national newspaper (VnExpress style), TP HCM gifts for 27/7/2023."""
from lib import F, P, I, C, T, year, build

TEXT = """
Thời sự | Thứ hai, 24/7/2023, 14:30 (GMT+7)

TP HCM chi gần 190 tỷ đồng tặng quà người có công

Hơn 131.000 người có công, thân nhân liệt sĩ ở TP HCM nhận quà của thành phố, mức 1,3 triệu đồng mỗi suất, dịp kỷ niệm 76 năm Ngày Thương binh - Liệt sĩ.

Sở Lao động - Thương binh và Xã hội TP HCM cho biết năm nay thành phố tặng 131.426 suất quà, tổng kinh phí gần 171 tỷ đồng, tăng khoảng 15% so với năm 2022. Ngoài ra, hơn 58.000 người nhận quà của Chủ tịch nước với mức 300.000 đồng hoặc 600.000 đồng.

Thành phố hiện có 1.165 Bà mẹ Việt Nam anh hùng được phong tặng, truy tặng, trong đó 22 mẹ còn sống, đều được các đơn vị nhận phụng dưỡng. Mức phụng dưỡng hiện là 5 triệu đồng/mẹ/tháng, cao hơn 1,5 triệu đồng so với mức cũ.

Bà Nguyễn Thị Hai (82 tuổi, ngụ quận 8), vợ liệt sĩ, cho biết mỗi năm bà đều được chính quyền thăm hỏi hai lần vào dịp Tết và 27/7.

Trong 6 tháng đầu năm, các quận, huyện và TP Thủ Đức đã xây, sửa 86 căn nhà tình nghĩa, trao hơn 300 sổ tiết kiệm tình nghĩa. Dịp này, thành phố cũng tổ chức cho 2.450 người có công đi điều dưỡng tại các tỉnh miền Trung, mỗi người được hỗ trợ 4,5 triệu đồng.

Sáng 24/7, lãnh đạo thành phố dâng hương tại Nghĩa trang Liệt sĩ TP HCM (phường Long Bình, TP Thủ Đức), nơi an táng hơn 13.000 liệt sĩ.

Hà An
"""

NOW = year(2023, "năm nay")
H1 = P("6 tháng đầu năm", "2023-01-01", "2023-06-30")

FIGS = [
    F("gần 190 tỷ đồng", "190", 190e9, "money", "đồng", "kinh phí tặng quà người có công", approx="nearly"),
    F("Hơn 131.000 người", "131.000", 131000, "count", "người có công, thân nhân liệt sĩ",
      "người có công, thân nhân liệt sĩ nhận quà của thành phố", approx="over"),
    F("mức 1,3 triệu đồng mỗi suất", "1,3", 1.3e6, "money", "đồng/suất", "mức quà của thành phố"),
    F("tặng 131.426 suất quà", "131.426", 131426, "count", "suất quà", "suất quà thành phố tặng", NOW),
    F("gần 171 tỷ đồng", "171", 171e9, "money", "đồng", "tổng kinh phí quà của thành phố", NOW, approx="nearly",
      change=C("increase", 15, "%", "năm 2022", approx="about")),
    F("hơn 58.000 người", "58.000", 58000, "count", "người", "người nhận quà của Chủ tịch nước", I(NOW), approx="over"),
    F("mức 300.000 đồng", "300.000", 300000, "money", "đồng", "mức quà của Chủ tịch nước", I(NOW)),
    F("hoặc 600.000 đồng", "600.000", 600000, "money", "đồng", "mức quà của Chủ tịch nước", I(NOW)),
    F("có 1.165 Bà mẹ", "1.165", 1165, "count", "Bà mẹ Việt Nam anh hùng", "Bà mẹ Việt Nam anh hùng được phong tặng, truy tặng"),
    F("22 mẹ còn sống", "22", 22, "count", "mẹ", "Bà mẹ Việt Nam anh hùng còn sống", total=1165),
    F("là 5 triệu đồng/mẹ/tháng", "5", 5e6, "money", "đồng/mẹ/tháng", "mức phụng dưỡng Bà mẹ Việt Nam anh hùng",
      change=C("increase", 1.5e6, "đồng", "mức cũ")),
    F("(82 tuổi", "82", 82, "measure", "tuổi", "tuổi của bà Nguyễn Thị Hai", optional=True),
    F("thăm hỏi hai lần", "hai", 2, "count", "lần", "lần được chính quyền thăm hỏi mỗi năm", optional=True),
    F("sửa 86 căn", "86", 86, "count", "căn nhà tình nghĩa", "nhà tình nghĩa xây, sửa", H1),
    F("hơn 300 sổ", "300", 300, "count", "sổ tiết kiệm tình nghĩa", "sổ tiết kiệm tình nghĩa trao", H1, approx="over"),
    F("cho 2.450 người có công", "2.450", 2450, "count", "người có công", "người có công đi điều dưỡng tại các tỉnh miền Trung"),
    F("hỗ trợ 4,5 triệu đồng", "4,5", 4.5e6, "money", "đồng/người", "mức hỗ trợ mỗi người đi điều dưỡng"),
    F("hơn 13.000 liệt sĩ", "13.000", 13000, "count", "liệt sĩ", "liệt sĩ an táng tại Nghĩa trang Liệt sĩ TP HCM", approx="over"),
]

NOTES = [
    "National newspaper (VnExpress style) 'Thứ hai, 24/7/2023, 14:30 (GMT+7)', byline at the end. Location TP Hồ Chí Minh throughout",
    "('TP Thủ Đức', 'quận 8', 'phường Long Bình' are places inside it or addresses, not the place of the city-wide figures).",
    "'năm nay' = 2023 (published); the next sentence ('Ngoài ra …') inherits it. Year-less '6 tháng đầu năm' = 2023: the only",
    "earlier year is the change baseline 'năm 2022', which is no period of a figure. Headline and lead restate body figures: each counted.",
    "Optional: the widow's age '82 tuổi' and 'thăm hỏi hai lần' (personal details). '76 năm', 'Sáng 24/7', '27/7' are not figures.",
]

build("p959-6", TEXT, NOTES, FIGS, published="2023-07-24", location="TP Hồ Chí Minh")
