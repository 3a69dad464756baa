from lib import F, P, CH, TG, build

ART = """Cà Mau: Hơn 3.100 tỷ đồng xây kè chống sạt lở bờ biển

(CMO) Bờ biển tỉnh Cà Mau dài 254 km, trong đó bờ biển Đông 107 km và bờ biển Tây 147 km. Theo Sở Nông nghiệp và Phát triển nông thôn, hiện có khoảng 201 km bờ biển bị sạt lở, chiếm 79,1%; trong đó 85 km sạt lở đặc biệt nguy hiểm, tập trung tại các đoạn từ Km 12+300 đến Km 19+800 (bờ Tây) và khu vực Mũi Cà Mau.

Giai đoạn 2016-2023, tỉnh đã đầu tư xây dựng 108,6 km kè chống sạt lở với tổng vốn hơn 3.100 tỷ đồng; riêng năm 2023 hoàn thành 14,2 km, vốn 612 tỷ đồng. Các huyện có chiều dài kè lớn là Ngọc Hiển (32,4 km), Trần Văn Thời (27,9 km), U Minh (21,5 km) và Đầm Dơi (15,3 km).

Nhờ các công trình này, tốc độ sạt lở bình quân ở các đoạn đã có kè giảm từ 40-50 m/năm xuống còn dưới 5 m/năm; khoảng 2.300 ha rừng phòng hộ phía sau kè được bảo vệ.

Theo Đề án phòng, chống sạt lở bờ biển ban hành kèm Quyết định số 1085/QĐ-UBND, mục tiêu đến năm 2030 tỉnh xây dựng thêm khoảng 93 km kè; nhu cầu vốn dự kiến 4.650 tỷ đồng.

Năm 2024, tỉnh được bố trí 480 tỷ đồng, trong đó vốn ngân sách trung ương 350 tỷ đồng và vốn ODA 130 tỷ đồng; phấn đấu khởi công mới 5 công trình với tổng chiều dài 12,8 km. Ông Lâm Văn Bi, Phó Chủ tịch UBND tỉnh, cho biết tỉnh sẽ ưu tiên kè các đoạn xung yếu tại xã Khánh Bình Tây, Khánh Hội và Đất Mũi trước mùa gió Tây Nam.

Trước đó, trong 6 tháng đầu năm, sạt lở đã làm mất khoảng 46 ha đất rừng phòng hộ, thiệt hại ước tính 28 tỷ đồng.

MINH KHOA
15/07/2024
"""

GD = P("Giai đoạn 2016-2023", "2016-01-01", "2023-12-31")
GDi = P("Giai đoạn 2016-2023", "2016-01-01", "2023-12-31", inh=True)
N23 = P("năm 2023", "2023-01-01", "2023-12-31")
D30 = P("đến năm 2030", None, "2030-12-31")
N24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
KE = "chiều dài kè chống sạt lở"

