from lib import F, P, ch, emit

TEXT = """Vận tải thủy nội địa năm 2023: Khối lượng hàng hóa đạt gần 400 triệu tấn
Ngày đăng: 18/01/2024

Theo Cục Đường thủy nội địa Việt Nam, năm 2023, khối lượng hàng hóa vận tải bằng đường thủy nội địa cả nước đạt 398,6 triệu tấn, tăng 7,2% so với năm 2022, chiếm khoảng 21% thị phần vận tải hàng hóa nội địa; khối lượng hành khách đạt 12,4 triệu lượt.

Hàng hóa qua các cảng, bến thủy nội địa tập trung chủ yếu ở khu vực phía Nam với 232,8 triệu tấn, chiếm 58,4%; khu vực phía Bắc đạt 151,3 triệu tấn, chiếm 38%; khu vực miền Trung chỉ đạt 14,5 triệu tấn. Các địa phương có khối lượng hàng hóa thông qua lớn nhất gồm: Đồng Nai (41,2 triệu tấn), Bình Dương (35,7 triệu tấn), Hải Dương (28,9 triệu tấn) và Quảng Ninh (26,4 triệu tấn).

Cả nước hiện có 296 cảng thủy nội địa và 7.012 bến thủy nội địa được cấp phép; 38/63 tỉnh, thành phố có bến khách ngang sông. Năm 2023, Cục đã công bố mở mới 12 cảng, nâng cấp 4 tuyến luồng với tổng chiều dài trên 350 km, trong đó có tuyến kênh Chợ Gạo và tuyến sông Đáy.

Năm 2024, Cục đặt chỉ tiêu khối lượng hàng hóa vận tải thủy nội địa tăng từ 6-7%, không để xảy ra ùn tắc kéo dài trên 24 giờ tại các tuyến trọng điểm.

Theo Quy hoạch kết cấu hạ tầng đường thủy nội địa thời kỳ 2021-2030, tầm nhìn đến năm 2050 (Quyết định số 1829/QĐ-TTg), đến năm 2030 khối lượng vận tải hàng hóa đường thủy nội địa đạt khoảng 560 - 605 triệu tấn, hành khách đạt 20 - 25 triệu lượt. Tổng nhu cầu vốn đầu tư kết cấu hạ tầng giai đoạn 2021-2030 dự kiến khoảng 140 nghìn tỷ đồng.

Cục Đường thủy nội địa Việt Nam - Số 5 Nguyễn Khắc Viện, Hà Nội.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23I = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
GD = P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")
SUBJ = "khối lượng hàng hóa thông qua"

FIGS = [
    F("đạt gần 400 triệu tấn", "400", 400000000, "measure", "tấn", "khối lượng hàng hóa vận tải thủy nội địa",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("đạt 398,6 triệu tấn", "398,6", 398600000, "measure", "tấn",
      "khối lượng hàng hóa vận tải bằng đường thủy nội địa cả nước", Y23,
      change=ch("increase", 7.2, baseline="năm 2022"), percent=21),
    F("đạt 12,4 triệu lượt", "12,4", 12400000, "count", "lượt", "khối lượng hành khách", Y23),
    F("Nam với 232,8 triệu tấn", "232,8", 232800000, "measure", "tấn",
      "hàng hóa qua các cảng, bến thủy nội địa khu vực phía Nam", Y23I, percent=58.4),
    F("Bắc đạt 151,3 triệu tấn", "151,3", 151300000, "measure", "tấn",
      "hàng hóa qua các cảng, bến thủy nội địa khu vực phía Bắc", Y23I, percent=38),
    F("chỉ đạt 14,5 triệu tấn", "14,5", 14500000, "measure", "tấn",
      "hàng hóa qua các cảng, bến thủy nội địa khu vực miền Trung", Y23I),
    F("Đồng Nai (41,2 triệu tấn)", "41,2", 41200000, "measure", "tấn", SUBJ, Y23I, location="Đồng Nai"),
    F("Bình Dương (35,7 triệu tấn)", "35,7", 35700000, "measure", "tấn", SUBJ, Y23I, location="Bình Dương"),
    F("Hải Dương (28,9 triệu tấn)", "28,9", 28900000, "measure", "tấn", SUBJ, Y23I, location="Hải Dương"),
    F("Quảng Ninh (26,4 triệu tấn)", "26,4", 26400000, "measure", "tấn", SUBJ, Y23I, location="Quảng Ninh"),
    F("có 296 cảng", "296", 296, "count", "cảng thủy nội địa", "cảng thủy nội địa"),
    F("và 7.012 bến", "7.012", 7012, "count", "bến thủy nội địa", "bến thủy nội địa được cấp phép"),
    F("38/63 tỉnh", "38", 38, "count", "tỉnh, thành phố", "tỉnh, thành phố có bến khách ngang sông", total=63),
    F("mới 12 cảng", "12", 12, "count", "cảng", "cảng công bố mở mới", Y23b),
    F("nâng cấp 4 tuyến luồng", "4", 4, "count", "tuyến luồng", "tuyến luồng nâng cấp", Y23b),
    F("trên 350 km", "350", 350, "measure", "km", "tổng chiều dài tuyến luồng nâng cấp", Y23b, approx="over"),
    F("tăng từ 6-7%", "6", 6, "percent", "%", "khối lượng hàng hóa vận tải thủy nội địa tăng", Y24,
      value_max=7, status="target"),
    F("kéo dài trên 24 giờ", "24", 24, "measure", "giờ", "ùn tắc kéo dài", Y24, approx="over",
      status="target", optional=True),
    F("khoảng 560 - 605 triệu tấn", "560", 560000000, "measure", "tấn",
      "khối lượng vận tải hàng hóa đường thủy nội địa", T30, value_max=605000000, approx="about", status="target"),
    F("đạt 20 - 25 triệu lượt", "20", 20000000, "count", "lượt", "hành khách", T30,
      value_max=25000000, status="target"),
    F("khoảng 140 nghìn tỷ đồng", "140", 140000000000000, "money", "đồng",
      "Tổng nhu cầu vốn đầu tư kết cấu hạ tầng", GD, approx="about", status="forecast"),
]

COMMENTS = [
    "Ministry-level site (Cục Đường thủy nội địa Việt Nam, Bộ GTVT): national inland waterway cargo and passengers 2023, regions, top provinces, plan to 2030.",
    "Dateline 'Ngày đăng: 18/01/2024'. Distractors: 'Quyết định số 1829/QĐ-TTg', 'thời kỳ 2021-2030, tầm nhìn đến năm 2050' (a plan's name),",
    "the agency's address 'Số 5 Nguyễn Khắc Viện, Hà Nội' (Hà Nội is not a place of the figures), route names 'kênh Chợ Gạo', 'sông Đáy'.",
    "National figures: location Việt Nam; regions (khu vực phía Nam …) are not provinces. Province list: location per item, subject = the list's indicator.",
    "398,6 triệu tấn carries its change (7,2%) and its share 'chiếm khoảng 21%' (percent 21). The regional amounts carry their shares; no part-of cue, so no total.",
    "'hiện có' stock counts have no period. 38/63 total 63. 'tăng từ 6-7%' is a growth-rate target (percent 6-7, no change).",
    "'không … trên 24 giờ' is a threshold in a target (optional). 2030 plan ranges are targets; 'dự kiến khoảng 140 nghìn tỷ' (=1,4·10^14 đồng) is a forecast.",
]

emit("p260-4", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Việt Nam")
