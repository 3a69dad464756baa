from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH - TỈNH NGHỆ AN
Tin tức > Văn hóa - Xã hội
Ngày đăng: 22/04/2024

24 đội bóng tranh tài tại Giải bóng đá thanh niên huyện năm 2024

Chiều ngày 21/4, tại Sân vận động trung tâm huyện (khối 3, thị trấn Hoa Thành), Trung tâm Văn hóa - Thể thao và Truyền thông huyện Yên Thành tổ chức bế mạc Giải bóng đá thanh niên lần thứ XV năm 2024.

Giải có sự tham gia của 24 đội bóng đến từ các xã, thị trấn với tổng số 528 cầu thủ, tăng 4 đội so với giải năm 2023. Các đội được chia thành 6 bảng, thi đấu tổng cộng 47 trận, ghi được 156 bàn thắng, bình quân 3,3 bàn/trận. Ban tổ chức đã rút 12 thẻ đỏ và 87 thẻ vàng.

Trận chung kết giữa đội xã Công Thành và đội xã Bảo Thành diễn ra trước sự cổ vũ của khoảng 3.000 khán giả. Chung cuộc, đội Công Thành thắng 2-1 để lên ngôi vô địch. Tiền đạo mang áo số 10 Nguyễn Văn Hùng (Công Thành) đoạt danh hiệu Vua phá lưới với 9 bàn thắng.

Ban tổ chức trao giải Nhất cho đội Công Thành kèm 15 triệu đồng tiền thưởng, giải Nhì cho đội Bảo Thành (10 triệu đồng), đồng giải Ba cho đội Tăng Thành và Hợp Thành (mỗi đội 5 triệu đồng). Tổng kinh phí tổ chức giải hơn 185 triệu đồng, trong đó nguồn xã hội hóa 120 triệu đồng, chiếm 64,9%.

Dự kiến, huyện sẽ chọn 22 cầu thủ xuất sắc để thành lập đội tuyển tham dự Giải bóng đá hạng Ba tỉnh Nghệ An vào tháng 7/2024.

Trung tâm VH-TT&TT huyện Yên Thành - ĐT: 0238.3631.203
"""

FIGS = [
    F("24 đội bóng tranh", "24", 24, "count", "đội bóng", "đội bóng tranh tài tại Giải bóng đá thanh niên huyện"),
    F("của 24 đội bóng", "24", 24, "count", "đội bóng", "đội bóng tham gia giải",
      change=CH("increase", 4, "đội", "giải năm 2023")),
    F("528 cầu thủ", "528", 528, "count", "cầu thủ", "cầu thủ tham gia giải"),
    F("thành 6 bảng", "6", 6, "count", "bảng", "bảng các đội được chia thành"),
    F("47 trận", "47", 47, "count", "trận", "trận đấu"),
    F("156 bàn thắng", "156", 156, "count", "bàn thắng", "bàn thắng ghi được"),
    F("3,3 bàn/trận", "3,3", 3.3, "measure", "bàn/trận", "bàn thắng bình quân"),
    F("12 thẻ đỏ", "12", 12, "count", "thẻ đỏ", "thẻ đỏ"),
    F("87 thẻ vàng", "87", 87, "count", "thẻ vàng", "thẻ vàng"),
    F("khoảng 3.000 khán giả", "3.000", 3000, "count", "khán giả", "khán giả cổ vũ trận chung kết", approx="about"),
    F("thắng 2-1", "2", 2, "count", "bàn thắng", "tỷ số trận chung kết", optional=True),
    F("với 9 bàn thắng", "9", 9, "count", "bàn thắng", "bàn thắng của Vua phá lưới Nguyễn Văn Hùng"),
    F("kèm 15 triệu đồng", "15", 15000000, "money", "đồng", "tiền thưởng giải Nhất"),
    F("(10 triệu đồng)", "10", 10000000, "money", "đồng", "tiền thưởng giải Nhì"),
    F("mỗi đội 5 triệu đồng", "5", 5000000, "money", "đồng", "tiền thưởng đồng giải Ba mỗi đội"),
    F("hơn 185 triệu đồng", "185", 185000000, "money", "đồng", "Tổng kinh phí tổ chức giải", approx="over"),
    F("hóa 120 triệu đồng", "120", 120000000, "money", "đồng", "kinh phí tổ chức giải từ nguồn xã hội hóa",
      total=185000000, percent=64.9),
    F("chọn 22 cầu thủ", "22", 22, "count", "cầu thủ", "cầu thủ xuất sắc được chọn thành lập đội tuyển huyện", status="forecast"),
]

COMMENTS = [
    "revised: subject of '6 bảng' was 'bảng đấu' (a paraphrase; 'đấu' is not in the sentence), now 'bảng các đội được chia thành'.",
    "Cổng TTĐT huyện Yên Thành (Nghệ An): bế mạc Giải bóng đá thanh niên huyện lần thứ XV năm 2024. 'Ngày đăng: 22/04/2024'.",
    "District portal, so every figure is Yên Thành's. Not figures: khối 3, lần thứ XV, áo số 10, 'giải Nhất/Nhì/Ba', 'hạng Ba', tháng 7/2024,",
    "phone. 'tăng 4 đội so với giải năm 2023' is the change of the 24 teams (its unit is đội), not of the 528 players it follows.",
    "The final score '2-1' is optional (a scoreline, neither a count the article states nor a range).",
    "No figure gets a period: the only time phrases are the event dates and the event name's year.",
]

emit("p579-2", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Yên Thành")
