"""p1095-5: provincial Party newspaper (Báo Tây Ninh), byline and bare date at the end; hiring after Tết 2024."""
from lib import B, M, change, fig, period, write

TEXT = """Doanh nghiệp da giày tăng tuyển dụng sau Tết

Những ngày đầu tháng 3, tại cổng Công ty TNHH Giày Hoàng Phúc (KCN Phước Đông), rất đông người lao động xếp hàng nộp hồ sơ. Bà Trần Thị Sáu, Trưởng phòng Nhân sự công ty cho biết, đơn hàng quý I/2024 tăng khoảng 25% so với cùng kỳ, công ty cần tuyển thêm 1.200 công nhân may mũ giày và gò ráp. Mức lương khởi điểm từ 5,8 đến 6,5 triệu đồng/tháng, chưa kể phụ cấp chuyên cần 500.000 đồng/tháng và tiền ăn ca 30.000 đồng/bữa.

Hiện công ty có 11.400 lao động, thu nhập bình quân năm 2023 đạt 8,2 triệu đồng/người/tháng. Năm 2023, công ty xuất khẩu 14,5 triệu đôi giày thể thao, chủ yếu sang Hoa Kỳ và châu Âu, doanh thu đạt 265 triệu USD.

Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh Tây Ninh có 46 doanh nghiệp ngành da giày với gần 98.000 lao động, chiếm khoảng 31% lao động trong các khu công nghiệp, khu kinh tế. Trong 2 tháng đầu năm 2024, các doanh nghiệp da giày đăng ký tuyển 6.850 lao động, gấp 2,1 lần cùng kỳ năm trước.

Theo Cục Thống kê tỉnh, kim ngạch xuất khẩu giày dép 2 tháng ước đạt 281 triệu USD, tăng 18,2% so với cùng kỳ. Năm 2024, tỉnh phấn đấu kim ngạch xuất khẩu giày dép đạt 1,9 tỷ USD.

Anh Nguyễn Văn Tư, công nhân tổ gò số 3, cho biết năm nay anh được thưởng Tết 1,5 tháng lương, cao hơn mức 1 tháng lương của năm ngoái.

THANH HẢI
12/03/2024
"""

NOTES = [
    "Báo Tây Ninh: doanh nghiệp da giày tuyển dụng sau Tết 2024; one company (KCN Phước Đông) and the province. Bare date 12/03/2024 after the byline.",
    "The province is named ('toàn tỉnh Tây Ninh'); the company's figures are Tây Ninh too (the KCN is no district).",
    "'đơn hàng … tăng khoảng 25%' has no base amount: a percent figure. 'gấp 2,1 lần cùng kỳ năm trước' after 6.850 lao động: its change (increase, 2,1 lần).",
    "'mức 1 tháng lương của năm ngoái' is a baseline amount with no change value: a figure of its own (cf. 'mức 21% của năm 2022'); 'năm nay'/'năm ngoái' = 2024/2023.",
    "Not figures: 'đầu tháng 3', 'tổ gò số 3', names Trần Thị Sáu / Nguyễn Văn Tư, the bare date.",
]

FIGS = [
    fig("tăng khoảng 25%", "25", "percent", "%", approx="about", subject="đơn hàng của công ty",
        period=period("quý I/2024", "2024-01-01", "2024-03-31")),
    fig("tuyển thêm 1.200 công nhân", "1.200", "count", "công nhân",
        subject="công nhân may mũ giày và gò ráp cần tuyển thêm"),
    fig("từ 5,8 đến 6,5 triệu", "5,8", "money", "đồng/tháng", M, vmax="6,5", subject="mức lương khởi điểm"),
    fig("chuyên cần 500.000 đồng/tháng", "500.000", "money", "đồng/tháng", subject="phụ cấp chuyên cần"),
    fig("ca 30.000 đồng/bữa", "30.000", "money", "đồng/bữa", subject="tiền ăn ca"),
    fig("có 11.400 lao động", "11.400", "count", "lao động", subject="lao động của công ty"),
    fig("đạt 8,2 triệu đồng/người/tháng", "8,2", "money", "đồng/người/tháng", M,
        subject="thu nhập bình quân", period=period("năm 2023", "2023-01-01", "2023-12-31")),
    fig("xuất khẩu 14,5 triệu đôi", "14,5", "count", "đôi", M, subject="giày thể thao xuất khẩu",
        period=period("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("đạt 265 triệu USD", "265", "money", "USD", M, subject="doanh thu",
        period=period("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("có 46 doanh nghiệp", "46", "count", "doanh nghiệp", subject="doanh nghiệp ngành da giày"),
    fig("gần 98.000 lao động", "98.000", "count", "lao động", approx="nearly", percent=31,
        subject="lao động ngành da giày"),
    fig("tuyển 6.850 lao động", "6.850", "count", "lao động",
        change=change("increase", 2.1, unit="lần", baseline="cùng kỳ năm trước"),
        subject="lao động doanh nghiệp da giày đăng ký tuyển",
        period=period("Trong 2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")),
    fig("ước đạt 281 triệu USD", "281", "money", "USD", M, status="estimate",
        change=change("increase", 18.2, baseline="cùng kỳ"), subject="kim ngạch xuất khẩu giày dép",
        period=period("2 tháng", "2024-01-01", "2024-02-29")),
    fig("đạt 1,9 tỷ USD", "1,9", "money", "USD", B, status="target", subject="kim ngạch xuất khẩu giày dép",
        period=period("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("thưởng Tết 1,5 tháng lương", "1,5", "measure", "tháng lương", subject="thưởng Tết",
        period=period("năm nay", "2024-01-01", "2024-12-31")),
    fig("mức 1 tháng lương", "1", "measure", "tháng lương", subject="mức thưởng Tết của năm ngoái",
        period=period("năm ngoái", "2023-01-01", "2023-12-31")),
]

write("p1095-5", TEXT, NOTES, FIGS, published="2024-03-12", location="Tây Ninh")
