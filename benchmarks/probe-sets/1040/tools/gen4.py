"""p1040-4: ministry site (Bộ VHTTDL), Giải vô địch Đua thuyền truyền thống quốc gia 2025 + national statistics."""
from lib import F, P, Y, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Thể dục thể thao > Thể thao quần chúng

Giải vô địch Đua thuyền truyền thống quốc gia 2025 quy tụ 21 đoàn

Ngày đăng: 14/04/2025 | Lượt xem: 1.076

Từ ngày 8 đến 12/4/2025, Cục Thể dục thể thao phối hợp với UBND tỉnh Ninh Bình tổ chức Giải vô địch Đua thuyền truyền thống quốc gia năm 2025 trên sông Hoàng Long. Giải có 21 đoàn với 862 vận động viên, tăng 3 đoàn so với năm 2024, tranh tài ở 14 nội dung thuyền rồng, thuyền chải nam, nữ.

Kết quả, đoàn Hà Nội dẫn đầu toàn đoàn với 5 huy chương vàng (HCV); Thanh Hóa và Quảng Bình lần lượt xếp thứ 2 và thứ 3 với 4 HCV và 3 HCV. Chủ nhà Ninh Bình giành 2 HCV, 3 huy chương bạc.

Theo thống kê của Cục Thể dục thể thao, năm 2024 cả nước có 38 tỉnh, thành phố tổ chức giải đua thuyền truyền thống với tổng cộng 176 giải, tăng 11% so với năm 2023; trong đó 29 giải cấp tỉnh và 147 giải cấp huyện, xã. Số vận động viên tham gia ước khoảng 52.000 người; số lượt người xem trực tiếp ước đạt trên 1,5 triệu lượt. Các địa phương tổ chức nhiều giải nhất là Quảng Bình (14 giải), Hà Nội (12 giải), Sóc Trăng (11 giải) và Thừa Thiên Huế (10 giải). Riêng quý I/2025, các địa phương đã tổ chức 23 giải dịp Tết Nguyên đán.

Tính đến 31/12/2024, cả nước có 312 câu lạc bộ đua thuyền truyền thống với khoảng 9.400 hội viên, trong đó nữ chiếm 27%.

Theo Kế hoạch số 1153/KH-BVHTTDL, đến năm 2030 phấn đấu 45/63 tỉnh, thành phố duy trì tổ chức giải đua thuyền truyền thống hằng năm; mỗi năm tổ chức ít nhất 1 giải toàn quốc.

