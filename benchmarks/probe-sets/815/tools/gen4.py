"""p815-4: Bộ VHTTDL site, national elderly sport movement (10/2024)."""
from lib import F, P, I, C, T, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Thể dục thể thao
Ngày đăng: 03/10/2024 | Lượt xem: 1.845

Phong trào thể dục thể thao người cao tuổi ngày càng lan tỏa

Nhân Ngày Quốc tế Người cao tuổi 1/10, Cục Thể dục thể thao cho biết cả nước hiện có khoảng 16,1 triệu người cao tuổi, chiếm 16,2% dân số. Toàn quốc có trên 73.000 câu lạc bộ thể dục thể thao người cao tuổi với khoảng 2,8 triệu hội viên; số câu lạc bộ tăng gấp 1,6 lần so với năm 2015.

Tỷ lệ người cao tuổi tập luyện thể dục thể thao thường xuyên năm 2023 đạt 38,5%, cao hơn mức 31,2% của năm 2020. Các môn được ưa chuộng là đi bộ, dưỡng sinh, yoga, bóng bàn, cầu lông và bóng chuyền hơi.

Các địa phương có số câu lạc bộ nhiều nhất lần lượt là Hà Nội (6.850 câu lạc bộ), Thành phố Hồ Chí Minh (5.420 câu lạc bộ) và Thái Bình (3.160 câu lạc bộ). Đến nay, 63/63 tỉnh, thành phố đã tổ chức giải thể thao dành cho người cao tuổi; 9 tháng đầu năm 2024, cả nước tổ chức 412 giải cấp tỉnh với hơn 38.000 lượt vận động viên.

Tại Giải Thể thao người cao tuổi toàn quốc lần thứ 3 tổ chức ở Ninh Bình tháng 8/2024, 42 đoàn với 1.046 vận động viên đã tranh tài ở 7 môn. Đoàn Hà Nội xếp thứ nhất toàn đoàn, đoàn Thành phố Hồ Chí Minh xếp thứ 2. Dự kiến năm 2025, giải sẽ thu hút khoảng 1.200 vận động viên.

Theo Chiến lược phát triển thể dục, thể thao Việt Nam đến năm 2030 ban hành kèm theo Quyết định số 1189/QĐ-TTg, đến năm 2030 tỷ lệ người cao tuổi tập luyện thể dục thể thao thường xuyên đạt 45%, 100% xã có câu lạc bộ thể dục thể thao người cao tuổi.

Cục Thể dục thể thao - 36 Trần Phú, Ba Đình, Hà Nội
"""

CLB = "câu lạc bộ thể dục thể thao người cao tuổi"
RATE = "tỷ lệ người cao tuổi tập luyện thể dục thể thao thường xuyên"
NOW = P("Đến nay", end="2024-10-03")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
A8 = P("tháng 8/2024", "2024-08-01", "2024-08-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
T30 = P("đến năm 2030", end="2030-12-31")
GIAI = "Giải Thể thao người cao tuổi toàn quốc"

FIGS = [
    F("khoảng 16,1 triệu người", "16,1", 16100000, "count", "người", "người cao tuổi", approx="about", percent=16.2),
    F("trên 73.000 câu lạc bộ", "73.000", 73000, "count", "câu lạc bộ", CLB, approx="over",
      change=C("increase", 1.6, "lần", "năm 2015")),
    F("khoảng 2,8 triệu hội viên", "2,8", 2800000, "count", "hội viên",
      "hội viên câu lạc bộ thể dục thể thao người cao tuổi", approx="about"),
    F("năm 2023 đạt 38,5%", "38,5", 38.5, "percent", "%", RATE, P("năm 2023", "2023-01-01", "2023-12-31")),
    F("mức 31,2% của năm 2020", "31,2", 31.2, "percent", "%", RATE, P("năm 2020", "2020-01-01", "2020-12-31")),
    F("Hà Nội (6.850 câu lạc bộ)", "6.850", 6850, "count", "câu lạc bộ", CLB, location="Hà Nội"),
    F("Minh (5.420 câu lạc bộ)", "5.420", 5420, "count", "câu lạc bộ", CLB, location="Thành phố Hồ Chí Minh"),
    F("Thái Bình (3.160 câu lạc bộ)", "3.160", 3160, "count", "câu lạc bộ", CLB, location="Thái Bình"),
    F("63/63 tỉnh, thành phố", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã tổ chức giải thể thao dành cho người cao tuổi", NOW, total=63),
    F("tổ chức 412 giải", "412", 412, "count", "giải", "giải cấp tỉnh", M9),
    F("hơn 38.000 lượt vận động viên", "38.000", 38000, "count", "lượt vận động viên",
      "lượt vận động viên tham gia giải cấp tỉnh", M9, approx="over"),
    F("42 đoàn", "42", 42, "count", "đoàn", "đoàn tranh tài tại " + GIAI, A8),
    F("1.046 vận động viên", "1.046", 1046, "count", "vận động viên", "vận động viên tranh tài tại " + GIAI, A8),
    F("ở 7 môn", "7", 7, "count", "môn", "môn thi đấu tại " + GIAI, A8),
    F("xếp thứ nhất toàn đoàn", "nhất", 1, "rank", "hạng", "xếp hạng toàn đoàn " + GIAI, I(A8),
      location="Hà Nội"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "xếp hạng toàn đoàn " + GIAI, I(A8),
      location="Thành phố Hồ Chí Minh"),
    F("khoảng 1.200 vận động viên", "1.200", 1200, "count", "vận động viên",
      "vận động viên tham gia " + GIAI, Y25, approx="about", status="forecast"),
    F("thường xuyên đạt 45%", "45", 45, "percent", "%", RATE, T30, status="target"),
    F("100% xã", "100", 100, "percent", "%", "xã có câu lạc bộ thể dục thể thao người cao tuổi", T30,
      status="target"),
]

NOTES = [
    "Bộ VHTTDL site, national figures (Việt Nam); 'Ngày đăng: 03/10/2024 | Lượt xem: 1.845'.",
    "'số câu lạc bộ tăng gấp 1,6 lần so với năm 2015' names the clubs: change of 73.000 (not of 2,8 triệu hội viên next to it).",
    "'cao hơn mức 31,2% của năm 2020' states the old level, not the change: 31,2% is a figure of its own and 38,5% has no change.",
    "Province list shares the indicator; rank 'xếp thứ nhất' (number word) and 'xếp thứ 2' located in the teams' provinces.",
    "The national tournament held in Ninh Bình describes the country (location Việt Nam), not Ninh Bình.",
    "Distractors: '1/10' (day), 'lần thứ 3', 'Quyết định số 1189/QĐ-TTg', address '36 Trần Phú', Lượt xem 1.845.",
]

emit("p815-4", TEXT, NOTES, FIGS, published="2024-10-03", location="Việt Nam")
