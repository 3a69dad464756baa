from lib import F, P, C, T, emit

text = """Năm 2023, tuyển sinh giáo dục nghề nghiệp vượt kế hoạch
Ngày đăng: 05/01/2024

Theo báo cáo tại Hội nghị tổng kết công tác năm 2023 của Tổng cục Giáo dục nghề nghiệp tổ chức ngày 4/1 tại Hà Nội, năm 2023 cả nước tuyển sinh giáo dục nghề nghiệp ước đạt 2.450.000 người, đạt 102% kế hoạch, tăng 8,6% so với năm 2022. Trong đó, trình độ cao đẳng, trung cấp khoảng 570.000 người; trình độ sơ cấp và các chương trình đào tạo thường xuyên khoảng 1.880.000 người.

Một số địa phương có kết quả tuyển sinh cao là Hà Nội (245.600 người), TP Hồ Chí Minh (198.300 người), Thanh Hóa (112.400 người) và Nghệ An (98.700 người). Số học sinh, sinh viên tốt nghiệp ước khoảng 2,27 triệu người. Tỷ lệ có việc làm sau tốt nghiệp đạt trên 85%, nhiều ngành, nghề đạt gần 100%.

Cả nước hiện có 1.877 cơ sở giáo dục nghề nghiệp, gồm 405 trường cao đẳng, 439 trường trung cấp và 1.033 trung tâm giáo dục nghề nghiệp; trong đó 1.208 cơ sở công lập, chiếm 64,4%. Giai đoạn 2021-2025, kinh phí Dự án 4 thuộc Chương trình MTQG giảm nghèo bền vững dành cho giáo dục nghề nghiệp vùng nghèo khoảng 4,6 nghìn tỷ đồng.

Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đến cuối năm 2023 ước đạt 27,6%, tăng 0,7 điểm phần trăm so với năm 2022 nhưng vẫn thấp hơn mục tiêu 28,5%.

Tại Kỳ thi Kỹ năng nghề ASEAN lần thứ 13, đội tuyển Việt Nam giành 9 huy chương vàng, 3 huy chương bạc, 1 huy chương đồng và 8 chứng chỉ kỹ năng nghề xuất sắc, xếp thứ nhất toàn đoàn.

Năm 2024, Bộ đặt chỉ tiêu tuyển sinh 2,5 triệu người, trong đó cao đẳng, trung cấp 600.000 người; phấn đấu đến năm 2025 tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 30% và đến năm 2030 đạt 35-40%.

Bộ Lao động - Thương binh và Xã hội. Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.38269556.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "tuyển sinh giáo dục nghề nghiệp"
CERT = "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ"
figs = [
    F("ước đạt 2.450.000 người", "2.450.000", 2450000, "count", "người", SUBJ, Y23,
      percent=102, change=C("increase", 8.6, "%", "năm 2022"), status="estimate"),
    F("khoảng 570.000 người", "570.000", 570000, "count", "người", "tuyển sinh trình độ cao đẳng, trung cấp", Y23i,
      approx="about", total=2450000, status="estimate"),
    F("khoảng 1.880.000 người", "1.880.000", 1880000, "count", "người",
      "tuyển sinh trình độ sơ cấp và các chương trình đào tạo thường xuyên", Y23i,
      approx="about", total=2450000, status="estimate"),
    F("Hà Nội (245.600 người)", "245.600", 245600, "count", "người", "kết quả tuyển sinh", Y23i, location="Hà Nội"),
    F("(198.300 người)", "198.300", 198300, "count", "người", "kết quả tuyển sinh", Y23i, location="TP Hồ Chí Minh"),
    F("(112.400 người)", "112.400", 112400, "count", "người", "kết quả tuyển sinh", Y23i, location="Thanh Hóa"),
    F("(98.700 người)", "98.700", 98700, "count", "người", "kết quả tuyển sinh", Y23i, location="Nghệ An"),
    F("khoảng 2,27 triệu", "2,27", 2270000, "count", "người", "học sinh, sinh viên tốt nghiệp", Y23i,
      approx="about", status="estimate"),
    F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ có việc làm sau tốt nghiệp", Y23i, approx="over"),
    F("đạt gần 100%", "100", 100, "percent", "%", "tỷ lệ có việc làm sau tốt nghiệp nhiều ngành, nghề", Y23i, approx="nearly"),
    F("có 1.877 cơ sở", "1.877", 1877, "count", "cơ sở giáo dục nghề nghiệp", "cơ sở giáo dục nghề nghiệp"),
    F("gồm 405 trường", "405", 405, "count", "trường cao đẳng", "trường cao đẳng", total=1877),
    F("439 trường trung cấp", "439", 439, "count", "trường trung cấp", "trường trung cấp", total=1877),
    F("1.033 trung tâm", "1.033", 1033, "count", "trung tâm giáo dục nghề nghiệp", "trung tâm giáo dục nghề nghiệp", total=1877),
    F("1.208 cơ sở công lập", "1.208", 1208, "count", "cơ sở", "cơ sở công lập", total=1877, percent=64.4),
    F("khoảng 4,6 nghìn tỷ", "4,6", 4.6e12, "money", "đồng",
      "kinh phí Dự án 4 thuộc Chương trình MTQG giảm nghèo bền vững dành cho giáo dục nghề nghiệp vùng nghèo",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="about"),
    F("ước đạt 27,6%", "27,6", 27.6, "percent", "%", CERT, P("đến cuối năm 2023", None, "2023-12-31"),
      change=C("increase", 0.7, "điểm phần trăm", "năm 2022"), target=T(28.5, "%", False), status="estimate"),
    F("giành 9 huy chương", "9", 9, "count", "huy chương vàng", "huy chương vàng Kỳ thi Kỹ năng nghề ASEAN"),
    F("3 huy chương bạc", "3", 3, "count", "huy chương bạc", "huy chương bạc Kỳ thi Kỹ năng nghề ASEAN"),
    F("1 huy chương đồng", "1", 1, "count", "huy chương đồng", "huy chương đồng Kỳ thi Kỹ năng nghề ASEAN"),
    F("8 chứng chỉ", "8", 8, "count", "chứng chỉ kỹ năng nghề xuất sắc", "chứng chỉ kỹ năng nghề xuất sắc"),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "xếp hạng toàn đoàn Kỳ thi Kỹ năng nghề ASEAN"),
    F("sinh 2,5 triệu người", "2,5", 2500000, "count", "người", "chỉ tiêu tuyển sinh", Y24, status="target"),
    F("trung cấp 600.000 người", "600.000", 600000, "count", "người", "chỉ tiêu tuyển sinh cao đẳng, trung cấp", Y24,
      total=2500000, status="target"),
    F("đạt 30%", "30", 30, "percent", "%", CERT, P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("đạt 35-40%", "35", 35, "percent", "%", CERT, P("đến năm 2030", None, "2030-12-31"), value_max=40, status="target"),
]

emit("p414-4", text, [
    "Bộ LĐ-TB&XH (ministry site): tuyển sinh giáo dục nghề nghiệp năm 2023, national figures. 'Ngày đăng: 05/01/2024' without time.",
    "Distractors: 'ngày 4/1 tại Hà Nội' (event venue, not the location of national figures), 'Dự án 4', 'Chương trình MTQG', 'lần thứ 13',",
    "footer address 'Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội' and phone 024.38269556.",
    "'ước đạt 2.450.000 người, đạt 102% kế hoạch, tăng 8,6%': percent 102, change +8,6, estimate; 'Trong đó' parts share the estimate and total.",
    "Province list: location = province, subject = the list's indicator. '2,27 triệu' is 'ước khoảng' (about, estimate); the next sentence is actual.",
    "'trong đó 1.208 cơ sở công lập' follows the list 'gồm 405 …, 439 …, 1.033 …': its whole is 1.877 (the figure the list hangs on), not the last sibling.",
    "'tăng 0,7 điểm phần trăm' is the change of 27,6% (unit điểm phần trăm); 'thấp hơn mục tiêu 28,5%' gives target 28,5 (met false).",
    "Medal counts are figures; 'xếp thứ nhất' is rank 1. 'Bộ đặt chỉ tiêu … 2,5 triệu' and 'phấn đấu' figures are targets; '35-40%' a range.",
    "The 4,6 nghìn tỷ allocation for 2021-2025 is annotated actual (an allocation stated as fact), approx about.",
], figs, published="2024-01-05", location="Việt Nam")
