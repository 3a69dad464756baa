from lib import F, P, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG TÈ - TỈNH LAI CHÂU

Thứ Ba, 09/07/2024 - 15:20

Mường Tè: Số trường hợp tảo hôn giảm rõ rệt trong 6 tháng đầu năm

6 tháng đầu năm 2024, trên địa bàn huyện xảy ra 27 trường hợp tảo hôn (nữ chưa đủ 18 tuổi, nam chưa đủ 20 tuổi), giảm 11 trường hợp so với cùng kỳ năm 2023. Trong đó, dân tộc Hà Nhì 12 trường hợp, dân tộc Mảng 8 trường hợp, dân tộc Cống 4 trường hợp, còn lại là dân tộc La Hủ. Không phát sinh trường hợp hôn nhân cận huyết thống.

Trong 6 tháng đầu năm, UBND 14 xã, thị trấn đã đăng ký kết hôn cho 186 cặp, đạt 100% số hồ sơ đủ điều kiện; tỷ lệ cặp vợ chồng người dân tộc thiểu số đăng ký kết hôn đúng quy định ước đạt 92,4%, tăng 3,1% so với cùng kỳ.

Công tác tuyên truyền được đẩy mạnh với 64 hội nghị tuyên truyền trực tiếp, 5.120 lượt người tham gia, trong đó có 2.347 lượt học sinh các trường phổ thông dân tộc bán trú. Huyện duy trì 9 câu lạc bộ "Thủ lĩnh của sự thay đổi" tại các trường học; kinh phí thực hiện từ nguồn vốn Dự án 9 là 1,26 tỷ đồng.

Theo ông Pờ Xá Phì, Trưởng phòng Dân tộc huyện, tại các xã biên giới Ka Lăng, Thu Lũm, Pa Ủ, tình trạng "bắt vợ" ở tuổi 14-15 vẫn còn. Năm 2024, huyện phấn đấu giảm từ 3 đến 5% số cặp tảo hôn so với năm 2023; 100% trường hợp tảo hôn được phát hiện và can thiệp kịp thời.

Mọi thông tin phản ánh xin liên hệ đường dây nóng: 0213.3881.026.

Lò Thị Hương - Phòng Dân tộc huyện
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H1b = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("xảy ra 27 trường hợp", "27", 27, "count", "trường hợp", "trường hợp tảo hôn",
      change={"direction": "decrease", "value": 11, "unit": "trường hợp", "baseline": "cùng kỳ năm 2023"}, period=H1),
    F("chưa đủ 18 tuổi", "18", 18, "measure", "tuổi", "tuổi kết hôn của nữ", optional=True),
    F("chưa đủ 20 tuổi", "20", 20, "measure", "tuổi", "tuổi kết hôn của nam", optional=True),
    F("Hà Nhì 12 trường hợp", "12", 12, "count", "trường hợp", "trường hợp tảo hôn dân tộc Hà Nhì", total=27, period=H1i),
    F("Mảng 8 trường hợp", "8", 8, "count", "trường hợp", "trường hợp tảo hôn dân tộc Mảng", total=27, period=H1i),
    F("Cống 4 trường hợp", "4", 4, "count", "trường hợp", "trường hợp tảo hôn dân tộc Cống", total=27, period=H1i),
    F("UBND 14 xã, thị trấn", "14", 14, "count", "xã, thị trấn", "xã, thị trấn", optional=True),
    F("cho 186 cặp", "186", 186, "count", "cặp", "cặp được đăng ký kết hôn", percent=100, period=H1b),
    F("ước đạt 92,4%", "92,4", 92.4, "percent", "%",
      "tỷ lệ cặp vợ chồng người dân tộc thiểu số đăng ký kết hôn đúng quy định", status="estimate",
      change={"direction": "increase", "value": 3.1, "unit": "%", "baseline": "cùng kỳ"}, period=H1b),
    F("với 64 hội nghị", "64", 64, "count", "hội nghị", "hội nghị tuyên truyền trực tiếp", period=H1i),
    F("5.120 lượt người", "5.120", 5120, "count", "lượt người", "lượt người tham gia", period=H1i),
    F("có 2.347 lượt học sinh", "2.347", 2347, "count", "lượt học sinh",
      "lượt học sinh các trường phổ thông dân tộc bán trú tham gia", total=5120, period=H1i),
    F("duy trì 9 câu lạc bộ", "9", 9, "count", "câu lạc bộ", "câu lạc bộ \"Thủ lĩnh của sự thay đổi\" tại các trường học",
      period=H1i),
    F("là 1,26 tỷ đồng", "1,26", 1260000000, "money", "đồng", "kinh phí thực hiện từ nguồn vốn Dự án 9", period=H1i),
    F("tuổi 14-15", "14", 14, "measure", "tuổi", "tuổi bắt vợ", value_max=15, optional=True),
    F("từ 3 đến 5% số cặp", "3", 3, "percent", "%", "số cặp tảo hôn giảm so với năm 2023", value_max=5,
      status="target", period=Y24),
    F("100% trường hợp tảo hôn", "100", 100, "percent", "%", "trường hợp tảo hôn được phát hiện và can thiệp kịp thời",
      status="target", period=Y24),
]

COMMENTS = [
    "District portal (huyện Mường Tè, Lai Châu), 'Thứ Ba, dd/mm/yyyy - hh:mm' dateline, byline at the end; tảo hôn 6 months 2024.",
    "'Trong đó, dân tộc Hà Nhì 12 ..., Mảng 8 ..., Cống 4' are parts of the 27 cases (total 27); ethnic groups are not places, so they stay in the subject.",
    "'Trong 6 tháng đầu năm' (no year) takes 2024 from the earlier period. '186 cặp, đạt 100% số hồ sơ đủ điều kiện' -> percent 100.",
    "'ước đạt 92,4%, tăng 3,1% so với cùng kỳ': estimate level with its change. Communication paragraph has no period of its own (inherited H1 2024).",
    "Legal ages (18, 20 tuổi) and 'tuổi 14-15' optional (criteria / descriptive ages); '14 xã, thị trấn' structure count optional.",
    "Distractors: Dự án 9, hotline 0213.3881.026, dateline time, commune names.",
]

build("p347-2", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Mường Tè")
