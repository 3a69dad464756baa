"""p1053-1: province portal, Bà Rịa - Vũng Tàu, 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Cảng Cái Mép - Thị Vải đón hơn 5 triệu TEU trong 9 tháng
Cập nhật: 08/10/2024 09:15 | Lượt xem: 2.314

(Cổng TTĐT) - Theo Sở Giao thông vận tải, 9 tháng đầu năm 2024, tổng sản lượng hàng hóa thông qua các cảng biển trên địa bàn tỉnh Bà Rịa - Vũng Tàu ước đạt 89,6 triệu tấn, tăng 14,2% so với cùng kỳ và đạt 78% kế hoạch năm. Trong đó, hàng container ước đạt 5,82 triệu TEU, tăng 21,5% so với cùng kỳ năm 2023.

Riêng cụm cảng Cái Mép - Thị Vải tiếp nhận 5,37 triệu TEU, chiếm khoảng 92% sản lượng container toàn tỉnh. Các bến có sản lượng lớn nhất lần lượt là Gemalink (1,52 triệu TEU), TCIT (1,31 triệu TEU) và CMIT (0,98 triệu TEU). Sản lượng container của cụm cảng hiện gấp khoảng 2,4 lần năm 2019.

Số lượt tàu cập cảng đạt 14.250 lượt, trong đó có 612 lượt tàu mẹ trọng tải trên 100.000 DWT. Hiện tỉnh có 48 cảng biển đang hoạt động, trong đó 7 cảng có khả năng tiếp nhận tàu container trọng tải đến 250.000 DWT.

Thu ngân sách từ hoạt động xuất nhập khẩu qua các cửa khẩu cảng biển ước đạt 21.450 tỷ đồng, bằng 83% dự toán.

Để giảm ùn tắc trên Quốc lộ 51 và đường liên cảng, UBND tỉnh đang đẩy nhanh các dự án giao thông kết nối theo Quyết định số 1579/QĐ-TTg. Mục tiêu cả năm 2024, sản lượng hàng hóa thông qua đạt 115 triệu tấn, trong đó container đạt 7,8 triệu TEU.

Tin, ảnh: Minh Tâm
"""

LOC = "Bà Rịa - Vũng Tàu"
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đón hơn 5 triệu TEU", "5", 5e6, "measure", "TEU", approx="over",
      subject="sản lượng container qua cảng Cái Mép - Thị Vải",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("ước đạt 89,6 triệu tấn", "89,6", 89.6e6, "measure", "tấn", percent=78,
      change=C("+", 14.2, baseline="cùng kỳ"), status="estimate",
      subject="tổng sản lượng hàng hóa thông qua các cảng biển", period=M9),
    F("ước đạt 5,82 triệu TEU", "5,82", 5.82e6, "measure", "TEU",
      change=C("+", 21.5, baseline="cùng kỳ năm 2023"), status="estimate",
      subject="sản lượng hàng container thông qua các cảng biển", period=I(M9)),
    F("tiếp nhận 5,37 triệu TEU", "5,37", 5.37e6, "measure", "TEU", percent=92,
      subject="sản lượng container cụm cảng Cái Mép - Thị Vải", period=I(M9)),
    F("Gemalink (1,52 triệu TEU)", "1,52", 1.52e6, "measure", "TEU",
      subject="sản lượng container bến Gemalink", period=I(M9)),
    F("TCIT (1,31 triệu TEU)", "1,31", 1.31e6, "measure", "TEU",
      subject="sản lượng container bến TCIT", period=I(M9)),
    F("CMIT (0,98 triệu TEU)", "0,98", 0.98e6, "measure", "TEU",
      subject="sản lượng container bến CMIT", period=I(M9)),
    F("gấp khoảng 2,4 lần", "2,4", 2.4, "multiple", "lần", approx="about",
      subject="sản lượng container của cụm cảng so với năm 2019"),
    F("đạt 14.250 lượt", "14.250", 14250, "count", "lượt tàu",
      subject="lượt tàu cập cảng", period=I(M9)),
    F("có 612 lượt tàu mẹ", "612", 612, "count", "lượt tàu", total=14250,
      subject="lượt tàu mẹ trọng tải trên 100.000 DWT cập cảng", period=I(M9)),
    F("trên 100.000 DWT", "100.000", 100000, "measure", "DWT", approx="over", optional=True),
    F("có 48 cảng biển", "48", 48, "count", "cảng biển", subject="cảng biển đang hoạt động"),
    F("7 cảng có khả năng", "7", 7, "count", "cảng", total=48,
      subject="cảng có khả năng tiếp nhận tàu container trọng tải đến 250.000 DWT"),
    F("đến 250.000 DWT", "250.000", 250000, "measure", "DWT", approx="at_most", optional=True),
    F("ước đạt 21.450 tỷ đồng", "21.450", 21450e9, "money", "đồng", percent=83, status="estimate",
      subject="thu ngân sách từ hoạt động xuất nhập khẩu qua các cửa khẩu cảng biển", period=I(M9)),
    F("đạt 115 triệu tấn", "115", 115e6, "measure", "tấn", status="target",
      subject="sản lượng hàng hóa thông qua", period=Y24),
    F("đạt 7,8 triệu TEU", "7,8", 7.8e6, "measure", "TEU", status="target",
      subject="sản lượng container thông qua", period=Y24),
]

COMMENTS = [
    "Province portal (Bà Rịa - Vũng Tàu): container and cargo throughput of the seaports, 9 months 2024.",
    "Distractors: breadcrumb, 'Cập nhật: 08/10/2024 09:15', 'Lượt xem: 2.314', 'Quốc lộ 51', 'Quyết định số 1579/QĐ-TTg', 'năm 2019' (baseline).",
    "TEU and tấn are units of measure (kind measure); ship calls are counts. 5,82 triệu TEU after 'Trong đó' has no total: the whole counts tấn.",
    "5,37 triệu TEU: 'Riêng' is no part-of cue, so no total; its share 'chiếm khoảng 92%' is its percent.",
    "'gấp khoảng 2,4 lần năm 2019' stands as its own claim (no base amount in the sentence): a multiple. DWT thresholds are optional.",
]

if __name__ == "__main__":
    write("p1053-1", TEXT, FIGS, COMMENTS, published="2024-10-08", location=LOC)
