"""p1457-5: provincial Party newspaper (Báo Bắc Ninh, BNO): Đa Hội steel village (TP Từ Sơn) turns to nails, screws, bolts."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC NINH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẮC NINH
Kinh tế > Công nghiệp

Đa Hội: từ làng sắt thép đến đinh, vít chất lượng cao

14/10/2024 15:22

Không chỉ cán thép, nhiều cơ sở ở làng nghề Đa Hội (phường Châu Khê, TP Từ Sơn) đã đầu tư dây chuyền sản xuất đinh, vít, bu lông, nâng giá trị sản phẩm lên gấp 2-3 lần.

(BNO) - Phường Châu Khê hiện có 408 cơ sở sản xuất sắt thép (312 hộ và 96 doanh nghiệp), trong đó 41 cơ sở sản xuất đinh, vít, bu lông. Năm 2023, sản lượng đinh các loại của làng nghề đạt gần 95.000 tấn, tăng 6,2% so với năm 2022; riêng vít và bu lông đạt 18.700 tấn.

Ông Ngô Văn Khải, Giám đốc Công ty TNHH Kim khí Khải Hưng, cho biết năm 2022 công ty đầu tư 18 tỷ đồng mua 12 máy dập nguội, cán ren tự động. Nhờ đó, năng suất đạt khoảng 350 tấn vít/tháng, gấp đôi trước khi đầu tư; giá bán vít bắn tôn đạt 32.000-35.000 đồng/kg, cao hơn khoảng 40% so với thép cuộn. Công ty có 85 công nhân, thu nhập từ 9 đến 12 triệu đồng/người/tháng.

Theo UBND TP Từ Sơn, 9 tháng đầu năm 2024, giá trị sản xuất của làng nghề Đa Hội ước đạt 7.850 tỷ đồng, bằng 78% kế hoạch năm. Thành phố đang đẩy nhanh tiến độ Cụm công nghiệp Châu Khê 2 với diện tích 46 ha, dự kiến bố trí mặt bằng cho khoảng 120 cơ sở di dời khỏi khu dân cư.

Đặng Thu Hà

Tags: làng nghề Đa Hội, đinh vít, Châu Khê
Bình luận (0)
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y22 = per("năm 2022", "2022-01-01", "2022-12-31")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    fig("gấp 2-3 lần", "2", 2, "multiple", "lần", value_max=3, subject="giá trị sản phẩm"),
    fig("có 408 cơ sở", "408", 408, "count", "cơ sở", subject="cơ sở sản xuất sắt thép"),
    fig("(312 hộ", "312", 312, "count", "hộ", total=408, subject="hộ sản xuất sắt thép"),
    fig("và 96 doanh nghiệp", "96", 96, "count", "doanh nghiệp", total=408, subject="doanh nghiệp sản xuất sắt thép"),
    fig("đó 41 cơ sở", "41", 41, "count", "cơ sở", total=408, subject="cơ sở sản xuất đinh, vít, bu lông"),
    fig("gần 95.000 tấn", "95.000", 95000, "measure", "tấn", approx="nearly",
        change=chg("increase", 6.2, "%", "năm 2022"), subject="sản lượng đinh các loại của làng nghề", period=Y23),
    fig("đạt 18.700 tấn", "18.700", 18700, "measure", "tấn", subject="sản lượng vít và bu lông", period=Y23),
    fig("tư 18 tỷ", "18", 18e9, "money", "đồng", subject="vốn công ty đầu tư mua máy dập nguội, cán ren tự động",
        period=Y22),
    fig("mua 12 máy", "12", 12, "count", "máy", subject="máy dập nguội, cán ren tự động công ty mua", period=Y22),
    fig("khoảng 350 tấn", "350", 350, "measure", "tấn/tháng", approx="about",
        change=chg("increase", 2, "lần", "trước khi đầu tư"), subject="năng suất vít của công ty"),
    fig("đạt 32.000-35.000", "32.000", 32000, "money", "đồng/kg", value_max=35000,
        change=chg("increase", 40, "%", "thép cuộn", approx="about"), subject="giá bán vít bắn tôn"),
    fig("có 85 công nhân", "85", 85, "count", "công nhân", subject="công nhân của công ty"),
    fig("từ 9 đến 12 triệu", "9", 9e6, "money", "đồng/người/tháng", value_max=12e6,
        subject="thu nhập của công nhân"),
    fig("ước đạt 7.850 tỷ", "7.850", 7850e9, "money", "đồng", status="estimate", percent=78,
        subject="giá trị sản xuất của làng nghề Đa Hội", period=M9),
    fig("tích 46 ha", "46", 46, "measure", "ha", subject="diện tích Cụm công nghiệp Châu Khê 2"),
    fig("khoảng 120 cơ sở", "120", 120, "count", "cơ sở", approx="about", status="forecast",
        subject="cơ sở di dời khỏi khu dân cư được bố trí mặt bằng"),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Ninh): masthead, section, date '14/10/2024 15:22' under the headline (published), sapo, tag '(BNO) -', byline, tags, comment count.",
    "Location: the village stands in phường Châu Khê, TP Từ Sơn (a city): default Từ Sơn for all figures.",
    "Sapo 'nâng giá trị sản phẩm lên gấp 2-3 lần': a multiple standing alone, range 2-3.",
    "'408 cơ sở … (312 hộ và 96 doanh nghiệp), trong đó 41 cơ sở': the bracket adds up → total 408; 41 after 'trong đó' → total 408.",
    "'riêng vít và bu lông đạt 18.700 tấn': 'riêng' is no part-of cue and it is another product: no total.",
    "'năng suất đạt khoảng 350 tấn vít/tháng, gấp đôi trước khi đầu tư': rate tấn/tháng, change ×2 (lần). Price range with change +40% (about).",
    "The company sentences after 'năm 2022' are present-tense: no period (only the 2022 investment clause gets năm 2022).",
    "'ước đạt 7.850 tỷ đồng, bằng 78% kế hoạch năm' → estimate, percent 78. 'dự kiến … khoảng 120 cơ sở' → forecast, about.",
    "Distractors: 14/10/2024 15:22, 'Cụm công nghiệp Châu Khê 2', 'Bình luận (0)', baseline 'năm 2022' (also a period of its own clause).",
]

if __name__ == "__main__":
    write("p1457-5", TEXT, NOTES, FIGS, published="2024-10-14", location="Từ Sơn")
