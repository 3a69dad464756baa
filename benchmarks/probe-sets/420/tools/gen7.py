from lib import P, F, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin hoạt động | 28/03/2024 15:40

Phát triển mắc ca bền vững gắn với chế biến sâu

Chiều 27/3, tại Đắk Nông, Cục Trồng trọt phối hợp với UBND tỉnh tổ chức Hội nghị đánh giá 5 năm thực hiện Quyết định số 1678/QĐ-BNN-TT về phát triển cây mắc ca.

Báo cáo tại Hội nghị cho biết, tính đến hết năm 2023, diện tích mắc ca cả nước đạt khoảng 21.500 ha, trong đó vùng Tây Nguyên 15.800 ha (chiếm 73,5%), vùng Tây Bắc 5.100 ha. Diện tích cho thu hoạch gần 9.000 ha; sản lượng hạt tươi đạt 15.600 tấn, tăng 18,2% so với năm 2022.

Diện tích mắc ca một số tỉnh trọng điểm năm 2023 (ha):
Tỉnh	Tổng diện tích	Trồng xen	Cho thu hoạch
Đắk Nông	5.100	3.720	2.260
Lâm Đồng	4.760	3.920	2.310
Đắk Lắk	3.150	2.640	1.120
Điện Biên	2.350	410	960

Cả nước hiện có 14 nhà máy, cơ sở chế biến mắc ca với tổng công suất trên 45.000 tấn hạt tươi/năm, nhưng mới vận hành khoảng 40% công suất. Năm 2023, giá trị xuất khẩu nhân mắc ca ước đạt 38 triệu USD, chủ yếu sang Trung Quốc, Úc và Mỹ.

Thứ trưởng Hoàng Trung nhấn mạnh, mô hình trồng xen mắc ca trong vườn cà phê vừa tận dụng đất, vừa che bóng, cho thu nhập cao gấp 1,5-2 lần so với trồng cà phê thuần.

