"""p477-1: Quảng Nam province portal — heritage visitors and ticket revenue H1/2024, restoration funds."""
from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Quảng Nam: Hơn 4,1 triệu lượt khách tham quan các điểm di sản trong 6 tháng đầu năm
Cập nhật: 08/07/2024 10:20 | Lượt xem: 1.583

(QNP) - Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024, các khu di tích, điểm di sản trên địa bàn tỉnh Quảng Nam đã đón hơn 4,1 triệu lượt khách tham quan, tăng 27,4% so với cùng kỳ năm 2023 và đạt 58,6% kế hoạch năm. Trong đó, khách quốc tế ước đạt 2,35 triệu lượt, chiếm 57,3%.

Riêng Khu phố cổ Hội An đón 2,06 triệu lượt khách; doanh thu bán vé tham quan đạt 152,8 tỷ đồng, tăng 31,2% so với cùng kỳ. Khu đền tháp Mỹ Sơn (huyện Duy Xuyên) đón 216.540 lượt khách, trong đó khách quốc tế là 171.320 lượt; doanh thu bán vé đạt 29,7 tỷ đồng. Hiện giá vé tham quan Mỹ Sơn đối với khách quốc tế là 150.000 đồng/lượt, trẻ em dưới 16 tuổi được miễn vé.

Về công tác bảo tồn, từ đầu năm đến nay, tỉnh đã bố trí 46,5 tỷ đồng để tu bổ, tôn tạo 23 di tích, gồm 9 di tích cấp quốc gia và 14 di tích cấp tỉnh. Các địa phương có nhiều di tích được tu bổ là TP Hội An (7 di tích), thị xã Điện Bàn (5 di tích) và huyện Duy Xuyên (4 di tích). Tại Hội An, 38 ngôi nhà cổ xuống cấp đã được hỗ trợ tu bổ theo Quyết định số 1568/QĐ-UBND, với mức hỗ trợ từ 40 đến 70% kinh phí; hiện còn khoảng 150 di tích có nguy cơ sụp đổ cần được ưu tiên.

Năm nay cũng là dịp kỷ niệm 25 năm Hội An và Mỹ Sơn được UNESCO công nhận là Di sản văn hóa thế giới (1999 - 2024). Ngành văn hóa phấn đấu năm 2024 đón 7 triệu lượt khách tham quan các điểm di sản, doanh thu bán vé đạt 400 tỷ đồng.

