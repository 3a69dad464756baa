from lib import F, P, ch, emit

TEXT = """Phà Bình Khánh phục vụ hơn 4,1 triệu lượt người qua sông trong quý III/2024
Ngày đăng: 15/10/2024 | Chuyên mục: Giao thông - Đô thị

Theo Công ty TNHH MTV Dịch vụ công ích Thanh niên Xung phong, trong quý III/2024, bến phà Bình Khánh (nối huyện Cần Giờ với huyện Nhà Bè) đã tổ chức 38.640 chuyến phà, vận chuyển hơn 4,1 triệu lượt người, 2,36 triệu lượt xe máy và 187.000 lượt ô tô các loại. So với quý II/2024, lượng khách qua phà tăng 5,8%, chủ yếu do nhu cầu du lịch hè.

Hiện bến phà có 9 phà đang khai thác, gồm 6 phà loại 100 tấn và 3 phà loại 200 tấn. Vào giờ cao điểm, thời gian chờ trung bình từ 15 đến 20 phút; ngày thường khoảng 5 phút.

Tuyến tàu cao tốc Cần Giờ - Vũng Tàu trong 9 tháng năm 2024 đã vận chuyển 62.450 lượt khách, đạt 78% kế hoạch năm, tăng 14,2% so với cùng kỳ. Giá vé hiện là 250.000 đồng/lượt đối với người lớn và 150.000 đồng/lượt đối với trẻ em từ 6 đến 11 tuổi.

Trong quý III, Đội Cảnh sát đường thủy phối hợp UBND xã Bình Khánh kiểm tra 1.215 lượt phương tiện thủy, nhắc nhở 96 trường hợp hành khách không mặc áo phao, xử phạt 11 phương tiện chở quá số người quy định.

UBND huyện đã đề nghị Sở Giao thông vận tải bổ sung 2 phà loại 200 tấn trong năm 2025, với kinh phí dự kiến khoảng 46 tỷ đồng, nhằm giảm ùn ứ vào dịp lễ, Tết. Đường dây nóng bến phà Bình Khánh: 028.3874.0135; địa chỉ: ấp Bình Trường, xã Bình Khánh, huyện Cần Giờ.

Ban Biên tập Trang thông tin điện tử huyện Cần Giờ
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3I = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
T9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3b = P("Trong quý III", "2024-07-01", "2024-09-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 4,1 triệu lượt người qua sông", "4,1", 4100000, "count", "lượt người",
      "lượt người qua sông phà Bình Khánh phục vụ", Q3, approx="over"),
    F("tổ chức 38.640 chuyến", "38.640", 38640, "count", "chuyến phà", "chuyến phà", Q3),
    F("vận chuyển hơn 4,1 triệu lượt người,", "4,1", 4100000, "count", "lượt người",
      "lượt người vận chuyển", Q3, approx="over"),
    F("2,36 triệu lượt xe máy", "2,36", 2360000, "count", "lượt xe máy", "lượt xe máy vận chuyển", Q3),
    F("187.000 lượt ô tô", "187.000", 187000, "count", "lượt ô tô", "lượt ô tô các loại vận chuyển", Q3),
    F("phà tăng 5,8%", "5,8", 5.8, "percent", "%", "lượng khách qua phà tăng so với quý II/2024", Q3I),
    F("có 9 phà", "9", 9, "count", "phà", "phà đang khai thác"),
    F("gồm 6 phà", "6", 6, "count", "phà", "phà loại 100 tấn", total=9),
    F("loại 100 tấn", "100", 100, "measure", "tấn", "loại phà", optional=True),
    F("và 3 phà", "3", 3, "count", "phà", "phà loại 200 tấn", total=9),
    F("3 phà loại 200 tấn", "200", 200, "measure", "tấn", "loại phà", optional=True),
    F("từ 15 đến 20 phút", "15", 15, "measure", "phút", "thời gian chờ trung bình giờ cao điểm", value_max=20),
    F("khoảng 5 phút", "5", 5, "measure", "phút", "thời gian chờ ngày thường", approx="about"),
    F("vận chuyển 62.450 lượt khách", "62.450", 62450, "count", "lượt khách",
      "lượt khách tuyến tàu cao tốc Cần Giờ - Vũng Tàu vận chuyển", T9,
      percent=78, change=ch("increase", 14.2, baseline="cùng kỳ")),
    F("là 250.000 đồng/lượt", "250.000", 250000, "money", "đồng/lượt", "giá vé người lớn"),
    F("và 150.000 đồng/lượt", "150.000", 150000, "money", "đồng/lượt", "giá vé trẻ em"),
    F("từ 6 đến 11 tuổi", "6", 6, "measure", "tuổi", "tuổi trẻ em", value_max=11, optional=True),
    F("kiểm tra 1.215 lượt", "1.215", 1215, "count", "lượt phương tiện thủy", "lượt phương tiện thủy kiểm tra", Q3b),
    F("nhắc nhở 96 trường hợp", "96", 96, "count", "trường hợp",
      "trường hợp hành khách không mặc áo phao nhắc nhở", Q3b),
    F("xử phạt 11 phương tiện", "11", 11, "count", "phương tiện", "phương tiện chở quá số người quy định xử phạt", Q3b),
    F("bổ sung 2 phà", "2", 2, "count", "phà", "phà loại 200 tấn đề nghị bổ sung", Y25, optional=True),
    F("2 phà loại 200 tấn", "200", 200, "measure", "tấn", "loại phà", optional=True),
    F("khoảng 46 tỷ đồng", "46", 46000000000, "money", "đồng", "kinh phí bổ sung phà", Y25,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Trang TTĐT huyện Cần Giờ (district portal, TP HCM): Bình Khánh ferry in quý III/2024, high-speed boat Cần Giờ - Vũng Tàu, inspections, proposal.",
    "Dateline 'Ngày đăng: 15/10/2024 | Chuyên mục: …'. Location Cần Giờ for all figures (the district portal's own ferry); 'huyện Nhà Bè' and 'Vũng Tàu' are",
    "ends of the routes, not places of the figures. Distractors: hotline 028.3874.0135, address 'ấp Bình Trường, xã Bình Khánh', company name.",
    "The headline repeats 4,1 triệu (both are figures). 'lượng khách qua phà tăng 5,8%' stands as its own claim (percent, no change), period inherited.",
    "'gồm 6 phà … và 3 phà' are parts of the 9 ferries; ferry classes 'loại 100/200 tấn' are optional. 'Hiện' stock figures and ticket prices have no period.",
    "62.450 lượt khách: percent 78 ('đạt 78% kế hoạch năm') and change 14,2%. 'từ 6 đến 11 tuổi' is an age criterion (optional).",
    "'đề nghị … bổ sung 2 phà' is a request, neither target nor forecast (optional); 'kinh phí dự kiến khoảng 46 tỷ' is a forecast for năm 2025.",
]

emit("p260-5", TEXT, COMMENTS, FIGS, published="2024-10-15", location="Cần Giờ")
