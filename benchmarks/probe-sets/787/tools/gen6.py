"""p787-6: national newspaper (VnExpress-like): Tây Hồ lotus tea (Hà Nội), flowers per kg, prices, households, targets."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Hàng hóa
Thứ bảy, 20/7/2024, 07:30 (GMT+7)
Trà sen Tây Hồ giá tới 12 triệu đồng một kg

Để ướp 1 kg trà, nghệ nhân ở phường Quảng An (quận Tây Hồ, Hà Nội) cần từ 1.200 đến 1.500 bông sen Bách Diệp; trà thành phẩm bán với giá 9-12 triệu đồng/kg.

Theo UBND quận Tây Hồ, năm 2023 toàn quận có 17 hộ làm trà sen truyền thống, cung ứng ra thị trường khoảng 1,3 tấn trà ướp bông và gần 2,5 tấn trà ướp gạo sen. Phần lớn bông sen được thu mua ở đầm Trị (quận Long Biên), huyện Mỹ Đức và một phần từ Hưng Yên, bởi diện tích sen trên hồ Tây chỉ còn khoảng 10 ha, giảm khoảng 60% so với 10 năm trước.

Bà Nguyễn Thị Dự, 72 tuổi, ở ngõ 52 Tô Ngọc Vân, nghệ nhân có hơn 40 năm ướp trà, cho biết mỗi mẻ trà phải ướp 7 lần. Năm nay giá bông sen Bách Diệp lên 25.000-30.000 đồng/bông, tăng khoảng 20% so với năm ngoái, nên giá trà ướp bông cũng tăng 1-2 triệu đồng/kg. "Mùa sen chỉ kéo dài hơn một tháng, nhà tôi thuê 6 người nhặt gạo sen, mỗi ngày trả 300.000 đồng/người", bà Dự nói.

Theo Sở Du lịch Hà Nội, 6 tháng đầu năm 2024, các điểm ngắm sen, chụp ảnh sen trên địa bàn quận Tây Hồ đón khoảng 85.000 lượt khách, gấp đôi cùng kỳ. Quận đặt mục tiêu đến năm 2025 có 25 hộ làm trà sen, phục hồi 20 ha sen Bách Diệp tại các hồ trên địa bàn; mỗi hộ được hỗ trợ tối đa 50 triệu đồng để cải tạo cơ sở ướp trà.

Phạm Nga
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Năm nay", "2024-01-01", "2024-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tới 12 triệu đồng một kg", "12", 12e6, "money", "đồng/kg", "giá trà sen Tây Hồ"),
    F("từ 1.200 đến 1.500 bông", "1.200", 1200, "measure", "bông sen/kg trà", "số bông sen cần để ướp 1 kg trà",
      value_max=1500),
    F("giá 9-12 triệu đồng/kg", "9", 9e6, "money", "đồng/kg", "giá trà sen thành phẩm", value_max=12e6),
    F("có 17 hộ", "17", 17, "count", "hộ", "hộ làm trà sen truyền thống", Y23),
    F("khoảng 1,3 tấn", "1,3", 1.3, "measure", "tấn", "trà ướp bông cung ứng ra thị trường", Y23, approx="about"),
    F("gần 2,5 tấn", "2,5", 2.5, "measure", "tấn", "trà ướp gạo sen cung ứng ra thị trường", Y23, approx="nearly"),
    F("khoảng 10 ha", "10", 10, "measure", "ha", "diện tích sen trên hồ Tây", I(Y23), approx="about",
      change=C("decrease", 60, "%", "10 năm trước", approx="about")),
    F("72 tuổi", "72", 72, "measure", "tuổi", "tuổi của bà Nguyễn Thị Dự", optional=True),
    F("hơn 40 năm", "40", 40, "measure", "năm", "thời gian làm nghề ướp trà", approx="over", optional=True),
    F("ướp 7 lần", "7", 7, "count", "lần", "số lần ướp mỗi mẻ trà", optional=True),
    F("lên 25.000-30.000 đồng/bông", "25.000", 25000, "money", "đồng/bông", "giá bông sen Bách Diệp", NOW,
      value_max=30000, change=C("increase", 20, "%", "năm ngoái", approx="about")),
    F("tăng 1-2 triệu đồng/kg", "1", 1e6, "money", "đồng/kg", "mức tăng giá trà ướp bông", NOW, value_max=2e6),
    F("hơn một tháng", "một", 1, "measure", "tháng", "thời gian mùa sen", approx="over"),
    F("thuê 6 người", "6", 6, "count", "người", "người được thuê nhặt gạo sen"),
    F("trả 300.000 đồng/người", "300.000", 300000, "money", "đồng/người/ngày", "tiền công nhặt gạo sen"),
    F("khoảng 85.000 lượt khách", "85.000", 85000, "count", "lượt khách", "lượt khách đến các điểm ngắm sen, chụp ảnh sen",
      H1, approx="about", change=C("increase", 2, "lần", "cùng kỳ")),
    F("có 25 hộ", "25", 25, "count", "hộ", "hộ làm trà sen", T25, status="target"),
    F("phục hồi 20 ha", "20", 20, "measure", "ha", "diện tích sen Bách Diệp được phục hồi", T25, status="target"),
    F("tối đa 50 triệu đồng", "50", 50e6, "money", "đồng", "mức hỗ trợ mỗi hộ cải tạo cơ sở ướp trà", T25,
      approx="at_most", status="target"),
]

NOTES = [
    "National newspaper: trà sen Tây Hồ (Hà Nội); all figures describe quận Tây Hồ. Dateline 'Thứ bảy, 20/7/2024, 07:30 (GMT+7)'.",
    "'Để ướp 1 kg trà ... cần từ 1.200 đến 1.500 bông' is a rate: 1 kg is its denominator (no figure), kind measure, unit bông sen/kg trà.",
    "'giá tới 12 triệu' / 'lên 25.000-30.000': tới/lên are not approx cues -> exact. 'tăng 1-2 triệu đồng/kg' (an increase as the claim) -> money figure, no change.",
    "'gấp đôi cùng kỳ' after 85.000 lượt khách is its change (increase, 2 lần). Age, years in the trade and '7 lần' (process) are optional.",
    "'hơn một tháng' (number word) is the season length: measure. Distractors: ngõ 52 Tô Ngọc Vân, '10 năm trước' (a baseline), 07:30.",
]

write(6, TEXT, FIGS, NOTES, published="2024-07-20", location="Tây Hồ")
