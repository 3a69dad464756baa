import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, C, T, build

text = """Hà Nội: Vận hành hơn 1.100 máy bơm phục vụ lấy nước gieo cấy vụ Xuân

Theo Sở Nông nghiệp và Phát triển nông thôn Hà Nội, trong quý I/2024, các công ty thủy lợi trên địa bàn thành phố đã vận hành 418 trạm bơm với 1.126 máy bơm để lấy nước phục vụ gieo cấy vụ Xuân. Tổng điện năng tiêu thụ ước đạt 21,4 triệu kWh, tăng 12,3% so với cùng kỳ năm 2023 do mực nước sông Hồng xuống thấp.

Mực nước sông Hồng tại trạm Hà Nội có thời điểm chỉ còn 0,62 m, thấp hơn 0,35 m so với cùng kỳ, khiến nhiều trạm bơm đầu mối như Đan Hoài, Phù Sa, Trung Hà phải vận hành liên tục 24/24 giờ.

Đến ngày 5/3/2024, toàn thành phố đã đổ ải được 76.830 ha/77.500 ha, đạt 99,1% diện tích cần nước. Trong đó, huyện Ứng Hòa dẫn đầu với 9.120 ha, tiếp đến là Mỹ Đức 7.480 ha và Phú Xuyên 6.950 ha.

Riêng Công ty TNHH MTV Thủy lợi Sông Nhuệ đã vận hành 46 trạm bơm trong gần 20 ngày, tiêu thụ khoảng 4,3 triệu kWh, xếp thứ 2 trong 5 công ty thủy lợi của thành phố. Thành phố đã cấp 35,8 tỷ đồng hỗ trợ tiền điện bơm nước, bằng 102% cùng kỳ.

Kế hoạch năm 2024, Hà Nội sẽ cải tạo, nâng cấp 25 trạm bơm đầu mối với tổng vốn khoảng 1.250 tỷ đồng; phấn đấu đến năm 2025, tỷ lệ diện tích đất canh tác được tưới chủ động đạt 95%.

Người dân phản ánh sự cố công trình thủy lợi qua đường dây nóng 1900 6868 (24/7).

Minh Anh
12/3/2024
"""

q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
q1_i = P("quý I/2024", "2024-01-01", "2024-03-31", inherited=True)
d53 = P("Đến ngày 5/3/2024", None, "2024-03-05")
d53_i = P("Đến ngày 5/3/2024", None, "2024-03-05", inherited=True)
y24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("hơn 1.100 máy bơm", "1.100", 1100, "count", "máy bơm", "máy bơm vận hành phục vụ lấy nước gieo cấy vụ Xuân", approx="over"),
    F("vận hành 418 trạm bơm", "418", 418, "count", "trạm bơm", "trạm bơm được vận hành", period=q1),
    F("với 1.126 máy bơm", "1.126", 1126, "count", "máy bơm", "máy bơm được vận hành", period=q1),
    F("ước đạt 21,4 triệu kWh", "21,4", 21400000, "measure", "kWh", "tổng điện năng tiêu thụ",
      change=C("increase", 12.3, "%", "cùng kỳ năm 2023"), status="estimate", period=q1_i),
    F("chỉ còn 0,62 m", "0,62", 0.62, "measure", "m", "mực nước sông Hồng tại trạm Hà Nội",
      change=C("decrease", 0.35, "m", "cùng kỳ")),
    F("được 76.830 ha/77.500 ha", "76.830", 76830, "measure", "ha", "diện tích đổ ải", total=77500, percent=99.1, period=d53),
    F("dẫn đầu với 9.120 ha", "9.120", 9120, "measure", "ha", "diện tích đổ ải", total=76830, period=d53_i, location="Ứng Hòa"),
    F("Mỹ Đức 7.480 ha", "7.480", 7480, "measure", "ha", "diện tích đổ ải", total=76830, period=d53_i, location="Mỹ Đức"),
    F("Phú Xuyên 6.950 ha", "6.950", 6950, "measure", "ha", "diện tích đổ ải", total=76830, period=d53_i, location="Phú Xuyên"),
    F("vận hành 46 trạm bơm", "46", 46, "count", "trạm bơm", "trạm bơm Công ty Thủy lợi Sông Nhuệ vận hành", period=q1_i),
    F("gần 20 ngày", "20", 20, "measure", "ngày", "thời gian vận hành trạm bơm", approx="nearly", optional=True),
    F("khoảng 4,3 triệu kWh", "4,3", 4300000, "measure", "kWh", "điện năng tiêu thụ của Công ty Thủy lợi Sông Nhuệ",
      approx="about", period=q1_i),
    F("xếp thứ 2 trong 5", "2", 2, "rank", "hạng", "điện năng tiêu thụ trong các công ty thủy lợi của thành phố", total=5),
    F("trong 5 công ty", "5", 5, "count", "công ty thủy lợi", "công ty thủy lợi của thành phố", optional=True),
    F("cấp 35,8 tỷ đồng", "35,8", 35800000000, "money", "đồng", "kinh phí hỗ trợ tiền điện bơm nước", percent=102),
    F("nâng cấp 25 trạm bơm", "25", 25, "count", "trạm bơm", "trạm bơm đầu mối được cải tạo, nâng cấp",
      status="target", period=y24),
    F("khoảng 1.250 tỷ đồng", "1.250", 1250000000000, "money", "đồng", "tổng vốn cải tạo, nâng cấp trạm bơm đầu mối",
      approx="about", status="target", period=y24),
    F("đạt 95%", "95", 95, "percent", "%", "tỷ lệ diện tích đất canh tác được tưới chủ động",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
]

comments = """
Hà Nội city press (Hà Nội Mới style): pumping stations and water intake for the spring crop, quý I/2024. No dateline at the top; the byline
and a bare date "12/3/2024" at the end give `published`. Distractors: station names (Đan Hoài, Phù Sa, Trung Hà), "24/24 giờ" (around the
clock, not a share), hotline "1900 6868 (24/7)", "ngày 5/3/2024" as a date.
Location Hà Nội by default; district list items (Ứng Hòa, Mỹ Đức, Phú Xuyên) after "Trong đó" are parts of 76.830 ha (same unit, as-of date).
"76.830 ha/77.500 ha": total 77500, "đạt 99,1%" its percent. "ước đạt 21,4 triệu kWh" is an estimate with the change 12,3% (its own sentence
has no period, so "quý I/2024" is inherited). "thấp hơn 0,35 m so với cùng kỳ" is the change of 0,62 m (a moment, no period given).
"xếp thứ 2 trong 5 công ty" is a rank with total 5; the 5 itself is optional. "gần 20 ngày" (operating duration) optional.
"bằng 102% cùng kỳ" is the percent of 35,8 tỷ. "Kế hoạch năm 2024 … sẽ" makes both figures targets; "phấn đấu đến năm 2025 … 95%" target, end 2025.
"""

build("p429-8", text, comments, figs, published="2024-03-12", location="Hà Nội")
