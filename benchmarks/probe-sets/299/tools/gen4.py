from lib import F, P, CH, build

TEXT = """TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ VIỆT NAM
Tin hoạt động › Chăm lo Tết

Tổng kết chương trình "Tết Nhân ái" Xuân Giáp Thìn 2024: hơn 2,1 triệu suất quà đến với người khó khăn

Ngày đăng: 26/02/2024

Chiều 25/2, tại Hà Nội, Trung ương Hội Chữ thập đỏ Việt Nam tổ chức hội nghị trực tuyến tổng kết chương trình "Tết Nhân ái" Xuân Giáp Thìn 2024 với 63 điểm cầu tỉnh, thành phố.

Theo báo cáo, từ ngày 1/12/2023 đến ngày 20/2/2024, các cấp Hội trong cả nước đã vận động và trao hơn 2,1 triệu suất quà, tổng trị giá trên 1.120 tỷ đồng, tăng 9,6% so với Tết Quý Mão. Trong số này, quà của Trung ương Hội đạt 86,4 tỷ đồng, chiếm 7,7%. Bình quân mỗi suất quà trị giá khoảng 530.000 đồng.

Các địa phương vận động được nhiều nhất là TP Hồ Chí Minh (142,5 tỷ đồng), Hà Nội (98,3 tỷ đồng), Đồng Nai (61,7 tỷ đồng) và Nghệ An (48,2 tỷ đồng); 28 tỉnh, thành phố đạt trên 10 tỷ đồng.

Bên cạnh quà Tết, các cấp Hội đã tổ chức 1.240 phiên chợ nhân đạo; các "Chuyến xe nhân đạo" đưa gần 9.000 công nhân, sinh viên về quê đón Tết; kết nối 21.350 địa chỉ nhân đạo với các nhà tài trợ. Lễ hội Xuân hồng lần thứ 17 tiếp nhận khoảng 96 nghìn đơn vị máu.

Phát biểu kết luận, Chủ tịch Trung ương Hội đề nghị các cấp Hội phấn đấu trong năm 2024 vận động nguồn lực đạt 2,5 nghìn tỷ đồng, trợ giúp ít nhất 5 triệu lượt người; Tết Ất Tỵ 2025 dự kiến trao khoảng 2,3 triệu suất quà. Dịp này, Trung ương Hội tặng Bằng khen cho 45 tập thể và 30 cá nhân có thành tích xuất sắc.

Trụ sở: 82 Nguyễn Du, Hai Bà Trưng, Hà Nội | Điện thoại: 024.3822.4030
"""

PER = P("từ ngày 1/12/2023 đến ngày 20/2/2024", "2023-12-01", "2024-02-20")
PERi = P("từ ngày 1/12/2023 đến ngày 20/2/2024", "2023-12-01", "2024-02-20", inh=True)
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "nguồn lực vận động chăm lo Tết"

