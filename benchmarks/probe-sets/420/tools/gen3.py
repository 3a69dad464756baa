from lib import P, F, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐẮK NÔNG
Trang chủ > Tin tức > Trồng trọt

Kết quả phát triển cây bơ, mắc ca 6 tháng đầu năm 2024
Ngày đăng: 22/07/2024 | Lượt xem: 1.046

Thực hiện Kế hoạch số 158/KH-UBND của UBND tỉnh, 6 tháng đầu năm 2024, toàn tỉnh trồng mới 420 ha bơ và 310 ha mắc ca, đạt lần lượt 84% và 62% kế hoạch năm.

Lũy kế đến 30/6/2024, diện tích bơ toàn tỉnh 9.850 ha; mắc ca 5.420 ha (chiếm gần 30% diện tích mắc ca cả nước). Trong tổng diện tích mắc ca, có 3.960 ha trồng xen trong vườn cà phê, hồ tiêu; 1.460 ha trồng thuần. Huyện Tuy Đức dẫn đầu về diện tích mắc ca với 1.830 ha, tiếp đến là Đắk Song 1.240 ha, Đắk Mil 890 ha.

Sản lượng bơ 6 tháng đầu năm ước đạt 38.200 tấn, bằng 41% kế hoạch. Sản lượng mắc ca hạt tươi thu hoạch đạt khoảng 2.150 tấn. Năng suất bơ bình quân từ 12 đến 15 tấn/ha, riêng các vườn bơ 034 áp dụng quy trình VietGAP đạt 18 tấn/ha.

Về giá cả, trong quý II/2024, giá bơ 034 loại 1 tại vườn ở mức 30.000-35.000 đồng/kg, bơ loại 2 khoảng 15.000 đồng/kg; giá mắc ca hạt tươi 70.000-80.000 đồng/kg, giảm khoảng 5% so với cùng kỳ.

Trên địa bàn tỉnh có 3 nhà máy sơ chế, chế biến mắc ca, công suất thiết kế từ 2.000 đến 5.000 tấn/năm mỗi nhà máy, nhưng hiện mới hoạt động khoảng 45% công suất do thiếu nguyên liệu đạt chuẩn.

Nhiệm vụ 6 tháng cuối năm, Sở đề nghị các địa phương phấn đấu trồng mới thêm 80 ha bơ, 190 ha mắc ca; hoàn thành cấp 12 mã số vùng trồng bơ trên tuyến Quốc lộ 14C.

Địa chỉ: số 05 đường Trần Hưng Đạo, phường Nghĩa Trung, TP Gia Nghĩa. Điện thoại: 0261.3544.078.
"""

PUB = "2024-07-22"
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1bi = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)
A306 = P("Lũy kế đến 30/6/2024", None, "2024-06-30")
A306i = P("Lũy kế đến 30/6/2024", None, "2024-06-30", inherited=True)
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("trồng mới 420 ha", "420", 420, "measure", "ha", "diện tích bơ trồng mới", H1, percent=84),
    F("và 310 ha", "310", 310, "measure", "ha", "diện tích mắc ca trồng mới", H1, percent=62),
    F("bơ toàn tỉnh 9.850 ha", "9.850", 9850, "measure", "ha", "diện tích bơ", A306),
    F("mắc ca 5.420 ha", "5.420", 5420, "measure", "ha", "diện tích mắc ca", A306, percent=30),
    F("có 3.960 ha", "3.960", 3960, "measure", "ha", "diện tích mắc ca trồng xen trong vườn cà phê, hồ tiêu", A306i,
      total=5420),
    F("1.460 ha trồng thuần", "1.460", 1460, "measure", "ha", "diện tích mắc ca trồng thuần", A306i, total=5420),
    F("với 1.830 ha", "1.830", 1830, "measure", "ha", "diện tích mắc ca", A306i, location="Tuy Đức"),
    F("Đắk Song 1.240 ha", "1.240", 1240, "measure", "ha", "diện tích mắc ca", A306i, location="Đắk Song"),
    F("Đắk Mil 890 ha", "890", 890, "measure", "ha", "diện tích mắc ca", A306i, location="Đắk Mil"),
    F("ước đạt 38.200 tấn", "38.200", 38200, "measure", "tấn", "sản lượng bơ", H1b, status="estimate", percent=41),
    F("khoảng 2.150 tấn", "2.150", 2150, "measure", "tấn", "sản lượng mắc ca hạt tươi thu hoạch", H1bi, approx="about"),
    F("từ 12 đến 15 tấn/ha", "12", 12, "measure", "tấn/ha", "năng suất bơ bình quân", H1bi, value_max=15),
    F("đạt 18 tấn/ha", "18", 18, "measure", "tấn/ha", "năng suất vườn bơ 034 áp dụng quy trình VietGAP", H1bi),
    F("mức 30.000-35.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá bơ 034 loại 1 tại vườn", Q2,
      value_max=35000),
    F("khoảng 15.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá bơ loại 2", Q2, approx="about"),
    F("tươi 70.000-80.000 đồng/kg", "70.000", 70000, "money", "đồng/kg", "giá mắc ca hạt tươi", Q2, value_max=80000,
      change={"direction": "decrease", "value": 5, "unit": "%", "approx": "about", "baseline": "cùng kỳ"}),
    F("có 3 nhà máy", "3", 3, "count", "nhà máy", "nhà máy sơ chế, chế biến mắc ca"),
    F("từ 2.000 đến 5.000 tấn/năm", "2.000", 2000, "measure", "tấn/năm", "công suất thiết kế mỗi nhà máy chế biến mắc ca",
      value_max=5000),
    F("khoảng 45% công suất", "45", 45, "percent", "%", "công suất hoạt động của nhà máy chế biến mắc ca", approx="about"),
    F("thêm 80 ha", "80", 80, "measure", "ha", "diện tích bơ trồng mới", H2, status="target"),
    F("190 ha mắc ca", "190", 190, "measure", "ha", "diện tích mắc ca trồng mới", H2, status="target"),
    F("cấp 12 mã số", "12", 12, "count", "mã số vùng trồng", "mã số vùng trồng bơ cấp mới", H2, status="target"),
]

COMMENTS = """
Department site (Sở NN&PTNT Đắk Nông): avocado and macadamia, first half of 2024 — new planting, area, output, prices, plants, tasks.
Header 'Ngày đăng: 22/07/2024 | Lượt xem: 1.046'. Location Đắk Nông; the district list (Tuy Đức, Đắk Song, Đắk Mil) goes to location.
'đạt lần lượt 84% và 62% kế hoạch năm': the shares of 420 ha and 310 ha (percent attribute, FIGURES.md 'đạt 87,66% chỉ tiêu').
'(chiếm gần 30% diện tích mắc ca cả nước)': percent 30 of 5.420 ha. 'Trong tổng diện tích mắc ca, có … ; …' gives both parts total 5420.
'bằng 41% kế hoạch' is the percent of 38.200 tấn (estimate, ước đạt). 2.150 tấn: own sentence with its own verb, actual.
'giảm khoảng 5% so với cùng kỳ' is the change of the macadamia price range. '45% công suất' is a percent figure of its own.
'6 tháng cuối năm' with 'phấn đấu' → targets, period 2024-07-01..2024-12-31.
Distractors: Kế hoạch số 158/KH-UBND, bơ 034, 'loại 1', 'loại 2' (grades), VietGAP, Quốc lộ 14C, số 05 Trần Hưng Đạo, phone, Lượt xem.
"""

build(3, COMMENTS, TEXT, FIGS, published=PUB, location="Đắk Nông")
