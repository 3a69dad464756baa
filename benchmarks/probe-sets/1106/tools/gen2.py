"""p1106-2: huyện Trần Đề (Sóc Trăng) district portal, Q1/2025 port, fish market, ice plants."""
from lib import F, P, I, C, build

TEXT = """Cổng thông tin điện tử huyện Trần Đề
Trang chủ | Tin tức | Kinh tế
Cảng cá Trần Đề nhộn nhịp ngay từ đầu năm
Thứ Ba, 08/04/2025 - 10:12

Quý I/2025, Cảng cá Trần Đề (huyện Trần Đề, tỉnh Sóc Trăng) đã tiếp nhận 1.846 lượt tàu cá ra vào cảng, trong đó có 612 lượt tàu của ngư dân các tỉnh Bạc Liêu, Cà Mau, Bến Tre. Tổng sản lượng thủy sản qua cảng đạt 7.215 tấn, tăng 840 tấn so với cùng kỳ năm 2024; tôm, mực các loại chiếm 18,6%.

Tại chợ cá trong khu cảng, mỗi ngày có khoảng 150 đến 200 thương lái đến thu mua. Giá bán buôn cá đù dao động 25.000-28.000 đồng/kg, cá chỉ vàng 30.000 đồng/kg; mực ống loại 1 từ 230.000 đến 250.000 đồng/kg, tăng khoảng 15.000 đồng/kg so với tháng trước.

Trên địa bàn huyện hiện có 9 nhà máy nước đá, tổng công suất 1.350 tấn/ngày, phần lớn nằm dọc Đường tỉnh 935. Ông Thạch Sáu, chủ cơ sở nước đá Hưng Phát (ấp Cảng, thị trấn Trần Đề), cho biết từ đầu năm đến nay cơ sở đã bán ra hơn 4.200 tấn đá. Giá nước đá tại cơ sở là 1.500 đồng/kg; mỗi tàu khai thác xa bờ một chuyến biển mua từ 12 đến 15 tấn đá.

Năm 2025, Ban Quản lý cảng cá phấn đấu đón 7.500 lượt tàu, sản lượng qua cảng khoảng 30.000 tấn. Theo Nghị định số 37/2024/NĐ-CP, tàu cá cập cảng phải khai báo sản lượng điện tử; dự kiến khoảng 85% tàu cá sẽ khai báo qua phần mềm ngay trong tháng 5/2025.

Lượt truy cập: 215.604
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("tiếp nhận 1.846 lượt tàu", "1.846", 1846, "count", "lượt tàu", "lượt tàu cá ra vào cảng", Q1),
    F("có 612 lượt tàu", "612", 612, "count", "lượt tàu", "lượt tàu của ngư dân các tỉnh khác ra vào cảng", Q1,
      total=1846),
    F("đạt 7.215 tấn", "7.215", 7215, "measure", "tấn", "tổng sản lượng thủy sản qua cảng", I(Q1),
      change=C("increase", 840, "tấn", "cùng kỳ năm 2024")),
    F("chiếm 18,6%", "18,6", 18.6, "percent", "%", "tỷ trọng tôm, mực trong sản lượng thủy sản qua cảng", I(Q1)),
    F("khoảng 150 đến 200 thương lái", "150", 150, "count", "thương lái", "thương lái đến thu mua mỗi ngày tại chợ cá",
      value_max=200, approx="about"),
    F("25.000-28.000 đồng/kg", "25.000", 25000, "money", "đồng/kg", "giá bán buôn cá đù", value_max=28000),
    F("30.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá bán buôn cá chỉ vàng"),
    F("từ 230.000 đến 250.000 đồng/kg", "230.000", 230000, "money", "đồng/kg", "giá bán buôn mực ống loại 1",
      value_max=250000, change=C("increase", 15000, "đồng/kg", "tháng trước", "about")),
    F("có 9 nhà máy", "9", 9, "count", "nhà máy", "nhà máy nước đá"),
    F("1.350 tấn/ngày", "1.350", 1350, "measure", "tấn/ngày", "tổng công suất nhà máy nước đá"),
    F("hơn 4.200 tấn", "4.200", 4200, "measure", "tấn", "nước đá bán ra của cơ sở Hưng Phát",
      P("từ đầu năm đến nay", "2025-01-01", "2025-04-08"), approx="over"),
    F("1.500 đồng/kg", "1.500", 1500, "money", "đồng/kg", "giá nước đá tại cơ sở"),
    F("từ 12 đến 15 tấn", "12", 12, "measure", "tấn", "nước đá mỗi tàu khai thác xa bờ mua một chuyến biển",
      value_max=15),
    F("đón 7.500 lượt tàu", "7.500", 7500, "count", "lượt tàu", "lượt tàu đón tại cảng", Y, status="target"),
    F("khoảng 30.000 tấn", "30.000", 30000, "measure", "tấn", "sản lượng qua cảng", Y, approx="about",
      status="target"),
    F("khoảng 85%", "85", 85, "percent", "%", "tỷ lệ tàu cá khai báo sản lượng qua phần mềm",
      P("tháng 5/2025", "2025-05-01", "2025-05-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Trần Đề (Sóc Trăng): cảng cá Trần Đề quý I/2025 — lượt tàu, sản lượng, chợ cá, giá bán buôn, nhà máy nước đá.",
    "Not figures: 'Thứ Ba, 08/04/2025 - 10:12', 'Đường tỉnh 935', 'Nghị định số 37/2024/NĐ-CP', 'mực ống loại 1' (a grade),",
    "'ông Thạch Sáu' (name), 'ấp Cảng', 'Lượt truy cập: 215.604' (counter). Location is the district Trần Đề throughout;",
    "the provinces of the visiting boats' owners (Bạc Liêu, Cà Mau, Bến Tre) are not the place of the figure. 612 is a part of 1.846 (trong đó).",
    "'tôm, mực các loại chiếm 18,6%' has no count of its own: a percent figure. Targets 7.500 / 30.000 carry 'Năm 2025' in their sentence.",
]

if __name__ == "__main__":
    build("p1106-2", TEXT, FIGS, COMMENTS, published="2025-04-08", location="Trần Đề")
