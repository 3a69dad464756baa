"""p1101-1: Quảng Ninh province portal, e-bus results in the first half of 2024."""
from lib import build, fig, period, inherit, change, target

TEXT = """Cổng thông tin điện tử tỉnh Quảng Ninh
Trang chủ > Tin tức > Giao thông - Vận tải

Xe buýt điện phục vụ hơn 1,3 triệu lượt khách trong 6 tháng

Cập nhật: 12/07/2024 15:42 | Lượt xem: 2.365

Theo Sở Giao thông vận tải, 6 tháng đầu năm 2024, các tuyến xe buýt điện trên địa bàn tỉnh đã vận chuyển hơn 1,3 triệu lượt hành khách, tăng 18,6% so với cùng kỳ năm 2023, đạt 54% kế hoạch năm. Riêng quý II/2024 đạt 720.000 lượt khách. Tổng số chuyến xe thực hiện là 52.400 chuyến; hệ số sử dụng ghế bình quân khoảng 62%.

Hiện toàn tỉnh có 7 tuyến xe buýt điện với 86 xe đang hoạt động, trong đó thành phố Hạ Long 4 tuyến, Cẩm Phả 2 tuyến và Uông Bí 1 tuyến. Tần suất chạy xe 15-20 phút/chuyến, thời gian hoạt động từ 5h30 đến 21h00 hằng ngày. Giá vé 10.000 đồng/lượt với tuyến nội thành và 20.000-25.000 đồng/lượt với tuyến liên huyện; học sinh, sinh viên được giảm 50% giá vé tháng.

Về hạ tầng, doanh nghiệp vận tải đã đầu tư 3 depot với 64 trụ sạc, tổng công suất gần 9.600 kW. Mỗi xe sạc đầy trong khoảng 2 giờ, chạy được 220-250 km. Trên địa bàn tỉnh hiện có 112 trạm sạc công cộng cho ô tô điện, tập trung dọc Quốc lộ 18 và cao tốc Hạ Long - Vân Đồn.

Theo tính toán, xe buýt điện đã giúp giảm phát thải khoảng 1.450 tấn CO2 trong nửa đầu năm 2024.

Thực hiện Kế hoạch số 145/KH-UBND ngày 15/6/2023 của UBND tỉnh, năm 2024 Quảng Ninh phấn đấu vận chuyển 2,4 triệu lượt khách bằng xe buýt điện; đến năm 2025 có ít nhất 10 tuyến xe buýt điện và 100% xe buýt đầu tư mới sử dụng điện, năng lượng xanh.

Tin liên quan:
- Khai trương tuyến xe buýt điện thứ 7 kết nối Hạ Long - Cẩm Phả (02/04/2024)
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FIGS = [
    fig("hơn 1,3 triệu lượt khách trong 6 tháng", "1,3", 1.3e6, "count", "lượt khách",
        "lượt khách xe buýt điện phục vụ", approx="over",
        period=period("trong 6 tháng", "2024-01-01", "2024-06-30")),
    fig("hơn 1,3 triệu lượt hành khách", "1,3", 1.3e6, "count", "lượt hành khách",
        "lượt hành khách các tuyến xe buýt điện vận chuyển", approx="over", percent=54,
        change=change("increase", 18.6, "%", "cùng kỳ năm 2023"), period=H1),
    fig("đạt 720.000 lượt khách", "720.000", 720000, "count", "lượt khách",
        "lượt khách xe buýt điện quý II", period=period("quý II/2024", "2024-04-01", "2024-06-30")),
    fig("là 52.400 chuyến", "52.400", 52400, "count", "chuyến", "chuyến xe thực hiện", period=inherit(H1)),
    fig("khoảng 62%", "62", 62, "percent", "%", "hệ số sử dụng ghế bình quân", approx="about", period=inherit(H1)),
    fig("có 7 tuyến", "7", 7, "count", "tuyến", "tuyến xe buýt điện"),
    fig("với 86 xe", "86", 86, "count", "xe", "xe buýt điện đang hoạt động"),
    fig("Hạ Long 4 tuyến", "4", 4, "count", "tuyến", "tuyến xe buýt điện", total=7, location="Hạ Long"),
    fig("Cẩm Phả 2 tuyến", "2", 2, "count", "tuyến", "tuyến xe buýt điện", total=7, location="Cẩm Phả"),
    fig("Uông Bí 1 tuyến", "1", 1, "count", "tuyến", "tuyến xe buýt điện", total=7, location="Uông Bí"),
    fig("15-20 phút/chuyến", "15", 15, "measure", "phút/chuyến", "tần suất chạy xe", value_max=20),
    fig("vé 10.000 đồng/lượt", "10.000", 10000, "money", "đồng/lượt", "giá vé tuyến nội thành"),
    fig("20.000-25.000 đồng/lượt", "20.000", 20000, "money", "đồng/lượt", "giá vé tuyến liên huyện",
        value_max=25000),
    fig("giảm 50% giá vé tháng", "50", 50, "percent", "%", "mức giảm giá vé tháng cho học sinh, sinh viên"),
    fig("3 depot", "3", 3, "count", "depot", "depot xe buýt điện"),
    fig("64 trụ sạc", "64", 64, "count", "trụ sạc", "trụ sạc tại depot"),
    fig("gần 9.600 kW", "9.600", 9600, "measure", "kW", "tổng công suất trụ sạc", approx="nearly"),
    fig("khoảng 2 giờ", "2", 2, "measure", "giờ", "thời gian sạc đầy mỗi xe", approx="about"),
    fig("220-250 km", "220", 220, "measure", "km", "quãng đường xe chạy được sau mỗi lần sạc", value_max=250),
    fig("có 112 trạm sạc", "112", 112, "count", "trạm sạc", "trạm sạc công cộng cho ô tô điện"),
    fig("khoảng 1.450 tấn CO2", "1.450", 1450, "measure", "tấn CO2", "lượng phát thải CO2 giảm nhờ xe buýt điện",
        approx="about", period=period("nửa đầu năm 2024", "2024-01-01", "2024-06-30")),
    fig("vận chuyển 2,4 triệu lượt khách", "2,4", 2.4e6, "count", "lượt khách",
        "lượt khách vận chuyển bằng xe buýt điện", status="target",
        period=period("năm 2024", "2024-01-01", "2024-12-31")),
    fig("ít nhất 10 tuyến", "10", 10, "count", "tuyến", "tuyến xe buýt điện", approx="at_least",
        status="target", period=period("đến năm 2025", None, "2025-12-31")),
    fig("100% xe buýt đầu tư mới", "100", 100, "percent", "%",
        "xe buýt đầu tư mới sử dụng điện, năng lượng xanh", status="target",
        period=period("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "Cổng TTĐT tỉnh Quảng Ninh: xe buýt điện 6 tháng đầu năm 2024 (lượt khách, tuyến, xe, giá vé, trụ sạc, CO2, mục tiêu).",
    "Headline '6 tháng' has no year: taken from published (2024). 'trong đó … 4 tuyến …' parts total the 7 tuyến",
    "(same thing counted), not the 86 xe that stands right before the cue. Distractors: Lượt xem, 5h30/21h00, Quốc lộ 18,",
    "Kế hoạch số 145/KH-UBND, 'tuyến xe buýt điện thứ 7' (ordinal), dates.",
]

build("p1101-1", TEXT, FIGS, NOTES, published="2024-07-12", location="Quảng Ninh")
