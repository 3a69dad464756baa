from lib import F, P, PI, CH, T, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin hoạt động

Niên vụ 2023-2024: Sản lượng đường cả nước vượt 1 triệu tấn

Theo Cục Trồng trọt, niên vụ 2023-2024 cả nước có 25/29 nhà máy đường hoạt động, tổng diện tích mía đạt khoảng 182.000 ha, tăng 7,3% so với niên vụ trước. Năng suất mía bình quân đạt 68,4 tấn/ha; tổng lượng mía ép đạt 10,2 triệu tấn, sản xuất được 1.062.000 tấn đường các loại.

Ba tỉnh có diện tích lớn nhất là Gia Lai (38.960 ha), Thanh Hóa (26.450 ha) và Tây Ninh (10.840 ha), chiếm gần 42% tổng diện tích mía cả nước. Tỷ lệ tiêu hao bình quân ở mức 9,6 tấn mía/tấn đường, giảm 0,3 tấn so với niên vụ 2022-2023; chữ đường bình quân đạt 10,3 CCS. Giá mía nhà máy thu mua tại ruộng khoảng 1,1-1,3 triệu đồng/tấn, mức cao nhất trong 10 năm gần đây.

Tuy nhiên, ngành mía đường vẫn chịu sức ép lớn từ đường nhập lậu và đường lỏng. Năm 2023, Việt Nam nhập khẩu 545.000 tấn đường, trong đó từ Thái Lan chiếm 67%; nhập khẩu đường lỏng (siro) từ Hàn Quốc, Trung Quốc tăng gấp 2,5 lần so với năm 2022.

Thực hiện Quyết định số 889/QĐ-BNN-TT ngày 25/3/2022 của Bộ trưởng, mục tiêu đến năm 2030 diện tích mía cả nước ổn định khoảng 200.000 ha, năng suất đạt 80 tấn/ha, sản lượng đường đạt 1,5-2 triệu tấn/năm; phấn đấu 40% diện tích mía được tưới.

Phát biểu tại hội nghị trực tuyến với 12 điểm cầu, Thứ trưởng Lê Quang Hưng đề nghị các địa phương rà soát quy hoạch vùng nguyên liệu, hỗ trợ người trồng mía tiếp cận giống mới, cơ giới hóa đồng bộ.

Trung tâm Khuyến nông Quốc gia - Số 16 Thụy Khuê, Tây Hồ, Hà Nội
"""

NV = P("niên vụ 2023-2024", "2023-01-01", "2024-12-31")
NVI = PI("niên vụ 2023-2024", "2023-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("vượt 1 triệu tấn", "1", "measure", "tấn", "Sản lượng đường cả nước", mult=10**6, approx="over", optional=True),
    F("có 25/29 nhà máy", "25", "count", "nhà máy đường", "nhà máy đường hoạt động", total=29, period=NV),
    F("khoảng 182.000 ha", "182.000", "measure", "ha", "tổng diện tích mía", approx="about",
      change=CH("inc", 7.3, "%", "niên vụ trước"), period=NV),
    F("đạt 68,4 tấn/ha", "68,4", "measure", "tấn/ha", "Năng suất mía bình quân", period=NVI),
    F("đạt 10,2 triệu tấn", "10,2", "measure", "tấn", "tổng lượng mía ép", mult=10**6, period=NVI),
    F("được 1.062.000 tấn", "1.062.000", "measure", "tấn", "đường các loại sản xuất", period=NVI),
    F("Ba tỉnh", "Ba", "count", "tỉnh", "tỉnh có diện tích mía lớn nhất", value=3, optional=True),
    F("Gia Lai (38.960 ha)", "38.960", "measure", "ha", "diện tích mía", location="Gia Lai", period=NVI),
    F("Thanh Hóa (26.450 ha)", "26.450", "measure", "ha", "diện tích mía", location="Thanh Hóa", period=NVI),
    F("Tây Ninh (10.840 ha)", "10.840", "measure", "ha", "diện tích mía", location="Tây Ninh", period=NVI),
    F("chiếm gần 42%", "42", "percent", "%", "tỷ trọng diện tích mía ba tỉnh lớn nhất trong tổng diện tích mía cả nước",
      approx="nearly", period=NVI),
    F("mức 9,6 tấn mía/tấn đường", "9,6", "measure", "tấn mía/tấn đường", "Tỷ lệ tiêu hao bình quân",
      change=CH("dec", 0.3, "tấn", "niên vụ 2022-2023"), period=NVI),
    F("đạt 10,3 CCS", "10,3", "measure", "CCS", "chữ đường bình quân", period=NVI),
    F("khoảng 1,1-1,3 triệu", "1,1", "money", "đồng/tấn", "Giá mía nhà máy thu mua tại ruộng", mult=10**6,
      value_max=1300000, approx="about", period=NVI),
    F("trong 10 năm gần đây", "10", "count", "năm", optional=True),
    F("khẩu 545.000 tấn đường", "545.000", "measure", "tấn", "đường nhập khẩu", period=Y23),
    F("chiếm 67%", "67", "percent", "%", "tỷ trọng đường nhập khẩu từ Thái Lan", period=Y23),
    F("gấp 2,5 lần", "2,5", "multiple", "lần", "tăng nhập khẩu đường lỏng (siro) từ Hàn Quốc, Trung Quốc", period=Y23),
    F("khoảng 200.000 ha", "200.000", "measure", "ha", "diện tích mía cả nước", approx="about", status="target", period=T30),
    F("đạt 80 tấn/ha", "80", "measure", "tấn/ha", "năng suất mía", status="target", period=T30),
    F("đạt 1,5-2 triệu", "1,5", "measure", "tấn/năm", "sản lượng đường", mult=10**6, value_max=2000000, status="target", period=T30),
    F("phấn đấu 40%", "40", "percent", "%", "diện tích mía được tưới", status="target", period=T30),
    F("với 12 điểm cầu", "12", "count", "điểm cầu", "điểm cầu hội nghị trực tuyến", optional=True),
]

COMMENTS = """
Ministry site (Bộ NN&PTNT): national results of the 2023-2024 crushing season. No dateline at all (published null). Location Việt Nam by default.
'25/29 nhà máy' total 29. Provinces in the bracket list take their own location; the share 'chiếm gần 42% tổng diện tích mía cả nước' after the list is national.
'9,6 tấn mía/tấn đường' is a rate (unit carries the denominator), its change 'giảm 0,3 tấn'. 'khoảng 1,1-1,3 triệu đồng/tấn' is a range (about).
'Năm 2023' heads the import sentence; Thái Lan, Hàn Quốc, Trung Quốc are trade partners, not places. 'tăng gấp 2,5 lần so với năm 2022' has no base amount:
a multiple figure of its own (period: the sentence's 'Năm 2023'). 2030 targets: 'mục tiêu đến năm 2030' governs the whole list (status target).
Distractors: 'Quyết định số 889/QĐ-BNN-TT ngày 25/3/2022', address 'Số 16 Thụy Khuê', person's name, 'niên vụ 2022-2023' baseline.
Optional: headline 'vượt 1 triệu tấn' (restates 1.062.000), 'Ba tỉnh' (list head), 'trong 10 năm gần đây' (duration), '12 điểm cầu' (event furniture).
"""

build(4, TEXT, FIGS, COMMENTS, location="Việt Nam")
