"""p1064-6: national newspaper (VnExpress-style dateline) - Bình Dương landlords cut rents, vacant rooms."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh
Thứ tư, 8/5/2024, 06:00 (GMT+7)
Chủ trọ Bình Dương giảm giá giữ chân công nhân

Nhiều dãy phòng trọ quanh các khu công nghiệp bỏ trống, chủ trọ phải giảm giá, miễn phí gửi xe để giữ người thuê.

Dãy trọ 60 phòng của ông Lê Văn Năm ở phường Bình Chuẩn, TP Thuận An có 18 phòng bỏ trống. Để giữ người thuê, ông giảm giá mỗi phòng từ 1,5 triệu xuống 1,3 triệu đồng/tháng.

Theo Sở Xây dựng Bình Dương, toàn tỉnh có khoảng 380.000 phòng trọ, là chỗ ở của gần 1 triệu công nhân, lao động. Quý I/2024, tỷ lệ phòng trống bình quân khoảng 20%, có nơi ở TP Dĩ An lên tới 30-35%. Nguyên nhân là nhiều doanh nghiệp thiếu đơn hàng; năm 2023 gần 300.000 lao động bị giảm giờ làm, trong đó khoảng 100.000 người mất việc.

Ông Nguyễn Văn Hòa, Phó giám đốc Sở Xây dựng, cho biết giá thuê bình quân năm nay giảm 5-10% so với năm 2023, phổ biến 1,2-1,6 triệu đồng/phòng từ 12 đến 20 m2. Nhiều công nhân chuyển sang ở ghép 4-5 người một phòng để tiết kiệm chi phí.

Bình Dương hiện có 32 dự án nhà ở xã hội với hơn 62.600 căn đã hoàn thành. Tỉnh đặt mục tiêu đến năm 2025 xây thêm 43.000 căn, nâng tỷ lệ công nhân có nhà ở ổn định lên 50%. Tuy vậy, giá thuê nhà ở xã hội khoảng 2-3 triệu đồng/căn/tháng, cao hơn khoảng 40% so với phòng trọ thông thường, nên nhiều người vẫn chọn ở trọ.

Hoài Thanh
"""

q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
y24 = P("năm nay", "2024-01-01", "2024-12-31")
to25 = P("đến năm 2025", None, "2025-12-31")
TA = "Thuận An"

FIGS = [
    F("Dãy trọ 60 phòng", "60", 60, "count", "phòng", "phòng của dãy trọ", location=TA),
    F("có 18 phòng", "18", 18, "count", "phòng", "phòng bỏ trống", location=TA),
    F("từ 1,5 triệu xuống", "1,5", 1500000, "money", "đồng/tháng", "giá mỗi phòng trước khi giảm", location=TA),
    F("xuống 1,3 triệu", "1,3", 1300000, "money", "đồng/tháng", "giá mỗi phòng sau khi giảm", location=TA),
    F("khoảng 380.000 phòng", "380.000", 380000, "count", "phòng trọ", "phòng trọ", approx="about"),
    F("gần 1 triệu công nhân", "1", 1000000, "count", "công nhân", "công nhân, lao động ở phòng trọ",
      approx="nearly"),
    F("khoảng 20%", "20", 20, "percent", "%", "tỷ lệ phòng trống bình quân", q1, approx="about"),
    F("lên tới 30-35%", "30", 30, "percent", "%", "tỷ lệ phòng trống", q1, value_max=35, location="Dĩ An"),
    F("gần 300.000 lao động", "300.000", 300000, "count", "lao động", "lao động bị giảm giờ làm", y23,
      approx="nearly"),
    F("khoảng 100.000 người", "100.000", 100000, "count", "người", "người mất việc", y23, approx="about",
      total=300000),
    F("giảm 5-10%", "5", 5, "percent", "%", "giá thuê bình quân", y24, value_max=10),
    F("phổ biến 1,2-1,6 triệu", "1,2", 1200000, "money", "đồng/phòng", "giá thuê phổ biến", y24,
      value_max=1600000),
    F("từ 12 đến 20 m2", "12", 12, "measure", "m2", "diện tích phòng", y24, value_max=20, optional=True),
    F("ghép 4-5 người", "4", 4, "measure", "người/phòng", "công nhân ở ghép một phòng", I(y24), value_max=5),
    F("có 32 dự án", "32", 32, "count", "dự án", "dự án nhà ở xã hội"),
    F("hơn 62.600 căn", "62.600", 62600, "count", "căn", "căn nhà ở xã hội đã hoàn thành", approx="over"),
    F("thêm 43.000 căn", "43.000", 43000, "count", "căn", "căn nhà ở xã hội xây thêm", to25, status="target"),
    F("lên 50%", "50", 50, "percent", "%", "tỷ lệ công nhân có nhà ở ổn định", to25, status="target"),
    F("khoảng 2-3 triệu", "2", 2000000, "money", "đồng/căn/tháng", "giá thuê nhà ở xã hội", approx="about",
      value_max=3000000, change=C("increase", 40, baseline="phòng trọ thông thường", approx="about")),
]

NOTES = [
    "National newspaper (VnExpress-style 'Thứ tư, 8/5/2024, 06:00 (GMT+7)'), byline at the end. Place Bình Dương;",
    "the landlord's figures are located in Thuận An (phường Bình Chuẩn, TP Thuận An), the 30-35% in Dĩ An.",
    "'giảm giá mỗi phòng từ 1,5 triệu xuống 1,3 triệu đồng/tháng' = two figures (old and new price), not a range; no stated change value.",
    "'năm nay' = 2024 (the dateline year). 'trong đó khoảng 100.000 người mất việc' -> total 300.000.",
    "'giảm 5-10% so với năm 2023' has no base amount: a percent figure (range), no change.",
    "'ở ghép 4-5 người một phòng' is a per-room rate: measure, unit người/phòng. Room size 'từ 12 đến 20 m2' qualifies the price class: optional.",
    "'cao hơn khoảng 40% so với phòng trọ thông thường' is the change of the 2-3 triệu range.",
    "The current social-housing rent after the 'đến năm 2025' target sentence gets no period (a target horizon does not date a present price).",
    "Distractors: 06:00 (GMT+7), names Lê Văn Năm, Nguyễn Văn Hòa; 'hiện có' gives no period.",
]

write("p1064-6", TEXT, FIGS, NOTES, published="2024-05-08", location="Bình Dương")
