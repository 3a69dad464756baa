from lib import F, P, build

A = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cổng thông tin điện tử

Xâm nhập mặn mùa khô 2023-2024 ở mức cao nhưng vẫn trong tầm kiểm soát
Thứ Hai, 26/02/2024 | 10:30

Theo Tổng cục Thủy lợi, xâm nhập mặn vùng Đồng bằng sông Cửu Long mùa khô năm nay cao hơn trung bình nhiều năm nhưng thấp hơn năm 2016 và năm 2020. Trong đợt hạn mặn lịch sử năm 2016, toàn vùng có khoảng 405.000 ha lúa bị thiệt hại; năm 2020, diện tích lúa thiệt hại khoảng 58.000 ha, hơn 96 nghìn hộ thiếu nước sinh hoạt.

Tính đến ngày 25/2/2024, đã có 5 tỉnh công bố tình huống khẩn cấp về thiên tai do hạn hán, xâm nhập mặn gồm Tiền Giang, Bến Tre, Long An, Kiên Giang và Cà Mau. Toàn vùng hiện có 62.370 hộ thiếu nước sinh hoạt, chiếm khoảng 1,5% tổng số hộ: Cà Mau 12.540 hộ, Bến Tre 14.200 hộ, Kiên Giang 11.680 hộ, Tiền Giang 8.950 hộ, còn lại thuộc các tỉnh Long An, Trà Vinh, Sóc Trăng. Diện tích lúa Đông Xuân có nguy cơ bị ảnh hưởng khoảng 49.000 ha, chiếm 3,2% diện tích xuống giống toàn vùng (1,53 triệu ha).

Dự báo trong tháng 3/2024, ranh mặn 4 g/l trên các cửa sông Cửu Long vào sâu từ 50 đến 60 km, trên sông Vàm Cỏ khoảng 90-95 km; độ mặn lớn nhất tại cửa sông có thể tăng thêm 1-2 g/l so với tháng 2.

Giai đoạn 2021-2025, Bộ đã đầu tư 14 công trình kiểm soát mặn quy mô lớn với tổng vốn khoảng 12,3 nghìn tỷ đồng, trong đó dự án cống Cái Lớn - Cái Bé 3.309 tỷ đồng. Năm 2024, Thủ tướng Chính phủ đã quyết định hỗ trợ 280 tỷ đồng cho 5 tỉnh nêu trên từ nguồn dự phòng ngân sách trung ương.

Trụ sở: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161.
"""

VN = "Việt Nam"
asof = P("Tính đến ngày 25/2/2024", None, "2024-02-25")
asof_i = P("Tính đến ngày 25/2/2024", None, "2024-02-25", True)
y16 = P("năm 2016", "2016-01-01", "2016-12-31")
y20 = P("năm 2020", "2020-01-01", "2020-12-31")
mar = P("trong tháng 3/2024", "2024-03-01", "2024-03-31")
gd = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
HH = "hộ thiếu nước sinh hoạt"

FIGS = [
    F("khoảng 405.000 ha", "405.000", 405000, "measure", "ha", "lúa bị thiệt hại", y16, approx="about"),
    F("khoảng 58.000 ha", "58.000", 58000, "measure", "ha", "diện tích lúa thiệt hại", y20, approx="about"),
    F("hơn 96 nghìn hộ", "96", 96000, "count", "hộ", HH, y20, approx="over"),
    F("có 5 tỉnh công bố", "5", 5, "count", "tỉnh", "tỉnh công bố tình huống khẩn cấp về thiên tai do hạn hán, xâm nhập mặn", asof, location=VN),
    F("có 62.370 hộ", "62.370", 62370, "count", "hộ", HH, asof_i, percent=1.5),
    F("Cà Mau 12.540 hộ", "12.540", 12540, "count", "hộ", HH, asof_i, total=62370, location="Cà Mau"),
    F("Bến Tre 14.200 hộ", "14.200", 14200, "count", "hộ", HH, asof_i, total=62370, location="Bến Tre"),
    F("Kiên Giang 11.680 hộ", "11.680", 11680, "count", "hộ", HH, asof_i, total=62370, location="Kiên Giang"),
    F("Tiền Giang 8.950 hộ", "8.950", 8950, "count", "hộ", HH, asof_i, total=62370, location="Tiền Giang"),
    F("khoảng 49.000 ha", "49.000", 49000, "measure", "ha", "diện tích lúa Đông Xuân có nguy cơ bị ảnh hưởng", asof_i, approx="about", percent=3.2),
    F("(1,53 triệu ha)", "1,53", 1530000, "measure", "ha", "diện tích xuống giống lúa Đông Xuân toàn vùng", asof_i),
    F('ranh mặn 4 g/l trên các cửa', '4', 4, "measure", "g/l", "ranh mặn", optional=True),
    F("từ 50 đến 60 km", "50", 50, "measure", "km", "ranh mặn 4 g/l trên các cửa sông Cửu Long vào sâu", mar, value_max=60, status="forecast"),
    F("khoảng 90-95 km", "90", 90, "measure", "km", "ranh mặn 4 g/l trên sông Vàm Cỏ vào sâu", mar, value_max=95, approx="about", status="forecast"),
    F("thêm 1-2 g/l", "1", 1, "measure", "g/l", "độ mặn lớn nhất tại cửa sông tăng thêm so với tháng 2", mar, value_max=2, status="forecast"),
    F("đầu tư 14 công trình", "14", 14, "count", "công trình", "công trình kiểm soát mặn quy mô lớn được đầu tư", gd, location=VN),
    F("khoảng 12,3 nghìn tỷ đồng", "12,3", 12.3e12, "money", "đồng", "tổng vốn đầu tư công trình kiểm soát mặn", gd, approx="about", location=VN),
    F("Cái Bé 3.309 tỷ đồng", "3.309", 3309e9, "money", "đồng", "vốn dự án cống Cái Lớn - Cái Bé", gd, total=12.3e12, location=VN),
    F("hỗ trợ 280 tỷ đồng", "280", 280e9, "money", "đồng", "kinh phí Thủ tướng Chính phủ hỗ trợ từ dự phòng ngân sách trung ương", y24, location=VN),
    F("cho 5 tỉnh nêu trên", "5", 5, "count", "tỉnh", "tỉnh được hỗ trợ", y24, location=VN, optional=True),
]

build(5, A, FIGS, [
    "Ministry portal (Bộ NN&PTNT): regional salinity 2024 vs the historic seasons of 2016 and 2020, emergency declarations, households by province,",
    "rice at risk, March forecast, salinity-control investment 2021-2025. Dateline 'Thứ Hai, 26/02/2024 | 10:30'; address and phone in Hà Nội (not a place of figures).",
    "Regional figures (toàn vùng Đồng bằng sông Cửu Long) take the region as location (FIGURES.md has no rule for regions); the count of provinces and",
    "the ministry's / Government's own totals are national (Việt Nam); the provinces named after '5 tỉnh … gồm' do not make it provincial.",
    "The ':' list after 62.370 gives each province total 62.370; '(1,53 triệu ha)' is a figure of its own; 'chiếm … 1,5%' / '3,2%' are percents.",
    "'tăng thêm 1-2 g/l so với tháng 2' has no base: the rise is the claim (forecast measure range). 'hơn 96 nghìn' = 96000; '12,3 nghìn tỷ' = 12,3·10^12.",
    "'5 tỉnh nêu trên' repeats the count above (optional).",
    "revised after the first run: isohaline labels 'ranh mặn N g/l' added as optional (same convention as p330-1/2; I had left them out here).",
], published="2024-02-26", location="Đồng bằng sông Cửu Long")
