"""p1426-5: national newspaper: national xiangqi championship 2024 (Đà Nẵng), team standings, national club counts."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thể thao › Các môn khác
Thứ bảy, 17/8/2024, 19:25 (GMT+7)

Kỳ thủ trẻ TP HCM lần đầu vô địch cờ tướng quốc gia

Nguyễn Hoàng Lâm giành HC vàng cờ tiêu chuẩn nam tại Giải vô địch cờ tướng quốc gia 2024, bế mạc ở Đà Nẵng chiều 17/8.

Giải năm nay quy tụ 236 kỳ thủ của 27 đơn vị, đông nhất từ trước đến nay. Các kỳ thủ tranh 30 bộ huy chương ở ba thể loại cờ tiêu chuẩn, cờ nhanh và cờ chớp, cho các nhóm tuổi từ U10 đến U20 và nội dung người lớn.

Kỳ thủ sinh năm 2005 của TP HCM đạt 9,5/11 điểm, cao hơn 0,5 điểm so với đại kiện tướng Trịnh Quốc Vinh (Hà Nội), người về nhì. "Tôi tập khoảng 6 tiếng mỗi ngày trong ba tháng trước giải", Lâm nói.

Chung cuộc, TP HCM dẫn đầu toàn đoàn với 11 HC vàng, 7 HC bạc và 9 HC đồng. Hà Nội và Bình Dương lần lượt xếp thứ hai và thứ ba, với 8 và 4 HC vàng. Chủ nhà Đà Nẵng giành 2 HC vàng, xếp thứ 6.

Theo Liên đoàn Cờ Việt Nam, cả nước hiện có khoảng 1.800 câu lạc bộ cờ tướng với hơn 60 nghìn người chơi thường xuyên; số kỳ thủ có đẳng cấp quốc gia là 312 người, trong đó 41 người đạt kiện tướng trở lên. Tổng giải thưởng năm nay hơn 450 triệu đồng, gấp 1,5 lần năm 2023. Liên đoàn đặt mục tiêu đến năm 2030 có 3.000 câu lạc bộ và đưa cờ tướng vào hoạt động ngoại khóa ở ít nhất 20 tỉnh, thành.

Hoàng Anh
"""

NAMNAY = per("năm nay", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
HCM, HN, BD, DN = "TP Hồ Chí Minh", "Hà Nội", "Bình Dương", "Đà Nẵng"

FIGS = [
    fig("quy tụ 236 kỳ thủ", "236", 236, "count", "kỳ thủ", subject="kỳ thủ giải quy tụ", period=NAMNAY),
    fig("của 27 đơn vị", "27", 27, "count", "đơn vị", subject="đơn vị có kỳ thủ dự giải", period=NAMNAY),
    fig("tranh 30 bộ", "30", 30, "count", "bộ huy chương", subject="bộ huy chương các kỳ thủ tranh"),
    fig("ba thể loại", "ba", 3, "count", "thể loại", optional=True),
    fig("đạt 9,5/11 điểm", "9,5", 9.5, "measure", "điểm", total=11,
        change=chg("increase", 0.5, "điểm", "đại kiện tướng Trịnh Quốc Vinh"),
        subject="điểm kỳ thủ TP HCM đạt", location=HCM),
    fig("người về nhì", "nhì", 2, "rank", "hạng", location=HN, optional=True),
    fig("khoảng 6 tiếng", "6", 6, "measure", "tiếng/ngày", approx="about",
        subject="thời gian tập cờ mỗi ngày", location=HCM),
    fig("với 11 HC vàng", "11", 11, "count", "HC vàng", subject="HC vàng toàn đoàn", location=HCM),
    fig("7 HC bạc", "7", 7, "count", "HC bạc", subject="HC bạc toàn đoàn", location=HCM),
    fig("9 HC đồng", "9", 9, "count", "HC đồng", subject="HC đồng toàn đoàn", location=HCM),
    fig("xếp thứ hai", "hai", 2, "rank", "hạng", subject="xếp hạng toàn đoàn", location=HN),
    fig("và thứ ba", "ba", 3, "rank", "hạng", subject="xếp hạng toàn đoàn", location=BD),
    fig("với 8 và 4", "8", 8, "count", "HC vàng", subject="HC vàng", location=HN),
    fig("8 và 4 HC", "4", 4, "count", "HC vàng", subject="HC vàng", location=BD),
    fig("giành 2 HC vàng", "2", 2, "count", "HC vàng", subject="HC vàng chủ nhà giành", location=DN),
    fig("xếp thứ 6", "6", 6, "rank", "hạng", subject="xếp hạng toàn đoàn", location=DN),
    fig("khoảng 1.800 câu lạc bộ", "1.800", 1800, "count", "câu lạc bộ", approx="about",
        subject="câu lạc bộ cờ tướng"),
    fig("hơn 60 nghìn", "60", 60000, "count", "người chơi", approx="over", subject="người chơi thường xuyên"),
    fig("là 312 người", "312", 312, "count", "người", subject="kỳ thủ có đẳng cấp quốc gia"),
    fig("trong đó 41 người", "41", 41, "count", "người", total=312, subject="kỳ thủ đạt kiện tướng trở lên"),
    fig("hơn 450 triệu", "450", 450e6, "money", "đồng", approx="over",
        change=chg("increase", 1.5, "lần", "năm 2023"), subject="tổng giải thưởng", period=NAMNAY),
    fig("có 3.000 câu lạc bộ", "3.000", 3000, "count", "câu lạc bộ", status="target",
        subject="câu lạc bộ cờ tướng", period=T30),
    fig("ít nhất 20 tỉnh", "20", 20, "count", "tỉnh, thành", approx="at_least", status="target",
        subject="tỉnh, thành đưa cờ tướng vào hoạt động ngoại khóa", period=T30),
]

NOTES = [
    "National newspaper: section path, 'Thứ bảy, 17/8/2024, 19:25 (GMT+7)', sapo, quote, byline at the end. Default location Việt Nam (a national",
    "championship and the federation's national counts); a figure of one province's team or player takes that province.",
    "Distractors: 19:25, GMT+7, 'chiều 17/8', 'Giải ... quốc gia 2024' (a name), U10/U20 (age-group labels), 'sinh năm 2005' (a date,",
    "not the period of the score), 'ba tháng' (a duration that only locates the training).",
    "'người về nhì' (the runner-up, said of the baseline player) is a rank only by idiom: optional.",
    "'ba thể loại' names the three categories that follow: optional (structure, like '3 trụ cột' in the shared gold).",
    "'9,5/11 điểm' → total 11; 'cao hơn 0,5 điểm so với ...' → change +0,5 điểm. 'khoảng 6 tiếng mỗi ngày' → rate 'tiếng/ngày'.",
    "'lần lượt xếp thứ hai và thứ ba, với 8 và 4 HC vàng': ranks and counts follow the order Hà Nội, Bình Dương.",
    "revised after the first run: Đà Nẵng removed from the subjects of its 2 HC vàng and rank 6 (an item of the standings list is the",
    "figure's location, never its subject: FIGURES.md, lists).",
    "'hơn 60 nghìn' = 60 000 (over). '41 người' after 'trong đó': total 312. 'gấp 1,5 lần năm 2023' → change 1,5 lần.",
    "'mục tiêu đến năm 2030': both clauses targets, period end 2030-12-31.",
]

if __name__ == "__main__":
    write("p1426-5", TEXT, NOTES, FIGS, published="2024-08-17", location="Việt Nam")
