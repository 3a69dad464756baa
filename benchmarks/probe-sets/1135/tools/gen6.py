"""p1135-6: national newspaper, net menders at Phan Thiết fishing port after a storm (Bình Thuận)."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Đời sống

Thứ Bảy, 9/11/2024, 06:00 (GMT+7)

Thợ vá lưới ở Phan Thiết kiếm 300.000 đồng mỗi ngày

Sau bão, hàng trăm tàu cá cập cảng Phan Thiết cần vá lưới gấp, thợ vá có tay nghề được chủ tàu trả 280.000-320.000 đồng một ngày, cao gấp rưỡi ngày thường.

Từ 5h30 sáng, bãi đất trống cạnh cảng cá trên đường 19/4 đã kín người ngồi vá lưới. Bà Nguyễn Thị Sáu, 58 tuổi, ở phường Đức Thắng, theo nghề từ năm 17 tuổi. Mỗi ngày bà vá được khoảng 30 m lưới, có hôm làm đến 10h đêm để kịp giao cho chủ tàu. "Tháng rồi tôi làm 26 ngày, được gần 7 triệu đồng", bà nói.

Theo Ban Quản lý cảng cá Phan Thiết, từ đầu tháng 10 đến nay đã có 1.130 lượt tàu cập cảng, tăng 18% so với cùng kỳ, trong đó khoảng 420 lượt tàu có nhu cầu sửa, thay lưới. Hiện khu vực cảng có chừng 250 thợ vá lưới, 90% là nữ, nhưng vẫn không đủ; nhiều chủ tàu phải thuê thêm thợ từ huyện Tuy Phong và thị xã La Gi.

Ông Phạm Văn Hùng, chủ tàu BTh 96779 TS, cho biết vàng lưới vây dài 800 m của ông bị rách nhiều chỗ, chi phí vá hết 14 triệu đồng, trong khi thay lưới mới phải mất khoảng 350 triệu đồng. "Vá kịp thì tuần sau tàu ra khơi được, chậm một ngày là mất cả chục triệu", ông nói.

Theo Sở Nông nghiệp và PTNT Bình Thuận, toàn tỉnh hiện có 7.532 tàu cá, trong đó hơn 2.100 tàu dài từ 15 m trở lên; chi phí vá, thay lưới của ngư dân mỗi năm ước khoảng 1.200 tỷ đồng. Tỉnh dự kiến mở 6 lớp dạy nghề vá lưới cho khoảng 180 lao động nữ trong năm 2025.

Việt Quốc
"""

THANG = P("Tháng rồi", "2024-10-01", "2024-10-31")
OCT = P("từ đầu tháng 10 đến nay", "2024-10-01", "2024-11-09")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
PROV = "Bình Thuận"

FIGS = [
    F("kiếm 300.000 đồng", "300.000", 300000, "money", "đồng/ngày", subject="thu nhập thợ vá lưới"),
    F("hàng trăm tàu cá", "trăm", 100, "count", "tàu cá", approx="about", optional=True,
      subject="tàu cá cập cảng cần vá lưới"),
    F("trả 280.000-320.000", "280.000", 280000, "money", "đồng/ngày", value_max=320000,
      change=C("increase", 1.5, "lần", "ngày thường"),
      subject="tiền công chủ tàu trả thợ vá có tay nghề"),
    F("Sáu, 58 tuổi", "58", 58, "measure", "tuổi", optional=True, subject="tuổi bà Nguyễn Thị Sáu"),
    F("năm 17 tuổi", "17", 17, "measure", "tuổi", optional=True, subject="tuổi vào nghề"),
    F("khoảng 30 m", "30", 30, "measure", "m/ngày", approx="about", subject="lưới bà vá được mỗi ngày"),
    F("làm 26 ngày", "26", 26, "measure", "ngày", subject="ngày làm vá lưới", period=THANG),
    F("gần 7 triệu", "7", 7000000, "money", "đồng", approx="nearly", subject="thu nhập từ vá lưới", period=THANG),
    F("có 1.130 lượt", "1.130", 1130, "count", "lượt tàu", change=C("increase", 18, "%", "cùng kỳ"),
      subject="lượt tàu cập cảng cá Phan Thiết", period=OCT),
    F("khoảng 420 lượt", "420", 420, "count", "lượt tàu", approx="about", total=1130,
      subject="lượt tàu có nhu cầu sửa, thay lưới", period=OCT),
    F("chừng 250 thợ", "250", 250, "count", "thợ vá lưới", approx="about", subject="thợ vá lưới tại khu vực cảng"),
    F("90% là nữ", "90", 90, "percent", "%", subject="thợ vá lưới là nữ"),
    F("dài 800 m", "800", 800, "measure", "m", subject="chiều dài vàng lưới vây"),
    F("hết 14 triệu", "14", 14000000, "money", "đồng", subject="chi phí vá lưới"),
    F("khoảng 350 triệu", "350", 350000000, "money", "đồng", approx="about", subject="chi phí thay lưới mới"),
    F("chậm một ngày", "một", 1, "measure", "ngày", optional=True, subject="thời gian chậm"),
    F("cả chục triệu", "chục", 10000000, "money", "đồng", approx="about", optional=True,
      subject="thiệt hại khi tàu chậm ra khơi"),
    F("có 7.532 tàu", "7.532", 7532, "count", "tàu cá", subject="tàu cá", location=PROV),
    F("hơn 2.100 tàu", "2.100", 2100, "count", "tàu", approx="over", total=7532,
      subject="tàu dài từ 15 m trở lên", location=PROV),
    F("dài từ 15 m", "15", 15, "measure", "m", approx="at_least", optional=True, subject="chiều dài tàu",
      location=PROV),
    F("khoảng 1.200 tỷ", "1.200", 1200000000000, "money", "đồng/năm", approx="about", status="estimate",
      subject="chi phí vá, thay lưới của ngư dân mỗi năm", location=PROV),
    F("mở 6 lớp", "6", 6, "count", "lớp", status="forecast", subject="lớp dạy nghề vá lưới", period=Y25,
      location=PROV),
    F("khoảng 180 lao động", "180", 180, "count", "lao động nữ", approx="about", status="forecast",
      subject="lao động nữ học nghề vá lưới", period=Y25, location=PROV),
]

NOTES = [
    "National newspaper: breadcrumb, 'Thứ Bảy, 9/11/2024, 06:00 (GMT+7)', byline at the end. Port figures: Phan Thiết (default); province figures: Bình Thuận.",
    "Distractors: '06:00 (GMT+7)', '5h30', '10h đêm', 'đường 19/4' (a road named by a date), tàu 'BTh 96779 TS', 'Bà Nguyễn Thị Sáu' (name = number word), 'tuần sau'.",
    "'cao gấp rưỡi ngày thường' = change increase 1.5 lần of the wage range. Headline '300.000 đồng mỗi ngày' is a figure without period.",
    "'Tháng rồi' in a 9/11/2024 article = October 2024 (stated in the sentence, scored). 'từ đầu tháng 10 đến nay' ends at the published date.",
    "'90% là nữ' is a share of an unnumbered part: own percent figure. Ages, 'hàng trăm', 'một ngày', 'cả chục triệu' (hypothetical loss) optional.",
    "'mỗi năm ước khoảng 1.200 tỷ' -> estimate, unit đồng/năm. 'dự kiến … trong năm 2025' -> forecast.",
]

if __name__ == "__main__":
    write("p1135-6", TEXT, NOTES, FIGS, published="2024-11-09", location="Phan Thiết")
