"""p812-1: Sơn La province portal, mận hậu 2024."""
from lib import F, P, Y, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Cập nhật: 18/06/2024 09:45 | Lượt xem: 2.318

Sơn La: Mận hậu được mùa, sản lượng ước đạt 95.000 tấn

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2024 tỉnh Sơn La có 18.650 ha mận hậu, trong đó diện tích cho sản phẩm khoảng 15.200 ha. Các huyện có diện tích lớn là Mộc Châu (6.120 ha), Yên Châu (3.480 ha), Vân Hồ (2.950 ha) và Mai Sơn (2.210 ha).

Năm nay, nhờ thời tiết thuận lợi, năng suất bình quân ước đạt 6,2 tấn/ha, tăng 0,8 tấn/ha so với năm 2023; sản lượng ước đạt 95.000 tấn, tăng 12,5% so với năm trước. Tính đến ngày 15/6, các hộ đã thu hoạch gần 41.000 tấn, đạt 43,2% sản lượng dự kiến.

Giá mận hậu đầu vụ tại vườn dao động từ 15.000 đến 25.000 đồng/kg, cao hơn khoảng 5.000 đồng/kg so với cùng kỳ; mận đạt tiêu chuẩn VietGAP được thu mua với giá 30.000 đồng/kg.

Toàn tỉnh hiện có 1.145 ha mận được chứng nhận VietGAP, 14 mã số vùng trồng phục vụ xuất khẩu với diện tích 820 ha. Từ đầu năm đến nay, tỉnh đã xuất khẩu 1.250 tấn mận sang Úc, Nhật Bản và Singapore, gấp 1,6 lần cùng kỳ năm 2023.

Ngày hội Mận Mộc Châu lần thứ 3 dự kiến diễn ra từ ngày 22 đến 24/6 tại thị trấn Nông trường Mộc Châu, bên Quốc lộ 6, thu hút khoảng 30.000 lượt khách.

Tỉnh phấn đấu đến năm 2025 nâng diện tích mận hậu đạt chuẩn VietGAP lên 2.000 ha, giá trị sản xuất đạt trên 1.500 tỷ đồng/năm.

Sở NN&PTNT Sơn La, số 8 đường Tô Hiệu, TP Sơn La; điện thoại: 0212.3852.145.
"""

NOTES = [
    "Cổng TTĐT tỉnh Sơn La: mận hậu vụ 2024 — diện tích, năng suất, sản lượng, giá, VietGAP, mã số vùng trồng, xuất khẩu, ngày hội, mục tiêu 2025.",
    "Dateline 'Cập nhật: 18/06/2024 09:45' gives published; 'Lượt xem: 2.318', 'lần thứ 3', 'Quốc lộ 6', 'số 8 đường Tô Hiệu', phone are not figures.",
    "District list 'Các huyện có diện tích lớn là …' does not add up to 18.650 ha: no total; each item's district is its location.",
    "'Tính đến ngày 15/6' and 'Từ đầu năm đến nay' take 2024 from the dateline. Festival days 22-24/6 are the period of the visitor forecast.",
]

y24 = Y("Năm nay", 2024)
FIGS = [
    F("được mùa, sản lượng ước đạt 95.000 tấn", "95.000", 95000, "measure", "tấn", "sản lượng mận hậu", status="estimate"),
    F("năm 2024 tỉnh Sơn La có 18.650 ha", "18.650", 18650, "measure", "ha", "diện tích mận hậu", Y("năm 2024", 2024)),
    F("khoảng 15.200 ha", "15.200", 15200, "measure", "ha", "diện tích mận hậu cho sản phẩm", Y("năm 2024", 2024),
      approx="about", total=18650),
    F("Mộc Châu (6.120 ha)", "6.120", 6120, "measure", "ha", "diện tích mận hậu", I(Y("năm 2024", 2024)), location="Mộc Châu"),
    F("Yên Châu (3.480 ha)", "3.480", 3480, "measure", "ha", "diện tích mận hậu", I(Y("năm 2024", 2024)), location="Yên Châu"),
    F("Vân Hồ (2.950 ha)", "2.950", 2950, "measure", "ha", "diện tích mận hậu", I(Y("năm 2024", 2024)), location="Vân Hồ"),
    F("Mai Sơn (2.210 ha)", "2.210", 2210, "measure", "ha", "diện tích mận hậu", I(Y("năm 2024", 2024)), location="Mai Sơn"),
    F("ước đạt 6,2 tấn/ha", "6,2", 6.2, "measure", "tấn/ha", "năng suất bình quân mận hậu", y24,
      change=C("increase", 0.8, "tấn/ha", "năm 2023"), status="estimate"),
    F("95.000 tấn, tăng 12,5%", "95.000", 95000, "measure", "tấn", "sản lượng mận hậu", y24,
      change=C("increase", 12.5, "%", "năm trước"), status="estimate"),
    F("gần 41.000 tấn", "41.000", 41000, "measure", "tấn", "sản lượng mận hậu đã thu hoạch",
      P("Tính đến ngày 15/6", None, "2024-06-15"), approx="nearly", percent=43.2),
    F("từ 15.000 đến 25.000 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá mận hậu đầu vụ tại vườn",
      value_max=25000, change=C("increase", 5000, "đồng/kg", "cùng kỳ", "about")),
    F("giá 30.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá thu mua mận đạt tiêu chuẩn VietGAP"),
    F("có 1.145 ha", "1.145", 1145, "measure", "ha", "diện tích mận được chứng nhận VietGAP"),
    F("14 mã số vùng trồng", "14", 14, "count", "mã số vùng trồng", "mã số vùng trồng phục vụ xuất khẩu"),
    F("diện tích 820 ha", "820", 820, "measure", "ha", "diện tích mã số vùng trồng phục vụ xuất khẩu"),
    F("xuất khẩu 1.250 tấn", "1.250", 1250, "measure", "tấn", "mận xuất khẩu",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-06-18"), change=C("increase", 1.6, "lần", "cùng kỳ năm 2023")),
    F("khoảng 30.000 lượt khách", "30.000", 30000, "count", "lượt khách", "lượt khách Ngày hội Mận Mộc Châu",
      P("từ ngày 22 đến 24/6", "2024-06-22", "2024-06-24"), approx="about", status="forecast", location="Mộc Châu"),
    F("lên 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích mận hậu đạt chuẩn VietGAP",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("trên 1.500 tỷ đồng/năm", "1.500", 1.5e12, "money", "đồng/năm", "giá trị sản xuất mận hậu",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="target"),
]

if __name__ == "__main__":
    write("p812-1", TEXT, NOTES, FIGS, published="2024-06-18", location="Sơn La")
