"""p732-5: Party newspaper (Báo Cà Mau), wild clam beds in Ngọc Hiển and blood cockle farming in Cà Mau."""
from lib import F, P, I, CH, emit

TEXT = """Ngọc Hiển: Bãi nghêu tự nhiên cho thu hoạch gần 9.000 tấn

(CMO) Những ngày đầu tháng 3, trên bãi bồi ven biển xã Đất Mũi và xã Tân Ân, đông đảo lao động tất bật vào mùa khai thác nghêu. Theo UBND huyện Ngọc Hiển, đợt khai thác đầu năm 2024 dự kiến kéo dài đến cuối tháng 4, sản lượng ước đạt 8.900 tấn, trong đó nghêu thương phẩm khoảng 6.500 tấn, nghêu giống khoảng 2.400 tấn.

Hiện huyện có 3 hợp tác xã và 12 tổ hợp tác quản lý, khai thác nghêu trên tổng diện tích bãi bồi 2.860 ha, thu hút 1.450 thành viên. Sau mỗi đợt khai thác, mỗi thành viên được chia lợi nhuận bình quân từ 25 đến 30 triệu đồng. Năm 2023, 2 đợt khai thác nghêu mang về cho các hợp tác xã, tổ hợp tác doanh thu hơn 410 tỷ đồng.

Ông Trần Văn Bảy, Giám đốc Hợp tác xã Nghêu Đất Mũi, cho biết: "Giá nghêu thương phẩm loại 60 con/kg hiện ở mức 28.000 đồng/kg, cao hơn 3.000 đồng/kg so với đợt khai thác năm 2023".

Cùng với nghêu, nghề nuôi sò huyết dưới tán rừng cũng phát triển. Năm 2023, toàn tỉnh Cà Mau nuôi sò huyết trên diện tích 1.230 ha, sản lượng đạt 2.150 tấn, gấp 1,4 lần năm 2022. Giá sò huyết loại 60-70 con/kg được thương lái thu mua 150.000 đồng/kg.

Theo kế hoạch, đến năm 2025, tỉnh phấn đấu đưa diện tích nuôi sò huyết lên 2.000 ha và có ít nhất 1 vùng nghêu được cấp chứng nhận MSC.

HUỲNH LÂM
12/03/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
CM = "Cà Mau"

FIGS = [
    F("gần 9.000 tấn", "9.000", 9000, "measure", "tấn", "bãi nghêu tự nhiên cho thu hoạch", approx="nearly"),
    F("ước đạt 8.900 tấn", "8.900", 8900, "measure", "tấn", "sản lượng đợt khai thác nghêu đầu năm 2024",
      status="estimate"),
    F("khoảng 6.500 tấn", "6.500", 6500, "measure", "tấn", "nghêu thương phẩm", approx="about", total=8900,
      status="estimate"),
    F("khoảng 2.400 tấn", "2.400", 2400, "measure", "tấn", "nghêu giống", approx="about", total=8900,
      status="estimate"),
    F("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã quản lý, khai thác nghêu"),
    F("và 12 tổ hợp tác", "12", 12, "count", "tổ hợp tác", "tổ hợp tác quản lý, khai thác nghêu"),
    F("bãi bồi 2.860 ha", "2.860", 2860, "measure", "ha", "tổng diện tích bãi bồi khai thác nghêu"),
    F("thu hút 1.450 thành viên", "1.450", 1450, "count", "thành viên", "thành viên hợp tác xã, tổ hợp tác"),
    F("từ 25 đến 30 triệu đồng", "25", 25000000, "money", "đồng",
      "lợi nhuận bình quân mỗi thành viên được chia sau mỗi đợt khai thác", value_max=30000000),
    F("Năm 2023, 2 đợt", "2", 2, "count", "đợt khai thác", "đợt khai thác nghêu", P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 410 tỷ đồng", "410", 410000000000, "money", "đồng", "doanh thu khai thác nghêu của các hợp tác xã, tổ hợp tác",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("loại 60 con/kg", "60", 60, "measure", "con/kg", "cỡ nghêu thương phẩm", optional=True),
    F("mức 28.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá nghêu thương phẩm",
      change=CH("increase", 3000, "đồng/kg", "đợt khai thác năm 2023")),
    F("diện tích 1.230 ha", "1.230", 1230, "measure", "ha", "diện tích nuôi sò huyết", Y23, location=CM),
    F("đạt 2.150 tấn", "2.150", 2150, "measure", "tấn", "sản lượng sò huyết", Y23,
      change=CH("increase", 1.4, "lần", "năm 2022"), location=CM),
    F("loại 60-70 con/kg", "60", 60, "measure", "con/kg", "cỡ sò huyết", value_max=70, optional=True, location=CM),
    F("mua 150.000 đồng/kg", "150.000", 150000, "money", "đồng/kg", "giá sò huyết thương lái thu mua", location=CM),
    F("lên 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích nuôi sò huyết", T25, status="target", location=CM),
    F("ít nhất 1 vùng nghêu", "1", 1, "count", "vùng nghêu", "vùng nghêu được cấp chứng nhận MSC", T25,
      approx="at_least", status="target", location=CM),
]

COMMENTS = [
    "Báo Cà Mau (CMO): khai thác nghêu bãi bồi Ngọc Hiển đầu năm 2024; nuôi sò huyết dưới tán rừng toàn tỉnh 2023; mục tiêu 2025.",
    "Party newspaper: headline first, (CMO) tag, byline and bare date at the end -> published 2024-03-12. Distractors: đầu tháng 3, cuối",
    "tháng 4 (dates), ông Trần Văn Bảy (name), size grades 'loại 60 con/kg', 'loại 60-70 con/kg' (optional).",
    "Ngọc Hiển figures take the district; the sò huyết paragraph is 'toàn tỉnh Cà Mau' and the 2025 target is the province's ('tỉnh phấn đấu').",
    "'đợt khai thác đầu năm 2024' is no standard period: no period. 'dự kiến kéo dài …, sản lượng ước đạt' -> the ước clause is estimate,",
    "continuing into the 'trong đó' parts. 'gấp 1,4 lần năm 2022' right after 2.150 tấn is its change (lần).",
]

emit("p732-5", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Ngọc Hiển")
