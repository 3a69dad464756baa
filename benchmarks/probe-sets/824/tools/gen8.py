"""p824-8: Báo Tây Ninh online, Q1/2025 footwear and handbag exports, headline figure and (BTN) tag."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế
Xuất khẩu giày dép, túi xách quý I tăng 18,6%
Thứ Hai, 14/04/2025 - 10:25

(BTN) - Theo Cục Thống kê tỉnh, quý I/2025, kim ngạch xuất khẩu nhóm hàng giày dép, túi xách của Tây Ninh ước đạt 386,5 triệu USD, tăng 18,6% so với cùng kỳ năm 2024, chiếm 21,4% tổng kim ngạch xuất khẩu toàn tỉnh. Trong đó, giày dép ước đạt 301,2 triệu USD; túi xách, va li ước đạt 85,3 triệu USD.

Tại thị xã Trảng Bàng, Công ty TNHH Giày Phước Đông hiện có 12.400 công nhân; sản lượng quý I đạt 6,8 triệu đôi, tăng 1,2 triệu đôi so với cùng kỳ. Công ty đã có đơn hàng đến hết quý III/2025 và dự kiến tuyển thêm 1.500 lao động trong quý II.

Thu nhập bình quân của công nhân ngành da giày trên địa bàn tỉnh đạt 9,1 triệu đồng/người/tháng; thưởng Tết Ất Tỵ 2025 bình quân 1,3 tháng lương, mức thưởng cao nhất là 3 tháng lương.

Tính đến 31/3/2025, toàn tỉnh có 38 dự án da giày, túi xách còn hiệu lực với tổng vốn đăng ký 2,15 tỷ USD. Kim ngạch xuất khẩu giày dép của Tây Ninh năm 2024 đứng thứ 6 cả nước. Tuy nhiên, tỷ lệ nội địa hóa của ngành mới đạt khoảng 35-40%, phần lớn nguyên liệu da, đế giày vẫn phải nhập khẩu qua cửa khẩu Mộc Bài và cảng Cái Mép.

Năm 2025, tỉnh đặt mục tiêu kim ngạch xuất khẩu giày dép, túi xách đạt 1,65 tỷ USD; dự kiến thu hút thêm 5 dự án mới với vốn đầu tư khoảng 300 triệu USD vào Khu công nghiệp Thành Thành Công và Khu công nghiệp Phước Đông dọc Quốc lộ 22.

Hoàng Yến
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
AS = P("Tính đến 31/3/2025", None, "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("quý I tăng 18,6%", "18,6", 18.6, "percent", "%", "xuất khẩu giày dép, túi xách",
      P("quý I", "2025-01-01", "2025-03-31")),
    F("ước đạt 386,5 triệu USD", "386,5", 386.5e6, "money", "USD", "kim ngạch xuất khẩu nhóm hàng giày dép, túi xách",
      Q1, status="estimate", percent=21.4, change=C("increase", 18.6, baseline="cùng kỳ năm 2024")),
    F("ước đạt 301,2 triệu USD", "301,2", 301.2e6, "money", "USD", "kim ngạch xuất khẩu giày dép", I(Q1),
      status="estimate", total=386.5e6),
    F("ước đạt 85,3 triệu USD", "85,3", 85.3e6, "money", "USD", "kim ngạch xuất khẩu túi xách, va li", I(Q1),
      status="estimate", total=386.5e6),
    F("có 12.400 công nhân", "12.400", 12400, "count", "công nhân", "công nhân của Công ty TNHH Giày Phước Đông",
      location="Trảng Bàng"),
    F("đạt 6,8 triệu đôi", "6,8", 6.8e6, "count", "đôi", "sản lượng", P("quý I", "2025-01-01", "2025-03-31"),
      change=C("increase", 1.2e6, "đôi", "cùng kỳ"), location="Trảng Bàng"),
    F("thêm 1.500 lao động", "1.500", 1500, "count", "lao động", "lao động tuyển thêm",
      P("quý II", "2025-04-01", "2025-06-30"), status="forecast", location="Trảng Bàng"),
    F("đạt 9,1 triệu đồng/người/tháng", "9,1", 9.1e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của công nhân ngành da giày"),
    F("bình quân 1,3 tháng lương", "1,3", 1.3, "measure", "tháng lương", "thưởng Tết bình quân"),
    F("là 3 tháng lương", "3", 3, "measure", "tháng lương", "mức thưởng Tết cao nhất"),
    F("có 38 dự án", "38", 38, "count", "dự án", "dự án da giày, túi xách còn hiệu lực", AS),
    F("đăng ký 2,15 tỷ USD", "2,15", 2.15e9, "money", "USD", "tổng vốn đăng ký", AS),
    F("đứng thứ 6 cả nước", "6", 6, "rank", "hạng", "kim ngạch xuất khẩu giày dép",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 35-40%", "35", 35, "percent", "%", "tỷ lệ nội địa hóa của ngành", approx="about", value_max=40),
    F("đạt 1,65 tỷ USD", "1,65", 1.65e9, "money", "USD", "kim ngạch xuất khẩu giày dép, túi xách", Y25,
      status="target"),
    F("thêm 5 dự án", "5", 5, "count", "dự án", "dự án mới thu hút thêm", Y25, status="forecast"),
    F("khoảng 300 triệu USD", "300", 300e6, "money", "USD", "vốn đầu tư", Y25, approx="about", status="forecast"),
]

NOTES = [
    "Báo Tây Ninh online, headline with a figure, 'Thứ Hai, 14/04/2025 - 10:25', tag (BTN): Q1/2025 footwear and handbag exports.",
    "Headline 'quý I' has no year and nothing dated stands before it: 2025 from the date line; 'quý I', 'quý II' later take 2025.",
    "'Trong đó, giày dép ước đạt … ; túi xách, va li ước đạt …' are parts of 386,5 triệu USD (they add up). The Phước Đông firm's",
    "figures are placed in thị xã Trảng Bàng. 'tăng 1,2 triệu đôi so với cùng kỳ' is a change in đôi (1 200 000).",
    "'thưởng … 1,3 tháng lương' and 'cao nhất là 3 tháng lương' are measures in tháng lương (the highest bonus is stated as a fact).",
    "revised after the first run: subject of 12.400 công nhân was the bare unit word; now names the firm.",
    "Not figures: 10:25, (BTN), 'đến hết quý III/2025', 'Tết Ất Tỵ 2025', Quốc lộ 22, cửa khẩu Mộc Bài, the byline.",
]

if __name__ == "__main__":
    write("p824-8", TEXT, NOTES, FIGS, published="2025-04-14", location="Tây Ninh")
