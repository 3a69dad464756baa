"""p1244-7: news agency (TTXVN): a ba ba hatchery in huyện Yên Khánh, Ninh Bình; province's seed output, rank, 2025 plan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TIN TỨC TTXVN | Kinh tế | Nông nghiệp
14/03/2025 09:12

Trại giống ba ba ở Yên Khánh cung ứng 1,2 triệu con mỗi năm

Ninh Bình (TTXVN) - Công ty TNHH Thủy sản Hoàng Long tại xã Khánh Thiện, huyện Yên Khánh hiện là cơ sở sản xuất giống ba ba lớn nhất các tỉnh phía Bắc, mỗi năm cung ứng khoảng 1,2 triệu con giống cho người nuôi ở 17 tỉnh, thành phố.

Trại có 420 con ba ba bố mẹ, trọng lượng bình quân từ 3 đến 4 kg/con. Mùa sinh sản kéo dài từ tháng 4 đến tháng 9; mỗi con cái đẻ 3-4 lứa, mỗi lứa khoảng 15 trứng. Nhờ ứng dụng máy ấp trứng tự động, tỷ lệ nở đạt trên 85%, cao hơn khoảng 25% so với ấp thủ công.

Năm 2024, công ty xuất bán 1,35 triệu con giống, vượt 8% kế hoạch, doanh thu 18,9 tỷ đồng, lợi nhuận gần 4 tỷ đồng. Công ty đang giải quyết việc làm cho 26 lao động địa phương với mức lương từ 7 đến 9 triệu đồng/tháng.

Theo Sở Nông nghiệp và Môi trường Ninh Bình, năm 2024 toàn tỉnh sản xuất được 2,1 triệu con ba ba giống, gấp 3 lần năm 2020, đứng thứ ba cả nước. Năm 2025, tỉnh phấn đấu đạt 2,5 triệu con giống; dự kiến hỗ trợ các cơ sở xây dựng thương hiệu với kinh phí khoảng 1,5 tỷ đồng.

Ông Đinh Văn Quý, Giám đốc công ty cho biết, trong quý I/2025, công ty đã nhận đơn đặt hàng 320.000 con giống, trong đó có 45.000 con ba ba gai.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
NB = "Ninh Bình"

FIGS = [
    fig("ứng 1,2 triệu con mỗi", "1,2", 1.2e6, "measure", "con/năm",
        subject="con giống trại giống ba ba cung ứng mỗi năm"),
    fig("khoảng 1,2 triệu con giống", "1,2", 1.2e6, "measure", "con giống/năm", approx="about",
        subject="con giống Công ty TNHH Thủy sản Hoàng Long cung ứng mỗi năm"),
    fig("ở 17 tỉnh", "17", 17, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có người nuôi được công ty cung ứng giống", location="Việt Nam"),
    fig("có 420 con", "420", 420, "count", "con", subject="ba ba bố mẹ của trại"),
    fig("từ 3 đến 4 kg/con", "3", 3, "measure", "kg/con", value_max=4,
        subject="trọng lượng bình quân ba ba bố mẹ"),
    fig("đẻ 3-4 lứa", "3", 3, "measure", "lứa/con", value_max=4, subject="số lứa đẻ của mỗi con cái"),
    fig("khoảng 15 trứng", "15", 15, "measure", "trứng/lứa", approx="about", subject="số trứng mỗi lứa"),
    fig("trên 85%", "85", 85, "percent", "%", approx="over",
        change=chg("increase", 25, "%", "ấp thủ công", approx="about"), subject="tỷ lệ nở"),
    fig("bán 1,35 triệu", "1,35", 1.35e6, "count", "con giống",
        change=chg("increase", 8, "%", "kế hoạch"), subject="con giống công ty xuất bán", period=Y24),
    fig("thu 18,9 tỷ", "18,9", 18.9e9, "money", "đồng", subject="doanh thu của công ty", period=Y24),
    fig("gần 4 tỷ", "4", 4e9, "money", "đồng", approx="nearly", subject="lợi nhuận của công ty", period=Y24),
    fig("cho 26 lao động", "26", 26, "count", "lao động", subject="lao động địa phương công ty giải quyết việc làm"),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/tháng", value_max=9e6, subject="mức lương của lao động"),
    fig("được 2,1 triệu", "2,1", 2.1e6, "count", "con ba ba giống",
        change=chg("increase", 3, "lần", "năm 2020"), subject="ba ba giống toàn tỉnh sản xuất được",
        period=Y24b, location=NB),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng", subject="sản xuất ba ba giống", period=Y24b, location=NB),
    fig("đạt 2,5 triệu", "2,5", 2.5e6, "count", "con giống", status="target",
        subject="con giống toàn tỉnh sản xuất", period=Y25, location=NB),
    fig("khoảng 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí hỗ trợ các cơ sở xây dựng thương hiệu", period=Y25, location=NB),
    fig("hàng 320.000 con", "320.000", 320000, "count", "con giống",
        subject="con giống trong đơn đặt hàng công ty nhận", period=Q1),
    fig("có 45.000 con", "45.000", 45000, "count", "con", total=320000,
        subject="ba ba gai trong đơn đặt hàng", period=Q1),
]

NOTES = [
    "News agency (TTXVN): category line, '14/03/2025 09:12', dateline tag 'Ninh Bình (TTXVN) -'.",
    "Distractors: 09:12, 'từ tháng 4 đến tháng 9' (a season, not a figure), 'quý I/2025' (a period), 'năm 2020' (a baseline).",
    "The hatchery is in huyện Yên Khánh: its figures (headline included) take location Yên Khánh; the province's (Sở) figures Ninh Bình.",
    "'ở 17 tỉnh, thành phố' is a count of provinces → location Việt Nam (spec, §3 location); borderline for a company's customers.",
    "'mỗi năm cung ứng khoảng 1,2 triệu con giống' is a yearly rate: measure, unit con giống/năm; the headline '1,2 triệu con mỗi năm' likewise.",
    "'mỗi con cái đẻ 3-4 lứa, mỗi lứa khoảng 15 trứng' are rates: measure, 'lứa/con', 'trứng/lứa'.",
    "'tỷ lệ nở đạt trên 85%, cao hơn khoảng 25% so với ấp thủ công': the 25% is the change of the 85% level (not a growth rate as claim).",
    "'vượt 8% kế hoạch' is a change with baseline 'kế hoạch' (spec: gap to plan). 'gấp 3 lần năm 2020' after 2,1 triệu is its change (lần).",
    "'đứng thứ ba cả nước' continues the 'năm 2024' clause: rank 3, location Ninh Bình. 'phấn đấu' → target, 'dự kiến' → forecast.",
    "'trong đó có 45.000 con ba ba gai' is part of 320.000 con giống (same sentence, same period).",
]

if __name__ == "__main__":
    write("p1244-7", TEXT, NOTES, FIGS, published="2025-03-14", location="Yên Khánh")
