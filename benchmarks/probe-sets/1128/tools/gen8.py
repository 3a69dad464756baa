"""p1128-8: provincial newspaper online (Báo Gia Lai, '(GLO) -'): Krông Pa households short of water, trucks, new wells."""
from lib import F, P, I, C, T, write

TEXT = """Báo Gia Lai điện tử > Xã hội

Krông Pa: Gần 2.400 hộ dân thiếu nước sinh hoạt do nắng hạn

06/05/2024, 16:45

(GLO) - Nắng hạn kéo dài khiến nhiều giếng đào, giếng khoan tại huyện Krông Pa cạn kiệt. Tính đến ngày 3/5, toàn huyện có 2.380 hộ thiếu nước sinh hoạt, tăng gần 2 lần so với cùng kỳ năm 2023; số nhân khẩu bị ảnh hưởng khoảng 9.500 người.

Trong đó, xã Ia Rsươm có 620 hộ, Chư Gu 540 hộ, Ia Mlah 410 hộ, còn lại rải rác ở các xã khác. Tại làng Mlah, xã Ia Mlah, cả làng 168 hộ chỉ trông vào một giếng khoan của trường học; mỗi ngày người dân phải đi bộ gần 2 km để gánh nước.

Để cấp nước trước mắt, Ban Chỉ huy Quân sự huyện và Công ty CP Cấp nước Gia Lai đã điều 4 xe bồn, mỗi ngày chở từ 30 đến 40 m3 nước đến các làng khó khăn. UBND huyện cũng trích 850 triệu đồng từ ngân sách dự phòng, dự kiến khoan 12 giếng mới, sâu từ 60 đến 80 m, hoàn thành trước ngày 30/5.

Theo ông Ksor Y Phin, Phó Chủ tịch UBND huyện Krông Pa, về lâu dài huyện phấn đấu đến năm 2026 có 95% hộ dân nông thôn được sử dụng nước hợp vệ sinh; hiện tỷ lệ này mới đạt 84,2%.

Toàn tỉnh Gia Lai hiện có khoảng 6.700 hộ thiếu nước sinh hoạt tại 11 huyện, thị xã; Sở Nông nghiệp và PTNT đã đề nghị UBND tỉnh hỗ trợ 3,5 tỷ đồng để khoan giếng, mua bồn chứa cho các hộ nghèo.

MINH NGUYỄN
"""

ASOF = P("Tính đến ngày 3/5", None, "2024-05-03")
Y26 = P("đến năm 2026", None, "2026-12-31")
GL = "Gia Lai"
SHORT = "hộ thiếu nước sinh hoạt"

FIGS = [
    F("Gần 2.400 hộ", "2.400", 2400, "count", "hộ dân", approx="nearly",
      subject="hộ dân thiếu nước sinh hoạt do nắng hạn"),
    F("có 2.380 hộ", "2.380", 2380, "count", "hộ",
      change=C("increase", 2, "lần", "cùng kỳ năm 2023", approx="nearly"), subject=SHORT, period=ASOF),
    F("khoảng 9.500 người", "9.500", 9500, "count", "người", approx="about",
      subject="nhân khẩu bị ảnh hưởng do thiếu nước sinh hoạt", period=ASOF),
    F("có 620 hộ", "620", 620, "count", "hộ", total=2380, subject="hộ thiếu nước sinh hoạt xã Ia Rsươm",
      period=I(ASOF)),
    F("Chư Gu 540 hộ", "540", 540, "count", "hộ", total=2380, subject="hộ thiếu nước sinh hoạt xã Chư Gu",
      period=I(ASOF)),
    F("Ia Mlah 410 hộ", "410", 410, "count", "hộ", total=2380, subject="hộ thiếu nước sinh hoạt xã Ia Mlah",
      period=I(ASOF)),
    F("cả làng 168 hộ", "168", 168, "count", "hộ", subject="hộ làng Mlah"),
    F("vào một giếng", "một", 1, "count", "giếng khoan", subject="giếng khoan của trường học làng Mlah trông vào"),
    F("gần 2 km", "2", 2, "measure", "km", approx="nearly", subject="quãng đường đi bộ gánh nước"),
    F("điều 4 xe", "4", 4, "count", "xe bồn", subject="xe bồn điều đi chở nước"),
    F("từ 30 đến 40 m3", "30", 30, "measure", "m3/ngày", value_max=40, subject="nước chở mỗi ngày đến các làng"),
    F("trích 850 triệu", "850", 850000000, "money", "đồng", subject="kinh phí trích từ ngân sách dự phòng"),
    F("khoan 12 giếng", "12", 12, "count", "giếng", status="forecast", subject="giếng mới dự kiến khoan"),
    F("từ 60 đến 80 m", "60", 60, "measure", "m", value_max=80, status="forecast", subject="độ sâu giếng mới"),
    F("có 95%", "95", 95, "percent", "%", status="target",
      subject="hộ dân nông thôn được sử dụng nước hợp vệ sinh", period=Y26),
    F("đạt 84,2%", "84,2", 84.2, "percent", "%", subject="tỷ lệ hộ dân nông thôn được sử dụng nước hợp vệ sinh"),
    F("khoảng 6.700 hộ", "6.700", 6700, "count", "hộ", approx="about", subject=SHORT, location=GL),
    F("tại 11 huyện", "11", 11, "count", "huyện, thị xã", subject="huyện, thị xã có hộ thiếu nước sinh hoạt",
      location=GL),
    F("hỗ trợ 3,5 tỷ", "3,5", 3500000000, "money", "đồng", optional=True,
      subject="kinh phí đề nghị hỗ trợ khoan giếng, mua bồn chứa", location=GL),
]

NOTES = [
    "Provincial newspaper online (Báo Gia Lai): '06/05/2024, 16:45' (published), '(GLO) -' tag, byline at the end.",
    "Default location Krông Pa (the district the article is about); communes (Ia Rsươm, Chư Gu, Ia Mlah, làng Mlah) are not",
    "districts: they stay in the subject. The closing province figures ('Toàn tỉnh Gia Lai') are Gia Lai.",
    "'Tính đến ngày 3/5' takes 2024 from the dateline. The commune parts after 'Trong đó' (new sentence, new paragraph) take",
    "2.380 hộ as total ('còn lại rải rác' shows they are parts), not the 9.500 người that stands between (another noun).",
    "'tăng gần 2 lần so với cùng kỳ' is the change of 2.380 hộ (value 2, unit lần, approx nearly).",
    "'dự kiến khoan 12 giếng mới, sâu từ 60 đến 80 m' -> forecast; the 850 triệu already set aside is actual. 'phấn đấu đến năm",
    "2026 … 95%' -> target; 'hiện … 84,2%' actual, no period. The 3,5 tỷ is a department's request to the province (neither a",
    "result, a target nor a forecast): optional.",
    "Distractors: '16:45', '(GLO)', 'ngày 30/5' (a deadline), 'năm 2023' in the baseline.",
]

if __name__ == "__main__":
    write("p1128-8", TEXT, NOTES, FIGS, published="2024-05-06", location="Krông Pa")
