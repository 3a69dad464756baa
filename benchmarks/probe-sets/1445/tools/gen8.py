"""p1445-8: news agency (TTXVN/VietnamPlus): lockers at metro stations in TP Hồ Chí Minh, parcels 6 months 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VietnamPlus > Kinh tế > Thương mại điện tử

TP Hồ Chí Minh đặt tủ nhận hàng thông minh tại các ga metro

Thứ Năm, 10/7/2025 - 15:32

Từ ngày 1/7, hành khách đi tuyến metro số 1 Bến Thành - Suối Tiên đã có thể nhận hàng tại 14 tủ giao nhận thông minh đặt ở 14 nhà ga, mỗi tủ có từ 40 đến 72 ô.

TP Hồ Chí Minh (TTXVN) - Theo Sở Công Thương TP Hồ Chí Minh, thành phố hiện có hơn 1.700 tủ giao nhận hàng thông minh, nhiều nhất cả nước, và khoảng 2.600 điểm nhận hàng. 6 tháng đầu năm 2025, lượng bưu gửi phát qua tủ và điểm nhận hàng ước đạt 21,5 triệu bưu gửi, tăng 34% so với cùng kỳ, chiếm khoảng 6% tổng lượng bưu gửi phát trên địa bàn.

Riêng quý II/2025, Công ty cổ phần Tủ Thông Minh Sài Gòn (SGBox) phát hơn 2,3 triệu đơn hàng qua 640 tủ của mình, gấp 2,5 lần quý I. Tại ga Bến Thành (quận 1), tủ của SGBox được đặt cạnh lối lên số 3.

Ông Phạm Đức Hùng, Tổng giám đốc SGBox cho biết, chi phí phát qua tủ chưa đến 5.000 đồng/đơn, trong khi giao tận nhà tại nội thành mất 15.000-18.000 đồng/đơn. Công ty dự kiến đến cuối năm 2025 nâng số tủ lên 1.000 tủ, trong đó ít nhất 200 tủ đặt tại nhà ga, bến xe buýt và bệnh viện.

Theo kế hoạch phát triển thương mại điện tử của thành phố, đến năm 2030, 100% chung cư và khu công nghiệp có tủ giao nhận hàng; tỷ lệ đơn hàng giao qua tủ đạt 20-25%.

Thanh Hải (TTXVN)
"""

H1 = per("6 tháng đầu năm 2025", "2025-01-01", "2025-06-30")
Q2 = per("quý II/2025", "2025-04-01", "2025-06-30")
E25 = per("đến cuối năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("tại 14 tủ", "14", 14, "count", "tủ", subject="tủ giao nhận thông minh trên tuyến metro"),
    fig("ở 14 nhà ga", "14", 14, "count", "nhà ga", subject="nhà ga đặt tủ"),
    fig("từ 40 đến 72", "40", 40, "measure", "ô/tủ", value_max=72, subject="số ô mỗi tủ"),
    fig("hơn 1.700 tủ", "1.700", 1700, "count", "tủ", approx="over", subject="tủ giao nhận hàng thông minh"),
    fig("khoảng 2.600 điểm", "2.600", 2600, "count", "điểm nhận hàng", approx="about",
        subject="điểm nhận hàng"),
    fig("ước đạt 21,5 triệu", "21,5", 21.5e6, "count", "bưu gửi", status="estimate", percent=6,
        change=chg("increase", 34, "%", "cùng kỳ"),
        subject="lượng bưu gửi phát qua tủ và điểm nhận hàng", period=H1),
    fig("hơn 2,3 triệu", "2,3", 2.3e6, "count", "đơn hàng", approx="over",
        change=chg("increase", 2.5, "lần", "quý I"),
        subject="đơn hàng Công ty cổ phần Tủ Thông Minh Sài Gòn (SGBox) phát", period=Q2),
    fig("qua 640 tủ", "640", 640, "count", "tủ", subject="tủ của SGBox", period=Q2),
    fig("chưa đến 5.000", "5.000", 5000, "money", "đồng/đơn", approx="under", subject="chi phí phát qua tủ"),
    fig("mất 15.000-18.000", "15.000", 15000, "money", "đồng/đơn", value_max=18000,
        subject="chi phí giao tận nhà tại nội thành"),
    fig("lên 1.000 tủ", "1.000", 1000, "count", "tủ", status="forecast", subject="số tủ của công ty",
        period=E25),
    fig("ít nhất 200 tủ", "200", 200, "count", "tủ", approx="at_least", status="forecast", total=1000,
        subject="tủ đặt tại nhà ga, bến xe buýt và bệnh viện", period=E25),
    fig("100% chung cư", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ chung cư và khu công nghiệp có tủ giao nhận hàng", period=T30),
    fig("đạt 20-25%", "20", 20, "percent", "%", value_max=25, status="target",
        subject="tỷ lệ đơn hàng giao qua tủ", period=T30),
]

NOTES = [
    "News agency (TTXVN/VietnamPlus): breadcrumb, 'Thứ Năm, 10/7/2025 - 15:32' (published), sapo, tag 'TP Hồ Chí Minh (TTXVN) -', byline.",
    "Distractors: 'ngày 1/7', 'tuyến metro số 1', 'quận 1', 'lối lên số 3', 15:32, 'quý I' (baseline), 'nhiều nhất cả nước' (no number).",
    "'mỗi tủ có từ 40 đến 72 ô' → rate ô/tủ (measure), range. 'ước đạt 21,5 triệu ..., tăng 34% ..., chiếm khoảng 6%' → estimate with change and percent.",
    "'gấp 2,5 lần quý I' → change of the quarter's 2,3 triệu đơn hàng (unit lần). Prices per order: đồng/đơn; 'chưa đến' → under.",
    "'dự kiến đến cuối năm 2025' → forecast, as-of 2025-12-31, governs the 'trong đó ít nhất 200 tủ' part (total 1.000).",
    "City plan 'đến năm 2030' → target for both clauses (after ';' the clause continues the plan). The quận 1 sentence has no figure.",
]

if __name__ == "__main__":
    write("p1445-8", TEXT, NOTES, FIGS, published="2025-07-10", location="TP Hồ Chí Minh")
