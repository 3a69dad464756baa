"""p813-7: department site (Sở VHTTDL Sơn La), no dateline: tourism on the Sơn La hydropower reservoir, one-cell-per-line table."""
from lib import F, period, inherit, change, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH SƠN LA
Trang chủ / Tin tức / Du lịch

Phát triển du lịch lòng hồ thủy điện Sơn La

Lòng hồ thủy điện Sơn La trải dài trên 4 huyện Quỳnh Nhai, Mường La, Thuận Châu, Bắc Yên với diện tích mặt nước khoảng 22.400 ha. 9 tháng năm 2024, các điểm du lịch lòng hồ đón 168.000 lượt khách, tăng 31% so với cùng kỳ năm 2023, đạt 84% kế hoạch năm; tổng thu ước đạt 126 tỷ đồng.

Hiện lòng hồ có 137 phương tiện thủy chở khách được cấp giấy chứng nhận an toàn kỹ thuật, 9 bến thủy nội địa được cấp phép và 2 câu lạc bộ chèo thuyền kayak tại huyện Quỳnh Nhai. Kết quả đón khách như sau:
Đơn vị tính: lượt khách
Chỉ tiêu
Năm 2023
9 tháng 2024
Kế hoạch 2025
Khách nội địa
172.600
159.300
215.000
Khách quốc tế
6.400
8.700
15.000
Tổng số
179.000
168.000
230.000
Mùa nước dâng từ tháng 7 đến tháng 11 là thời điểm diễn ra nhiều hoạt động: Giải đua thuyền truyền thống huyện Quỳnh Nhai năm 2024 có 16 đội, 240 vận động viên; tour kayak khám phá cây gạo cổ thụ giữa lòng hồ dài 3 km, giá 250.000 đồng/khách. Năm 2025, Sở phấn đấu có thêm 20 phương tiện chở khách và 3 homestay ven hồ đạt chuẩn.

Địa chỉ: Số 58, đường Tô Hiệu, phường Tô Hiệu, TP Sơn La
Điện thoại: 0212.3852.336
Lượt truy cập: 1.384.207
"""

M9 = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
C24 = period("9 tháng 2024", "2024-01-01", "2024-09-30")
C25 = period("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")


def cells(label, subject, values, anchors):
    out = []
    for (num, val), anc, per in zip(values, anchors, (C23, C24, C25)):
        extra = {"status": "target"} if per is C25 else {}
        out.append(F(anc, num, val, "count", "lượt khách", f"{subject} {per['text']}", per, **extra))
    return out


FIGS = [
    F("trên 4 huyện", "4", 4, "count", "huyện", "huyện có lòng hồ thủy điện Sơn La"),
    F("khoảng 22.400 ha", "22.400", 22400, "measure", "ha", "diện tích mặt nước lòng hồ thủy điện Sơn La",
      approx="about"),
    F("đón 168.000 lượt khách", "168.000", 168000, "count", "lượt khách", "khách đến các điểm du lịch lòng hồ", M9,
      percent=84, change=change("increase", 31, baseline="cùng kỳ năm 2023")),
    F("ước đạt 126 tỷ đồng", "126", 1.26e11, "money", "đồng", "tổng thu du lịch lòng hồ", M9, status="estimate"),
    F("có 137 phương tiện", "137", 137, "count", "phương tiện",
      "phương tiện thủy chở khách được cấp giấy chứng nhận an toàn kỹ thuật"),
    F("9 bến thủy nội địa", "9", 9, "count", "bến thủy nội địa", "bến thủy nội địa được cấp phép"),
    F("và 2 câu lạc bộ", "2", 2, "count", "câu lạc bộ", "câu lạc bộ chèo thuyền kayak", location="Quỳnh Nhai"),
    *cells("Khách nội địa", "khách nội địa", [("172.600", 172600), ("159.300", 159300), ("215.000", 215000)],
           ["Khách nội địa\n172.600", "172.600\n159.300", "159.300\n215.000"]),
    *cells("Khách quốc tế", "khách quốc tế", [("6.400", 6400), ("8.700", 8700), ("15.000", 15000)],
           ["Khách quốc tế\n6.400", "6.400\n8.700", "8.700\n15.000"]),
    *cells("Tổng số", "tổng số khách", [("179.000", 179000), ("168.000", 168000), ("230.000", 230000)],
           ["Tổng số\n179.000", "179.000\n168.000", "168.000\n230.000"]),
    F("có 16 đội", "16", 16, "count", "đội", "đội tham gia Giải đua thuyền truyền thống", Y24,
      location="Quỳnh Nhai"),
    F("240 vận động viên", "240", 240, "count", "vận động viên", "vận động viên Giải đua thuyền truyền thống", Y24,
      location="Quỳnh Nhai"),
    F("dài 3 km", "3", 3, "measure", "km", "chiều dài tour kayak khám phá cây gạo cổ thụ"),
    F("giá 250.000 đồng/khách", "250.000", 250000, "money", "đồng/khách", "giá tour kayak"),
    F("thêm 20 phương tiện", "20", 20, "count", "phương tiện", "phương tiện chở khách có thêm", Y25,
      status="target"),
    F("và 3 homestay", "3", 3, "count", "homestay", "homestay ven hồ đạt chuẩn", Y25, status="target"),
]

NOTES = [
    "Department site (Sở VHTTDL Sơn La), no dateline; footer address, phone, visit counter. Tourism on the Sơn La reservoir, 9 months 2024.",
    "'trải dài trên 4 huyện' — 'trên' is 'across', not 'over': approx exact.",
    "One-cell-per-line table (Đơn vị tính: lượt khách): columns Năm 2023 / 9 tháng 2024 / Kế hoạch 2025 (target), rows",
    "Khách nội địa / Khách quốc tế / Tổng số; each cell's period is its column header. Table cells get no total.",
    "Distractors: 'từ tháng 7 đến tháng 11' (a season), Số 58 đường Tô Hiệu, 0212.3852.336, Lượt truy cập: 1.384.207.",
]

write(7, TEXT, FIGS, NOTES, location="Sơn La")
