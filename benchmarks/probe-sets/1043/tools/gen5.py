from lib import F, P, I, C, T, emit

TEXT = """Đưa động vật hoang dã trở về rừng Bạch Mã

Sáng 4/10, Vườn quốc gia Bạch Mã phối hợp với Chi cục Kiểm lâm tỉnh Thừa Thiên Huế thả 23 cá thể động vật hoang dã về khu vực phân khu bảo vệ nghiêm ngặt của Vườn, trong đó có 6 cá thể voọc chà vá chân nâu, 9 cá thể cu li và 8 cá thể tê tê Java.

Theo ông Lê Văn Hai, Trưởng phòng Khoa học và Hợp tác quốc tế của Vườn, 9 tháng đầu năm 2024, đơn vị đã tiếp nhận 64 cá thể thuộc 18 loài, tăng 45% so với cùng kỳ năm 2023. Trong số này, có 41 cá thể do người dân tự nguyện giao nộp, số còn lại do lực lượng chức năng thu giữ. Mỗi cá thể phải được kiểm tra sức khỏe và nuôi cách ly tối thiểu 30 ngày trước khi tái thả.

Ông Hai cho biết, tổng đàn voọc chà vá chân nâu trong vùng lõi của Vườn ước khoảng 1.200 cá thể, phân bố chủ yếu ở độ cao từ 400 đến 900 m. Kết quả giám sát bằng bẫy ảnh năm 2023 ghi nhận tê tê Java xuất hiện tại 12/45 điểm đặt máy, tăng 4 điểm so với năm 2022. "Đây là tín hiệu cho thấy các cá thể tái thả đã thích nghi tốt", ông Hai nói.

Chi phí cứu hộ, chăm sóc một cá thể linh trưởng khoảng 2,5 triệu đồng/tháng, chủ yếu do các tổ chức bảo tồn quốc tế tài trợ. Năm 2025, Vườn đặt mục tiêu xây dựng thêm 1 khu bán hoang dã rộng 5 ha và thả về tự nhiên ít nhất 100 cá thể.

Tham gia lễ thả có hơn 70 đoàn viên thanh niên và học sinh Trường THCS Thượng Lộ. Dịp này, Vườn quốc gia Bạch Mã trao 15 suất quà, mỗi suất trị giá 500.000 đồng, cho các hộ dân đã tự nguyện giao nộp động vật hoang dã. Đây là lần thứ 3 trong năm Vườn tổ chức thả động vật về tự nhiên.

MINH VĂN
05/10/2024
"""

D = P("Sáng 4/10", "2024-10-04", "2024-10-04")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("thả 23 cá thể", "23", 23, "count", "cá thể", subject="động vật hoang dã thả về rừng", period=D),
    F("có 6 cá thể", "6", 6, "count", "cá thể", total=23, subject="voọc chà vá chân nâu được thả", period=D),
    F("9 cá thể cu li", "9", 9, "count", "cá thể", total=23, subject="cu li được thả", period=D),
    F("8 cá thể tê tê", "8", 8, "count", "cá thể", total=23, subject="tê tê Java được thả", period=D),
    F("tiếp nhận 64 cá thể", "64", 64, "count", "cá thể",
      change=C("increase", 45, baseline="cùng kỳ năm 2023"),
      subject="cá thể động vật hoang dã tiếp nhận", period=M9),
    F("thuộc 18 loài", "18", 18, "count", "loài", subject="loài động vật tiếp nhận", period=M9),
    F("có 41 cá thể", "41", 41, "count", "cá thể", total=64,
      subject="cá thể do người dân tự nguyện giao nộp", period=I(M9)),
    F("tối thiểu 30 ngày", "30", 30, "measure", "ngày", approx="at_least", optional=True),
    F("ước khoảng 1.200 cá thể", "1.200", 1200, "count", "cá thể", approx="about", status="estimate",
      subject="tổng đàn voọc chà vá chân nâu trong vùng lõi"),
    F("từ 400 đến 900 m", "400", 400, "measure", "m", value_max=900, status="estimate",
      subject="độ cao phân bố của voọc chà vá chân nâu"),
    F("tại 12/45 điểm", "12", 12, "count", "điểm đặt máy", total=45,
      change=C("increase", 4, "điểm", baseline="năm 2022"),
      subject="điểm đặt máy bẫy ảnh ghi nhận tê tê Java", period=Y23),
    F("khoảng 2,5 triệu đồng/tháng", "2,5", 2.5e6, "money", "đồng/tháng", approx="about",
      subject="chi phí cứu hộ, chăm sóc một cá thể linh trưởng"),
    F("thêm 1 khu", "1", 1, "count", "khu bán hoang dã", status="target",
      subject="khu bán hoang dã xây dựng thêm", period=Y25),
    F("rộng 5 ha", "5", 5, "measure", "ha", status="target",
      subject="diện tích khu bán hoang dã", period=Y25),
    F("ít nhất 100 cá thể", "100", 100, "count", "cá thể", approx="at_least", status="target",
      subject="cá thể thả về tự nhiên", period=Y25),
    F("hơn 70 đoàn viên", "70", 70, "count", "đoàn viên", approx="over",
      subject="đoàn viên thanh niên và học sinh tham gia lễ thả", period=I(D)),
    F("trao 15 suất quà", "15", 15, "count", "suất quà",
      subject="suất quà trao cho hộ dân giao nộp động vật hoang dã", period=I(D)),
    F("trị giá 500.000 đồng", "500.000", 500000, "money", "đồng",
      subject="trị giá mỗi suất quà", period=I(D)),
]

emit("p1043-5", TEXT, FIGS, published="2024-10-05", location="Thừa Thiên Huế", comments=[
    "Báo Thừa Thiên Huế (Party paper): release at Bạch Mã; byline MINH VĂN and bare date at the end.",
    "Distractors: ông Lê Văn Hai, Trường THCS Thượng Lộ, lần thứ 3, Sáng 4/10, 05/10/2024.",
    "'Trong số này, có 41 cá thể' -> total 64. '12/45 điểm đặt máy' -> total 45, change +4 điểm vs năm 2022.",
    "'tối thiểu 30 ngày' is a rule for every animal (a requirement, not an outcome): optional.",
    "'ước khoảng 1.200 cá thể' is an estimate (ước) and about (khoảng); 'Năm 2025 ... đặt mục tiêu' governs 1 khu, 5 ha and 100 cá thể.",
    "revised: 400-900 m status estimate (continues the 'ước khoảng 1.200 cá thể' clause with the same subject; FIGURES.md: a cue governs the clauses that continue it).",
])
