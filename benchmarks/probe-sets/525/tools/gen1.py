"""p525-1: Bến Tre province portal — saltwater intrusion, dry season 2023-2024."""
from lib import emit, fig, per, inh, chg

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Bến Tre: Hơn 6.200 ha lúa bị ảnh hưởng do xâm nhập mặn

Cập nhật: 18/03/2024 16:42 | Lượt xem: 3.581

Mùa khô 2023-2024, xâm nhập mặn trên địa bàn tỉnh Bến Tre đến sớm và sâu hơn trung bình nhiều năm. Ranh mặn 4‰ vào sâu từ 55 đến 65 km trên các sông chính; độ mặn cao nhất đo được tại cống Bến Rớ là 9,8‰.

Tính đến ngày 15/3/2024, tổng diện tích lúa vụ Đông Xuân bị ảnh hưởng là 6.243 ha, trong đó diện tích thiệt hại trên 70% là 1.120 ha (Ba Tri 512 ha, Giồng Trôm 346 ha, Bình Đại 262 ha). Ngoài ra, khoảng 2.150 ha cây ăn trái bị ảnh hưởng, chủ yếu là sầu riêng và bưởi da xanh.

Để ứng phó, tỉnh đã đóng 42 cống ngăn mặn, vận hành 18 trạm bơm điện và nạo vét 96 tuyến kênh nội đồng với tổng chiều dài 73,4 km, khối lượng hơn 285.000 m³. Tổng kinh phí phòng, chống hạn mặn là 48,6 tỷ đồng, trong đó ngân sách tỉnh 31,2 tỷ đồng.

Toàn tỉnh hiện có 8.470 hộ thiếu nước sinh hoạt, giảm 63% so với mùa khô 2019-2020. Các địa phương đã cấp miễn phí 12.600 m³ nước ngọt, trong đó Ba Tri, Thạnh Phú và Bình Đại lần lượt là 5.200 m³, 4.100 m³ và 3.300 m³.

Dự báo trong tháng 4/2024, độ mặn ở cửa sông Hàm Luông còn tăng từ 1 đến 2‰. Người dân cần hỗ trợ liên hệ đường dây nóng 0275.3822.149 hoặc Văn phòng Ban Chỉ huy PCTT và TKCN tỉnh, số 126A Nguyễn Thị Định, phường Phú Tân, TP. Bến Tre.
"""

ASOF = per("Tính đến ngày 15/3/2024", end="2024-03-15")
SUBJ_70 = "diện tích lúa thiệt hại trên 70%"
WATER = "nước ngọt cấp miễn phí"

FIGS = [
    fig("Hơn 6.200 ha", "6.200", 6200, "measure", "ha", "diện tích lúa bị ảnh hưởng do xâm nhập mặn", approx="over"),
    fig("Ranh mặn 4‰", "4", 4, "measure", "‰", "ranh mặn", optional=True),
    fig("từ 55 đến 65 km", "55", 55, "measure", "km", "ranh mặn 4‰ vào sâu trên các sông chính", value_max=65),
    fig("Bến Rớ là 9,8‰", "9,8", 9.8, "measure", "‰", "độ mặn cao nhất đo được tại cống Bến Rớ"),
    fig("bị ảnh hưởng là 6.243 ha", "6.243", 6243, "measure", "ha",
        "tổng diện tích lúa vụ Đông Xuân bị ảnh hưởng", ASOF),
    fig("thiệt hại trên 70%", "70", 70, "percent", "%", "mức thiệt hại", approx="over", optional=True),
    fig("là 1.120 ha", "1.120", 1120, "measure", "ha", SUBJ_70, ASOF, total=6243),
    fig("Ba Tri 512 ha", "512", 512, "measure", "ha", SUBJ_70, ASOF, total=1120, location="Ba Tri"),
    fig("Giồng Trôm 346 ha", "346", 346, "measure", "ha", SUBJ_70, ASOF, total=1120, location="Giồng Trôm"),
    fig("Bình Đại 262 ha", "262", 262, "measure", "ha", SUBJ_70, ASOF, total=1120, location="Bình Đại"),
    fig("khoảng 2.150 ha", "2.150", 2150, "measure", "ha", "diện tích cây ăn trái bị ảnh hưởng", inh(ASOF),
        approx="about"),
    fig("đóng 42 cống", "42", 42, "count", "cống", "cống ngăn mặn đã đóng"),
    fig("vận hành 18 trạm bơm", "18", 18, "count", "trạm bơm", "trạm bơm điện vận hành"),
    fig("nạo vét 96 tuyến kênh", "96", 96, "count", "tuyến kênh", "tuyến kênh nội đồng nạo vét"),
    fig("dài 73,4 km", "73,4", 73.4, "measure", "km", "tổng chiều dài kênh nội đồng nạo vét"),
    fig("hơn 285.000 m³", "285.000", 285000, "measure", "m³", "khối lượng nạo vét kênh nội đồng", approx="over"),
    fig("là 48,6 tỷ đồng", "48,6", 48.6e9, "money", "đồng", "tổng kinh phí phòng, chống hạn mặn"),
    fig("tỉnh 31,2 tỷ đồng", "31,2", 31.2e9, "money", "đồng", "kinh phí phòng, chống hạn mặn từ ngân sách tỉnh",
        total=48.6e9),
    fig("có 8.470 hộ", "8.470", 8470, "count", "hộ", "hộ thiếu nước sinh hoạt",
        change=chg("decrease", 63, "%", "mùa khô 2019-2020")),
    fig("miễn phí 12.600 m³", "12.600", 12600, "measure", "m³", WATER),
    fig("là 5.200 m³", "5.200", 5200, "measure", "m³", WATER, total=12600, location="Ba Tri"),
    fig("4.100 m³", "4.100", 4100, "measure", "m³", WATER, total=12600, location="Thạnh Phú"),
    fig("và 3.300 m³", "3.300", 3300, "measure", "m³", WATER, total=12600, location="Bình Đại"),
    fig("từ 1 đến 2‰", "1", 1, "measure", "‰", "độ mặn ở cửa sông Hàm Luông tăng thêm",
        per("tháng 4/2024", "2024-04-01", "2024-04-30"), value_max=2, status="forecast"),
]

COMMENTS = [
    "Bến Tre provincial portal: saltwater intrusion in the 2023-2024 dry season, rice and fruit area hit, sluices, pumps, dredging, money.",
    "Breadcrumb, 'Cập nhật: 18/03/2024 16:42 | Lượt xem: 3.581' (the counter is furniture). Phone, address, 'Mùa khô 2023-2024' are not figures.",
    "'Ranh mặn 4‰' names the isohaline and 'thiệt hại trên 70%' is a damage class: both optional labels.",
    "The bracketed districts add up to 1.120 ha (total 1120); the 'lần lượt' items after 'trong đó' take the whole 12.600 m³.",
    "'tăng từ 1 đến 2‰' is the forecast claim itself: a measure with no change object.",
]

if __name__ == "__main__":
    emit("p525-1", TEXT, COMMENTS, FIGS, published="2024-03-18", location="Bến Tre")
