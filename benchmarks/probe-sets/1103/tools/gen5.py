"""p1103-5: Báo Gia Lai (provincial Party paper) — myopia among pupils, byline and bare date at the end."""
from lib import F, period, inherit, change, write_set

TEXT = """Báo động tình trạng cận thị ở học sinh

Giờ ra chơi tại Trường Tiểu học Lê Văn Tám (TP Pleiku), không ít học sinh đeo kính cận dày cộp. Cô Rơ Châm H’Loan, nhân viên y tế của trường, cho biết trong số 1.120 học sinh của trường có 186 em bị cận thị, chiếm 16,6%, trong đó khối lớp 5 có 57 em. Năm học trước, số học sinh cận thị của trường chỉ là 139 em.

Theo Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Gia Lai, 9 tháng đầu năm 2024, đơn vị đã khám sàng lọc mắt cho 26.530 học sinh tại 74 trường học, tăng 12% so với cùng kỳ. Kết quả phát hiện 4.992 em mắc tật khúc xạ, chiếm 18,8%, trong đó học sinh khu vực thành thị chiếm tới 62%. Các huyện Chư Păh, Ia Grai, Đak Đoa có tỷ lệ thấp hơn, lần lượt 9,7%, 10,4% và 11,2%.

Khảo sát của CDC cho thấy mỗi ngày học sinh tiểu học sử dụng điện thoại, máy tính bảng trung bình 3-4 giờ. Tại nhiều trường, chỉ khoảng 55% phòng học bảo đảm độ chiếu sáng tối thiểu 300 lux theo quy định; bàn ghế đúng kích cỡ mới đạt hơn 60%.

Năm 2024, tỉnh trích 320 triệu đồng từ nguồn sự nghiệp y tế và vận động thêm 180 triệu đồng để tặng 1.400 kính cho học sinh nghèo. Bác sĩ Nguyễn Đình Bảy, Phó Giám đốc CDC tỉnh, cho biết đơn vị phấn đấu đến năm 2025 có 85% trường tiểu học trên địa bàn tỉnh được khám sàng lọc mắt định kỳ; phụ huynh cần cho trẻ nghỉ mắt, tăng thời gian vui chơi ngoài trời.

NGỌC MINH
12/10/2024
"""

PREV = period("Năm học trước", "2023-09-01", "2024-05-31")
M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9I = inherit(M9)
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("trong số 1.120 học sinh", "1.120", 1120, "count", "học sinh", "học sinh của Trường Tiểu học Lê Văn Tám",
      location="Pleiku"),
    F("có 186 em", "186", 186, "count", "em", "học sinh bị cận thị của Trường Tiểu học Lê Văn Tám",
      total=1120, percent=16.6, location="Pleiku"),
    F("có 57 em", "57", 57, "count", "em", "học sinh khối lớp 5 bị cận thị", total=186, location="Pleiku"),
    F("chỉ là 139 em", "139", 139, "count", "em", "học sinh cận thị của trường", PREV, location="Pleiku"),
    F("cho 26.530 học sinh", "26.530", 26530, "count", "học sinh", "học sinh được khám sàng lọc mắt", M9,
      change=change("increase", 12, "%", "cùng kỳ")),
    F("tại 74 trường học", "74", 74, "count", "trường học", "trường học được khám sàng lọc mắt", M9),
    F("phát hiện 4.992 em", "4.992", 4992, "count", "em", "học sinh mắc tật khúc xạ", M9I, percent=18.8),
    F("chiếm tới 62%", "62", 62, "percent", "%", "học sinh khu vực thành thị trong số học sinh mắc tật khúc xạ",
      M9I),
    F("lần lượt 9,7%", "9,7", 9.7, "percent", "%", "tỷ lệ học sinh mắc tật khúc xạ", M9I, location="Chư Păh"),
    F("10,4% và", "10,4", 10.4, "percent", "%", "tỷ lệ học sinh mắc tật khúc xạ", M9I, location="Ia Grai"),
    F("và 11,2%", "11,2", 11.2, "percent", "%", "tỷ lệ học sinh mắc tật khúc xạ", M9I, location="Đak Đoa"),
    F("trung bình 3-4 giờ", "3", 3, "measure", "giờ",
      "thời gian học sinh tiểu học sử dụng điện thoại, máy tính bảng mỗi ngày", value_max=4),
    F("khoảng 55% phòng học", "55", 55, "percent", "%", "phòng học bảo đảm độ chiếu sáng tối thiểu theo quy định",
      approx="about"),
    F("tối thiểu 300 lux", "300", 300, "measure", "lux", approx="at_least", optional=True),
    F("hơn 60%", "60", 60, "percent", "%", "bàn ghế đúng kích cỡ", approx="over"),
    F("trích 320 triệu đồng", "320", 320e6, "money", "đồng", "kinh phí tỉnh trích từ nguồn sự nghiệp y tế", Y24),
    F("thêm 180 triệu đồng", "180", 180e6, "money", "đồng", "kinh phí vận động thêm để tặng kính", Y24),
    F("tặng 1.400 kính", "1.400", 1400, "count", "kính", "kính tặng học sinh nghèo", Y24),
    F("có 85% trường tiểu học", "85", 85, "percent", "%", "trường tiểu học được khám sàng lọc mắt định kỳ", T25,
      status="target"),
]

NOTES = [
    "Báo Gia Lai: byline 'NGỌC MINH' and bare date '12/10/2024' at the end. School figures are located in Pleiku.",
    "Not figures: 'Lê Văn Tám' and 'Nguyễn Đình Bảy' (names), 'khối lớp 5', '9 tháng đầu năm 2024'.",
    "'Năm học trước' in October 2024 is the school year 2023-2024 (2023-09-01..2024-05-31).",
    "'trong số 1.120 học sinh' gives 186 its total; '57 em' follows 'trong đó' after 186. '62%' after 'trong đó ... chiếm'",
    "is a share of an uncounted part: its own percent figure. '300 lux' is a norm's threshold (optional).",
]

write_set("p1103-5", TEXT, FIGS, NOTES, published="2024-10-12", location="Gia Lai")
