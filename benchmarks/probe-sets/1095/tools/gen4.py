"""p1095-4: ministry site (Bộ Công Thương), national leather-footwear exports 2023, targets 2024/2030."""
from lib import B, M, change, fig, inherit, period, write

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Xuất nhập khẩu > Tin tức
Xuất khẩu da giày, túi xách năm 2023 đạt hơn 24 tỷ USD
Ngày đăng: 22/01/2024 | Lượt xem: 1.206

Theo số liệu của Tổng cục Hải quan, năm 2023 kim ngạch xuất khẩu giày dép các loại của Việt Nam đạt 20,24 tỷ USD, giảm 15,3% so với năm 2022; xuất khẩu túi xách, ví, vali, mũ, ô dù đạt 3,85 tỷ USD, giảm 11,9%. Tính chung, toàn ngành đạt 24,09 tỷ USD, bằng 85,2% năm 2022.

Hoa Kỳ tiếp tục là thị trường tiêu thụ giày dép lớn nhất của Việt Nam với 7,19 tỷ USD, chiếm 35,5% tổng kim ngạch; tiếp theo là EU (5,21 tỷ USD), Trung Quốc (1,86 tỷ USD) và Nhật Bản (1,14 tỷ USD). Đáng chú ý, xuất khẩu giày dép sang thị trường Trung Đông tăng 9,2%, là điểm sáng hiếm hoi.

Hiện cả nước có khoảng 2.200 doanh nghiệp da giày, thu hút trên 1,4 triệu lao động; tỷ lệ nội địa hóa của ngành đạt 45-50%. Với kết quả trên, Việt Nam giữ vị trí thứ 2 thế giới về xuất khẩu giày dép, sau Trung Quốc.

Theo Hiệp hội Da - Giày - Túi xách Việt Nam (Lefaso), đơn hàng quý I/2024 của nhiều doanh nghiệp mới đạt 60-70% so với cùng kỳ các năm trước. Năm 2024, ngành đặt mục tiêu kim ngạch xuất khẩu đạt 27 tỷ USD, tăng khoảng 12% so với năm 2023.

Bộ Công Thương cho biết sẽ tiếp tục triển khai Chiến lược phát triển ngành Dệt May và Da Giày Việt Nam đến năm 2030, tầm nhìn đến năm 2035 (Quyết định số 1643/QĐ-TTg ngày 29/12/2022), phấn đấu đến năm 2030 kim ngạch xuất khẩu da giày, túi xách đạt 50-52 tỷ USD.

Nguồn: Vụ Xuất nhập khẩu
"""

NOTES = [
    "Cổng TTĐT Bộ Công Thương: xuất khẩu giày dép, túi xách năm 2023 (Hải quan), thị trường, doanh nghiệp, lao động, mục tiêu 2024 và 2030.",
    "All figures national: location Việt Nam; markets (Hoa Kỳ, EU, Trung Quốc, Nhật Bản, Trung Đông) are trade partners, kept in the subject.",
    "'bằng 85,2% năm 2022' is the percent of 24,09 tỷ USD; 'tăng 9,2%' and '60-70%' have no base amount: percent figures.",
    "'vị trí thứ 2 thế giới' is a rank. Not figures: Quyết định số 1643/QĐ-TTg ngày 29/12/2022, the strategy's name 'đến năm 2030, tầm nhìn đến năm 2035', 'Lượt xem: 1.206'.",
]

P23 = period("năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    fig("đạt hơn 24 tỷ USD", "24", "money", "USD", B, approx="over",
        subject="xuất khẩu da giày, túi xách", period=P23),
    fig("đạt 20,24 tỷ USD", "20,24", "money", "USD", B, change=change("decrease", 15.3, baseline="năm 2022"),
        subject="kim ngạch xuất khẩu giày dép các loại", period=P23),
    fig("đạt 3,85 tỷ USD", "3,85", "money", "USD", B, change=change("decrease", 11.9),
        subject="xuất khẩu túi xách, ví, vali, mũ, ô dù", period=P23),
    fig("đạt 24,09 tỷ USD", "24,09", "money", "USD", B, percent=85.2,
        subject="kim ngạch xuất khẩu toàn ngành", period=inherit(P23)),
    fig("với 7,19 tỷ USD", "7,19", "money", "USD", B, percent=35.5,
        subject="kim ngạch xuất khẩu giày dép sang Hoa Kỳ", period=inherit(P23)),
    fig("EU (5,21 tỷ USD)", "5,21", "money", "USD", B,
        subject="kim ngạch xuất khẩu giày dép sang EU", period=inherit(P23)),
    fig("Trung Quốc (1,86 tỷ USD)", "1,86", "money", "USD", B,
        subject="kim ngạch xuất khẩu giày dép sang Trung Quốc", period=inherit(P23)),
    fig("Nhật Bản (1,14 tỷ USD)", "1,14", "money", "USD", B,
        subject="kim ngạch xuất khẩu giày dép sang Nhật Bản", period=inherit(P23)),
    fig("tăng 9,2%", "9,2", "percent", "%",
        subject="xuất khẩu giày dép sang thị trường Trung Đông", period=inherit(P23)),
    fig("khoảng 2.200 doanh nghiệp", "2.200", "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp da giày"),
    fig("trên 1,4 triệu lao động", "1,4", "count", "lao động", M, approx="over",
        subject="lao động ngành da giày"),
    fig("đạt 45-50%", "45", "percent", "%", vmax="50", subject="tỷ lệ nội địa hóa của ngành"),
    fig("vị trí thứ 2 thế giới", "2", "rank", "hạng", subject="xuất khẩu giày dép"),
    fig("mới đạt 60-70%", "60", "percent", "%", vmax="70",
        subject="đơn hàng của nhiều doanh nghiệp so với cùng kỳ các năm trước",
        period=period("quý I/2024", "2024-01-01", "2024-03-31")),
    fig("đạt 27 tỷ USD", "27", "money", "USD", B, status="target",
        change=change("increase", 12, baseline="năm 2023", approx="about"),
        subject="kim ngạch xuất khẩu", period=period("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("đạt 50-52 tỷ USD", "50", "money", "USD", B, vmax="52", status="target",
        subject="kim ngạch xuất khẩu da giày, túi xách", period=period("đến năm 2030", None, "2030-12-31")),
]

write("p1095-4", TEXT, NOTES, FIGS, published="2024-01-22", location="Việt Nam")
