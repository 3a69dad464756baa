"""p1037-4: Bộ Xây dựng (ministry site), national cremation facilities and rates 2024, targets 2030."""
from lib import F, P, I, C, T, emit

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Hạ tầng kỹ thuật

Cả nước có 110 cơ sở hỏa táng đang hoạt động

Ngày đăng: 05/03/2025 | Lượt xem: 1.174

Theo số liệu tổng hợp của Cục Hạ tầng kỹ thuật, tính đến ngày 31/12/2024, cả nước có 110 cơ sở hỏa táng đang hoạt động với 276 lò hỏa táng, phân bố tại 55/63 tỉnh, thành phố. Trong đó, khu vực phía Bắc có 72 cơ sở, miền Trung 21 cơ sở và miền Nam 17 cơ sở. Năm 2024, cả nước đưa vào vận hành thêm 9 cơ sở hỏa táng mới, trong đó 7 cơ sở do doanh nghiệp đầu tư.

Tỷ lệ hỏa táng bình quân cả nước năm 2024 ước đạt 32,5%, tăng 2,3 điểm phần trăm so với năm 2023; riêng khu vực đô thị ước đạt khoảng 50%. Các địa phương có tỷ lệ hỏa táng cao nhất là TP Hồ Chí Minh (91,6%), Hà Nội (80,4%), Nam Định (78,9%), Hải Phòng (74,2%) và Thái Bình (73,8%); trong khi nhiều tỉnh miền núi phía Bắc và Tây Nguyên vẫn dưới 5%.

Cả nước hiện có khoảng 3,2 vạn nghĩa trang, nghĩa địa với tổng diện tích trên 120.000 ha. Số nghĩa trang được đầu tư xây dựng theo quy hoạch mới chiếm khoảng 18%. Giai đoạn 2021-2024, tổng vốn đầu tư xã hội hóa vào các cơ sở hỏa táng, công viên nghĩa trang đạt khoảng 4.800 tỷ đồng, gấp 2,4 lần giai đoạn 2016-2020.

Mục tiêu đến năm 2030, tỷ lệ hỏa táng cả nước đạt 45%, trong đó các đô thị loại I trở lên đạt 70%; mỗi tỉnh, thành phố có ít nhất 1 cơ sở hỏa táng.

Bộ Xây dựng đang hoàn thiện dự thảo Nghị định thay thế Nghị định số 23/2016/NĐ-CP về xây dựng, quản lý, sử dụng nghĩa trang và cơ sở hỏa táng, dự kiến trình Chính phủ trong quý III/2025.

