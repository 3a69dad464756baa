"""p489-5: Party newspaper (Báo Hà Tĩnh), crypto-investment fraud ring busted; provincial figures."""
from lib import F, P, I, CH, emit

TEXT = """Báo Hà Tĩnh > Pháp luật

Triệt phá đường dây lừa đảo đầu tư tiền ảo chiếm đoạt hơn 120 tỷ đồng

Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05) Công an tỉnh Hà Tĩnh vừa phối hợp với Công an huyện Cẩm Xuyên triệt phá đường dây lừa đảo đầu tư tiền ảo qua ứng dụng "FX-Trade 365", bắt giữ 17 đối tượng.

Kết quả điều tra ban đầu xác định, từ tháng 3/2022 đến tháng 12/2023, các đối tượng đã lập hơn 400 tài khoản mạng xã hội ảo, dụ dỗ 1.380 người tham gia đầu tư, trong đó có 96 người ở Hà Tĩnh; tổng số tiền chiếm đoạt hơn 120 tỷ đồng. Các bị hại trú tại 42 tỉnh, thành phố trên cả nước.

Để che giấu hành vi, nhóm đối tượng sử dụng 2.150 tài khoản ngân hàng thuê, mua của người khác với giá từ 1,5 đến 3 triệu đồng/tài khoản.

Cơ quan điều tra đã thu giữ 54 điện thoại di động, 11 máy tính xách tay, 3 ô tô; phong tỏa 312 tài khoản với số dư hơn 18,4 tỷ đồng. Cơ quan Cảnh sát điều tra đã khởi tố vụ án, khởi tố 15 bị can về tội "Lừa đảo chiếm đoạt tài sản" theo Điều 174 Bộ luật Hình sự; 2 đối tượng khác đang bị truy nã.

Theo thống kê của Công an tỉnh, năm 2023 toàn tỉnh xảy ra 148 vụ lừa đảo qua mạng, thiệt hại gần 52 tỷ đồng; riêng quý I/2024 đã xảy ra 37 vụ, thiệt hại 11,2 tỷ đồng, tăng 15,6% so với cùng kỳ. Người bị hại chủ yếu trong độ tuổi từ 25 đến 45, chiếm 63%.

Thượng tá Trần Hữu Tuấn, Trưởng phòng PA05 khuyến cáo người dân không tham gia các sàn đầu tư không được cấp phép, không cho thuê, mua bán tài khoản ngân hàng.

Thu Trang
12/04/2024
"""

RING = P("từ tháng 3/2022 đến tháng 12/2023", "2022-03-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("chiếm đoạt hơn 120 tỷ đồng\n", "120", 120e9, "money", "đồng",
      "số tiền đường dây lừa đảo đầu tư tiền ảo chiếm đoạt", approx="over"),
    F("bắt giữ 17 đối tượng", "17", 17, "count", "đối tượng", "đối tượng bị bắt giữ"),
    F("hơn 400 tài khoản", "400", 400, "count", "tài khoản", "tài khoản mạng xã hội ảo", RING, approx="over"),
    F("dụ dỗ 1.380 người", "1.380", 1380, "count", "người", "người bị dụ dỗ tham gia đầu tư", RING),
    F("có 96 người", "96", 96, "count", "người", "người ở Hà Tĩnh bị dụ dỗ tham gia đầu tư", RING, total=1380),
    F("tiền chiếm đoạt hơn 120 tỷ đồng", "120", 120e9, "money", "đồng", "tổng số tiền chiếm đoạt", RING, approx="over"),
    F("trú tại 42 tỉnh", "42", 42, "count", "tỉnh, thành phố", "tỉnh, thành phố có bị hại", I(RING), location="Việt Nam"),
    F("sử dụng 2.150 tài khoản", "2.150", 2150, "count", "tài khoản", "tài khoản ngân hàng thuê, mua của người khác"),
    F("từ 1,5 đến 3 triệu", "1,5", 1.5e6, "money", "đồng/tài khoản", "giá thuê, mua tài khoản ngân hàng", value_max=3e6),
    F("thu giữ 54 điện thoại", "54", 54, "count", "điện thoại di động", "điện thoại di động bị thu giữ"),
    F("11 máy tính", "11", 11, "count", "máy tính xách tay", "máy tính xách tay bị thu giữ"),
    F("3 ô tô", "3", 3, "count", "ô tô", "ô tô bị thu giữ"),
    F("phong tỏa 312 tài khoản", "312", 312, "count", "tài khoản", "tài khoản bị phong tỏa"),
    F("hơn 18,4 tỷ đồng", "18,4", 18.4e9, "money", "đồng", "số dư tài khoản bị phong tỏa", approx="over"),
    F("khởi tố 15 bị can", "15", 15, "count", "bị can", "bị can bị khởi tố"),
    F("; 2 đối tượng", "2", 2, "count", "đối tượng", "đối tượng đang bị truy nã"),
    F("xảy ra 148 vụ", "148", 148, "count", "vụ", "vụ lừa đảo qua mạng", Y23),
    F("gần 52 tỷ đồng", "52", 52e9, "money", "đồng", "thiệt hại do lừa đảo qua mạng", Y23, approx="nearly"),
    F("xảy ra 37 vụ", "37", 37, "count", "vụ", "vụ lừa đảo qua mạng", Q1),
    F("thiệt hại 11,2 tỷ đồng", "11,2", 11.2e9, "money", "đồng", "thiệt hại do lừa đảo qua mạng", Q1,
      change=CH("increase", 15.6, "%", "cùng kỳ")),
    F("từ 25 đến 45", "25", 25, "measure", "tuổi", "độ tuổi người bị hại", value_max=45, optional=True),
    F("chiếm 63%", "63", 63, "percent", "%", "tỷ lệ người bị hại trong độ tuổi từ 25 đến 45"),
]

COMMENTS = [
    "Báo Hà Tĩnh (Party newspaper): đường dây lừa đảo đầu tư tiền ảo 'FX-Trade 365'; byline and bare date 12/04/2024 at the end.",
    "Location: the ring is a Hà Tĩnh police case; its figures keep the article's Hà Tĩnh. '42 tỉnh, thành phố' is a count of provinces: Việt Nam.",
    "'trong đó có 96 người ở Hà Tĩnh' is a part of 1.380 người (the cue follows it). The 120 tỷ in the headline has no period (none in the headline).",
    "'từ 1,5 đến 3 triệu đồng/tài khoản' -> money range, unit đồng/tài khoản. The age group 'từ 25 đến 45' qualifies the 63% (optional, as h24 'dưới 1 tuổi').",
    "'riêng quý I/2024 … 37 vụ, thiệt hại 11,2 tỷ đồng, tăng 15,6%' -> the change belongs to the money figure before it.",
    "Distractors: 'FX-Trade 365', PA05, Điều 174 Bộ luật Hình sự, 'Thượng tá', the date line, 'tháng 3/2022'.",
]

emit("p489-5", TEXT, COMMENTS, FIGS, published="2024-04-12", location="Hà Tĩnh")
