from lib import F, P, I, Y, CH, emit

TEXT = """Báo Sài Gòn Giải Phóng | Văn hóa - Văn nghệ

Hội chữ Xuân: nơi người trẻ tìm về nét xưa

Những ngày cận Tết Giáp Thìn, khuôn viên Nhà Văn hóa Thanh niên TPHCM (số 4 Phạm Ngọc Thạch, quận 1) rộn ràng với Hội chữ Xuân lần thứ 16. Năm nay, Ban tổ chức bố trí 42 gian hàng, trong đó 30 gian hàng dành cho các ông đồ và 12 gian hàng tranh dân gian, sản phẩm thủ công.

Theo ông Trần Minh Khoa, Phó Giám đốc Nhà Văn hóa Thanh niên, từ ngày khai mạc 25/1 đến nay, hội chữ đón trung bình 8.000-10.000 lượt khách/ngày, cuối tuần đạt 15.000 lượt khách/ngày. Có 68 ông đồ tham gia cho chữ, trong đó 21 người dưới 30 tuổi, phần lớn là sinh viên.

Giá xin chữ dao động từ 100.000 đến 300.000 đồng/chữ, tăng 10-20% so với năm trước do giá giấy dó, mực tàu tăng. Một bức thư pháp khổ lớn đóng khung có giá 2-3 triệu đồng.

Năm 2023, hội chữ thu hút khoảng 220.000 lượt khách, doanh thu của các gian hàng đạt gần 4,5 tỷ đồng. Ban tổ chức dự kiến năm nay lượng khách tăng khoảng 15%, đạt 250.000 lượt.

Trong quý I/2024, Nhà Văn hóa Thanh niên dự kiến mở 12 lớp thư pháp cho khoảng 360 học viên, học phí 1,5 triệu đồng/khóa.

"Mỗi nét chữ là một lời chúc, người trẻ đến đây không chỉ xin chữ mà còn để hiểu thêm văn hóa dân tộc", ông đồ Nguyễn Văn Tâm, 72 tuổi, chia sẻ.

THU HƯỜNG
08/02/2024
"""

NAY = Y(2024, "Năm nay")
KM = P("từ ngày khai mạc 25/1 đến nay", "2024-01-25", "2024-02-08")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("bố trí 42 gian hàng", "42", 42, "count", "gian hàng", "gian hàng Hội chữ Xuân", NAY),
    F("30 gian hàng", "30", 30, "count", "gian hàng", "gian hàng dành cho các ông đồ", NAY, total=42),
    F("12 gian hàng", "12", 12, "count", "gian hàng", "gian hàng tranh dân gian, sản phẩm thủ công", NAY, total=42),
    F("8.000-10.000", "8.000", 8000, "measure", "lượt khách/ngày", "lượt khách hội chữ đón trung bình mỗi ngày", KM,
      value_max=10000),
    F("đạt 15.000 lượt", "15.000", 15000, "measure", "lượt khách/ngày", "lượt khách mỗi ngày cuối tuần", KM),
    F("Có 68 ông đồ", "68", 68, "count", "ông đồ", "ông đồ tham gia cho chữ"),
    F("21 người", "21", 21, "count", "người", "ông đồ dưới 30 tuổi", total=68),
    F("dưới 30 tuổi", "30", 30, "measure", "tuổi", approx="under", optional=True),
    F("từ 100.000 đến 300.000 đồng/chữ", "100.000", 100000, "money", "đồng/chữ", "giá xin chữ", value_max=300000,
      change=CH("increase", 10, baseline="năm trước")),
    F("2-3 triệu đồng", "2", 2e6, "money", "đồng", "giá bức thư pháp khổ lớn đóng khung", value_max=3e6),
    F("khoảng 220.000 lượt khách", "220.000", 220000, "count", "lượt khách", "lượt khách hội chữ thu hút",
      Y(2023, "Năm 2023"), approx="about"),
    F("gần 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "doanh thu của các gian hàng", Y(2023, "Năm 2023"), approx="nearly"),
    F("đạt 250.000 lượt", "250.000", 250000, "count", "lượt", "lượng khách hội chữ", Y(2024, "năm nay"), status="forecast",
      change=CH("increase", 15, approx="about")),
    F("mở 12 lớp", "12", 12, "count", "lớp", "lớp thư pháp", Q1, status="forecast"),
    F("khoảng 360 học viên", "360", 360, "count", "học viên", "học viên lớp thư pháp", Q1, approx="about", status="forecast"),
    F("1,5 triệu đồng/khóa", "1,5", 1.5e6, "money", "đồng/khóa", "học phí lớp thư pháp", Q1, status="forecast"),
    F("72 tuổi", "72", 72, "measure", "tuổi", "tuổi ông đồ Nguyễn Văn Tâm", optional=True),
]

COMMENTS = [
    "Báo Sài Gòn Giải Phóng (Party newspaper): Hội chữ Xuân at Nhà Văn hóa Thanh niên TPHCM, Tết Giáp Thìn — booths, visitors/day,",
    "ông đồ, price of characters, 2023 results, 2024 forecast, calligraphy classes in quý I/2024. Byline and bare date '08/02/2024' at the end.",
    "Location TP Hồ Chí Minh ('quận 1' is part of an address). 'Năm nay' = 2024. '25/1 … đến nay' ends at the date line.",
    "Visitors per day are rates: measure, unit 'lượt khách/ngày'. 'tăng 10-20% so với năm trước' after a price range is its change",
    "(value 10, the low end). 'lượng khách tăng khoảng 15%, đạt 250.000 lượt' gives one forecast figure 250.000 with that change.",
    "'dự kiến' governs the whole quý I sentence (classes, students, fee): forecast. Ages ('dưới 30 tuổi', '72 tuổi') optional.",
    "Distractors: 'lần thứ 16' (edition), 'số 4 Phạm Ngọc Thạch, quận 1', 'một lời chúc', 'Một bức thư pháp', date line.",
]

if __name__ == "__main__":
    emit("p771-5", TEXT, COMMENTS, FIGS, published="2024-02-08", location="TP Hồ Chí Minh")
