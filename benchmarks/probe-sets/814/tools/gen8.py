"""p814-8: provincial newspaper online (Báo Bắc Giang, BGĐT): book donation drive, book fair, class bookshelves."""
from lib import F, P, I, C, T, write

TEXT = """Báo Bắc Giang điện tử
Văn hóa - Giải trí | Thứ Năm, 20/04/2023 15:20

Hơn 120 nghìn cuốn sách đến với học sinh vùng khó

(BGĐT) - Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam lần thứ 2, từ ngày 1/4 đến 20/4, các cấp bộ Đoàn, Hội Liên hiệp Phụ nữ và ngành giáo dục tỉnh đã vận động quyên góp được 124.600 cuốn sách, trong đó có 78.300 cuốn sách giáo khoa và 46.300 cuốn truyện, sách tham khảo.

Số sách trên được trao cho 215 trường học tại các huyện miền núi Sơn Động (72 trường), Lục Ngạn (81 trường) và Lục Nam (62 trường). Bình quân mỗi trường nhận khoảng 580 cuốn, cao hơn 120 cuốn so với năm 2022.

Dịp này, Thư viện tỉnh tổ chức Hội sách tại Quảng trường 3/2 (TP Bắc Giang) với 32 gian hàng, giảm giá từ 10 đến 30% cho tất cả các đầu sách; nhiều đầu sách thiếu nhi đồng giá 25.000 đồng/cuốn. Sau 3 ngày, hội sách đón khoảng 18.000 lượt khách, bán được 9.450 cuốn sách, doanh thu hơn 640 triệu đồng.

Hiện toàn tỉnh có 2.860 tủ sách lớp học, 47 thư viện trường học đạt chuẩn mức độ 1 và 19 thư viện xuất sắc; 100% trường tiểu học, THCS có thư viện. Năm 2023, tỉnh phấn đấu mỗi học sinh đọc bình quân 4 cuốn sách/năm, tăng 1 cuốn so với năm 2022; dự kiến xây dựng thêm 350 tủ sách lớp học.

Ngọc Anh
"""

DR = P("từ ngày 1/4 đến 20/4", "2023-04-01", "2023-04-20")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Hơn 120 nghìn cuốn", "120", 120000, "count", "cuốn sách",
      "sách trao tặng học sinh vùng khó", I(DR), approx="over"),
    F("được 124.600 cuốn", "124.600", 124600, "count", "cuốn sách",
      "sách quyên góp được", DR),
    F("có 78.300 cuốn", "78.300", 78300, "count", "cuốn sách giáo khoa",
      "sách giáo khoa quyên góp", DR, total=124600),
    F("46.300 cuốn", "46.300", 46300, "count", "cuốn truyện, sách tham khảo",
      "truyện, sách tham khảo quyên góp", DR, total=124600),
    F("cho 215 trường", "215", 215, "count", "trường học",
      "trường học được trao sách", I(DR)),
    F("(72 trường)", "72", 72, "count", "trường", "trường học được trao sách", I(DR),
      total=215, location="Sơn Động"),
    F("(81 trường)", "81", 81, "count", "trường", "trường học được trao sách", I(DR),
      total=215, location="Lục Ngạn"),
    F("(62 trường)", "62", 62, "count", "trường", "trường học được trao sách", I(DR),
      total=215, location="Lục Nam"),
    F("khoảng 580 cuốn", "580", 580, "measure", "cuốn/trường",
      "số sách bình quân mỗi trường nhận", I(DR), approx="about",
      change=C("increase", 120, "cuốn", "năm 2022")),
    F("với 32 gian hàng", "32", 32, "count", "gian hàng", "gian hàng của Hội sách", I(DR)),
    F("từ 10 đến 30%", "10", 10, "percent", "%", "mức giảm giá sách tại Hội sách", I(DR),
      value_max=30),
    F("25.000 đồng/cuốn", "25.000", 25000, "money", "đồng/cuốn",
      "giá đồng giá sách thiếu nhi", I(DR)),
    F("Sau 3 ngày", "3", 3, "measure", "ngày", "thời gian diễn ra hội sách", optional=True),
    F("khoảng 18.000 lượt", "18.000", 18000, "count", "lượt khách",
      "lượt khách đến hội sách", I(DR), approx="about"),
    F("được 9.450 cuốn", "9.450", 9450, "count", "cuốn sách", "sách bán được tại hội sách", I(DR)),
    F("hơn 640 triệu đồng", "640", 640e6, "money", "đồng", "doanh thu hội sách", I(DR),
      approx="over"),
    F("có 2.860 tủ sách", "2.860", 2860, "count", "tủ sách lớp học", "tủ sách lớp học"),
    F("47 thư viện", "47", 47, "count", "thư viện trường học",
      "thư viện trường học đạt chuẩn mức độ 1"),
    F("19 thư viện", "19", 19, "count", "thư viện", "thư viện xuất sắc"),
    F("; 100% trường", "100", 100, "percent", "%", "trường tiểu học, THCS có thư viện"),
    F("bình quân 4 cuốn", "4", 4, "measure", "cuốn sách/năm",
      "số sách mỗi học sinh đọc bình quân", Y23, status="target",
      change=C("increase", 1, "cuốn", "năm 2022")),
    F("thêm 350 tủ sách", "350", 350, "count", "tủ sách lớp học",
      "tủ sách lớp học xây dựng thêm", Y23, status="forecast"),
]

NOTES = [
    "Báo Bắc Giang điện tử, tag '(BGĐT) -', dateline 'Thứ Năm, 20/04/2023 15:20': book donation drive for Ngày Sách lần thứ 2, book fair, school libraries.",
    "Not figures: 15:20, 'lần thứ 2', 'Quảng trường 3/2' (a name), 'mức độ 1' (a standard level). 'Sau 3 ngày' (fair length) optional.",
    "'trong đó có 78.300 ... và 46.300' parts of 124.600; the bracketed district breakdown adds up to 215 (72+81+62): total 215.",
    "Headline figure and the fair's figures ('Dịp này') inherit the drive period 'từ ngày 1/4 đến 20/4' (2023 from the dateline).",
    "'Bình quân mỗi trường nhận khoảng 580 cuốn' is a rate (measure, cuốn/trường) with change +120 cuốn.",
    "'giảm giá từ 10 đến 30%' is a range percent; '25.000 đồng/cuốn' keeps the denominator in the unit.",
    "'Hiện' stock figures: no period. 'phấn đấu ... 4 cuốn sách/năm' target with change +1 cuốn; 'dự kiến ... 350' forecast; both 'Năm 2023'.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2023-04-20", location="Bắc Giang")
