from lib import F, P, I, C, T, build

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Trang chủ > Tin hoạt động > Lâm nghiệp - Kiểm lâm

Giảm xung đột giữa người và voi: cần giải pháp đồng bộ
Ngày đăng: 18/03/2025 | Lượt xem: 1.043

Theo Cục Lâm nghiệp và Kiểm lâm, cả nước hiện còn khoảng 120-130 cá thể voi hoang dã, phân bố tại 6 tỉnh; Đắk Lắk và Đồng Nai lần lượt có khoảng 85 và 20 cá thể, Nghệ An 12 cá thể, Quảng Nam 11 cá thể. Voi châu Á thuộc nhóm IB theo Nghị định số 64/2019/NĐ-CP.

Giai đoạn 2020-2024, cả nước ghi nhận 1.146 vụ voi phá hoại tài sản, cây trồng, làm 3 người chết và 7 người bị thương; voi phá hoại hơn 620 ha cây trồng và 412 căn nhà, lán trại. Riêng năm 2024 có 286 vụ, giảm 9,2% so với năm 2023. Cũng trong giai đoạn này, 11 cá thể voi hoang dã bị chết, trong đó 4 cá thể chết do bẫy và điện giật.

Hiện 4/6 tỉnh có voi đã ban hành chính sách hỗ trợ thiệt hại do voi gây ra, mức hỗ trợ phổ biến từ 10 đến 30 triệu đồng/ha. Tổng chiều dài hàng rào điện ngăn voi đã xây dựng khoảng 46 km, trong đó Đồng Nai hơn 17 km, Đắk Lắk gần 9 km.

Theo Đề án bảo tồn voi đến năm 2030 ban hành kèm Quyết định số 1286/QĐ-TTg, mục tiêu đến năm 2030 ổn định quần thể voi hoang dã ở mức trên 150 cá thể; giảm ít nhất 50% số vụ xung đột so với giai đoạn 2020-2024; 100% tỉnh có voi hoang dã thành lập đội phản ứng nhanh. Tổng kinh phí thực hiện giai đoạn 2025-2030 dự kiến khoảng 560 tỷ đồng, trong đó ngân sách trung ương 320 tỷ đồng, chiếm 57,1%.

Thông tin trên được đưa ra tại hội nghị lần thứ 2 của Ban Chỉ đạo bảo tồn voi, tổ chức tại số 2 Ngọc Hà, Ba Đình, Hà Nội.
"""

G = P("Giai đoạn 2020-2024", "2020-01-01", "2024-12-31")
G30 = P("đến năm 2030", None, "2030-12-31")
G25 = P("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
NOTES = [
    "Ministry site (Bộ Nông nghiệp và Môi trường), 18/03/2025: national picture of human-elephant conflict; location Việt Nam by default.",
    "List after 'lần lượt' and bare list items share the indicator 'cá thể voi hoang dã'; each item's province is its location;",
    "the items carry no total (no part-of cue after the national range). 'Cũng trong giai đoạn này' refers back: inherited period.",
    "Targets to 2030: 'trên 150 cá thể' (over), 'giảm ít nhất 50% số vụ' (a rate with no base amount: percent figure, at_least), '100% tỉnh'.",
    "Distractors: nhóm IB, Nghị định số 64/2019/NĐ-CP, Quyết định số 1286/QĐ-TTg, 'Đề án … đến năm 2030', lần thứ 2, số 2 Ngọc Hà, Lượt xem.",
]
FIGS = [
    F("khoảng 120-130 cá thể", "120", 120, "count", "cá thể", "cá thể voi hoang dã", approx="about", value_max=130),
    F("tại 6 tỉnh", "6", 6, "count", "tỉnh", "tỉnh có voi hoang dã phân bố"),
    F("khoảng 85 và 20", "85", 85, "count", "cá thể", "cá thể voi hoang dã", approx="about", location="Đắk Lắk"),
    F("85 và 20 cá thể", "20", 20, "count", "cá thể", "cá thể voi hoang dã", approx="about", location="Đồng Nai"),
    F("Nghệ An 12 cá thể", "12", 12, "count", "cá thể", "cá thể voi hoang dã", location="Nghệ An"),
    F("Quảng Nam 11 cá thể", "11", 11, "count", "cá thể", "cá thể voi hoang dã", location="Quảng Nam"),
    F("ghi nhận 1.146 vụ", "1.146", 1146, "count", "vụ", "vụ voi phá hoại tài sản, cây trồng", G),
    F("làm 3 người chết", "3", 3, "count", "người", "người chết do voi", G),
    F("và 7 người bị thương", "7", 7, "count", "người", "người bị thương do voi", G),
    F("hơn 620 ha", "620", 620, "measure", "ha", "diện tích cây trồng bị voi phá hoại", G, approx="over"),
    F("và 412 căn nhà", "412", 412, "count", "căn nhà, lán trại", "căn nhà, lán trại bị voi phá hoại", G),
    F("có 286 vụ", "286", 286, "count", "vụ", "vụ voi phá hoại", P("năm 2024", "2024-01-01", "2024-12-31"),
      change=C("decrease", 9.2, "%", "năm 2023")),
    F("này, 11 cá thể", "11", 11, "count", "cá thể", "cá thể voi hoang dã bị chết", I(G)),
    F("trong đó 4 cá thể", "4", 4, "count", "cá thể", "cá thể voi chết do bẫy và điện giật", I(G), total=11),
    F("Hiện 4/6 tỉnh", "4", 4, "count", "tỉnh", "tỉnh có voi đã ban hành chính sách hỗ trợ thiệt hại do voi gây ra",
      total=6),
    F("từ 10 đến 30 triệu đồng/ha", "10", 10e6, "money", "đồng/ha", "mức hỗ trợ thiệt hại do voi gây ra phổ biến",
      value_max=30e6),
    F("khoảng 46 km", "46", 46, "measure", "km", "tổng chiều dài hàng rào điện ngăn voi đã xây dựng", approx="about"),
    F("hơn 17 km", "17", 17, "measure", "km", "chiều dài hàng rào điện ngăn voi", approx="over", total=46,
      location="Đồng Nai"),
    F("gần 9 km", "9", 9, "measure", "km", "chiều dài hàng rào điện ngăn voi", approx="nearly", total=46,
      location="Đắk Lắk"),
    F("trên 150 cá thể", "150", 150, "count", "cá thể", "quần thể voi hoang dã", G30, approx="over", status="target"),
    F("ít nhất 50%", "50", 50, "percent", "%", "giảm số vụ xung đột so với giai đoạn 2020-2024", G30,
      approx="at_least", status="target"),
    F("100% tỉnh", "100", 100, "percent", "%", "tỉnh có voi hoang dã thành lập đội phản ứng nhanh", G30, status="target"),
    F("khoảng 560 tỷ đồng", "560", 560e9, "money", "đồng", "tổng kinh phí thực hiện Đề án bảo tồn voi", G25,
      approx="about", status="forecast"),
    F("trung ương 320 tỷ đồng", "320", 320e9, "money", "đồng", "ngân sách trung ương", G25, total=560e9,
      percent=57.1, status="forecast"),
]
build("p1029-4", TEXT, NOTES, FIGS, published="2025-03-18", location="Việt Nam")
