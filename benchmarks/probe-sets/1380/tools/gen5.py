"""p1380-5: national newspaper: naturally dyed silk from TP Bảo Lộc (Lâm Đồng) exported to Japan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Doanh nghiệp

Thứ hai, 11/11/2024, 10:12 (GMT+7)

Lụa Bảo Lộc nhuộm màu lá cây sang Nhật

Từ vỏ hạt điều, lá bàng, củ nâu, một xưởng nhỏ ở Lâm Đồng mỗi tháng nhuộm khoảng 2.000 mét lụa để xuất sang Nhật Bản và Hàn Quốc.

Năm 2018, chị Lê Thị Ngọc Hân ở phường Lộc Sơn, TP Bảo Lộc bắt đầu thử nhuộm tự nhiên với hai nồi nhuộm. Nay xưởng có 17 lao động, 12 bể nhuộm và một kho phơi rộng 400 m2. 10 tháng đầu năm nay, xưởng bán được 19.500 mét lụa, trong đó 14.000 mét xuất khẩu, doanh thu khoảng 7,8 tỷ đồng, gấp 1,6 lần cả năm 2023.

Giá lụa nhuộm tự nhiên từ 380.000 đến 520.000 đồng mỗi mét, cao gấp 2-2,5 lần lụa nhuộm hóa chất. "Một mét lụa màu chàm phải nhúng tới 15 lần, mất cả tuần", chị Hân nói. Xưởng dùng khoảng 8 tấn vỏ hạt điều mỗi năm, mua của nông dân với giá 3.000 đồng/kg. Ngoài lụa, xưởng còn nhuộm khăn, áo dài cho các thương hiệu thời trang ở TP Hồ Chí Minh và Hà Nội.

Theo Sở Công Thương Lâm Đồng, TP Bảo Lộc có 14 doanh nghiệp ươm tơ, dệt lụa, sản lượng tơ năm 2023 đạt 1.150 tấn, chiếm khoảng 40% sản lượng tơ cả nước. Tuy nhiên, chỉ 3 cơ sở theo đuổi nhuộm tự nhiên, sản lượng chưa tới 5% tổng lượng lụa của thành phố.

Hiệp hội Dâu tằm tơ Việt Nam dự báo nhu cầu lụa nhuộm tự nhiên tại thị trường Nhật Bản, EU sẽ tăng 10-12% mỗi năm đến năm 2030.

Minh Khôi
"""

Y18 = per("Năm 2018", "2018-01-01", "2018-12-31")
M10 = per("10 tháng đầu năm nay", "2024-01-01", "2024-10-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("khoảng 2.000 mét", "2.000", 2000, "measure", "mét/tháng", approx="about",
        subject="lụa xưởng nhuộm mỗi tháng", location="Lâm Đồng"),
    fig("với hai nồi", "hai", 2, "count", "nồi nhuộm", subject="nồi nhuộm khi bắt đầu thử nhuộm tự nhiên",
        period=Y18),
    fig("có 17 lao động", "17", 17, "count", "lao động", subject="lao động của xưởng"),
    fig("12 bể nhuộm", "12", 12, "count", "bể nhuộm", subject="bể nhuộm của xưởng"),
    fig("và một kho", "một", 1, "count", "kho phơi", subject="kho phơi của xưởng"),
    fig("rộng 400 m2", "400", 400, "measure", "m2", subject="diện tích kho phơi"),
    fig("được 19.500 mét", "19.500", 19500, "measure", "mét", subject="lụa xưởng bán được", period=M10),
    fig("đó 14.000 mét", "14.000", 14000, "measure", "mét", total=19500, subject="lụa xuất khẩu", period=M10),
    fig("khoảng 7,8 tỷ", "7,8", 7.8e9, "money", "đồng", approx="about",
        change=chg("increase", 1.6, "lần", "cả năm 2023"), subject="doanh thu của xưởng", period=M10),
    fig("từ 380.000 đến 520.000", "380.000", 380000, "money", "đồng/mét", value_max=520000,
        change=chg("increase", 2, "lần", "lụa nhuộm hóa chất"), subject="giá lụa nhuộm tự nhiên"),
    fig("tới 15 lần", "15", 15, "count", "lần", subject="số lần nhúng một mét lụa màu chàm"),
    fig("khoảng 8 tấn", "8", 8, "measure", "tấn/năm", approx="about",
        subject="vỏ hạt điều xưởng dùng mỗi năm"),
    fig("giá 3.000 đồng/kg", "3.000", 3000, "money", "đồng/kg", subject="giá mua vỏ hạt điều của nông dân"),
    fig("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp ươm tơ, dệt lụa"),
    fig("đạt 1.150 tấn", "1.150", 1150, "measure", "tấn", percent=40, subject="sản lượng tơ", period=Y23),
    fig("chỉ 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở theo đuổi nhuộm tự nhiên"),
    fig("chưa tới 5%", "5", 5, "percent", "%", approx="under",
        subject="sản lượng lụa nhuộm tự nhiên trong tổng lượng lụa của thành phố"),
    fig("tăng 10-12%", "10", 10, "percent", "%", value_max=12, status="forecast",
        subject="nhu cầu lụa nhuộm tự nhiên tại thị trường Nhật Bản, EU", period=T30,
        location="Việt Nam"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ hai, 11/11/2024, 10:12 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Default location Bảo Lộc (the workshop is in phường Lộc Sơn, TP Bảo Lộc; the city's silk figures). The association's forecast → Việt Nam",
    "(foreign markets are trade partners, not places of the figure).",
    "Sapo 'một xưởng nhỏ ở Lâm Đồng mỗi tháng nhuộm khoảng 2.000 mét': the sentence names Lâm Đồng → location Lâm Đồng (borderline:",
    "the workshop is in Bảo Lộc); 'một xưởng' is the indefinite article, not a count.",
    "Distractors: 10:12, GMT+7, 'Năm 2018' (the period of 'hai nồi nhuộm'), 'mất cả tuần' (no number).",
    "'Một mét lụa màu chàm phải nhúng tới 15 lần' → 15 lần is the figure; 'Một mét' is the generic unit it is counted on, not a figure.",
    "'gấp 1,6 lần cả năm 2023' and 'cao gấp 2-2,5 lần lụa nhuộm hóa chất' are changes (lần) of the figure before them;",
    "a change carries one value, so the range 2-2,5 gives change value 2.",
    "'trong đó 14.000 mét xuất khẩu' → total 19.500. '10 tháng đầu năm nay' → 2024 (published). 'mỗi tháng', 'mỗi năm' → rates.",
    "'chiếm khoảng 40% sản lượng tơ cả nước' → percent attribute of 1.150 tấn (location stays Bảo Lộc).",
    "revised after the first run: subject of 'tăng 10-12%' 'tốc độ tăng nhu cầu ... mỗi năm' → 'nhu cầu lụa nhuộm tự nhiên tại thị trường",
    "Nhật Bản, EU' (a growth rate as the claim is named by its indicator, as the sentence names it; cf. shared h14).",
    "'chỉ 3 cơ sở' after '14 doanh nghiệp' has no part-of-whole cue (and counts a different thing): no total.",
]

if __name__ == "__main__":
    write("p1380-5", TEXT, NOTES, FIGS, published="2024-11-11", location="Bảo Lộc")