Thông tin cần hỗ trợ, du khách liên hệ đường dây nóng 0235.3852.166 hoặc Trung tâm Thông tin Xúc tiến du lịch, số 62 Hùng Vương, TP Tam Kỳ.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-07-08")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 4,1 triệu lượt khách tham quan các", "4,1", 4100000, "count", "lượt khách",
      "lượt khách tham quan các điểm di sản", P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("đã đón hơn 4,1 triệu", "4,1", 4100000, "count", "lượt khách",
      "lượt khách tham quan các khu di tích, điểm di sản", H1, approx="over", percent=58.6,
      change=CH("increase", 27.4, baseline="cùng kỳ năm 2023")),
    F("ước đạt 2,35 triệu lượt", "2,35", 2350000, "count", "lượt",
      "khách quốc tế", I(H1), total=4100000, percent=57.3, status="estimate"),
    F("đón 2,06 triệu lượt khách", "2,06", 2060000, "count", "lượt khách",
      "lượt khách Khu phố cổ Hội An", I(H1), location="Hội An"),
    F("đạt 152,8 tỷ đồng", "152,8", 152800000000, "money", "đồng",
      "doanh thu bán vé tham quan Khu phố cổ Hội An", I(H1), change=CH("increase", 31.2, baseline="cùng kỳ"),
      location="Hội An"),
    F("đón 216.540 lượt khách", "216.540", 216540, "count", "lượt khách",
      "lượt khách Khu đền tháp Mỹ Sơn", I(H1), location="Duy Xuyên"),
    F("là 171.320 lượt", "171.320", 171320, "count", "lượt",
      "khách quốc tế đến Khu đền tháp Mỹ Sơn", I(H1), total=216540, location="Duy Xuyên"),
    F("đạt 29,7 tỷ đồng", "29,7", 29700000000, "money", "đồng",
      "doanh thu bán vé Khu đền tháp Mỹ Sơn", I(H1), location="Duy Xuyên"),
    F("là 150.000 đồng/lượt", "150.000", 150000, "money", "đồng/lượt",
      "giá vé tham quan Mỹ Sơn đối với khách quốc tế", location="Duy Xuyên"),
    F("dưới 16 tuổi", "16", 16, "measure", "tuổi", "trẻ em được miễn vé", approx="under",
      location="Duy Xuyên", optional=True),
    F("bố trí 46,5 tỷ đồng", "46,5", 46500000000, "money", "đồng",
      "kinh phí tu bổ, tôn tạo di tích", YTD),
    F("tôn tạo 23 di tích", "23", 23, "count", "di tích", "di tích được tu bổ, tôn tạo", YTD),
    F("gồm 9 di tích", "9", 9, "count", "di tích", "di tích cấp quốc gia được tu bổ, tôn tạo", YTD, total=23),
    F("14 di tích cấp tỉnh", "14", 14, "count", "di tích", "di tích cấp tỉnh được tu bổ, tôn tạo", YTD, total=23),
    F("(7 di tích)", "7", 7, "count", "di tích", "di tích được tu bổ", I(YTD), location="Hội An"),
    F("(5 di tích)", "5", 5, "count", "di tích", "di tích được tu bổ", I(YTD), location="Điện Bàn"),
    F("(4 di tích)", "4", 4, "count", "di tích", "di tích được tu bổ", I(YTD), location="Duy Xuyên"),
    F("Hội An, 38 ngôi nhà", "38", 38, "count", "ngôi nhà cổ", "ngôi nhà cổ xuống cấp được hỗ trợ tu bổ",
      I(YTD), location="Hội An"),
    F("từ 40 đến 70%", "40", 40, "percent", "%", "mức hỗ trợ kinh phí tu bổ nhà cổ", value_max=70,
      location="Hội An"),
    F("khoảng 150 di tích", "150", 150, "count", "di tích", "di tích có nguy cơ sụp đổ cần được ưu tiên",
      approx="about", location="Hội An"),
    F("kỷ niệm 25 năm", "25", 25, "measure", "năm", "năm Hội An và Mỹ Sơn được UNESCO công nhận",
      location="Hội An", optional=True),
    F("đón 7 triệu lượt", "7", 7000000, "count", "lượt khách", "lượt khách tham quan các điểm di sản", Y24,
      status="target"),
    F("đạt 400 tỷ đồng", "400", 400000000000, "money", "đồng", "doanh thu bán vé", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Nam: khách tham quan di sản 6 tháng đầu năm 2024, doanh thu bán vé Hội An / Mỹ Sơn, kinh phí tu bổ di tích.",
    "Headline '6 tháng đầu năm' has no year: the dateline (Cập nhật 08/07/2024) gives 2024. 'Lượt xem: 1.583', the hotline,",
    "'số 62 Hùng Vương', 'Quyết định số 1568/QĐ-UBND', '(1999 - 2024)' are not figures. 'Riêng Hội An 2,06 triệu' has no part-of cue: no total.",
    "Mỹ Sơn figures are located in huyện Duy Xuyên (named in the text); Hội An figures in Hội An. 'từ đầu năm đến nay' ends at the dateline.",
    "The district list 'TP Hội An (7 di tích), thị xã Điện Bàn (5 di tích) …' is a new sentence with no part-of cue and does not add up",
    "to 23: no total; each item's district is its location, the list's indicator its subject.",
    "Optional: 'dưới 16 tuổi' (an age threshold) and 'kỷ niệm 25 năm' (an anniversary).",
]

if __name__ == "__main__":
    import sys
    emit("p477-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Quảng Nam", show_free="-v" in sys.argv)
