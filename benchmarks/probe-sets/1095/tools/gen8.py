"""p1095-8: provincial newspaper online (Báo Hải Dương, '(BHD) -' tag), headline figure, 11 months 2024."""
from lib import B, M, change, fig, period, write

TEXT = """Xuất khẩu giày dép đạt gần 1,2 tỷ USD sau 11 tháng

Cập nhật lúc 15:10, Thứ sáu, 13/12/2024

(BHD) - 11 tháng năm 2024, kim ngạch xuất khẩu giày dép, túi xách của tỉnh ước đạt 1.186 triệu USD, tăng 9,6% so với cùng kỳ, đạt 98,8% kế hoạch năm.

Theo Sở Công Thương, toàn tỉnh hiện có 23 doanh nghiệp giày dép với khoảng 64.500 lao động. Các doanh nghiệp lớn tập trung ở Cẩm Giàng, Bình Giang và Thanh Miện, với số lao động lần lượt là 18.200, 15.600 và 11.300 người. Trong 11 tháng, Công ty TNHH Giày Tân Hưng (Cụm công nghiệp Cẩm Điền - Lương Điền, ven Quốc lộ 5) xuất khẩu 21,5 triệu đôi, doanh thu đạt 348 triệu USD, đứng thứ 3 về kim ngạch xuất khẩu trong các doanh nghiệp của tỉnh.

Thu nhập bình quân của lao động ngành giày năm 2024 ước đạt 8,7 triệu đồng/người/tháng, cao hơn 6,1% so với năm 2023. Dự kiến thưởng Tết Ất Tỵ 2025 bình quân khoảng 9,5 triệu đồng/người, mức cao nhất 45 triệu đồng/người.

Hiện các doanh nghiệp đã có đơn hàng đến hết quý II/2025, trong đó đơn hàng từ thị trường Hoa Kỳ chiếm khoảng 45%. Cả năm 2024, kim ngạch xuất khẩu giày dép, túi xách dự kiến đạt 1,3 tỷ USD, tăng 10,2% so với năm 2023. Năm 2025, tỉnh đặt mục tiêu thu hút thêm 2-3 dự án da giày với tổng vốn khoảng 150 triệu USD, tạo việc làm cho 8.000 lao động.

HÀ MY
"""

NOTES = [
    "Báo Hải Dương online: xuất khẩu giày dép, túi xách 11 tháng 2024, lao động by district, one company, income and Tết bonus, forecasts and 2025 targets.",
    "The '(BHD)' tag and the districts (Cẩm Giàng, Bình Giang, Thanh Miện) imply Hải Dương; the province is otherwise only 'tỉnh'.",
    "Headline '11 tháng' without a year takes 2024 (dateline). 'lần lượt là 18.200, 15.600 và 11.300 người' shares the indicator; the list (45.100) does not add up to 64.500: no total.",
    "'đạt 98,8% kế hoạch năm' is the percent of 1.186 triệu USD; 'chiếm khoảng 45%' after 'trong đó đơn hàng từ thị trường Hoa Kỳ' is a share of the orders (no amount stated): a percent figure.",
    "Status: 'Dự kiến thưởng Tết …' forecast continues into 'mức cao nhất'; 'đặt mục tiêu' target continues into 'tổng vốn' and 'tạo việc làm'.",
    "Not figures: 'Tết Ất Tỵ 2025', 'quý II/2025' (order horizon), 'Quốc lộ 5', '15:10', '(BHD)'.",
]

P11 = period("11 tháng năm 2024", "2024-01-01", "2024-11-30")
P25 = period("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    fig("gần 1,2 tỷ USD", "1,2", "money", "USD", B, approx="nearly", subject="xuất khẩu giày dép",
        period=period("11 tháng", "2024-01-01", "2024-11-30")),
    fig("ước đạt 1.186 triệu USD", "1.186", "money", "USD", M, percent=98.8, status="estimate",
        change=change("increase", 9.6, baseline="cùng kỳ"), subject="kim ngạch xuất khẩu giày dép, túi xách",
        period=P11),
    fig("có 23 doanh nghiệp", "23", "count", "doanh nghiệp", subject="doanh nghiệp giày dép"),
    fig("khoảng 64.500 lao động", "64.500", "count", "lao động", approx="about",
        subject="lao động doanh nghiệp giày dép"),
    fig("là 18.200,", "18.200", "count", "người", subject="số lao động doanh nghiệp giày dép",
        location="Cẩm Giàng"),
    fig("18.200, 15.600 và", "15.600", "count", "người", subject="số lao động doanh nghiệp giày dép",
        location="Bình Giang"),
    fig("và 11.300 người", "11.300", "count", "người", subject="số lao động doanh nghiệp giày dép",
        location="Thanh Miện"),
    fig("xuất khẩu 21,5 triệu đôi", "21,5", "count", "đôi", M, subject="giày xuất khẩu của công ty",
        period=period("Trong 11 tháng", "2024-01-01", "2024-11-30")),
    fig("đạt 348 triệu USD", "348", "money", "USD", M, subject="doanh thu của công ty",
        period=period("Trong 11 tháng", "2024-01-01", "2024-11-30")),
    fig("đứng thứ 3", "3", "rank", "hạng", subject="kim ngạch xuất khẩu trong các doanh nghiệp của tỉnh",
        period=period("Trong 11 tháng", "2024-01-01", "2024-11-30")),
    fig("ước đạt 8,7 triệu", "8,7", "money", "đồng/người/tháng", M, status="estimate",
        change=change("increase", 6.1, baseline="năm 2023"), subject="thu nhập bình quân của lao động ngành giày",
        period=period("năm 2024", "2024-01-01", "2024-12-31")),
    fig("khoảng 9,5 triệu đồng/người", "9,5", "money", "đồng/người", M, approx="about", status="forecast",
        subject="thưởng Tết bình quân"),
    fig("cao nhất 45 triệu đồng/người", "45", "money", "đồng/người", M, status="forecast",
        subject="mức thưởng Tết cao nhất"),
    fig("chiếm khoảng 45%", "45", "percent", "%", approx="about", subject="đơn hàng từ thị trường Hoa Kỳ"),
    fig("đạt 1,3 tỷ USD", "1,3", "money", "USD", B, status="forecast",
        change=change("increase", 10.2, baseline="năm 2023"), subject="kim ngạch xuất khẩu giày dép, túi xách",
        period=period("Cả năm 2024", "2024-01-01", "2024-12-31")),
    fig("thêm 2-3 dự án", "2", "count", "dự án", vmax="3", status="target", subject="dự án da giày thu hút thêm",
        period=P25),
    fig("khoảng 150 triệu USD", "150", "money", "USD", M, approx="about", status="target",
        subject="tổng vốn dự án da giày", period=P25),
    fig("cho 8.000 lao động", "8.000", "count", "lao động", status="target", subject="lao động được tạo việc làm",
        period=P25),
]

write("p1095-8", TEXT, NOTES, FIGS, published="2024-12-13", location="Hải Dương")
