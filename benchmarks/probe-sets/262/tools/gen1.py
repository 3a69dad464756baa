from lib import F, P, C, T, write

TEXT = """Thứ Hai, 21/10/2024, 10:25 (GMT+7)
Vàng nhẫn vượt 88 triệu đồng, vàng miếng lập đỉnh mới

Giá vàng trong nước tiếp tục đi lên sáng đầu tuần, trong khi giá thế giới giữ trên 2.700 USD một ounce.

Lúc 9h sáng nay, Công ty Vàng bạc Đá quý Sài Gòn (SJC) niêm yết giá mua vào vàng miếng ở mức 87 triệu đồng/lượng; giá bán ra 89 triệu đồng/lượng, tăng 1 triệu đồng so với cuối tuần trước. Đây là mức cao nhất của vàng miếng từ trước đến nay. Bốn ngân hàng thương mại nhà nước cũng điều chỉnh giá bán vàng miếng lên 89 triệu đồng một lượng.

Vàng nhẫn trơn 9999 tăng mạnh hơn. Bảo Tín Minh Châu mua vào 87,18 triệu đồng/lượng, bán ra 88,38 triệu đồng/lượng, tăng 600.000 đồng so với chiều qua. Tại DOJI, nhẫn tròn 24K được giao dịch trong khoảng 87,3-88,3 triệu đồng/lượng. Tính từ đầu năm đến nay, giá vàng nhẫn đã tăng gần 38%.

Trên thị trường thế giới, giá vàng giao ngay lúc 9h (giờ Hà Nội) ở mức 2.721 USD/ounce, tăng 31 USD so với phiên trước. Quy đổi theo tỷ giá bán ra tại Vietcombank (25.320 đồng/USD), giá vàng thế giới tương đương khoảng 83,2 triệu đồng/lượng, thấp hơn giá vàng miếng trong nước gần 5,8 triệu đồng.

Theo báo cáo của Hội đồng Vàng Thế giới (WGC), quý III/2024, nhu cầu vàng miếng và vàng xu tại Việt Nam đạt 11,2 tấn, giảm 23% so với cùng kỳ năm trước; nhu cầu vàng trang sức đạt 3,5 tấn.

Chuyên gia khuyến cáo người dân chỉ mua vàng tại các doanh nghiệp, tổ chức tín dụng được cấp phép theo Nghị định 24/2012/NĐ-CP, giữ hóa đơn và cân nhắc rủi ro khi chênh lệch giữa giá mua và giá bán vàng miếng vẫn ở mức 2 triệu đồng/lượng.

Minh Sơn
"""

D = P("Lúc 9h sáng nay", "2024-10-21", "2024-10-21")
Di = P("Lúc 9h sáng nay", "2024-10-21", "2024-10-21", inherited=True)
FIG = [
    F("Vàng nhẫn vượt 88 triệu đồng", "88", 88000000, "money", "đồng", "giá vàng nhẫn",
      approx="over"),
    F("giữ trên 2.700 USD một ounce", "2.700", 2700, "money", "USD/ounce", "giá vàng thế giới",
      approx="over", location=None),
    F("ở mức 87 triệu đồng/lượng", "87", 87000000, "money", "đồng/lượng",
      "giá mua vào vàng miếng SJC", D),
    F("giá bán ra 89 triệu đồng/lượng", "89", 89000000, "money", "đồng/lượng",
      "giá bán ra vàng miếng SJC", D,
      change=C("increase", 1000000, "đồng", "cuối tuần trước")),
    F("Bốn ngân hàng", "Bốn", 4, "count", "ngân hàng thương mại nhà nước", optional=True),
    F("lên 89 triệu đồng một lượng", "89", 89000000, "money", "đồng/lượng",
      "giá bán vàng miếng của bốn ngân hàng thương mại nhà nước", Di),
    F("mua vào 87,18 triệu", "87,18", 87180000, "money", "đồng/lượng",
      "giá mua vào vàng nhẫn trơn Bảo Tín Minh Châu", Di),
    F("bán ra 88,38 triệu", "88,38", 88380000, "money", "đồng/lượng",
      "giá bán ra vàng nhẫn trơn Bảo Tín Minh Châu", Di,
      change=C("increase", 600000, "đồng", "chiều qua")),
    F("khoảng 87,3-88,3 triệu", "87,3", 87300000, "money", "đồng/lượng",
      "giá nhẫn tròn 24K tại DOJI", Di, value_max=88300000, approx="about"),
    F("tăng gần 38%", "38", 38, "percent", "%", "giá vàng nhẫn tăng",
      P("Tính từ đầu năm đến nay", "2024-01-01", "2024-10-21"), approx="nearly"),
    F("ở mức 2.721 USD/ounce", "2.721", 2721, "money", "USD/ounce", "giá vàng thế giới giao ngay",
      Di, change=C("increase", 31, "USD", "phiên trước"), location=None),
    F("(25.320 đồng/USD)", "25.320", 25320, "money", "đồng/USD",
      "tỷ giá bán ra tại Vietcombank", Di),
    F("khoảng 83,2 triệu", "83,2", 83200000, "money", "đồng/lượng",
      "giá vàng thế giới quy đổi", Di, approx="about",
      change=C("decrease", 5800000, "đồng", "giá vàng miếng trong nước", "nearly"), location=None),
    F("đạt 11,2 tấn", "11,2", 11.2, "measure", "tấn", "nhu cầu vàng miếng và vàng xu tại Việt Nam",
      P("quý III/2024", "2024-07-01", "2024-09-30"),
      change=C("decrease", 23, "%", "cùng kỳ năm trước")),
    F("đạt 3,5 tấn", "3,5", 3.5, "measure", "tấn", "nhu cầu vàng trang sức",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("ở mức 2 triệu đồng/lượng", "2", 2000000, "money", "đồng/lượng",
      "chênh lệch giữa giá mua và giá bán vàng miếng"),
]

COMMENTS = [
    "National press (VnExpress-like): gold prices on Monday 21/10/2024 — SJC bars, plain rings, world spot, WGC demand Q3/2024.",
    "Dateline 'Thứ Hai, 21/10/2024, 10:25 (GMT+7)'; byline at the end. Default location Việt Nam; world-price figures have no place (location \"\").",
    "Prices per tael are money with unit đồng/lượng; 'một lượng'/'một ounce' read as '/lượng', '/ounce'. 'Lúc 9h sáng nay' = the dateline day.",
    "Changes after the price ('tăng 1 triệu đồng so với…', 'thấp hơn … gần 5,8 triệu đồng') are attributes of that price.",
    "Distractors: dateline, '9h' (twice), 'GMT+7', 'vàng nhẫn trơn 9999', 'nhẫn tròn 24K', 'Nghị định 24/2012/NĐ-CP'. 'Bốn ngân hàng' (list head) optional.",
    "Period: 'Lúc 9h sáng nay' governs both SJC prices of its sentence (scored); later same-day quotes inherit it. 'Tính từ đầu năm đến nay' runs to the dateline.",
]

write("p262-1", TEXT, FIG, COMMENTS, published="2024-10-21", location="Việt Nam")
