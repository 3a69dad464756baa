"""p1041-2: district portal (Tiên Du, Bắc Ninh), quan họ clubs."""
from lib import F, P, I, CH, TG, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN DU - TỈNH BẮC NINH
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội
Tiên Du: 42 câu lạc bộ quan họ hoạt động thường xuyên
Thứ Hai, 21/08/2023 - 14:35

Huyện Tiên Du hiện có 12 làng quan họ gốc trong tổng số 44 làng quan họ gốc của tỉnh Bắc Ninh được UNESCO ghi danh năm 2009. Toàn huyện có 42 câu lạc bộ quan họ với 1.130 hội viên, trong đó 320 hội viên dưới 30 tuổi, chiếm 28,3%. Các xã có nhiều câu lạc bộ nhất lần lượt là Liên Bão (7 câu lạc bộ), Nội Duệ (6 câu lạc bộ) và Hoàn Sơn (5 câu lạc bộ).

6 tháng đầu năm 2023, các câu lạc bộ đã tổ chức 215 buổi sinh hoạt, biểu diễn phục vụ lễ hội, tăng 18% so với cùng kỳ năm 2022, thu hút khoảng 12.000 lượt người xem. Riêng Hội Lim ngày 13 tháng Giêng có 26 câu lạc bộ tham gia hát canh, hát thuyền trên hồ Lim.

Huyện hiện có 9 Nghệ nhân Ưu tú và 37 nghệ nhân quan họ được tỉnh công nhận. Năm 2023, huyện hỗ trợ mỗi câu lạc bộ 10 triệu đồng để mua sắm trang phục, nhạc cụ, tổng kinh phí 420 triệu đồng; nghệ nhân truyền dạy được hỗ trợ thêm 1,2 triệu đồng/người/tháng.

Theo Kế hoạch số 152/KH-UBND của UBND huyện, mục tiêu đến năm 2025, 100% làng quan họ gốc có câu lạc bộ hoạt động thường xuyên, mỗi làng có ít nhất 5 cặp liền anh, liền chị trẻ kế cận. Dự kiến năm 2024, huyện tổ chức Liên hoan quan họ lần thứ 15 với khoảng 30 câu lạc bộ tham gia.

Minh Thu (Trung tâm Văn hóa - Thông tin huyện)

Địa chỉ: Số 1 đường Lý Thường Kiệt, thị trấn Lim, huyện Tiên Du. Điện thoại: 0222.3838.216
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Tiên Du: 42 câu lạc bộ", "42", 42, "count", "câu lạc bộ",
      "câu lạc bộ quan họ hoạt động thường xuyên"),
    F("có 12 làng quan họ gốc", "12", 12, "count", "làng quan họ gốc", "làng quan họ gốc", total=44),
    F("có 42 câu lạc bộ quan họ với", "42", 42, "count", "câu lạc bộ", "câu lạc bộ quan họ"),
    F("với 1.130 hội viên", "1.130", 1130, "count", "hội viên", "hội viên câu lạc bộ quan họ"),
    F("320 hội viên", "320", 320, "count", "hội viên", "hội viên dưới 30 tuổi", total=1130, percent=28.3),
    F("dưới 30 tuổi", "30", 30, "measure", "tuổi", "tuổi hội viên", approx="under", optional=True),
    F("Liên Bão (7 câu lạc bộ)", "7", 7, "count", "câu lạc bộ", "câu lạc bộ quan họ"),
    F("Nội Duệ (6 câu lạc bộ)", "6", 6, "count", "câu lạc bộ", "câu lạc bộ quan họ"),
    F("Hoàn Sơn (5 câu lạc bộ)", "5", 5, "count", "câu lạc bộ", "câu lạc bộ quan họ"),
    F("tổ chức 215 buổi", "215", 215, "count", "buổi", "buổi sinh hoạt, biểu diễn phục vụ lễ hội", H1,
      change=CH("increase", 18, "%", "cùng kỳ năm 2022")),
    F("khoảng 12.000 lượt người xem", "12.000", 12000, "count", "lượt người xem", "lượt người xem", H1,
      approx="about"),
    F("có 26 câu lạc bộ", "26", 26, "count", "câu lạc bộ",
      "câu lạc bộ tham gia hát canh, hát thuyền tại Hội Lim"),
    F("có 9 Nghệ nhân Ưu tú", "9", 9, "count", "Nghệ nhân Ưu tú", "Nghệ nhân Ưu tú"),
    F("37 nghệ nhân quan họ", "37", 37, "count", "nghệ nhân", "nghệ nhân quan họ được tỉnh công nhận"),
    F("mỗi câu lạc bộ 10 triệu đồng", "10", 10e6, "money", "đồng/câu lạc bộ",
      "mức hỗ trợ mỗi câu lạc bộ mua sắm trang phục, nhạc cụ", Y23),
    F("tổng kinh phí 420 triệu đồng", "420", 420e6, "money", "đồng", "tổng kinh phí hỗ trợ câu lạc bộ", Y23),
    F("thêm 1,2 triệu đồng/người/tháng", "1,2", 1.2e6, "money", "đồng/người/tháng",
      "mức hỗ trợ nghệ nhân truyền dạy", Y23),
    F("100% làng quan họ gốc", "100", 100, "percent", "%",
      "làng quan họ gốc có câu lạc bộ hoạt động thường xuyên", T25, status="target"),
    F("ít nhất 5 cặp", "5", 5, "count", "cặp liền anh, liền chị", "cặp liền anh, liền chị trẻ kế cận mỗi làng",
      T25, approx="at_least", status="target"),
    F("khoảng 30 câu lạc bộ", "30", 30, "count", "câu lạc bộ", "câu lạc bộ tham gia Liên hoan quan họ", Y24,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Tiên Du district portal (Bắc Ninh): quan họ villages and clubs, H1/2023 performances, artisans, 2023 support, targets.",
    "Dateline 'Thứ Hai, 21/08/2023 - 14:35'. Not figures: 'năm 2009', 'ngày 13 tháng Giêng', 'Kế hoạch số 152/KH-UBND',",
    "'lần thứ 15', address 'Số 1 đường Lý Thường Kiệt', phone '0222.3838.216'.",
    "44 follows 'trong tổng số': the total of the 12 villages, not a figure of its own.",
    "Communes (Liên Bão, Nội Duệ, Hoàn Sơn) lie in Tiên Du: their list items keep location Tiên Du (the spec's",
    "location is province/city/district); subject is the list's indicator 'câu lạc bộ quan họ'.",
    "'mỗi câu lạc bộ 10 triệu đồng' is a per-club amount (unit đồng/câu lạc bộ); 'dưới 30 tuổi' is a category threshold (optional).",
    "The 1,2 triệu/person/month stands in the 'Năm 2023' sentence, so it takes that period.",
]

build("p1041-2", TEXT, FIGS, COMMENTS, published="2023-08-21", location="Tiên Du")