Cục Thể dục thể thao - 36 Trần Phú, Ba Đình, Hà Nội - ĐT: 024.3845.6721
"""

FEST = P("Từ ngày 8 đến 12/4/2025", "2025-04-08", "2025-04-12", inherited=True)
Y24 = Y(2024)
Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
ASOF = P("Tính đến 31/12/2024", None, "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("quy tụ 21 đoàn", "21", 21, "count", "đoàn",
      "đoàn tham dự Giải vô địch Đua thuyền truyền thống quốc gia 2025"),
    F("có 21 đoàn", "21", 21, "count", "đoàn", "đoàn tham dự giải", FEST,
      change=C("increase", 3, "đoàn", "năm 2024")),
    F("với 862 vận động viên", "862", 862, "count", "vận động viên", "vận động viên tham dự giải", FEST),
    F("ở 14 nội dung", "14", 14, "count", "nội dung", "nội dung thuyền rồng, thuyền chải nam, nữ", FEST),
    F("với 5 huy chương vàng", "5", 5, "count", "huy chương vàng", "huy chương vàng toàn đoàn", FEST,
      location="Hà Nội"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "xếp hạng toàn đoàn", FEST, location="Thanh Hóa"),
    F("thứ 3 với", "3", 3, "rank", "hạng", "xếp hạng toàn đoàn", FEST, location="Quảng Bình"),
    F("với 4 HCV", "4", 4, "count", "HCV", "huy chương vàng toàn đoàn", FEST, location="Thanh Hóa"),
    F("và 3 HCV", "3", 3, "count", "HCV", "huy chương vàng toàn đoàn", FEST, location="Quảng Bình"),
    F("giành 2 HCV", "2", 2, "count", "HCV", "huy chương vàng", FEST, location="Ninh Bình"),
    F("3 huy chương bạc", "3", 3, "count", "huy chương bạc", "huy chương bạc", FEST, location="Ninh Bình"),
    F("có 38 tỉnh, thành phố", "38", 38, "count", "tỉnh, thành phố",
      "tỉnh, thành phố tổ chức giải đua thuyền truyền thống", Y24),
    F("tổng cộng 176 giải", "176", 176, "count", "giải", "giải đua thuyền truyền thống", Y24,
      change=C("increase", 11, "%", "năm 2023")),
    F("29 giải cấp tỉnh", "29", 29, "count", "giải", "giải đua thuyền truyền thống cấp tỉnh", Y24, total=176),
    F("147 giải cấp huyện", "147", 147, "count", "giải", "giải đua thuyền truyền thống cấp huyện, xã", Y24,
      total=176),
    F("khoảng 52.000 người", "52.000", 52000, "count", "người", "vận động viên tham gia các giải", I(Y24),
      approx="about", status="estimate"),
    F("trên 1,5 triệu lượt", "1,5", 1.5e6, "count", "lượt", "lượt người xem trực tiếp", I(Y24),
      approx="over", status="estimate"),
    F("Quảng Bình (14 giải)", "14", 14, "count", "giải", "giải đua thuyền truyền thống tổ chức", I(Y24),
      location="Quảng Bình"),
    F("Hà Nội (12 giải)", "12", 12, "count", "giải", "giải đua thuyền truyền thống tổ chức", I(Y24),
      location="Hà Nội"),
    F("Sóc Trăng (11 giải)", "11", 11, "count", "giải", "giải đua thuyền truyền thống tổ chức", I(Y24),
      location="Sóc Trăng"),
    F("Thừa Thiên Huế (10 giải)", "10", 10, "count", "giải", "giải đua thuyền truyền thống tổ chức", I(Y24),
      location="Thừa Thiên Huế"),
    F("tổ chức 23 giải", "23", 23, "count", "giải", "giải đua thuyền dịp Tết Nguyên đán", Q1),
    F("có 312 câu lạc bộ", "312", 312, "count", "câu lạc bộ", "câu lạc bộ đua thuyền truyền thống", ASOF),
    F("khoảng 9.400 hội viên", "9.400", 9400, "count", "hội viên", "hội viên câu lạc bộ đua thuyền truyền thống",
      ASOF, approx="about"),
    F("nữ chiếm 27%", "27", 27, "percent", "%", "hội viên nữ", ASOF),
    F("phấn đấu 45/63", "45", 45, "count", "tỉnh, thành phố",
      "tỉnh, thành phố duy trì tổ chức giải đua thuyền truyền thống hằng năm", T30, total=63, status="target"),
    F("ít nhất 1 giải", "1", 1, "count", "giải", "giải toàn quốc tổ chức mỗi năm", T30,
      approx="at_least", status="target"),
]

NOTES = [
    "Bộ VHTTDL portal: Giải vô địch Đua thuyền truyền thống quốc gia 2025 (host Ninh Bình) and national statistics on boat racing.",
    "Location: the national championship's participation figures are Việt Nam (a national event, not a Ninh Bình figure);",
    "medal and rank items take the province they name (Hà Nội, Thanh Hóa, Quảng Bình, Ninh Bình); the ranking list of",
    "provinces by number of races (14+12+11+10 != 176) gets no total. 'tăng 3 đoàn' belongs to 21 đoàn across '862 vận động viên'.",
    "Not figures: 'Lượt xem: 1.076', 'Kế hoạch số 1153/KH-BVHTTDL', '36 Trần Phú', '024.3845.6721', dates.",
    "'45/63' -> total 63 (63 provinces before the 2025 merger), target.",
]

write("p1040-4", TEXT, FIGS, NOTES, published="2025-04-14", location="Việt Nam")