Bản quyền thuộc Bộ Xây dựng. Địa chỉ: 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3976.0271
"""

AS = P("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("Cả nước có 110 cơ sở", "110", 110, "count", "cơ sở hỏa táng", "cơ sở hỏa táng đang hoạt động"),
    F("cả nước có 110 cơ sở", "110", 110, "count", "cơ sở hỏa táng", "cơ sở hỏa táng đang hoạt động", AS),
    F("với 276 lò", "276", 276, "count", "lò hỏa táng", "lò hỏa táng", AS),
    F("55/63 tỉnh", "55", 55, "count", "tỉnh, thành phố", "tỉnh, thành phố có cơ sở hỏa táng", AS, total=63),
    F("có 72 cơ sở", "72", 72, "count", "cơ sở", "cơ sở hỏa táng khu vực phía Bắc", I(AS), total=110),
    F("Trung 21 cơ sở", "21", 21, "count", "cơ sở", "cơ sở hỏa táng miền Trung", I(AS), total=110),
    F("Nam 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở hỏa táng miền Nam", I(AS), total=110),
    F("thêm 9 cơ sở", "9", 9, "count", "cơ sở hỏa táng", "cơ sở hỏa táng mới đưa vào vận hành", Y24b),
    F("trong đó 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở hỏa táng do doanh nghiệp đầu tư", Y24b, total=9),
    F("ước đạt 32,5%", "32,5", 32.5, "percent", "%", "tỷ lệ hỏa táng bình quân cả nước", Y24, status="estimate",
      change=C("increase", 2.3, "điểm phần trăm", "năm 2023")),
    F("khoảng 50%", "50", 50, "percent", "%", "tỷ lệ hỏa táng khu vực đô thị", Y24, approx="about", status="estimate"),
    F("(91,6%)", "91,6", 91.6, "percent", "%", "tỷ lệ hỏa táng", I(Y24), location="TP Hồ Chí Minh"),
    F("(80,4%)", "80,4", 80.4, "percent", "%", "tỷ lệ hỏa táng", I(Y24), location="Hà Nội"),
    F("(78,9%)", "78,9", 78.9, "percent", "%", "tỷ lệ hỏa táng", I(Y24), location="Nam Định"),
    F("(74,2%)", "74,2", 74.2, "percent", "%", "tỷ lệ hỏa táng", I(Y24), location="Hải Phòng"),
    F("(73,8%)", "73,8", 73.8, "percent", "%", "tỷ lệ hỏa táng", I(Y24), location="Thái Bình"),
    F("dưới 5%", "5", 5, "percent", "%", "tỷ lệ hỏa táng nhiều tỉnh miền núi phía Bắc và Tây Nguyên", I(Y24), approx="under"),
    F("khoảng 3,2 vạn", "3,2", 32000, "count", "nghĩa trang, nghĩa địa", "nghĩa trang, nghĩa địa", approx="about"),
    F("trên 120.000 ha", "120.000", 120000, "measure", "ha", "tổng diện tích nghĩa trang, nghĩa địa", approx="over"),
    F("khoảng 18%", "18", 18, "percent", "%", "nghĩa trang được đầu tư xây dựng theo quy hoạch", approx="about"),
    F("khoảng 4.800 tỷ đồng", "4.800", 4.8e12, "money", "đồng",
      "tổng vốn đầu tư xã hội hóa vào các cơ sở hỏa táng, công viên nghĩa trang",
      P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31"), approx="about",
      change=C("increase", 2.4, "lần", "giai đoạn 2016-2020")),
    F("đạt 45%", "45", 45, "percent", "%", "tỷ lệ hỏa táng cả nước", T30, status="target"),
    F("đạt 70%", "70", 70, "percent", "%", "tỷ lệ hỏa táng các đô thị loại I trở lên", T30, status="target"),
    F("ít nhất 1 cơ sở", "1", 1, "count", "cơ sở hỏa táng", "cơ sở hỏa táng mỗi tỉnh, thành phố", T30,
      approx="at_least", status="target"),
]
COMMENTS = [
    "Bộ Xây dựng portal: national count of cremation facilities (as of 31/12/2024), national and provincial cremation rates 2024,",
    "cemeteries, investment 2021-2024, targets to 2030. Location Việt Nam; listed provinces are the locations of their own rates.",
    "Not figures: 'Ngày đăng: 05/03/2025', 'Lượt xem: 1.174', 'Nghị định số 23/2016/NĐ-CP', 'quý III/2025', 'đô thị loại I' (class),",
    "'37 Lê Đại Hành', phone 024.3976.0271, periods 'Giai đoạn 2021-2024', 'giai đoạn 2016-2020'.",
    "Regions (phía Bắc, miền Trung, miền Nam) are not provinces: location stays Việt Nam; 72+21+17 = 110 -> total 110.",
    "'gấp 2,4 lần giai đoạn 2016-2020' after the 4.800 tỷ đồng is that figure's change (like 'tăng 2,8 lần so với cùng kỳ'), not a multiple figure.",
    "'ước đạt' is repeated in the clause after ';' so 50% is an estimate; the list in the next sentence is actual.",
]
emit("p1037-4", TEXT, FIGS, COMMENTS, published="2025-03-05", location="Việt Nam")
