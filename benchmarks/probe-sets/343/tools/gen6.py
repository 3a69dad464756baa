from lib import F, P, build

TEXT = """BỘ XÂY DỰNG - Tin tức - Hạ tầng kỹ thuật
Ngày đăng: 15/08/2024

Nâng cao năng lực thoát nước, chống ngập úng cho các đô thị

Tại hội thảo do Cục Hạ tầng kỹ thuật tổ chức sáng 14/8, đại diện Bộ Xây dựng cho biết, tính đến tháng 6/2024 cả nước có 902 đô thị, tỷ lệ đô thị hóa đạt khoảng 43,7%. Tỷ lệ bao phủ của hệ thống thoát nước tại các đô thị loại đặc biệt và loại I đạt từ 70 đến 80%, tại các đô thị loại II đến loại V chỉ đạt từ 40 đến 60%.

Tình trạng ngập úng vẫn diễn ra thường xuyên tại nhiều đô thị lớn. Năm 2023, TP Hồ Chí Minh còn 13 điểm ngập do mưa, Hà Nội 21 điểm, Cần Thơ có 18 tuyến đường bị ngập do triều cường. Tại Đà Nẵng, trận mưa lịch sử ngày 14/10/2022 với lượng mưa 792 mm đã khiến khoảng 90% diện tích khu vực nội thành bị ngập.

Giai đoạn 2021-2025, tổng vốn đầu tư cho thoát nước và chống ngập tại các đô thị ước khoảng 45 nghìn tỷ đồng, trong đó vốn ODA chiếm khoảng 38%. Cả nước mới có hai mươi bảy đô thị lập được quy hoạch thoát nước riêng theo Nghị định số 80/2014/NĐ-CP.

Theo Định hướng phát triển thoát nước đô thị và khu công nghiệp Việt Nam, mục tiêu đến năm 2025 tỷ lệ bao phủ hệ thống thoát nước tại các đô thị đạt trên 70% và đến năm 2030 đạt 80-90% tại các đô thị loại III trở lên. Việt Nam hiện đứng thứ 6 trong số các quốc gia chịu ảnh hưởng nặng nề nhất của thiên tai liên quan đến nước.

Bộ Xây dựng đề nghị các địa phương mỗi năm cải tạo, xây mới ít nhất 1.000 km cống thoát nước trên phạm vi cả nước, ưu tiên 5 thành phố trực thuộc Trung ương; đồng thời ứng dụng công nghệ số trong vận hành, dự báo ngập.

Chi tiết liên hệ: Cục Hạ tầng kỹ thuật, 37 Lê Đại Hành, Hà Nội; điện thoại 024.3976.0271."""

T6 = P("tính đến tháng 6/2024", None, "2024-06-30")
T6I = P("tính đến tháng 6/2024", None, "2024-06-30", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
D = P("ngày 14/10/2022", "2022-10-14", "2022-10-14")
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
FIGS = [
    F("cả nước có 902 đô thị", "902", 902, "count", "đô thị", "đô thị", period=T6),
    F("khoảng 43,7%", "43,7", 43.7, "percent", "%", "tỷ lệ đô thị hóa", approx="about", period=T6),
    F("từ 70 đến 80%", "70", 70, "percent", "%",
      "tỷ lệ bao phủ của hệ thống thoát nước tại các đô thị loại đặc biệt và loại I", value_max=80, period=T6I),
    F("từ 40 đến 60%", "40", 40, "percent", "%",
      "tỷ lệ bao phủ của hệ thống thoát nước tại các đô thị loại II đến loại V", value_max=60, period=T6I),
    F("còn 13 điểm", "13", 13, "count", "điểm ngập", "điểm ngập do mưa", period=Y23, location="TP Hồ Chí Minh"),
    F("Hà Nội 21 điểm", "21", 21, "count", "điểm", "điểm ngập do mưa", period=Y23, location="Hà Nội"),
    F("có 18 tuyến đường", "18", 18, "count", "tuyến đường", "tuyến đường bị ngập do triều cường", period=Y23,
      location="Cần Thơ"),
    F("lượng mưa 792 mm", "792", 792, "measure", "mm", "lượng mưa trận mưa lịch sử", period=D, location="Đà Nẵng"),
    F("khoảng 90% diện tích", "90", 90, "percent", "%", "diện tích khu vực nội thành bị ngập", approx="about",
      period=D, location="Đà Nẵng"),
    F("khoảng 45 nghìn tỷ đồng", "45", 45e12, "money", "đồng", "tổng vốn đầu tư cho thoát nước và chống ngập tại các đô thị",
      approx="about", status="estimate", period=G),
    F("chiếm khoảng 38%", "38", 38, "percent", "%", "tỷ trọng vốn ODA", approx="about", status="estimate", period=G),
    F("hai mươi bảy đô thị", "hai mươi bảy", 27, "count", "đô thị", "đô thị lập được quy hoạch thoát nước riêng"),
    F("đạt trên 70%", "70", 70, "percent", "%", "tỷ lệ bao phủ hệ thống thoát nước tại các đô thị", approx="over",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
    F("đạt 80-90%", "80", 80, "percent", "%", "tỷ lệ bao phủ hệ thống thoát nước tại các đô thị loại III trở lên",
      value_max=90, status="target", period=P("đến năm 2030", None, "2030-12-31")),
    F("đứng thứ 6", "6", 6, "rank", "hạng", "quốc gia chịu ảnh hưởng nặng nề nhất của thiên tai liên quan đến nước"),
    F("ít nhất 1.000 km", "1.000", 1000, "measure", "km", "cống thoát nước cải tạo, xây mới mỗi năm", approx="at_least",
      status="target"),
    F("ưu tiên 5 thành phố", "5", 5, "count", "thành phố trực thuộc Trung ương", optional=True),
]

COMMENTS = [
    "Ministry site (Bộ Xây dựng): national urban drainage coverage, flooding in big cities, investment 2021-2025, targets to 2025/2030. 'Ngày đăng: 15/08/2024'.",
    "National figures take Việt Nam; the city items (TP Hồ Chí Minh, Hà Nội, Cần Thơ, Đà Nẵng) take the city as location, subject = the list's indicator.",
    "Distractors: 'sáng 14/8', 'loại I', 'loại II đến loại V', 'loại III' (urban classes), Nghị định số 80/2014/NĐ-CP, address '37 Lê Đại Hành', phone.",
    "'45 nghìn tỷ đồng' = 45·10^12. 'trong đó vốn ODA chiếm khoảng 38%' has no ODA amount, so the 38% is a percent figure of its own; the 'ước' cue",
    "governs the continuing 'trong đó' clause, so both are estimates. 'hai mươi bảy' is a number word (27).",
    "A single rain day (ngày 14/10/2022) is its period. 'mục tiêu đến năm 2025 ... và đến năm 2030' are targets (as-of ends).",
    "'ít nhất 1.000 km' (the ministry's ask per year) is a target, at_least. '5 thành phố trực thuộc Trung ương' is a known structural count (optional).",
]
build("p343-6", TEXT, COMMENTS, {"published": "2024-08-15", "location": "Việt Nam"}, FIGS)
