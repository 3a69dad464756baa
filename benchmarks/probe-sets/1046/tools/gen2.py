"""p1046-2: district portal (quận Đống Đa, Hà Nội) — old collective housing estates."""
from lib import F, P, I, C, T, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN ĐỐNG ĐA - THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức - Sự kiện / Quản lý đô thị
Thứ Năm, 16/05/2024 - 10:20

Đống Đa đẩy nhanh cải tạo các khu tập thể cũ

Sáng 15/5, UBND quận tổ chức hội nghị triển khai Kế hoạch số 112/KH-UBND về cải tạo, xây dựng lại nhà chung cư cũ năm 2024.

Theo báo cáo, trên địa bàn quận hiện có 226 nhà chung cư cũ thuộc 11 khu tập thể, gồm 5 nhà nguy hiểm cấp D, 118 nhà cấp C và 103 nhà cấp B. Các khu tập thể có gần 9.800 căn hộ với khoảng 34.000 nhân khẩu; phần lớn được xây dựng từ năm 1960 đến 1990, cao từ 2 đến 5 tầng.

Năm 2023, quận đã hoàn thành di dời 87 hộ dân ra khỏi 3 nhà cấp D tại khu tập thể Kim Liên (nhà B6, B7) và Nam Đồng (nhà A2), tăng 29 hộ so với năm 2022. Tổng kinh phí hỗ trợ tạm cư là 6,8 tỷ đồng, bình quân khoảng 78 triệu đồng/hộ.

Tính đến 30/4/2024, số hộ còn lại tại 2 nhà cấp D là 64 hộ. Năm nay, quận phấn đấu di dời 100% số hộ này, đồng thời hoàn thành lựa chọn nhà đầu tư cải tạo khu tập thể Trung Tự.

Khu tập thể Trung Tự rộng khoảng 4,6 ha, gồm 22 nhà chung cư với 1.870 căn hộ. Theo quy hoạch, sau cải tạo mật độ xây dựng khu vực còn khoảng 40%, dân số dự kiến khoảng 12.000 người.

Phó Chủ tịch UBND quận Lê Văn Ba cho biết, khó khăn lớn nhất là lấy ý kiến người dân, bởi phương án bồi thường chỉ được thông qua khi có trên 75% chủ sở hữu đồng ý. Đến nay, mới có 2/11 khu tập thể đạt tỷ lệ đồng thuận này.

Minh Hà - Phòng Quản lý đô thị
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến 30/4/2024", None, "2024-04-30")

FIGS = [
    F("có 226 nhà chung cư cũ", "226", 226, "count", "nhà chung cư cũ", "nhà chung cư cũ"),
    F("thuộc 11 khu tập thể", "11", 11, "count", "khu tập thể", "khu tập thể"),
    F("gồm 5 nhà", "5", 5, "count", "nhà", "nhà chung cư cũ nguy hiểm cấp D", total=226),
    F("118 nhà cấp C", "118", 118, "count", "nhà", "nhà chung cư cũ cấp C", total=226),
    F("103 nhà cấp B", "103", 103, "count", "nhà", "nhà chung cư cũ cấp B", total=226),
    F("gần 9.800 căn hộ", "9.800", 9800, "count", "căn hộ", "căn hộ tại các khu tập thể", approx="nearly"),
    F("khoảng 34.000 nhân khẩu", "34.000", 34000, "count", "nhân khẩu", "nhân khẩu tại các khu tập thể",
      approx="about"),
    F("cao từ 2 đến 5 tầng", "2", 2, "measure", "tầng", "chiều cao nhà chung cư cũ", value_max=5),
    F("di dời 87 hộ dân", "87", 87, "count", "hộ dân", "hộ dân di dời ra khỏi nhà cấp D",
      change=C("increase", 29, "hộ", "năm 2022"), period=Y23),
    F("khỏi 3 nhà cấp D", "3", 3, "count", "nhà", "nhà cấp D di dời hộ dân", period=Y23),
    F("là 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "tổng kinh phí hỗ trợ tạm cư", period=I(Y23)),
    F("khoảng 78 triệu đồng/hộ", "78", 78e6, "money", "đồng/hộ", "kinh phí hỗ trợ tạm cư bình quân",
      approx="about", period=I(Y23)),
    F("tại 2 nhà cấp D", "2", 2, "count", "nhà", "nhà cấp D còn hộ dân chưa di dời", period=ASOF),
    F("là 64 hộ", "64", 64, "count", "hộ", "số hộ còn lại tại nhà cấp D", period=ASOF),
    F("di dời 100% số hộ", "100", 100, "percent", "%", "số hộ còn lại tại nhà cấp D được di dời",
      status="target", period=P("Năm nay", "2024-01-01", "2024-12-31")),
    F("khoảng 4,6 ha", "4,6", 4.6, "measure", "ha", "diện tích khu tập thể Trung Tự", approx="about"),
    F("gồm 22 nhà chung cư", "22", 22, "count", "nhà chung cư", "nhà chung cư khu tập thể Trung Tự"),
    F("với 1.870 căn hộ", "1.870", 1870, "count", "căn hộ", "căn hộ khu tập thể Trung Tự"),
    F("còn khoảng 40%", "40", 40, "percent", "%", "mật độ xây dựng khu vực sau cải tạo",
      approx="about", status="target"),
    F("khoảng 12.000 người", "12.000", 12000, "count", "người", "dân số khu vực sau cải tạo",
      approx="about", status="forecast"),
    F("trên 75% chủ sở hữu", "75", 75, "percent", "%", "chủ sở hữu đồng ý phương án bồi thường",
      approx="over", optional=True),
    F("có 2/11 khu tập thể", "2", 2, "count", "khu tập thể", "khu tập thể đạt tỷ lệ đồng thuận",
      total=11, period=P("Đến nay", None, "2024-05-16")),
]

NOTES = [
    "District portal (quận Đống Đa, Hà Nội). Location Đống Đa throughout (the heading's Hà Nội names the city of the portal).",
    "Distractors: 16/05/2024 - 10:20, Sáng 15/5, Kế hoạch số 112/KH-UBND, 'từ năm 1960 đến 1990', nhà B6, B7, A2,",
    "Lê Văn Ba. 'trên 75% chủ sở hữu' is the legal approval threshold, not a fact: optional.",
    "5/118/103 follow 'gồm' after 226 nhà (the '11 khu tập thể' standing between counts another thing), so total 226.",
    "'Theo quy hoạch … còn khoảng 40%' is target; 'dân số dự kiến khoảng 12.000' has its own cue: forecast.",
]

write(2, TEXT, FIGS, NOTES, published="2024-05-16", location="Đống Đa")
