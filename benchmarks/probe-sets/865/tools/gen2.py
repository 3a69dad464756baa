"""p865-2: district portal (huyện Diễn Châu, Nghệ An), 'Thắp sáng đường quê'."""
from lib import F, P, I, C, T, write

TEXT = """UBND HUYỆN DIỄN CHÂU - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Xây dựng nông thôn mới

Diễn Châu: Hơn 300 km đường giao thông nông thôn được thắp sáng

Thứ Hai, 18/03/2024 - 10:20

Hưởng ứng phong trào "Thắp sáng đường quê", từ đầu năm 2023 đến nay, nhân dân và chính quyền các xã trên địa bàn huyện đã lắp đặt 6.840 bóng đèn chiếu sáng trên 312 km đường giao thông nông thôn, tăng gần 1,5 lần so với giai đoạn 2021-2022. Tổng kinh phí thực hiện khoảng 19,6 tỷ đồng, trong đó nhân dân đóng góp 14,2 tỷ đồng, chiếm 72,4%; ngân sách xã hỗ trợ 5,4 tỷ đồng.

Hiện có 36/37 xã, thị trấn có đường trục xã được chiếu sáng; 285 xóm có hệ thống đèn chiếu sáng, chiếm 81% tổng số xóm toàn huyện. Một số xã làm tốt như Diễn Kỷ (420 bóng đèn), Diễn Thành (385 bóng đèn), Diễn Hồng (350 bóng đèn). Mỗi km đường được lắp trung bình 20-25 bóng đèn LED, chi phí khoảng 60 triệu đồng/km.

Để tiết kiệm điện, các xã sử dụng đèn LED công suất 30-50 W, lắp công tơ riêng và hẹn giờ tắt sau 23 giờ. Bình quân mỗi xã chi trả khoảng 3,5 triệu đồng tiền điện/tháng, giảm khoảng 35% so với khi dùng bóng sợi đốt và compact.

Năm 2024, huyện phấn đấu có thêm 50 km đường được chiếu sáng, nâng tỷ lệ xóm có đèn chiếu sáng lên 90%. Dự kiến tổng kinh phí cần huy động khoảng 3 tỷ đồng.

Phòng Văn hóa - Thông tin huyện

Địa chỉ: Khối 4, thị trấn Diễn Châu, huyện Diễn Châu, tỉnh Nghệ An. Điện thoại: 0238.3862.245
"""

SINCE = P("từ đầu năm 2023 đến nay", "2023-01-01", "2024-03-18")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LAMPS = "bóng đèn chiếu sáng lắp đặt"

FIGS = [
    F("Hơn 300 km", "300", 300, "measure", "km", "đường giao thông nông thôn được thắp sáng", approx="over"),
    F("lắp đặt 6.840 bóng đèn", "6.840", 6840, "count", "bóng đèn", LAMPS, SINCE),
    F("trên 312 km đường", "312", 312, "measure", "km", "đường giao thông nông thôn được chiếu sáng", SINCE,
      change=C("increase", 1.5, "lần", "giai đoạn 2021-2022", "nearly")),
    F("khoảng 19,6 tỷ đồng", "19,6", 19600000000, "money", "đồng", "tổng kinh phí thực hiện", I(SINCE),
      approx="about"),
    F("đóng góp 14,2 tỷ đồng", "14,2", 14200000000, "money", "đồng", "nhân dân đóng góp", I(SINCE),
      total=19600000000, percent=72.4),
    F("hỗ trợ 5,4 tỷ đồng", "5,4", 5400000000, "money", "đồng", "ngân sách xã hỗ trợ", I(SINCE),
      total=19600000000),
    F("36/37 xã", "36", 36, "count", "xã, thị trấn", "xã, thị trấn có đường trục xã được chiếu sáng", total=37),
    F("285 xóm", "285", 285, "count", "xóm", "xóm có hệ thống đèn chiếu sáng", percent=81),
    F("Diễn Kỷ (420 bóng đèn)", "420", 420, "count", "bóng đèn", LAMPS, I(SINCE), location="Diễn Kỷ"),
    F("Diễn Thành (385 bóng đèn)", "385", 385, "count", "bóng đèn", LAMPS, I(SINCE), location="Diễn Thành"),
    F("Diễn Hồng (350 bóng đèn)", "350", 350, "count", "bóng đèn", LAMPS, I(SINCE), location="Diễn Hồng"),
    F("trung bình 20-25 bóng đèn", "20", 20, "measure", "bóng đèn/km", "bóng đèn LED lắp trên mỗi km đường",
      value_max=25),
    F("khoảng 60 triệu đồng/km", "60", 60000000, "money", "đồng/km", "chi phí lắp đèn mỗi km đường",
      approx="about"),
    F("công suất 30-50 W", "30", 30, "measure", "W", "công suất đèn LED", value_max=50, optional=True),
    F("khoảng 3,5 triệu đồng", "3,5", 3500000, "money", "đồng/tháng", "tiền điện mỗi xã chi trả", approx="about",
      change=C("decrease", 35, "%", "khi dùng bóng sợi đốt và compact", "about")),
    F("thêm 50 km", "50", 50, "measure", "km", "đường được chiếu sáng thêm", Y24, status="target"),
    F("lên 90%", "90", 90, "percent", "%", "tỷ lệ xóm có đèn chiếu sáng", Y24, status="target"),
    F("khoảng 3 tỷ đồng", "3", 3000000000, "money", "đồng", "tổng kinh phí cần huy động", I(Y24), approx="about",
      status="forecast"),
]

NOTES = [
    "District portal of huyện Diễn Châu (Nghệ An), 'Thứ Hai, 18/03/2024 - 10:20': rural-road lighting campaign.",
    "Location: the district; the three communes of the bracketed list are each item's location (the spec names province/city/district;",
    "a commune is the place the item describes). 'từ đầu năm 2023 đến nay' ends at the dateline.",
    "'tăng gần 1,5 lần so với giai đoạn 2021-2022' follows 312 km -> its change. 'giảm khoảng 35% so với ...' -> change of 3,5 triệu.",
    "'30-50 W' (lamp spec) optional; 'sau 23 giờ' (time of day), 'Khối 4', phone, 'giai đoạn 2021-2022': not figures.",
]

write("p865-2", TEXT, NOTES, FIGS, published="2024-03-18", location="Diễn Châu")
