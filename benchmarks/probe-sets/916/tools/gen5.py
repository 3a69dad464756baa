"""p916-5: Party/provincial newspaper (Báo Thanh Hóa), mối hại đê tả sông Chu, byline and bare date at the end."""
from lib import F, P, I, C, T, build

TEXT = """Báo Thanh Hóa > Xã hội > Nông nghiệp

"Giặc mối" đe dọa an toàn đê sông Chu

Mỗi mùa khô, trên các tuyến đê tả sông Chu đoạn qua huyện Thiệu Hóa, lực lượng quản lý đê lại căng mình truy tìm tổ mối. Chỉ một tổ mối lớn nằm sâu trong thân đê cũng có thể gây sủi đùn, mạch đùn khi nước lên.

Ông Lê Văn Tám, Hạt trưởng Hạt Quản lý đê Thiệu Hóa cho biết, từ đầu năm đến nay, Hạt đã phát hiện 163 tổ mối trên 32,7 km đê, đã đào và xử lý 121 tổ. Mỗi tổ mối trưởng thành có thể chứa tới hàng triệu con mối, các đường hang có khi ăn xuyên ngang thân đê dài 8-10 m. Chi phí xử lý một tổ mối lớn từ 1,5 đến 2 triệu đồng, chưa kể khoan phụt vữa lấp khoang.

Theo Chi cục Thủy lợi tỉnh, Thanh Hóa hiện có hơn 1.008 km đê, trong đó 284 km đê từ cấp III trở lên. Năm 2022, toàn tỉnh phát hiện 2.147 tổ mối, giảm 9,6% so với năm 2021; riêng huyện Thiệu Hóa chiếm khoảng 31% tổng số tổ mối. Mùa lũ năm 2022, tổ mối đã gây sự cố sủi đùn tại K23+450 đê hữu sông Mã, phải huy động 120 người cùng 500 bao tải đất đá mới xử lý được.

Năm 2023, tỉnh đặt mục tiêu phát hiện, xử lý trên 95% số tổ mối, đồng thời bố trí 2,5 tỷ đồng để khoan phụt vữa gia cố 7 km đê xung yếu ở các huyện Thiệu Hóa, Yên Định, Hoằng Hóa. Các Hạt phải hoàn thành kiểm tra đê trước ngày 15/6. Người dân sống ven đê cũng được khuyến khích báo tin khi phát hiện dấu hiệu mối, với mức thưởng 200.000 đồng/tổ mối được xác nhận.

Lê Hợi
22/5/2023
"""

YTD = P("từ đầu năm đến nay", "2023-01-01", "2023-05-22")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y22b = P("Mùa lũ năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("phát hiện 163 tổ mối", "163", 163, "count", "tổ mối", "tổ mối phát hiện", YTD, location="Thiệu Hóa"),
    F("trên 32,7 km đê", "32,7", 32.7, "measure", "km", "chiều dài đê nơi phát hiện tổ mối", YTD,
      location="Thiệu Hóa"),
    F("xử lý 121 tổ", "121", 121, "count", "tổ", "tổ mối đã đào và xử lý", YTD, location="Thiệu Hóa"),
    F("tới hàng triệu con mối", "hàng triệu", 1e6, "count", "con mối", "số con mối trong một tổ mối trưởng thành",
      approx="about", location="", optional=True),
    F("dài 8-10 m", "8", 8, "measure", "m", "chiều dài đường hang mối xuyên ngang thân đê", value_max=10,
      location=""),
    F("từ 1,5 đến 2 triệu đồng", "1,5", 1.5e6, "money", "đồng", "chi phí xử lý một tổ mối lớn", value_max=2e6),
    F("hơn 1.008 km", "1.008", 1008, "measure", "km", "đê toàn tỉnh", approx="over"),
    F("284 km đê", "284", 284, "measure", "km", "đê từ cấp III trở lên", total=1008),
    F("phát hiện 2.147 tổ mối", "2.147", 2147, "count", "tổ mối", "tổ mối phát hiện toàn tỉnh", Y22,
      change=C("decrease", 9.6, "%", "năm 2021")),
    F("khoảng 31% tổng số", "31", 31, "percent", "%", "tỷ lệ tổ mối của huyện Thiệu Hóa trong tổng số", Y22,
      approx="about", location="Thiệu Hóa"),
    F("huy động 120 người", "120", 120, "count", "người", "người huy động xử lý sự cố sủi đùn", Y22b),
    F("500 bao tải", "500", 500, "count", "bao tải", "bao tải đất đá huy động xử lý sự cố sủi đùn", Y22b),
    F("trên 95% số tổ mối", "95", 95, "percent", "%", "tỷ lệ tổ mối được phát hiện, xử lý", Y23, approx="over",
      status="target"),
    F("bố trí 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "kinh phí khoan phụt vữa gia cố đê xung yếu", Y23,
      status="target"),
    F("gia cố 7 km đê", "7", 7, "measure", "km", "đê xung yếu được khoan phụt vữa gia cố", Y23, status="target"),
    F("200.000 đồng/tổ mối", "200.000", 200000, "money", "đồng/tổ mối", "mức thưởng báo tin tổ mối được xác nhận",
      I(Y23)),
]

build("p916-5", TEXT, FIGS, published="2023-05-22", location="Thanh Hóa", comments=[
    "Báo Thanh Hóa: termite nests on the đê tả sông Chu (huyện Thiệu Hóa); byline 'Lê Hợi' and bare date '22/5/2023' at the end.",
    "Not figures: the name 'Lê Văn Tám', chainage K23+450, 'cấp III trở lên' (grade), 'trước ngày 15/6' (a deadline), the byline date.",
    "The Hạt's figures (163, 32,7 km, 121) and the 31% share of Thiệu Hóa are located in the district; the rest is the province.",
    "121 tổ has no part-of cue: no total. 'hàng triệu con mối' (a rough general claim, 'hàng' = approx) is optional.",
    "'Mùa lũ năm 2022' gives year 2022. 'tỉnh đặt mục tiêu ..., đồng thời bố trí 2,5 tỷ đồng để ... 7 km' continues the target clause: target.",
    "The general claims about termite nests ('hàng triệu con mối', tunnels 'dài 8-10 m') describe no place: location null.",
    "revised after the first run: 8-10 m (and the optional 'hàng triệu') location Thanh Hóa -> null, as for the same kind of claim in p916-6.",
    "The reward '200.000 đồng/tổ mối' is a standing rate in a new sentence (actual), period inherited from 'Năm 2023'.",
])
