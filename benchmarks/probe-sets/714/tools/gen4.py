"""p714-4: ministry site (Bộ VHTTDL): national mass-sport indicators 2024, running events by province, 2025/2030 targets."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ | Tin hoạt động | Thể dục thể thao
Ngày đăng: 14/01/2025 | Lượt xem: 1.287

Năm 2024: 38,1% dân số tập luyện thể dục thể thao thường xuyên

Theo báo cáo của Cục Thể dục thể thao, năm 2024 tỷ lệ người dân tập luyện thể dục thể thao thường xuyên trên cả nước đạt 38,1%, tăng 1,3 điểm phần trăm so với năm 2023; số gia đình thể thao đạt 5,12 triệu hộ, chiếm 24,6% tổng số hộ gia đình. Cả nước hiện có hơn 72.000 câu lạc bộ thể dục thể thao cơ sở (tăng khoảng 3.500 câu lạc bộ so với năm 2023), bình quân 7,3 câu lạc bộ/vạn dân.

Ngày chạy Olympic vì sức khỏe toàn dân năm 2024 được tổ chức tại 63/63 tỉnh, thành phố với khoảng 3,2 triệu người tham gia. Trong năm, các địa phương tổ chức 146 giải chạy phong trào có quy mô từ 1.000 vận động viên trở lên, gấp 1,6 lần năm 2022; trong đó có 38 giải marathon và bán marathon. Nhiều giải nhất là TP Hồ Chí Minh (21 giải), Hà Nội (18 giải), Đà Nẵng (9 giải) và Lâm Đồng (7 giải).

Tỷ lệ người tập luyện thường xuyên cao nhất thuộc về Đà Nẵng (46,2%), Hà Nội (44,8%) và Bắc Ninh (43,5%).

Kinh phí ngân sách trung ương chi cho thể thao quần chúng năm 2024 là 312,5 tỷ đồng, bằng 104% năm 2023.

Theo Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (Quyết định số 1474/QĐ-TTg), đến năm 2025 có 37% dân số tập luyện thể dục thể thao thường xuyên và đến năm 2030 đạt 40%; số gia đình thể thao đến năm 2030 đạt 28% tổng số hộ gia đình.

Cục Thể dục thể thao, số 36 Trần Phú, Ba Đình, Hà Nội.
"""

COMMENTS = [
    "Bộ VHTTDL site: national mass-sport indicators 2024 (Cục TDTT). 'Ngày đăng: 14/01/2025' is the dateline; 'Lượt xem: 1.287' page furniture.",
    "Distractors: Quyết định số 1474/QĐ-TTg, 'đến năm 2030, tầm nhìn đến năm 2045' in the strategy's name, 'số 36 Trần Phú', threshold",
    "'quy mô từ 1.000 vận động viên trở lên' (optional, as 469). '63/63 tỉnh, thành phố' is a count with total 63.",
    "'tăng 1,3 điểm phần trăm' is the change of 38,1% (unit 'điểm phần trăm'); 'gấp 1,6 lần năm 2022' after 146 giải is its change (lần);",
    "'bằng 104% năm 2023' is the percent of 312,5 tỷ. Provincial list items: subject = the list's indicator, location = the province;",
    "the 'Nhiều giải nhất là …' list is not directly after 146 and does not add up: no total. Targets of the strategy: status target.",
]

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
VN = "Việt Nam"
TN = P("Trong năm", "2024-01-01", "2024-12-31")
FIGS = [
    F("Năm 2024: 38,1%", "38,1", 38.1, "percent", "%", "tỷ lệ dân số tập luyện thể dục thể thao thường xuyên", Y24),
    F("đạt 38,1%", "38,1", 38.1, "percent", "%", "tỷ lệ người dân tập luyện thể dục thể thao thường xuyên", Y24,
      change=CH("increase", 1.3, "điểm phần trăm", "năm 2023")),
    F("5,12 triệu hộ", "5,12", 5.12e6, "count", "hộ", "số gia đình thể thao", Y24, percent=24.6),
    F("hơn 72.000", "72.000", 72000, "count", "câu lạc bộ", "câu lạc bộ thể dục thể thao cơ sở", approx="over",
      change=CH("increase", 3500, "câu lạc bộ", "năm 2023", "about")),
    F("7,3 câu lạc bộ", "7,3", 7.3, "measure", "câu lạc bộ/vạn dân", "câu lạc bộ thể dục thể thao cơ sở bình quân"),
    F("63/63", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố tổ chức Ngày chạy Olympic vì sức khỏe toàn dân", Y24,
      total=63),
    F("khoảng 3,2 triệu", "3,2", 3.2e6, "count", "người", "người tham gia Ngày chạy Olympic vì sức khỏe toàn dân", Y24,
      approx="about"),
    F("146 giải", "146", 146, "count", "giải chạy", "giải chạy phong trào các địa phương tổ chức",
      TN, change=CH("increase", 1.6, "lần", "năm 2022")),
    F("từ 1.000 vận động viên", "1.000", 1000, "count", "vận động viên", "quy mô giải chạy", approx="at_least", optional=True),
    F("có 38 giải", "38", 38, "count", "giải", "giải marathon và bán marathon", TN, total=146),
    F("(21 giải)", "21", 21, "count", "giải", "giải chạy phong trào tổ chức", location="TP Hồ Chí Minh"),
    F("(18 giải)", "18", 18, "count", "giải", "giải chạy phong trào tổ chức", location="Hà Nội"),
    F("(9 giải)", "9", 9, "count", "giải", "giải chạy phong trào tổ chức", location="Đà Nẵng"),
    F("(7 giải)", "7", 7, "count", "giải", "giải chạy phong trào tổ chức", location="Lâm Đồng"),
    F("(46,2%)", "46,2", 46.2, "percent", "%", "Tỷ lệ người tập luyện thường xuyên", location="Đà Nẵng"),
    F("(44,8%)", "44,8", 44.8, "percent", "%", "Tỷ lệ người tập luyện thường xuyên", location="Hà Nội"),
    F("(43,5%)", "43,5", 43.5, "percent", "%", "Tỷ lệ người tập luyện thường xuyên", location="Bắc Ninh"),
    F("312,5 tỷ", "312,5", 312.5e9, "money", "đồng", "Kinh phí ngân sách trung ương chi cho thể thao quần chúng", Y24,
      percent=104),
    F("có 37%", "37", 37, "percent", "%", "dân số tập luyện thể dục thể thao thường xuyên",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("đạt 40%", "40", 40, "percent", "%", "dân số tập luyện thể dục thể thao thường xuyên",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("đạt 28%", "28", 28, "percent", "%", "số gia đình thể thao trong tổng số hộ gia đình",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

emit("p714-4", TEXT, COMMENTS, FIGS, published="2025-01-14", location=VN)
