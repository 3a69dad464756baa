from lib import *

TEXT = """Báo Quảng Ngãi điện tử > Kinh tế

Dung Quất: Sửa chữa tàu đạt doanh thu hơn 1.000 tỷ đồng

MINH HOÀNG 07:20, 26/12/2023

(Báo Quảng Ngãi) - Năm 2023, Công ty CP Công nghiệp tàu thủy Dung Quất (DQS) ước sửa chữa 46 lượt tàu, trong đó có 9 tàu chở dầu thô trọng tải trên 100.000 DWT; doanh thu ước đạt 1.035 tỷ đồng, vượt 15% kế hoạch, tăng 27,3% so với năm 2022.

Trong 3 quý đầu năm, số lượt tàu vào sửa chữa lần lượt là 10, 14 và 12 lượt; riêng quý IV dự kiến 10 lượt. Thời gian sửa chữa bình quân giảm còn 28 ngày/tàu, ngắn hơn 5 ngày so với năm trước. Lượng thép thay thế cho các tàu sửa chữa trong năm 2023 khoảng 4.300 tấn, phần lớn phải nhập khẩu.

Hiện DQS có 1.120 cán bộ, công nhân, thu nhập bình quân 12,8 triệu đồng/người/tháng. Công ty đã ký hợp đồng sửa chữa 18 tàu cho năm 2024, giá trị khoảng 26 triệu USD. Theo ông Trần Văn Bảy, Tổng giám đốc DQS, ụ khô số 1 của nhà máy đang được nâng cấp để tiếp nhận tàu đến 150.000 DWT.

Về đóng tàu cá, năm 2023 các cơ sở trên địa bàn tỉnh đã đóng mới 35 tàu, gồm huyện Bình Sơn (21 tàu) và thị xã Đức Phổ (14 tàu), tổng vốn đầu tư gần 140 tỷ đồng. Toàn tỉnh hiện có 4.971 tàu cá, trong đó 2.603 tàu dài từ 15 m trở lên, chiếm 52,4%.

Tòa soạn: 02 Hùng Vương, TP Quảng Ngãi. ĐT: 0255.3822.385
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q = lambda t, s, e, inh=False: P(t, s, e, inh=inh)

FIGS = [
    F("hơn 1.000 tỷ đồng", "1.000", 1000e9, "money", "đồng", "doanh thu sửa chữa tàu", approx="over"),
    F("ước sửa chữa 46 lượt tàu", "46", 46, "count", "lượt tàu", "lượt tàu DQS sửa chữa", Y23, status="estimate"),
    F("có 9 tàu", "9", 9, "count", "tàu", "tàu chở dầu thô trọng tải trên 100.000 DWT", Y23, total=46, status="estimate"),
    F("trên 100.000 DWT", "100.000", 100000, "measure", "DWT", approx="over", optional=True),
    F("ước đạt 1.035 tỷ đồng", "1.035", 1035e9, "money", "đồng", "doanh thu DQS", Y23, status="estimate",
      change=CH("increase", 15, "%", "kế hoạch")),
    F("tăng 27,3%", "27,3", 27.3, "percent", "%", "doanh thu DQS so với năm 2022", Y23, status="estimate", optional=True),
    F("là 10, 14", "10", 10, "count", "lượt tàu", "lượt tàu vào sửa chữa", Q("quý I", "2023-01-01", "2023-03-31", True)),
    F("10, 14 và", "14", 14, "count", "lượt tàu", "lượt tàu vào sửa chữa", Q("quý II", "2023-04-01", "2023-06-30", True)),
    F("và 12 lượt", "12", 12, "count", "lượt tàu", "lượt tàu vào sửa chữa", Q("quý III", "2023-07-01", "2023-09-30", True)),
    F("dự kiến 10 lượt", "10", 10, "count", "lượt tàu", "lượt tàu vào sửa chữa quý IV",
      Q("quý IV", "2023-10-01", "2023-12-31"), status="forecast"),
    F("còn 28 ngày/tàu", "28", 28, "measure", "ngày/tàu", "thời gian sửa chữa bình quân",
      change=CH("decrease", 5, "ngày", "năm trước")),
    F("khoảng 4.300 tấn", "4.300", 4300, "measure", "tấn", "lượng thép thay thế cho các tàu sửa chữa",
      P("trong năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("có 1.120 cán bộ", "1.120", 1120, "count", "cán bộ, công nhân", "cán bộ, công nhân của DQS"),
    F("12,8 triệu", "12,8", 12.8e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("sửa chữa 18 tàu", "18", 18, "count", "tàu", "tàu DQS đã ký hợp đồng sửa chữa cho năm 2024"),
    F("khoảng 26 triệu USD", "26", 26e6, "money", "USD", "giá trị hợp đồng sửa chữa", approx="about"),
    F("đến 150.000 DWT", "150.000", 150000, "measure", "DWT", "trọng tải tàu ụ khô có thể tiếp nhận", approx="at_most",
      optional=True),
    F("đóng mới 35 tàu", "35", 35, "count", "tàu", "tàu cá đóng mới", y23),
    F("Bình Sơn (21 tàu)", "21", 21, "count", "tàu", "tàu cá đóng mới", y23, total=35, location="Bình Sơn"),
    F("Đức Phổ (14 tàu)", "14", 14, "count", "tàu", "tàu cá đóng mới", y23, total=35, location="Đức Phổ"),
    F("gần 140 tỷ đồng", "140", 140e9, "money", "đồng", "tổng vốn đầu tư đóng mới tàu cá", y23, approx="nearly"),
    F("có 4.971 tàu cá", "4.971", 4971, "count", "tàu cá", "tàu cá toàn tỉnh"),
    F("2.603 tàu", "2.603", 2603, "count", "tàu", "tàu dài từ 15 m trở lên", total=4971, percent=52.4),
    F("từ 15 m trở lên", "15", 15, "measure", "m", optional=True),
]

COMMENTS = [
    "Provincial newspaper (Báo Quảng Ngãi) with byline-time-date line 'MINH HOÀNG 07:20, 26/12/2023': Dung Quất ship repair 2023 and fishing-boat building.",
    "'vượt 15% kế hoạch' is the first change of 1.035 tỷ (baseline kế hoạch); the second change 'tăng 27,3% so với năm 2022' is an optional percent figure.",
    "'lần lượt là 10, 14 và 12 lượt' for the first three quarters: each item a count with its quarter (inherited, the quarters are implied); quý IV dự kiến -> forecast.",
    "Ship-size thresholds 'trên 100.000 DWT', capacity 'đến 150.000 DWT' are optional. Bình Sơn (21) + Đức Phổ (14) = 35 after 'gồm': parts with total 35.",
    "Distractors: 'ụ khô số 1', 'Trần Văn Bảy' (name containing a number word), '02 Hùng Vương', phone, '(Báo Quảng Ngãi)' tag (implies the province), times.",
    "'Hiện' sentences: no period. 18 tàu 'cho năm 2024' are contracts held now for 2024 work: no period given.",
]

emit("p600-8", TEXT, COMMENTS, FIGS, published="2023-12-26", location="Quảng Ngãi")
