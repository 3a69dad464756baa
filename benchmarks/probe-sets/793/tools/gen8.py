from lib import F, P, I, C, T, write

TEXT = """BÁO QUẢNG NAM ONLINE
Văn hóa - Thể thao

Hơn 150 đô vật tranh tài tại Hội vật truyền thống Triêm Tây
10/02/2025 15:40

(QNO) - Sáng nay 10/2 (mùng 13 tháng Giêng), tại làng Triêm Tây, phường Điện Phương, UBND thị xã Điện Bàn khai mạc Hội vật truyền thống Triêm Tây Xuân Ất Tỵ 2025.

Hội vật năm nay có 153 đô vật của 14 đơn vị trong và ngoài tỉnh đăng ký tham gia, tăng 21 đô vật so với năm 2024. Trong đó, đơn vị chủ nhà Điện Bàn có 46 đô vật, các đơn vị Đà Nẵng, Thừa Thiên Huế, Bình Định lần lượt có 18, 15 và 12 đô vật.

Ban tổ chức bố trí 2 sới vật, thi đấu theo thể thức loại trực tiếp ở 8 hạng cân, hạng cao nhất trên 80 kg. Tổng giá trị giải thưởng gần 120 triệu đồng, trong đó giải Nhất toàn đoàn nhận 15 triệu đồng và cúp lưu niệm. Đô vật xuất sắc nhất hội được thưởng thêm 5 triệu đồng.

Theo ông Phan Văn Mười, Chủ tịch UBND thị xã Điện Bàn, hội vật Triêm Tây có lịch sử hơn 300 năm, được công nhận là Di sản văn hóa phi vật thể quốc gia năm 2020. Năm 2024, thị xã có 9 lò vật với 210 đô vật thường xuyên tập luyện, trong đó 64 đô vật dưới 18 tuổi; thị xã phấn đấu đến năm 2026 nâng lên 12 lò vật. Mỗi lò vật được thị xã hỗ trợ 10 triệu đồng/năm để duy trì hoạt động.

Dự kiến hội vật thu hút khoảng 20.000 lượt người xem trong 2 ngày diễn ra, cao hơn khoảng 15% so với năm trước. Hội vật kết thúc vào chiều 11/2, các trận chung kết bắt đầu lúc 14 giờ tại sới vật chính bên bờ sông Thu Bồn, cạnh Quốc lộ 1A.

VĨNH LỘC
"""

ny = P("năm nay", "2025-01-01", "2025-12-31")
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
t26 = P("đến năm 2026", None, "2026-12-31")
D = "đô vật tham gia hội vật Triêm Tây"
FIGS = [
    F("Hơn 150 đô vật", "150", 150, "count", "đô vật", D, approx="over"),
    F("có 153 đô vật", "153", 153, "count", "đô vật", D, ny, change=C("increase", 21, "đô vật", "năm 2024")),
    F("của 14 đơn vị", "14", 14, "count", "đơn vị", "đơn vị tham gia hội vật", ny),
    F("Điện Bàn có 46 đô vật", "46", 46, "count", "đô vật", D, I(ny), total=153),
    F("có 18, 15", "18", 18, "count", "đô vật", D, I(ny), total=153, location="Đà Nẵng"),
    F("18, 15 và", "15", 15, "count", "đô vật", D, I(ny), total=153, location="Thừa Thiên Huế"),
    F("và 12 đô vật", "12", 12, "count", "đô vật", D, I(ny), total=153, location="Bình Định"),
    F("bố trí 2 sới vật", "2", 2, "count", "sới vật", "sới vật", I(ny)),
    F("ở 8 hạng cân", "8", 8, "count", "hạng cân", "hạng cân thi đấu", I(ny)),
    F("trên 80 kg", "80", 80, "measure", "kg", "hạng cân cao nhất", approx="over", optional=True),
    F("gần 120 triệu đồng", "120", 120000000, "money", "đồng", "tổng giá trị giải thưởng", I(ny), approx="nearly"),
    F("nhận 15 triệu đồng", "15", 15000000, "money", "đồng", "giải thưởng giải Nhất toàn đoàn", I(ny),
      total=120000000),
    F("thêm 5 triệu đồng", "5", 5000000, "money", "đồng", "tiền thưởng đô vật xuất sắc nhất hội", I(ny)),
    F("hơn 300 năm", "300", 300, "measure", "năm", "lịch sử hội vật Triêm Tây", approx="over"),
    F("có 9 lò vật", "9", 9, "count", "lò vật", "lò vật", y24),
    F("với 210 đô vật", "210", 210, "count", "đô vật", "đô vật thường xuyên tập luyện", y24),
    F("64 đô vật", "64", 64, "count", "đô vật", "đô vật dưới 18 tuổi", y24, total=210),
    F("dưới 18 tuổi", "18", 18, "measure", "tuổi", "độ tuổi", approx="under", optional=True),
    F("lên 12 lò vật", "12", 12, "count", "lò vật", "lò vật", t26, status="target"),
    F("hỗ trợ 10 triệu đồng/năm", "10", 10000000, "money", "đồng/năm", "hỗ trợ mỗi lò vật duy trì hoạt động"),
    F("khoảng 20.000 lượt", "20.000", 20000, "count", "lượt người xem", "lượt người xem hội vật", I(ny),
      approx="about", status="forecast", change=C("increase", 15, "%", "năm trước", "about")),
]

NOTES = [
    "Báo Quảng Nam online, headline with a figure ('Hơn 150 đô vật'), dateline '10/02/2025 15:40', '(QNO) -' tag, byline at the end.",
    "Location: thị xã Điện Bàn (a district-level town, named); teams from Đà Nẵng, Thừa Thiên Huế, Bình Định take their place as location.",
    "'Trong đó, ... Điện Bàn có 46 ..., các đơn vị ... lần lượt có 18, 15 và 12' continues the 'Trong đó' clause → all four have total 153.",
    "'Đô vật xuất sắc nhất ... 5 triệu đồng' stands in its own sentence without a cue → no total.",
    "'hơn 300 năm' (the festival's history) is a measure claim; 'trên 80 kg' (weight class) and 'dưới 18 tuổi' (age group) optional.",
    "'trong 2 ngày diễn ra' is a duration that only locates the crowd figure in time: not a figure.",
    "Distractors: 'Sáng nay 10/2', 'mùng 13 tháng Giêng', 'Ất Tỵ 2025', name Phan Văn Mười, 'năm 2020', 'chiều 11/2', '14 giờ', 'Quốc lộ 1A', 'giải Nhất'.",
    "'Dự kiến' opens the last figure's sentence → forecast; 'cao hơn khoảng 15% so với năm trước' is its change.",
]

write(8, TEXT, NOTES, FIGS, published="2025-02-10", location="Điện Bàn")
