"""p1189-5: Party newspaper (Báo Thái Bình), a cooperative making rubber tiles from waste tyres in huyện Kiến Xương."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Biến lốp xe phế thải thành gạch cao su

Từ những chiếc lốp xe bỏ đi, Hợp tác xã Cơ khí - Tái chế Thanh Tân (xã Thanh Tân, huyện Kiến Xương) mỗi năm sản xuất hơn 45.000 m2 gạch cao su lát sân chơi, phòng tập.

Ông Nguyễn Văn Thắng, Giám đốc HTX kể, năm 2018 HTX chỉ có 5 thành viên với một máy nghiền cũ đặt trong sân nhà ven tỉnh lộ 458. Đến nay, HTX đã đầu tư 3 dây chuyền nghiền, ép với tổng vốn khoảng 7,5 tỷ đồng, tạo việc làm cho 32 lao động, thu nhập từ 7 đến 9 triệu đồng/người/tháng. Mỗi ngày, HTX tiêu thụ khoảng 4 tấn lốp phế thải, thu được 2,6 tấn bột cao su và 0,5 tấn thép tanh.

"Giá bán gạch cao su dao động 280.000-350.000 đồng/m2, rẻ hơn khoảng 20% so với hàng nhập khẩu. Năm 2023, doanh thu của HTX đạt 11,2 tỷ đồng, lợi nhuận trên 1,3 tỷ đồng", ông Thắng cho biết. Sản phẩm của HTX đã có mặt tại 14 tỉnh, thành phố và được công nhận sản phẩm OCOP 3 sao.

Theo Phòng Kinh tế và Hạ tầng huyện, toàn huyện Kiến Xương hiện có 7 cơ sở tái chế cao su và 3 cơ sở đắp lốp, mỗi năm xử lý khoảng 5.200 tấn săm, lốp phế thải. 6 tháng đầu năm 2024, các cơ sở nộp ngân sách 1,85 tỷ đồng, đạt 61% kế hoạch năm. Huyện phấn đấu đến năm 2025 hình thành một cụm công nghiệp tái chế quy mô 15 ha, thu hút thêm ít nhất 5 doanh nghiệp.

MINH HẠNH
26/07/2024
"""

Y18 = per("năm 2018", "2018-01-01", "2018-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")
HTX = "HTX"   # revised: the later sentences say "HTX"; the full name stands only in the lead

FIGS = [
    fig("hơn 45.000 m2", "45.000", 45000, "measure", "m2", approx="over",
        subject="gạch cao su HTX Cơ khí - Tái chế Thanh Tân sản xuất mỗi năm"),
    fig("có 5 thành viên", "5", 5, "count", "thành viên", subject=f"thành viên {HTX}", period=Y18),
    fig("với một máy nghiền", "một", 1, "count", "máy nghiền", subject=f"máy nghiền {HTX}", period=Y18),
    fig("đầu tư 3 dây chuyền", "3", 3, "count", "dây chuyền", subject=f"dây chuyền nghiền, ép {HTX} đầu tư"),
    fig("khoảng 7,5 tỷ", "7,5", 7500000000, "money", "đồng", approx="about",
        subject="tổng vốn đầu tư dây chuyền nghiền, ép"),
    fig("cho 32 lao động", "32", 32, "count", "lao động", subject=f"lao động {HTX} tạo việc làm"),
    fig("từ 7 đến 9 triệu", "7", 7000000, "money", "đồng/người/tháng", value_max=9000000,
        subject=f"thu nhập lao động {HTX}"),
    fig("khoảng 4 tấn", "4", 4, "measure", "tấn", approx="about",
        subject=f"lốp phế thải {HTX} tiêu thụ mỗi ngày"),
    fig("được 2,6 tấn", "2,6", 2.6, "measure", "tấn", subject="bột cao su thu được mỗi ngày"),
    fig("và 0,5 tấn", "0,5", 0.5, "measure", "tấn", subject="thép tanh thu được mỗi ngày"),
    fig("dao động 280.000-350.000", "280.000", 280000, "money", "đồng/m2", value_max=350000,
        change=chg("decrease", 20, "%", "hàng nhập khẩu", approx="about"), subject="giá bán gạch cao su"),
    fig("đạt 11,2 tỷ", "11,2", 11200000000, "money", "đồng", subject=f"doanh thu của {HTX}", period=Y23),
    fig("trên 1,3 tỷ", "1,3", 1300000000, "money", "đồng", approx="over", subject=f"lợi nhuận của {HTX}", period=Y23),
    fig("tại 14 tỉnh", "14", 14, "count", "tỉnh, thành phố", location="Việt Nam",
        subject=f"tỉnh, thành phố có sản phẩm của {HTX}"),
    fig("OCOP 3 sao", "3", 3, "rank", "sao", optional=True, subject="hạng sao OCOP"),
    fig("hiện có 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở tái chế cao su"),
    fig("và 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở đắp lốp"),
    fig("khoảng 5.200 tấn", "5.200", 5200, "measure", "tấn", approx="about",
        subject="săm, lốp phế thải các cơ sở xử lý mỗi năm"),
    fig("ngân sách 1,85 tỷ", "1,85", 1850000000, "money", "đồng", percent=61,
        subject="ngân sách các cơ sở nộp", period=H1),
    fig("hình thành một cụm", "một", 1, "count", "cụm công nghiệp", status="target", optional=True,
        subject="cụm công nghiệp tái chế", period=T25),
    fig("quy mô 15 ha", "15", 15, "measure", "ha", status="target",
        subject="quy mô cụm công nghiệp tái chế", period=T25),
    fig("ít nhất 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp thu hút thêm vào cụm công nghiệp tái chế", period=T25),
]

NOTES = [
    "Party newspaper (Báo Thái Bình): byline 'MINH HẠNH' and bare date '26/07/2024' at the end (published). All figures are in huyện Kiến Xương",
    "(the cooperative is in xã Thanh Tân, Kiến Xương), so the default location is Kiến Xương; '14 tỉnh, thành phố' where the product is sold",
    "is a count of provinces: location Việt Nam (FIGURES.md: a count of provinces is national).",
    "Distractors: 'tỉnh lộ 458', 'OCOP 3 sao' (a rating label, optional), 'm2' (the 2 is the unit's exponent), 'năm 2018' (locates the first figures).",
    "Number words: 'một máy nghiền', 'một cụm công nghiệp' are counts. 'rẻ hơn khoảng 20% so với hàng nhập khẩu' is the change (decrease) of the",
    "price range. 'đạt 61% kế hoạch năm' is the share of 1,85 tỷ. Years are written out (no year-less period here); 'Đến nay' gets no period.",
    "revised after the first run: (1) subjects of figures whose sentence says only 'HTX' / 'các cơ sở' no longer import the full name or the",
    "qualifier of another sentence (FIGURES.md: 'as the sentence names it'); (2) 'hình thành một cụm công nghiệp' made optional: 'một' there is",
    "the indefinite article, as in 'một lò', 'một cơ sở' elsewhere in this set, not a count that the sentence claims.",
    "Daily/annual quantities are written with 'Mỗi ngày'/'mỗi năm' and keep the unit as written (tấn, m2).",
]

if __name__ == "__main__":
    write("p1189-5", TEXT, NOTES, FIGS, published="2024-07-26", location="Kiến Xương")
