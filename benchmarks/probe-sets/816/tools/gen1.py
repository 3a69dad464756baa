"""p816-1: province portal, Bình Thuận, fishing-village tourism first half of 2024."""
from lib import F, P, I, C, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Du lịch
Du lịch làng chài Bình Thuận hút khách trong 6 tháng đầu năm
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.317

Theo Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024, các điểm du lịch gắn với làng chài trên địa bàn tỉnh đón khoảng 412.000 lượt khách, tăng 18,6% so với cùng kỳ năm 2023, trong đó khách quốc tế đạt 61.500 lượt, chiếm 14,9%. Doanh thu từ các dịch vụ trải nghiệm nghề biển (kéo lưới, câu cá, đi thuyền thúng, tham quan chợ cá) ước đạt 86,4 tỷ đồng, bằng 52,3% kế hoạch năm.

Hiện toàn tỉnh có 37 điểm trải nghiệm làng chài được công nhận, tập trung ở Phan Thiết (14 điểm), La Gi (9 điểm), Tuy Phong (8 điểm) và Phú Quý (6 điểm). Có 126 hộ ngư dân tham gia cung cấp dịch vụ, với khoảng 240 chiếc thuyền thúng, ghe nhỏ được dùng để chở khách. Thu nhập bình quân của lao động làm du lịch đạt 7,5-9 triệu đồng/người/tháng. Mức thu nhập này gấp khoảng 1,6 lần so với nghề đánh bắt ven bờ.

Nổi bật là mô hình kéo lưới bãi biển tại phường Đức Long và xã Tiến Thành (TP Phan Thiết). Mỗi buổi trải nghiệm kéo dài khoảng 2 giờ, giá vé 150.000 đồng/khách. Từ đầu năm đến nay, mô hình đã thu hút trên 23.000 lượt khách. Tại huyện đảo Phú Quý, 15 tàu cá công suất dưới 90 CV đã được cải hoán thành tàu chở khách đi câu cá, lặn ngắm san hô theo Quyết định số 1289/QĐ-UBND ngày 12/6/2023 của UBND tỉnh.

Theo kế hoạch, năm 2024 tỉnh phấn đấu đón 850.000 lượt khách đến các điểm du lịch làng chài và hỗ trợ thêm 30 hộ ngư dân chuyển đổi sang làm dịch vụ du lịch.

Trung tâm Thông tin xúc tiến du lịch tỉnh: số 82 Trưng Trắc, TP Phan Thiết; điện thoại 0252.3816.821.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
SUBJ_PTS = "điểm trải nghiệm làng chài được công nhận"

FIGS = [
    F("đón khoảng 412.000 lượt khách", "412.000", 412000, "count", "lượt khách",
      "khách đến các điểm du lịch gắn với làng chài", H1, approx="about",
      change=C("increase", 18.6, baseline="cùng kỳ năm 2023")),
    F("đạt 61.500 lượt", "61.500", 61500, "count", "lượt", "khách quốc tế", H1,
      total=412000, percent=14.9),
    F("ước đạt 86,4 tỷ đồng", "86,4", 86.4e9, "money", "đồng",
      "doanh thu từ các dịch vụ trải nghiệm nghề biển", I(H1), percent=52.3, status="estimate"),
    F("có 37 điểm", "37", 37, "count", "điểm", SUBJ_PTS),
    F("Phan Thiết (14 điểm)", "14", 14, "count", "điểm", SUBJ_PTS, total=37, location="Phan Thiết"),
    F("La Gi (9 điểm)", "9", 9, "count", "điểm", SUBJ_PTS, total=37, location="La Gi"),
    F("Tuy Phong (8 điểm)", "8", 8, "count", "điểm", SUBJ_PTS, total=37, location="Tuy Phong"),
    F("Phú Quý (6 điểm)", "6", 6, "count", "điểm", SUBJ_PTS, total=37, location="Phú Quý"),
    F("Có 126 hộ", "126", 126, "count", "hộ", "hộ ngư dân tham gia cung cấp dịch vụ"),
    F("khoảng 240 chiếc", "240", 240, "count", "chiếc", "thuyền thúng, ghe nhỏ được dùng để chở khách",
      approx="about"),
    F("đạt 7,5-9 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động làm du lịch", value_max=9e6),
    F("gấp khoảng 1,6 lần", "1,6", 1.6, "multiple", "lần",
      "thu nhập của lao động làm du lịch so với nghề đánh bắt ven bờ", approx="about"),
    F("khoảng 2 giờ", "2", 2, "measure", "giờ", "thời gian mỗi buổi trải nghiệm kéo lưới",
      approx="about", location="Phan Thiết"),
    F("giá vé 150.000 đồng/khách", "150.000", 150000, "money", "đồng/khách", "giá vé trải nghiệm kéo lưới",
      location="Phan Thiết"),
    F("trên 23.000 lượt khách", "23.000", 23000, "count", "lượt khách",
      "khách mô hình kéo lưới bãi biển thu hút", P("Từ đầu năm đến nay", "2024-01-01", "2024-07-18"),
      approx="over", location="Phan Thiết"),
    F("15 tàu cá", "15", 15, "count", "tàu cá",
      "tàu cá được cải hoán thành tàu chở khách đi câu cá, lặn ngắm san hô", location="Phú Quý"),
    F("dưới 90 CV", "90", 90, "measure", "CV", "công suất tàu cá", approx="under",
      location="Phú Quý", optional=True),
    F("đón 850.000 lượt khách", "850.000", 850000, "count", "lượt khách",
      "khách đến các điểm du lịch làng chài", Y24, status="target"),
    F("thêm 30 hộ", "30", 30, "count", "hộ", "hộ ngư dân được hỗ trợ chuyển đổi sang làm dịch vụ du lịch",
      Y24, status="target"),
]

NOTES = [
    "Province portal (Bình Thuận): fishing-village tourism, first half of 2024. Headline '6 tháng đầu năm' is a period, not a figure.",
    "Distractors: 'Lượt xem: 2.317', '09:45', 'Quyết định số 1289/QĐ-UBND ngày 12/6/2023', 'số 82 Trưng Trắc', phone 0252.3816.821.",
    "District list (14+9+8+6 = 37) gets total 37; 'Từ đầu năm đến nay' ends at the dateline; 'dưới 90 CV' is a category threshold (optional).",
]

build("p816-1", TEXT, FIGS, NOTES, published="2024-07-18", location="Bình Thuận")
