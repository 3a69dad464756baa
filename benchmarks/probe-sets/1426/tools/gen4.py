"""p1426-4: provincial newspaper (Báo Vĩnh Long, tag VLO): Giải cờ tướng Báo Vĩnh Long mở rộng 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO VĨNH LONG ONLINE
Thời sự | Kinh tế | Văn hóa - Xã hội | Thể thao | Pháp luật

Hơn 130 kỳ thủ tranh tài Giải cờ tướng Báo Vĩnh Long mở rộng
Thứ Hai, 21/10/2024 | 16:20

(VLO) - Sau hai ngày tranh tài, chiều 20/10, Giải cờ tướng Báo Vĩnh Long mở rộng lần thứ 15 năm 2024 đã bế mạc.

Giải thu hút 134 kỳ thủ đến từ 8 tỉnh, thành phố, tăng 16 kỳ thủ so với năm trước; trong đó kỳ thủ Vĩnh Long chiếm gần 60%. Đoàn đông nhất là TP Vĩnh Long (31 kỳ thủ), kế đến là huyện Long Hồ (18 kỳ thủ) và huyện Trà Ôn (12 kỳ thủ). Các kỳ thủ thi đấu 7 vòng, mỗi ván 20 phút.

Ngôi vô địch thuộc về kỳ thủ Lâm Chí Thành (CLB Kỳ đạo Tây Đô) với 6 điểm; hai kỳ thủ Vĩnh Long là Huỳnh Văn Lợi và Phạm Quốc Bảo lần lượt xếp thứ 2 và 3. Bảng dành cho kỳ thủ dưới 16 tuổi có 22 em tham gia, tăng gấp đôi so với năm 2023.

Tổng giải thưởng trị giá 52 triệu đồng, gồm tiền thưởng 40 triệu đồng và hiện vật 12 triệu đồng; giải Nhất nhận 8 triệu đồng.

Theo ông Trương Minh Tâm, Phó Tổng Biên tập Báo Vĩnh Long, Trưởng ban tổ chức, giải được tổ chức lần đầu năm 2010 với chỉ 40 kỳ thủ. Năm 2025, ban tổ chức dự kiến nâng số kỳ thủ lên khoảng 160 người và tăng giải thưởng lên 70 triệu đồng.

Hiện toàn tỉnh có khoảng 85 câu lạc bộ cờ tướng, trong đó TP Vĩnh Long có 23 câu lạc bộ.

MINH TRÍ
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y10 = per("năm 2010", "2010-01-01", "2010-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "kỳ thủ của đoàn"
RANK = "hai kỳ thủ Vĩnh Long Huỳnh Văn Lợi và Phạm Quốc Bảo"

FIGS = [
    fig("Hơn 130 kỳ thủ", "130", 130, "count", "kỳ thủ", approx="over",
        subject="kỳ thủ tranh tài Giải cờ tướng Báo Vĩnh Long mở rộng"),
    fig("thu hút 134 kỳ thủ", "134", 134, "count", "kỳ thủ", change=chg("increase", 16, "kỳ thủ", "năm trước"),
        subject="kỳ thủ giải thu hút", period=inh(Y24)),
    fig("từ 8 tỉnh", "8", 8, "count", "tỉnh, thành phố", subject="tỉnh, thành phố có kỳ thủ dự giải",
        period=inh(Y24), location="Việt Nam"),
    fig("chiếm gần 60%", "60", 60, "percent", "%", approx="nearly", subject="kỳ thủ Vĩnh Long",
        period=inh(Y24)),
    fig("(31 kỳ thủ)", "31", 31, "count", "kỳ thủ", subject=LIST, location="TP Vĩnh Long"),
    fig("(18 kỳ thủ)", "18", 18, "count", "kỳ thủ", subject=LIST, location="Long Hồ"),
    fig("(12 kỳ thủ)", "12", 12, "count", "kỳ thủ", subject=LIST, location="Trà Ôn"),
    fig("thi đấu 7 vòng", "7", 7, "count", "vòng", subject="vòng thi đấu"),
    fig("mỗi ván 20 phút", "20", 20, "measure", "phút", subject="thời gian mỗi ván"),
    fig("với 6 điểm", "6", 6, "measure", "điểm", subject="điểm của kỳ thủ Lâm Chí Thành vô địch"),
    fig("hai kỳ thủ Vĩnh Long", "hai", 2, "count", "kỳ thủ", optional=True),
    fig("xếp thứ 2", "2", 2, "rank", "hạng", subject=RANK),
    fig("2 và 3.", "3", 3, "rank", "hạng", subject=RANK),
    fig("dưới 16 tuổi", "16", 16, "measure", "tuổi", approx="under", optional=True),
    fig("có 22 em", "22", 22, "count", "em", change=chg("increase", 2, "lần", "năm 2023"),
        subject="kỳ thủ bảng dưới 16 tuổi"),
    fig("trị giá 52 triệu", "52", 52e6, "money", "đồng", subject="tổng giải thưởng"),
    fig("thưởng 40 triệu", "40", 40e6, "money", "đồng", total=52e6, subject="tiền thưởng"),
    fig("vật 12 triệu", "12", 12e6, "money", "đồng", total=52e6, subject="hiện vật"),
    fig("nhận 8 triệu", "8", 8e6, "money", "đồng", subject="giải Nhất"),
    fig("chỉ 40 kỳ thủ", "40", 40, "count", "kỳ thủ", subject="kỳ thủ giải lần đầu tổ chức", period=Y10),
    fig("khoảng 160 người", "160", 160, "count", "người", approx="about", status="forecast",
        subject="số kỳ thủ", period=Y25),
    fig("lên 70 triệu", "70", 70e6, "money", "đồng", status="forecast", subject="giải thưởng", period=Y25),
    fig("khoảng 85 câu lạc bộ", "85", 85, "count", "câu lạc bộ", approx="about", subject="câu lạc bộ cờ tướng"),
    fig("có 23 câu lạc bộ", "23", 23, "count", "câu lạc bộ", total=85, subject="câu lạc bộ cờ tướng",
        location="TP Vĩnh Long"),
]

NOTES = [
    "Provincial newspaper (Báo Vĩnh Long): menu, headline figure, 'Thứ Hai, 21/10/2024 | 16:20', tag '(VLO) -', byline MINH TRÍ at the end.",
    "Distractors: 16:20, 'hai ngày' (a duration that only locates the closing), 'chiều 20/10', 'lần thứ 15', 'năm 2024', founding year 2010 (period).",
    "Headline 'Hơn 130 kỳ thủ' is its own figure (over). 134: change +16 kỳ thủ (năm trước). 'trong đó kỳ thủ Vĩnh Long chiếm gần 60%' is a percent",
    "figure of its own (no base amount in its clause). The bracketed list items share the indicator; their places go to location.",
    "'lần lượt xếp thứ 2 và 3': two ranks of the list's indicator. 'dưới 16 tuổi' is a bracket qualifier: optional (as 'từ 15 tuổi' in the shared gold).",
    "'tăng gấp đôi so với năm 2023' → change increase 2 lần. 'gồm 40 ... và 12 ...' add up to 52 triệu: total. 'giải Nhất nhận 8 triệu' has no cue: no total.",
    "'nâng ... lên khoảng 160', 'tăng ... lên 70 triệu' state the new level (no change value given), forecast ('dự kiến'), period Năm 2025.",
    "revised after the first run: '8 tỉnh, thành phố' location Vĩnh Long → Việt Nam (FIGURES.md lists 'a count of provinces' among",
    "national figures); 'hai kỳ thủ Vĩnh Long' added as optional (a count that only names the two players listed, cf. '2 trung tâm' in h27).",
    "The champion's club 'Kỳ đạo Tây Đô' names no province: his score keeps Vĩnh Long. TP Vĩnh Long's figures: location TP Vĩnh Long.",
]

if __name__ == "__main__":
    write("p1426-4", TEXT, NOTES, FIGS, published="2024-10-21", location="Vĩnh Long")
