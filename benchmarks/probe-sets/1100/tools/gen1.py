"""p1100-1: Thái Bình province portal, provincial book fair (Hội sách) 2024."""
from lib import F, P, CH, year, inh, write

TEXT = """Cổng thông tin điện tử tỉnh Thái Bình
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Hơn 32.000 lượt khách đến với Hội sách tỉnh
Cập nhật: 25/04/2024 16:40 | Lượt xem: 2.356

Chiều 24/4, tại Quảng trường Thái Bình, Sở Văn hóa, Thể thao và Du lịch phối hợp với Thư viện tỉnh bế mạc Hội sách tỉnh Thái Bình năm 2024, hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3.

Sau 5 ngày diễn ra, Hội sách đã thu hút hơn 32.000 lượt khách tham quan, mua sách, tăng 18% so với năm 2023. Hội sách có 42 gian hàng của 15 nhà xuất bản, công ty phát hành sách trong và ngoài tỉnh, trưng bày khoảng 25.000 đầu sách. Tổng số sách bán ra đạt 21.460 bản; doanh thu ước đạt 1,35 tỷ đồng, gấp 1,4 lần hội sách năm trước. Trong đó, sách thiếu nhi chiếm 46% số bản bán ra; sách kỹ năng sống và sách văn học lần lượt chiếm 22% và 17%.

Trong khuôn khổ Hội sách, Ban tổ chức đã trao tặng 3.200 cuốn sách trị giá gần 150 triệu đồng cho thư viện của 16 trường tiểu học và trung học cơ sở thuộc các huyện Quỳnh Phụ, Hưng Hà, Tiền Hải. Cuộc thi "Đại sứ Văn hóa đọc" năm nay nhận được 8.734 bài dự thi của học sinh, trong đó 27 bài đạt giải cấp tỉnh và 6 bài được chọn dự thi cấp quốc gia.

Theo Thư viện tỉnh, tính đến hết năm 2023, toàn tỉnh có 286 thư viện trường học đạt chuẩn, chiếm 52,4% tổng số trường học. Năm 2023, bình quân mỗi học sinh đọc 3,2 cuốn sách/năm. Tỉnh phấn đấu đến năm 2025 có 70% thư viện trường học đạt chuẩn, mỗi học sinh đọc ít nhất 5 cuốn sách/năm.

Nguồn: Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Bình
"""

FAIR = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y24 = year(2024, "năm nay")
ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 32.000 lượt khách đến", "32.000", 32000, "count", "lượt khách",
      "lượt khách đến với Hội sách tỉnh", approx="over"),
    F("thu hút hơn 32.000 lượt khách tham quan", "32.000", 32000, "count", "lượt khách",
      "lượt khách tham quan, mua sách tại Hội sách", FAIR, approx="over",
      change=CH("increase", 18, "%", "năm 2023")),
    F("có 42 gian hàng", "42", 42, "count", "gian hàng", "gian hàng của Hội sách", FAIR),
    F("của 15 nhà xuất bản", "15", 15, "count", "nhà xuất bản, công ty phát hành sách",
      "nhà xuất bản, công ty phát hành sách tham gia Hội sách", FAIR),
    F("khoảng 25.000 đầu sách", "25.000", 25000, "count", "đầu sách", "đầu sách trưng bày", FAIR,
      approx="about"),
    F("đạt 21.460 bản", "21.460", 21460, "count", "bản", "sách bán ra", FAIR),
    F("ước đạt 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "doanh thu Hội sách", FAIR,
      change=CH("increase", 1.4, "lần", "hội sách năm trước"), status="estimate"),
    F("chiếm 46% số bản", "46", 46, "percent", "%", "tỷ lệ sách thiếu nhi trong số bản bán ra", FAIR),
    F("chiếm 22%", "22", 22, "percent", "%", "tỷ lệ sách kỹ năng sống trong số bản bán ra", FAIR),
    F("và 17%", "17", 17, "percent", "%", "tỷ lệ sách văn học trong số bản bán ra", FAIR),
    F("trao tặng 3.200 cuốn sách", "3.200", 3200, "count", "cuốn sách",
      "sách trao tặng cho thư viện trường học", FAIR),
    F("trị giá gần 150 triệu đồng", "150", 150e6, "money", "đồng", "trị giá sách trao tặng", FAIR,
      approx="nearly"),
    F("của 16 trường tiểu học", "16", 16, "count", "trường tiểu học và trung học cơ sở",
      "trường tiểu học và trung học cơ sở được tặng sách", FAIR),
    F("nhận được 8.734 bài dự thi", "8.734", 8734, "count", "bài dự thi",
      "bài dự thi Cuộc thi Đại sứ Văn hóa đọc", Y24),
    F("trong đó 27 bài", "27", 27, "count", "bài", "bài đạt giải cấp tỉnh", Y24, total=8734),
    F("và 6 bài được chọn", "6", 6, "count", "bài", "bài được chọn dự thi cấp quốc gia", Y24, total=8734),
    F("có 286 thư viện", "286", 286, "count", "thư viện trường học", "thư viện trường học đạt chuẩn", ASOF,
      percent=52.4),
    F("đọc 3,2 cuốn sách/năm", "3,2", 3.2, "measure", "cuốn sách/năm",
      "số sách bình quân mỗi học sinh đọc", year(2023, "Năm 2023")),
    F("có 70% thư viện", "70", 70, "percent", "%", "tỷ lệ thư viện trường học đạt chuẩn", T25,
      status="target"),
    F("ít nhất 5 cuốn sách/năm", "5", 5, "measure", "cuốn sách/năm", "số sách mỗi học sinh đọc",
      T25, approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT Thái Bình: Hội sách tỉnh 2024 (visitors, stalls, books sold, revenue, donations, contest, school libraries).",
    "Headline figure without period. Fair figures inherit 'năm 2024' from the fair's name in the lead sentence (not scored).",
    "'Sau 5 ngày diễn ra' only locates the figures in time; 'lần thứ 3', 'Lượt xem: 2.356', 'Chiều 24/4' are not figures.",
    "'gấp 1,4 lần hội sách năm trước' after the revenue is its change (lần). 'năm nay' = 2024 (published).",
]

if __name__ == "__main__":
    write("p1100-1", TEXT, NOTES, FIGS, published="2024-04-25", location="Thái Bình")
