from lib import F, P, build

TEXT = """Cẩm Giàng: Ngày hội hiến máu tình nguyện đợt 2 năm 2024 tiếp nhận 1.136 đơn vị máu
Thứ Hai, 15/07/2024 - 09:45

Ngày 13/7, tại Trung tâm Văn hóa - Thể thao huyện, Ban Chỉ đạo vận động hiến máu tình nguyện huyện Cẩm Giàng phối hợp với Huyện đoàn và Viện Huyết học - Truyền máu Trung ương tổ chức Ngày hội hiến máu tình nguyện đợt 2 năm 2024.

Ngày hội có 1.250 người đăng ký hiến máu; sau khám sàng lọc đã tiếp nhận 1.136 đơn vị máu, đạt 113,6% kế hoạch (kế hoạch 1.000 đơn vị). Trong đó có 412 đơn vị máu loại 350 ml và 724 đơn vị loại 250 ml. Đoàn viên, thanh niên chiếm 58% số người hiến máu. Các cơ sở Đoàn có đông đoàn viên tham gia là Đoàn Thanh niên Sư đoàn 395 (96 người), Đoàn Trường THPT Cẩm Giàng II (87 người) và Đoàn khối cơ quan huyện (74 người).

Tính chung 6 tháng đầu năm 2024, toàn huyện tổ chức 2 đợt hiến máu, tiếp nhận 2.048 đơn vị máu, tăng 14,2% so với cùng kỳ năm trước. Từ năm 2015 đến nay, huyện đã vận động được hơn 15.600 đơn vị máu; 26 người hiến máu từ 20 lần trở lên được UBND tỉnh tặng Bằng khen.

Năm 2024, huyện phấn đấu tiếp nhận ít nhất 3.500 đơn vị máu, tỷ lệ người dân tham gia hiến máu đạt 2,1% dân số.

Mọi thông tin xin liên hệ Huyện đoàn Cẩm Giàng, điện thoại 0220.3786.125 hoặc đường dây nóng 0912.345.678.

Ban Biên tập Cổng thông tin điện tử huyện Cẩm Giàng
"""

D = P("Ngày 13/7", "2024-07-13", "2024-07-13", inh=True)
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SINCE = P("Từ năm 2015 đến nay", "2015-01-01", "2024-07-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tiếp nhận 1.136 đơn vị máu\n", "1.136", 1136, "count", "đơn vị máu",
      "đơn vị máu tiếp nhận tại Ngày hội hiến máu tình nguyện đợt 2",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 1.250 người", "1.250", 1250, "count", "người", "người đăng ký hiến máu", D),
    F("đã tiếp nhận 1.136 đơn vị", "1.136", 1136, "count", "đơn vị máu", "đơn vị máu tiếp nhận", D,
      percent=113.6, target={"value": 1000, "unit": "đơn vị"}),
    F("có 412 đơn vị", "412", 412, "count", "đơn vị máu", "đơn vị máu loại 350 ml", D, total=1136),
    F("loại 350 ml", "350", 350, "measure", "ml", "thể tích đơn vị máu", D, optional=True),
    F("724 đơn vị", "724", 724, "count", "đơn vị", "đơn vị máu loại 250 ml", D, total=1136),
    F("loại 250 ml", "250", 250, "measure", "ml", "thể tích đơn vị máu", D, optional=True),
    F("chiếm 58%", "58", 58, "percent", "%", "Đoàn viên, thanh niên trong số người hiến máu", D),
    F("(96 người)", "96", 96, "count", "người", "đoàn viên tham gia hiến máu", D),
    F("(87 người)", "87", 87, "count", "người", "đoàn viên tham gia hiến máu", D),
    F("(74 người)", "74", 74, "count", "người", "đoàn viên tham gia hiến máu", D),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt hiến máu", "đợt hiến máu", H1),
    F("tiếp nhận 2.048 đơn vị", "2.048", 2048, "count", "đơn vị máu", "đơn vị máu tiếp nhận", H1,
      change={"direction": "increase", "value": 14.2, "unit": "%", "baseline": "cùng kỳ năm trước"}),
    F("hơn 15.600 đơn vị", "15.600", 15600, "count", "đơn vị máu", "đơn vị máu vận động được", SINCE, approx="over"),
    F("26 người hiến máu", "26", 26, "count", "người", "người hiến máu từ 20 lần trở lên được tặng Bằng khen", SINCE),
    F("từ 20 lần trở lên", "20", 20, "count", "lần", "số lần hiến máu", SINCE, approx="at_least", optional=True),
    F("ít nhất 3.500 đơn vị", "3.500", 3500, "count", "đơn vị máu", "đơn vị máu tiếp nhận", Y24,
      approx="at_least", status="target"),
    F("đạt 2,1% dân số", "2,1", 2.1, "percent", "%", "tỷ lệ người dân tham gia hiến máu", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Cẩm Giàng (district portal, Hải Dương): Ngày hội hiến máu đợt 2/2024. Dateline 'Thứ Hai, 15/07/2024 - 09:45'.",
    "Distractors: 'đợt 2' (edition label), 'Ngày 13/7', 'Sư đoàn 395' and 'THPT Cẩm Giàng II' (names), phone and hotline numbers.",
    "'đạt 113,6% kế hoạch (kế hoạch 1.000 đơn vị)': share = percent, bracketed plan = target. 'Trong đó có 412 … và 724 …' after a",
    "sentence break: total 1136 (412+724). Bag sizes '350 ml', '250 ml' label the type: optional. Unit organisations in the list are not places.",
    "The event day 'Ngày 13/7' is the (inherited) period of the event figures. 'Từ năm 2015 đến nay' ends at the dateline 2024-07-15.",
    "'từ 20 lần trở lên' is a criterion (optional). 'Năm 2024, huyện phấn đấu …': both clauses are targets.",
]

build("p258-2", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Cẩm Giàng")
