"""p1299-8: news agency (TTXVN / Vietnam+): Cần Thơ firms founded, returning and leaving, 10 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VietnamPlus | Kinh tế | Doanh nghiệp

Cần Thơ: Hơn 1.000 doanh nghiệp thành lập mới trong 10 tháng

Thứ Hai, 11/11/2024 - 16:12

Cần Thơ (TTXVN) - Theo Sở Kế hoạch và Đầu tư thành phố Cần Thơ, 10 tháng năm 2024, địa phương có 1.048 doanh nghiệp thành lập mới, tổng vốn đăng ký gần 6.300 tỷ đồng, tăng 7,8% về số doanh nghiệp so với cùng kỳ, xếp thứ 2 vùng Đồng bằng sông Cửu Long.

Số doanh nghiệp quay trở lại hoạt động đạt 410 doanh nghiệp. Ngược lại, có 820 doanh nghiệp đăng ký tạm ngừng kinh doanh và 196 doanh nghiệp giải thể, giảm lần lượt 6,3% và 2,5% so với cùng kỳ.

Ông Phạm Quốc Tuấn, Phó Giám đốc Sở Kế hoạch và Đầu tư cho biết, hiện thành phố có khoảng 8.900 doanh nghiệp đang hoạt động, trong đó quận Ninh Kiều có hơn 5.300 doanh nghiệp. Từ đầu năm đến nay, 35 hộ kinh doanh đã chuyển đổi lên doanh nghiệp, nhiều hơn cả năm 2023.

Thành phố đặt mục tiêu năm 2024 có 1.300 doanh nghiệp thành lập mới. Dự kiến 2 tháng cuối năm, thành phố có thêm 250-300 doanh nghiệp thành lập mới và sẽ tổ chức ba hội nghị tập huấn cho khoảng 600 lượt hộ kinh doanh về thủ tục đăng ký doanh nghiệp qua mạng.

Theo ông Tuấn, nhiều doanh nghiệp tạm ngừng do thiếu vốn và đơn hàng; thành phố đang triển khai gói tín dụng ưu đãi với lãi suất thấp hơn 1,5 điểm phần trăm so với lãi suất thương mại, dành cho doanh nghiệp nhỏ và vừa quay trở lại hoạt động.

Thanh Liêm (TTXVN)

Tin cùng chuyên mục:
- Cần Thơ khai mạc Hội chợ Thương mại Mekong Expo lần thứ 3
- Hậu Giang: 9 tháng thu hút đầu tư đạt kết quả khả quan
"""

H10 = per("trong 10 tháng", "2024-01-01", "2024-10-31")
N10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-11")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
L2 = per("2 tháng cuối năm", "2024-11-01", "2024-12-31")

FIGS = [
    fig("Hơn 1.000 doanh nghiệp", "1.000", 1000, "count", "doanh nghiệp", approx="over",
        subject="doanh nghiệp thành lập mới", period=H10),
    fig("có 1.048 doanh nghiệp", "1.048", 1048, "count", "doanh nghiệp",
        change=chg("increase", 7.8, "%", "cùng kỳ"),
        subject="doanh nghiệp thành lập mới", period=N10),
    fig("gần 6.300 tỷ", "6.300", 6300e9, "money", "đồng", approx="nearly",
        subject="tổng vốn đăng ký", period=N10),
    fig("xếp thứ 2", "2", 2, "rank", "hạng",
        subject="số doanh nghiệp thành lập mới", period=N10),
    fig("đạt 410 doanh nghiệp", "410", 410, "count", "doanh nghiệp",
        subject="số doanh nghiệp quay trở lại hoạt động", period=inh(N10)),
    fig("có 820 doanh nghiệp", "820", 820, "count", "doanh nghiệp",
        change=chg("decrease", 6.3, "%", "cùng kỳ"),
        subject="doanh nghiệp đăng ký tạm ngừng kinh doanh", period=inh(N10)),
    fig("196 doanh nghiệp", "196", 196, "count", "doanh nghiệp",
        change=chg("decrease", 2.5, "%", "cùng kỳ"),
        subject="doanh nghiệp giải thể", period=inh(N10)),
    fig("khoảng 8.900 doanh nghiệp", "8.900", 8900, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp đang hoạt động"),
    fig("hơn 5.300 doanh nghiệp", "5.300", 5300, "count", "doanh nghiệp", approx="over", total=8900,
        subject="doanh nghiệp đang hoạt động", location="Ninh Kiều"),
    fig("35 hộ kinh doanh", "35", 35, "count", "hộ kinh doanh",
        subject="hộ kinh doanh chuyển đổi lên doanh nghiệp", period=YTD),
    fig("có 1.300 doanh nghiệp", "1.300", 1300, "count", "doanh nghiệp", status="target",
        subject="doanh nghiệp thành lập mới", period=Y24),
    fig("thêm 250-300", "250", 250, "count", "doanh nghiệp", value_max=300, status="forecast",
        subject="doanh nghiệp thành lập mới", period=L2),
    fig("ba hội nghị", "ba", 3, "count", "hội nghị", status="forecast",
        subject="hội nghị tập huấn", period=L2),
    fig("khoảng 600 lượt", "600", 600, "count", "lượt hộ kinh doanh", approx="about", status="forecast",
        subject="lượt hộ kinh doanh được tập huấn", period=L2),
    fig("hơn 1,5 điểm", "1,5", 1.5, "measure", "điểm phần trăm",
        subject="lãi suất gói tín dụng ưu đãi thấp hơn lãi suất thương mại"),
]

NOTES = [
    "News agency (TTXVN / VietnamPlus): section bar, headline figure, 'Thứ Hai, 11/11/2024 - 16:12', 'Cần Thơ (TTXVN) -', byline, related links.",
    "Distractors: 16:12, 'Mekong Expo lần thứ 3', '9 tháng' in a link title (a period), 'năm 2023' as a comparison.",
    "'xếp thứ 2 vùng Đồng bằng sông Cửu Long' ranks the city's new firms (location Cần Thơ). 'giảm lần lượt 6,3% và 2,5%' gives each count its change.",
    "'hiện … khoảng 8.900 …, trong đó quận Ninh Kiều có hơn 5.300': total 8.900, location Ninh Kiều; 'hiện' gives no period.",
    "'Từ đầu năm đến nay' ends at the dateline (2024-11-11). 'Dự kiến 2 tháng cuối năm' governs both clauses (forecast, Nov-Dec 2024).",
    "'thấp hơn 1,5 điểm phần trăm so với lãi suất thương mại' is a standing rate gap: measure in điểm phần trăm;",
    "'hơn' is part of the comparative 'thấp hơn' here, so approx stays exact.",
]

if __name__ == "__main__":
    write("p1299-8", TEXT, NOTES, FIGS, published="2024-11-11", location="Cần Thơ")
