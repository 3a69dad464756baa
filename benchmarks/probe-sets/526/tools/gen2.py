"""p526-2: huyện Hoằng Hóa (Thanh Hóa) district portal — youth blood-donation festival."""
from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOẰNG HÓA
Tin tức » Hoạt động đoàn thể
Thứ Năm, 14/03/2024 - 09:45

Ngày hội "Giọt hồng tuổi trẻ" lần thứ 9 tiếp nhận 812 đơn vị máu

Ngày 12/3/2024, tại Trung tâm Văn hóa - Thể thao huyện (Tỉnh lộ 510), Huyện đoàn Hoằng Hóa phối hợp với Ban Chỉ đạo vận động hiến máu tình nguyện huyện và Bệnh viện Đa khoa tỉnh Thanh Hóa tổ chức Ngày hội "Giọt hồng tuổi trẻ" năm 2024.

Có gần 1.100 đoàn viên, thanh niên, cán bộ và nhân dân đăng ký hiến máu. Sau khám sàng lọc, Ban tổ chức tiếp nhận 812 đơn vị máu, tăng 97 đơn vị so với ngày hội năm 2023. Trong đó, đoàn viên, thanh niên hiến 534 đơn vị, chiếm 65,8% (khối trường học 212 đơn vị, khối xã, thị trấn 246 đơn vị, lực lượng vũ trang 76 đơn vị).

Qua 9 lần tổ chức từ năm 2016 đến nay, ngày hội đã tiếp nhận tổng cộng 6.245 đơn vị máu.

Năm 2023, toàn huyện tổ chức 4 đợt hiến máu tập trung, tiếp nhận 2.036 đơn vị máu, đạt 113,1% kế hoạch tỉnh giao; tỷ lệ người dân tham gia hiến máu đạt 0,82% dân số. Huyện hiện có 1 câu lạc bộ "Ngân hàng máu sống" với 150 thành viên sẵn sàng hiến máu khi có yêu cầu.

Năm 2024, Huyện đoàn phấn đấu tiếp nhận 2.200 đơn vị máu, trong đó lực lượng đoàn viên, thanh niên đóng góp từ 60 đến 65% tổng số đơn vị máu.

Lê Hương - Huyện đoàn Hoằng Hóa
Điện thoại liên hệ: 0237.3865.112
"""

DAY = P("Ngày 12/3/2024", "2024-03-12", "2024-03-12", inherited=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("lần thứ 9 tiếp nhận 812", "812", 812, "count", "đơn vị máu", "đơn vị máu Ngày hội Giọt hồng tuổi trẻ tiếp nhận"),
    F("gần 1.100", "1.100", 1100, "count", "đoàn viên, thanh niên, cán bộ và nhân dân",
      "đoàn viên, thanh niên, cán bộ và nhân dân đăng ký hiến máu", DAY, approx="nearly"),
    F("tổ chức tiếp nhận 812", "812", 812, "count", "đơn vị máu", "đơn vị máu Ban tổ chức tiếp nhận", DAY,
      change=CH("increase", 97, "đơn vị", "ngày hội năm 2023")),
    F("hiến 534 đơn vị", "534", 534, "count", "đơn vị", "đơn vị máu đoàn viên, thanh niên hiến", DAY, total=812, percent=65.8),
    F("học 212 đơn vị", "212", 212, "count", "đơn vị", "đơn vị máu khối trường học", DAY, total=534),
    F("trấn 246 đơn vị", "246", 246, "count", "đơn vị", "đơn vị máu khối xã, thị trấn", DAY, total=534),
    F("trang 76 đơn vị", "76", 76, "count", "đơn vị", "đơn vị máu lực lượng vũ trang", DAY, total=534),
    F("Qua 9 lần", "9", 9, "count", "lần", "lần tổ chức ngày hội", optional=True),
    F("tổng cộng 6.245", "6.245", 6245, "count", "đơn vị máu", "đơn vị máu ngày hội đã tiếp nhận",
      P("từ năm 2016 đến nay", "2016-01-01", "2024-03-14")),
    F("tổ chức 4 đợt", "4", 4, "count", "đợt hiến máu", "đợt hiến máu tập trung", Y23),
    F("tiếp nhận 2.036", "2.036", 2036, "count", "đơn vị máu", "đơn vị máu toàn huyện tiếp nhận", Y23, percent=113.1),
    F("đạt 0,82%", "0,82", 0.82, "percent", "%", "tỷ lệ người dân tham gia hiến máu", Y23),
    F("có 1 câu lạc bộ", "1", 1, "count", "câu lạc bộ", "câu lạc bộ Ngân hàng máu sống"),
    F("với 150 thành viên", "150", 150, "count", "thành viên", "thành viên câu lạc bộ Ngân hàng máu sống sẵn sàng hiến máu"),
    F("tiếp nhận 2.200", "2.200", 2200, "count", "đơn vị máu", "đơn vị máu tiếp nhận", Y24, status="target"),
    F("từ 60 đến 65%", "60", 60, "percent", "%", "tỷ lệ đơn vị máu lực lượng đoàn viên, thanh niên đóng góp", Y24,
      value_max=65, status="target"),
]

COMMENTS = [
    "Hoằng Hóa district portal (dateline 'Thứ Năm, 14/03/2024 - 09:45'): youth blood-donation festival on 12/3/2024, 2023 results, 2024 target.",
    "Festival figures take the day 12/3/2024 from another sentence (inherited, unscored). 'tăng 97 đơn vị' is the change of 812.",
    "534 is a 'Trong đó' part of 812 (percent 65,8); the bracketed breakdown 212+246+76 = 534 after it has whole 534, not 812.",
    "'từ năm 2016 đến nay' ends at the dateline. 'đạt 113,1% kế hoạch' is the percent of 2.036. 'từ 60 đến 65%' is a range target percent",
    "with no total (a share, not a count part). 'lần thứ 9' (edition) is not a figure; 'Qua 9 lần tổ chức' is optional.",
    "Distractors: 'Tỉnh lộ 510', 'Ngày 12/3/2024', phone 0237.3865.112, dateline. Location = district Hoằng Hóa.",
]

emit("p526-2", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Hoằng Hóa")
