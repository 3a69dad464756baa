"""p1391-8: news agency (TTXVN/Vietnam+): TP Hồ Chí Minh year-end gift market, December 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAM+ (VIETNAMPLUS)
Kinh tế | Thị trường

TP Hồ Chí Minh: Thị trường quà tặng cuối năm sôi động sớm

Chủ Nhật, 22/12/2024 - 16:40

(TTXVN/Vietnam+) - Theo Sở Công Thương TP Hồ Chí Minh, các doanh nghiệp tham gia chương trình bình ổn thị trường đã chuẩn bị nguồn hàng phục vụ Giáng sinh, Tết Dương lịch và Tết Nguyên đán Ất Tỵ 2025 với tổng giá trị khoảng 26.500 tỷ đồng, tăng 10,2% so với kế hoạch năm trước; trong đó hàng quà tặng, bánh kẹo, giỏ quà chiếm khoảng 18%.

Tại hệ thống siêu thị Phương Nam Mart, đơn đặt hàng giỏ quà Tết của doanh nghiệp từ đầu tháng 12 đến nay đạt hơn 85.000 giỏ, tăng 12% so với cùng kỳ. Giá mỗi giỏ quà từ 300.000 đồng đến 5 triệu đồng. Hệ thống dự kiến bán ra 250.000 giỏ quà trong mùa Tết, gấp 1,3 lần năm trước.

Trên các tuyến đường Hải Thượng Lãn Ông (quận 5), Lê Văn Sỹ (quận 3), nhiều cửa hàng đồ trang trí Giáng sinh cho biết lượng khách tăng nhẹ. Theo khảo sát, mỗi cửa hàng ở đây bán ra 15-20 cây thông nhựa mỗi ngày, giá từ 250.000 đến 2,5 triệu đồng/cây; riêng cây thông nhập khẩu cao 3 m có giá khoảng 12 triệu đồng.

Theo Cục Thống kê TP Hồ Chí Minh, tổng mức bán lẻ hàng hóa tháng 12/2024 ước đạt 82.300 tỷ đồng, tăng 9,5% so với cùng kỳ; cả năm 2024 ước đạt 885.000 tỷ đồng, chiếm khoảng 20% cả nước, xếp thứ nhất toàn quốc.

Trước Tết Nguyên đán, thành phố dự kiến tổ chức 15 phiên chợ hàng Việt và 3 hội chợ Tết tại các huyện ngoại thành như Củ Chi, Hóc Môn, Bình Chánh.

(TTXVN/Vietnam+)
"""

SINCE = per("từ đầu tháng 12 đến nay", "2024-12-01", "2024-12-22")
DEC = per("tháng 12/2024", "2024-12-01", "2024-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("khoảng 26.500 tỷ", "26.500", 26500e9, "money", "đồng", approx="about",
        change=chg("increase", 10.2, "%", "kế hoạch năm trước"),
        subject="tổng giá trị nguồn hàng các doanh nghiệp bình ổn thị trường chuẩn bị"),
    fig("chiếm khoảng 18%", "18", 18, "percent", "%", approx="about", subject="hàng quà tặng, bánh kẹo, giỏ quà"),
    fig("hơn 85.000 giỏ", "85.000", 85000, "count", "giỏ", approx="over",
        change=chg("increase", 12, "%", "cùng kỳ"), subject="đơn đặt hàng giỏ quà Tết của doanh nghiệp",
        period=SINCE),
    fig("từ 300.000 đồng", "300.000", 300000, "money", "đồng/giỏ", value_max=5e6, subject="giá mỗi giỏ quà"),
    fig("bán ra 250.000 giỏ", "250.000", 250000, "count", "giỏ quà", status="forecast",
        change=chg("increase", 1.3, "lần", "năm trước"), subject="giỏ quà hệ thống bán ra trong mùa Tết"),
    fig("ra 15-20 cây", "15", 15, "measure", "cây/ngày", value_max=20,
        subject="cây thông nhựa mỗi cửa hàng bán ra mỗi ngày"),
    fig("từ 250.000 đến 2,5 triệu", "250.000", 250000, "money", "đồng/cây", value_max=2.5e6,
        subject="giá cây thông nhựa"),
    fig("cao 3 m", "3", 3, "measure", "m", subject="chiều cao cây thông nhập khẩu", optional=True),
    fig("khoảng 12 triệu", "12", 12e6, "money", "đồng", approx="about", subject="giá cây thông nhập khẩu cao 3 m"),
    fig("ước đạt 82.300 tỷ", "82.300", 82300e9, "money", "đồng", status="estimate",
        change=chg("increase", 9.5, "%", "cùng kỳ"), subject="tổng mức bán lẻ hàng hóa", period=DEC),
    fig("ước đạt 885.000 tỷ", "885.000", 885000e9, "money", "đồng", status="estimate", percent=20,
        subject="tổng mức bán lẻ hàng hóa", period=Y24),
    fig("xếp thứ nhất", "nhất", 1, "rank", "hạng", status="estimate", subject="tổng mức bán lẻ hàng hóa",
        period=Y24),
    fig("tổ chức 15 phiên", "15", 15, "count", "phiên chợ", status="forecast", subject="phiên chợ hàng Việt"),
    fig("và 3 hội chợ", "3", 3, "count", "hội chợ", status="forecast", subject="hội chợ Tết"),
]

NOTES = [
    "News agency (TTXVN/Vietnam+): section menu, 'Chủ Nhật, 22/12/2024 - 16:40', tag '(TTXVN/Vietnam+) -', closing credit.",
    "Distractors: 16:40, 'Ất Tỵ 2025', 'quận 5', 'quận 3' (district names), 'năm trước' baselines.",
    "Location TP Hồ Chí Minh throughout (the shops in quận 5 / quận 3 and the fairs in Củ Chi, Hóc Môn, Bình Chánh are",
    "several districts of the city; the supermarket chain Phương Nam Mart is invented).",
    "'tăng 10,2% so với kế hoạch năm trước' → change, baseline 'kế hoạch năm trước'; the value 26.500 tỷ itself is actual.",
    "'trong đó hàng quà tặng ... chiếm khoảng 18%' is a percent figure of its own (a share with no base amount for the part).",
    "'gấp 1,3 lần năm trước' after 250.000 giỏ is its change. 'mỗi cửa hàng ... 15-20 cây ... mỗi ngày' → measure, cây/ngày.",
    "'chiếm khoảng 20% cả nước' → percent attribute of 885.000 tỷ; 'xếp thứ nhất toàn quốc' → rank 1, continues the",
    "'ước đạt' clause (estimate), located in the city. 'trong mùa Tết', 'Trước Tết Nguyên đán' are not calendar periods.",
    "'cao 3 m' is a product size: optional.",
]

if __name__ == "__main__":
    write("p1391-8", TEXT, NOTES, FIGS, published="2024-12-22", location="TP Hồ Chí Minh")
