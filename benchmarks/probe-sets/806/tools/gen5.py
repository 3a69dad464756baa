"""p806-5: Báo Tuyên Quang (Party newspaper), international hot-air balloon festival, Nov 2023; byline + bare date at end."""
from lib import F, P, I, C, build

TEXT = """BÁO TUYÊN QUANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TUYÊN QUANG
Văn hóa - Du lịch
Khinh khí cầu đưa du khách về với xứ Tuyên
Trong 4 ngày diễn ra Lễ hội Khinh khí cầu quốc tế Tuyên Quang lần thứ 2 (từ ngày 9 đến 12/11), Ban tổ chức đã đưa 52 khinh khí cầu của 15 quốc gia tham gia trình diễn, trong đó có 18 khinh khí cầu hình thù đặc biệt.
Lễ hội tổ chức 6 lượt bay tự do trên bầu trời thành phố và phục vụ 1.860 lượt khách trải nghiệm bay neo với giá vé 500.000 đồng/lượt đối với người lớn, 300.000 đồng/lượt đối với trẻ em dưới 12 tuổi.
Theo số liệu của Sở Văn hóa, Thể thao và Du lịch, trong thời gian diễn ra lễ hội, Tuyên Quang đón khoảng 185.000 lượt khách, tăng 1,6 lần so với lễ hội năm 2022; trong đó khách lưu trú đạt 27.400 lượt, khách quốc tế khoảng 1.350 lượt. Tổng thu từ hoạt động du lịch ước đạt 142 tỷ đồng. Công suất sử dụng phòng của 285 cơ sở lưu trú đạt trên 90%.
Công tác bảo đảm an ninh, an toàn được triển khai chặt chẽ với hơn 1.200 cán bộ, chiến sĩ tham gia. Lễ hội chỉ ghi nhận 1 sự cố khi một khinh khí cầu phải hạ cánh khẩn cấp xuống cánh đồng xã An Tường do gió đổi hướng, không gây thiệt hại về người.
Tổng kinh phí tổ chức lễ hội khoảng 15 tỷ đồng, trong đó ngân sách tỉnh 3,5 tỷ đồng, còn lại huy động xã hội hóa. Theo Nghị quyết số 09-NQ/TU, tỉnh phấn đấu đến năm 2025 đón 3 triệu lượt khách du lịch, trong đó có 10.000 lượt khách quốc tế; tổng thu từ du lịch đạt 3.000 tỷ đồng.
Ông Đinh Văn Tám, Chủ tịch Hiệp hội Du lịch tỉnh cho biết, các doanh nghiệp lữ hành đã xây dựng 5 tour kết hợp lễ hội với các điểm du lịch Tân Trào, Na Hang.
THU PHƯƠNG
13/11/2023
"""

FEST = P("từ ngày 9 đến 12/11", "2023-11-09", "2023-11-12")
FESTi = I(FEST)
Y25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("đưa 52 khinh khí cầu", "52", 52, "count", "khinh khí cầu",
      "khinh khí cầu tham gia trình diễn", FEST),
    F("của 15 quốc gia", "15", 15, "count", "quốc gia", "quốc gia có khinh khí cầu tham gia", FEST),
    F("có 18 khinh khí cầu", "18", 18, "count", "khinh khí cầu", "khinh khí cầu hình thù đặc biệt",
      FEST, total=52),
    F("tổ chức 6 lượt bay tự do", "6", 6, "count", "lượt bay", "lượt bay tự do", FESTi),
    F("phục vụ 1.860 lượt khách", "1.860", 1860, "count", "lượt khách", "lượt khách trải nghiệm bay neo", FESTi),
    F("giá vé 500.000 đồng/lượt", "500.000", 500000, "money", "đồng/lượt", "giá vé bay neo đối với người lớn"),
    F("300.000 đồng/lượt", "300.000", 300000, "money", "đồng/lượt", "giá vé bay neo đối với trẻ em"),
    F("dưới 12 tuổi", "12", 12, "measure", "tuổi", approx="under", optional=True),
    F("đón khoảng 185.000 lượt khách", "185.000", 185000, "count", "lượt khách",
      "lượt khách đến trong thời gian diễn ra lễ hội", FESTi, approx="about",
      change=C("increase", 1.6, "lần", "lễ hội năm 2022")),
    F("đạt 27.400 lượt", "27.400", 27400, "count", "lượt", "khách lưu trú", FESTi, total=185000),
    F("khoảng 1.350 lượt", "1.350", 1350, "count", "lượt", "khách quốc tế", FESTi, approx="about", total=185000),
    F("ước đạt 142 tỷ đồng", "142", 142000000000, "money", "đồng", "tổng thu từ hoạt động du lịch",
      FESTi, status="estimate"),
    F("của 285 cơ sở lưu trú", "285", 285, "count", "cơ sở lưu trú", "cơ sở lưu trú"),
    F("đạt trên 90%", "90", 90, "percent", "%", "công suất sử dụng phòng của các cơ sở lưu trú",
      FESTi, approx="over"),
    F("hơn 1.200 cán bộ", "1.200", 1200, "count", "cán bộ, chiến sĩ",
      "cán bộ, chiến sĩ tham gia bảo đảm an ninh, an toàn", approx="over"),
    F("ghi nhận 1 sự cố", "1", 1, "count", "sự cố", "sự cố khinh khí cầu hạ cánh khẩn cấp"),
    F("khoảng 15 tỷ đồng", "15", 15000000000, "money", "đồng", "tổng kinh phí tổ chức lễ hội", approx="about"),
    F("ngân sách tỉnh 3,5 tỷ đồng", "3,5", 3500000000, "money", "đồng",
      "kinh phí tổ chức lễ hội từ ngân sách tỉnh", total=15000000000),
    F("đón 3 triệu lượt khách", "3", 3000000, "count", "lượt khách", "lượt khách du lịch", Y25, status="target"),
    F("có 10.000 lượt khách quốc tế", "10.000", 10000, "count", "lượt khách", "lượt khách quốc tế",
      Y25, status="target", total=3000000),
    F("đạt 3.000 tỷ đồng", "3.000", 3000000000000, "money", "đồng", "tổng thu từ du lịch", Y25, status="target"),
    F("xây dựng 5 tour", "5", 5, "count", "tour", "tour kết hợp lễ hội với các điểm du lịch Tân Trào, Na Hang"),
]

NOTES = [
    "Báo Tuyên Quang: Lễ hội Khinh khí cầu quốc tế Tuyên Quang lần thứ 2 (9-12/11/2023); byline and bare date at the end",
    "give published 2023-11-13. Festival figures take the period 'từ ngày 9 đến 12/11' (same sentence) or inherit it.",
    "'tăng 1,6 lần so với lễ hội năm 2022' is the change of 185.000 (unit lần). 'dưới 12 tuổi' optional (category threshold).",
    "Target 3 triệu lượt khách 'đến năm 2025' with its 'trong đó' part 10.000 (total, also target).",
    "revised after the first run: 'Tuyên Quang' dropped from the subject of 185.000 (it is the location).",
    "Distractors: lần thứ 2, 'Trong 4 ngày', Nghị quyết số 09-NQ/TU, person named Đinh Văn Tám, bare date 13/11/2023.",
]

build("p806-5", TEXT, FIGS, NOTES, published="2023-11-13", location="Tuyên Quang")
