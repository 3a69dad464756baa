"""p946-8: Báo Bình Dương online, '(BDO) -' tag, headline figure: rambutan orchards of Lái Thiêu (Thuận An) and agritourism, 2025."""
from lib import F, P, Y, I, C, T, write

TEXT = """BÁO BÌNH DƯƠNG ĐIỆN TỬ
Kinh tế > Nông nghiệp
Vườn chôm chôm Lái Thiêu đón hơn 35.000 lượt khách
Thứ Ba, 17/06/2025, 06:42

(BDO) - Từ đầu năm đến nay, các nhà vườn ở TP.Thuận An đã đón hơn 35.000 lượt khách đến tham quan, thưởng thức chôm chôm, măng cụt, sầu riêng, tăng 25% so với cùng kỳ năm 2024.

Theo Phòng Kinh tế TP.Thuận An, toàn thành phố hiện còn 312 ha vườn cây ăn trái, trong đó chôm chôm chiếm 118 ha, tập trung ở các phường Lái Thiêu, Hưng Định, An Sơn. Toàn tỉnh Bình Dương có khoảng 1.450 ha chôm chôm, chủ yếu ở các huyện Phú Giáo, Bắc Tân Uyên và Dầu Tiếng. Năm 2024, sản lượng chôm chôm toàn tỉnh đạt khoảng 14.600 tấn, giá bán tại vườn bình quân 28.000 đồng/kg.

Hiện thành phố có 36 nhà vườn làm du lịch sinh thái, giá vé tham quan từ 80.000 đến 150.000 đồng/người, khách được ăn trái cây tại vườn không giới hạn. Bà Nguyễn Thị Bảy, chủ vườn Bảy Lái Thiêu (số 45/2 đường Bùi Hữu Nghĩa) cho biết, mỗi ngày cuối tuần vườn đón 300-400 khách; vụ này ước thu lãi khoảng 250 triệu đồng, cao hơn 40% so với chỉ bán trái cho thương lái.

Tuy nhiên, quá trình đô thị hóa khiến diện tích vườn cây ăn trái của Thuận An giảm mạnh, từ khoảng 800 ha năm 2010 xuống còn 312 ha như hiện nay. Để bảo tồn thương hiệu trái cây Lái Thiêu, thành phố phấn đấu đến năm 2030 giữ ổn định ít nhất 250 ha vườn cây ăn trái và có 50 nhà vườn đạt chuẩn du lịch sinh thái. Lễ hội trái cây Lái Thiêu lần thứ 5 dự kiến tổ chức vào tháng 7 tại Đại lộ Bình Dương.

Bài, ảnh: Thảo Nguyên
"""

YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-06-17")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Lái Thiêu đón hơn 35.000", "35.000", "count", "lượt khách", "lượt khách tham quan vườn chôm chôm Lái Thiêu",
      approx="over"),
    F("đã đón hơn 35.000", "35.000", "count", "lượt khách", "lượt khách tham quan nhà vườn",
      approx="over", change=C("increase", 25, baseline="cùng kỳ năm 2024"), period=YTD),
    F("hiện còn 312 ha", "312", "measure", "ha", "diện tích vườn cây ăn trái"),
    F("chiếm 118 ha", "118", "measure", "ha", "diện tích chôm chôm", total=312),
    F("khoảng 1.450 ha", "1.450", "measure", "ha", "diện tích chôm chôm", approx="about", location="Bình Dương"),
    F("khoảng 14.600 tấn", "14.600", "measure", "tấn", "sản lượng chôm chôm", approx="about",
      period=Y(2024, "Năm 2024"), location="Bình Dương"),
    F("quân 28.000 đồng/kg", "28.000", "money", "đồng/kg", "giá bán chôm chôm tại vườn bình quân",
      period=Y(2024, "Năm 2024"), location="Bình Dương"),
    F("có 36 nhà vườn", "36", "count", "nhà vườn", "nhà vườn làm du lịch sinh thái"),
    F("từ 80.000 đến 150.000 đồng/người", "80.000", "money", "đồng/người", "giá vé tham quan nhà vườn",
      value_max=150000),
    F("đón 300-400 khách", "300", "measure", "khách/ngày", "khách tham quan vườn Bảy Lái Thiêu mỗi ngày cuối tuần",
      value_max=400),
    F("khoảng 250 triệu đồng", "250", "money", "đồng", "lãi vụ này của vườn Bảy Lái Thiêu",
      approx="about", change=C("increase", 40, baseline="chỉ bán trái cho thương lái"), status="estimate"),
    F("khoảng 800 ha", "800", "measure", "ha", "diện tích vườn cây ăn trái", approx="about",
      period=Y(2010)),
    F("còn 312 ha như", "312", "measure", "ha", "diện tích vườn cây ăn trái", optional=True),
    F("ít nhất 250 ha", "250", "measure", "ha", "diện tích vườn cây ăn trái giữ ổn định",
      approx="at_least", status="target", period=T30),
    F("có 50 nhà vườn", "50", "count", "nhà vườn", "nhà vườn đạt chuẩn du lịch sinh thái",
      status="target", period=T30),
]

NOTES = [
    "Báo Bình Dương online (BDO), 17/06/2025: fruit orchards of Lái Thiêu / Thuận An, rambutan area, agritourism; headline figure without period.",
    "Location: Thuận An (Lái Thiêu is a ward of it) except the provincial 1.450 ha (Bình Dương). 'hiện còn'/'Hiện' give no period.",
    "'từ khoảng 800 ha năm 2010 xuống còn 312 ha' is a fall, not a range: 800 is its own figure (period 2010); the repeated 312 is optional.",
    "'ước thu lãi khoảng 250 triệu đồng, cao hơn 40% so với ...' → estimate with change. 'mỗi ngày cuối tuần vườn đón 300-400 khách' → rate khách/ngày.",
    "Distractors: 06:42, số 45/2 đường Bùi Hữu Nghĩa, Nguyễn Thị Bảy / vườn Bảy Lái Thiêu, lần thứ 5, tháng 7, Đại lộ Bình Dương.",
]

write("p946-8", TEXT, FIGS, NOTES, published="2025-06-17", location="Thuận An")
