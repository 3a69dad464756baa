from lib import F, P, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG
Trang chủ > Tin tức > Kinh tế

Cao tốc Bảo Lộc – Liên Khương: giải ngân 9 tháng đạt 71,4% kế hoạch vốn
Cập nhật: 14/10/2024 08:30 | Lượt xem: 1.236

(lamdong.gov.vn) - Chiều 11/10, Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Lâm Đồng tổ chức giao ban tiến độ Dự án đường cao tốc Bảo Lộc – Liên Khương (phê duyệt tại Quyết định số 1089/QĐ-UBND).

Dự án có chiều dài 73,6 km, đi qua thành phố Bảo Lộc và các huyện Bảo Lâm, Di Linh, Đức Trọng; giai đoạn 1 đầu tư 4 làn xe, vận tốc thiết kế 100 km/h. Tổng mức đầu tư 19.710 tỷ đồng, trong đó vốn ngân sách nhà nước 9.270 tỷ đồng, chiếm 47%.

Về giải phóng mặt bằng, tính đến ngày 30/9/2024, tỉnh đã bàn giao 71,8/73,6 km, đạt 97,6%; diện tích còn lại khoảng 6,5 ha, gồm huyện Di Linh 4,2 ha và huyện Đức Trọng 2,3 ha. Toàn tuyến còn 37 hộ dân chưa nhận tiền bồi thường.

Trong 9 tháng năm 2024, dự án giải ngân 1.285 tỷ đồng, đạt 71,4% kế hoạch vốn năm (1.800 tỷ đồng), tăng 23,5% so với cùng kỳ năm 2023. Lũy kế giá trị sản lượng ước đạt khoảng 3.870 tỷ đồng, tương đương 26,8% giá trị các hợp đồng xây lắp. Tỷ lệ khối lượng hoàn thành theo địa bàn: huyện Bảo Lâm đạt 31,2%, huyện Di Linh 28,5%, huyện Đức Trọng 22,9%.

Trên công trường hiện có 18 mũi thi công với hơn 650 cán bộ, công nhân và 320 máy móc, thiết bị của Công ty CP Đầu tư xây dựng 479 và Tổng công ty Xây dựng công trình giao thông 8 (Cienco 8), thi công "3 ca, 4 kíp".

Tỉnh phấn đấu đến ngày 31/12/2024 giải ngân 100% kế hoạch vốn được giao, bàn giao toàn bộ mặt bằng trước ngày 15/11/2024. Đường dây nóng của Ban: 0263.3822.415.

Minh Châu
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9T = P("9 tháng", "2024-01-01", "2024-09-30")
ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
ASOF_I = P("tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)

FIGS = [
    F("9 tháng đạt 71,4%", "71,4", 71.4, "percent", "%", "giải ngân kế hoạch vốn", period=M9T),
    F("chiều dài 73,6 km", "73,6", 73.6, "measure", "km", "chiều dài dự án"),
    F("đầu tư 4 làn xe", "4", 4, "count", "làn xe", "làn xe giai đoạn 1"),
    F("thiết kế 100 km/h", "100", 100, "measure", "km/h", "vận tốc thiết kế"),
    F("Tổng mức đầu tư 19.710 tỷ", "19.710", 19.71e12, "money", "đồng", "Tổng mức đầu tư"),
    F("nhà nước 9.270 tỷ", "9.270", 9.27e12, "money", "đồng", "vốn ngân sách nhà nước",
      total=19.71e12, percent=47),
    F("bàn giao 71,8/73,6 km", "71,8", 71.8, "measure", "km", "mặt bằng đã bàn giao",
      total=73.6, percent=97.6, period=ASOF),
    F("khoảng 6,5 ha", "6,5", 6.5, "measure", "ha", "diện tích còn lại", approx="about", period=ASOF),
    F("Di Linh 4,2 ha", "4,2", 4.2, "measure", "ha", "diện tích còn lại", total=6.5, period=ASOF, location="Di Linh"),
    F("Đức Trọng 2,3 ha", "2,3", 2.3, "measure", "ha", "diện tích còn lại", total=6.5, period=ASOF,
      location="Đức Trọng"),
    F("còn 37 hộ", "37", 37, "count", "hộ dân", "hộ dân chưa nhận tiền bồi thường", period=ASOF_I),
    F("giải ngân 1.285 tỷ", "1.285", 1.285e12, "money", "đồng", "dự án giải ngân",
      percent=71.4, target={"value": 1.8e12, "unit": "đồng"},
      change=chg("increase", 23.5, "%", "cùng kỳ năm 2023"), period=M9),
    F("khoảng 3.870 tỷ", "3.870", 3.87e12, "money", "đồng", "Lũy kế giá trị sản lượng",
      approx="about", status="estimate", percent=26.8),
    F("Bảo Lâm đạt 31,2%", "31,2", 31.2, "percent", "%", "Tỷ lệ khối lượng hoàn thành", location="Bảo Lâm"),
    F("Di Linh 28,5%", "28,5", 28.5, "percent", "%", "Tỷ lệ khối lượng hoàn thành", location="Di Linh"),
    F("Đức Trọng 22,9%", "22,9", 22.9, "percent", "%", "Tỷ lệ khối lượng hoàn thành", location="Đức Trọng"),
    F("có 18 mũi", "18", 18, "count", "mũi thi công", "mũi thi công trên công trường"),
    F("hơn 650 cán bộ", "650", 650, "count", "cán bộ, công nhân", "cán bộ, công nhân trên công trường",
      approx="over"),
    F("và 320 máy móc", "320", 320, "count", "máy móc, thiết bị", "máy móc, thiết bị trên công trường"),
    F("giải ngân 100%", "100", 100, "percent", "%", "giải ngân kế hoạch vốn được giao", status="target",
      period=P("đến ngày 31/12/2024", None, "2024-12-31")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Lâm Đồng: tiến độ cao tốc Bảo Lộc – Liên Khương (project entirely inside Lâm Đồng) to 30/9/2024.",
    "Dateline 'Cập nhật: 14/10/2024 08:30 | Lượt xem: 1.236' (counter = page furniture). Distractors: Quyết định số 1089/QĐ-UBND,",
    "'Chiều 11/10', 'giai đoạn 1', contractor names 'Công ty ... 479', 'Tổng công ty ... 8 (Cienco 8)', slogan '3 ca, 4 kíp', dates, hotline.",
    "Headline 71,4% is a percent figure of its own (in the body 71,4% is the percent attribute of 1.285 tỷ); its '9 tháng' takes 2024 from published.",
    "'71,8/73,6 km' total 73.6; '(1.800 tỷ đồng)' after 'kế hoạch vốn năm' is the target of 1.285 tỷ; 'gồm' gives 4,2/2,3 ha the total 6.5.",
    "District list items: districts go to location, subject is the list's indicator. Project facts (length, investment, lanes) have no period.",
]

write("p335-1", TEXT, FIGS, COMMENTS, published="2024-10-14", location="Lâm Đồng")
