from lib import F, P, I, CH, TG, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ > Tin tức > Du lịch
Ngày đăng: 18/09/2024 | Lượt xem: 2.063

Cả nước có 45 sản phẩm du lịch cộng đồng đạt chuẩn OCOP

Theo Cục Du lịch Quốc gia Việt Nam, tính đến tháng 8/2024, cả nước có khoảng 1.000 điểm du lịch cộng đồng tại 40 tỉnh, thành phố, với hơn 5.000 cơ sở lưu trú homestay. Trong năm 2023, các điểm du lịch cộng đồng phục vụ khoảng 12,5 triệu lượt khách, chiếm 11% tổng lượt khách nội địa.

Chương trình OCOP đã công nhận 45 sản phẩm du lịch cộng đồng, điểm du lịch đạt từ 3 sao trở lên, gồm 38 sản phẩm 3 sao, 6 sản phẩm 4 sao và 1 sản phẩm 5 sao. Quảng Ninh là địa phương có nhiều sản phẩm OCOP du lịch nhất với 9 sản phẩm, tiếp đến là Lào Cai 6 sản phẩm, Hà Giang 5 sản phẩm.

Giai đoạn 2021-2023, Bộ đã tổ chức 27 lớp bồi dưỡng cho gần 2.400 người làm du lịch cộng đồng tại các tỉnh miền núi phía Bắc và Tây Nguyên. Theo khảo sát của Cục, chi tiêu bình quân của khách tại các điểm du lịch cộng đồng khoảng 1,2 triệu đồng/ngày, thấp hơn 35% so với khách lưu trú tại khách sạn từ 3 sao.

Theo Quyết định số 922/QĐ-BVHTTDL, mục tiêu đến năm 2025 mỗi tỉnh có điểm du lịch cộng đồng xây dựng ít nhất 2 sản phẩm đạt chuẩn OCOP; đến năm 2030 có 80% điểm du lịch cộng đồng áp dụng bộ tiêu chuẩn quốc gia TCVN 13259:2020.

Cổng Thông tin điện tử Bộ Văn hóa, Thể thao và Du lịch
Địa chỉ: 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

ASOF = P("tính đến tháng 8/2024", None, "2024-08-31")
Y23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
OC = "sản phẩm du lịch cộng đồng, điểm du lịch đạt chuẩn OCOP"

FIGS = [
    F("có 45 sản phẩm", "45", 45, "count", "sản phẩm", "sản phẩm du lịch cộng đồng đạt chuẩn OCOP"),
    F("khoảng 1.000 điểm", "1.000", 1000, "count", "điểm du lịch cộng đồng", "điểm du lịch cộng đồng", ASOF,
      approx="about"),
    F("tại 40 tỉnh", "40", 40, "count", "tỉnh, thành phố", "tỉnh, thành phố có điểm du lịch cộng đồng", ASOF),
    F("hơn 5.000 cơ sở", "5.000", 5000, "count", "cơ sở lưu trú homestay", "cơ sở lưu trú homestay", ASOF,
      approx="over"),
    F("khoảng 12,5 triệu", "12,5", 12500000, "count", "lượt khách", "lượt khách các điểm du lịch cộng đồng phục vụ",
      Y23, approx="about", percent=11),
    F("công nhận 45 sản phẩm", "45", 45, "count", "sản phẩm", OC),
    F("gồm 38 sản phẩm", "38", 38, "count", "sản phẩm", "sản phẩm OCOP du lịch 3 sao", total=45),
    F("6 sản phẩm 4 sao", "6", 6, "count", "sản phẩm", "sản phẩm OCOP du lịch 4 sao", total=45),
    F("và 1 sản phẩm 5 sao", "1", 1, "count", "sản phẩm", "sản phẩm OCOP du lịch 5 sao", total=45),
    F("với 9 sản phẩm", "9", 9, "count", "sản phẩm", "sản phẩm OCOP du lịch", location="Quảng Ninh"),
    F("Lào Cai 6 sản phẩm", "6", 6, "count", "sản phẩm", "sản phẩm OCOP du lịch", location="Lào Cai"),
    F("Hà Giang 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm OCOP du lịch", location="Hà Giang"),
    F("tổ chức 27 lớp", "27", 27, "count", "lớp", "lớp bồi dưỡng người làm du lịch cộng đồng", G),
    F("gần 2.400 người", "2.400", 2400, "count", "người", "người làm du lịch cộng đồng được bồi dưỡng", G,
      approx="nearly"),
    F("khoảng 1,2 triệu", "1,2", 1200000, "money", "đồng/ngày",
      "chi tiêu bình quân của khách tại các điểm du lịch cộng đồng", approx="about",
      change=CH("decrease", 35, "%", "khách lưu trú tại khách sạn từ 3 sao")),
    F("ít nhất 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm đạt chuẩn OCOP mỗi tỉnh có điểm du lịch cộng đồng",
      T25, approx="at_least", status="target"),
    F("có 80% điểm", "80", 80, "percent", "%",
      "điểm du lịch cộng đồng áp dụng bộ tiêu chuẩn quốc gia", T30, status="target"),
]

COMMENTS = [
    "Bộ VHTTDL (ministry site): breadcrumb, 'Ngày đăng: 18/09/2024 | Lượt xem: 2.063'. National figures -> location Việt Nam.",
    "Community-tourism sites and homestays nationwide (as of 8/2024), visitors 2023 with share of domestic visitors, OCOP tourism products by star",
    "class after 'gồm' (total 45), provinces with most OCOP tourism products (list items -> location), training 2021-2023, spending per day, targets.",
    "Star classes ('3 sao', '4 sao', '5 sao', 'khách sạn từ 3 sao') are classification levels like 'mức độ 3, 4', not figures.",
    "'thấp hơn 35% so với khách … khách sạn' -> change (decrease 35%) of the spending figure. Targets: 'mục tiêu đến năm 2025 … ít nhất 2' (at_least),",
    "'đến năm 2030 có 80% …' -> target status, periods ending 2025-12-31 / 2030-12-31. Headline 45 gets no period.",
    "Distractors: 'Quyết định số 922/QĐ-BVHTTDL', 'TCVN 13259:2020', '51 Ngô Quyền', '024.3943.8231', 'Lượt xem: 2.063', 'tháng 8/2024'.",
]

emit("p653-4", TEXT, COMMENTS, FIGS, published="2024-09-18", location="Việt Nam")
