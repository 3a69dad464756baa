"""p1500-7: news agency (TTXVN): coir doormats with rubber backing in Bến Tre, 4 months 2025; a company in Giồng Trôm."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Bến Tre: Thảm xơ dừa đế cao su hút đơn hàng châu Âu

08/05/2025 14:10 GMT+7 | Kinh tế

Bến Tre (TTXVN) - Bốn tháng đầu năm 2025, các doanh nghiệp chế biến xơ dừa tỉnh Bến Tre xuất khẩu khoảng 2,6 triệu tấm thảm chùi chân, thảm trải sàn, tăng 14% so với cùng kỳ năm 2024; kim ngạch đạt 11,8 triệu USD.

Tại Công ty TNHH Xơ dừa Lương Phú ở huyện Giồng Trôm, hơn 200 công nhân làm việc hai ca mỗi ngày để kịp giao hàng. Bà Trần Thị Kim Ngân, Phó Giám đốc công ty cho biết, mỗi tháng công ty xuất khoảng 25 container, mỗi container chứa từ 9.000 đến 10.000 tấm thảm. Thảm chùi chân xơ dừa có đế cao su chống trơn được bán với giá 3,2-4 USD/tấm, cao hơn 40% so với thảm xơ dừa truyền thống.

Công ty thu mua xơ dừa của nông dân với giá 4.500 đồng/kg, tăng 500 đồng so với cuối năm 2024. Để làm một tấm thảm chùi chân cỡ trung bình cần khoảng 1,2 kg xơ dừa.

Theo Sở Công Thương Bến Tre, toàn tỉnh có 28 doanh nghiệp và hơn 120 cơ sở sản xuất thảm, lưới xơ dừa, giải quyết việc làm cho khoảng 8.000 lao động. Năm 2024, kim ngạch xuất khẩu các sản phẩm từ xơ dừa đạt 96 triệu USD, trong đó thảm các loại chiếm 38%. Năm 2025, tỉnh phấn đấu kim ngạch xuất khẩu sản phẩm xơ dừa đạt 105 triệu USD, tăng khoảng 9% so với năm 2024.

(TTXVN)

Tin liên quan:
- Bến Tre xuất khẩu lô hàng thạch dừa đầu tiên sang Trung Đông
- Hội nghị xúc tiến thương mại hàng nông sản năm 2025
"""

M4 = per("Bốn tháng đầu năm 2025", "2025-01-01", "2025-04-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
GT = "Giồng Trôm"

FIGS = [
    fig("khoảng 2,6 triệu", "2,6", 2.6e6, "count", "tấm", approx="about",
        change=chg("increase", 14, "%", "cùng kỳ năm 2024"),
        subject="thảm chùi chân, thảm trải sàn xuất khẩu", period=M4),
    fig("đạt 11,8 triệu", "11,8", 11.8e6, "money", "USD", subject="kim ngạch xuất khẩu thảm", period=M4),
    fig("hơn 200 công nhân", "200", 200, "count", "công nhân", approx="over",
        subject="công nhân Công ty TNHH Xơ dừa Lương Phú", location=GT),
    fig("hai ca mỗi ngày", "hai", 2, "measure", "ca/ngày", subject="ca làm việc mỗi ngày", location=GT,
        optional=True),
    fig("khoảng 25 container", "25", 25, "measure", "container/tháng", approx="about",
        subject="container công ty xuất mỗi tháng", location=GT),
    fig("từ 9.000 đến 10.000", "9.000", 9000, "measure", "tấm/container", value_max=10000,
        subject="thảm mỗi container chứa", location=GT),
    fig("giá 3,2-4 USD", "3,2", 3.2, "money", "USD/tấm", value_max=4,
        change=chg("increase", 40, "%", "thảm xơ dừa truyền thống"),
        subject="giá bán thảm chùi chân xơ dừa có đế cao su chống trơn", location=GT),
    fig("giá 4.500 đồng", "4.500", 4500, "money", "đồng/kg",
        change=chg("increase", 500, "đồng", "cuối năm 2024"), subject="giá thu mua xơ dừa", location=GT),
    fig("khoảng 1,2 kg", "1,2", 1.2, "measure", "kg/tấm", approx="about",
        subject="xơ dừa cần để làm một tấm thảm chùi chân", location=GT),
    fig("có 28 doanh nghiệp", "28", 28, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất thảm, lưới xơ dừa"),
    fig("hơn 120 cơ sở", "120", 120, "count", "cơ sở", approx="over", subject="cơ sở sản xuất thảm, lưới xơ dừa"),
    fig("khoảng 8.000 lao động", "8.000", 8000, "count", "lao động", approx="about",
        subject="lao động được giải quyết việc làm"),
    fig("đạt 96 triệu", "96", 96e6, "money", "USD", subject="kim ngạch xuất khẩu các sản phẩm từ xơ dừa",
        period=Y24),
    fig("chiếm 38%", "38", 38, "percent", "%", subject="thảm các loại trong kim ngạch xuất khẩu sản phẩm từ xơ dừa",
        period=Y24),
    fig("đạt 105 triệu", "105", 105e6, "money", "USD", status="target",
        change=chg("increase", 9, "%", "năm 2024", approx="about"),
        subject="kim ngạch xuất khẩu sản phẩm xơ dừa", period=Y25),
]

NOTES = [
    "News agency (TTXVN): headline, '08/05/2025 14:10 GMT+7 | Kinh tế', 'Bến Tre (TTXVN) -' lead, '(TTXVN)' close, related links.",
    "Distractors: 14:10, 'Bốn tháng đầu năm 2025' (a period spelt with a number word), 'năm 2025' in a link title,",
    "'một tấm thảm' (the denominator of a rate, not a figure).",
    "Company passage in huyện Giồng Trôm: location Giồng Trôm. 'mỗi tháng ... khoảng 25 container', 'mỗi container chứa",
    "từ 9.000 đến 10.000 tấm', '1,2 kg' for one mat are rates (measure, unit with denominator).",
    "'hai ca mỗi ngày' (working shifts) is optional: a work pattern rather than a statistic.",
    "'cao hơn 40% so với thảm xơ dừa truyền thống' → change of the price; 'tăng 500 đồng' → change in đồng.",
    "revised after the first run: 'hơn 200 công nhân' gets approx over (omitted by mistake).",
    "'trong đó thảm các loại chiếm 38%' is a percent figure of its own. 'Năm 2025, tỉnh phấn đấu' → target with change 'khoảng 9%'.",
]

if __name__ == "__main__":
    write("p1500-7", TEXT, NOTES, FIGS, published="2025-05-08", location="Bến Tre")
