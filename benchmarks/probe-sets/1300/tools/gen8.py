"""p1300-8: news agency (TTXVN): a Tuy Phong (Bình Thuận) firm breeding seahorse and sea cucumber seed; province seed output."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Bình Thuận: Doanh nghiệp làm chủ quy trình sản xuất giống cá ngựa, hải sâm

Thứ Hai, 09/12/2024 - 10:15

Bình Thuận (TTXVN) - Sau gần ba năm nghiên cứu, Công ty TNHH Thủy sản Sao Biển Tuy Phong (xã Phước Thể, huyện Tuy Phong) đã sản xuất thành công giống cá ngựa đen và hải sâm cát ở quy mô thương mại, góp phần giảm áp lực khai thác tự nhiên.

Trại giống của công ty rộng 2,5 ha với 64 bể ương, tổng vốn đầu tư khoảng 18 tỷ đồng. Năm 2024, trại xuất bán 1,6 triệu con hải sâm giống và 85.000 con cá ngựa giống, doanh thu ước đạt 4,7 tỷ đồng, tăng 35% so với năm 2023. Tỷ lệ sống của cá ngựa con giai đoạn ương đạt 45%, cao gấp 2 lần so với phương pháp cũ. Công ty tạo việc làm cho 26 lao động với thu nhập 9-11 triệu đồng/người/tháng.

Ông Nguyễn Hữu Phát, Giám đốc công ty, cho biết giá hải sâm giống là 2.000 đồng/con; cá ngựa giống 15.000 đồng/con, thấp hơn khoảng 30% so với giống nhập khẩu. Năm 2025, công ty dự kiến nâng công suất sản xuất hải sâm giống lên 3 triệu con/năm và liên kết với khoảng 40-50 hộ nuôi.

Theo Sở Nông nghiệp và Phát triển nông thôn Bình Thuận, toàn tỉnh hiện có 318 cơ sở sản xuất giống thủy sản, trong đó 9 cơ sở sản xuất giống hải sản ngoài tôm. 11 tháng năm 2024, tỉnh sản xuất khoảng 29,5 tỷ con tôm giống, đứng thứ hai cả nước, tăng 6% so với cùng kỳ.

Nguyễn Thanh (TTXVN)

Tin cùng chuyên mục:
- Ninh Thuận: Ra mắt Hiệp hội Tôm giống lần thứ nhất
- Phú Quý đón tàu cao tốc Superdong VIII
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
BT = "Bình Thuận"

FIGS = [
    fig("gần ba năm", "ba", 3, "measure", "năm", approx="nearly", subject="thời gian nghiên cứu",
        optional=True),
    fig("rộng 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích trại giống của công ty"),
    fig("với 64 bể", "64", 64, "count", "bể ương", subject="bể ương của trại giống"),
    fig("khoảng 18 tỷ", "18", 18e9, "money", "đồng", approx="about", subject="tổng vốn đầu tư trại giống"),
    fig("bán 1,6 triệu", "1,6", 1.6e6, "count", "con", subject="hải sâm giống trại xuất bán", period=Y24),
    fig("và 85.000 con", "85.000", 85000, "count", "con", subject="cá ngựa giống trại xuất bán", period=Y24),
    fig("ước đạt 4,7 tỷ", "4,7", 4.7e9, "money", "đồng", status="estimate",
        change=chg("increase", 35, "%", "năm 2023"), subject="doanh thu của trại giống", period=Y24),
    fig("đạt 45%", "45", 45, "percent", "%", change=chg("increase", 2, "lần", "phương pháp cũ"),
        subject="tỷ lệ sống của cá ngựa con giai đoạn ương"),
    fig("cho 26 lao động", "26", 26, "count", "lao động", subject="lao động công ty tạo việc làm"),
    fig("9-11 triệu", "9", 9e6, "money", "đồng/người/tháng", value_max=11e6, subject="thu nhập của lao động"),
    fig("là 2.000 đồng/con", "2.000", 2000, "money", "đồng/con", subject="giá hải sâm giống"),
    fig("giống 15.000 đồng/con", "15.000", 15000, "money", "đồng/con",
        change=chg("decrease", 30, "%", "giống nhập khẩu", approx="about"), subject="giá cá ngựa giống"),
    fig("lên 3 triệu", "3", 3e6, "measure", "con/năm", status="forecast",
        subject="công suất sản xuất hải sâm giống", period=Y25),
    fig("khoảng 40-50 hộ", "40", 40, "count", "hộ", value_max=50, approx="about", status="forecast",
        subject="hộ nuôi liên kết với công ty", period=Y25),
    fig("có 318 cơ sở", "318", 318, "count", "cơ sở", subject="cơ sở sản xuất giống thủy sản", location=BT),
    fig("trong đó 9 cơ sở", "9", 9, "count", "cơ sở", total=318,
        subject="cơ sở sản xuất giống hải sản ngoài tôm", location=BT),
    fig("khoảng 29,5 tỷ", "29,5", 29.5e9, "count", "con", approx="about",
        change=chg("increase", 6, "%", "cùng kỳ"), subject="tôm giống tỉnh sản xuất", period=M11, location=BT),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="sản lượng tôm giống", period=M11, location=BT),
]

NOTES = [
    "News agency (TTXVN): headline, 'Thứ Hai, 09/12/2024 - 10:15', dateline 'Bình Thuận (TTXVN) -', byline, related links.",
    "Distractors: 10:15, 'lần thứ nhất', 'Superdong VIII', 'năm 2023' baseline.",
    "Location: the firm's figures are in huyện Tuy Phong (its commune is given); the province's figures (last paragraph) are Bình Thuận.",
    "'gần ba năm nghiên cứu' is a duration that frames the story: optional.",
    "'Tỷ lệ sống … đạt 45%, cao gấp 2 lần so với phương pháp cũ' → a change of 2 lần on the percent figure.",
    "Seed prices are standing prices (no period); 'thấp hơn khoảng 30% so với giống nhập khẩu' belongs to the seahorse price after ';'.",
    "'Năm 2025, công ty dự kiến …' → forecast for both 3 triệu con/năm and 40-50 hộ.",
    "'318 cơ sở …, trong đó 9 cơ sở' → total 318. '29,5 tỷ con tôm giống, đứng thứ hai cả nước, tăng 6% so với cùng kỳ': the change",
    "belongs to 29,5 tỷ across the rank clause; the rank is a figure of its own, located in Bình Thuận (the province is ranked).",
]

if __name__ == "__main__":
    write("p1300-8", TEXT, NOTES, FIGS, published="2024-12-09", location="Tuy Phong")