FIGS = [
    F("Hơn 3.100 tỷ đồng xây", "3.100", 3100000000000, "money", "đồng", "vốn xây kè chống sạt lở bờ biển", approx="over"),
    F("dài 254 km", "254", 254, "measure", "km", "chiều dài bờ biển"),
    F("Đông 107 km", "107", 107, "measure", "km", "chiều dài bờ biển Đông", total=254),
    F("Tây 147 km", "147", 147, "measure", "km", "chiều dài bờ biển Tây", total=254),
    F("khoảng 201 km", "201", 201, "measure", "km", "bờ biển bị sạt lở", approx="about", percent=79.1),
    F("trong đó 85 km", "85", 85, "measure", "km", "bờ biển sạt lở đặc biệt nguy hiểm", total=201),
    F("xây dựng 108,6 km", "108,6", 108.6, "measure", "km", KE, period=GD),
    F("vốn hơn 3.100 tỷ đồng", "3.100", 3100000000000, "money", "đồng", "tổng vốn xây dựng kè chống sạt lở",
      approx="over", period=GD),
    F("hoàn thành 14,2 km", "14,2", 14.2, "measure", "km", "kè chống sạt lở hoàn thành", period=N23),
    F("vốn 612 tỷ đồng", "612", 612000000000, "money", "đồng", "vốn xây dựng kè chống sạt lở", period=N23),
    F("Ngọc Hiển (32,4 km)", "32,4", 32.4, "measure", "km", KE, period=GDi, loc="Ngọc Hiển"),
    F("Trần Văn Thời (27,9 km)", "27,9", 27.9, "measure", "km", KE, period=GDi, loc="Trần Văn Thời"),
    F("U Minh (21,5 km)", "21,5", 21.5, "measure", "km", KE, period=GDi, loc="U Minh"),
    F("Đầm Dơi (15,3 km)", "15,3", 15.3, "measure", "km", KE, period=GDi, loc="Đầm Dơi"),
    F("từ 40-50 m/năm", "40", 40, "measure", "m/năm", "tốc độ sạt lở bình quân trước khi có kè", value_max=50),
    F("dưới 5 m/năm", "5", 5, "measure", "m/năm", "tốc độ sạt lở bình quân ở các đoạn đã có kè", approx="under"),
    F("khoảng 2.300 ha", "2.300", 2300, "measure", "ha", "rừng phòng hộ phía sau kè được bảo vệ", approx="about"),
    F("thêm khoảng 93 km", "93", 93, "measure", "km", "kè xây dựng thêm", approx="about", status="target", period=D30),
    F("dự kiến 4.650 tỷ", "4.650", 4650000000000, "money", "đồng", "nhu cầu vốn xây dựng kè", status="forecast", period=D30),
    F("bố trí 480 tỷ", "480", 480000000000, "money", "đồng", "vốn được bố trí cho kè chống sạt lở", period=N24),
    F("ương 350 tỷ", "350", 350000000000, "money", "đồng", "vốn ngân sách trung ương", total=480000000000, period=N24),
    F("ODA 130 tỷ", "130", 130000000000, "money", "đồng", "vốn ODA", total=480000000000, period=N24),
    F("mới 5 công trình", "5", 5, "count", "công trình", "công trình khởi công mới", status="target", period=N24),
    F("dài 12,8 km", "12,8", 12.8, "measure", "km", "tổng chiều dài công trình khởi công mới", status="target", period=N24),
    F("khoảng 46 ha", "46", 46, "measure", "ha", "đất rừng phòng hộ bị mất do sạt lở", approx="about", period=T6),
    F("ước tính 28 tỷ", "28", 28000000000, "money", "đồng", "thiệt hại do sạt lở", status="estimate", period=T6),
]

COMMENTS = [
    "Báo Cà Mau (Party newspaper, '(CMO)' tag, byline and a bare date '15/07/2024' at the end): coastal erosion and embankments.",
    "Distractors: '(CMO)', chainages 'Km 12+300', 'Km 19+800', 'Quyết định số 1085/QĐ-UBND', commune names, person's name, date.",
    "107/147 km after 'trong đó' are parts of 254 km; 85 km after 'trong đó' is part of 201 km; 'chiếm 79,1%' is 201's share.",
    "'riêng năm 2023 hoàn thành 14,2 km' has no part cue (a different period from 2016-2023): no total. District list items",
    "inherit 'Giai đoạn 2016-2023' from the previous sentence. 'giảm từ 40-50 m/năm xuống còn dưới 5 m/năm' gives two levels",
    "(a range and an 'under'), no change object (the old level is not a change amount). 'mục tiêu đến năm 2030' → target;",
    "'nhu cầu vốn dự kiến' → forecast. 'phấn đấu khởi công mới 5 công trình … 12,8 km' → target. The last paragraph's",
    "'6 tháng đầu năm' takes 2024 (nearest earlier period 'Năm 2024'). Headline money repeats the body figure (required).",
    "Headline and lead carry no period; '(CMO)' and 'tỉnh Cà Mau' give location Cà Mau.",
]

build(4, ART, FIGS, COMMENTS, published="2024-07-15", location="Cà Mau")
