from lib import F, P, I, CH, emit

TEXT = """Thời sự › Pháp luật

Thu giữ hơn 128.000 sản phẩm thuốc lá điện tử, phạt trên 14 tỷ đồng
Thứ Hai, 14/10/2024, 15:42 (GMT+7)

Theo Tổng cục Quản lý thị trường (QLTT), 9 tháng năm 2024, lực lượng QLTT cả nước đã kiểm tra, xử lý 1.386 vụ vi phạm liên quan đến thuốc lá điện tử, thuốc lá nung nóng, tăng 37,5% so với cùng kỳ năm 2023. Tổng số tiền xử phạt vi phạm hành chính hơn 14,2 tỷ đồng; trị giá hàng hóa vi phạm ước khoảng 21,6 tỷ đồng.

Số tang vật bị thu giữ gồm hơn 128.000 sản phẩm thuốc lá điện tử, 46.700 bao thuốc lá nung nóng và gần 9.300 lít tinh dầu. Trong đó, riêng quý III/2024 đã thu giữ 52.640 sản phẩm thuốc lá điện tử, chiếm 41,1% tổng số sản phẩm thu giữ từ đầu năm.

Các địa phương có số vụ xử lý nhiều nhất là TP Hồ Chí Minh (214 vụ), Hà Nội (187 vụ), Đà Nẵng (96 vụ) và Quảng Ninh (73 vụ). Riêng tại TP Hồ Chí Minh, ngày 27/8, Đội QLTT số 7 đã kiểm tra một kho chứa tại số 112 đường Lê Văn Thọ, phường 11, tạm giữ 11.520 sản phẩm thuốc lá điện tử các loại không rõ nguồn gốc, trị giá khoảng 3,4 tỷ đồng.

Theo Nghị định số 98/2020/NĐ-CP, hành vi kinh doanh hàng nhập lậu có thể bị phạt tiền từ 10 triệu đồng đến 50 triệu đồng tùy giá trị tang vật. Đại diện Tổng cục QLTT cho biết, số điểm bán thuốc lá điện tử công khai trên các sàn thương mại điện tử đã giảm đáng kể, song hoạt động mua bán chuyển sang livestream và nhóm kín trên mạng xã hội.

Trong quý IV/2024, Tổng cục dự kiến tổ chức 4 đợt cao điểm kiểm tra tại các tuyến phố tập trung nhiều cửa hàng; phấn đấu giảm ít nhất 20% số tài khoản mạng xã hội rao bán thuốc lá điện tử so với cuối quý III. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 1800.1234.

Minh Quân
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
L = "vụ vi phạm liên quan đến thuốc lá điện tử, thuốc lá nung nóng được xử lý"
LS = "số vụ xử lý"  # the list's indicator as its own sentence names it (revised)

FIGS = [
    F("Thu giữ hơn 128.000", "128.000", 128000, "count", "sản phẩm", "sản phẩm thuốc lá điện tử bị thu giữ", I(M9), approx="over"),
    F("phạt trên 14 tỷ đồng", "14", 14e9, "money", "đồng", "tiền xử phạt", I(M9), approx="over"),
    F("xử lý 1.386 vụ", "1.386", 1386, "count", "vụ", L, M9,
      change=CH("increase", 37.5, "%", "cùng kỳ năm 2023")),
    F("hơn 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", I(M9), approx="over"),
    F("ước khoảng 21,6 tỷ đồng", "21,6", 21.6e9, "money", "đồng", "trị giá hàng hóa vi phạm", I(M9),
      approx="about", status="estimate"),
    F("gồm hơn 128.000 sản phẩm", "128.000", 128000, "count", "sản phẩm", "sản phẩm thuốc lá điện tử bị thu giữ", I(M9), approx="over"),
    F("46.700 bao", "46.700", 46700, "count", "bao", "bao thuốc lá nung nóng bị thu giữ", I(M9)),
    F("gần 9.300 lít", "9.300", 9300, "measure", "lít", "tinh dầu bị thu giữ", I(M9), approx="nearly"),
    F("thu giữ 52.640 sản phẩm", "52.640", 52640, "count", "sản phẩm", "sản phẩm thuốc lá điện tử thu giữ", Q3, percent=41.1),
    F("Hồ Chí Minh (214 vụ)", "214", 214, "count", "vụ", LS, I(M9), location="TP Hồ Chí Minh"),
    F("Hà Nội (187 vụ)", "187", 187, "count", "vụ", LS, I(M9), location="Hà Nội"),
    F("Đà Nẵng (96 vụ)", "96", 96, "count", "vụ", LS, I(M9), location="Đà Nẵng"),
    F("Quảng Ninh (73 vụ)", "73", 73, "count", "vụ", LS, I(M9), location="Quảng Ninh"),
    F("tạm giữ 11.520 sản phẩm", "11.520", 11520, "count", "sản phẩm", "sản phẩm thuốc lá điện tử không rõ nguồn gốc bị tạm giữ",
      P("ngày 27/8", "2024-08-27", "2024-08-27"), location="TP Hồ Chí Minh"),
    F("khoảng 3,4 tỷ đồng", "3,4", 3.4e9, "money", "đồng", "trị giá sản phẩm thuốc lá điện tử bị tạm giữ",
      P("ngày 27/8", "2024-08-27", "2024-08-27"), approx="about", location="TP Hồ Chí Minh"),
    F("từ 10 triệu đồng đến 50 triệu đồng", "10", 10e6, "money", "đồng", "mức phạt tiền hành vi kinh doanh hàng nhập lậu",
      value_max=50e6, optional=True),
    F("tổ chức 4 đợt", "4", 4, "count", "đợt", "đợt cao điểm kiểm tra", Q4, status="forecast"),
    F("ít nhất 20%", "20", 20, "percent", "%", "giảm số tài khoản mạng xã hội rao bán thuốc lá điện tử", Q4,
      approx="at_least", status="target"),
]

COMMENTS = [
    "National press (Thời sự › Pháp luật): e-cigarette and heated-tobacco enforcement by the market-surveillance force, 9 months 2024.",
    "Dateline 'Thứ Hai, 14/10/2024, 15:42 (GMT+7)'. Distractors: 'Đội QLTT số 7' (a unit's name), address 'số 112 đường Lê Văn Thọ, phường 11',",
    "'Nghị định số 98/2020/NĐ-CP', hotline 1800.1234, 'ngày 27/8', 'cuối quý III' (a baseline), byline.",
    "The title's figures take the article's '9 tháng năm 2024' (inherited). 'gồm' has no whole figure before it: the seized goods get no total.",
    "'riêng quý III/2024 ... 52.640 ..., chiếm 41,1% tổng số ... từ đầu năm': percent 41,1; no total, because the whole (hơn 128.000)",
    "covers another period (9 months) and is approximate; FIGURES.md asks for the same period.",
    "Provinces in the list go to location; subject = the list's indicator as that sentence states it ('số vụ xử lý'; revised after the first run). The seizure of 27/8 has the day as its period.",
    "The decree's fine range 'từ 10 triệu đồng đến 50 triệu đồng' is a legal bracket, not an observed amount: optional.",
    "'dự kiến tổ chức 4 đợt': forecast; 'phấn đấu giảm ít nhất 20%': target, at_least,",
    "a growth rate that is the claim (percent, no change object).",
]

emit("p349-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Việt Nam")
