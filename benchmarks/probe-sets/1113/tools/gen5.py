"""p1113-5: Báo Đà Nẵng - Muslim visitors, halal restaurants by district, airport prayer rooms; byline + bare date at end."""
from lib import F, write_set, period, year, upto, inherit, change, target

TEXT = """Đà Nẵng hướng tới điểm đến thân thiện với du khách Hồi giáo

Với 4 đường bay thẳng kết nối Kuala Lumpur và Jakarta, lượng khách từ các nước có đông người Hồi giáo đến Đà Nẵng tăng nhanh, đòi hỏi ngành du lịch thành phố chuẩn bị tốt hơn về ẩm thực Halal và không gian cầu nguyện.

Theo Sở Du lịch, 9 tháng năm 2024, Đà Nẵng đón khoảng 96.000 lượt khách Malaysia và Indonesia, tăng 35% so với cùng kỳ, chiếm gần 3% tổng lượt khách quốc tế. Các hãng hàng không hiện khai thác 28 chuyến/tuần trên các đường bay này.

Toàn thành phố có 18 nhà hàng phục vụ món ăn Halal, tập trung ở quận Sơn Trà (9 nhà hàng), Hải Châu (5 nhà hàng) và Ngũ Hành Sơn (4 nhà hàng); trong số này, 7 nhà hàng đã có giấy chứng nhận Halal. Giá một suất ăn dao động 150.000-300.000 đồng/người, cao hơn khoảng 20% so với món ăn thông thường.

Nhà ga quốc tế Cảng hàng không quốc tế Đà Nẵng bố trí 2 phòng cầu nguyện, mỗi phòng rộng trên 25 m2. Một số trung tâm thương mại trên đường Nguyễn Văn Linh và đường 2 Tháng 9 cũng đã dành không gian cầu nguyện cho du khách.

Theo chủ nhà hàng Halal Ali Baba trên đường Hồ Nghinh, chi phí chứng nhận Halal từ 40 đến 60 triệu đồng, giấy chứng nhận có hiệu lực 3 năm. Tại Hội thảo xúc tiến du lịch Halal lần thứ 3, các doanh nghiệp kiến nghị thành phố hỗ trợ một phần chi phí này.

Thành phố đặt mục tiêu năm 2025 đón 150.000 lượt khách Hồi giáo và có thêm 10 nhà hàng được chứng nhận Halal.

THU HÀ
15/10/2024
"""

Y25 = year("năm 2025", 2025)

FIGS = [
    F("Với 4 đường bay", "4", 4, "count", "đường bay",
      "đường bay thẳng kết nối Kuala Lumpur và Jakarta"),
    F("khoảng 96.000 lượt khách", "96.000", 96000, "count", "lượt khách",
      "lượt khách Malaysia và Indonesia", approx="about", percent=3,
      change=change("increase", 35, "%", "cùng kỳ"),
      period=period("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("khai thác 28 chuyến/tuần", "28", 28, "measure", "chuyến/tuần",
      "chuyến bay trên các đường bay thẳng"),
    F("có 18 nhà hàng", "18", 18, "count", "nhà hàng", "nhà hàng phục vụ món ăn Halal"),
    F("Sơn Trà (9 nhà hàng)", "9", 9, "count", "nhà hàng", "nhà hàng phục vụ món ăn Halal",
      total=18, location="Sơn Trà"),
    F("Hải Châu (5 nhà hàng)", "5", 5, "count", "nhà hàng", "nhà hàng phục vụ món ăn Halal",
      total=18, location="Hải Châu"),
    F("Ngũ Hành Sơn (4 nhà hàng)", "4", 4, "count", "nhà hàng", "nhà hàng phục vụ món ăn Halal",
      total=18, location="Ngũ Hành Sơn"),
    F("7 nhà hàng đã có", "7", 7, "count", "nhà hàng",
      "nhà hàng đã có giấy chứng nhận Halal", total=18),
    F("150.000-300.000 đồng/người", "150.000", 150000, "money", "đồng/người",
      "giá một suất ăn Halal", value_max=300000,
      change=change("increase", 20, "%", "món ăn thông thường", approx="about")),
    F("bố trí 2 phòng cầu nguyện", "2", 2, "count", "phòng cầu nguyện",
      "phòng cầu nguyện tại nhà ga quốc tế Cảng hàng không quốc tế Đà Nẵng"),
    F("rộng trên 25 m2", "25", 25, "measure", "m2", "diện tích mỗi phòng cầu nguyện",
      approx="over"),
    F("từ 40 đến 60 triệu đồng", "40", 40_000_000, "money", "đồng", "chi phí chứng nhận Halal",
      value_max=60_000_000),
    F("hiệu lực 3 năm", "3", 3, "measure", "năm", "thời hạn hiệu lực giấy chứng nhận Halal"),
    F("đón 150.000 lượt khách", "150.000", 150000, "count", "lượt khách", "lượt khách Hồi giáo",
      status="target", period=Y25),
    F("thêm 10 nhà hàng", "10", 10, "count", "nhà hàng", "nhà hàng được chứng nhận Halal",
      status="target", period=Y25),
]

write_set("p1113-5", TEXT, FIGS, published="2024-10-15", location="Đà Nẵng", notes=[
    "Party/provincial newspaper (Báo Đà Nẵng style), byline THU HÀ and bare date 15/10/2024 at the end.",
    "District list in brackets adds up to the 18 restaurants right before it: total 18, location the district.",
    "'trong số này, 7 nhà hàng' -> total 18. 'cao hơn khoảng 20% so với món ăn thông thường' after the price range = its change.",
    "'hiệu lực 3 năm' (validity) is a measure, not a period. Foreign cities (Kuala Lumpur, Jakarta) are not places of a figure.",
    "Distractors: đường 2 Tháng 9, lần thứ 3, 15/10/2024, 9 tháng năm 2024 (period).",
])
