"""p1095-2: district portal (huyện Triệu Sơn, Thanh Hóa), shoe factories, workers, output H1/2024."""
from lib import B, K, M, change, fig, inherit, period, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRIỆU SƠN - TỈNH THANH HÓA
Tin tức > Kinh tế
Thứ Năm, 18/07/2024 - 10:20

Ngành giày da tạo việc làm cho hơn 14 nghìn lao động

Hiện nay, trên địa bàn huyện có 3 doanh nghiệp sản xuất giày da đang hoạt động, thu hút 14.260 lao động, trong đó lao động nữ chiếm 82%. Riêng Công ty TNHH Giày Việt Hưng tại xã Dân Lực sử dụng 8.900 công nhân, là doanh nghiệp có số lao động lớn nhất huyện.

6 tháng đầu năm 2024, các doanh nghiệp giày da trên địa bàn sản xuất được 9,6 triệu đôi giày, đạt 52% kế hoạch năm, tăng 14,3% so với cùng kỳ; doanh thu ước đạt 1.850 tỷ đồng. Thu nhập của người lao động từ 7,2 đến 8,5 triệu đồng/người/tháng; các doanh nghiệp đã nộp ngân sách 21,4 tỷ đồng.

Để đáp ứng đơn hàng, Công ty TNHH Giày Việt Hưng đang tuyển thêm 600 công nhân, ưu tiên lao động tại các xã Dân Lực, Dân Lý, Hợp Thành; công ty hỗ trợ tiền nhà trọ 500.000 đồng/tháng cho công nhân ở xa và bố trí xe đưa đón trên tuyến Quốc lộ 47.

Theo ông Lê Văn Ba, Trưởng phòng Kinh tế - Hạ tầng huyện, nhờ các nhà máy giày, tỷ lệ lao động qua đào tạo của huyện đạt 71,5%, thu nhập bình quân đầu người năm 2023 đạt 56 triệu đồng. Năm 2024, huyện phấn đấu giải quyết việc làm mới cho 3.200 lao động, trong đó 1.500 lao động vào các doanh nghiệp giày da. Dự kiến cuối năm nay, Công ty TNHH Giày Kim Phát sẽ khởi công nhà máy thứ 2 tại xã Hợp Thành với quy mô 5.000 lao động.

Lê Hương (Trung tâm VHTT&TT huyện)
"""

NOTES = [
    "Cổng TTĐT huyện Triệu Sơn (Thanh Hóa): doanh nghiệp giày da, lao động, sản lượng và doanh thu 6 tháng 2024, tuyển dụng, mục tiêu việc làm.",
    "Location is the district (Triệu Sơn) throughout; communes (Dân Lực, Hợp Thành) lie in it.",
    "'lao động nữ chiếm 82%' is a share of a sub-group, not of the 14.260: a percent figure of its own. 'Riêng … 8.900 công nhân' has no part-of cue: no total.",
    "'đạt 52% kế hoạch năm' is the percent of 9,6 triệu đôi. 'nhà máy thứ 2' (ordinal), 'Quốc lộ 47', 'ông Lê Văn Ba', weekday and time are not figures.",
    "'quy mô 5.000 lao động' of a factory to be started 'cuối năm nay': forecast, no period (the phrase dates the groundbreaking, not the figure).",
]

P6 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FIGS = [
    fig("hơn 14 nghìn lao động", "14", "count", "lao động", K, approx="over",
        subject="lao động ngành giày da"),
    fig("có 3 doanh nghiệp", "3", "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất giày da đang hoạt động"),
    fig("thu hút 14.260 lao động", "14.260", "count", "lao động",
        subject="lao động của các doanh nghiệp giày da"),
    fig("nữ chiếm 82%", "82", "percent", "%", subject="lao động nữ"),
    fig("sử dụng 8.900 công nhân", "8.900", "count", "công nhân",
        subject="công nhân Công ty TNHH Giày Việt Hưng"),
    fig("được 9,6 triệu đôi giày", "9,6", "count", "đôi", M, percent=52,
        change=change("increase", 14.3, baseline="cùng kỳ"),
        subject="giày sản xuất của các doanh nghiệp giày da", period=P6),
    fig("ước đạt 1.850 tỷ đồng", "1.850", "money", "đồng", B, status="estimate",
        subject="doanh thu", period=P6),
    fig("từ 7,2 đến 8,5 triệu", "7,2", "money", "đồng/người/tháng", M, vmax="8,5",
        subject="thu nhập của người lao động", period=inherit(P6)),
    fig("nộp ngân sách 21,4 tỷ đồng", "21,4", "money", "đồng", B,
        subject="nộp ngân sách của các doanh nghiệp", period=inherit(P6)),
    fig("tuyển thêm 600 công nhân", "600", "count", "công nhân",
        subject="công nhân tuyển thêm"),
    fig("nhà trọ 500.000 đồng/tháng", "500.000", "money", "đồng/tháng",
        subject="hỗ trợ tiền nhà trọ cho công nhân ở xa"),
    fig("đạt 71,5%", "71,5", "percent", "%", subject="tỷ lệ lao động qua đào tạo"),
    fig("đạt 56 triệu đồng", "56", "money", "đồng", M,
        subject="thu nhập bình quân đầu người", period=period("năm 2023", "2023-01-01", "2023-12-31")),
    fig("cho 3.200 lao động", "3.200", "count", "lao động", status="target",
        subject="lao động được giải quyết việc làm mới", period=period("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("trong đó 1.500 lao động", "1.500", "count", "lao động", total=3200, status="target",
        subject="lao động vào các doanh nghiệp giày da", period=period("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("quy mô 5.000 lao động", "5.000", "count", "lao động", status="forecast",
        subject="quy mô lao động nhà máy mới"),
]

write("p1095-2", TEXT, NOTES, FIGS, published="2024-07-18", location="Triệu Sơn")
