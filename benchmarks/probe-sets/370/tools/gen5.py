from lib import *

TEXT = """
BÁO CẦN THƠ
Phố đi bộ Hai Bà Trưng về đêm: điểm hẹn của du khách Tây Đô
18/03/2024 07:12
PHƯƠNG NGHI

Phố đi bộ Hai Bà Trưng - Bến Ninh Kiều của TP Cần Thơ chính thức hoạt động từ tháng 4/2021. Sau gần 3 năm, nơi đây đã trở thành điểm đến quen thuộc mỗi tối của người dân và du khách.

Năm 2023, phố đi bộ đón khoảng 1,15 triệu lượt khách, tăng 34% so với năm 2022; bình quân mỗi đêm từ 8.000 đến 10.000 lượt khách, dịp lễ, Tết đạt đỉnh 25.000 lượt. Chợ đêm Tây Đô với 180 gian hàng đạt doanh thu khoảng 152 tỷ đồng, bằng 126% so với năm trước.

Quý I/2024, dù mới qua hơn 2 tháng, lượng khách đến phố đi bộ đã đạt 345.000 lượt. Riêng tháng 2/2024, trùng dịp Tết Nguyên đán Giáp Thìn, phố đi bộ đón 118.000 lượt khách, doanh thu các hộ kinh doanh ước đạt 21,6 tỷ đồng.

Theo Trung tâm Xúc tiến Du lịch thành phố, hiện khu vực bến Ninh Kiều có 4 điểm biểu diễn đờn ca tài tử, mỗi tuần tổ chức 12 suất diễn miễn phí. Lực lượng công an, dân quân và trật tự đô thị bố trí 45 người trực mỗi đêm. Năm 2023 ghi nhận 23 vụ việc mất trật tự, trộm cắp, thấp hơn 17 vụ so với năm 2022.

Theo Đề án phát triển kinh tế ban đêm giai đoạn 2021-2025, Cần Thơ phấn đấu đến năm 2025 doanh thu từ kinh tế ban đêm chiếm 10-12% tổng doanh thu dịch vụ du lịch; phố đi bộ thu hút 1,5 triệu lượt khách/năm.

Ông Trần Văn Sáu, hộ kinh doanh tại gian hàng số 27, cho biết: "Tối thứ Bảy tôi bán được gấp 3 lần ngày thường".
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
T2 = P("tháng 2/2024", "2024-02-01", "2024-02-29")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Sau gần 3 năm", "3", 3, "measure", "năm", approx="nearly", optional=True),
    F("đón khoảng 1,15 triệu", "1,15", 1150000, "count", "lượt khách", approx="about",
      change=C("increase", 34, baseline="năm 2022"), subject="lượt khách phố đi bộ", period=Y23),
    F("từ 8.000 đến 10.000", "8.000", 8000, "count", "lượt khách", value_max=10000,
      subject="lượt khách bình quân mỗi đêm", period=Y23),
    F("đạt đỉnh 25.000 lượt", "25.000", 25000, "count", "lượt", subject="lượt khách dịp lễ, Tết", period=Y23),
    F("với 180 gian hàng", "180", 180, "count", "gian hàng", subject="gian hàng Chợ đêm Tây Đô", period=Y23i),
    F("khoảng 152 tỷ đồng", "152", 152e9, "money", "đồng", approx="about", percent=126,
      subject="doanh thu Chợ đêm Tây Đô", period=Y23i),
    F("hơn 2 tháng", "2", 2, "measure", "tháng", approx="over", optional=True),
    F("đạt 345.000 lượt", "345.000", 345000, "count", "lượt", subject="lượng khách đến phố đi bộ", period=Q1),
    F("đón 118.000 lượt khách", "118.000", 118000, "count", "lượt khách", subject="lượt khách phố đi bộ", period=T2),
    F("ước đạt 21,6 tỷ đồng", "21,6", 21.6e9, "money", "đồng", status="estimate",
      subject="doanh thu các hộ kinh doanh", period=T2),
    F("có 4 điểm", "4", 4, "count", "điểm biểu diễn", subject="điểm biểu diễn đờn ca tài tử"),
    F("tổ chức 12 suất diễn", "12", 12, "count", "suất diễn", subject="suất diễn miễn phí mỗi tuần"),
    F("bố trí 45 người", "45", 45, "count", "người", subject="người trực mỗi đêm"),
    F("ghi nhận 23 vụ việc", "23", 23, "count", "vụ việc", change=C("decrease", 17, "vụ", "năm 2022"),
      subject="vụ việc mất trật tự, trộm cắp", period=Y23),
    F("chiếm 10-12%", "10", 10, "percent", "%", value_max=12, status="target",
      subject="doanh thu từ kinh tế ban đêm trong tổng doanh thu dịch vụ du lịch", period=TO25, location="Cần Thơ"),
    F("thu hút 1,5 triệu", "1,5", 1500000, "measure", "lượt khách/năm", status="target",
      subject="lượt khách phố đi bộ", period=TO25),
    F("gấp 3 lần", "3", 3, "multiple", "lần", subject="hàng bán tối thứ Bảy so với ngày thường", optional=True),
]

write("p370-5", [
    "Báo Cần Thơ (Party newspaper): phố đi bộ Hai Bà Trưng - Bến Ninh Kiều and chợ đêm Tây Đô; bare 'dd/mm/yyyy hh:mm' dateline then byline.",
    "'Hai Bà Trưng' is a street name (also a Hà Nội district) and 'Ninh Kiều' the wharf's name: the figures describe the city, location Cần Thơ.",
    "Durations that locate ('Sau gần 3 năm', 'hơn 2 tháng') are optional as in the earlier probe sets. 'bằng 126% so với năm trước' -> percent of 152 tỷ.",
    "'thấp hơn 17 vụ so với năm 2022' -> change decrease 17 vụ. Standing figures with 'hiện'/'mỗi tuần'/'mỗi đêm' have no period.",
    "Target range 'chiếm 10-12%' (value_max 12) 'đến năm 2025'; 'giai đoạn 2021-2025' is the plan's name. Anecdotal 'gấp 3 lần' in a quote: optional.",
    "'1,5 triệu lượt khách/năm' is a rate with its denominator in the unit: kind measure (FIGURES.md Rates).",
    "Distractors: 'tháng 4/2021', 'gian hàng số 27', 'Giáp Thìn', a person's name containing 'Sáu', dateline.",
], TEXT, FIGS, published="2024-03-18", location="Cần Thơ")
