"""p989-8: Báo Long An online (BLA), arrears collection and coverage in quý I/2025."""
from lib import F, P, I, C, T, write

TEXT = """BÁO LONG AN ĐIỆN TỬ
Xã hội

Thu hồi hơn 62 tỷ đồng nợ BHXH, BHYT trong quý I

15/04/2025 - 15:05

(BLA) - Quý I/2025, BHXH tỉnh Long An đã thu hồi được hơn 62 tỷ đồng tiền nợ đóng BHXH, BHYT, BHTN, góp phần kéo tỷ lệ nợ xuống còn 2,85% số phải thu. Số tiền thu hồi nợ này gấp 1,4 lần cùng kỳ năm trước.

Tính đến ngày 31/3/2025, tổng số nợ đóng trên địa bàn tỉnh là 196,4 tỷ đồng, giảm 18,7% so với cùng kỳ năm 2024. Trong đó, nợ của khối doanh nghiệp ngoài nhà nước chiếm 81,2%. Toàn tỉnh còn 214 đơn vị nợ từ 6 tháng trở lên với số tiền 58,9 tỷ đồng; BHXH tỉnh đã chuyển hồ sơ 5 đơn vị sang cơ quan công an đề nghị xem xét theo Điều 216 Bộ luật Hình sự.

Cũng trong quý I, toàn tỉnh phát triển mới 2.146 người tham gia BHXH tự nguyện, nâng tổng số lên 52.318 người, chiếm 4,1% lực lượng lao động trong độ tuổi. Số người tham gia BHYT hộ gia đình là 302.560 người; tỷ lệ bao phủ BHYT đạt 93,2% dân số. Các địa phương có tỷ lệ bao phủ cao là TP Tân An (96,1%), huyện Đức Hòa (94,8%) và huyện Bến Lức (94,3%).

Theo Giám đốc BHXH tỉnh Nguyễn Văn Tám, năm 2025 ngành phấn đấu giảm tỷ lệ nợ xuống dưới 2,5% số phải thu và nâng tỷ lệ bao phủ BHYT lên 94% dân số. Từ đầu năm đến nay, BHXH tỉnh đã tổ chức 86 hội nghị đối thoại với người lao động, chủ yếu tại các khu công nghiệp dọc Quốc lộ 1A.

Thu Trang
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
ASOF = P("Tính đến ngày 31/3/2025", None, "2025-03-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Thu hồi hơn 62 tỷ đồng", "62", 62e9, "money", "đồng", "tiền nợ BHXH, BHYT thu hồi",
      P("trong quý I", "2025-01-01", "2025-03-31"), approx="over"),
    F("thu hồi được hơn 62 tỷ đồng", "62", 62e9, "money", "đồng", "tiền nợ đóng BHXH, BHYT, BHTN thu hồi", Q1,
      approx="over"),
    F("còn 2,85% số phải thu", "2,85", 2.85, "percent", "%", "tỷ lệ nợ", Q1),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần", "số tiền thu hồi nợ so với cùng kỳ năm trước", I(Q1)),
    F("là 196,4 tỷ đồng", "196,4", 196.4e9, "money", "đồng", "tổng số nợ đóng trên địa bàn tỉnh", ASOF,
      change=C("decrease", 18.7, "%", "cùng kỳ năm 2024")),
    F("chiếm 81,2%", "81,2", 81.2, "percent", "%", "tỷ trọng nợ của khối doanh nghiệp ngoài nhà nước", I(ASOF)),
    F("còn 214 đơn vị", "214", 214, "count", "đơn vị", "đơn vị nợ từ 6 tháng trở lên", I(ASOF)),
    F("từ 6 tháng trở lên", "6", 6, "measure", "tháng", "thời gian nợ", optional=True, approx="at_least"),
    F("số tiền 58,9 tỷ đồng", "58,9", 58.9e9, "money", "đồng", "số tiền nợ của đơn vị nợ từ 6 tháng trở lên", I(ASOF)),
    F("hồ sơ 5 đơn vị", "5", 5, "count", "đơn vị", "đơn vị chuyển hồ sơ sang cơ quan công an", I(ASOF)),
    F("phát triển mới 2.146 người", "2.146", 2146, "count", "người", "người tham gia BHXH tự nguyện phát triển mới",
      P("trong quý I", "2025-01-01", "2025-03-31")),
    F("lên 52.318 người", "52.318", 52318, "count", "người", "người tham gia BHXH tự nguyện",
      P("trong quý I", "2025-01-01", "2025-03-31"), percent=4.1),
    F("là 302.560 người", "302.560", 302560, "count", "người", "người tham gia BHYT hộ gia đình", I(Q1)),
    F("đạt 93,2% dân số", "93,2", 93.2, "percent", "%", "tỷ lệ bao phủ BHYT", I(Q1)),
    F("(96,1%)", "96,1", 96.1, "percent", "%", "tỷ lệ bao phủ BHYT", I(Q1), location="Tân An"),
    F("(94,8%)", "94,8", 94.8, "percent", "%", "tỷ lệ bao phủ BHYT", I(Q1), location="Đức Hòa"),
    F("(94,3%)", "94,3", 94.3, "percent", "%", "tỷ lệ bao phủ BHYT", I(Q1), location="Bến Lức"),
    F("dưới 2,5%", "2,5", 2.5, "percent", "%", "tỷ lệ nợ", Y25, status="target", approx="under"),
    F("lên 94% dân số", "94", 94, "percent", "%", "tỷ lệ bao phủ BHYT", Y25, status="target"),
    F("tổ chức 86 hội nghị", "86", 86, "count", "hội nghị", "hội nghị đối thoại với người lao động",
      P("Từ đầu năm đến nay", "2025-01-01", "2025-04-15")),
]

NOTES = [
    "Báo Long An online, tag '(BLA) -', dateline '15/04/2025 - 15:05', byline at the end: arrears collection and coverage in quý I/2025.",
    "Year-less headline 'trong quý I' takes 2025 (published; nothing dated stands before it).",
    "Distractors: '(BLA)', time 15:05, 'Điều 216 Bộ luật Hình sự', 'Quốc lộ 1A', the name 'Nguyễn Văn Tám', 'cùng kỳ năm trước' (baseline).",
    "'kéo tỷ lệ nợ xuống còn 2,85%' is a rate of its own (no base amount; the 62 tỷ is collected money, not the arrears).",
    "'gấp 1,4 lần cùng kỳ' stands as its own sentence: a multiple. 'Trong đó, nợ … chiếm 81,2%' is a share: a percent figure (no total, other unit).",
    "'từ 6 tháng trở lên' is a category threshold: optional. 52.318 ('nâng tổng số lên … chiếm 4,1%') carries the share as its percent;",
    "2.146 gets no total (a new-participant flow, not a part of the stock). District rates: TP Tân An, Đức Hòa, Bến Lức in location.",
    "'Từ đầu năm đến nay' runs from 2025-01-01 to the dateline. 'phấn đấu … dưới 2,5% … và … 94%' are targets for năm 2025.",
]

write("p989-8", TEXT, NOTES, FIGS, published="2025-04-15", location="Long An")
