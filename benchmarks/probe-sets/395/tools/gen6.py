from lib import F, P, build

TEXT = """BỘ CÔNG AN - CỤC CẢNH SÁT GIAO THÔNG
Ngày đăng: 02/01/2025

Tai nạn giao thông giảm mạnh trong dịp nghỉ Tết Dương lịch 2025

Theo thống kê của Cục Cảnh sát giao thông, từ ngày 28/12/2024 đến hết ngày 1/1/2025, toàn quốc xảy ra 131 vụ tai nạn giao thông, làm chết 59 người, bị thương 113 người. So với cùng kỳ dịp Tết Dương lịch 2024, giảm 54 vụ (tương ứng giảm 29,19%), giảm 35 người chết (giảm 37,23%).

Đặc biệt, ngày 1/1/2025 - ngày đầu tiên Nghị định số 168/2024/NĐ-CP có hiệu lực, cả nước chỉ xảy ra 15 vụ tai nạn, làm chết 7 người, bị thương 12 người.

Trong dịp nghỉ Tết, lực lượng CSGT toàn quốc phát hiện, xử lý 30.415 trường hợp vi phạm, trong đó vi phạm nồng độ cồn 8.172 trường hợp (chiếm 26,87%), chạy quá tốc độ 1.583 trường hợp; tạm giữ 5.476 phương tiện, tước 2.024 giấy phép lái xe; phạt tiền 61,5 tỷ đồng. Các địa phương xử lý nhiều vi phạm nhất là Hà Nội (2.145 trường hợp), TP Hồ Chí Minh (1.876 trường hợp) và Đồng Nai (1.254 trường hợp).

Cục CSGT cũng tiếp nhận 1.320 tin báo của người dân qua đường dây nóng 069.234.2593 và ứng dụng VNeTraffic, phối hợp xác minh, xử lý hơn 900 trường hợp.

Theo Nghị định 168/2024/NĐ-CP, người điều khiển ô tô vi phạm nồng độ cồn ở mức cao nhất bị phạt từ 30 đến 40 triệu đồng, đồng thời bị trừ 12 điểm giấy phép lái xe; người điều khiển xe máy vi phạm ở mức này bị phạt từ 8 đến 10 triệu đồng.

Khảo sát nhanh của Cục CSGT tại 6 thành phố trực thuộc Trung ương cho thấy khoảng 85% người dân được hỏi ủng hộ mức xử phạt mới.

Bảo Anh
"""

S = P("từ ngày 28/12/2024 đến hết ngày 1/1/2025", "2024-12-28", "2025-01-01")
SI = dict(S, inherited=True)
D1 = P("ngày 1/1/2025", "2025-01-01", "2025-01-01")
TET = P("Trong dịp nghỉ Tết", "2024-12-28", "2025-01-01")
TETI = dict(TET, inherited=True)

