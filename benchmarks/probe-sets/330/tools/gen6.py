from lib import F, P, build

A = """Cống Cái Lớn - Cái Bé giữ ngọt cho hàng trăm nghìn ha lúa
Thứ sáu, 8/3/2024, 06:00 (GMT+7)

Kiên Giang - Từ ngày 15/1 đến nay, hai cống Cái Lớn và Cái Bé đóng toàn bộ 15 cửa van, ngăn mặn từ biển Tây theo sông Cái Lớn xâm nhập vào nội đồng.

Theo Ban Quản lý đầu tư và xây dựng thủy lợi 10, độ mặn phía ngoài cống Cái Lớn có thời điểm lên 14,5‰, trong khi phía trong cống chỉ khoảng 0,3‰. Nhờ hệ thống cống, khoảng 238.500 ha đất nông nghiệp của tỉnh được kiểm soát mặn, trong đó 115.200 ha lúa Đông Xuân đang giai đoạn trổ chín.

Ông Nguyễn Văn Tâm, Phó giám đốc Sở Nông nghiệp và Phát triển nông thôn Kiên Giang, cho biết trong các đợt hạn mặn trước, diện tích lúa bị thiệt hại của tỉnh rất lớn: năm 2016 hơn 83.000 ha, năm 2020 là 37.200 ha, năm 2023 chỉ còn 120 ha. "Mùa khô năm nay, đến ngày 5/3 chưa có ha lúa nào bị thiệt hại do mặn", ông Tâm nói.

Tuy vậy, lượng mưa tháng 2/2024 tại Kiên Giang chỉ bằng 15% trung bình nhiều năm, nhiệt độ cao nhất 36-37 độ C. Tính đến ngày 5/3, toàn tỉnh có 4.250 hộ thiếu nước sinh hoạt, giảm 62% so với cùng kỳ năm 2020, chủ yếu ở các huyện An Minh, An Biên, U Minh Thượng.

Dự án cống Cái Lớn - Cái Bé có tổng vốn hơn 3.300 tỷ đồng, bảo vệ vùng sản xuất của 4 tỉnh Kiên Giang, Hậu Giang, Bạc Liêu và Cà Mau. Bộ Nông nghiệp và Phát triển nông thôn dự kiến vận hành đóng cống đến hết tháng 5, khi độ mặn ngoài sông giảm dưới 2‰; dự báo trong tháng 4/2024, mặn tại cửa sông Cái Lớn có thể đạt đỉnh 18‰.

Ngọc Tài
"""

since = P("Từ ngày 15/1 đến nay", "2024-01-15", "2024-03-08")
since_i = P("Từ ngày 15/1 đến nay", "2024-01-15", "2024-03-08", True)
LOSS = "diện tích lúa bị thiệt hại"

FIGS = [
    F("hàng trăm nghìn ha", "trăm", 100000, "measure", "ha", "lúa được giữ ngọt", approx="about", optional=True),
    F("hai cống Cái Lớn và Cái Bé đóng", "hai", 2, "count", "cống", "cống Cái Lớn và Cái Bé", since, optional=True),
    F("bộ 15 cửa van", "15", 15, "count", "cửa van", "cửa van cống Cái Lớn và Cái Bé đóng", since),
    F("lên 14,5‰", "14,5", 14.5, "measure", "‰", "độ mặn phía ngoài cống Cái Lớn", since_i),
    F("khoảng 0,3‰", "0,3", 0.3, "measure", "‰", "độ mặn phía trong cống", since_i, approx="about"),
    F("khoảng 238.500 ha", "238.500", 238500, "measure", "ha", "đất nông nghiệp được kiểm soát mặn", since_i, approx="about"),
    F("115.200 ha", "115.200", 115200, "measure", "ha", "lúa Đông Xuân đang giai đoạn trổ chín", since_i, total=238500),
    F("hơn 83.000 ha", "83.000", 83000, "measure", "ha", LOSS, P("năm 2016", "2016-01-01", "2016-12-31"), approx="over"),
    F("là 37.200 ha", "37.200", 37200, "measure", "ha", LOSS, P("năm 2020", "2020-01-01", "2020-12-31")),
    F("còn 120 ha", "120", 120, "measure", "ha", LOSS, P("năm 2023", "2023-01-01", "2023-12-31")),
    F("bằng 15% trung bình", "15", 15, "percent", "%", "lượng mưa so với trung bình nhiều năm", P("tháng 2/2024", "2024-02-01", "2024-02-29")),
    F("36-37 độ C", "36", 36, "measure", "độ C", "nhiệt độ cao nhất", P("tháng 2/2024", "2024-02-01", "2024-02-29"), value_max=37),
    F("có 4.250 hộ", "4.250", 4250, "count", "hộ", "hộ thiếu nước sinh hoạt", P("Tính đến ngày 5/3", None, "2024-03-05"),
      change={"direction": "decrease", "value": 62, "unit": "%", "baseline": "cùng kỳ năm 2020"}),
    F("hơn 3.300 tỷ đồng", "3.300", 3300e9, "money", "đồng", "tổng vốn dự án cống Cái Lớn - Cái Bé", approx="over"),
    F("của 4 tỉnh", "4", 4, "count", "tỉnh", "tỉnh được bảo vệ vùng sản xuất", location="Việt Nam", optional=True),
    F("dưới 2‰", "2", 2, "measure", "‰", "độ mặn ngoài sông khi mở cống", approx="under", optional=True),
    F("đỉnh 18‰", "18", 18, "measure", "‰", "mặn tại cửa sông Cái Lớn", P("trong tháng 4/2024", "2024-04-01", "2024-04-30"), status="forecast"),
]

build(6, A, FIGS, [
    "National press (VnExpress style): Cái Lớn - Cái Bé sluices in Kiên Giang, salinity inside/outside, protected area, past losses, rain, households.",
    "Dateline 'Thứ sáu, 8/3/2024, 06:00 (GMT+7)', byline at the end. Distractors: 'Ban Quản lý … thủy lợi 10' (name), '(GMT+7)', dates 15/1, 5/3, 'hết tháng 5',",
    "'chưa có ha lúa nào' (no number), districts after 'chủ yếu ở' (several places: figure stays provincial).",
    "'Từ ngày 15/1 đến nay' runs to the dateline; the next paragraph's readings inherit it. '115.200 ha' after 'trong đó' has total 238.500.",
    "Past losses list: each item carries its own 'năm …'. 'bằng 15% trung bình nhiều năm' is a percent figure (no base amount).",
    "'hàng trăm nghìn ha' (headline, number words, approx), '4 tỉnh' (structure), 'dưới 2‰' (threshold) optional. The project cost has no period phrase.",
    "revised after the first run: 'hai cống Cái Lớn và Cái Bé' (a number word naming two sluices, a list head) added as optional, as list heads are in probe 205 / h05.",
], published="2024-03-08", location="Kiên Giang")