Mục tiêu đến năm 2030, diện tích mắc ca cả nước đạt 40.000-50.000 ha, sản lượng khoảng 90.000 tấn hạt tươi; tỷ lệ sản phẩm qua chế biến sâu đạt trên 50%.
"""

PUB = "2024-03-28"
E23 = P("tính đến hết năm 2023", None, "2023-12-31")
E23i = P("tính đến hết năm 2023", None, "2023-12-31", inherited=True)
Y23t = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y30 = P("đến năm 2030", None, "2030-12-31")


def cell(anchor, number, value, col, prov):
    return F(anchor, number, value, "measure", "ha", f"diện tích mắc ca {col}", Y23t, location=prov)


FIGS = [
    F("đánh giá 5 năm", "5", 5, "measure", "năm", optional=True),
    F("khoảng 21.500 ha", "21.500", 21500, "measure", "ha", "diện tích mắc ca cả nước", E23, approx="about"),
    F("Tây Nguyên 15.800 ha", "15.800", 15800, "measure", "ha", "diện tích mắc ca vùng Tây Nguyên", E23,
      total=21500, percent=73.5),
    F("Tây Bắc 5.100 ha", "5.100", 5100, "measure", "ha", "diện tích mắc ca vùng Tây Bắc", E23, total=21500),
    F("gần 9.000 ha", "9.000", 9000, "measure", "ha", "diện tích mắc ca cho thu hoạch", E23i, approx="nearly"),
    F("đạt 15.600 tấn", "15.600", 15600, "measure", "tấn", "sản lượng mắc ca hạt tươi", P("năm 2023", "2023-01-01", "2023-12-31", inherited=True),
      change={"direction": "increase", "value": 18.2, "unit": "%", "baseline": "năm 2022"}),
    cell("Nông\t5.100", "5.100", 5100, "Tổng diện tích", "Đắk Nông"),
    cell("5.100\t3.720", "3.720", 3720, "Trồng xen", "Đắk Nông"),
    cell("3.720\t2.260", "2.260", 2260, "Cho thu hoạch", "Đắk Nông"),
    cell("Đồng\t4.760", "4.760", 4760, "Tổng diện tích", "Lâm Đồng"),
    cell("4.760\t3.920", "3.920", 3920, "Trồng xen", "Lâm Đồng"),
    cell("3.920\t2.310", "2.310", 2310, "Cho thu hoạch", "Lâm Đồng"),
    cell("Lắk\t3.150", "3.150", 3150, "Tổng diện tích", "Đắk Lắk"),
    cell("3.150\t2.640", "2.640", 2640, "Trồng xen", "Đắk Lắk"),
    cell("2.640\t1.120", "1.120", 1120, "Cho thu hoạch", "Đắk Lắk"),
    cell("Biên\t2.350", "2.350", 2350, "Tổng diện tích", "Điện Biên"),
    cell("2.350\t410", "410", 410, "Trồng xen", "Điện Biên"),
    cell("410\t960", "960", 960, "Cho thu hoạch", "Điện Biên"),
    F("có 14 nhà máy", "14", 14, "count", "nhà máy, cơ sở chế biến", "nhà máy, cơ sở chế biến mắc ca"),
    F("trên 45.000 tấn", "45.000", 45000, "measure", "tấn/năm", "tổng công suất chế biến mắc ca",
      approx="over"),
    F("khoảng 40% công suất", "40", 40, "percent", "%", "công suất vận hành của nhà máy chế biến mắc ca",
      approx="about"),
    F("ước đạt 38 triệu USD", "38", 38000000, "money", "USD", "giá trị xuất khẩu nhân mắc ca", Y23,
      status="estimate"),
    F("gấp 1,5-2 lần", "1,5", 1.5, "multiple", "lần", "thu nhập mô hình trồng xen mắc ca trong vườn cà phê so với trồng cà phê thuần",
      value_max=2),
    F("đạt 40.000-50.000 ha", "40.000", 40000, "measure", "ha", "diện tích mắc ca cả nước", Y30, status="target",
      value_max=50000),
    F("khoảng 90.000 tấn", "90.000", 90000, "measure", "tấn", "sản lượng mắc ca hạt tươi", Y30, status="target",
      approx="about"),
    F("trên 50%", "50", 50, "percent", "%", "tỷ lệ sản phẩm mắc ca qua chế biến sâu", Y30, status="target",
      approx="over"),
]

COMMENTS = """
Ministry site (Bộ NN&PTNT, 'Tin hoạt động | 28/03/2024 15:40'): national macadamia conference — area, regions, tab-separated table of provinces, plants, exports, 2030 targets.
Doc location Việt Nam (national figures; regional Tây Nguyên/Tây Bắc parts also Việt Nam, a region is no province). The venue 'tại Đắk Nông' is not a location.
Tab table: title 'năm 2023 (ha)' gives unit and period (inherited); the province column goes to location; subject = 'diện tích mắc ca' + column label.
'tính đến hết năm 2023' → as-of 2023-12-31; the next sentence inherits it. Parts after 'trong đó' take total 21500; '(chiếm 73,5%)' percent of 15.800 ha.
'gấp 1,5-2 lần so với trồng cà phê thuần' stands alone as the claim: multiple 1.5–2. '40% công suất' is a percent figure of its own. '45.000 tấn hạt tươi/năm': unit 'tấn/năm' (shortest; revised from 'tấn hạt tươi/năm').
'Mục tiêu đến năm 2030' → targets (range 40.000–50.000 ha; about 90.000 tấn; over 50%). '5 năm thực hiện' (duration) optional.
Distractors: 'Chiều 27/3', Quyết định số 1678/QĐ-BNN-TT, time 15:40, the Deputy Minister's name.
"""

build(7, COMMENTS, TEXT, FIGS, published=PUB, location="Việt Nam")
