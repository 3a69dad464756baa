from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ » Kinh tế » Nông nghiệp

Đắk Lắk đẩy nhanh tái canh cà phê giai đoạn 2021-2025
Cập nhật: 12/11/2024 09:40 | Lượt xem: 1.736

(ĐắkLắk.gov.vn) - Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 31/10/2024, toàn tỉnh đã tái canh, ghép cải tạo được 28.460 ha cà phê, đạt 94,9% kế hoạch giai đoạn 2021-2025 (30.000 ha). Trong đó, diện tích trồng tái canh 19.820 ha, ghép cải tạo 8.640 ha.

Từ đầu năm 2024 đến nay, các địa phương tái canh được 5.120 ha, tăng 8,3% so với năm 2023; hơn 2.100 ha trong số này được trồng bằng các giống mới TR4, TR9, TRS1 do Viện Khoa học Kỹ thuật Nông lâm nghiệp Tây Nguyên chọn tạo. Lũy kế từ năm 2021 đến nay, các địa phương có diện tích tái canh lớn là huyện Cư M'gar (4.215 ha), Krông Năng (3.870 ha), Ea H'leo (3.142 ha) và thị xã Buôn Hồ (2.960 ha).

Nhờ tái canh, năng suất cà phê bình quân của tỉnh năm 2024 ước đạt 28,5 tạ/ha, cao hơn 3,2 tạ/ha so với năm 2020; sản lượng ước đạt khoảng 560 nghìn tấn nhân. Diện tích cà phê toàn tỉnh hiện là 213.450 ha, chiếm khoảng 30% diện tích cà phê cả nước.

Về nguồn vốn, dư nợ cho vay tái canh cà phê đến 30/9/2024 đạt 1.245 tỷ đồng với gần 11.800 hộ vay. Theo Quyết định số 2518/QĐ-UBND ngày 15/10/2021 của UBND tỉnh, mức cho vay tối đa 150 triệu đồng/ha.

Năm 2025, tỉnh phấn đấu tái canh thêm 1.600 ha, nâng tổng diện tích tái canh, ghép cải tạo giai đoạn 2021-2025 lên trên 30.000 ha; đến năm 2030, diện tích cà phê được chứng nhận sản xuất bền vững đạt 50% tổng diện tích.

Mọi chi tiết xin liên hệ Chi cục Trồng trọt và Bảo vệ thực vật, số 46 Nguyễn Tất Thành, TP Buôn Ma Thuột; điện thoại: 0262.3852.217.

Hoàng Yến
"""

T31 = P("tính đến ngày 31/10/2024", None, "2024-10-31")
YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-11-12")
LK = P("Lũy kế từ năm 2021 đến nay", "2021-01-01", "2024-11-12")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
D30 = P("đến 30/9/2024", None, "2024-09-30")

FIGS = [
    F("được 28.460 ha", "28.460", 28460, "measure", "ha", "diện tích cà phê tái canh, ghép cải tạo", T31,
      percent=94.9, target=TG(30000, "ha")),
    F("trồng tái canh 19.820 ha", "19.820", 19820, "measure", "ha", "diện tích trồng tái canh", I(T31), total=28460),
    F("ghép cải tạo 8.640 ha", "8.640", 8640, "measure", "ha", "diện tích ghép cải tạo", I(T31), total=28460),
    F("tái canh được 5.120 ha", "5.120", 5120, "measure", "ha", "diện tích tái canh", YTD,
      change=CH("increase", 8.3, "%", "năm 2023")),
    F("hơn 2.100 ha", "2.100", 2100, "measure", "ha", "diện tích trồng bằng các giống mới", I(YTD),
      approx="over", total=5120),
    F("Cư M'gar (4.215 ha)", "4.215", 4215, "measure", "ha", "diện tích tái canh", LK, location="Cư M'gar"),
    F("Krông Năng (3.870 ha)", "3.870", 3870, "measure", "ha", "diện tích tái canh", LK, location="Krông Năng"),
    F("Ea H'leo (3.142 ha)", "3.142", 3142, "measure", "ha", "diện tích tái canh", LK, location="Ea H'leo"),
    F("Buôn Hồ (2.960 ha)", "2.960", 2960, "measure", "ha", "diện tích tái canh", LK, location="Buôn Hồ"),
    F("ước đạt 28,5 tạ/ha", "28,5", 28.5, "measure", "tạ/ha", "năng suất cà phê bình quân", Y24,
      status="estimate", change=CH("increase", 3.2, "tạ/ha", "năm 2020")),
    F("khoảng 560 nghìn tấn", "560", 560000, "measure", "tấn", "sản lượng cà phê", Y24,
      approx="about", status="estimate"),
    F("hiện là 213.450 ha", "213.450", 213450, "measure", "ha", "diện tích cà phê toàn tỉnh", None, percent=30),
    F("đạt 1.245 tỷ đồng", "1.245", 1245000000000, "money", "đồng", "dư nợ cho vay tái canh cà phê", D30),
    F("gần 11.800 hộ", "11.800", 11800, "count", "hộ", "hộ vay tái canh cà phê", D30, approx="nearly"),
    F("tối đa 150 triệu đồng/ha", "150", 150000000, "money", "đồng/ha", "mức cho vay", None,
      approx="at_most", optional=True),
    F("thêm 1.600 ha", "1.600", 1600, "measure", "ha", "diện tích tái canh thêm",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("trên 30.000 ha", "30.000", 30000, "measure", "ha", "tổng diện tích tái canh, ghép cải tạo",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="over", status="target"),
    F("đạt 50% tổng diện tích", "50", 50, "percent", "%", "diện tích cà phê được chứng nhận sản xuất bền vững",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Đắk Lắk (province portal): coffee replanting 2021-2025, yield, output, credit, targets. Dateline 'Cập nhật: 12/11/2024 09:40 | Lượt xem'.",
    "Distractors: 'Lượt xem: 1.736', variety names TR4, TR9, TRS1, 'Quyết định số 2518/QĐ-UBND ngày 15/10/2021', address 'số 46 Nguyễn Tất Thành', phone.",
    "'đạt 94,9% kế hoạch giai đoạn 2021-2025 (30.000 ha)': percent 94.9 and target 30000 on 28.460 ha; its two parts after 'Trong đó' have total 28460.",
    "'hơn 2.100 ha trong số này' has total 5120. 'Từ đầu năm 2024 đến nay', 'từ năm 2021 đến nay' end at the dateline.",
    "'chiếm khoảng 30% diện tích cả nước' is the percent of 213.450 ha (no period: 'hiện'). The regulatory cap 'tối đa 150 triệu đồng/ha' is optional.",
]

emit("p321-1", TEXT, COMMENTS, FIGS, published="2024-11-12", location="Đắk Lắk")
