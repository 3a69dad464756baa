"""p550-2: thị xã Sa Pa portal (Lào Cai), winter season December 2024 and the year 2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ SA PA
Tin tức - Sự kiện / Văn hóa - Du lịch

Mùa du lịch đông: Sa Pa đón hơn 620 nghìn lượt khách trong tháng cuối năm

Thứ Ba, 14/01/2025 - 09:30

Theo Phòng Văn hóa, Khoa học và Thông tin thị xã, trong tháng 12/2024, Sa Pa đón hơn 620 nghìn lượt khách, tăng 21,4% so với cùng kỳ năm 2023; trong đó khách quốc tế khoảng 98.500 lượt, chiếm 15,9%. Doanh thu từ du lịch trong tháng ước đạt 1.150 tỷ đồng.

Những ngày có băng tuyết trên đỉnh Fansipan (cao 3.143 m), lượng khách đi cáp treo tăng đột biến, có ngày đạt trên 12.000 lượt. Chuỗi sự kiện "Sa Pa - Bản hòa ca mùa đông" diễn ra từ ngày 20/12/2024 đến 5/1/2025 với 25 hoạt động văn hóa, thể thao.

Tính chung cả năm 2024, thị xã đón 3,62 triệu lượt khách, vượt 3,4% kế hoạch; tổng doanh thu du lịch đạt 12.860 tỷ đồng, tăng 17% so với năm 2023. Thời gian lưu trú bình quân đạt 2,2 ngày/khách.

Hiện toàn thị xã có 1.386 cơ sở lưu trú với hơn 11.200 buồng, trong đó 712 homestay. Công suất buồng dịp cuối tuần đạt từ 80 đến 95%, ngày thường khoảng 55%. Giá buồng homestay phổ biến từ 400.000 đến 800.000 đồng/đêm.

Năm 2025, Sa Pa phấn đấu đón 4 triệu lượt khách, trong đó khoảng 700.000 lượt khách quốc tế. Du khách cần hỗ trợ liên hệ Trung tâm Thông tin xúc tiến du lịch, tổ 5, phường Cầu Mây, điện thoại 0214.3871.975.

Minh Khôi - Trung tâm VH-TT-TT thị xã
"""

M = P("tháng 12/2024", "2024-12-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Sa Pa đón hơn 620 nghìn lượt khách trong", "620", 620000, "count", "lượt khách", approx="over",
      subject="lượt khách", period=I(M)),
    F("Sa Pa đón hơn 620 nghìn lượt khách, tăng", "620", 620000, "count", "lượt khách", approx="over",
      change=CH("increase", 21.4, baseline="cùng kỳ năm 2023"), subject="lượt khách", period=M),
    F("khoảng 98.500 lượt", "98.500", 98500, "count", "lượt", approx="about", total=620000, percent=15.9,
      subject="khách quốc tế", period=M),
    F("ước đạt 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", status="estimate",
      subject="doanh thu từ du lịch", period=I(M)),
    F("cao 3.143 m", "3.143", 3143, "measure", "m", subject="độ cao đỉnh Fansipan"),
    F("trên 12.000 lượt", "12.000", 12000, "count", "lượt", approx="over",
      subject="lượng khách đi cáp treo trong ngày"),
    F("với 25 hoạt động", "25", 25, "count", "hoạt động",
      subject="hoạt động văn hóa, thể thao của chuỗi sự kiện Sa Pa - Bản hòa ca mùa đông",
      period=P("từ ngày 20/12/2024 đến 5/1/2025", "2024-12-20", "2025-01-05")),
    F("đón 3,62 triệu lượt khách", "3,62", 3620000, "count", "lượt khách",
      change=CH("increase", 3.4, baseline="kế hoạch"), subject="lượt khách", period=Y24),
    F("đạt 12.860 tỷ đồng", "12.860", 12860e9, "money", "đồng", change=CH("increase", 17, baseline="năm 2023"),
      subject="tổng doanh thu du lịch", period=Y24),
    F("đạt 2,2 ngày/khách", "2,2", 2.2, "measure", "ngày/khách", subject="thời gian lưu trú bình quân",
      period=I(Y24)),
    F("có 1.386 cơ sở lưu trú", "1.386", 1386, "count", "cơ sở lưu trú", subject="cơ sở lưu trú"),
    F("hơn 11.200 buồng", "11.200", 11200, "count", "buồng", approx="over", subject="buồng lưu trú"),
    F("trong đó 712 homestay", "712", 712, "count", "homestay", total=1386, subject="homestay"),
    F("đạt từ 80 đến 95%", "80", 80, "percent", "%", value_max=95, subject="công suất buồng dịp cuối tuần"),
    F("khoảng 55%", "55", 55, "percent", "%", approx="about", subject="công suất buồng ngày thường"),
    F("từ 400.000 đến 800.000 đồng/đêm", "400.000", 400000, "money", "đồng/đêm", value_max=800000,
      subject="giá buồng homestay phổ biến"),
    F("phấn đấu đón 4 triệu lượt khách", "4", 4000000, "count", "lượt khách", status="target",
      subject="lượt khách", period=Y25),
    F("khoảng 700.000 lượt khách quốc tế", "700.000", 700000, "count", "lượt khách quốc tế", approx="about",
      total=4000000, status="target", subject="lượt khách quốc tế", period=Y25),
]

COMMENTS = [
    "Cổng TTĐT thị xã Sa Pa (Lào Cai): mùa du lịch đông, tháng 12/2024 and the year 2024; byline at the end, dateline 'Thứ Ba, 14/01/2025 - 09:30'.",
    "Location is the town (Sa Pa) throughout. Headline 'trong tháng cuối năm' names no year: the headline figure's period is the lead's (inherited).",
    "'khoảng 98.500 lượt, chiếm 15,9%' after 'trong đó': total 620.000 and percent 15,9. 'vượt 3,4% kế hoạch' is a gap to plan: change (increase, baseline kế hoạch).",
    "The height of Fansipan (3.143 m) is a stated fact: a measure figure. '12.000 lượt' on a peak day has no dated period.",
    "'712 homestay' after 'trong đó' following '1.386 cơ sở lưu trú … 11.200 buồng': the whole counting the same thing is 1.386 (cơ sở).",
    "Ranges: 'từ 80 đến 95%', 'từ 400.000 đến 800.000 đồng/đêm' (unit carries the rate). 'Năm 2025 … phấn đấu' → target, continuing into the trong đó part.",
    "Distractors: 'Thứ Ba, 14/01/2025 - 09:30', dates 20/12/2024 and 5/1/2025, 'tổ 5', phone 0214.3871.975, 'Trung tâm VH-TT-TT'.",
]

if __name__ == "__main__":
    emit("p550-2", TEXT, COMMENTS, FIGS, published="2025-01-14", location="Sa Pa")
