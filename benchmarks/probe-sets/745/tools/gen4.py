from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Chăn nuôi - Thú y
Ngày đăng: 21/02/2024 | Lượt xem: 1.872

Chăn nuôi vịt năm 2023: Tổng đàn vịt đạt hơn 101 triệu con

Theo Cục Chăn nuôi, tính đến tháng 12/2023, tổng đàn thủy cầm cả nước đạt khoảng 118,5 triệu con, trong đó đàn vịt hơn 101,2 triệu con, tăng 3,4% so với cùng kỳ năm 2022. Việt Nam hiện đứng thứ 2 thế giới về quy mô đàn vịt, chỉ sau Trung Quốc.

Sản lượng trứng vịt năm 2023 ước đạt 5,6 tỷ quả, chiếm 31% tổng sản lượng trứng gia cầm; sản lượng thịt vịt hơi đạt 512,3 nghìn tấn.

Cả nước có 12 tỉnh có tổng đàn vịt trên 3 triệu con, gồm Đồng Tháp (7,8 triệu con), An Giang (6,9 triệu con), Hà Nội (5,2 triệu con), Thanh Hóa (4,7 triệu con)...

Cả nước hiện có 1.250 cơ sở ấp trứng thủy cầm, trong đó 86 cơ sở quy mô công nghiệp với công suất trên 1 triệu con giống/năm. Năm 2023, xuất khẩu thịt vịt và trứng vịt muối đạt 38,5 triệu USD, tăng 12,6% so với năm 2022; thị trường chính là Hồng Kông (Trung Quốc), Nhật Bản và Malaysia.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030 (Quyết định số 1520/QĐ-TTg ngày 06/10/2020), đến năm 2030 tổng đàn thủy cầm cả nước đạt 130-140 triệu con, tỷ lệ vịt giống được sản xuất trong nước đạt trên 95%.

Cục trưởng Cục Chăn nuôi cho biết, trong năm 2024 Cục dự kiến phối hợp với 3 viện nghiên cứu chọn tạo giống vịt năng suất cao, trong đó có Trung tâm Nghiên cứu vịt Đại Xuyên.

Cục Chăn nuôi - Số 16 Thụy Khuê, Tây Hồ, Hà Nội. ĐT: 024.3734.5443
"""

Y23h = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến tháng 12/2023", None, "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt hơn 101 triệu con", "101", 101000000, "count", "con", "tổng đàn vịt", Y23h, approx="over"),
    F("khoảng 118,5 triệu con", "118,5", 118500000, "count", "con", "tổng đàn thủy cầm", ASOF, approx="about"),
    F("hơn 101,2 triệu con", "101,2", 101200000, "count", "con", "đàn vịt", ASOF, approx="over", total=118500000,
      change=CH("increase", 3.4, baseline="cùng kỳ năm 2022")),
    F("đứng thứ 2 thế giới", "2", 2, "rank", "hạng", "quy mô đàn vịt"),
    F("ước đạt 5,6 tỷ quả", "5,6", 5600000000, "count", "quả", "sản lượng trứng vịt", Y23, percent=31,
      status="estimate"),
    F("đạt 512,3 nghìn tấn", "512,3", 512300, "measure", "tấn", "sản lượng thịt vịt hơi", I(Y23)),
    F("có 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh có tổng đàn vịt trên 3 triệu con"),
    F("trên 3 triệu con", "3", 3000000, "count", "con", "tổng đàn vịt", approx="over", optional=True),
    F("(7,8 triệu con)", "7,8", 7800000, "count", "con", "tổng đàn vịt", location="Đồng Tháp"),
    F("(6,9 triệu con)", "6,9", 6900000, "count", "con", "tổng đàn vịt", location="An Giang"),
    F("(5,2 triệu con)", "5,2", 5200000, "count", "con", "tổng đàn vịt", location="Hà Nội"),
    F("(4,7 triệu con)", "4,7", 4700000, "count", "con", "tổng đàn vịt", location="Thanh Hóa"),
    F("có 1.250 cơ sở", "1.250", 1250, "count", "cơ sở", "cơ sở ấp trứng thủy cầm"),
    F("86 cơ sở", "86", 86, "count", "cơ sở", "cơ sở ấp trứng thủy cầm quy mô công nghiệp", total=1250),
    F("trên 1 triệu con giống/năm", "1", 1000000, "measure", "con giống/năm", "công suất cơ sở quy mô công nghiệp",
      approx="over", optional=True),
    F("đạt 38,5 triệu USD", "38,5", 38500000, "money", "USD", "xuất khẩu thịt vịt và trứng vịt muối", Y23b,
      change=CH("increase", 12.6, baseline="năm 2022")),
    F("đạt 130-140 triệu con", "130", 130000000, "count", "con", "tổng đàn thủy cầm", T30, value_max=140000000,
      status="target"),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ vịt giống được sản xuất trong nước", T30, approx="over",
      status="target"),
    F("với 3 viện", "3", 3, "count", "viện nghiên cứu", "viện nghiên cứu phối hợp chọn tạo giống vịt năng suất cao",
      Y24, status="forecast"),
]

COMMENTS = [
    "Bộ NN&PTNT site: chăn nuôi vịt năm 2023 (Cục Chăn nuôi) — national flock, eggs, meat, provinces, hatcheries, exports, 2030 targets.",
    "'Ngày đăng: 21/02/2024 | Lượt xem: 1.872'. National figures: location Việt Nam; bracketed provinces are their own locations.",
    "Thresholds 'trên 3 triệu con' (defines the 12 provinces) and 'trên 1 triệu con giống/năm' (defines the 86) are optional.",
    "'12 tỉnh ... gồm' items count con, not tỉnh: no total. Export markets are not places. '512,3 nghìn tấn' after ';' has its own verb: actual.",
    "'dự kiến phối hợp' = forecast. Distractors: QĐ 1520/QĐ-TTg, 'giai đoạn 2021-2030', 'Số 16 Thụy Khuê', phone, counter.",
]

if __name__ == "__main__":
    emit("p745-4", TEXT, COMMENTS, FIGS, published="2024-02-21", location="Việt Nam")
