from lib import *

TEXT = """
BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Tin hoạt động
Du lịch cộng đồng: động lực giảm nghèo bền vững vùng nông thôn, miền núi
Ngày đăng: 27/09/2024

Sáng 26/9, tại Hà Nội, Cục Du lịch Quốc gia Việt Nam tổ chức hội thảo "Phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới" với sự tham dự của hơn 200 đại biểu.

Theo báo cáo tại hội thảo, tính đến tháng 8/2024, cả nước có trên 1.000 điểm du lịch cộng đồng và khoảng 7.000 cơ sở homestay với gần 40 nghìn buồng. Trong số các điểm du lịch cộng đồng, vùng Trung du và miền núi phía Bắc chiếm 46%, Tây Nguyên chiếm 14%, Đồng bằng sông Cửu Long chiếm 12%. Các địa phương có nhiều homestay là Hà Giang (612 cơ sở), Lào Cai (541 cơ sở) và Quảng Nam (257 cơ sở).

Năm 2023, các điểm du lịch cộng đồng trên cả nước ước đón khoảng 8,5 triệu lượt khách, chiếm khoảng 7,4% tổng lượt khách du lịch nội địa. Đến nay, Việt Nam có 3 làng được Tổ chức Du lịch Liên hợp quốc (UN Tourism) công nhận "Làng du lịch tốt nhất", gồm Tân Hóa (Quảng Bình), Thái Hải (Thái Nguyên) và Quỳnh Sơn (Lạng Sơn).

Giai đoạn 2021-2023, Cục đã phối hợp với các địa phương tổ chức 46 khóa đào tạo, bồi dưỡng kỹ năng làm du lịch cộng đồng cho hơn 3.200 lượt người. Tuy vậy, mới có khoảng 35% cơ sở homestay đạt tiêu chuẩn theo TCVN 7800:2017.

Theo định hướng của Bộ, đến năm 2025 phấn đấu 60% cơ sở homestay đạt tiêu chuẩn; đến năm 2030, doanh thu từ du lịch cộng đồng chiếm 10% tổng thu từ khách du lịch nội địa.
"""

p8 = P("tính đến tháng 8/2024", None, "2024-08-31")
p8i = P("tính đến tháng 8/2024", None, "2024-08-31", inh=True)

FIGS = [
    F("hơn 200 đại biểu", "200", 200, "count", "đại biểu", "đại biểu tham dự hội thảo", approx="over", optional=True),
    F("trên 1.000 điểm", "1.000", 1000, "count", "điểm du lịch cộng đồng", "điểm du lịch cộng đồng", p8, approx="over"),
    F("khoảng 7.000 cơ sở", "7.000", 7000, "count", "cơ sở homestay", "cơ sở homestay", p8, approx="about"),
    F("gần 40 nghìn buồng", "40", 40000, "count", "buồng", "buồng homestay", p8, approx="nearly"),
    F("phía Bắc chiếm 46%", "46", 46, "percent", "%", "tỷ lệ điểm du lịch cộng đồng vùng Trung du và miền núi phía Bắc", p8i),
    F("Tây Nguyên chiếm 14%", "14", 14, "percent", "%", "tỷ lệ điểm du lịch cộng đồng vùng Tây Nguyên", p8i),
    F("Long chiếm 12%", "12", 12, "percent", "%", "tỷ lệ điểm du lịch cộng đồng vùng Đồng bằng sông Cửu Long", p8i),
    F("Hà Giang (612 cơ sở)", "612", 612, "count", "cơ sở", "homestay", p8i, location="Hà Giang"),
    F("Lào Cai (541 cơ sở)", "541", 541, "count", "cơ sở", "homestay", p8i, location="Lào Cai"),
    F("Quảng Nam (257 cơ sở)", "257", 257, "count", "cơ sở", "homestay", p8i, location="Quảng Nam"),
    F("khoảng 8,5 triệu", "8,5", 8500000, "count", "lượt khách", "lượt khách đến các điểm du lịch cộng đồng",
      Y(2023), approx="about", status="estimate", percent=7.4),
    F("có 3 làng", "3", 3, "count", "làng", "làng được UN Tourism công nhận Làng du lịch tốt nhất",
      P("Đến nay", None, "2024-09-27")),
    F("tổ chức 46 khóa", "46", 46, "count", "khóa đào tạo", "khóa đào tạo, bồi dưỡng kỹ năng làm du lịch cộng đồng",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("hơn 3.200 lượt người", "3.200", 3200, "count", "lượt người", "lượt người được đào tạo, bồi dưỡng",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31"), approx="over"),
    F("khoảng 35% cơ sở", "35", 35, "percent", "%", "cơ sở homestay đạt tiêu chuẩn", P("Đến nay", None, "2024-09-27", inh=True),
      approx="about"),
    F("phấn đấu 60%", "60", 60, "percent", "%", "cơ sở homestay đạt tiêu chuẩn",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("chiếm 10% tổng", "10", 10, "percent", "%", "doanh thu từ du lịch cộng đồng trong tổng thu từ khách du lịch nội địa",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "Ministry site (Bộ VHTTDL, Tin hoạt động): national community tourism. 'Ngày đăng: 27/09/2024' without time.",
    "Distractors: 'Sáng 26/9', venue 'tại Hà Nội' (not the location of national figures), 'TCVN 7800:2017' (standard number),",
    "'Giai đoạn 2021-2023', 'năm 2025/2030'. '200 đại biểu' at the event is optional (event attendance, place ambiguous).",
    "Regional shares 'chiếm 46% / 14% / 12%' have no base amount after them: percent figures of their own; regions are not provinces,",
    "so location stays Việt Nam and the region goes into the subject. Province list: location = province, subject = homestay.",
    "'ước đón khoảng 8,5 triệu' = estimate + about; 'chiếm khoảng 7,4%' is its percent. 3 làng: the named villages do not make it provincial.",
    "'đến năm 2025 phấn đấu 60%', 'đến năm 2030 … chiếm 10%': target figures with end-only periods. 'mới có khoảng 35%' (now) inherits 'Đến nay'.",
]

write("p466-4", TEXT, FIGS, COMMENTS, published="2024-09-27", location="Việt Nam")
