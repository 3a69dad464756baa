"""p1326-8: news agency (TTXVN): VAT refunds at Nội Bài and duty-free in Hà Nội, 4 months 2025."""
from lib import fig, per, inh, chg, write

TEXT = """TIN TỨC THÔNG TẤN | Kinh tế

Hà Nội: Hoàn thuế cho khách nước ngoài 4 tháng tăng hơn 30%

27/05/2025 11:05

Hà Nội, 27/5 (TTXVN) - Theo Cục Hải quan TP Hà Nội, 4 tháng đầu năm 2025, Chi cục Hải quan cửa khẩu sân bay quốc tế Nội Bài đã hoàn thuế giá trị gia tăng cho 6.915 lượt người nước ngoài, tăng 31,2% so với cùng kỳ năm 2024; số thuế hoàn đạt 11,4 tỷ đồng. Riêng tháng 4, số lượt được hoàn thuế đạt 1.813 lượt, cao nhất từ trước đến nay. Với kết quả này, Hà Nội đứng thứ hai cả nước về số lượt hoàn thuế, sau TP Hồ Chí Minh.

Trên địa bàn thành phố hiện có 248 doanh nghiệp bán hàng hoàn thuế, tập trung ở các quận Hoàn Kiếm, Ba Đình và Tây Hồ. Riêng quận Hoàn Kiếm có gần ba chục cửa hàng trên các phố Hàng Gai, Hàng Bạc, chủ yếu bán lụa, đồ bạc và đồ thủ công mỹ nghệ.

Cửa hàng miễn thuế trong nội thành đầu tiên của Hà Nội, do Công ty cổ phần Miễn thuế Thăng Long vận hành tại số 8 phố Bà Triệu, đã hoạt động được hai năm. Trong 4 tháng đầu năm nay, cửa hàng đạt doanh thu khoảng 96 tỷ đồng, trong đó khách quốc tế chiếm 68%.

Thành phố đặt mục tiêu đến năm 2030 có ít nhất 500 doanh nghiệp bán hàng hoàn thuế, số thuế hoàn đạt 80-100 tỷ đồng mỗi năm, góp phần đưa chi tiêu bình quân của khách quốc tế lên 1.500 USD/lượt.

(TTXVN/Vietnam+)

Bài liên quan:
- Hà Nội đón khách quốc tế dịp nghỉ lễ 30/4 - 1/5
- Khai mạc Lễ hội Du lịch Hà Nội lần thứ 2 năm 2025
"""

M4 = per("4 tháng đầu năm 2025", "2025-01-01", "2025-04-30")
M4N = per("4 tháng đầu năm nay", "2025-01-01", "2025-04-30")
M4H = per("4 tháng", "2025-01-01", "2025-04-30")
APR = per("tháng 4", "2025-04-01", "2025-04-30")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("tăng hơn 30%", "30", 30, "percent", "%", approx="over",
        subject="hoàn thuế cho khách nước ngoài", period=M4H),
    fig("cho 6.915 lượt", "6.915", 6915, "count", "lượt người",
        change=chg("increase", 31.2, "%", "cùng kỳ năm 2024"),
        subject="lượt người nước ngoài được hoàn thuế giá trị gia tăng", period=M4),
    fig("đạt 11,4 tỷ", "11,4", 11.4e9, "money", "đồng", subject="số thuế hoàn", period=M4),
    fig("đạt 1.813 lượt", "1.813", 1813, "count", "lượt", subject="số lượt được hoàn thuế", period=APR),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="số lượt hoàn thuế", period=inh(M4)),
    fig("có 248 doanh nghiệp", "248", 248, "count", "doanh nghiệp",
        subject="doanh nghiệp bán hàng hoàn thuế"),
    fig("gần ba chục", "ba chục", 30, "count", "cửa hàng", approx="nearly",
        subject="cửa hàng trên các phố Hàng Gai, Hàng Bạc", location="Hoàn Kiếm"),
    fig("được hai năm", "hai", 2, "measure", "năm", subject="thời gian hoạt động của cửa hàng", optional=True),
    fig("khoảng 96 tỷ", "96", 96e9, "money", "đồng", approx="about",
        subject="doanh thu cửa hàng miễn thuế trong nội thành", period=M4N),
    fig("chiếm 68%", "68", 68, "percent", "%", subject="khách quốc tế trong doanh thu cửa hàng", period=M4N),
    fig("ít nhất 500", "500", 500, "count", "doanh nghiệp", approx="at_least", status="target",
        subject="doanh nghiệp bán hàng hoàn thuế", period=T30),
    fig("đạt 80-100 tỷ", "80", 80e9, "money", "đồng/năm", value_max=100e9, status="target",
        subject="số thuế hoàn mỗi năm", period=T30),
    fig("lên 1.500 USD", "1.500", 1500, "money", "USD/lượt", status="target",
        subject="chi tiêu bình quân của khách quốc tế", period=T30),
]

NOTES = [
    "News agency (TTXVN): VAT refunds at Nội Bài and duty-free/VAT-refund shops in Hà Nội, first 4 months of 2025.",
    "Top date '27/05/2025 11:05', dateline 'Hà Nội, 27/5 (TTXVN) -', source '(TTXVN/Vietnam+)', related links.",
    "Distractors: 11:05, '27/5', 'số 8 phố Bà Triệu', '30/4 - 1/5', 'lần thứ 2 năm 2025' in related-link titles.",
    "Headline 'tăng hơn 30%' is a growth rate as the claim (percent, over), period '4 tháng' (2025 from the dateline).",
    "'Riêng tháng 4' → April 2025; no total ('riêng' is not a part-of cue). 'đứng thứ hai cả nước' is a rank of Hà Nội",
    "(location Hà Nội), period inherited from the sentence before.",
    "'Riêng quận Hoàn Kiếm có gần ba chục cửa hàng' → 30, nearly, location Hoàn Kiếm, counts shops not firms (no total).",
    "'đã hoạt động được hai năm' is the shop's age (optional). 'trong đó khách quốc tế chiếm 68%' is a percent figure of its own",
    "(a share inside the 96 tỷ, not the share of 96 tỷ in something).",
    "'đặt mục tiêu đến năm 2030' governs the sentence: three targets, period end 2030-12-31.",
    "'80-100 tỷ đồng mỗi năm' → range, unit 'đồng/năm'; '1.500 USD/lượt' → a money rate.",
]

if __name__ == "__main__":
    write("p1326-8", TEXT, NOTES, FIGS, published="2025-05-27", location="Hà Nội")
