"""p1088-2: Bến Cầu district portal (Tây Ninh), Mộc Bài border gate and duty-free shops, Q1/2025."""
from lib import F, P, I, C, T, build

TEXT = """ỦY BAN NHÂN DÂN HUYỆN BẾN CẦU - TỈNH TÂY NINH
Trang chủ | Tin tức | Kinh tế - Xã hội
Thương mại tại cửa khẩu quốc tế Mộc Bài khởi sắc trong quý I
Thứ Ba, 15/04/2025 - 10:20

Quý I/2025, lượng khách xuất nhập cảnh qua cửa khẩu quốc tế Mộc Bài đạt hơn 612.000 lượt người, tăng 14,2% so với cùng kỳ năm 2024; phương tiện xuất nhập cảnh đạt 38.460 lượt, trong đó xe du lịch 9.215 lượt.

Tổng kim ngạch xuất nhập khẩu qua cửa khẩu đạt 486,3 triệu USD, gồm xuất khẩu 301,7 triệu USD và nhập khẩu 184,6 triệu USD. Chi cục Hải quan cửa khẩu Mộc Bài thu ngân sách được 142,5 tỷ đồng, đạt 27,4% chỉ tiêu năm.

Tại Khu thương mại - công nghiệp Mộc Bài hiện có 7 cửa hàng miễn thuế và 2 trung tâm thương mại, thu hút khoảng 1.800 lao động. Doanh số bán hàng miễn thuế trong quý ước đạt 325 tỷ đồng, chiếm gần 70% tổng doanh thu thương mại của khu. Bình quân có 3.000-4.000 lượt khách mua sắm/ngày, mức chi tiêu khoảng 850.000 đồng/lượt khách.

Năm 2025, huyện phấn đấu thu hút thêm 2 doanh nghiệp đầu tư kinh doanh hàng miễn thuế, nâng tổng số cửa hàng lên 9 cửa hàng. Dự kiến dịp lễ 30/4 - 1/5, lượng khách qua cửa khẩu đạt khoảng 25.000 lượt/ngày; huyện đã phối hợp phân luồng giao thông trên đường Xuyên Á (Quốc lộ 22).

Minh Tâm - Văn phòng HĐND và UBND huyện
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 612.000 lượt người", "612.000", 612000, "count", "lượt người", approx="over",
      change=C("increase", 14.2, baseline="cùng kỳ năm 2024"),
      subject="lượng khách xuất nhập cảnh qua cửa khẩu quốc tế Mộc Bài", period=Q1),
    F("đạt 38.460 lượt", "38.460", 38460, "count", "lượt",
      subject="phương tiện xuất nhập cảnh", period=Q1),
    F("xe du lịch 9.215 lượt", "9.215", 9215, "count", "lượt", total=38460,
      subject="xe du lịch", period=Q1),
    F("đạt 486,3 triệu USD", "486,3", 486.3e6, "money", "USD",
      subject="tổng kim ngạch xuất nhập khẩu qua cửa khẩu", period=I(Q1)),
    F("xuất khẩu 301,7 triệu USD", "301,7", 301.7e6, "money", "USD", total=486.3e6,
      subject="xuất khẩu", period=I(Q1)),
    F("nhập khẩu 184,6 triệu USD", "184,6", 184.6e6, "money", "USD", total=486.3e6,
      subject="nhập khẩu", period=I(Q1)),
    F("được 142,5 tỷ đồng", "142,5", 142.5e9, "money", "đồng", percent=27.4,
      subject="thu ngân sách của Chi cục Hải quan cửa khẩu Mộc Bài", period=I(Q1)),
    F("có 7 cửa hàng miễn thuế", "7", 7, "count", "cửa hàng miễn thuế",
      subject="cửa hàng miễn thuế tại Khu thương mại - công nghiệp Mộc Bài"),
    F("và 2 trung tâm thương mại", "2", 2, "count", "trung tâm thương mại",
      subject="trung tâm thương mại tại Khu thương mại - công nghiệp Mộc Bài"),
    F("khoảng 1.800 lao động", "1.800", 1800, "count", "lao động", approx="about",
      subject="lao động thu hút tại Khu thương mại - công nghiệp Mộc Bài"),
    F("ước đạt 325 tỷ đồng", "325", 325e9, "money", "đồng", percent=70, status="estimate",
      subject="doanh số bán hàng miễn thuế",
      period=P("trong quý", "2025-01-01", "2025-03-31")),
    F("có 3.000-4.000 lượt khách", "3.000", 3000, "measure", "lượt khách/ngày", value_max=4000,
      subject="lượt khách mua sắm bình quân"),
    F("khoảng 850.000 đồng/lượt khách", "850.000", 850000, "money", "đồng/lượt khách", approx="about",
      subject="mức chi tiêu"),
    F("thêm 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", status="target",
      subject="doanh nghiệp đầu tư kinh doanh hàng miễn thuế thu hút thêm", period=Y25),
    F("lên 9 cửa hàng", "9", 9, "count", "cửa hàng", status="target",
      subject="tổng số cửa hàng", period=Y25),
    F("khoảng 25.000 lượt/ngày", "25.000", 25000, "measure", "lượt/ngày", approx="about",
      status="forecast", subject="lượng khách qua cửa khẩu",
      period=P("dịp lễ 30/4 - 1/5", "2025-04-30", "2025-05-01")),
]

NOTES = [
    "Bến Cầu district portal (Tây Ninh): Mộc Bài international border gate, trade and duty-free shops, quý I/2025.",
    "Dateline 'Thứ Ba, 15/04/2025 - 10:20'; byline at the end. Location is the district (Mộc Bài lies in Bến Cầu).",
    "Distractors: 30/4 - 1/5 (holiday dates), Quốc lộ 22, đường Xuyên Á, 10:20, headline 'quý I' (period only).",
    "'gồm' parts get the whole 486,3; 9.215 after 'trong đó' gets 38.460. 'chiếm gần 70%' is the share of 325 tỷ (approx of an attribute is not scored).",
    "'trong quý' in a quarterly article = quý I/2025. 'hiện có' figures get no period.",
    "revised after the first run: unit of 3.000-4.000 changed from 'lượt khách mua sắm/ngày' to 'lượt khách/ngày' (FIGURES.md: the shortest noun phrase for what is counted).",
]

if __name__ == "__main__":
    build("p1088-2", TEXT, NOTES, FIGS, published="2025-04-15", location="Bến Cầu")
