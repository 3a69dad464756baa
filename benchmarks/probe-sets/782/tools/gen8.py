"""p782-8: Tiền Giang province portal, chợ nổi Cái Bè and river-island tourism."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TIỀN GIANG
Trang chủ / Tin tức - Sự kiện / Kinh tế
Ngày cập nhật 12/03/2024

Cái Bè dự kiến đón khoảng 95.000 lượt khách trong quý I/2024

Theo UBND huyện Cái Bè, năm 2023 huyện đón 348.000 lượt khách, tăng 1,6 lần so với năm 2022, trong đó khách quốc tế 142.000 lượt, chiếm 40,8%. Doanh thu du lịch đạt 215 tỷ đồng, vượt 7,5% kế hoạch. Riêng quý I/2024, huyện dự kiến đón khoảng 95.000 lượt khách, tăng 15% so với cùng kỳ.

Chợ nổi Cái Bè hiện chỉ còn khoảng 50 ghe buôn bán thường xuyên, so với hơn 400 ghe vào năm 2000. Để giữ chân du khách, huyện phát triển các điểm du lịch cộng đồng trên cù lao; toàn huyện có 46 cơ sở lưu trú với 612 phòng, trong đó 28 homestay tại các xã Đông Hòa Hiệp (12 homestay), An Hữu (9 homestay) và Hòa Hưng (7 homestay). Công suất phòng bình quân năm 2023 đạt 46,5%; giá phòng homestay phổ biến từ 300.000 đến 450.000 đồng/đêm.

Dự án Phát triển du lịch bền vững cụm chợ nổi Cái Bè do Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) tài trợ có tổng vốn 1,2 triệu USD, tương đương khoảng 29 tỷ đồng, thực hiện trong 3 năm. Năm 2024, huyện phấn đấu đón 400.000 lượt khách, doanh thu đạt 250 tỷ đồng.

Mọi chi tiết liên hệ: Phòng Văn hóa và Thông tin huyện Cái Bè, Quốc lộ 1A, khu 1, thị trấn Cái Bè; điện thoại 0273.3824.113.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đón khoảng 95.000 lượt khách trong", "95.000", 95000, "count", "lượt khách", approx="about",
      status="forecast", subject="lượt khách đến huyện Cái Bè", period=Q1),
    F("đón 348.000 lượt khách", "348.000", 348000, "count", "lượt khách",
      change=CH("increase", 1.6, unit="lần", baseline="năm 2022"), subject="lượt khách huyện đón", period=Y23),
    F("quốc tế 142.000 lượt", "142.000", 142000, "count", "lượt", total=348000, percent=40.8,
      subject="khách quốc tế", period=Y23),
    F("đạt 215 tỷ đồng", "215", 215e9, "money", "đồng", change=CH("increase", 7.5, baseline="kế hoạch"),
      subject="doanh thu du lịch", period=I(Y23)),
    F("đón khoảng 95.000 lượt khách, tăng", "95.000", 95000, "count", "lượt khách", approx="about",
      status="forecast", change=CH("increase", 15, baseline="cùng kỳ"), subject="lượt khách huyện đón",
      period=P("quý I/2024", "2024-01-01", "2024-03-31")),
    F("khoảng 50 ghe", "50", 50, "count", "ghe", approx="about", subject="ghe buôn bán thường xuyên tại chợ nổi Cái Bè"),
    F("hơn 400 ghe", "400", 400, "count", "ghe", approx="over", subject="ghe buôn bán tại chợ nổi Cái Bè",
      period=P("năm 2000", "2000-01-01", "2000-12-31")),
    F("có 46 cơ sở", "46", 46, "count", "cơ sở lưu trú", subject="cơ sở lưu trú toàn huyện"),
    F("612 phòng", "612", 612, "count", "phòng", subject="phòng của các cơ sở lưu trú"),
    F("trong đó 28 homestay", "28", 28, "count", "homestay", total=46, subject="homestay"),
    F("(12 homestay)", "12", 12, "count", "homestay", total=28, subject="homestay"),
    F("(9 homestay)", "9", 9, "count", "homestay", total=28, subject="homestay"),
    F("(7 homestay)", "7", 7, "count", "homestay", total=28, subject="homestay"),
    F("đạt 46,5%", "46,5", 46.5, "percent", "%", subject="công suất phòng bình quân",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 300.000 đến 450.000 đồng/đêm", "300.000", 300000, "money", "đồng/đêm", value_max=450000,
      subject="giá phòng homestay phổ biến", period=I(Y23)),
    F("tổng vốn 1,2 triệu USD", "1,2", 1.2e6, "money", "USD",
      subject="tổng vốn Dự án Phát triển du lịch bền vững cụm chợ nổi Cái Bè"),
    F("khoảng 29 tỷ đồng", "29", 29e9, "money", "đồng", approx="about",
      subject="tổng vốn Dự án Phát triển du lịch bền vững cụm chợ nổi Cái Bè"),
    F("trong 3 năm", "3", 3, "measure", "năm", subject="thời gian thực hiện dự án", optional=True),
    F("đón 400.000 lượt khách", "400.000", 400000, "count", "lượt khách", status="target",
      subject="lượt khách huyện đón", period=Y24),
    F("đạt 250 tỷ đồng", "250", 250e9, "money", "đồng", status="target", subject="doanh thu du lịch", period=Y24),
]

COMMENTS = [
    "Tiền Giang province portal: chợ nổi Cái Bè and river-island tourism; 'Ngày cập nhật 12/03/2024' (no time).",
    "Location: the district (huyện Cái Bè) throughout; commune items stay at the district (spec: province/city/district). KOICA / Hàn Quốc is a donor, not a place.",
    "'trong đó 28 homestay' follows '612 phòng', but the whole counting the same thing (lodgings) is the 46 -> total 46;",
    "the bracketed commune items add up to 28 -> total 28 (not 46). 'hơn 400 ghe vào năm 2000' is a figure of its own (no change cue).",
    "'vượt 7,5% kế hoạch' is a gap to plan: change (increase 7,5%, baseline kế hoạch). 'tương đương khoảng 29 tỷ đồng' is an",
    "equivalent amount, its own money figure (as shared h01). 'thực hiện trong 3 năm' (project duration) is optional.",
    "revised: commune items had the commune as location; corrected to Cái Bè after re-reading the spec.",
    "Headline 95.000 and body 95.000 are both figures ('dự kiến' -> forecast). Distractors: Quốc lộ 1A, khu 1, phone.",
]

emit("p782-8", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Cái Bè")
