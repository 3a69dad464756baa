from lib import F, P, build

A = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SÓC TRĂNG
Trang chủ > Tin tức > Thủy lợi - Phòng chống thiên tai

Chủ động phòng, chống hạn mặn bảo vệ lúa Đông Xuân 2023-2024
Ngày đăng: 05/02/2024 | Lượt xem: 2.315

Tính đến ngày 31/1/2024, toàn tỉnh đã xuống giống 141.560 ha lúa vụ Đông Xuân 2023-2024, đạt 101,1% kế hoạch. Theo Chi cục Thủy lợi, diện tích lúa có nguy cơ bị ảnh hưởng do xâm nhập mặn khoảng 27.300 ha, chiếm 19,3% diện tích xuống giống; trong đó thị xã Vĩnh Châu 8.200 ha, huyện Trần Đề 6.450 ha, Long Phú 5.120 ha và Mỹ Xuyên 4.080 ha.

Trong tháng 1/2024, độ mặn cao nhất trên sông Hậu tại trạm Đại Ngãi là 3,8 g/l, tại cống Nhu Gia 8,1‰, cao hơn cùng kỳ năm 2023 khoảng 1,5‰. Ranh mặn 1 g/l đã vào sâu 42 km tính từ cửa Trần Đề.

Đến ngày 3/2/2024, ngành đã vận hành đóng 136 cống ngăn mặn, trong đó 28 cống lớn thuộc hệ thống thủy lợi Quản Lộ - Phụng Hiệp; đồng thời mở 35 cống lấy nước ngọt khi độ mặn dưới 1 g/l. Từ đầu năm đến nay, UBND tỉnh đã phân bổ 35,6 tỷ đồng để nạo vét 42 công trình kênh cấp II, cấp III và đắp 18 đập tạm ngăn mặn.

Chi cục Thủy lợi dự báo trong tháng 2/2024, lượng nước thượng nguồn sông Mê Công đổ về Đồng bằng sông Cửu Long thấp hơn trung bình nhiều năm từ 10 đến 15%. Ngành phấn đấu giữ an toàn 100% diện tích lúa Đông Xuân, không để thiệt hại do mặn như năm 2020 (hơn 7.300 ha lúa mất trắng).

Địa chỉ: số 22 đường Trần Hưng Đạo, phường 2, TP Sóc Trăng. Điện thoại: 0299.3821.547.
"""

asof = P("Tính đến ngày 31/1/2024", None, "2024-01-31")
asof_i = P("Tính đến ngày 31/1/2024", None, "2024-01-31", True)
jan = P("Trong tháng 1/2024", "2024-01-01", "2024-01-31")
jan_i = P("Trong tháng 1/2024", "2024-01-01", "2024-01-31", True)
d3 = P("Đến ngày 3/2/2024", None, "2024-02-03")
ytd = P("Từ đầu năm đến nay", "2024-01-01", "2024-02-05")
RISK = "diện tích lúa có nguy cơ bị ảnh hưởng do xâm nhập mặn"

FIGS = [
    F("xuống giống 141.560 ha", "141.560", 141560, "measure", "ha", "lúa vụ Đông Xuân xuống giống", asof, percent=101.1),
    F("khoảng 27.300 ha", "27.300", 27300, "measure", "ha", RISK, asof_i, approx="about", percent=19.3),
    F("Vĩnh Châu 8.200 ha", "8.200", 8200, "measure", "ha", RISK, asof_i, total=27300, location="Vĩnh Châu"),
    F("Trần Đề 6.450 ha", "6.450", 6450, "measure", "ha", RISK, asof_i, total=27300, location="Trần Đề"),
    F("Long Phú 5.120 ha", "5.120", 5120, "measure", "ha", RISK, asof_i, total=27300, location="Long Phú"),
    F("Mỹ Xuyên 4.080 ha", "4.080", 4080, "measure", "ha", RISK, asof_i, total=27300, location="Mỹ Xuyên"),
    F("là 3,8 g/l", "3,8", 3.8, "measure", "g/l", "độ mặn cao nhất trên sông Hậu tại trạm Đại Ngãi", jan),
    F("Nhu Gia 8,1‰", "8,1", 8.1, "measure", "‰", "độ mặn cao nhất tại cống Nhu Gia", jan,
      change={"direction": "increase", "value": 1.5, "unit": "‰", "approx": "about", "baseline": "cùng kỳ năm 2023"}),
    F("Ranh mặn 1 g/l", "1", 1, "measure", "g/l", "ranh mặn", optional=True),
    F("sâu 42 km", "42", 42, "measure", "km", "ranh mặn 1 g/l vào sâu tính từ cửa Trần Đề", jan_i),
    F("đóng 136 cống", "136", 136, "count", "cống", "cống ngăn mặn vận hành đóng", d3),
    F("28 cống lớn", "28", 28, "count", "cống", "cống lớn thuộc hệ thống thủy lợi Quản Lộ - Phụng Hiệp vận hành đóng", d3, total=136),
    F("mở 35 cống", "35", 35, "count", "cống", "cống mở lấy nước ngọt", d3),
    F("dưới 1 g/l", "1", 1, "measure", "g/l", "độ mặn cho phép mở cống", approx="under", optional=True),
    F("35,6 tỷ đồng", "35,6", 35.6e9, "money", "đồng", "kinh phí UBND tỉnh phân bổ nạo vét kênh, đắp đập ngăn mặn", ytd),
    F("nạo vét 42 công trình", "42", 42, "count", "công trình", "công trình kênh cấp II, cấp III được nạo vét", ytd),
    F("đắp 18 đập", "18", 18, "count", "đập", "đập tạm ngăn mặn được đắp", ytd),
    F("từ 10 đến 15%", "10", 10, "percent", "%", "lượng nước thượng nguồn sông Mê Công đổ về Đồng bằng sông Cửu Long thấp hơn trung bình nhiều năm",
      P("trong tháng 2/2024", "2024-02-01", "2024-02-29"), value_max=15, status="forecast", location="Đồng bằng sông Cửu Long"),
    F("an toàn 100% diện tích", "100", 100, "percent", "%", "diện tích lúa Đông Xuân giữ an toàn", status="target"),
    F("hơn 7.300 ha", "7.300", 7300, "measure", "ha", "lúa mất trắng do mặn", P("năm 2020", "2020-01-01", "2020-12-31"), approx="over"),
]

build(2, A, FIGS, [
    "Department site (Sở NN&PTNT Sóc Trăng): winter-spring rice at risk from salinity, station readings, sluice operation, funding. 'Ngày đăng: … | Lượt xem: …'.",
    "Distractors: counter 2.315, breadcrumb, 'kênh cấp II, cấp III' (labels), address 'số 22 … phường 2', phone, 'cửa Trần Đề' (river mouth named after a district),",
    "'Quản Lộ - Phụng Hiệp' (system name), season name 'Đông Xuân 2023-2024' in the title. Thresholds 'Ranh mặn 1 g/l', 'dưới 1 g/l' optional.",
    "'đạt 101,1% kế hoạch' and 'chiếm 19,3%' are percents of their counts; 'trong đó' districts take total 27.300 (their period is inherited from the as-of date).",
    "'cao hơn cùng kỳ năm 2023 khoảng 1,5‰' is the change of 8,1‰. The upstream-flow forecast is a rate as the claim; its place is the region (no rule in FIGURES.md).",
    "'phấn đấu … 100%' has no period phrase: period null. '(hơn 7.300 ha …)' takes 'năm 2020' from its own clause.",
], published="2024-02-05", location="Sóc Trăng")
