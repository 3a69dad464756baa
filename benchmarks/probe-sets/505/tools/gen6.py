"""p505-6: national press — Hà Nội urban water: losses, capacity, demand, complaints, tariff (7/2024)."""
from lib import emit, fig, per, inh, ch, tg

TEXT = """Thời sự › Dân sinh

Thứ năm, 11/7/2024, 06:30 (GMT+7)

Hà Nội thất thoát gần 16% lượng nước sạch

Tỷ lệ thất thoát, thất thu nước sạch trên địa bàn Hà Nội năm 2023 là 15,8%, tương đương khoảng 110 triệu m³ nước, theo Sở Xây dựng.

Báo cáo của Sở Xây dựng gửi HĐND thành phố cho biết, Hà Nội hiện có 15 đơn vị cấp nước với tổng công suất khoảng 2,3 triệu m³/ngày đêm. Tỷ lệ dân số đô thị được cấp nước sạch đạt 100%, khu vực nông thôn đạt 80,5%.

Mùa nắng nóng, nhu cầu dùng nước tăng lên khoảng 2,1 triệu m³/ngày đêm. Lượng nước tiêu thụ vào những ngày đỉnh điểm cao gấp 1,3 lần ngày thường.

Nhà máy nước mặt sông Đuống giai đoạn 1 công suất 300.000 m³/ngày đêm đang cấp cho các quận, huyện phía đông; dự kiến năm 2025 nâng lên 600.000 m³/ngày đêm. Tuyến ống nước sông Đà 2 dài 47 km đang được thi công dọc Đại lộ Thăng Long.

6 tháng đầu năm 2024, đường dây nóng của Sở nhận 1.240 phản ánh về cấp nước, tăng 22% so với cùng kỳ; trong đó 386 phản ánh về chất lượng nước, chủ yếu tại quận Hoàng Mai và huyện Thanh Trì.

Giá nước sinh hoạt bậc 1 hiện là 8.500 đồng/m³, bậc cao nhất 27.000 đồng/m³, chưa điều chỉnh kể từ năm 2013.

Theo quy hoạch cấp nước Thủ đô, đến năm 2030 tổng nhu cầu dùng nước dự báo khoảng 2,9 triệu m³/ngày đêm; tỷ lệ thất thoát phấn đấu giảm xuống dưới 12%.

Võ Hải
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("gần 16%", "16", 16, "percent", "%", "tỷ lệ thất thoát nước sạch", inh(Y23), approx="nearly"),
    fig("là 15,8%", "15,8", 15.8, "percent", "%", "tỷ lệ thất thoát, thất thu nước sạch", Y23),
    fig("khoảng 110 triệu m³", "110", 110e6, "measure", "m³", "lượng nước thất thoát, thất thu", Y23, approx="about"),
    fig("có 15 đơn vị", "15", 15, "count", "đơn vị cấp nước", "đơn vị cấp nước"),
    fig("khoảng 2,3 triệu m³/ngày đêm", "2,3", 2.3e6, "measure", "m³/ngày đêm", "tổng công suất các đơn vị cấp nước",
        approx="about"),
    fig("đạt 100%", "100", 100, "percent", "%", "tỷ lệ dân số đô thị được cấp nước sạch"),
    fig("đạt 80,5%", "80,5", 80.5, "percent", "%", "tỷ lệ dân số khu vực nông thôn được cấp nước sạch"),
    fig("khoảng 2,1 triệu m³/ngày đêm", "2,1", 2.1e6, "measure", "m³/ngày đêm", "nhu cầu dùng nước mùa nắng nóng",
        approx="about"),
    fig("gấp 1,3 lần", "1,3", 1.3, "multiple", "lần", "lượng nước tiêu thụ ngày đỉnh điểm so với ngày thường"),
    fig("công suất 300.000 m³/ngày đêm", "300.000", 300000, "measure", "m³/ngày đêm",
        "công suất nhà máy nước mặt sông Đuống giai đoạn 1"),
    fig("lên 600.000 m³/ngày đêm", "600.000", 600000, "measure", "m³/ngày đêm", "công suất nhà máy nước mặt sông Đuống",
        per("năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
    fig("dài 47 km", "47", 47, "measure", "km", "tuyến ống nước sông Đà 2"),
    fig("nhận 1.240 phản ánh", "1.240", 1240, "count", "phản ánh", "phản ánh về cấp nước đường dây nóng nhận", H1,
        change=ch("increase", 22, baseline="cùng kỳ")),
    fig("386 phản ánh", "386", 386, "count", "phản ánh", "phản ánh về chất lượng nước", H1, total=1240),
    fig("8.500 đồng/m³", "8.500", 8500, "money", "đồng/m³", "giá nước sinh hoạt bậc 1"),
    fig("27.000 đồng/m³", "27.000", 27000, "money", "đồng/m³", "giá nước sinh hoạt bậc cao nhất"),
    fig("khoảng 2,9 triệu m³/ngày đêm", "2,9", 2.9e6, "measure", "m³/ngày đêm", "tổng nhu cầu dùng nước", T30,
        approx="about", status="forecast"),
    fig("dưới 12%", "12", 12, "percent", "%", "tỷ lệ thất thoát", T30, approx="under", status="target"),
]

COMMENTS = [
    "National press (invented): Hà Nội urban water supply. 'Thứ năm, 11/7/2024, 06:30 (GMT+7)' = published; byline at the end.",
    "Not figures: '(GMT+7)', 'giai đoạn 1', 'sông Đà 2' (a name), 'bậc 1' (tariff tier name), 'kể từ năm 2013', Đại lộ Thăng Long.",
    "'tương đương khoảng 110 triệu m³' is an equivalent amount, its own measure figure (as shared h01 treats 'tương đương …').",
    "'cao gấp 1,3 lần ngày thường' stands alone as the claim: multiple. 'dự kiến năm 2025 nâng lên 600.000' forecast, period year 2025.",
    "386 after 'trong đó' is a part of 1.240 phản ánh (total); its location stays Hà Nội (two districts named, neither alone).",
    "'đến năm 2030 … dự báo khoảng 2,9 triệu' forecast; '… phấn đấu giảm xuống dưới 12%' (the level to reach) target, approx under.",
    "Headline 'gần 16%' inherits năm 2023 from the lead; 'hiện có' / 'Mùa nắng nóng' sentences have no period.",
]

if __name__ == "__main__":
    emit("p505-6", TEXT, COMMENTS, FIGS, published="2024-07-11", location="Hà Nội")
