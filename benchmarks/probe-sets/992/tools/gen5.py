"""p992-5: Báo Bạc Liêu (provincial Party newspaper), byline and bare date at the end."""
from lib import F, P, I, C, build

TEXT = """Khu neo đậu Gành Hào "khát" nạo vét

Khu neo đậu tránh trú bão cho tàu cá Gành Hào (huyện Đông Hải) được thiết kế cho khoảng 800 tàu có công suất đến 800 CV neo đậu. Tuy nhiên, luồng vào hiện bị bồi lắng nặng, nhiều đoạn chỉ còn sâu 1,2 m khi nước ròng, tàu trên 300 CV phải chờ triều cường mới ra vào được.

Theo ông Lê Văn Sáu, ngư dân ở ấp 3, thị trấn Gành Hào, mỗi chuyến biển kéo dài 20-25 ngày, chi phí khoảng 180 triệu đồng; nếu lỡ con nước, tàu phải nằm chờ 2-3 ngày, tốn thêm 5-7 triệu đồng tiền dầu và tiền công bạn. "Có chuyến tàu tôi chở 12 tấn cá mà phải neo ngoài cửa sông cả đêm, cá xuống giá mất 8.000 đồng/kg", ông Sáu nói.

Toàn tỉnh Bạc Liêu hiện có 1.126 tàu cá, trong đó hơn 70% neo đậu thường xuyên tại Gành Hào. Năm 2022, luồng được nạo vét 185.000 m3 với kinh phí 23 tỷ đồng. Chỉ sau hơn một năm, luồng đã bồi lắng trở lại khoảng 60%.

Tỉnh đã trình Bộ Nông nghiệp và Phát triển nông thôn dự án nạo vét và kè chắn cát cửa Gành Hào với tổng mức đầu tư dự kiến 350 tỷ đồng, khối lượng nạo vét khoảng 1,1 triệu m3. Khi hoàn thành, dự án dự kiến nâng sức chứa khu neo đậu lên 1.200 tàu, gấp 1,5 lần hiện nay.

Trong lúc chờ vốn, huyện Đông Hải đã bố trí 2,5 tỷ đồng nạo vét cục bộ các điểm cạn, Sở Nông nghiệp và Phát triển nông thôn đặt thêm 14 phao báo hiệu luồng để tàu ra vào an toàn trước mùa mưa bão tới.

QUỐC TRUNG
23/11/2023
"""

FIGS = [
    F("khoảng 800 tàu", "800", 800, "count", "tàu", "sức chứa thiết kế khu neo đậu Gành Hào", approx="about"),
    F("đến 800 CV", "800", 800, "measure", "CV", "công suất tàu được neo đậu", approx="at_most", optional=True),
    F("sâu 1,2 m", "1,2", 1.2, "measure", "m", "độ sâu luồng vào khi nước ròng"),
    F("tàu trên 300 CV", "300", 300, "measure", "CV", "công suất tàu", approx="over", optional=True),
    F("kéo dài 20-25 ngày", "20", 20, "measure", "ngày", "thời gian mỗi chuyến biển", value_max=25),
    F("khoảng 180 triệu đồng", "180", 180000000, "money", "đồng", "chi phí mỗi chuyến biển", approx="about"),
    F("nằm chờ 2-3 ngày", "2", 2, "measure", "ngày", "thời gian tàu nằm chờ con nước", value_max=3),
    F("thêm 5-7 triệu đồng", "5", 5000000, "money", "đồng", "chi phí tiền dầu và tiền công bạn phát sinh",
      value_max=7000000),
    F("chở 12 tấn cá", "12", 12, "measure", "tấn", "cá chở trên một chuyến tàu", optional=True),
    F("mất 8.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", "giá cá bị giảm", optional=True),
    F("có 1.126 tàu cá", "1.126", 1126, "count", "tàu cá", "tàu cá", location="Bạc Liêu"),
    F("hơn 70% neo đậu", "70", 70, "percent", "%", "tàu cá neo đậu thường xuyên tại Gành Hào", approx="over",
      location="Bạc Liêu"),
    F("nạo vét 185.000 m3", "185.000", 185000, "measure", "m3", "khối lượng nạo vét luồng",
      P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("kinh phí 23 tỷ đồng", "23", 23000000000, "money", "đồng", "kinh phí nạo vét luồng",
      P("Năm 2022", "2022-01-01", "2022-12-31")),
    F("khoảng 60%", "60", 60, "percent", "%", "mức bồi lắng trở lại của luồng", approx="about"),
    F("dự kiến 350 tỷ đồng", "350", 350000000000, "money", "đồng", "tổng mức đầu tư dự án nạo vét và kè chắn cát cửa Gành Hào",
      status="forecast"),
    F("khoảng 1,1 triệu m3", "1,1", 1100000, "measure", "m3", "khối lượng nạo vét", approx="about", status="forecast"),
    F("lên 1.200 tàu", "1.200", 1200, "count", "tàu", "sức chứa khu neo đậu", status="forecast",
      change=C("increase", 1.5, unit="lần", baseline="hiện nay")),
    F("thêm 14 phao", "14", 14, "count", "phao", "phao báo hiệu luồng"),
    F("bố trí 2,5 tỷ đồng", "2,5", 2500000000, "money", "đồng", "kinh phí nạo vét cục bộ các điểm cạn"),
]

build("p992-5", TEXT, FIGS, published="2023-11-23", location="Đông Hải", comments=[
    "Báo Bạc Liêu: khu neo đậu Gành Hào (huyện Đông Hải) silted up; fishermen's costs; dredging 2022; project proposal. Byline + bare date at the end.",
    "Figures about the Gành Hào shelter, channel and its fishermen are located in Đông Hải (named at the start); the provincial fleet (1.126, 70%) is Bạc Liêu.",
    "Durations of a trip or of waiting ('20-25 ngày', '2-3 ngày') are facts, not time locators: measure in ngày. 'sau hơn một năm' only locates: not a figure.",
    "'gấp 1,5 lần hiện nay' right after 1.200 tàu compares it with today's capacity: a change of that figure (1,5 lần, increase), not a multiple of its own.",
    "The quoted fisherman's one catch ('12 tấn cá', '8.000 đồng/kg') is an anecdote: optional. '800 CV', 'trên 300 CV' are size classes: optional.",
    "'đã bố trí 2,5 tỷ đồng' and '14 phao': actual, no period ('trước mùa mưa bão tới' is a deadline, not a period).",
    "Distractors: 'ấp 3', name 'Lê Văn Sáu', 'ông Sáu', byline date.",
])
