"""p494-8: commune portal (xã Chiềng Châu, Mai Châu, Hòa Bình) — community-based tourism and homestays, 2023, 2025 targets."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử xã Chiềng Châu - huyện Mai Châu - tỉnh Hòa Bình
Trang chủ | Tin tức - Sự kiện | Kinh tế
25/12/2023 14:05 | Lượt xem: 318

Du lịch cộng đồng giúp người dân Chiềng Châu tăng thu nhập

Năm 2023, các bản du lịch cộng đồng trên địa bàn xã đón khoảng 152.000 lượt khách, trong đó khách quốc tế chiếm khoảng 35%; doanh thu từ dịch vụ du lịch đạt trên 96 tỷ đồng, tăng 18% so với năm 2022.

Toàn xã hiện có 68 hộ kinh doanh homestay (bản Lác 42 hộ, bản Pom Coọng 19 hộ, bản Chiềng Sại 7 hộ) với tổng sức chứa gần 2.500 khách/đêm. Bản Lác cách trung tâm Hà Nội khoảng 140 km theo Quốc lộ 6.

Giá lưu trú tại nhà sàn từ 150.000 đến 200.000 đồng/người/đêm, phòng riêng 500.000-800.000 đồng/phòng/đêm. Bình quân mỗi hộ làm homestay có thu nhập khoảng 350 triệu đồng/năm, cao gấp 3 lần hộ thuần nông. Du lịch cộng đồng tạo việc làm cho hơn 400 lao động địa phương, trong đó 65% là lao động nữ.

Thực hiện Nghị quyết số 05-NQ/ĐU ngày 12/3/2021 của Đảng ủy xã, phấn đấu đến năm 2025 toàn xã có 85 hộ homestay đạt chuẩn, đón 200.000 lượt khách/năm. Xã sẽ phối hợp với Phòng Văn hóa - Thông tin huyện mở lớp tiếng Anh giao tiếp, thu gom rác thải tại các điểm du lịch và chỉnh trang cảnh quan dọc đường liên bản.

UBND xã Chiềng Châu – ĐT: 0218.3867.215 – Email: ubndchiengchau@hoabinh.gov.vn
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
HOMESTAY = "hộ kinh doanh homestay"

FIGS = [
    F("khoảng 152.000 lượt", "152.000", 152000, "count", "lượt khách", approx="about",
      subject="lượt khách các bản du lịch cộng đồng đón", period=Y23),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about", subject="khách quốc tế", period=Y23),
    F("trên 96 tỷ đồng", "96", 96e9, "money", "đồng", approx="over",
      change=CH("increase", 18, baseline="năm 2022"), subject="doanh thu từ dịch vụ du lịch", period=Y23),
    F("có 68 hộ", "68", 68, "count", "hộ", subject=HOMESTAY),
    F("bản Lác 42 hộ", "42", 42, "count", "hộ", total=68, subject=HOMESTAY + " ở bản Lác"),
    F("19 hộ", "19", 19, "count", "hộ", total=68, subject=HOMESTAY + " ở bản Pom Coọng"),
    F("7 hộ", "7", 7, "count", "hộ", total=68, subject=HOMESTAY + " ở bản Chiềng Sại"),
    F("gần 2.500 khách/đêm", "2.500", 2500, "measure", "khách/đêm", approx="nearly",
      subject="tổng sức chứa của các hộ kinh doanh homestay"),
    F("khoảng 140 km", "140", 140, "measure", "km", approx="about",
      subject="khoảng cách từ bản Lác đến trung tâm Hà Nội"),
    F("từ 150.000 đến 200.000", "150.000", 150000, "money", "đồng/người/đêm", value_max=200000,
      subject="giá lưu trú tại nhà sàn"),
    F("500.000-800.000", "500.000", 500000, "money", "đồng/phòng/đêm", value_max=800000,
      subject="giá phòng riêng"),
    F("khoảng 350 triệu", "350", 350e6, "money", "đồng/năm", approx="about",
      change=CH("increase", 3, unit="lần", baseline="hộ thuần nông"), subject="thu nhập bình quân mỗi hộ làm homestay"),
    F("hơn 400 lao động", "400", 400, "count", "lao động", approx="over",
      subject="lao động địa phương có việc làm từ du lịch cộng đồng"),
    F("65% là", "65", 65, "percent", "%", subject="lao động nữ"),
    F("có 85 hộ", "85", 85, "count", "hộ", status="target", subject="hộ homestay đạt chuẩn", period=T25),
    F("đón 200.000 lượt", "200.000", 200000, "measure", "lượt khách/năm", status="target",
      subject="lượt khách đón mỗi năm", period=T25),
]

COMMENTS = [
    "Cổng TTĐT xã Chiềng Châu (huyện Mai Châu, Hòa Bình): du lịch cộng đồng, homestay năm 2023, mục tiêu 2025.",
    "'25/12/2023 14:05' is the dateline; 'Lượt xem: 318', 'Quốc lộ 6', 'Nghị quyết số 05-NQ/ĐU ngày 12/3/2021', phone, e-mail are not figures.",
    "Location: the district Mai Châu for every figure (the field holds a province, city or district; the commune and its bản are below it;",
    "the 140 km distance is measured from a village of the commune, Hà Nội is only its end point). Village items keep the bản in the subject.",
    "The bracketed village breakdown right after 68 hộ adds up (42+19+7): total 68. 'khách quốc tế chiếm khoảng 35%' and",
    "'65% là lao động nữ' have no amount of their own: percent figures. 'cao gấp 3 lần hộ thuần nông' after 350 triệu is its change (lần).",
    "Capacity 'gần 2.500 khách/đêm' and target '200.000 lượt khách/năm' are rates: measure with the denominator in the unit.",
    "revised after first scoring: location Chiềng Châu -> Mai Châu (FIGURES.md: province, city or district); bản moved into the list items' subjects;",
    "200.000 lượt khách/năm count -> measure (FIGURES.md 'Rates').",
]

if __name__ == "__main__":
    emit("p494-8", TEXT, COMMENTS, FIGS, published="2023-12-25", location="Mai Châu")