FIGS = [
    F("xảy ra 131 vụ", "131", 131, "count", "vụ", "vụ tai nạn giao thông", period=S,
      change={"direction": "decrease", "value": 54, "unit": "vụ", "baseline": "cùng kỳ dịp Tết Dương lịch 2024"}),
    F("làm chết 59 người", "59", 59, "count", "người", "người chết do tai nạn giao thông", period=S,
      change={"direction": "decrease", "value": 35, "unit": "người", "baseline": "cùng kỳ dịp Tết Dương lịch 2024"}),
    F("bị thương 113 người", "113", 113, "count", "người", "người bị thương do tai nạn giao thông", period=S),
    F("giảm 29,19%", "29,19", 29.19, "percent", "%", "giảm số vụ tai nạn giao thông", period=SI, optional=True),
    F("giảm 37,23%", "37,23", 37.23, "percent", "%", "giảm số người chết", period=SI, optional=True),
    F("xảy ra 15 vụ", "15", 15, "count", "vụ", "vụ tai nạn", period=D1),
    F("làm chết 7 người", "7", 7, "count", "người", "người chết do tai nạn", period=D1),
    F("bị thương 12 người", "12", 12, "count", "người", "người bị thương do tai nạn", period=D1),
    F("xử lý 30.415 trường hợp", "30.415", 30415, "count", "trường hợp", "trường hợp vi phạm bị phát hiện, xử lý", period=TET),
    F("cồn 8.172 trường hợp", "8.172", 8172, "count", "trường hợp", "vi phạm nồng độ cồn", total=30415, percent=26.87, period=TET),
    F("tốc độ 1.583 trường hợp", "1.583", 1583, "count", "trường hợp", "vi phạm chạy quá tốc độ", total=30415, period=TET),
    F("tạm giữ 5.476 phương tiện", "5.476", 5476, "count", "phương tiện", "phương tiện bị tạm giữ", period=TET),
    F("tước 2.024 giấy phép", "2.024", 2024, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", period=TET),
    F("phạt tiền 61,5 tỷ đồng", "61,5", 61.5e9, "money", "đồng", "phạt tiền", period=TET),
    F("Hà Nội (2.145 trường hợp)", "2.145", 2145, "count", "trường hợp", "vi phạm được xử lý", location="Hà Nội", period=TETI),
    F("Minh (1.876 trường hợp)", "1.876", 1876, "count", "trường hợp", "vi phạm được xử lý", location="TP Hồ Chí Minh", period=TETI),
    F("Đồng Nai (1.254 trường hợp)", "1.254", 1254, "count", "trường hợp", "vi phạm được xử lý", location="Đồng Nai", period=TETI),
    F("tiếp nhận 1.320 tin báo", "1.320", 1320, "count", "tin báo", "tin báo của người dân qua đường dây nóng và ứng dụng VNeTraffic", period=TETI),
    F("hơn 900 trường hợp", "900", 900, "count", "trường hợp", "trường hợp được xác minh, xử lý", approx="over", period=TETI),
    F("phạt từ 30 đến 40 triệu", "30", 30e6, "money", "đồng", "mức phạt người điều khiển ô tô vi phạm nồng độ cồn", value_max=40e6, optional=True),
    F("trừ 12 điểm", "12", 12, "measure", "điểm", "điểm giấy phép lái xe bị trừ", optional=True),
    F("phạt từ 8 đến 10 triệu", "8", 8e6, "money", "đồng", "mức phạt người điều khiển xe máy vi phạm nồng độ cồn", value_max=10e6, optional=True),
    F("tại 6 thành phố", "6", 6, "count", "thành phố", "thành phố trực thuộc Trung ương được khảo sát", optional=True),
    F("khoảng 85% người dân", "85", 85, "percent", "%", "người dân được hỏi ủng hộ mức xử phạt mới", approx="about"),
]

HEADER = [
    "Ministry site (Bộ Công an - Cục CSGT), 'Ngày đăng: 02/01/2025': national TNGT over Tết Dương lịch 2025 (28/12/2024-1/1/2025) and the first day of",
    "Nghị định 168/2024/NĐ-CP. The changes stand in the next sentence but name their indicators ('giảm 54 vụ', 'giảm 35 người chết') after 'So với",
    "cùng kỳ': they are the changes of 131 vụ and 59 người (FIGURES.md: the change after 'giảm' is an attribute); the bracketed percents are second changes (optional).",
    "'trong đó … 8.172 (chiếm 26,87%), … 1.583' are parts of 30.415. Provinces in the list go to location. 'Trong dịp nghỉ Tết' has the dates of the lead.",
    "Fine bands in the decree, '12 điểm' and '6 thành phố' (survey frame) are optional. Distractors: '168/2024/NĐ-CP', hotline 069.234.2593, dates.",
    "'hơn 900 trường hợp' follows 1.320 tin báo but counts trường hợp, so no total.",
]

build("p395-6", TEXT, HEADER, FIGS, published="2025-01-02", location="Việt Nam")
