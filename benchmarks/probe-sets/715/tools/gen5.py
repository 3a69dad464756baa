from lib import F, P, I, CH, emit

TEXT = """BÁO ĐÀ NẴNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ ĐÀ NẴNG
Kinh tế › Du lịch

Du lịch golf Đà Nẵng: Năm 2023 đón 215.000 lượt khách

Năm 2023, các sân golf trên địa bàn thành phố ước đón 215.000 lượt khách, tăng 2,3 lần so với năm 2022 và vượt 7,5% kế hoạch. Doanh thu từ hoạt động kinh doanh golf ước đạt 1.085 tỷ đồng, chiếm khoảng 3,1% tổng thu du lịch của thành phố.

Đà Nẵng hiện có 5 sân golf đang hoạt động, gồm quận Ngũ Hành Sơn (2 sân) và huyện Hòa Vang (3 sân), với tổng diện tích khoảng 1.020 ha. Khách Hàn Quốc, Nhật Bản và Trung Quốc lần lượt chiếm 52%, 14% và 9% tổng lượt khách chơi golf.

Golfer thi đấu tại một sân golf ở huyện Hòa Vang. Ảnh: T.H

Trong năm, thành phố tổ chức 38 giải golf, trong đó Lễ hội Golf Đà Nẵng 2023 thu hút hơn 1.200 golfer đến từ 15 quốc gia và vùng lãnh thổ. Công suất phòng lưu trú phục vụ khách golf đạt trên 75% vào mùa cao điểm từ tháng 10 đến tháng 3 năm sau.

Theo Sở Du lịch, golf đang trở thành sản phẩm du lịch chủ lực giúp kéo dài mùa du lịch, bù đắp cho giai đoạn thấp điểm của du lịch biển. Năm 2024, thành phố dự kiến đón khoảng 260.000 lượt khách chơi golf; đồng thời kêu gọi đầu tư thêm 2 sân golf tại huyện Hòa Vang với tổng vốn khoảng 4.500 tỷ đồng.

THU HÀ
10/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
INY = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("2023 đón 215.000", "215.000", 215000, "count", "lượt khách", "lượt khách du lịch golf", Y23),
    F("ước đón 215.000 lượt khách", "215.000", 215000, "count", "lượt khách", "lượt khách các sân golf đón", Y23,
      change=CH("increase", 2.3, "lần", "năm 2022"), status="estimate"),
    F("vượt 7,5% kế hoạch", "7,5", 7.5, "percent", "%", "lượt khách các sân golf đón vượt kế hoạch", Y23,
      status="estimate", optional=True),
    F("ước đạt 1.085 tỷ đồng", "1.085", 1085000000000, "money", "đồng", "doanh thu từ hoạt động kinh doanh golf",
      I(Y23), percent=3.1, status="estimate"),
    F("có 5 sân golf", "5", 5, "count", "sân golf", "sân golf đang hoạt động"),
    F("(2 sân)", "2", 2, "count", "sân", "sân golf đang hoạt động", total=5, location="Ngũ Hành Sơn"),
    F("(3 sân)", "3", 3, "count", "sân", "sân golf đang hoạt động", total=5, location="Hòa Vang"),
    F("khoảng 1.020 ha", "1.020", 1020, "measure", "ha", "tổng diện tích các sân golf đang hoạt động", approx="about"),
    F("chiếm 52%", "52", 52, "percent", "%", "tỷ trọng khách Hàn Quốc trong tổng lượt khách chơi golf", I(Y23)),
    F("52%, 14%", "14", 14, "percent", "%", "tỷ trọng khách Nhật Bản trong tổng lượt khách chơi golf", I(Y23)),
    F("và 9% tổng", "9", 9, "percent", "%", "tỷ trọng khách Trung Quốc trong tổng lượt khách chơi golf", I(Y23)),
    F("tổ chức 38 giải golf", "38", 38, "count", "giải golf", "giải golf thành phố tổ chức", INY),
    F("hơn 1.200 golfer", "1.200", 1200, "count", "golfer", "golfer tham dự Lễ hội Golf Đà Nẵng 2023", INY,
      approx="over"),
    F("từ 15 quốc gia", "15", 15, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ có golfer tham dự",
      INY),
    F("trên 75%", "75", 75, "percent", "%", "công suất phòng lưu trú phục vụ khách golf vào mùa cao điểm",
      approx="over"),
    F("khoảng 260.000 lượt", "260.000", 260000, "count", "lượt khách", "lượt khách chơi golf", Y24,
      approx="about", status="forecast"),
    F("thêm 2 sân golf", "2", 2, "count", "sân golf", "sân golf kêu gọi đầu tư thêm", Y24, status="forecast",
      location="Hòa Vang"),
    F("khoảng 4.500 tỷ đồng", "4.500", 4500000000000, "money", "đồng", "tổng vốn đầu tư 2 sân golf", Y24,
      approx="about", status="forecast", location="Hòa Vang"),
]

COMMENTS = [
    "Báo Đà Nẵng (Party newspaper): golf tourism 2023 and 2024 plans; byline 'THU HÀ' and bare date '10/01/2024' at the end (published).",
    "215.000 'ước đón' -> estimate, change 'tăng 2,3 lần so với năm 2022' (unit lần); the second change 'vượt 7,5% kế hoạch' is optional",
    "(FIGURES.md: one change per figure). 'chiếm khoảng 3,1%' is the share of 1.085 tỷ. District items '(2 sân)', '(3 sân)' after 'gồm' add",
    "up to 5 (total 5), location the district. 'lần lượt chiếm 52%, 14% và 9%': three percent figures (markets, not places).",
    "'Trong năm' = 2023 (scored). 'từ tháng 10 đến tháng 3 năm sau' is a season, not a period (no gold period).",
    "'Năm 2024, thành phố dự kiến ...; đồng thời kêu gọi đầu tư thêm 2 sân golf' -> forecast continues; 'tại huyện Hòa Vang' -> location.",
    "Distractors: 'Lễ hội Golf Đà Nẵng 2023' (name), photo caption 'Ảnh: T.H', 'tháng 10 đến tháng 3'.",
]

emit("p715-5", TEXT, COMMENTS, FIGS, published="2024-01-10", location="Đà Nẵng")
