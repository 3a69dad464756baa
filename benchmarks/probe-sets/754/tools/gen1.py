from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Đắk Lắk: Diện tích ca cao cho thu hoạch đạt hơn 2.100 ha
Cập nhật: 14/03/2024 10:25
Lượt xem: 3.482

(ĐLO) - Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 31/12/2023, tổng diện tích ca cao toàn tỉnh Đắk Lắk là 2.640 ha, giảm 185 ha so với cuối năm 2022; trong đó diện tích cho thu hoạch trên 2.100 ha. Cây ca cao được trồng tập trung tại các huyện Krông Ana (620 ha), Cư M'gar (540 ha), Krông Pắc (410 ha) và TP. Buôn Ma Thuột (365 ha).

Năm 2023, năng suất ca cao bình quân đạt 1,6 tấn hạt khô/ha; sản lượng ước đạt 3.420 tấn, tăng 8,5% so với năm 2022. Hiện nay, giá hạt ca cao lên men được thu mua ở mức 180.000-200.000 đồng/kg, gấp hơn 2 lần so với đầu năm 2023; hạt không lên men có giá từ 120.000 đến 140.000 đồng/kg.

Toàn tỉnh hiện có 3 doanh nghiệp và 12 hợp tác xã thu mua, sơ chế ca cao; trong đó 5 HTX đã đầu tư thùng lên men, sàn phơi đạt chuẩn với tổng công suất khoảng 600 tấn/năm. Trong năm 2023, ngành nông nghiệp đã hỗ trợ 150.000 cây giống các dòng TD3, TD5, TD8 và mở 14 lớp tập huấn cho hơn 520 lượt nông dân.

Theo tính toán, mô hình trồng xen ca cao trong vườn cà phê, sầu riêng cho lợi nhuận 45-60 triệu đồng/ha/năm. Tại xã Ea Tiêu (huyện Cư Kuin), Tổ hợp tác ca cao Ea Tiêu có 42 thành viên với 38 ha đã được cấp chứng nhận hữu cơ.

Thực hiện Quyết định số 1025/QĐ-UBND ngày 20/5/2022 của UBND tỉnh, Đắk Lắk phấn đấu đến năm 2025 diện tích ca cao đạt 3.000 ha, trong đó 70% sản lượng được lên men đúng quy trình; đến năm 2030 có ít nhất 1.000 ha đạt chứng nhận bền vững.

Sở NN&PTNT Đắk Lắk - Số 47 Nguyễn Tất Thành, TP. Buôn Ma Thuột. ĐT: 0262.3852.426
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("đạt hơn 2.100 ha", "2.100", 2100, "measure", "ha", "diện tích ca cao cho thu hoạch", I(ASOF), approx="over"),
    F("là 2.640 ha", "2.640", 2640, "measure", "ha", "tổng diện tích ca cao", ASOF,
      change=CH("decrease", 185, "ha", "cuối năm 2022")),
    F("trên 2.100 ha", "2.100", 2100, "measure", "ha", "diện tích ca cao cho thu hoạch", ASOF, approx="over", total=2640),
    F("Krông Ana (620 ha)", "620", 620, "measure", "ha", "diện tích ca cao", I(ASOF), location="Krông Ana"),
    F("Cư M'gar (540 ha)", "540", 540, "measure", "ha", "diện tích ca cao", I(ASOF), location="Cư M'gar"),
    F("Krông Pắc (410 ha)", "410", 410, "measure", "ha", "diện tích ca cao", I(ASOF), location="Krông Pắc"),
    F("Thuột (365 ha)", "365", 365, "measure", "ha", "diện tích ca cao", I(ASOF), location="Buôn Ma Thuột"),
    F("đạt 1,6 tấn", "1,6", 1.6, "measure", "tấn hạt khô/ha", "năng suất ca cao bình quân", Y23),
    F("ước đạt 3.420 tấn", "3.420", 3420, "measure", "tấn", "sản lượng ca cao", Y23, status="estimate",
      change=CH("increase", 8.5, "%", "năm 2022")),
    F("mức 180.000-200.000", "180.000", 180000, "money", "đồng/kg", "giá hạt ca cao lên men", value_max=200000,
      change=CH("increase", 2, "lần", "đầu năm 2023", approx="over")),
    F("từ 120.000 đến", "120.000", 120000, "money", "đồng/kg", "giá hạt ca cao không lên men", value_max=140000),
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp thu mua, sơ chế ca cao"),
    F("và 12 hợp tác xã", "12", 12, "count", "hợp tác xã", "hợp tác xã thu mua, sơ chế ca cao"),
    F("đó 5 HTX", "5", 5, "count", "HTX", "HTX đã đầu tư thùng lên men, sàn phơi đạt chuẩn", total=12),
    F("khoảng 600 tấn/năm", "600", 600, "measure", "tấn/năm", "tổng công suất lên men của các HTX", approx="about"),
    F("hỗ trợ 150.000 cây", "150.000", 150000, "count", "cây giống", "cây giống ca cao được hỗ trợ",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("mở 14 lớp", "14", 14, "count", "lớp", "lớp tập huấn", P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 520 lượt", "520", 520, "count", "lượt nông dân", "lượt nông dân được tập huấn",
      P("Trong năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("nhuận 45-60", "45", 45000000, "money", "đồng/ha/năm",
      "lợi nhuận mô hình trồng xen ca cao trong vườn cà phê, sầu riêng", value_max=60000000),
    F("có 42 thành viên", "42", 42, "count", "thành viên", "thành viên Tổ hợp tác ca cao Ea Tiêu", location="Cư Kuin"),
    F("với 38 ha", "38", 38, "measure", "ha", "diện tích ca cao được cấp chứng nhận hữu cơ của Tổ hợp tác ca cao Ea Tiêu",
      location="Cư Kuin"),
    F("đạt 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích ca cao", T25, status="target"),
    F("đó 70% sản lượng", "70", 70, "percent", "%", "tỷ lệ sản lượng ca cao được lên men đúng quy trình", T25,
      status="target"),
    F("ít nhất 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích ca cao đạt chứng nhận bền vững", T30,
      approx="at_least", status="target"),
]

COMMENTS = [
    "p754-1: Đắk Lắk province portal (breadcrumb, Cập nhật, Lượt xem): cocoa area, yield, output, bean prices, HTX, targets.",
    "Distractors: Lượt xem 3.482, (ĐLO), clone names TD3/TD5/TD8, Quyết định số 1025/QĐ-UBND ngày 20/5/2022, address Số 47, phone.",
    "District list in its own sentence, not after a cue and not adding up to 2.640: no total; districts go to location.",
    "'gấp hơn 2 lần so với đầu năm 2023' after the price is its change (lần, over). '5 HTX' after 'trong đó' takes the 12 HTX whole.",
    "'trong đó 70% sản lượng' is a percent figure of its own (a share of output, not of the 3.000 ha): no total.",
]

emit("p754-1", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Đắk Lắk")
