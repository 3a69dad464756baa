"""p1457-6: national newspaper: a screw exporter in huyện Đức Hòa (Long An) fully booked; national exports (VAMI)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp

Thứ năm, 14/11/2024, 06:00 (GMT+7)

Doanh nghiệp ốc vít kín đơn hàng đến giữa năm sau

Đơn hàng xuất khẩu ốc vít sang Mỹ tăng mạnh khiến nhiều nhà máy ở Long An, Bình Dương chạy hết công suất, có nơi phải tuyển thêm công nhân.

Tại nhà máy của Công ty cổ phần Ốc vít Thành Lợi ở KCN Đức Hòa III (huyện Đức Hòa, Long An), 28 dây chuyền dập nguội và cán ren chạy ba ca mỗi ngày. Ông Lê Quang Vinh, Tổng giám đốc, cho biết 10 tháng đầu năm, công ty xuất khẩu 9.300 tấn ốc vít, doanh thu 38 triệu USD, gấp 1,5 lần cùng kỳ năm ngoái. Đơn hàng đã kín đến hết quý II/2025, chủ yếu là vít gỗ, vít bắn tôn và bu lông neo cỡ M10-M24.

Theo ông Vinh, giá xuất khẩu bình quân hiện khoảng 4.100 USD/tấn, giảm 5% so với năm 2023 do cạnh tranh với hàng Ấn Độ, Thái Lan. Công ty đang tuyển thêm 150 công nhân, lương khởi điểm 8,2 triệu đồng/tháng. Năm nay, doanh thu dự kiến đạt 46 triệu USD; năm 2025 công ty đặt mục tiêu nâng sản lượng lên 13.000 tấn.

"Khách Mỹ chuyển bớt đơn từ các nước bị áp thuế cao sang Việt Nam, nhưng yêu cầu truy xuất nguồn gốc thép rất chặt", ông Vinh nói.

Hiệp hội Doanh nghiệp cơ khí Việt Nam (VAMI) ước tính năm 2024 xuất khẩu ốc vít, bu lông của cả nước đạt 1,6-1,7 tỷ USD, tăng khoảng 20% so với năm trước. Long An hiện có 23 doanh nghiệp sản xuất ốc vít, bu lông, đứng thứ hai cả nước sau Bình Dương.

Hoàng Nam
"""

M10 = per("10 tháng đầu năm", "2024-01-01", "2024-10-31")
Y24n = per("Năm nay", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
DH, VN, LA = "Đức Hòa", "Việt Nam", "Long An"

FIGS = [
    fig("Long An), 28 dây chuyền", "28", 28, "count", "dây chuyền", subject="dây chuyền dập nguội và cán ren",
        location=DH),
    fig("chạy ba ca", "ba", 3, "measure", "ca/ngày", subject="ca chạy mỗi ngày của dây chuyền", location=DH,
        optional=True),
    fig("khẩu 9.300 tấn", "9.300", 9300, "measure", "tấn", subject="ốc vít công ty xuất khẩu", period=M10,
        location=DH),
    fig("thu 38 triệu", "38", 38e6, "money", "USD", change=chg("increase", 1.5, "lần", "cùng kỳ năm ngoái"),
        subject="doanh thu của công ty", period=M10, location=DH),
    fig("khoảng 4.100 USD/tấn", "4.100", 4100, "money", "USD/tấn", approx="about",
        change=chg("decrease", 5, "%", "năm 2023"), subject="giá xuất khẩu bình quân", location=DH),
    fig("thêm 150 công nhân", "150", 150, "count", "công nhân", subject="công nhân công ty đang tuyển thêm",
        location=DH),
    fig("điểm 8,2 triệu", "8,2", 8.2e6, "money", "đồng/tháng", subject="lương khởi điểm", location=DH),
    fig("đạt 46 triệu", "46", 46e6, "money", "USD", status="forecast", subject="doanh thu", period=Y24n,
        location=DH),
    fig("lên 13.000 tấn", "13.000", 13000, "measure", "tấn", status="target", subject="sản lượng công ty",
        period=Y25, location=DH),
    fig("đạt 1,6-1,7 tỷ", "1,6", 1.6e9, "money", "USD", value_max=1.7e9, status="estimate",
        change=chg("increase", 20, "%", "năm trước", approx="about"),
        subject="xuất khẩu ốc vít, bu lông của cả nước", period=Y24, location=VN),
    fig("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất ốc vít, bu lông",
        location=LA),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="doanh nghiệp sản xuất ốc vít, bu lông", location=LA),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ năm, 14/11/2024, 06:00 (GMT+7)' (published), sapo, quote, byline at the end.",
    "The factory is placed in huyện Đức Hòa (Long An): its figures → Đức Hòa. VAMI's national estimate → Việt Nam; the 23 firms and rank → Long An.",
    "'chạy ba ca mỗi ngày' (shifts per day) is a working pattern rather than a statistic: optional.",
    "'10 tháng đầu năm' takes 2024 (the dateline). '38 triệu USD, gấp 1,5 lần cùng kỳ năm ngoái' → change ×1,5 (lần).",
    "'giá … hiện khoảng 4.100 USD/tấn, giảm 5% so với năm 2023' → money rate with change; 'hiện' → no period.",
    "'Năm nay, doanh thu dự kiến đạt 46 triệu USD' → forecast, 2024. 'năm 2025 công ty đặt mục tiêu … 13.000 tấn' → target.",
    "'VAMI ước tính năm 2024 … đạt 1,6-1,7 tỷ USD, tăng khoảng 20%' → estimate, range, change about 20%.",
    "'đứng thứ hai cả nước' → rank 2 (number word), located in the ranked province.",
    "Distractors: 06:00, GMT+7, 'KCN Đức Hòa III', 'quý II/2025', 'cỡ M10-M24' (a size range, not a figure), 'năm ngoái', 'năm trước'.",
]

if __name__ == "__main__":
    write("p1457-6", TEXT, NOTES, FIGS, published="2024-11-14", location="Long An")
