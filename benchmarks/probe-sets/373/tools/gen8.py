from lib import F, P, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HẢI DƯƠNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Nâng cao chất lượng con giống thủy sản nước ngọt

Tính đến 30/9/2024, toàn tỉnh có 236 cơ sở sản xuất, ương dưỡng cá giống, tập trung ở thị xã Kinh Môn, huyện Thanh Miện và Ninh Giang; trong đó 48 cơ sở sản xuất cá bột, còn lại là cơ sở ương cá hương, cá giống.

Từ đầu năm đến 30/9, các cơ sở đã cho đẻ được hơn 1,6 tỷ cá bột và xuất bán 486 triệu con cá giống các loại, tăng 7,4% so với cùng kỳ năm 2023, đạt 81% kế hoạch năm (600 triệu con).

Trung tâm Giống thủy sản tỉnh (km 52, Quốc lộ 5) đang lưu giữ gần 18 tấn cá bố mẹ thuộc 14 đối tượng, trong đó có 6 đối tượng đặc sản như cá chép lai V1, rô phi đơn tính dòng GIFT, cá lăng chấm, cá chiên. Năm 2023, Trung tâm đã cung ứng 2,15 triệu con cá giống chất lượng cao cho các hộ nuôi trong và ngoài tỉnh, gấp 1,4 lần năm 2021; tỷ lệ cá giống đạt chuẩn xuất bán đạt 96,5%.

Trong quý III/2024, Chi cục Chăn nuôi, Thủy sản và Thú y đã kiểm dịch 312 lô cá giống vận chuyển ra ngoài tỉnh với tổng số 94,6 triệu con; không phát hiện lô nào mang mầm bệnh nguy hiểm.

Đề án phát triển giống thủy sản của tỉnh đặt mục tiêu đến năm 2025 tỷ lệ cá giống xuất tỉnh được kiểm dịch đạt 70% và sản lượng cá giống đạt từ 700 đến 750 triệu con mỗi năm. Đến tháng 9/2024, tỷ lệ kiểm dịch mới đạt khoảng 52%.

Để được tư vấn kỹ thuật, người nuôi liên hệ Trung tâm qua số 0220.3852.614 trong giờ hành chính (sáng từ 7 giờ 30, chiều đến 17 giờ).

Phạm Hương (Trung tâm Giống thủy sản)
18/10/2024
"""

D = P("Tính đến 30/9/2024", None, "2024-09-30")
Y = P("Từ đầu năm đến 30/9", "2024-01-01", "2024-09-30")
N23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 236 cơ sở", "236", 236, "count", "cơ sở", "cơ sở sản xuất, ương dưỡng cá giống", period=D),
    F("trong đó 48 cơ sở", "48", 48, "count", "cơ sở", "cơ sở sản xuất cá bột", total=236, period=D),
    F("hơn 1,6 tỷ cá bột", "1,6", 1.6e9, "count", "cá bột", "cá bột cho đẻ được", approx="over", period=Y),
    F("bán 486 triệu con", "486", 486e6, "count", "con", "cá giống các loại xuất bán", percent=81,
      change={"direction": "increase", "value": 7.4, "unit": "%", "baseline": "cùng kỳ năm 2023"},
      target={"value": 600e6, "unit": "con"}, period=Y),
    F("gần 18 tấn", "18", 18, "measure", "tấn", "cá bố mẹ Trung tâm Giống thủy sản lưu giữ", approx="nearly"),
    F("thuộc 14 đối tượng", "14", 14, "count", "đối tượng", "đối tượng cá bố mẹ được lưu giữ"),
    F("có 6 đối tượng", "6", 6, "count", "đối tượng", "đối tượng đặc sản", total=14),
    F("ứng 2,15 triệu con", "2,15", 2.15e6, "count", "con", "cá giống chất lượng cao Trung tâm cung ứng",
      change={"direction": "increase", "value": 1.4, "unit": "lần", "baseline": "năm 2021"}, period=N23),
    F("đạt 96,5%", "96,5", 96.5, "percent", "%", "tỷ lệ cá giống đạt chuẩn xuất bán", period=N23),
    F("kiểm dịch 312 lô", "312", 312, "count", "lô", "lô cá giống vận chuyển ra ngoài tỉnh được kiểm dịch", period=Q3),
    F("tổng số 94,6 triệu con", "94,6", 94.6e6, "count", "con", "cá giống vận chuyển ra ngoài tỉnh được kiểm dịch", period=Q3),
    F("đạt 70%", "70", 70, "percent", "%", "tỷ lệ cá giống xuất tỉnh được kiểm dịch", status="target", period=T25),
    F("từ 700 đến 750 triệu con", "700", 700e6, "count", "con", "sản lượng cá giống mỗi năm", value_max=750e6, status="target", period=T25),
    F("khoảng 52%", "52", 52, "percent", "%", "tỷ lệ kiểm dịch cá giống xuất tỉnh", approx="about",
      period=P("Đến tháng 9/2024", None, "2024-09-30")),
]

COMMENTS = [
    "Department site (Sở NN&PTNT Hải Dương): freshwater fish seed, to 30/9/2024. No dateline at the top; bare date '18/10/2024' at the end after the byline.",
    "Distractors: 'km 52, Quốc lộ 5' (address), 'cá chép lai V1', 'dòng GIFT' (names), phone 0220.3852.614, office hours '7 giờ 30', '17 giờ', the menu bar.",
    "Location: the province throughout; the districts after 'tập trung ở' name where the 236 cơ sở are, they carry no figures.",
    "486 triệu con: change 7,4% (cùng kỳ năm 2023), share 'đạt 81% kế hoạch năm' (percent) and the plan in brackets '(600 triệu con)' (target).",
    "48 cơ sở and 6 đối tượng: parts after 'trong đó', totals 236 and 14. 'gấp 1,4 lần năm 2021' after 2,15 triệu con: its change (lần).",
    "Broodstock paragraph states no period (stock held now): the first three figures of it have no period.",
    "'Đến tháng 9/2024' is an as-of phrase: start null, end 2024-09-30. 'từ 700 đến 750 triệu con mỗi năm': range target, value_max 750 triệu.",
]

if __name__ == "__main__":
    build(8, TEXT, COMMENTS, FIGS, published="2024-10-18", location="Hải Dương")
