"""p1095-6: national newspaper (VnExpress-style dateline), orders 2025, a Long An factory and national exports."""
from lib import B, M, change, fig, period, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 17/3/2025, 06:00 (GMT+7)

Doanh nghiệp giày dép kín đơn hàng đến quý III

Nhiều nhà máy giày dép, túi xách đã nhận đủ đơn hàng cho 6 tháng tới, có nơi phải tăng ca để kịp giao hàng cho khách Mỹ và châu Âu.

Tại nhà máy của Công ty CP Giày da Phương Nam ở huyện Đức Hòa (Long An), 3.600 công nhân đang làm việc 6 ngày mỗi tuần. Ông Phạm Quốc Bảy, Giám đốc công ty, cho biết doanh nghiệp đã ký hợp đồng 4,2 triệu đôi giày cho cả năm 2025, tăng 30% so với năm ngoái, trong đó khách hàng Mỹ chiếm gần 60%. Giá gia công bình quân hiện khoảng 2,8 USD/đôi, tăng khoảng 6% nhờ chuyển sang dòng giày thể thao cao cấp.

Công ty dự kiến đầu tư thêm 2 dây chuyền với tổng vốn 85 tỷ đồng, nâng công suất lên 5 triệu đôi/năm và tuyển thêm 700 lao động trong quý II.

Theo số liệu của Cục Hải quan, 2 tháng đầu năm 2025, cả nước xuất khẩu 3,98 tỷ USD giày dép, tăng 12,6% so với cùng kỳ năm 2024; túi xách, ví, vali đạt 724 triệu USD, tăng 8,4%. Riêng tháng 2, xuất khẩu giày dép đạt 1,61 tỷ USD, giảm 32% so với tháng 1 do nghỉ Tết Nguyên đán.

Ông Lê Minh Tâm, Phó chủ tịch Hiệp hội Da - Giày - Túi xách Việt Nam, cho biết năm 2025 toàn ngành đặt mục tiêu xuất khẩu 29-30 tỷ USD. Tuy vậy, giá da thuộc nhập khẩu đã tăng khoảng 10%, tỷ lệ nội địa hóa mới khoảng 50%, nên biên lợi nhuận của nhiều doanh nghiệp chỉ 3-5%.

Thi Hà
"""

NOTES = [
    "National newspaper (VnExpress style): đơn hàng giày dép 2025; a factory in huyện Đức Hòa (Long An) and national exports 2 tháng 2025 (Cục Hải quan), Lefaso's target.",
    "The factory's figures take the district it names (Đức Hòa); customs and Lefaso figures are national (Việt Nam). No article-level location.",
    "'trong đó khách hàng Mỹ chiếm gần 60%' is the share of a subset of the 4,2 triệu đôi, not the 4,2 triệu's own share: a percent figure of its own.",
    "'khoảng 10%', '3-5%' have no base amount: percent figures. '6 ngày mỗi tuần' (a work schedule) optional.",
    "Not figures: '6 tháng tới', 'quý III' in the headline, '17/3/2025, 06:00 (GMT+7)', 'tháng 1' (baseline), 'Tết Nguyên đán', names Phạm Quốc Bảy.",
]

DH, VN = "Đức Hòa", "Việt Nam"
P2 = period("2 tháng đầu năm 2025", "2025-01-01", "2025-02-28")
FIGS = [
    fig("An), 3.600 công nhân", "3.600", "count", "công nhân", subject="công nhân nhà máy", location=DH),
    fig("làm việc 6 ngày mỗi tuần", "6", "measure", "ngày/tuần", subject="thời gian làm việc",
        location=DH, optional=True),
    fig("hợp đồng 4,2 triệu đôi", "4,2", "count", "đôi", M,
        change=change("increase", 30, baseline="năm ngoái"), subject="giày ký hợp đồng",
        period=period("cả năm 2025", "2025-01-01", "2025-12-31"), location=DH),
    fig("chiếm gần 60%", "60", "percent", "%", approx="nearly", subject="khách hàng Mỹ trong hợp đồng",
        period=period("cả năm 2025", "2025-01-01", "2025-12-31"), location=DH),
    fig("khoảng 2,8 USD/đôi", "2,8", "money", "USD/đôi", approx="about",
        change=change("increase", 6, approx="about"), subject="giá gia công bình quân", location=DH),
    fig("thêm 2 dây chuyền", "2", "count", "dây chuyền", status="forecast",
        subject="dây chuyền đầu tư thêm", location=DH),
    fig("vốn 85 tỷ đồng", "85", "money", "đồng", B, status="forecast", subject="tổng vốn đầu tư", location=DH),
    fig("lên 5 triệu đôi/năm", "5", "measure", "đôi/năm", M, status="forecast", subject="công suất",
        location=DH),
    fig("thêm 700 lao động", "700", "count", "lao động", status="forecast", subject="lao động tuyển thêm",
        period=period("trong quý II", "2025-04-01", "2025-06-30"), location=DH),
    fig("xuất khẩu 3,98 tỷ USD", "3,98", "money", "USD", B,
        change=change("increase", 12.6, baseline="cùng kỳ năm 2024"), subject="xuất khẩu giày dép",
        period=P2, location=VN),
    fig("đạt 724 triệu USD", "724", "money", "USD", M, change=change("increase", 8.4),
        subject="xuất khẩu túi xách, ví, vali", period=P2, location=VN),
    fig("đạt 1,61 tỷ USD", "1,61", "money", "USD", B,
        change=change("decrease", 32, baseline="tháng 1"), subject="xuất khẩu giày dép",
        period=period("tháng 2", "2025-02-01", "2025-02-28"), location=VN),
    fig("xuất khẩu 29-30 tỷ USD", "29", "money", "USD", B, vmax="30", status="target",
        subject="xuất khẩu toàn ngành da giày, túi xách",
        period=period("năm 2025", "2025-01-01", "2025-12-31"), location=VN),
    fig("tăng khoảng 10%", "10", "percent", "%", approx="about", subject="giá da thuộc nhập khẩu",
        location=VN),
    fig("mới khoảng 50%", "50", "percent", "%", approx="about", subject="tỷ lệ nội địa hóa", location=VN),
    fig("chỉ 3-5%", "3", "percent", "%", vmax="5", subject="biên lợi nhuận của nhiều doanh nghiệp",
        location=VN),
]

write("p1095-6", TEXT, NOTES, FIGS, published="2025-03-17")
