"""p1167-5: Party newspaper (Báo An Giang): a silk áo dài cooperative in thị xã Tân Châu, Tết supply, festival."""
from lib import fig, per, inh, chg, tgt, emit

TEXT = """BÁO AN GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH AN GIANG
Thời sự | Kinh tế | Xã hội | Văn hóa

Áo dài lụa Tân Châu vào mùa Tết

Những ngày giáp Tết Giáp Thìn, Hợp tác xã Dệt may lụa Tân Châu ở phường Long Thạnh, thị xã Tân Châu luôn kín đơn hàng. HTX hiện có 35 thành viên, 2 xưởng may với 48 lao động; mỗi tháng cung ứng khoảng 1.500 bộ áo dài lụa cho thị trường TP Hồ Chí Minh, Cần Thơ và các tỉnh miền Tây. Năm 2023, doanh thu của HTX đạt 8,4 tỷ đồng, tăng 14% so với năm 2022; lợi nhuận khoảng 1,1 tỷ đồng.

Bà Trần Thị Hai, Giám đốc HTX, cho biết một bộ áo dài may từ lụa Mỹ A nhuộm trái mặc nưa có giá từ 1,5 đến 3 triệu đồng, cao hơn khoảng 30% so với áo dài lụa thông thường. Thu nhập của thợ may tại HTX bình quân 7,2 triệu đồng/người/tháng.

Theo Sở Công Thương, toàn tỉnh hiện có 3 làng nghề dệt lụa, may mặc được công nhận với khoảng 420 hộ và hơn 1.150 lao động. Dự kiến từ nay đến Tết Nguyên đán, các cơ sở trong tỉnh cung ứng khoảng 9.000 bộ áo dài lụa, gấp 1,3 lần dịp Tết năm trước.

Lễ hội Áo dài - Lụa Tân Châu lần thứ nhất tổ chức vào tháng 12/2023 có 28 gian hàng tham gia, thu hút gần 20.000 lượt khách; trong 2 ngày diễn ra lễ hội, doanh thu đạt hơn 1,6 tỷ đồng. Tỉnh đặt mục tiêu đến năm 2025 nâng số sản phẩm lụa, áo dài đạt chuẩn OCOP lên 6 sản phẩm.

BÍCH NGỌC
25/01/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
DEC = per("tháng 12/2023", "2023-12-01", "2023-12-31")
HTX = "HTX Dệt may lụa Tân Châu"
TC = "Tân Châu"

FIGS = [
    fig("có 35 thành viên", "35", 35, "count", "thành viên", subject=f"thành viên {HTX}", location=TC),
    fig("2 xưởng may", "2", 2, "count", "xưởng may", subject=f"xưởng may của {HTX}", location=TC),
    fig("với 48 lao động", "48", 48, "count", "lao động", subject=f"lao động {HTX}", location=TC),
    fig("khoảng 1.500 bộ", "1.500", 1500, "count", "bộ áo dài lụa", approx="about",
        subject=f"bộ áo dài lụa {HTX} cung ứng mỗi tháng", location=TC),
    fig("đạt 8,4 tỷ", "8,4", 8.4e9, "money", "đồng", change=chg("increase", 14, "%", "năm 2022"),
        subject=f"doanh thu của {HTX}", period=Y23, location=TC),
    fig("khoảng 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="about",
        subject=f"lợi nhuận của {HTX}", period=Y23, location=TC),
    fig("từ 1,5 đến 3 triệu", "1,5", 1.5e6, "money", "đồng", value_max=3e6,
        change=chg("increase", 30, "%", "áo dài lụa thông thường", approx="about"),
        subject="giá một bộ áo dài lụa Mỹ A nhuộm trái mặc nưa", location=TC),
    fig("bình quân 7,2 triệu", "7,2", 7.2e6, "money", "đồng/người/tháng",
        subject="thu nhập của thợ may tại HTX", location=TC),
    fig("có 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề dệt lụa, may mặc được công nhận"),
    fig("khoảng 420 hộ", "420", 420, "count", "hộ", approx="about", subject="hộ làng nghề dệt lụa, may mặc"),
    fig("hơn 1.150 lao động", "1.150", 1150, "count", "lao động", approx="over",
        subject="lao động làng nghề dệt lụa, may mặc"),
    fig("khoảng 9.000 bộ", "9.000", 9000, "count", "bộ áo dài lụa", approx="about", status="forecast",
        change=chg("increase", 1.3, "lần", "dịp Tết năm trước"),
        subject="bộ áo dài lụa các cơ sở trong tỉnh cung ứng dịp Tết"),
    fig("có 28 gian hàng", "28", 28, "count", "gian hàng",
        subject="gian hàng tham gia Lễ hội Áo dài - Lụa Tân Châu", period=DEC, location=TC),
    fig("gần 20.000 lượt", "20.000", 20000, "count", "lượt khách", approx="nearly",
        subject="lượt khách Lễ hội Áo dài - Lụa Tân Châu", period=DEC, location=TC),
    fig("hơn 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", approx="over",
        subject="doanh thu lễ hội", period=DEC, location=TC),
    fig("lên 6 sản phẩm", "6", 6, "count", "sản phẩm", status="target",
        subject="sản phẩm lụa, áo dài đạt chuẩn OCOP", period=per("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Party newspaper (Báo An Giang): byline 'BÍCH NGỌC' and bare date '25/01/2024' at the end (published).",
    "The cooperative's passage (HTX in phường Long Thạnh, thị xã Tân Châu) runs over two paragraphs: every figure of the HTX,",
    "including the price and wage told by its director, is located in Tân Châu; the festival 'Lụa Tân Châu' too. Province figures: An Giang.",
    "Distractors: 'Tết Giáp Thìn', 'Bà Trần Thị Hai' (a name that is a number word), 'lần thứ nhất', 'trong 2 ngày diễn ra lễ hội'",
    "(a duration that locates the revenue), 'lụa Mỹ A'. 'cao hơn khoảng 30% so với …' is the change of the price range;",
    "'gấp 1,3 lần dịp Tết năm trước' the change of the forecast 9.000 bộ ('Dự kiến'); 'từ nay đến Tết' left without period.",
    "The price of one dress is written without '/bộ': unit 'đồng'.",
]

if __name__ == "__main__":
    emit("p1167-5", TEXT, NOTES, FIGS, published="2024-01-25", location="An Giang")
