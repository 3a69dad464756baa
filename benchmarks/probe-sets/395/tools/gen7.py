from lib import F, P, build

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH ĐẮK LẮK
Tin hoạt động | Ngày đăng: 12/12/2023 | Lượt xem: 687

Đắk Lắk: Năm 2023 tai nạn giao thông tiếp tục được kéo giảm

Theo Ban An toàn giao thông tỉnh Đắk Lắk, tính từ ngày 15/12/2022 đến 30/11/2023, toàn tỉnh xảy ra 248 vụ tai nạn giao thông, làm chết 183 người, bị thương 172 người. Trong đó, tai nạn đường bộ là 244 vụ (chiếm 98,4%), đường sắt 4 vụ.

Ước cả năm 2023 xảy ra khoảng 270 vụ, làm chết 199 người, bị thương 188 người; so với năm 2022 giảm 6,9% số vụ, giảm 4,8% số người chết và giảm 5,5% số người bị thương.

Năm 2023, lực lượng Công an tỉnh đã xử lý 96.542 trường hợp vi phạm trật tự an toàn giao thông, phạt tiền hơn 118 tỷ đồng, tăng 21,3% so với năm 2022; tạm giữ 12.876 phương tiện, tước 7.432 giấy phép lái xe. Số vi phạm nồng độ cồn là 18.904 trường hợp, gấp 2,3 lần năm 2022. Hệ thống 42 camera giám sát trên quốc lộ 14 và quốc lộ 26 đã ghi nhận 5.318 trường hợp vi phạm, chuyển thông báo "phạt nguội" đến chủ phương tiện.

Về hạ tầng, giai đoạn 2021-2025, tỉnh đã xử lý 46/58 điểm đen, điểm tiềm ẩn tai nạn giao thông, đạt 79,3%; phấn đấu đến năm 2025 xử lý dứt điểm 100% điểm đen. Tổng kinh phí đầu tư khoảng 35,6 tỷ đồng, từ nguồn ngân sách tỉnh và Quỹ bảo trì đường bộ.

Năm 2024, Ban An toàn giao thông tỉnh đặt mục tiêu kéo giảm 3-5% số vụ, số người chết và số người bị thương do tai nạn giao thông; tỷ lệ người đội mũ bảo hiểm khi đi mô tô, xe máy đạt từ 99% trở lên.

Mọi ý kiến đóng góp xin gửi về Văn phòng Ban An toàn giao thông tỉnh, số 09 Lê Duẩn, TP Buôn Ma Thuột; điện thoại 0262.3852.461.
"""

S = P("tính từ ngày 15/12/2022 đến 30/11/2023", "2022-12-15", "2023-11-30")
SI = dict(S, inherited=True)
Y = P("cả năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23I = dict(Y23, inherited=True)
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("xảy ra 248 vụ", "248", 248, "count", "vụ", "vụ tai nạn giao thông", period=S),
    F("làm chết 183 người", "183", 183, "count", "người", "người chết do tai nạn giao thông", period=S),
    F("bị thương 172 người", "172", 172, "count", "người", "người bị thương do tai nạn giao thông", period=S),
    F("là 244 vụ", "244", 244, "count", "vụ", "tai nạn đường bộ", total=248, percent=98.4, period=SI),
    F("đường sắt 4 vụ", "4", 4, "count", "vụ", "tai nạn đường sắt", total=248, period=SI),
    F("khoảng 270 vụ", "270", 270, "count", "vụ", "số vụ", approx="about", status="estimate", period=Y,
      change={"direction": "decrease", "value": 6.9, "unit": "%", "baseline": "năm 2022"}),
    F("làm chết 199 người", "199", 199, "count", "người", "số người chết", status="estimate", period=Y,
      change={"direction": "decrease", "value": 4.8, "unit": "%", "baseline": "năm 2022"}),
    F("bị thương 188 người", "188", 188, "count", "người", "số người bị thương", status="estimate", period=Y,
      change={"direction": "decrease", "value": 5.5, "unit": "%", "baseline": "năm 2022"}),
    F("xử lý 96.542 trường hợp", "96.542", 96542, "count", "trường hợp", "trường hợp vi phạm trật tự an toàn giao thông bị xử lý", period=Y23),
    F("hơn 118 tỷ đồng", "118", 118e9, "money", "đồng", "phạt tiền", approx="over", period=Y23,
      change={"direction": "increase", "value": 21.3, "unit": "%", "baseline": "năm 2022"}),
    F("tạm giữ 12.876 phương tiện", "12.876", 12876, "count", "phương tiện", "phương tiện bị tạm giữ", period=Y23),
    F("tước 7.432 giấy phép", "7.432", 7432, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", period=Y23),
    F("là 18.904 trường hợp", "18.904", 18904, "count", "trường hợp", "vi phạm nồng độ cồn", period=Y23I,
      change={"direction": "increase", "value": 2.3, "unit": "lần", "baseline": "năm 2022"}),
    F("Hệ thống 42 camera", "42", 42, "count", "camera", "camera giám sát trên quốc lộ 14 và quốc lộ 26"),
    F("ghi nhận 5.318 trường hợp", "5.318", 5318, "count", "trường hợp", "trường hợp vi phạm được camera ghi nhận", period=Y23I),
    F("xử lý 46/58 điểm đen", "46", 46, "count", "điểm đen", "điểm đen, điểm tiềm ẩn tai nạn giao thông đã xử lý", total=58, percent=79.3, period=GD),
    F("dứt điểm 100% điểm đen", "100", 100, "percent", "%", "điểm đen được xử lý dứt điểm", status="target", period=T25),
    F("khoảng 35,6 tỷ đồng", "35,6", 35.6e9, "money", "đồng", "tổng kinh phí đầu tư", approx="about"),
    F("kéo giảm 3-5%", "3", 3, "percent", "%", "kéo giảm số vụ, số người chết và số người bị thương do tai nạn giao thông", value_max=5,
      status="target", period=Y24),
    F("từ 99% trở lên", "99", 99, "percent", "%", "tỷ lệ người đội mũ bảo hiểm khi đi mô tô, xe máy", approx="at_least", status="target",
      period=Y24),
]

HEADER = [
    "Department site (Sở GTVT tỉnh Đắk Lắk), 'Tin hoạt động | Ngày đăng: 12/12/2023 | Lượt xem: 687': TNGT 2023 (statistical year from 15/12/2022),",
    "year estimate ('Ước cả năm 2023 … khoảng 270 vụ, làm chết 199 …, bị thương 188 …' all estimate, the cue continues through the clause),",
    "enforcement 2023, black spots 2021-2025, 2024 targets. 'giảm 6,9% số vụ, giảm 4,8% số người chết, giảm 5,5% số người bị thương' in the same",
    "sentence: each is the change of the matching estimate. 'Trong đó, … 244 vụ (chiếm 98,4%), đường sắt 4 vụ' parts of 248. '46/58 … đạt 79,3%'.",
    "'gấp 2,3 lần năm 2022' after 18.904 is its change. Distractors: view counter, 'quốc lộ 14', 'quốc lộ 26', 'số 09 Lê Duẩn', phone, dates.",
    "The range target '3-5%' (Năm 2024 … mục tiêu) is a percent figure with value_max; 'từ 99% trở lên' continues the same target sentence",
    "(status target, at_least, period năm 2024). '35,6 tỷ đồng' (investment for black spots) has no period in its sentence.",
]

build("p395-7", TEXT, HEADER, FIGS, published="2023-12-12", location="Đắk Lắk")
