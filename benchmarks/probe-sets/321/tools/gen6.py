from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẮK MIL
Trang chủ / Tin tức - Sự kiện / Kinh tế

Cà phê vẫn là cây trồng chủ lực của Đắk Mil
Ngày đăng: 04/10/2024

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, tính đến 30/9, diện tích cà phê toàn huyện là 19.640 ha, giảm 310 ha so với cuối năm 2023 do một phần diện tích già cỗi được chuyển sang trồng sầu riêng, bơ. Đắk Mil hiện đứng thứ 2 toàn tỉnh Đắk Nông về diện tích cà phê, sau huyện Đắk R'lấp.

Trong 9 tháng năm 2024, huyện đã tái canh, ghép cải tạo 605 ha cà phê, đạt 86,4% kế hoạch năm (700 ha), gồm tái canh 420 ha và ghép cải tạo 185 ha. Riêng quý III/2024, diện tích tái canh đạt 96 ha. Diện tích trồng xen sầu riêng, bơ, hồ tiêu trong vườn cà phê khoảng 8.900 ha, chiếm 45,3% diện tích cà phê.

Niên vụ 2024-2025, năng suất cà phê ước đạt 3,1 tấn/ha; sản lượng dự kiến trên 58.000 tấn, giảm khoảng 7% so với niên vụ trước do nắng hạn kéo dài từ tháng 2 đến tháng 4/2024. Ngày 3/10, giá cà phê nhân tại các đại lý trên địa bàn ở mức 114.500-115.000 đồng/kg, tăng gần 1,9 lần so với cùng thời điểm năm 2023.

Toàn huyện có 6 hợp tác xã và 2 doanh nghiệp liên kết sản xuất cà phê bền vững với 2.850 hộ, diện tích 6.120 ha; trong đó 1.230 ha đạt chứng nhận Rainforest Alliance.

Huyện phấn đấu đến năm 2025 có 50% diện tích cà phê được tái canh, ghép cải tạo và trên 10.000 ha đạt chứng nhận bền vững.

Địa chỉ: Số 18 Lê Duẩn, thị trấn Đắk Mil, tỉnh Đắk Nông. Điện thoại: 0261.3741.210.
Lượt truy cập: 1.204.377
"""

T30 = P("tính đến 30/9", None, "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("là 19.640 ha", "19.640", 19640, "measure", "ha", "diện tích cà phê toàn huyện", T30,
      change=CH("decrease", 310, "ha", "cuối năm 2023")),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "diện tích cà phê"),
    F("ghép cải tạo 605 ha", "605", 605, "measure", "ha", "diện tích tái canh, ghép cải tạo", N9,
      percent=86.4, target=TG(700, "ha")),
    F("gồm tái canh 420 ha", "420", 420, "measure", "ha", "diện tích tái canh", N9, total=605),
    F("ghép cải tạo 185 ha", "185", 185, "measure", "ha", "diện tích ghép cải tạo", N9, total=605),
    F("đạt 96 ha", "96", 96, "measure", "ha", "diện tích tái canh", P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("khoảng 8.900 ha", "8.900", 8900, "measure", "ha", "diện tích trồng xen sầu riêng, bơ, hồ tiêu trong vườn cà phê",
      approx="about", percent=45.3),
    F("ước đạt 3,1 tấn/ha", "3,1", 3.1, "measure", "tấn/ha", "năng suất cà phê", status="estimate"),
    F("trên 58.000 tấn", "58.000", 58000, "measure", "tấn", "sản lượng", approx="over", status="forecast",
      change=CH("decrease", 7, "%", "niên vụ trước", approx="about")),
    F("mức 114.500-115.000 đồng/kg", "114.500", 114500, "money", "đồng/kg", "giá cà phê nhân",
      value_max=115000, change=CH("increase", 1.9, "lần", "cùng thời điểm năm 2023", approx="nearly")),
    F("có 6 hợp tác xã", "6", 6, "count", "hợp tác xã", "hợp tác xã liên kết sản xuất cà phê bền vững"),
    F("và 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp liên kết sản xuất cà phê bền vững"),
    F("với 2.850 hộ", "2.850", 2850, "count", "hộ", "hộ liên kết sản xuất cà phê bền vững"),
    F("diện tích 6.120 ha", "6.120", 6120, "measure", "ha", "diện tích liên kết sản xuất cà phê bền vững"),
    F("trong đó 1.230 ha", "1.230", 1230, "measure", "ha", "diện tích đạt chứng nhận Rainforest Alliance", total=6120),
    F("có 50% diện tích", "50", 50, "percent", "%", "diện tích cà phê được tái canh, ghép cải tạo", T25,
      status="target"),
    F("trên 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích đạt chứng nhận bền vững", T25,
      approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Đắk Mil (district portal, Đắk Nông): coffee area, replanting 9 months and Q3 2024, intercropping, 2024-2025 crop, price, sustainable linkage, 2025 targets.",
    "Dateline 'Ngày đăng: 04/10/2024' without time; 'tính đến 30/9' takes 2024 from it. 'Lượt truy cập: 1.204.377' is page furniture.",
    "Distractors: 'từ tháng 2 đến tháng 4/2024' (the drought's span), 'Ngày 3/10', 'cuối năm 2023' (baseline), 'Số 18 Lê Duẩn', phone, counter.",
    "'đạt 86,4% kế hoạch năm (700 ha)': percent and target of 605 ha; its parts after 'gồm' have total 605.",
    "'đứng thứ 2 toàn tỉnh … về diện tích cà phê': rank 2 of the district (location Đắk Mil), no total (the number of districts is not stated).",
    "'tăng gần 1,9 lần so với cùng thời điểm năm 2023' is the price's change (lần, nearly). Crop year and single day: no gold period.",
    "Every figure describes the district: default location Đắk Mil.",
]

emit("p321-6", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Đắk Mil")
