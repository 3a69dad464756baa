"""p903-2: district portal of Tân Sơn (Phú Thọ), Mường gong classes for pupils, 2024."""
from lib import F, P, I, CH, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN SƠN - TỈNH PHÚ THỌ
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Khai giảng 4 lớp truyền dạy đánh chiêng Mường cho học sinh
Thứ Hai, 15/04/2024 - 10:20

Sáng 12/4, tại Nhà văn hóa khu 5, xã Xuân Đài, UBND huyện Tân Sơn tổ chức khai giảng các lớp truyền dạy đánh chiêng Mường năm 2024 theo Quyết định số 1027/QĐ-UBND ngày 25/3/2024 của UBND huyện.

Năm 2024, huyện mở 4 lớp tại các xã Xuân Đài, Kim Thượng, Minh Đài và Thu Cúc với 120 học viên là học sinh các trường THCS, bình quân 30 học viên/lớp. Mỗi lớp học trong 3 tháng, 2 buổi/tuần, do 8 nghệ nhân trên địa bàn trực tiếp giảng dạy. Tổng kinh phí tổ chức là 168 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 120 triệu đồng, ngân sách huyện 48 triệu đồng.

Theo Phòng Văn hóa và Thông tin huyện, toàn huyện hiện có 37 đội chiêng với khoảng 520 thành viên; 17/17 xã đã có đội chiêng. Số bộ chiêng Mường do các gia đình lưu giữ còn khoảng 215 bộ, giảm khoảng 46% so với năm 2010 (khi đó toàn huyện có gần 400 bộ). Một bộ chiêng Mường thường có 12 chiếc, chiếc lớn nhất có đường kính khoảng 50 cm.

Năm 2023, huyện đã mở 3 lớp với 85 học viên. Trong số học viên đó, 64 em đã đánh thành thạo các bài chiêng cổ như "Đi đường", "Bông tranh", chiếm 75,3%.

Huyện phấn đấu đến năm 2025, mỗi xã có ít nhất 2 đội chiêng, 100% trường THCS có câu lạc bộ chiêng Mường.

Hà Linh (Trung tâm Văn hóa - Thông tin huyện)
"""

Y2024 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y2023 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y2010 = P("năm 2010", "2010-01-01", "2010-12-31")
T2025 = P("đến năm 2025", None, "2025-12-31")
SUBJ = "lớp truyền dạy đánh chiêng Mường"

FIGS = [
    F("Khai giảng 4 lớp", "4", 4, "count", "lớp", SUBJ),
    F("huyện mở 4 lớp", "4", 4, "count", "lớp", SUBJ, period=Y2024),
    F("với 120 học viên", "120", 120, "count", "học viên", "học viên là học sinh các trường THCS", period=Y2024),
    F("bình quân 30 học viên/lớp", "30", 30, "measure", "học viên/lớp", "học viên bình quân mỗi lớp", period=Y2024),
    F("trong 3 tháng", "3", 3, "measure", "tháng", "thời gian mỗi lớp học"),
    F("2 buổi/tuần", "2", 2, "measure", "buổi/tuần", "số buổi học mỗi tuần"),
    F("do 8 nghệ nhân", "8", 8, "count", "nghệ nhân", "nghệ nhân trực tiếp giảng dạy"),
    F("là 168 triệu đồng", "168", 168e6, "money", "đồng", "tổng kinh phí tổ chức lớp truyền dạy", period=I(Y2024)),
    F("hỗ trợ 120 triệu đồng", "120", 120e6, "money", "đồng", "ngân sách tỉnh hỗ trợ", total=168e6, period=I(Y2024)),
    F("huyện 48 triệu đồng", "48", 48e6, "money", "đồng", "ngân sách huyện", total=168e6, period=I(Y2024)),
    F("có 37 đội chiêng", "37", 37, "count", "đội chiêng", "đội chiêng toàn huyện"),
    F("khoảng 520 thành viên", "520", 520, "count", "thành viên", "thành viên đội chiêng", approx="about"),
    F("17/17 xã", "17", 17, "count", "xã", "xã đã có đội chiêng", total=17),
    F("khoảng 215 bộ", "215", 215, "count", "bộ", "bộ chiêng Mường do các gia đình lưu giữ", approx="about",
      change=CH("decrease", 46, "%", "năm 2010", approx="about")),
    F("gần 400 bộ", "400", 400, "count", "bộ", "bộ chiêng Mường toàn huyện", approx="nearly", period=Y2010),
    F("có 12 chiếc", "12", 12, "count", "chiếc", "chiêng trong một bộ chiêng Mường", optional=True),
    F("khoảng 50 cm", "50", 50, "measure", "cm", "đường kính chiếc chiêng lớn nhất", approx="about", optional=True),
    F("mở 3 lớp", "3", 3, "count", "lớp", SUBJ, period=Y2023),
    F("với 85 học viên", "85", 85, "count", "học viên", "học viên lớp truyền dạy", period=Y2023),
    F("64 em", "64", 64, "count", "em", "học viên đánh thành thạo các bài chiêng cổ", total=85, percent=75.3,
      period=I(Y2023)),
    F("ít nhất 2 đội chiêng", "2", 2, "count", "đội chiêng", "đội chiêng mỗi xã", approx="at_least", status="target",
      period=T2025),
    F("100% trường THCS", "100", 100, "percent", "%", "trường THCS có câu lạc bộ chiêng Mường", status="target",
      period=T2025),
]

NOTES = [
    "Tân Sơn district portal (Phú Thọ): 'Thứ Hai, 15/04/2024 - 10:20' is the dateline; byline at the end.",
    "Not figures: 'khu 5', 'Sáng 12/4', 'Quyết định số 1027/QĐ-UBND ngày 25/3/2024', song titles.",
    "The headline '4 lớp' and the body '4 lớp' are both figures (cf. h30 headline).",
    "A generic gong set's make-up (12 chiếc, 50 cm) is optional: a specification, not a statistic.",
    "'(khi đó toàn huyện có gần 400 bộ)' is a figure of its own with period năm 2010; '46%' is the change of 215 bộ.",
    "'Trong số học viên đó, 64 em' is a part of the 85 learners (total 85, share 75,3%).",
]

write(2, TEXT, FIGS, published="2024-04-15", location="Tân Sơn", notes=NOTES)
