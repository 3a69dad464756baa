from lib import F, P, I, C, T, write

TEXT = """Vốn chính sách giúp người dân Hải Lăng xây nhà tiêu hợp vệ sinh

Những năm trước, nhiều hộ dân ở xã Hải Phong, huyện Hải Lăng vẫn dùng nhà tiêu tạm bợ, thậm chí đi vệ sinh ngoài vườn. Nhờ nguồn vốn vay ưu đãi, đến nay 96% hộ trong xã đã có nhà tiêu hợp vệ sinh.

Gia đình anh Trần Văn Năm ở thôn Trường Xuân vừa hoàn thành nhà vệ sinh khép kín với bể tự hoại 3 ngăn, tổng chi phí khoảng 28 triệu đồng, trong đó 20 triệu đồng vay từ Ngân hàng Chính sách xã hội. Anh Năm chia sẻ: “Có vốn vay, gia đình chỉ cần bỏ thêm 8 triệu đồng, tiền vay trả dần trong 5 năm nên không quá áp lực”.

Theo Phòng giao dịch Ngân hàng Chính sách xã hội huyện Hải Lăng, từ đầu năm đến nay đơn vị đã cho 386 hộ vay vốn chương trình nước sạch và vệ sinh môi trường nông thôn với số tiền 8,9 tỷ đồng, tăng 1,2 tỷ đồng so với cùng kỳ năm 2022. Tổng dư nợ chương trình hiện đạt 52,6 tỷ đồng, chiếm gần 15% tổng dư nợ của đơn vị, với 2.874 hộ đang vay. Các xã dọc Quốc lộ 1A như Hải Trường, Hải Thọ có số hộ vay nhiều nhất.

Năm 2023, huyện được phân bổ 1,5 tỷ đồng từ ngân sách tỉnh để hỗ trợ 600 hộ nghèo, hộ cận nghèo xây nhà tiêu, mức hỗ trợ 2,5 triệu đồng/hộ. Đến nay, toàn huyện có 18.920 hộ có nhà tiêu hợp vệ sinh, đạt 93,7%.

Ông Lê Văn Hùng, Phó Chủ tịch UBND huyện Hải Lăng cho biết, huyện phấn đấu đến năm 2025 có 97% hộ dân sử dụng nhà tiêu hợp vệ sinh, trong đó tỷ lệ hộ có bể tự hoại đạt trên 85%. Cùng với vốn vay, huyện lồng ghép các nguồn vốn của Chương trình mục tiêu quốc gia xây dựng nông thôn mới, vận động con em xa quê hỗ trợ những gia đình khó khăn.

THANH HẢI
16/8/2023
"""

LOC = "Hải Lăng"
NOW = P("đến nay", end="2023-08-16")
YTD = P("từ đầu năm đến nay", "2023-01-01", "2023-08-16")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("nay 96% hộ", "96", "percent", "%", subject="hộ trong xã có nhà tiêu hợp vệ sinh", period=NOW),
    F("tự hoại 3 ngăn", "3", "count", "ngăn", subject="ngăn bể tự hoại", optional=True),
    F("khoảng 28 triệu đồng", "28", "money", "đồng", mult=10**6, approx="about",
      subject="tổng chi phí nhà vệ sinh khép kín"),
    F("trong đó 20 triệu đồng", "20", "money", "đồng", mult=10**6, total=28e6,
      subject="tiền vay Ngân hàng Chính sách xã hội"),
    F("thêm 8 triệu đồng", "8", "money", "đồng", mult=10**6, subject="tiền gia đình bỏ thêm"),
    F("trong 5 năm", "5", "measure", "năm", subject="thời hạn trả nợ vay", optional=True),
    F("cho 386 hộ", "386", "count", "hộ",
      subject="hộ vay vốn chương trình nước sạch và vệ sinh môi trường nông thôn", period=YTD),
    F("tiền 8,9 tỷ đồng", "8,9", "money", "đồng", mult=10**9,
      change=C("increase", 1.2e9, "đồng", "cùng kỳ năm 2022"), subject="số tiền cho vay", period=YTD),
    F("đạt 52,6 tỷ đồng", "52,6", "money", "đồng", mult=10**9, percent=15,
      subject="tổng dư nợ chương trình"),
    F("2.874 hộ", "2.874", "count", "hộ", subject="hộ đang vay"),
    F("phân bổ 1,5 tỷ đồng", "1,5", "money", "đồng", mult=10**9,
      subject="kinh phí ngân sách tỉnh hỗ trợ xây nhà tiêu", period=Y23),
    F("hỗ trợ 600 hộ", "600", "count", "hộ", subject="hộ nghèo, hộ cận nghèo được hỗ trợ xây nhà tiêu", period=Y23),
    F("hỗ trợ 2,5 triệu đồng/hộ", "2,5", "money", "đồng/hộ", mult=10**6, subject="mức hỗ trợ", period=Y23),
    F("có 18.920 hộ", "18.920", "count", "hộ", percent=93.7,
      subject="hộ có nhà tiêu hợp vệ sinh", period=P("Đến nay", end="2023-08-16")),
    F("có 97% hộ", "97", "percent", "%", status="target",
      subject="hộ dân sử dụng nhà tiêu hợp vệ sinh", period=P("đến năm 2025", end="2025-12-31")),
    F("trên 85%", "85", "percent", "%", approx="over", status="target",
      subject="tỷ lệ hộ có bể tự hoại", period=P("đến năm 2025", end="2025-12-31")),
]

write("p1026-5", TEXT, FIGS, published="2023-08-16", location=LOC, notes=[
    "Provincial Party newspaper (Báo Quảng Trị style), byline THANH HẢI and bare date 16/8/2023 at the end; policy loans for latrines in Hải Lăng.",
    "Distractors: person 'Trần Văn Năm' / 'Anh Năm' (number word in a name), 'Lê Văn Hùng', thôn Trường Xuân, Quốc lộ 1A.",
    "The family's spec '3 ngăn' and repayment term 'trong 5 năm' are optional. 'chiếm gần 15% tổng dư nợ' after 52,6 tỷ is its percent.",
    "'đến nay'/'từ đầu năm đến nay' end at the bare date; 'hiện đạt' gets no period. Location Hải Lăng (district) throughout.",
])
