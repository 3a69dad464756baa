"""p1101-6: national newspaper (VnExpress style), TP HCM e-bus expansion, June 2024."""
from lib import build, fig, period, inherit, change, target

TEXT = """Thời sự › Giao thông

Thứ năm, 13/6/2024, 06:00 (GMT+7)

TP HCM sẽ có thêm 180 xe buýt điện trong năm nay

Trong 6 tháng cuối năm, thành phố dự kiến đưa thêm 180 xe buýt điện vào khai thác trên 6 tuyến, nâng tổng số lên khoảng 330 xe, chiếm hơn 15% đoàn xe buýt.

Theo Sở Giao thông vận tải, hiện thành phố có 148 xe buýt điện trên 9 tuyến, trong đó tuyến D4 (Vinhomes Grand Park - Bến xe buýt Sài Gòn) có 32 xe. 6 tháng đầu năm, các tuyến xe buýt điện phục vụ khoảng 4,2 triệu lượt khách, tăng 36% so với cùng kỳ năm ngoái, trong khi toàn mạng lưới xe buýt chỉ tăng 5,8%.

Giá vé xe buýt điện giữ ở mức 6.000-7.000 đồng/lượt như xe buýt thường. Mỗi xe có giá khoảng 4,5 tỷ đồng, cao gấp 1,8 lần xe chạy dầu cùng cỡ, song chi phí năng lượng chỉ khoảng 1.600 đồng/km, bằng 40% xe chạy dầu.

Toàn thành phố hiện có khoảng 5.800 cổng sạc công cộng tại hơn 650 địa điểm. Các depot xe buýt ở TP Thủ Đức, quận Bình Tân và huyện Củ Chi có tổng cộng 94 trụ sạc, đủ sạc đồng thời 188 xe. Cả nước hiện có khoảng 1.100 xe buýt điện, theo Bộ Giao thông vận tải.

Theo đề án chuyển đổi xe buýt sang năng lượng xanh, giai đoạn 2025-2030 TP HCM phấn đấu thay mới 2.287 xe buýt bằng xe điện với tổng vốn dự kiến trên 10.000 tỷ đồng; đến năm 2030, 100% xe buýt sử dụng điện, năng lượng xanh.

Gia Minh
"""

H2 = period("Trong 6 tháng cuối năm", "2024-07-01", "2024-12-31")
P2530 = period("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
FIGS = [
    fig("thêm 180 xe buýt điện trong năm nay", "180", 180, "count", "xe buýt điện", "xe buýt điện đưa thêm vào khai thác",
        status="forecast", period=period("trong năm nay", "2024-01-01", "2024-12-31")),
    fig("đưa thêm 180 xe buýt điện", "180", 180, "count", "xe buýt điện", "xe buýt điện đưa thêm vào khai thác",
        status="forecast", period=H2),
    fig("trên 6 tuyến", "6", 6, "count", "tuyến", "tuyến xe buýt điện", status="forecast", period=H2),
    fig("khoảng 330 xe", "330", 330, "count", "xe", "tổng số xe buýt điện", approx="about", percent=15,
        status="forecast", period=H2),
    fig("có 148 xe buýt điện", "148", 148, "count", "xe buýt điện", "xe buýt điện"),
    fig("trên 9 tuyến", "9", 9, "count", "tuyến", "tuyến xe buýt điện"),
    fig("có 32 xe", "32", 32, "count", "xe", "xe buýt điện tuyến D4", total=148),
    fig("khoảng 4,2 triệu lượt khách", "4,2", 4.2e6, "count", "lượt khách",
        "lượt khách các tuyến xe buýt điện phục vụ", approx="about",
        change=change("increase", 36, "%", "cùng kỳ năm ngoái"),
        period=period("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    fig("chỉ tăng 5,8%", "5,8", 5.8, "percent", "%", "lượt khách toàn mạng lưới xe buýt tăng",
        period=period("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    fig("6.000-7.000 đồng/lượt", "6.000", 6000, "money", "đồng/lượt", "giá vé xe buýt điện", value_max=7000),
    fig("khoảng 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "giá mỗi xe buýt điện", approx="about",
        change=change("increase", 1.8, "lần", "xe chạy dầu cùng cỡ")),
    fig("khoảng 1.600 đồng/km", "1.600", 1600, "money", "đồng/km", "chi phí năng lượng xe buýt điện",
        approx="about", percent=40),
    fig("khoảng 5.800 cổng sạc", "5.800", 5800, "count", "cổng sạc", "cổng sạc công cộng", approx="about"),
    fig("hơn 650 địa điểm", "650", 650, "count", "địa điểm", "địa điểm có cổng sạc công cộng", approx="over"),
    fig("cộng 94 trụ sạc", "94", 94, "count", "trụ sạc", "trụ sạc tại các depot xe buýt"),
    fig("đồng thời 188 xe", "188", 188, "count", "xe", "xe sạc đồng thời tại depot"),
    fig("khoảng 1.100 xe buýt điện", "1.100", 1100, "count", "xe buýt điện", "xe buýt điện cả nước",
        approx="about", location="Việt Nam"),
    fig("thay mới 2.287 xe buýt", "2.287", 2287, "count", "xe buýt", "xe buýt thay mới bằng xe điện",
        status="target", period=P2530),
    fig("trên 10.000 tỷ đồng", "10.000", 1e13, "money", "đồng", "tổng vốn thay mới xe buýt điện",
        approx="over", status="forecast", period=P2530),
    fig("100% xe buýt", "100", 100, "percent", "%", "xe buýt sử dụng điện, năng lượng xanh", status="target",
        period=period("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "VnExpress style (Thứ năm, 13/6/2024, 06:00 (GMT+7)): TP HCM thêm xe buýt điện, trạm sạc, đề án 2025-2030.",
    "Year-less 'trong năm nay', '6 tháng cuối năm', '6 tháng đầu năm' take 2024 (dateline). '… 148 xe buýt điện trên 9",
    "tuyến, trong đó tuyến D4 … có 32 xe': the whole is 148 xe (same thing), not the 9 tuyến just before the cue.",
    "'toàn mạng lưới xe buýt chỉ tăng 5,8%' is a growth rate standing as its own claim (percent, no change).",
    "'cao gấp 1,8 lần xe chạy dầu' follows 4,5 tỷ đồng: its change (unit lần); 'bằng 40% xe chạy dầu' the percent of 1.600",
    "đồng/km. The depot list (Thủ Đức, Bình Tân, Củ Chi) names three places, so 94 trụ sạc stays TP Hồ Chí Minh. The",
    "national 1.100 xe is Việt Nam. 'tổng vốn dự kiến' → forecast inside a 'phấn đấu' sentence. Distractors: D4 route code,",
    "dateline time, GMT+7. 'trên 6 tuyến', 'trên 9 tuyến' mean 'on' (exact); 'trên 10.000 tỷ đồng' is over.",
]

build("p1101-6", TEXT, FIGS, NOTES, published="2024-06-13", location="TP Hồ Chí Minh")
