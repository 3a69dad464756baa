"""p918-1: Khánh Hòa province portal, ốc hương 6 tháng đầu năm 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Khánh Hòa: Sản lượng ốc hương 6 tháng ước đạt 1.850 tấn

Cập nhật: 16/07/2024 10:25 | Lượt xem: 3.206

Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Khánh Hòa, 6 tháng đầu năm 2024, toàn tỉnh thả nuôi ốc hương trên diện tích 612 ha, tăng 8,5% so với cùng kỳ năm 2023; trong đó nuôi trong ao đất, ao lót bạt 438 ha, nuôi lồng và đăng quầng trên biển 174 ha. Sản lượng thu hoạch ước đạt 1.850 tấn, tăng 12,3% so với cùng kỳ, đạt 52,9% kế hoạch năm.

Các địa phương có diện tích nuôi lớn là thị xã Ninh Hòa (215 ha), huyện Vạn Ninh (186 ha) và thành phố Cam Ranh (143 ha). Riêng vùng nuôi ven đầm Thủy Triều, dọc Quốc lộ 1A, đã hình thành chuỗi liên kết với 3 doanh nghiệp thu mua.

Giá ốc hương thương phẩm tại ao hiện dao động từ 380.000 đến 420.000 đồng/kg (loại 80-100 con/kg), cao hơn khoảng 40.000 đồng/kg so với đầu năm. Với năng suất bình quân 3,5-4 tấn/ha, người nuôi lãi khoảng 600 triệu đồng/ha/vụ.

Toàn tỉnh hiện có 27 cơ sở sản xuất giống ốc hương; từ đầu năm đến nay đã cung ứng hơn 210 triệu con giống, đáp ứng khoảng 65% nhu cầu thả nuôi. Số giống còn lại chủ yếu nhập từ Ninh Thuận và Phú Yên.

Thực hiện Quyết định số 1284/QĐ-UBND ngày 20/5/2022 của UBND tỉnh, năm 2024 Khánh Hòa phấn đấu đạt sản lượng ốc hương 3.500 tấn, giá trị khoảng 1.300 tỷ đồng. Ngành nông nghiệp khuyến cáo người nuôi thả giống cỡ từ 1,5 cm trở lên, mật độ không quá 150 con/m2 đối với ao lót bạt.

Thông tin liên hệ: Sở NN&PTNT Khánh Hòa, số 4 Phan Chu Trinh, TP Nha Trang. ĐT: 0258.3822.165
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Sản lượng ốc hương 6 tháng ước đạt 1.850 tấn", "1.850", 1850, "measure", "tấn",
      "sản lượng ốc hương", P("6 tháng", "2024-01-01", "2024-06-30"), status="estimate"),
    F("diện tích 612 ha", "612", 612, "measure", "ha", "diện tích thả nuôi ốc hương", H1,
      change=C("increase", 8.5, "%", "cùng kỳ năm 2023")),
    F("ao lót bạt 438 ha", "438", 438, "measure", "ha", "diện tích nuôi trong ao đất, ao lót bạt", H1, total=612),
    F("trên biển 174 ha", "174", 174, "measure", "ha", "diện tích nuôi lồng và đăng quầng trên biển", H1, total=612),
    F("thu hoạch ước đạt 1.850 tấn", "1.850", 1850, "measure", "tấn", "sản lượng ốc hương thu hoạch", I(H1),
      status="estimate", change=C("increase", 12.3, "%", "cùng kỳ"), percent=52.9),
    F("Ninh Hòa (215 ha)", "215", 215, "measure", "ha", "diện tích nuôi ốc hương", location="Ninh Hòa"),
    F("Vạn Ninh (186 ha)", "186", 186, "measure", "ha", "diện tích nuôi ốc hương", location="Vạn Ninh"),
    F("Cam Ranh (143 ha)", "143", 143, "measure", "ha", "diện tích nuôi ốc hương", location="Cam Ranh"),
    F("với 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp thu mua liên kết"),
    F("từ 380.000 đến 420.000 đồng/kg", "380.000", 380000, "money", "đồng/kg", "giá ốc hương thương phẩm tại ao",
      value_max=420000, change=C("increase", 40000, "đồng/kg", "đầu năm")),
    F("loại 80-100 con/kg", "80", 80, "measure", "con/kg", "cỡ ốc", value_max=100, optional=True),
    F("năng suất bình quân 3,5-4 tấn/ha", "3,5", 3.5, "measure", "tấn/ha", "năng suất bình quân", value_max=4),
    F("khoảng 600 triệu đồng/ha/vụ", "600", 600_000_000, "money", "đồng/ha/vụ", "lãi của người nuôi",
      approx="about"),
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở sản xuất giống ốc hương"),
    F("hơn 210 triệu con giống", "210", 210_000_000, "count", "con giống", "con giống cung ứng",
      P("từ đầu năm đến nay", "2024-01-01", "2024-07-16"), approx="over", percent=65),
    F("sản lượng ốc hương 3.500 tấn", "3.500", 3500, "measure", "tấn", "sản lượng ốc hương", Y24, status="target"),
    F("khoảng 1.300 tỷ đồng", "1.300", 1_300_000_000_000, "money", "đồng", "giá trị sản lượng ốc hương", Y24,
      approx="about", status="target"),
    F("từ 1,5 cm trở lên", "1,5", 1.5, "measure", "cm", "cỡ giống thả", approx="at_least", optional=True),
    F("không quá 150 con/m2", "150", 150, "measure", "con/m2", "mật độ thả nuôi ao lót bạt", approx="at_most",
      status="target", optional=True),
]

NOTES = [
    "Cổng TTĐT tỉnh Khánh Hòa: ốc hương 6 tháng đầu năm 2024. Dateline 'Cập nhật: 16/07/2024 10:25' gives published;",
    "'Lượt xem: 3.206', 'Quyết định số 1284/QĐ-UBND ngày 20/5/2022', 'Quốc lộ 1A', 'số 4 Phan Chu Trinh', the phone are not figures.",
    "Headline '6 tháng' takes 2024 from published. 438 + 174 = 612 ha (trong đó). The district list does not add up to 612: no total.",
    "'đáp ứng khoảng 65% nhu cầu' is read as the share of the 210 triệu con (percent attribute). 'trên biển' is no approx.",
    "Size grade, seed size threshold and stocking density limit are optional.",
]

write("p918-1", TEXT, NOTES, FIGS, published="2024-07-16", location="Khánh Hòa")
