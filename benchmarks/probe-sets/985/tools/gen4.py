"""p985-4: ministry site (Bộ Xây dựng), national green-space indicators."""
from lib import F, P, I, C, T, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Quy hoạch - Kiến trúc - Phát triển đô thị
Ngày đăng: 05/10/2023 | Lượt xem: 1.208

Nâng cao chất lượng hệ thống cây xanh, công viên trong các đô thị

Theo Cục Phát triển đô thị, tính đến tháng 6/2023, cả nước có 902 đô thị, tỷ lệ đô thị hóa đạt khoảng 42,6%. Tuy nhiên, diện tích cây xanh công cộng bình quân đầu người tại các đô thị mới đạt khoảng 2-3 m2/người, thấp hơn nhiều so với yêu cầu của QCVN 01:2021/BXD (tối thiểu 6 m2/người đối với đô thị loại I).

Một số đô thị có chỉ tiêu khá như Huế (7,2 m2/người), Đà Nẵng (6,8 m2/người), Vũng Tàu (6,1 m2/người); trong đó Huế xếp thứ 2 trong nhóm đô thị loại I. Trong khi đó, tại Hà Nội và TP Hồ Chí Minh, chỉ tiêu này lần lượt chỉ đạt khoảng 2,2 m2/người và 0,55 m2/người.

Sau 2 năm triển khai Đề án trồng một tỷ cây xanh giai đoạn 2021-2025 theo Quyết định số 524/QĐ-TTg, tính đến hết năm 2022, 63/63 tỉnh, thành phố đã trồng được khoảng 480 triệu cây, đạt 48% mục tiêu; trong đó cây xanh phân tán ở khu vực đô thị khoảng 36 triệu cây. Riêng năm 2022, cả nước trồng hơn 250 triệu cây, tăng 8,7% so với năm 2021.

Bộ Xây dựng đặt mục tiêu đến năm 2030, diện tích cây xanh công cộng bình quân tại các đô thị đạt 6-8 m2/người; 100% đô thị từ loại IV trở lên có quy hoạch hệ thống cây xanh được phê duyệt. Dự kiến trong năm 2024, Bộ sẽ trình Chính phủ sửa đổi Nghị định số 64/2010/NĐ-CP về quản lý cây xanh đô thị.

Tại hội thảo lần thứ 5 về phát triển đô thị xanh, các chuyên gia cho rằng nhiều đô thị chưa bố trí đủ quỹ đất cho công viên; tỷ lệ đất cây xanh trong các khu đô thị mới phổ biến chỉ từ 5% đến 7%.

Cổng thông tin điện tử Bộ Xây dựng - Số 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội
"""

AS6 = P("tính đến tháng 6/2023", None, "2023-06-30")
END22 = P("tính đến hết năm 2022", None, "2022-12-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
PC = "diện tích cây xanh công cộng bình quân đầu người"
FIGS = [
    F("có 902 đô thị", "902", 902, "count", "đô thị", "đô thị", AS6),
    F("khoảng 42,6%", "42,6", 42.6, "percent", "%", "tỷ lệ đô thị hóa", AS6, approx="about"),
    F("khoảng 2-3 m2/người", "2", 2, "measure", "m2/người", PC, value_max=3, approx="about"),
    F("tối thiểu 6 m2/người", "6", 6, "measure", "m2/người", "yêu cầu tối thiểu của QCVN 01:2021/BXD đối với đô thị loại I",
      approx="at_least", optional=True),
    F("Huế (7,2 m2/người)", "7,2", 7.2, "measure", "m2/người", PC, location="Huế"),
    F("Đà Nẵng (6,8 m2/người)", "6,8", 6.8, "measure", "m2/người", PC, location="Đà Nẵng"),
    F("Vũng Tàu (6,1 m2/người)", "6,1", 6.1, "measure", "m2/người", PC, location="Vũng Tàu"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "chỉ tiêu diện tích cây xanh công cộng bình quân trong nhóm đô thị loại I", location="Huế"),
    F("khoảng 2,2 m2/người", "2,2", 2.2, "measure", "m2/người", PC, approx="about", location="Hà Nội"),
    F("và 0,55 m2/người", "0,55", 0.55, "measure", "m2/người", PC, approx="about", location="TP Hồ Chí Minh"),
    F("một tỷ cây xanh", "một", 1e9, "count", "cây", "mục tiêu cây xanh trồng của Đề án", P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"),
      status="target", optional=True),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố trồng cây theo Đề án", END22, total=63),
    F("khoảng 480 triệu cây", "480", 480e6, "count", "cây", "cây xanh trồng được theo Đề án", END22,
      approx="about", percent=48),
    F("khoảng 36 triệu cây", "36", 36e6, "count", "cây", "cây xanh phân tán ở khu vực đô thị", END22,
      approx="about", total=480e6),
    F("hơn 250 triệu cây", "250", 250e6, "count", "cây", "cây xanh trồng", Y22, approx="over",
      change=C("increase", 8.7, baseline="năm 2021")),
    F("đạt 6-8 m2/người", "6", 6, "measure", "m2/người", "diện tích cây xanh công cộng bình quân tại các đô thị", T30,
      value_max=8, status="target"),
    F("100% đô thị", "100", 100, "percent", "%", "đô thị từ loại IV trở lên có quy hoạch hệ thống cây xanh được phê duyệt",
      T30, status="target"),
    F("từ 5% đến 7%", "5", 5, "percent", "%", "tỷ lệ đất cây xanh trong các khu đô thị mới", value_max=7),
]

NOTES = [
    "Bộ Xây dựng portal (invented), national: location Việt Nam; provinces/cities in the list are the items' locations.",
    "'lần lượt chỉ đạt khoảng 2,2 … và 0,55' : the list shares 'khoảng' (approx about for both) and the indicator.",
    "'tối thiểu 6 m2/người đối với đô thị loại I' is the standard's threshold: optional. 'đô thị loại I/IV' are classes, not figures.",
    "'63/63 tỉnh' -> 63 with total 63; 'đạt 48% mục tiêu' -> percent of 480 triệu. 'Sau 2 năm triển khai' only locates in time.",
    "'Đề án trồng một tỷ cây xanh' is the programme's name and also its target (the whole behind 'đạt 48% mục tiêu'): optional. 'hội thảo lần thứ 5' is an ordinal.",
    "revised after the first run: 'một tỷ cây xanh' added as optional (planned as optional, left out by mistake).",
    "'mới đạt khoảng 2-3 m2/người' has no period phrase (present state): no period. 'Dự kiến trong năm 2024' has no figure.",
    "Distractors: Lượt xem 1.208, QCVN 01:2021/BXD, Quyết định số 524/QĐ-TTg, Nghị định số 64/2010/NĐ-CP, giai đoạn 2021-2025, Số 37 Lê Đại Hành.",
]

write("p985-4", TEXT, FIGS, published="2023-10-05", location="Việt Nam", notes=NOTES)
