"""p757-8: provincial newspaper (Báo Quảng Ninh): Hạ Long visitors and fireworks on the 30/4-1/5 holiday 2024."""
from lib import fig, chg, per, year, write

TEXT = """Báo Quảng Ninh điện tử
Du lịch
Thứ Năm, 02/05/2024 | 10:15

Hạ Long đón hơn 185.000 lượt khách dịp nghỉ lễ 30/4-1/5

(BQN) - Trong 5 ngày nghỉ lễ (từ ngày 27/4 đến ngày 1/5/2024), TP Hạ Long đón hơn 185.000 lượt khách, tăng 23,5% so với cùng kỳ năm 2023; trong đó khách quốc tế khoảng 21.000 lượt. Tổng doanh thu du lịch ước đạt 342,6 tỷ đồng. Công suất phòng của 312 cơ sở lưu trú trên địa bàn bình quân đạt 81%, riêng đêm 30/4 đạt trên 90%.

Điểm nhấn của dịp lễ là chương trình bắn pháo hoa tầm cao kéo dài 15 phút tại Quảng trường 30/10 và khu vực Bãi Cháy tối 30/4, với khoảng 2.200 quả pháo hoa các loại. Toàn bộ kinh phí 3,6 tỷ đồng do 3 doanh nghiệp trên địa bàn tài trợ. Để bảo đảm an toàn, Công an thành phố bố trí 650 cán bộ, chiến sĩ, 12 xe chữa cháy; khu vực bắn được khoanh vùng cách ly bán kính 250 m.

Trong dịp lễ, không xảy ra tai nạn liên quan đến pháo hoa; lực lượng chức năng xử lý 4 trường hợp đốt pháo nổ trái phép, phạt tổng cộng 28 triệu đồng. Đường dây nóng du lịch 0203.3628.555 tiếp nhận 17 cuộc gọi, chủ yếu hỏi thông tin về vị trí xem pháo hoa và bãi đỗ xe.

Tính chung quý I/2024, thành phố đón 3,1 triệu lượt khách, đạt 29% kế hoạch năm, tăng 12% so với cùng kỳ. Năm 2024, thành phố phấn đấu đón 10,5 triệu lượt khách.

Mạnh Trường
"""

NOTES = [
    "p757-8: provincial newspaper (Báo Quảng Ninh, '(BQN) -' tag), dateline 'Thứ Năm, 02/05/2024 | 10:15', byline at the end.",
    "City figures -> location Hạ Long. Period '5 ngày nghỉ lễ (từ ngày 27/4 đến ngày 1/5/2024)' -> 2024-04-27..2024-05-01 for its sentence.",
    "'đạt 29% kế hoạch năm' -> percent of 3,1 triệu; 'tăng 12% so với cùng kỳ' its change; 'phấn đấu' -> target.",
    "Distractors: 30/4-1/5 (holiday dates), Quảng trường 30/10 (a name), tối 30/4, đêm 30/4, (BQN), 02/05/2024 | 10:15, 0203.3628.555, '5 ngày' duration.",
]
PT = per("từ ngày 27/4 đến ngày 1/5/2024", "2024-04-27", "2024-05-01")
FIGS = [
    fig("đón hơn 185.000 lượt khách dịp", "185.000", 185000, "count", "lượt", "lượt khách đến Hạ Long dịp nghỉ lễ",
        approx="over"),
    fig("đón hơn 185.000 lượt khách, tăng", "185.000", 185000, "count", "lượt", "lượt khách", approx="over",
        change=chg("increase", 23.5, baseline="cùng kỳ năm 2023"), period=PT),
    fig("khoảng 21.000 lượt", "21.000", 21000, "count", "lượt", "khách quốc tế", approx="about", total=185000, period=PT),
    fig("ước đạt 342,6 tỷ đồng", "342,6", 342.6e9, "money", "đồng", "tổng doanh thu du lịch", status="estimate"),
    fig("của 312 cơ sở", "312", 312, "count", "cơ sở lưu trú", "cơ sở lưu trú trên địa bàn"),
    fig("đạt 81%", "81", 81, "percent", "%", "công suất phòng bình quân"),
    fig("trên 90%", "90", 90, "percent", "%", "công suất phòng đêm 30/4", approx="over"),
    fig("kéo dài 15 phút", "15", 15, "measure", "phút", "thời lượng chương trình bắn pháo hoa tầm cao"),
    fig("khoảng 2.200 quả", "2.200", 2200, "count", "quả", "quả pháo hoa các loại", approx="about"),
    fig("kinh phí 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng", "kinh phí bắn pháo hoa"),
    fig("do 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp trên địa bàn tài trợ"),
    fig("bố trí 650 cán bộ", "650", 650, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ Công an thành phố bố trí"),
    fig("12 xe chữa cháy", "12", 12, "count", "xe chữa cháy", "xe chữa cháy"),
    fig("bán kính 250 m", "250", 250, "measure", "m", "bán kính khoanh vùng cách ly khu vực bắn"),
    fig("xử lý 4 trường hợp", "4", 4, "count", "trường hợp", "trường hợp đốt pháo nổ trái phép bị xử lý"),
    fig("cộng 28 triệu đồng", "28", 28e6, "money", "đồng", "tiền phạt đốt pháo nổ trái phép"),
    fig("nhận 17 cuộc gọi", "17", 17, "count", "cuộc gọi", "cuộc gọi đường dây nóng du lịch tiếp nhận"),
    fig("đón 3,1 triệu", "3,1", 3.1e6, "count", "lượt", "lượt khách", percent=29,
        change=chg("increase", 12, baseline="cùng kỳ"), period=per("quý I/2024", "2024-01-01", "2024-03-31")),
    fig("đón 10,5 triệu", "10,5", 10.5e6, "count", "lượt", "lượt khách", status="target", period=year(2024, "Năm 2024")),
]

if __name__ == "__main__":
    write("p757-8", TEXT, NOTES, FIGS, published="2024-05-02", location="Hạ Long")
