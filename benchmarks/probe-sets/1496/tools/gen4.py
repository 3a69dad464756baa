"""p1496-4: provincial Party newspaper (Báo Quảng Nam, tag (QNO)): kitchenware of làng mộc Kim Bồng, Hội An."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Kinh tế | Làng nghề

Đồ gỗ nhà bếp làng mộc Kim Bồng hút khách

21/04/2024 07:15

(QNO) - Bên cạnh đồ mộc mỹ nghệ, những năm gần đây làng mộc Kim Bồng (xã Cẩm Kim, TP.Hội An) còn được biết đến với thớt, muỗng, khay gỗ làm thủ công. Mỗi năm, làng bán ra hàng chục nghìn sản phẩm cho du khách.

Theo UBND xã Cẩm Kim, hiện làng có 56 hộ làm mộc, trong đó 19 hộ chuyên làm đồ gỗ gia dụng nhà bếp. Từ đầu năm đến nay, làng đón hơn 86.000 lượt khách tham quan, tăng 28% so với cùng kỳ năm 2023; khoảng 60% du khách mua sản phẩm gỗ làm quà.

Xưởng của ông Huỳnh Tấn Lộc ở thôn Trung Châu có 8 thợ, mỗi tháng làm khoảng 2.500 sản phẩm, chủ yếu là thớt gỗ me tây, muỗng và khay gỗ xoài. Một chiếc muỗng gỗ có giá 25.000-60.000 đồng, thớt cỡ lớn khoảng 900.000 đồng/chiếc. "Gỗ me tây phải phơi ít nhất 3 tháng mới đem xẻ làm thớt, nếu không sẽ nứt", ông Lộc nói.

Năm 2023, doanh thu của xưởng đạt hơn 1,1 tỷ đồng, gấp đôi năm 2020; riêng quý I/2024 đạt 410 triệu đồng. Hiện xưởng đã có trang bán hàng trực tuyến, mỗi tháng nhận 30-40 đơn đặt hàng từ TP Hồ Chí Minh và Hà Nội.

TP Hội An đặt mục tiêu đến năm 2025 có thêm 3 sản phẩm đồ gỗ nhà bếp của làng đạt chuẩn OCOP, đồng thời mở tuyến tham quan làng nghề bằng thuyền từ bến Bạch Đằng.

HOÀNG LIÊN

Tags: làng mộc Kim Bồng, đồ gỗ gia dụng, Hội An
Tin cùng chuyên mục:
- Quảng Nam: Phát triển du lịch làng nghề gắn với OCOP
- Nông Sơn mở rộng vùng trồng quế
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-04-21")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hàng chục nghìn sản phẩm", "hàng chục nghìn", 10000, "count", "sản phẩm", approx="about",
        optional=True, subject="sản phẩm làng bán ra cho du khách mỗi năm"),
    fig("có 56 hộ", "56", 56, "count", "hộ", subject="hộ làm mộc"),
    fig("đó 19 hộ", "19", 19, "count", "hộ", total=56, subject="hộ chuyên làm đồ gỗ gia dụng nhà bếp"),
    fig("hơn 86.000 lượt", "86.000", 86000, "count", "lượt khách", approx="over",
        change=chg("increase", 28, "%", "cùng kỳ năm 2023"), subject="lượt khách tham quan làng", period=YTD),
    fig("khoảng 60% du khách", "60", 60, "percent", "%", approx="about",
        subject="du khách mua sản phẩm gỗ làm quà", period=YTD),
    fig("có 8 thợ", "8", 8, "count", "thợ", subject="thợ của xưởng ông Huỳnh Tấn Lộc"),
    fig("khoảng 2.500 sản phẩm", "2.500", 2500, "count", "sản phẩm", approx="about",
        subject="sản phẩm xưởng làm mỗi tháng"),
    fig("giá 25.000-60.000", "25.000", 25000, "money", "đồng/chiếc", value_max=60000, subject="giá muỗng gỗ"),
    fig("khoảng 900.000", "900.000", 900000, "money", "đồng/chiếc", approx="about", subject="giá thớt cỡ lớn"),
    fig("ít nhất 3 tháng", "3", 3, "measure", "tháng", approx="at_least", subject="thời gian phơi gỗ me tây"),
    fig("hơn 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="over", change=chg("increase", 2, "lần", "năm 2020"),
        subject="doanh thu của xưởng", period=Y23),
    fig("đạt 410 triệu", "410", 410e6, "money", "đồng", subject="doanh thu của xưởng", period=Q1),
    fig("nhận 30-40 đơn", "30", 30, "count", "đơn", value_max=40,
        subject="đơn đặt hàng xưởng nhận mỗi tháng"),
    fig("thêm 3 sản phẩm", "3", 3, "count", "sản phẩm", status="target",
        subject="sản phẩm đồ gỗ nhà bếp của làng đạt chuẩn OCOP", period=T25),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Nam): section menu, '21/04/2024 07:15', sapo with tag '(QNO) -', byline, tags, related links.",
    "Distractors: time 07:15, 'TP.Hội An', 'thôn Trung Châu', 'bến Bạch Đằng', OCOP in the last link (no number).",
    "Location: làng mộc Kim Bồng is in xã Cẩm Kim, TP Hội An → Hội An for all figures; the orders come from HCM City and Hà Nội",
    "but the figure is the workshop's (location stays Hội An).",
    "'hàng chục nghìn sản phẩm' (tens of thousands) is a vague number word: optional, value 10000.",
    "'trong đó 19 hộ' → total 56. 'khoảng 60% du khách' is a percent figure in the same sentence as 'Từ đầu năm đến nay'.",
    "'gấp đôi năm 2020' is the change of 1,1 tỷ (increase 2 lần). 'Một chiếc muỗng ... giá 25.000-60.000 đồng' → đồng/chiếc.",
    "'phơi ít nhất 3 tháng' is a drying time stated as the claim (a measure in tháng), not a period of another figure.",
    "revised after the first run: 'mỗi tháng ... khoảng 2.500 sản phẩm', 'mỗi tháng nhận 30-40 đơn' and the optional 'Mỗi năm ... hàng chục nghìn sản phẩm' measure X/tháng|năm → count X (shared gold habit for 'mỗi X', see 004 and 001).",
]

if __name__ == "__main__":
    write("p1496-4", TEXT, NOTES, FIGS, published="2024-04-21", location="Hội An")
