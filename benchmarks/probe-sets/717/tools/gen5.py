from lib import F, P, I, CH, TG, emit

TEXT = """Bế mạc Liên hoan phim Việt Nam lần thứ XXIII: 131 tác phẩm tranh giải, hơn 30.000 lượt khán giả

Tối 29-11, tại Nhà hát Trưng Vương (số 35 Phan Châu Trinh, quận Hải Châu), Bộ Văn hóa, Thể thao và Du lịch phối hợp với UBND thành phố Đà Nẵng tổ chức Lễ bế mạc và trao giải Liên hoan phim Việt Nam lần thứ XXIII.

Liên hoan phim năm nay có 131 tác phẩm của các hãng phim trong cả nước tham dự, gồm 15 phim truyện điện ảnh, 58 phim tài liệu, 23 phim hoạt hình và 35 phim khoa học. Ban Giám khảo đã trao 4 giải Bông sen Vàng, 12 giải Bông sen Bạc cùng 29 giải cá nhân; tổng giá trị giải thưởng khoảng 1,6 tỷ đồng.

Trong 5 ngày diễn ra liên hoan (từ 25 đến 29-11), Ban Tổ chức đã tổ chức 86 suất chiếu miễn phí tại 4 rạp trên địa bàn thành phố, thu hút hơn 30.000 lượt khán giả, gấp 1,5 lần so với kỳ liên hoan năm 2021. Tỷ lệ lấp đầy ghế bình quân đạt 82%; nhiều suất chiếu phim Việt kín 100% chỗ ngồi.

Phát biểu bế mạc, Thứ trưởng Tạ Quang Đông cho biết, năm 2023 điện ảnh Việt Nam có 2 phim vượt mốc 100 tỷ đồng doanh thu; tổng doanh thu phòng vé cả nước 10 tháng ước đạt 3.460 tỷ đồng. Đà Nẵng hiện có 7 cụm rạp với 41 phòng chiếu; giai đoạn 2021-2023, thành phố đã hỗ trợ 3,2 tỷ đồng cho các dự án phim quay tại Đà Nẵng.

Liên hoan phim Việt Nam lần thứ XXIV dự kiến diễn ra vào năm 2025.

HOÀNG MINH
30/11/2023
"""

VN = "Việt Nam"
FEST = P("từ 25 đến 29-11", "2023-11-25", "2023-11-29")

FIGS = [
    F("131 tác phẩm tranh giải", "131", 131, "count", "tác phẩm", "tác phẩm tranh giải Liên hoan phim Việt Nam",
      location=VN),
    F("hơn 30.000 lượt khán giả\n", "30.000", 30000, "count", "lượt khán giả", "lượt khán giả Liên hoan phim",
      approx="over"),
    F("có 131 tác phẩm", "131", 131, "count", "tác phẩm", "tác phẩm của các hãng phim tham dự liên hoan phim",
      location=VN),
    F("15 phim truyện", "15", 15, "count", "phim truyện điện ảnh", "phim truyện điện ảnh tham dự", total=131,
      location=VN),
    F("58 phim tài liệu", "58", 58, "count", "phim tài liệu", "phim tài liệu tham dự", total=131, location=VN),
    F("23 phim hoạt hình", "23", 23, "count", "phim hoạt hình", "phim hoạt hình tham dự", total=131, location=VN),
    F("35 phim khoa học", "35", 35, "count", "phim khoa học", "phim khoa học tham dự", total=131, location=VN),
    F("trao 4 giải", "4", 4, "count", "giải Bông sen Vàng", "giải Bông sen Vàng được trao", location=VN),
    F("12 giải Bông sen Bạc", "12", 12, "count", "giải Bông sen Bạc", "giải Bông sen Bạc được trao", location=VN),
    F("29 giải cá nhân", "29", 29, "count", "giải cá nhân", "giải cá nhân được trao", location=VN),
    F("khoảng 1,6 tỷ đồng", "1,6", 1.6e9, "money", "đồng", "tổng giá trị giải thưởng", approx="about", location=VN),
    F("tổ chức 86 suất", "86", 86, "count", "suất chiếu", "suất chiếu miễn phí", FEST),
    F("tại 4 rạp", "4", 4, "count", "rạp", "rạp có suất chiếu miễn phí", FEST),
    F("hơn 30.000 lượt khán giả,", "30.000", 30000, "count", "lượt khán giả", "lượt khán giả suất chiếu miễn phí",
      FEST, approx="over", change=CH("increase", 1.5, "lần", baseline="kỳ liên hoan năm 2021")),
    F("đạt 82%", "82", 82, "percent", "%", "tỷ lệ lấp đầy ghế bình quân", I(FEST)),
    F("kín 100%", "100", 100, "percent", "%", "tỷ lệ lấp đầy chỗ ngồi của nhiều suất chiếu phim Việt", I(FEST)),
    F("có 2 phim", "2", 2, "count", "phim", "phim vượt mốc 100 tỷ đồng doanh thu",
      P("năm 2023", "2023-01-01", "2023-12-31"), location=VN),
    F("mốc 100 tỷ đồng", "100", 100e9, "money", "đồng", "mốc doanh thu phim", location=VN, optional=True),
    F("ước đạt 3.460 tỷ đồng", "3.460", 3.46e12, "money", "đồng", "tổng doanh thu phòng vé cả nước",
      P("10 tháng", "2023-01-01", "2023-10-31"), status="estimate", location=VN),
    F("có 7 cụm rạp", "7", 7, "count", "cụm rạp", "cụm rạp"),
    F("với 41 phòng chiếu", "41", 41, "count", "phòng chiếu", "phòng chiếu"),
    F("hỗ trợ 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí hỗ trợ các dự án phim quay tại Đà Nẵng",
      P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
]

COMMENTS = [
    "Probe 717-5: Party newspaper (Báo Đà Nẵng style), byline HOÀNG MINH and date 30/11/2023 at the end: closing of the",
    "23rd Vietnam Film Festival. Festival-wide figures (entries 'của các hãng phim trong cả nước', awards, prize money) and the",
    "deputy minister's national figures are Việt Nam; screenings at the city's cinemas and the city's cinemas/support are Đà Nẵng.",
    "The four film types add up to 131 (gồm after the whole): total 131. 'gấp 1,5 lần so với kỳ liên hoan năm 2021' follows",
    "30.000 lượt: its change (lần), not a stand-alone multiple. '(từ 25 đến 29-11)' is the period of the screenings.",
    "'vượt mốc 100 tỷ đồng' is a threshold (optional). 'Trong 5 ngày' only locates the figures in time (not a figure).",
    "Distractors: lần thứ XXIII / XXIV, Tối 29-11, số 35 Phan Châu Trinh, Trong 5 ngày, từ 25 đến 29-11, năm 2025.",
]

if __name__ == "__main__":
    emit("p717-5", TEXT, COMMENTS, FIGS, published="2023-11-30", location="Đà Nẵng")
