"""p480-8: Đà Nẵng city portal, Lễ hội Xuân hồng 2024 and the city's 2023 results."""
from lib import F, P, INH, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG
Trang chủ » Tin tức » Y tế

Lễ hội Xuân hồng lần thứ 10: tiếp nhận 1.468 đơn vị máu sau Tết

Ngày cập nhật 22/02/2024

Trong 2 ngày 17 và 18/2/2024, Lễ hội Xuân hồng lần thứ 10 do Hội Chữ thập đỏ thành phố tổ chức tại Cung Thể thao Tiên Sơn đã thu hút 1.735 người đăng ký, tiếp nhận 1.468 đơn vị máu, tăng 12,5% so với lễ hội năm trước.

Các quận có đông người tham gia là Hải Châu (412 người), Liên Chiểu (305 người) và Sơn Trà (257 người). Dịp này, thành phố tôn vinh 86 người hiến máu tiêu biểu, trong đó 11 người đã hiến máu trên 50 lần.

Năm 2023, toàn thành phố tiếp nhận 32.415 đơn vị máu, đạt 108% kế hoạch, tăng 2.110 đơn vị so với năm 2022; tỷ lệ người dân hiến máu đạt 2,7% dân số, đứng thứ 2 cả nước. Đội hiến máu dự bị "Ngân hàng máu sống" hiện có 1.250 thành viên, sẵn sàng hiến máu khi có yêu cầu.

Theo quy định, mỗi người hiến máu được hỗ trợ từ 100.000 đến 180.000 đồng tùy thể tích máu hiến. Tổng giá trị quà tặng, tiền hỗ trợ tại lễ hội năm nay khoảng 320 triệu đồng.

Năm 2024, thành phố phấn đấu tiếp nhận trên 34.000 đơn vị máu, tỷ lệ người hiến máu nhắc lại đạt trên 45%.

Người dân đăng ký hiến máu xin liên hệ Hội Chữ thập đỏ thành phố, số 35 Ông Ích Khiêm, quận Hải Châu, hoặc gọi 0236.3821.520.
"""

FEST = P("Trong 2 ngày 17 và 18/2/2024", "2024-02-17", "2024-02-18")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tiếp nhận 1.468 đơn vị máu sau", "1.468", 1468, "count", "đơn vị máu", "đơn vị máu Lễ hội Xuân hồng tiếp nhận",
      INH(FEST)),
    F("thu hút 1.735 người", "1.735", 1735, "count", "người", "người đăng ký hiến máu", FEST),
    F("tiếp nhận 1.468 đơn vị máu, tăng", "1.468", 1468, "count", "đơn vị máu", "đơn vị máu Lễ hội Xuân hồng tiếp nhận", FEST,
      change=CH("increase", 12.5, "%", "lễ hội năm trước")),
    F("(412 người)", "412", 412, "count", "người", "người tham gia hiến máu", INH(FEST), location="Hải Châu"),
    F("(305 người)", "305", 305, "count", "người", "người tham gia hiến máu", INH(FEST), location="Liên Chiểu"),
    F("(257 người)", "257", 257, "count", "người", "người tham gia hiến máu", INH(FEST), location="Sơn Trà"),
    F("tôn vinh 86 người", "86", 86, "count", "người", "người hiến máu tiêu biểu được tôn vinh", INH(FEST)),
    F("trong đó 11 người", "11", 11, "count", "người", "người đã hiến máu trên 50 lần", INH(FEST), total=86),
    F("trên 50 lần", "50", 50, "count", "lần", approx="over", optional=True),
    F("tiếp nhận 32.415 đơn vị máu", "32.415", 32415, "count", "đơn vị máu", "đơn vị máu toàn thành phố tiếp nhận", Y23,
      percent=108, change=CH("increase", 2110, "đơn vị", "năm 2022")),
    F("đạt 2,7% dân số", "2,7", 2.7, "percent", "%", "tỷ lệ người dân hiến máu", Y23),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "tỷ lệ người dân hiến máu", Y23),
    F("có 1.250 thành viên", "1.250", 1250, "count", "thành viên", "thành viên Đội hiến máu dự bị \"Ngân hàng máu sống\""),
    F("từ 100.000 đến 180.000 đồng", "100.000", 100000, "money", "đồng", "tiền hỗ trợ mỗi người hiến máu", value_max=180000),
    F("khoảng 320 triệu đồng", "320", 320000000, "money", "đồng", "tổng giá trị quà tặng, tiền hỗ trợ tại lễ hội",
      INH(FEST), approx="about"),
    F("trên 34.000 đơn vị máu", "34.000", 34000, "count", "đơn vị máu", "đơn vị máu thành phố tiếp nhận", Y24,
      approx="over", status="target"),
    F("trên 45%", "45", 45, "percent", "%", "tỷ lệ người hiến máu nhắc lại", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT thành phố Đà Nẵng ('Ngày cập nhật 22/02/2024'): Lễ hội Xuân hồng lần thứ 10 (17-18/2/2024) and the city's 2023 results.",
    "Distractors: 'lần thứ 10' (ordinal, twice), 'Trong 2 ngày' (duration), 'số 35 Ông Ích Khiêm', phone '0236.3821.520', dates.",
    "Headline 1.468 repeats the lead figure: both are figures. District list has no part-of cue: no total; districts go to location.",
    "'11 người ... trên 50 lần' is a part of 86 after 'trong đó'; '50 lần' is a threshold (optional).",
    "32.415: share 108% of plan, change +2.110 đơn vị vs 2022. 'đứng thứ 2 cả nước' is a rank of the Đà Nẵng rate (location Đà Nẵng).",
    "'Ngân hàng máu sống hiện có' gives no period. '100.000 đến 180.000 đồng' per donor is a money range, no period.",
    "'lễ hội năm nay' names this year's festival: the figure takes the festival days (inherited, unscored). 'phấn đấu' governs both 2024 targets.",
]

if __name__ == "__main__":
    emit("p480-8", TEXT, COMMENTS, FIGS, published="2024-02-22", location="Đà Nẵng")
