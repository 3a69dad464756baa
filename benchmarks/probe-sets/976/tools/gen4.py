"""p976-4: Bộ NN&PTNT site, national bivalve (nghêu, sò huyết) farming on tidal flats, 2023 results and 2030 targets."""
from lib import F, P, I, CH, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ | Tin tức | Thủy sản
Phát triển bền vững nghề nuôi nhuyễn thể hai mảnh vỏ vùng bãi triều
Ngày đăng: 20/02/2024 | Lượt xem: 1.147

Theo Cục Thủy sản, năm 2023, diện tích nuôi nhuyễn thể hai mảnh vỏ của cả nước đạt khoảng 46.500 ha, sản lượng trên 390.000 tấn, tăng 4,2% so với năm 2022. Trong đó, nghêu (ngao) là đối tượng chủ lực với 32.800 ha và 265.000 tấn, chiếm 67,9% tổng sản lượng; sò huyết đạt 9.600 ha, sản lượng khoảng 38.500 tấn.

Các địa phương có diện tích nuôi nghêu lớn là Bến Tre (khoảng 6.900 ha), Tiền Giang (4.300 ha), Trà Vinh (3.700 ha), Nam Định (3.200 ha) và Thái Bình (2.900 ha). Với sò huyết, hai địa phương dẫn đầu là Cà Mau và Kiên Giang, lần lượt 4.100 ha và 3.300 ha.

Giá trị xuất khẩu nhuyễn thể hai mảnh vỏ năm 2023 đạt 118 triệu USD, giảm 7,5% so với năm 2022; thị trường EU chiếm khoảng 45%. Hiện cả nước có 2 vùng nuôi nghêu được cấp chứng nhận MSC (Bến Tre, Tiền Giang) với tổng diện tích 2.640 ha.

Tuy nhiên, nghề nuôi còn nhiều khó khăn. Năm 2023 có khoảng 5.200 ha nghêu, sò bị chết bất thường, thiệt hại ước hơn 250 tỷ đồng. Bên cạnh đó, khoảng 70% diện tích bãi triều hiện chưa được giao, cho thuê theo Nghị định số 26/2019/NĐ-CP.