FIGS = [
    F("2024: hơn 2,1 triệu", "2,1", 2.1e6, "count", "suất quà", "suất quà Tết Nhân ái", approx="over", period=PERi),
    F("với 63 điểm cầu", "63", 63, "count", "điểm cầu", "điểm cầu tỉnh, thành phố", optional=True),
    F("trao hơn 2,1 triệu", "2,1", 2.1e6, "count", "suất quà", "suất quà trao cho người khó khăn", approx="over", period=PER),
    F("trên 1.120 tỷ", "1.120", 1120e9, "money", "đồng", "tổng trị giá quà Tết", approx="over",
      change=CH("increase", 9.6, "%", "Tết Quý Mão"), period=PER),
    F("đạt 86,4 tỷ", "86,4", 86.4e9, "money", "đồng", "quà của Trung ương Hội", total=1120e9, percent=7.7, period=PERi),
    F("khoảng 530.000 đồng", "530.000", 530000, "money", "đồng", "trị giá bình quân mỗi suất quà", approx="about", period=PERi),
    F("(142,5 tỷ", "142,5", 142.5e9, "money", "đồng", SUBJ, location="TP Hồ Chí Minh", period=PERi),
    F("(98,3 tỷ", "98,3", 98.3e9, "money", "đồng", SUBJ, location="Hà Nội", period=PERi),
    F("(61,7 tỷ", "61,7", 61.7e9, "money", "đồng", SUBJ, location="Đồng Nai", period=PERi),
    F("(48,2 tỷ", "48,2", 48.2e9, "money", "đồng", SUBJ, location="Nghệ An", period=PERi),
    F("28 tỉnh", "28", 28, "count", "tỉnh, thành phố", "tỉnh, thành phố vận động đạt trên 10 tỷ đồng", period=PERi),
    F("trên 10 tỷ", "10", 10e9, "money", "đồng", "ngưỡng nguồn lực vận động", approx="over", optional=True),
    F("tổ chức 1.240 phiên", "1.240", 1240, "count", "phiên chợ nhân đạo", "phiên chợ nhân đạo", period=PERi),
    F("gần 9.000 công nhân", "9.000", 9000, "count", "công nhân, sinh viên", "công nhân, sinh viên được đưa về quê đón Tết",
      approx="nearly", period=PERi),
    F("kết nối 21.350 địa chỉ", "21.350", 21350, "count", "địa chỉ nhân đạo", "địa chỉ nhân đạo kết nối với nhà tài trợ",
      period=PERi),
    F("khoảng 96 nghìn", "96", 96000, "count", "đơn vị máu", "đơn vị máu tiếp nhận tại Lễ hội Xuân hồng", approx="about",
      period=PERi),
    F("lần thứ 17", "17", 17, "count", "lần", optional=True),
    F("đạt 2,5 nghìn tỷ", "2,5", 2.5e12, "money", "đồng", "nguồn lực vận động", status="target", period=Y24),
    F("ít nhất 5 triệu", "5", 5e6, "count", "lượt người", "lượt người được trợ giúp", approx="at_least",
      status="target", period=Y24),
    F("khoảng 2,3 triệu", "2,3", 2.3e6, "count", "suất quà", "suất quà Tết Ất Tỵ 2025", approx="about", status="forecast"),
    F("cho 45 tập thể", "45", 45, "count", "tập thể", "tập thể được tặng Bằng khen"),
    F("và 30 cá nhân", "30", 30, "count", "cá nhân", "cá nhân được tặng Bằng khen"),
]

COMMENTS = [
    "Trung ương Hội Chữ thập đỏ Việt Nam (national organisation site): tổng kết 'Tết Nhân ái' Xuân Giáp Thìn 2024. 'Ngày đăng: 26/02/2024' (no time).",
    "National figures → location Việt Nam; the provinces in the list sharing 'nguồn lực vận động' are the items' locations.",
    "The reporting period 'từ ngày 1/12/2023 đến ngày 20/2/2024' is a date range (start/end); later sentences inherit it. The headline figure repeats 2,1 triệu (inherited period).",
    "'Trong số này' after the whole 1.120 tỷ → 86,4 tỷ total 1.120 tỷ, 'chiếm 7,7%' its share. '2,5 nghìn tỷ' = 2,5·10^12. 'khoảng 96 nghìn' = 96000.",
    "'phấn đấu trong năm 2024' → targets; 'ít nhất 5 triệu' at_least. 'Tết Ất Tỵ 2025 dự kiến … khoảng 2,3 triệu' → forecast; 'Tết Ất Tỵ 2025' names a holiday, not a calendar span: no period given.",
    "'63 điểm cầu' (meeting structure) and the threshold 'trên 10 tỷ đồng' are optional. 'Lễ hội Xuân hồng lần thứ 17' (edition number) is optional, as 'lần thứ 4' in h05.",
    "Distractors: 'Chiều 25/2', 'Xuân Giáp Thìn 2024', 'Tết Quý Mão' (baseline), '82 Nguyễn Du', phone 024.3822.4030, 'Hai Bà Trưng'.",
]

build("p299-4", TEXT, COMMENTS, FIGS, published="2024-02-26", location="Việt Nam")
