from lib import F, P, ch, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH
Tin tức - Sự kiện | Đoàn thể

Tuổi trẻ Đông Anh trồng hơn 8.600 cây xanh trong quý I/2025

Trong quý I/2025, Huyện đoàn Đông Anh đã chỉ đạo 24 cơ sở Đoàn xã, thị trấn ra quân hưởng ứng "Tết trồng cây đời đời nhớ ơn Bác Hồ", trồng được 8.640 cây xanh các loại, đạt 108% kế hoạch, trên diện tích khoảng 12,5 ha. Trong đó có 3.020 cây bóng mát, chiếm 35%. Mỗi xã, thị trấn trồng từ 200 đến 500 cây, tập trung dọc tuyến Quốc lộ 3, đường 23B và khu vực Khu di tích Cổ Loa. Số cây xanh trồng mới tăng 15,4% so với quý I/2024.

Cũng trong quý I/2025, các cơ sở Đoàn đã hoàn thành 19 công trình, phần việc thanh niên với tổng kinh phí trên 1,2 tỷ đồng, gồm: 7 tuyến đường "Thắp sáng đường quê" dài 6,8 km, 5 "Con đường bích họa" và 7 sân chơi cho thiếu nhi. Đội hình thanh niên tình nguyện 26/3 của xã Uy Nỗ ra quân vệ sinh môi trường vào sáng Chủ nhật hằng tuần, từ 6 giờ 30 đến 9 giờ.

Ngày hội hiến máu "Giọt hồng Đông Anh" lần thứ 9 năm 2025 có 830 người đăng ký, tiếp nhận 742 đơn vị máu, chiếm gần 90% số người đăng ký. Bên cạnh đó, Huyện đoàn trao 52 suất quà, mỗi suất trị giá 500.000 đồng cho đoàn viên, thanh niên có hoàn cảnh khó khăn.

Năm 2025, Huyện đoàn phấn đấu trồng mới ít nhất 15.000 cây xanh, làm mới 30 công trình thanh niên; tỷ lệ cơ sở Đoàn xếp loại vững mạnh đạt từ 70% trở lên.

Thông tin liên hệ: Văn phòng Huyện đoàn Đông Anh, số 68 đường Cao Lỗ, thị trấn Đông Anh; điện thoại: 024.3883.2127.
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
Q1i = P("quý I/2025", "2025-01-01", "2025-03-31", inh=True)
N25 = P("Năm 2025", "2025-01-01", "2025-12-31")
N25d = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 8.600 cây", "8.600", 8600, "count", "cây xanh", "cây xanh trồng", Q1, approx="over"),
    F("chỉ đạo 24 cơ sở", "24", 24, "count", "cơ sở Đoàn xã, thị trấn", "cơ sở Đoàn xã, thị trấn ra quân Tết trồng cây", Q1),
    F("được 8.640 cây", "8.640", 8640, "count", "cây xanh", "cây xanh trồng được", Q1, percent=108),
    F("khoảng 12,5 ha", "12,5", 12.5, "measure", "ha", "diện tích trồng cây", Q1, approx="about"),
    F("có 3.020 cây", "3.020", 3020, "count", "cây bóng mát", "cây bóng mát", Q1i, total=8640, percent=35),
    F("từ 200 đến 500 cây", "200", 200, "count", "cây", "cây trồng mỗi xã, thị trấn", Q1i, value_max=500),
    F("tăng 15,4%", "15,4", 15.4, "percent", "%", "số cây xanh trồng mới tăng so với quý I/2024", Q1i),
    F("hoàn thành 19 công trình", "19", 19, "count", "công trình, phần việc", "công trình, phần việc thanh niên hoàn thành", Q1),
    F("trên 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "tổng kinh phí công trình, phần việc thanh niên", Q1, approx="over"),
    F("gồm: 7 tuyến", "7", 7, "count", "tuyến đường", "tuyến đường Thắp sáng đường quê", Q1, total=19),
    F("dài 6,8 km", "6,8", 6.8, "measure", "km", "chiều dài tuyến đường Thắp sáng đường quê", Q1),
    F("5 \"Con đường", "5", 5, "count", "Con đường bích họa", "Con đường bích họa", Q1, total=19),
    F("và 7 sân chơi", "7", 7, "count", "sân chơi", "sân chơi cho thiếu nhi", Q1, total=19),
    F("lần thứ 9", "9", 9, "count", "lần", optional=True),
    F("có 830 người", "830", 830, "count", "người", "người đăng ký hiến máu", N25d),
    F("tiếp nhận 742 đơn vị", "742", 742, "count", "đơn vị máu", "đơn vị máu tiếp nhận", N25d, percent=90),
    F("trao 52 suất", "52", 52, "count", "suất quà", "suất quà trao cho đoàn viên, thanh niên có hoàn cảnh khó khăn", Q1i),
    F("trị giá 500.000 đồng", "500.000", 500000, "money", "đồng", "trị giá mỗi suất quà", Q1i),
    F("ít nhất 15.000 cây", "15.000", 15000, "count", "cây xanh", "cây xanh trồng mới", N25, approx="at_least", status="target"),
    F("làm mới 30 công trình", "30", 30, "count", "công trình", "công trình thanh niên làm mới", N25, status="target"),
    F("từ 70% trở lên", "70", 70, "percent", "%", "tỷ lệ cơ sở Đoàn xếp loại vững mạnh", N25, approx="at_least", status="target"),
]

COMMENTS = [
    "District portal (Cổng TTĐT huyện Đông Anh, Hà Nội), breadcrumb, NO dateline and no date anywhere: published absent. Location: Đông Anh.",
    "Distractors: 'Quốc lộ 3', 'đường 23B', 'Đội hình … 26/3', 'lần thứ 9' (edition: optional), 'từ 6 giờ 30 đến 9 giờ' (times),",
    "address 'số 68 đường Cao Lỗ', phone 024.3883.2127.",
    "'8.640 cây …, đạt 108% kế hoạch': percent 108 (share of plan). 'Trong đó có 3.020 cây bóng mát, chiếm 35%' (next sentence): total 8.640.",
    "'19 công trình …, gồm: 7 …, 5 …, 7 …' (7+5+7 = 19): each part has total 19. 'từ 200 đến 500 cây': range.",
    "'tăng 15,4% so với quý I/2024' alone in its sentence: percent figure. '742 đơn vị máu, chiếm gần 90% số người đăng ký': percent 90 on 742",
    "(the 'gần' belongs to the attribute, not scored). 'Năm 2025' targets: 'ít nhất' and 'từ 70% trở lên' at_least.",
]

emit("p432-7", TEXT, COMMENTS, FIGS, published=None, location="Đông Anh")
