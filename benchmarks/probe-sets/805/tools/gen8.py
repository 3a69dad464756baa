"""p805-8: Báo Bắc Ninh online, (BNO) tag, headline figure; đồ gỗ mỹ nghệ Từ Sơn 2024."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế
Đồ gỗ mỹ nghệ Từ Sơn xuất khẩu hơn 200 triệu USD
Thứ Ba, 28/01/2025 16:40

(BNO) - Năm 2024, kim ngạch xuất khẩu đồ gỗ mỹ nghệ của các làng nghề trên địa bàn thành phố Từ Sơn đạt hơn 200 triệu USD, tăng 16% so với năm 2023, chiếm 38% kim ngạch xuất khẩu đồ gỗ mỹ nghệ toàn tỉnh.

Từ Sơn có 5 làng nghề gỗ là Đồng Kỵ, Phù Khê, Hương Mạc, Kim Thiều và Mai Động với khoảng 4.500 cơ sở sản xuất, trong đó 320 cơ sở đã thành lập doanh nghiệp. Số cơ sở ở Đồng Kỵ, Phù Khê và Hương Mạc lần lượt là 1.850, 1.120 và 760 cơ sở. Làng nghề thu hút trên 25.000 lao động, trong đó khoảng 9.000 lao động đến từ các tỉnh Bắc Giang, Hải Dương, Hưng Yên.

Riêng làng Đồng Kỵ, doanh thu năm 2024 ước đạt 3.200 tỷ đồng. Thu nhập bình quân của thợ chạm từ 9-15 triệu đồng/tháng, thợ cả trên 20 triệu đồng/tháng. Với kết quả này, Bắc Ninh xếp thứ 2 cả nước về kim ngạch xuất khẩu đồ gỗ mỹ nghệ, sau Bình Dương.

Năm 2024, Trung tâm Khuyến công tỉnh hỗ trợ mở 4 lớp đào tạo nghề chạm khắc gỗ tại Từ Sơn cho 140 lao động; học viên được hỗ trợ 30.000 đồng/ngày tiền ăn. Tại Hội chợ đồ gỗ Đồng Kỵ lần thứ 5, các doanh nghiệp ký 36 hợp đồng với tổng giá trị gần 85 tỷ đồng.

Năm 2025, thành phố phấn đấu kim ngạch xuất khẩu đồ gỗ mỹ nghệ đạt 230 triệu USD. Cụm công nghiệp làng nghề Đồng Quang (diện tích 26,5 ha) dự kiến đi vào hoạt động trong quý III/2025, bố trí mặt bằng cho khoảng 150 cơ sở di dời khỏi khu dân cư.

Thu Hằng
"""

TS = "Từ Sơn"
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
EXP = "kim ngạch xuất khẩu đồ gỗ mỹ nghệ"
CS = "cơ sở sản xuất đồ gỗ"

FIGS = [
    F("xuất khẩu hơn 200 triệu USD", "200", "money", "USD", EXP, mult=10**6, approx="over", location=TS),
    F("đạt hơn 200 triệu USD", "200", "money", "USD", EXP, mult=10**6, approx="over",
      change=C("increase", 16, baseline="năm 2023"), percent=38, period=Y24, location=TS),
    F("có 5 làng nghề", "5", "count", "làng nghề", "làng nghề gỗ", location=TS),
    F("khoảng 4.500 cơ sở", "4.500", "count", "cơ sở", CS, approx="about", location=TS),
    F("320 cơ sở", "320", "count", "cơ sở", "cơ sở đã thành lập doanh nghiệp", total=4500, location=TS),
    F("là 1.850", "1.850", "count", "cơ sở", CS, location=TS),
    F("1.120 và", "1.120", "count", "cơ sở", CS, location=TS),
    F("760 cơ sở", "760", "count", "cơ sở", CS, location=TS),
    F("trên 25.000 lao động", "25.000", "count", "lao động", "lao động làng nghề gỗ", approx="over", location=TS),
    F("khoảng 9.000 lao động", "9.000", "count", "lao động", "lao động đến từ các tỉnh lân cận", approx="about",
      total=25000, location=TS),
    F("ước đạt 3.200 tỷ đồng", "3.200", "money", "đồng", "doanh thu làng Đồng Kỵ", mult=10**9, status="estimate",
      period=Y24b, location=TS),
    F("từ 9-15 triệu đồng/tháng", "9", "money", "đồng/tháng", "thu nhập bình quân của thợ chạm", mult=10**6,
      vmax="15", location=TS),
    F("trên 20 triệu đồng/tháng", "20", "money", "đồng/tháng", "thu nhập của thợ cả", mult=10**6, approx="over",
      location=TS),
    F("xếp thứ 2", "2", "rank", "hạng", EXP, location="Bắc Ninh"),
    F("mở 4 lớp", "4", "count", "lớp", "lớp đào tạo nghề chạm khắc gỗ", period=Y24, location=TS),
    F("cho 140 lao động", "140", "count", "lao động", "lao động được đào tạo nghề chạm khắc gỗ", period=Y24,
      location=TS),
    F("30.000 đồng/ngày", "30.000", "money", "đồng/ngày", "hỗ trợ tiền ăn cho học viên", period=Y24, location=TS),
    F("ký 36 hợp đồng", "36", "count", "hợp đồng", "hợp đồng ký tại Hội chợ đồ gỗ Đồng Kỵ", location=TS),
    F("gần 85 tỷ đồng", "85", "money", "đồng", "tổng giá trị hợp đồng", mult=10**9, approx="nearly", location=TS),
    F("đạt 230 triệu USD", "230", "money", "USD", EXP, mult=10**6, status="target",
      period=P("Năm 2025", "2025-01-01", "2025-12-31"), location=TS),
    F("diện tích 26,5 ha", "26,5", "measure", "ha", "diện tích cụm công nghiệp làng nghề Đồng Quang", location=TS),
    F("khoảng 150 cơ sở", "150", "count", "cơ sở", "cơ sở di dời khỏi khu dân cư", approx="about",
      status="forecast", location=TS),
]

COMMENTS = [
    "Báo Bắc Ninh online: headline figure, dateline 'Thứ Ba, 28/01/2025 16:40', '(BNO) -' tag; đồ gỗ mỹ nghệ Từ Sơn 2024.",
    "Figures of Từ Sơn (a city of Bắc Ninh) get location Từ Sơn; the rank 'Bắc Ninh xếp thứ 2 cả nước' is Bắc Ninh.",
    "Provinces the workers come from (Bắc Giang, Hải Dương, Hưng Yên) are not the place of the 9.000; 'sau Bình Dương' is not a figure.",
    "The 'lần lượt là 1.850, 1.120 và 760 cơ sở' list shares the indicator; villages are wards of Từ Sơn, so location Từ Sơn; no total (no cue).",
    "'quý III/2025' is a schedule, not the period of the 150 cơ sở (forecast). 'lần thứ 5' is an ordinal.",
]

write("p805-8", TEXT, FIGS, COMMENTS, published="2025-01-28", location="Bắc Ninh")
