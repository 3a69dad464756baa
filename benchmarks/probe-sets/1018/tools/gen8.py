"""p1018-8: provincial newspaper online (Báo Bình Phước, tag (BPO) -) - Đồng Xoài gắn biển số nhà năm 2024."""
from lib import F, P, I, CH, TG, write

TEXT = """
Đô thị - Xây dựng

Đồng Xoài gắn gần 12.000 biển số nhà

Thứ Ba, 14/01/2025 | 09:20

(BPO) - Năm 2024, TP. Đồng Xoài đã gắn 11.860 biển số nhà, vượt 18,6% kế hoạch, tăng 2.430 biển so với năm 2023. Trong đó, nhiều nhất là các phường Tân Phú (2.940 biển), Tân Bình (2.615 biển) và Tân Đồng (2.180 biển).

Theo Phòng Quản lý đô thị thành phố, hiện Đồng Xoài có 356 tuyến đường đã được đặt tên, chiếm 71,2% tổng số tuyến đủ điều kiện; trong đó 248 tuyến đã gắn đủ biển tên đường. Trên các tuyến Quốc lộ 14, ĐT.741 và đường Phú Riềng Đỏ, số nhà được đánh theo nguyên tắc số lẻ bên trái, số chẵn bên phải, khoảng cách giữa hai số liền kề là 5 m.

Kinh phí gắn biển số nhà năm 2024 hơn 1,2 tỷ đồng, bình quân khoảng 101.000 đồng/biển, chủ yếu do người dân đóng góp. Riêng 426 hộ nghèo, hộ chính sách được thành phố hỗ trợ 100% chi phí.

Bà Lê Thị Tư, ngụ Khu phố 3, phường Tân Phú, chia sẻ: "Nhà tôi ở số 688 đường Phú Riềng Đỏ, trước đây có 2 số nhà khác nhau nên giấy tờ hay nhầm lẫn, nay đã thống nhất".

Năm 2025, thành phố phấn đấu đặt tên thêm 40 tuyến đường, gắn 8.000 biển số nhà; tổng kinh phí dự kiến khoảng 950 triệu đồng. Từ ngày 1/7/2025, việc quản lý số nhà sẽ được tích hợp vào cơ sở dữ liệu dân cư theo Đề án 06.

Minh Luân
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
WARD = "biển số nhà đã gắn"

FIGS = [
    F("gần 12.000 biển", "12.000", 12000, "count", "biển số nhà", "biển số nhà đã gắn", approx="nearly"),
    F("gắn 11.860 biển", "11.860", 11860, "count", "biển số nhà", "biển số nhà đã gắn",
      change=CH("increase", 18.6, baseline="kế hoạch"), period=Y24),
    F("tăng 2.430 biển", "2.430", 2430, "count", "biển", "số biển số nhà tăng so với năm 2023",
      period=Y24, optional=True),
    F("(2.940 biển)", "2.940", 2940, "count", "biển", WARD, total=11860, period=I(Y24)),
    F("(2.615 biển)", "2.615", 2615, "count", "biển", WARD, total=11860, period=I(Y24)),
    F("(2.180 biển)", "2.180", 2180, "count", "biển", WARD, total=11860, period=I(Y24)),
    F("có 356 tuyến", "356", 356, "count", "tuyến đường", "tuyến đường đã được đặt tên", percent=71.2),
    F("248 tuyến", "248", 248, "count", "tuyến", "tuyến đã gắn đủ biển tên đường", total=356),
    F("là 5 m", "5", 5, "measure", "m", "khoảng cách giữa hai số nhà liền kề", optional=True),
    F("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", "kinh phí gắn biển số nhà", approx="over", period=Y24),
    F("khoảng 101.000", "101.000", 101000, "money", "đồng/biển", "kinh phí gắn biển số nhà bình quân",
      approx="about", period=Y24),
    F("Riêng 426 hộ", "426", 426, "count", "hộ", "hộ nghèo, hộ chính sách được hỗ trợ chi phí"),
    F("hỗ trợ 100% chi phí", "100", 100, "percent", "%", "mức hỗ trợ chi phí gắn biển số nhà cho hộ nghèo, hộ chính sách"),
    F("có 2 số nhà", "2", 2, "count", "số nhà", "số nhà khác nhau của một căn nhà", optional=True),
    F("thêm 40 tuyến", "40", 40, "count", "tuyến đường", "tuyến đường đặt tên thêm", status="target", period=Y25),
    F("gắn 8.000 biển", "8.000", 8000, "count", "biển số nhà", "biển số nhà gắn", status="target", period=Y25),
    F("khoảng 950 triệu", "950", 950e6, "money", "đồng", "tổng kinh phí", approx="about", status="forecast",
      period=Y25),
]

NOTES = [
    "Báo Bình Phước online, tag '(BPO) -', headline figure without a year: Đồng Xoài gắn biển số nhà năm 2024; targets 2025.",
    "Not figures: 09:20, Quốc lộ 14, ĐT.741, đường Phú Riềng Đỏ, bà Lê Thị Tư (a name), Khu phố 3, số 688 (address),",
    "'Từ ngày 1/7/2025', 'Đề án 06'. 11.860 biển carries two changes: the first ('vượt 18,6% kế hoạch', a gap to the plan,",
    "baseline kế hoạch) is its change, the second ('tăng 2.430 biển so với năm 2023') a figure of its own, optional.",
    "The ward list after 'Trong đó' gets total 11.860 (a trong đó part needs no adding up); wards lie in Đồng Xoài.",
    "Rule parameter 'khoảng cách … là 5 m' and the quote's '2 số nhà' are optional. 'hiện' gives 356/248 no period.",
    "'phấn đấu' → target for 40 tuyến and 8.000 biển; 'tổng kinh phí dự kiến' → forecast.",
]

write(8, TEXT, FIGS, NOTES, published="2025-01-14", location="Đồng Xoài")
