from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG LÁT
Tin tức - Sự kiện / Văn hóa - Xã hội
22/05/2024 14:05

Mường Lát mở 14 lớp xóa mù chữ cho gần 400 người dân

Thực hiện Kế hoạch số 36/KH-UBND về xóa mù chữ giai đoạn 2021-2025, năm 2024 Trung tâm GDNN-GDTX huyện phối hợp với UBND các xã mở 14 lớp xóa mù chữ với 386 học viên, trong đó 9 lớp giai đoạn 1 (248 học viên) và 5 lớp giai đoạn 2 (138 học viên).

Các lớp được mở tại 6/8 xã, thị trấn, nhiều nhất là các xã Pù Nhi (4 lớp), Mường Chanh (3 lớp), Quang Chiểu (3 lớp). Học viên là người dân tộc thiểu số chiếm 98,7%, phụ nữ chiếm 71,2%; học viên trong độ tuổi từ 15 đến 35 chiếm hơn 60%.

Kinh phí mở lớp năm 2024 là 1,26 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; học viên được hỗ trợ 30.000 đồng/buổi học, giáo viên được chi 150.000 đồng/buổi.

Tính đến hết năm 2023, tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 của huyện đạt 87,4%, tăng 6,1% so với năm 2020; toàn huyện còn 2.356 người trong độ tuổi chưa biết chữ. Huyện phấn đấu đến năm 2025 đạt tỷ lệ 92% và có 8/8 xã, thị trấn đạt chuẩn xóa mù chữ mức độ 1.

Mọi ý kiến đóng góp xin gửi về Văn phòng HĐND và UBND huyện, khu phố Chiềng Cang, điện thoại 0237.3590.129.

Hà Văn Thiện (Trung tâm VH-TT&TT huyện)
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến hết năm 2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("mở 14 lớp xóa mù chữ cho", "14", 14, "count", "lớp", "lớp xóa mù chữ", I(Y24)),
    F("gần 400 người", "400", 400, "count", "người", "người dân học xóa mù chữ", I(Y24), approx="nearly"),
    F("mở 14 lớp xóa mù chữ với", "14", 14, "count", "lớp", "lớp xóa mù chữ", Y24),
    F("với 386 học viên", "386", 386, "count", "học viên", "học viên xóa mù chữ", Y24),
    F("trong đó 9 lớp", "9", 9, "count", "lớp", "lớp xóa mù chữ giai đoạn 1", Y24, total=14),
    F("(248 học viên)", "248", 248, "count", "học viên", "học viên lớp giai đoạn 1", Y24, total=386),
    F("và 5 lớp", "5", 5, "count", "lớp", "lớp xóa mù chữ giai đoạn 2", Y24, total=14),
    F("(138 học viên)", "138", 138, "count", "học viên", "học viên lớp giai đoạn 2", Y24, total=386),
    F("tại 6/8 xã", "6", 6, "count", "xã, thị trấn", "xã, thị trấn mở lớp xóa mù chữ", I(Y24), total=8),
    F("Pù Nhi (4 lớp)", "4", 4, "count", "lớp", "lớp xóa mù chữ", I(Y24)),
    F("Mường Chanh (3 lớp)", "3", 3, "count", "lớp", "lớp xóa mù chữ", I(Y24)),
    F("Quang Chiểu (3 lớp)", "3", 3, "count", "lớp", "lớp xóa mù chữ", I(Y24)),
    F("chiếm 98,7%", "98,7", 98.7, "percent", "%", "học viên là người dân tộc thiểu số", I(Y24)),
    F("chiếm 71,2%", "71,2", 71.2, "percent", "%", "học viên phụ nữ", I(Y24)),
    F("từ 15 đến 35", "15", 15, "measure", "tuổi", value_max=35, optional=True),
    F("hơn 60%", "60", 60, "percent", "%", "học viên trong độ tuổi từ 15 đến 35", I(Y24), approx="over"),
    F("là 1,26 tỷ đồng", "1,26", 1260000000, "money", "đồng", "kinh phí mở lớp", Y24),
    F("hỗ trợ 30.000 đồng/buổi học", "30.000", 30000, "money", "đồng/buổi học", "mức hỗ trợ học viên", Y24),
    F("chi 150.000 đồng/buổi", "150.000", 150000, "money", "đồng/buổi", "mức chi cho giáo viên", Y24),
    F("từ 15 đến 60", "15", 15, "measure", "tuổi", value_max=60, optional=True),
    F("đạt 87,4%", "87,4", 87.4, "percent", "%", "tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2", ASOF,
      change=CH("increase", 6.1, "%", "năm 2020")),
    F("còn 2.356 người", "2.356", 2356, "count", "người", "người trong độ tuổi chưa biết chữ", ASOF),
    F("tỷ lệ 92%", "92", 92, "percent", "%", "tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2", T25, status="target"),
    F("có 8/8 xã", "8", 8, "count", "xã, thị trấn", "xã, thị trấn đạt chuẩn xóa mù chữ mức độ 1", T25,
      total=8, status="target"),
]

COMMENTS = [
    "District portal (huyện Mường Lát, Thanh Hóa): lớp xóa mù chữ năm 2024, học viên DTTS, kinh phí, tỷ lệ biết chữ.",
    "Bare dateline '22/05/2024 14:05' under the breadcrumb; byline at the end. Location of every figure is the district Mường Lát;",
    "communes in the list (Pù Nhi, Mường Chanh, Quang Chiểu) are below district level, so location stays Mường Lát (spec lists province/city/district).",
    "'giai đoạn 1/2' (stages of the literacy programme), 'mức độ 1/2' (literacy levels), 'Kế hoạch số 36/KH-UBND', phone: not figures.",
    "'(248 học viên)', '(138 học viên)' are parts of the 386 learners under 'trong đó' (they add up): total 386.",
    "Age bounds 'từ 15 đến 35', 'từ 15 đến 60' are optional (as 'từ 15 tuổi' in shared 000).",
    "'tăng 6,1% so với năm 2020' is the change of the 87,4% level; 'đến năm 2025' targets: status target, as-of end 2025.",
]

emit("p668-2", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Mường Lát")
