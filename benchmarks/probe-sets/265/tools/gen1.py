from lib import F, P, Y, C, emit

TEXT = """Thanh Hóa: Diện tích rừng luồng đạt trên 82.600 ha
Cập nhật: 12/08/2024 09:15
Lượt xem: 2.316

(Cổng TTĐT Thanh Hóa) - Thanh Hóa là địa phương có diện tích luồng lớn nhất cả nước. Tính đến ngày 30/6/2024, toàn tỉnh có 82.650 ha rừng luồng, tăng 1.180 ha so với cùng kỳ năm 2023; trong đó diện tích luồng thâm canh đạt 31.200 ha, chiếm 37,7%.

Diện tích luồng tập trung chủ yếu ở 4 huyện miền núi: Bá Thước 21.540 ha, Quan Hóa 18.320 ha, Lang Chánh 14.060 ha và Ngọc Lặc 9.875 ha. Các huyện còn lại có từ 2.000 đến 4.500 ha mỗi huyện.

Sáu tháng đầu năm 2024, toàn tỉnh trồng mới 1.350 ha luồng, đạt 67,5% kế hoạch năm; khai thác khoảng 14,2 triệu cây luồng, tăng 8,6% so với cùng kỳ. Giá luồng cây loại 1 (đường kính từ 9 cm trở lên) tại bãi tập kết dao động từ 32.000 đến 38.000 đồng/cây, cao hơn 4.000 đồng/cây so với đầu năm.

Ước tính 6 tháng đầu năm, giá trị sản xuất từ cây luồng đạt 1.240 tỷ đồng, chiếm khoảng 18% giá trị sản xuất lâm nghiệp toàn tỉnh. Hiện toàn tỉnh có 46 cơ sở chế biến luồng, trong đó 9 doanh nghiệp sản xuất đũa, ván ghép thanh xuất khẩu sang Nhật Bản, Hàn Quốc.

Đề án phát triển vùng nguyên liệu luồng giai đoạn 2021-2025 đã được UBND tỉnh phê duyệt tại Quyết định số 3256/QĐ-UBND ngày 14/9/2021. Theo đó, đến năm 2025 tỉnh phấn đấu nâng diện tích luồng thâm canh lên 40.000 ha, năng suất bình quân đạt 1.800 cây/ha/năm, thu nhập từ rừng luồng đạt 60 triệu đồng/ha/năm trở lên.

Thông tin liên hệ: Chi cục Kiểm lâm Thanh Hóa, số 19 đường Hạc Thành, TP Thanh Hóa; điện thoại: 0237.3852.467.
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
ASOF_I = P("Tính đến ngày 30/6/2024", None, "2024-06-30", inh=True)
H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1y = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt trên 82.600 ha", "82.600", 82600, "measure", "ha", "diện tích rừng luồng", approx="over"),
    F("có 82.650 ha rừng luồng", "82.650", 82650, "measure", "ha", "rừng luồng", ASOF,
      change=C("increase", 1180, "ha", "cùng kỳ năm 2023")),
    F("thâm canh đạt 31.200 ha", "31.200", 31200, "measure", "ha", "diện tích luồng thâm canh", ASOF,
      total=82650, percent=37.7),
    F("ở 4 huyện miền núi", "4", 4, "count", "huyện", "huyện miền núi tập trung diện tích luồng", optional=True),
    F("Bá Thước 21.540 ha", "21.540", 21540, "measure", "ha", "diện tích luồng", ASOF_I, location="Bá Thước"),
    F("Quan Hóa 18.320 ha", "18.320", 18320, "measure", "ha", "diện tích luồng", ASOF_I, location="Quan Hóa"),
    F("Lang Chánh 14.060 ha", "14.060", 14060, "measure", "ha", "diện tích luồng", ASOF_I, location="Lang Chánh"),
    F("Ngọc Lặc 9.875 ha", "9.875", 9875, "measure", "ha", "diện tích luồng", ASOF_I, location="Ngọc Lặc"),
    F("từ 2.000 đến 4.500 ha", "2.000", 2000, "measure", "ha", "diện tích luồng các huyện còn lại", ASOF_I,
      value_max=4500),
    F("trồng mới 1.350 ha", "1.350", 1350, "measure", "ha", "diện tích luồng trồng mới", H1, percent=67.5),
    F("khoảng 14,2 triệu cây", "14,2", 14200000, "count", "cây luồng", "cây luồng khai thác", H1,
      approx="about", change=C("increase", 8.6, "%", "cùng kỳ")),
    F("đường kính từ 9 cm", "9", 9, "measure", "cm", "đường kính luồng cây loại 1", approx="at_least", optional=True),
    F("từ 32.000 đến 38.000 đồng/cây", "32.000", 32000, "money", "đồng/cây", "giá luồng cây loại 1",
      P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True), value_max=38000,
      change=C("increase", 4000, "đồng/cây", "đầu năm")),
    F("đạt 1.240 tỷ đồng", "1.240", 1240e9, "money", "đồng", "giá trị sản xuất từ cây luồng", H1y,
      percent=18, status="estimate"),
    F("có 46 cơ sở", "46", 46, "count", "cơ sở chế biến luồng", "cơ sở chế biến luồng"),
    F("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp sản xuất đũa, ván ghép thanh xuất khẩu",
      total=46),
    F("lên 40.000 ha", "40.000", 40000, "measure", "ha", "diện tích luồng thâm canh", T25, status="target"),
    F("đạt 1.800 cây/ha/năm", "1.800", 1800, "measure", "cây/ha/năm", "năng suất bình quân", T25, status="target"),
    F("đạt 60 triệu đồng/ha/năm", "60", 60e6, "money", "đồng/ha/năm", "thu nhập từ rừng luồng", T25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): luồng bamboo area by district, planting, harvest, prices, processing, 2025 targets.",
    "Dateline 'Cập nhật: 12/08/2024 09:15'; distractors: 'Lượt xem: 2.316', Quyết định số 3256/QĐ-UBND ngày 14/9/2021, address 'số 19', phone.",
    "Title figure has no period. District list inherits the as-of date 30/6/2024 of the paragraph before (inherited).",
    "'đạt 67,5% kế hoạch năm' is the percent of 1.350 ha; 'cao hơn 4.000 đồng/cây so với đầu năm' is the change of the price range.",
    "'6 tháng đầu năm' without year takes 2024 from the previous paragraph. '4 huyện miền núi' (list head) and '9 cm' (threshold) optional.",
    "'Hiện toàn tỉnh có 46 cơ sở' has no period; 9 doanh nghiệp after 'trong đó' has total 46.",
]

if __name__ == "__main__":
    emit("p265-1", TEXT, COMMENTS, FIGS, published="2024-08-12", location="Thanh Hóa")
