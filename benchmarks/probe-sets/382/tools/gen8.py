from lib import F, P, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG
Trang chủ / Kinh tế / Nông nghiệp
Ngày cập nhật: 18/12/2023

Phát triển vùng chè nguyên liệu chất lượng cao giai đoạn 2021-2025

Thực hiện Nghị quyết số 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh, giai đoạn 2021-2025 tỉnh Tuyên Quang đặt mục tiêu duy trì diện tích chè ổn định 8.500 ha, trong đó chè chất lượng cao đạt 3.000 ha; năng suất bình quân đạt 105 tạ/ha; sản lượng chè búp tươi đạt 80.000 tấn/năm.

Tính đến ngày 30/9/2023, toàn tỉnh có 8.312 ha chè, đạt 97,8% mục tiêu; diện tích chè chất lượng cao 2.460 ha (tăng 380 ha so với cuối năm 2022). Từ đầu năm đến nay, các địa phương đã trồng mới 215 ha chè, vượt 7,5% kế hoạch, tập trung tại các huyện Yên Sơn (92 ha), Hàm Yên (68 ha) và Sơn Dương (41 ha).

Sản lượng chè búp tươi năm 2023 ước đạt 68.400 tấn, năng suất bình quân 98,6 tạ/ha, dao động từ 85 đến 120 tạ/ha tùy vùng. Giá trị sản xuất chè ước đạt khoảng 650 tỷ đồng, tăng 9,2% so với năm 2022. Toàn tỉnh có 11 nhà máy chế biến chè quy mô công nghiệp và 2 hợp tác xã có sản phẩm chè đạt OCOP 4 sao.

Từ năm 2021 đến nay, ngân sách tỉnh đã hỗ trợ 12,6 tỷ đồng cho trồng mới, cải tạo chè, bình quân 20 triệu đồng/ha. Tuy nhiên, vẫn còn khoảng 1.800 ha chè già cỗi, năng suất dưới 70 tạ/ha cần được trồng thay thế.

Đường dây nóng Sở Nông nghiệp và PTNT: 0207.3822.339
"""

G = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
AS = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-12-18")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
S21 = P("Từ năm 2021 đến nay", "2021-01-01", "2023-12-18")

FIGS = [
    F("ổn định 8.500 ha", "8.500", 8500, "measure", "ha", "diện tích chè", G, status="target"),
    F("đạt 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích chè chất lượng cao", G, total=8500,
      status="target"),
    F("đạt 105 tạ/ha", "105", 105, "measure", "tạ/ha", "năng suất chè bình quân", G, status="target"),
    F("đạt 80.000 tấn/năm", "80.000", 80000, "measure", "tấn/năm", "sản lượng chè búp tươi", G, status="target"),
    F("có 8.312 ha", "8.312", 8312, "measure", "ha", "diện tích chè", AS, percent=97.8),
    F("cao 2.460 ha", "2.460", 2460, "measure", "ha", "diện tích chè chất lượng cao", AS,
      change=C("increase", 380, "ha", "cuối năm 2022")),
    F("trồng mới 215 ha", "215", 215, "measure", "ha", "diện tích chè trồng mới", YTD,
      change=C("increase", 7.5, "%", "kế hoạch")),
    F("Yên Sơn (92 ha)", "92", 92, "measure", "ha", "diện tích chè trồng mới", YTD, location="Yên Sơn"),
    F("Hàm Yên (68 ha)", "68", 68, "measure", "ha", "diện tích chè trồng mới", YTD, location="Hàm Yên"),
    F("Sơn Dương (41 ha)", "41", 41, "measure", "ha", "diện tích chè trồng mới", YTD, location="Sơn Dương"),
    F("ước đạt 68.400 tấn", "68.400", 68400, "measure", "tấn", "sản lượng chè búp tươi", Y23, status="estimate"),
    F("bình quân 98,6 tạ/ha", "98,6", 98.6, "measure", "tạ/ha", "năng suất chè bình quân", Y23, status="estimate"),
    F("từ 85 đến 120 tạ/ha", "85", 85, "measure", "tạ/ha", "năng suất chè tùy vùng", Y23, value_max=120,
      status="estimate"),
    F("khoảng 650 tỷ đồng", "650", 650e9, "money", "đồng", "giá trị sản xuất chè", Y23i, approx="about",
      change=C("increase", 9.2, "%", "năm 2022"), status="estimate"),
    F("có 11 nhà máy", "11", 11, "count", "nhà máy", "nhà máy chế biến chè quy mô công nghiệp"),
    F("và 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã có sản phẩm chè đạt OCOP 4 sao"),
    F("OCOP 4 sao", "4", 4, "measure", "sao", optional=True),
    F("hỗ trợ 12,6 tỷ đồng", "12,6", 12.6e9, "money", "đồng", "ngân sách tỉnh hỗ trợ trồng mới, cải tạo chè", S21),
    F("bình quân 20 triệu đồng/ha", "20", 20e6, "money", "đồng/ha", "mức hỗ trợ bình quân", S21),
    F("khoảng 1.800 ha", "1.800", 1800, "measure", "ha", "diện tích chè già cỗi cần trồng thay thế", approx="about"),
    F("dưới 70 tạ/ha", "70", 70, "measure", "tạ/ha", "năng suất chè già cỗi", approx="under", optional=True),
]

emit("p382-8", TEXT, [
    "Provincial portal (Tuyên Quang), 'Ngày cập nhật:' without time: targets of the 2021-2025 tea programme, progress as of 30/9/2023,",
    "2023 output estimates, district list of new planting, support budget since 2021.",
    "'đạt 97,8% mục tiêu' is the share attribute; 'vượt 7,5% kế hoạch' is a gap to plan (change, baseline kế hoạch).",
    "'Từ đầu năm đến nay' / 'Từ năm 2021 đến nay' end at the dateline 2023-12-18. 'dưới 70 tạ/ha' (a criterion) and 'OCOP 4 sao' optional.",
    "'Nghị quyết số 06-NQ/TU', hotline, 'giai đoạn 2021-2025' in the headline are distractors.",
], FIGS, published="2023-12-18", location="Tuyên Quang")
