"""p916-6: national newspaper (VnExpress style), Hà Nội termite nests in quý I/2025."""
from lib import F, P, I, C, T, build

TEXT = """Thời sự > Dân sinh

Thứ ba, 15/4/2025, 06:00 (GMT+7)

Hà Nội phát hiện gần 1.500 tổ mối trong thân đê

Hơn 1.400 tổ mối được phát hiện trên các tuyến đê của Hà Nội trong ba tháng đầu năm, nhiều tổ nằm sâu trong thân đê, tiềm ẩn nguy cơ sự cố khi mùa lũ đến.

Theo Chi cục Đê điều và Phòng, chống thiên tai Hà Nội, quý I/2025, các Hạt Quản lý đê phát hiện 1.436 tổ mối, tăng 18% so với cùng kỳ. Ba huyện Ba Vì, Mê Linh và Đông Anh có số tổ mối lớn nhất, lần lượt 312, 276 và 198 tổ. Tuyến đê hữu Hồng đoạn qua Ba Vì, gần Quốc lộ 32, là nơi phát hiện nhiều tổ mối có khoang rộng trên 1 m.

Thành phố hiện quản lý 626 km đê, trong đó 249 km đê từ cấp III đến cấp đặc biệt. Theo PGS.TS Trần Văn Sáu, Viện Khoa học Thủy lợi Việt Nam, mối đất gây ra khoảng 70% sự cố ẩn họa thân đê ở đồng bằng Bắc Bộ. "Một tổ mối trưởng thành có thể ăn sâu vào thân đê 2-3 m, tạo thành hệ thống hang thông từ mái đê phía sông sang phía đồng", ông nói.

Năm 2025, thành phố bố trí 45 tỷ đồng cho duy tu, bảo dưỡng đê điều, trong đó 6,8 tỷ đồng dành cho xử lý mối và khoan phụt vữa. Dự kiến đến hết tháng 5, các đơn vị sẽ khoan phụt vữa gia cố khoảng 15 km đê. Chi phí khoan phụt vữa hiện khoảng 450.000 đồng/m dài. Tính ra, chi phí này gấp 3 lần so với diệt mối bằng thuốc.

Theo Luật Đê điều 2006, hành vi đào bới, xây dựng trái phép trong phạm vi bảo vệ đê bị xử lý nghiêm. Đây là lần thứ 2 trong năm thành phố tổ chức tổng kiểm tra đê.

Ngọc Anh
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
Q1h = P("trong ba tháng đầu năm", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
M5 = P("đến hết tháng 5", None, "2025-05-31")

FIGS = [
    F("gần 1.500 tổ mối", "1.500", 1500, "count", "tổ mối", "tổ mối phát hiện trong thân đê", approx="nearly"),
    F("Hơn 1.400 tổ mối", "1.400", 1400, "count", "tổ mối", "tổ mối phát hiện trên các tuyến đê", Q1h, approx="over"),
    F("phát hiện 1.436 tổ mối", "1.436", 1436, "count", "tổ mối", "tổ mối phát hiện", Q1,
      change=C("increase", 18, "%", "cùng kỳ")),
    F("Ba huyện", "Ba", 3, "count", "huyện", "huyện có số tổ mối lớn nhất", I(Q1), optional=True),
    F("lần lượt 312", "312", 312, "count", "tổ", "số tổ mối", I(Q1), location="Ba Vì"),
    F("312, 276", "276", 276, "count", "tổ", "số tổ mối", I(Q1), location="Mê Linh"),
    F("và 198 tổ", "198", 198, "count", "tổ", "số tổ mối", I(Q1), location="Đông Anh"),
    F("rộng trên 1 m", "1", 1, "measure", "m", "độ rộng khoang tổ mối", approx="over", location="Ba Vì"),
    F("quản lý 626 km", "626", 626, "measure", "km", "đê thành phố quản lý"),
    F("249 km đê", "249", 249, "measure", "km", "đê từ cấp III đến cấp đặc biệt", total=626),
    F("khoảng 70% sự cố", "70", 70, "percent", "%", "tỷ lệ sự cố ẩn họa thân đê do mối đất gây ra", approx="about",
      location=""),
    F("thân đê 2-3 m", "2", 2, "measure", "m", "độ sâu tổ mối ăn vào thân đê", value_max=3, location=""),
    F("bố trí 45 tỷ đồng", "45", 45e9, "money", "đồng", "kinh phí duy tu, bảo dưỡng đê điều", Y25),
    F("trong đó 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "kinh phí xử lý mối và khoan phụt vữa", Y25,
      total=45e9),
    F("khoảng 15 km đê", "15", 15, "measure", "km", "đê được khoan phụt vữa gia cố", M5, approx="about",
      status="forecast"),
    F("khoảng 450.000 đồng/m dài", "450.000", 450000, "money", "đồng/m dài", "chi phí khoan phụt vữa", approx="about"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "chi phí khoan phụt vữa so với diệt mối bằng thuốc"),
]

build("p916-6", TEXT, FIGS, published="2025-04-15", location="Hà Nội", comments=[
    "National newspaper (VnExpress style), 'Thứ ba, 15/4/2025, 06:00 (GMT+7)': Hà Nội termite nests in quý I/2025.",
    "Not figures: '06:00 (GMT+7)', 'Quốc lộ 32', the name 'Trần Văn Sáu', 'Luật Đê điều 2006' (a law's name), 'lần thứ 2' (ordinal),",
    "'cấp III đến cấp đặc biệt' (grades), 'tháng 5' (a deadline month). Headline 'gần 1.500' and lead 'Hơn 1.400' are figures.",
    "'lần lượt 312, 276 và 198 tổ' after 'Ba huyện Ba Vì, Mê Linh và Đông Anh': one figure per district, the district as location.",
    "'Ba huyện Ba Vì, Mê Linh và Đông Anh' counts the items of a top list: optional (as '05 địa phương cao nhất' in the shared gold).",
    "revised after the first run: that optional figure was added (it had been left out).",
    "The expert's 70% share and 2-3 m depth speak of the Red River delta / termite nests in general: location null (not Hà Nội).",
    "'Tính ra, chi phí này gấp 3 lần so với diệt mối bằng thuốc' stands as its own sentence: a multiple; 450.000 đồng/m dài has no change.",
    "'Dự kiến đến hết tháng 5': forecast, as-of end 2025-05-31. Location \"\" = null (overrides the file default).",
])