Theo Đề án phát triển nuôi nhuyễn thể, đến năm 2030, diện tích nuôi đạt 60.000 ha, sản lượng 600.000 tấn, giá trị xuất khẩu 300 triệu USD; phấn đấu 100% vùng nuôi tập trung được giao, cho thuê mặt nước. Cục Thủy sản dự báo năm 2024 sản lượng nhuyễn thể hai mảnh vỏ đạt khoảng 410.000 tấn.

Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
NAT = "Việt Nam"
FIGS = [
    F("khoảng 46.500 ha", "46.500", 46500, "measure", "ha", "diện tích nuôi nhuyễn thể hai mảnh vỏ", Y23, approx="about"),
    F("trên 390.000 tấn", "390.000", 390000, "measure", "tấn", "sản lượng nhuyễn thể hai mảnh vỏ", Y23, approx="over",
      change=CH("increase", 4.2, "%", "năm 2022")),
    F("với 32.800 ha", "32.800", 32800, "measure", "ha", "diện tích nuôi nghêu (ngao)", I(Y23), total=46500),
    F("và 265.000 tấn", "265.000", 265000, "measure", "tấn", "sản lượng nghêu (ngao)", I(Y23), total=390000, percent=67.9),
    F("đạt 9.600 ha", "9.600", 9600, "measure", "ha", "diện tích nuôi sò huyết", I(Y23), total=46500),
    F("khoảng 38.500 tấn", "38.500", 38500, "measure", "tấn", "sản lượng sò huyết", I(Y23), approx="about", total=390000),
    F("Bến Tre (khoảng 6.900 ha)", "6.900", 6900, "measure", "ha", "diện tích nuôi nghêu", I(Y23), approx="about", location="Bến Tre"),
    F("Tiền Giang (4.300 ha)", "4.300", 4300, "measure", "ha", "diện tích nuôi nghêu", I(Y23), location="Tiền Giang"),
    F("Trà Vinh (3.700 ha)", "3.700", 3700, "measure", "ha", "diện tích nuôi nghêu", I(Y23), location="Trà Vinh"),
    F("Nam Định (3.200 ha)", "3.200", 3200, "measure", "ha", "diện tích nuôi nghêu", I(Y23), location="Nam Định"),
    F("Thái Bình (2.900 ha)", "2.900", 2900, "measure", "ha", "diện tích nuôi nghêu", I(Y23), location="Thái Bình"),
    F("hai địa phương dẫn đầu", "hai", 2, "count", "địa phương", "địa phương dẫn đầu về diện tích nuôi sò huyết", I(Y23),
      optional=True),
    F("lần lượt 4.100 ha", "4.100", 4100, "measure", "ha", "diện tích nuôi sò huyết", I(Y23), location="Cà Mau"),
    F("và 3.300 ha", "3.300", 3300, "measure", "ha", "diện tích nuôi sò huyết", I(Y23), location="Kiên Giang"),
    F("đạt 118 triệu USD", "118", 118e6, "money", "USD", "giá trị xuất khẩu nhuyễn thể hai mảnh vỏ", Y23,
      change=CH("decrease", 7.5, "%", "năm 2022")),
    F("chiếm khoảng 45%", "45", 45, "percent", "%", "tỷ trọng thị trường EU trong giá trị xuất khẩu nhuyễn thể", Y23,
      approx="about"),
    F("có 2 vùng nuôi", "2", 2, "count", "vùng nuôi", "vùng nuôi nghêu được cấp chứng nhận MSC"),
    F("tổng diện tích 2.640 ha", "2.640", 2640, "measure", "ha", "diện tích vùng nuôi nghêu được cấp chứng nhận MSC"),
    F("khoảng 5.200 ha", "5.200", 5200, "measure", "ha", "diện tích nghêu, sò bị chết bất thường", Y23b, approx="about"),
    F("hơn 250 tỷ đồng", "250", 250e9, "money", "đồng", "thiệt hại do nghêu, sò chết bất thường", Y23b,
      approx="over", status="estimate"),
    F("khoảng 70% diện tích", "70", 70, "percent", "%", "diện tích bãi triều chưa được giao, cho thuê", approx="about"),
    F("đạt 60.000 ha", "60.000", 60000, "measure", "ha", "diện tích nuôi nhuyễn thể", T30, status="target"),
    F("sản lượng 600.000 tấn", "600.000", 600000, "measure", "tấn", "sản lượng nhuyễn thể", T30, status="target"),
    F("300 triệu USD", "300", 300e6, "money", "USD", "giá trị xuất khẩu nhuyễn thể", T30, status="target"),
    F("phấn đấu 100% vùng nuôi", "100", 100, "percent", "%", "vùng nuôi tập trung được giao, cho thuê mặt nước", T30,
      status="target"),
    F("khoảng 410.000 tấn", "410.000", 410000, "measure", "tấn", "sản lượng nhuyễn thể hai mảnh vỏ",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

build("p976-4", TEXT, [
    "Bộ NN&PTNT site: national bivalve farming (nghêu/ngao, sò huyết) on tidal flats, 2023 results, 2030 targets. 'Ngày đăng: 20/02/2024'.",
    "National figures -> Việt Nam; listed provinces are the location of their items; MSC regions named in a bracket after a national count",
    "stay Việt Nam. 'Trong đó' parts take the 2023 wholes (ha -> 46.500, tấn -> 390.000). 'thị trường EU chiếm khoảng 45%' has its own",
    "subject: a percent figure. 'hai địa phương' (the two it names) is optional; 'hai mảnh vỏ' is a name. Distractors: Nghị định số 26/2019/NĐ-CP, address Số 2 Ngọc Hà, phone, Lượt xem: 1.147.",
], FIGS, published="2024-02-20", location="Việt Nam")
