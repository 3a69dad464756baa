"""p1101-8: Báo Bắc Ninh online (BNO tag), headline figure, EV charging stations as of 30/6/2023."""
from lib import build, fig, period, inherit, change, target

TEXT = """Bắc Ninh: Hơn 420 trụ sạc xe điện phủ khắp 8 huyện, thị xã, thành phố

Cập nhật lúc 08:45, 28/08/2023

(BNO) - Tính đến ngày 30/6/2023, toàn tỉnh có 96 trạm sạc xe điện với 427 trụ sạc, tăng 58 trạm so với cuối năm 2022, phủ 8/8 huyện, thị xã, thành phố.

Trong đó, thành phố Bắc Ninh có nhiều trạm nhất với 31 trạm, tiếp đến là Từ Sơn (19 trạm), Yên Phong (14 trạm) và Quế Võ (11 trạm); các địa phương còn lại có từ 4 đến 7 trạm.

Các trạm sạc chủ yếu do doanh nghiệp đầu tư tại cây xăng, trung tâm thương mại, khu đô thị và dọc Quốc lộ 1A, Quốc lộ 18; chi phí đầu tư mỗi trụ sạc nhanh 60 kW khoảng 350-400 triệu đồng. Giá sạc phổ biến từ 3.500 đến 3.858 đồng/kWh.

Theo Sở Công Thương, 6 tháng đầu năm, sản lượng điện tiêu thụ tại các trạm sạc ước đạt 2,35 triệu kWh, tăng gấp đôi so với cùng kỳ năm 2022. Tỷ lệ ô tô điện trong tổng số ô tô đăng ký mới đạt 9,2%, tăng 3,1 điểm phần trăm so với năm 2022.

Trên địa bàn tỉnh hiện có 2 tuyến xe buýt điện với 24 xe, kết nối thành phố Bắc Ninh với các khu công nghiệp Yên Phong II, VSIP Bắc Ninh; mỗi ngày phục vụ khoảng 3.500 lượt công nhân.

Theo Kế hoạch số 327/KH-UBND ngày 10/5/2023 của UBND tỉnh, đến năm 2025 Bắc Ninh phấn đấu 30% xe buýt sử dụng điện, năng lượng xanh và có ít nhất 200 trạm sạc công cộng.

Thu Hà
"""

ASOF = period("Tính đến ngày 30/6/2023", None, "2023-06-30")
H1 = period("6 tháng đầu năm", "2023-01-01", "2023-06-30")
T25 = period("đến năm 2025", None, "2025-12-31")
FIGS = [
    fig("Hơn 420 trụ sạc", "420", 420, "count", "trụ sạc", "trụ sạc xe điện", approx="over"),
    fig("khắp 8 huyện", "8", 8, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có trụ sạc xe điện"),
    fig("có 96 trạm sạc", "96", 96, "count", "trạm sạc", "trạm sạc xe điện", period=ASOF,
        change=change("increase", 58, "trạm", "cuối năm 2022")),
    fig("với 427 trụ sạc", "427", 427, "count", "trụ sạc", "trụ sạc xe điện", period=ASOF),
    fig("phủ 8/8 huyện", "8", 8, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có trạm sạc",
        total=8, period=ASOF),
    fig("với 31 trạm", "31", 31, "count", "trạm", "trạm sạc xe điện", total=96, location="Bắc Ninh",
        period=inherit(ASOF)),
    fig("Từ Sơn (19 trạm)", "19", 19, "count", "trạm", "trạm sạc xe điện", total=96, location="Từ Sơn",
        period=inherit(ASOF)),
    fig("Yên Phong (14 trạm)", "14", 14, "count", "trạm", "trạm sạc xe điện", total=96, location="Yên Phong",
        period=inherit(ASOF)),
    fig("Quế Võ (11 trạm)", "11", 11, "count", "trạm", "trạm sạc xe điện", total=96, location="Quế Võ",
        period=inherit(ASOF)),
    fig("từ 4 đến 7 trạm", "4", 4, "count", "trạm", "trạm sạc xe điện các địa phương còn lại", value_max=7,
        total=96, period=inherit(ASOF)),
    fig("nhanh 60 kW", "60", 60, "measure", "kW", "công suất trụ sạc nhanh", optional=True),
    fig("khoảng 350-400 triệu đồng", "350", 350e6, "money", "đồng", "chi phí đầu tư mỗi trụ sạc nhanh",
        approx="about", value_max=400e6),
    fig("từ 3.500 đến 3.858 đồng/kWh", "3.500", 3500, "money", "đồng/kWh", "giá sạc", value_max=3858),
    fig("ước đạt 2,35 triệu kWh", "2,35", 2.35e6, "measure", "kWh", "sản lượng điện tiêu thụ tại các trạm sạc",
        status="estimate", change=change("increase", 2, "lần", "cùng kỳ năm 2022"), period=H1),
    fig("đạt 9,2%", "9,2", 9.2, "percent", "%", "tỷ lệ ô tô điện trong tổng số ô tô đăng ký mới",
        change=change("increase", 3.1, "điểm phần trăm", "năm 2022"), period=inherit(H1)),
    fig("có 2 tuyến", "2", 2, "count", "tuyến", "tuyến xe buýt điện"),
    fig("với 24 xe", "24", 24, "count", "xe", "xe buýt điện"),
    fig("khoảng 3.500 lượt công nhân", "3.500", 3500, "measure", "lượt công nhân/ngày",
        "lượt công nhân xe buýt điện phục vụ mỗi ngày", approx="about"),
    fig("phấn đấu 30% xe buýt", "30", 30, "percent", "%", "xe buýt sử dụng điện, năng lượng xanh",
        status="target", period=T25),
    fig("ít nhất 200 trạm sạc", "200", 200, "count", "trạm sạc", "trạm sạc công cộng", approx="at_least",
        status="target", period=T25),
]

NOTES = [
    "Báo Bắc Ninh online, '(BNO) -' tag, headline figures; trạm sạc xe điện tính đến 30/6/2023, xe buýt điện, mục tiêu 2025.",
    "'tăng 58 trạm so với cuối năm 2022' follows 427 trụ sạc but counts trạm: the change of 96 trạm. 'Trong đó' after the",
    "sentence break: the district counts (incl. the range 'từ 4 đến 7 trạm' of the remaining districts) are parts of 96 trạm.",
    "'thành phố Bắc Ninh' (31 trạm) is the city: location Bắc Ninh either way. 'tăng gấp đôi' = change 2 lần.",
    "'trụ sạc nhanh 60 kW' names a category: optional. 'mỗi ngày phục vụ khoảng 3.500 lượt' is a rate per day (measure).",
    "Distractors: Quốc lộ 1A, Quốc lộ 18, 'Yên Phong II', Kế hoạch số 327/KH-UBND, dateline time 08:45, 'BNO'.",
]

build("p1101-8", TEXT, FIGS, NOTES, published="2023-08-28", location="Bắc Ninh")
