from lib import F, P, Y, C, TG, build

T = """Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa": Hơn 20 triệu hộ đạt danh hiệu gia đình văn hóa

Sau gần 25 năm triển khai (2000-2025), phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" đã trở thành cuộc vận động lớn, sâu rộng trong đời sống xã hội.

Theo Ban Chỉ đạo Trung ương phong trào, năm 2024, cả nước có 20,1 triệu hộ gia đình đạt danh hiệu "Gia đình văn hóa", chiếm 89,2% tổng số hộ; 87.400 thôn, tổ dân phố đạt danh hiệu văn hóa, đạt 91,5%; gần 96% cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa. Thái Bình đứng thứ nhất cả nước về tỷ lệ gia đình văn hóa, tiếp theo là Nam Định (93,8%) và Hưng Yên (93,1%).

Về thiết chế, cả nước có 8.254/10.598 xã có trung tâm văn hóa - thể thao, đạt 77,9%; hơn 88 nghìn thôn, bản có nhà văn hóa. Hệ thống thư viện công cộng gồm 1 Thư viện Quốc gia, 63 thư viện cấp tỉnh, 613 thư viện cấp huyện và hơn 4.800 thư viện, tủ sách cấp xã. Các đội chiếu phim lưu động mỗi năm tổ chức từ 45.000 đến 50.000 buổi chiếu, chủ yếu ở vùng sâu, vùng xa, biên giới, hải đảo.

Tuy vậy, còn 7 tỉnh có tỷ lệ thôn, bản văn hóa dưới 80%, gồm Lai Châu, Điện Biên, Hà Giang, Sơn La, Cao Bằng, Kon Tum, Gia Lai; nhiều nhà văn hóa thôn chỉ sử dụng dưới 30% công suất.

Theo Chiến lược phát triển văn hóa đến năm 2030, phấn đấu đến năm 2030 có 100% xã có trung tâm văn hóa - thể thao đạt chuẩn, 90% hộ gia đình đạt danh hiệu "Gia đình văn hóa". Hội nghị tổng kết 25 năm phong trào dự kiến tổ chức trong quý II/2025 với khoảng 1.200 đại biểu.

Thu Hà

18/11/2024
"""

Y24 = Y("năm 2024", 2024)
Y24i = Y("năm 2024", 2024, inh=True)
T30 = P("đến năm 2030", None, "2030-12-31")
figs = [
    F("Hơn 20 triệu hộ", "20", 20000000, "count", "hộ", "hộ đạt danh hiệu gia đình văn hóa", approx="over"),
    F("gần 25 năm", "25", 25, "measure", "năm", approx="nearly", optional=True),
    F("có 20,1 triệu hộ", "20,1", 20100000, "count", "hộ gia đình", "hộ gia đình đạt danh hiệu Gia đình văn hóa",
      percent=89.2, period=Y24),
    F("; 87.400 thôn", "87.400", 87400, "count", "thôn, tổ dân phố", "thôn, tổ dân phố đạt danh hiệu văn hóa",
      percent=91.5, period=Y24),
    F("gần 96% cơ quan", "96", 96, "percent", "%", "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa",
      approx="nearly", period=Y24),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng", "tỷ lệ gia đình văn hóa", location="Thái Bình", period=Y24i),
    F("Nam Định (93,8%)", "93,8", 93.8, "percent", "%", "tỷ lệ gia đình văn hóa", location="Nam Định", period=Y24i),
    F("Hưng Yên (93,1%)", "93,1", 93.1, "percent", "%", "tỷ lệ gia đình văn hóa", location="Hưng Yên", period=Y24i),
    F("có 8.254/10.598 xã", "8.254", 8254, "count", "xã", "xã có trung tâm văn hóa - thể thao", total=10598,
      percent=77.9, period=Y24i),
    F("hơn 88 nghìn thôn", "88", 88000, "count", "thôn, bản", "thôn, bản có nhà văn hóa", approx="over", period=Y24i),
    F("gồm 1 Thư viện", "1", 1, "count", "Thư viện Quốc gia", "Thư viện Quốc gia"),
    F(", 63 thư viện", "63", 63, "count", "thư viện cấp tỉnh", "thư viện cấp tỉnh"),
    F(", 613 thư viện", "613", 613, "count", "thư viện cấp huyện", "thư viện cấp huyện"),
    F("hơn 4.800 thư viện", "4.800", 4800, "count", "thư viện, tủ sách cấp xã", "thư viện, tủ sách cấp xã",
      approx="over"),
    F("từ 45.000 đến 50.000 buổi", "45.000", 45000, "count", "buổi chiếu", "buổi chiếu phim lưu động mỗi năm",
      value_max=50000),
    F("còn 7 tỉnh", "7", 7, "count", "tỉnh", "tỉnh có tỷ lệ thôn, bản văn hóa dưới 80%", period=Y24i),
    F("văn hóa dưới 80%", "80", 80, "percent", "%", approx="under", optional=True),
    F("dưới 30% công suất", "30", 30, "percent", "%", "công suất sử dụng nhà văn hóa thôn", approx="under"),
    F("có 100% xã", "100", 100, "percent", "%", "xã có trung tâm văn hóa - thể thao đạt chuẩn", status="target",
      period=T30),
    F(", 90% hộ", "90", 90, "percent", "%", "hộ gia đình đạt danh hiệu Gia đình văn hóa", status="target",
      period=T30),
    F("tổng kết 25 năm", "25", 25, "measure", "năm", optional=True),
    F("khoảng 1.200 đại biểu", "1.200", 1200, "count", "đại biểu", "đại biểu dự Hội nghị tổng kết", approx="about",
      status="forecast", period=P("quý II/2025", "2025-04-01", "2025-06-30")),
]

build("p270-8", T, figs, [
    "National culture paper, no dateline at the top; byline and a bare date '18/11/2024' at the end (taken as published). National figures: Việt Nam.",
    "'gần 25 năm' and 'tổng kết 25 năm' are durations/anniversaries (optional); '(2000-2025)' is a span of years (not a figure).",
    "'chiếm 89,2% tổng số hộ' and 'đạt 91,5%' are percents of their counts; 'đạt 77,9%' of 8.254/10.598 (total 10598).",
    "'Thái Bình đứng thứ nhất cả nước' is a rank (number word) located in Thái Bình; the following provinces in brackets share the indicator.",
    "Library system '1 …, 63 …, 613 … và hơn 4.800 …' after 'gồm': the head has no number, so no totals; each is a national count.",
    "'7 tỉnh …, gồm Lai Châu, …' is a national count of provinces (location Việt Nam); 'dưới 80%' is its threshold (optional).",
    "'phấn đấu đến năm 2030' governs both targets. 'Chiến lược … đến năm 2030' is a name. 'dự kiến … quý II/2025 … khoảng 1.200' = forecast.",
], published="2024-11-18", location="Việt Nam")
