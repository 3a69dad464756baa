from lib import F, P, C, T, write

TEXT = """Thời sự
Thứ ba, 23/4/2024, 10:15 (GMT+7)

Gần 300 hộ ở Phú Quốc chưa nhận tiền bồi thường vì khiếu nại giá đất

Hơn 10 năm sau khi bị thu hồi đất làm khu đô thị mới, gần 300 hộ dân ở phường Dương Đông, thành phố Phú Quốc (Kiên Giang) vẫn chưa nhận tiền bồi thường vì không đồng ý với đơn giá.

Chiều 22/4, UBND thành phố Phú Quốc cho biết dự án có tổng diện tích thu hồi khoảng 324 ha, liên quan 1.218 hộ. Đến nay, 921 hộ đã nhận tiền với tổng số hơn 1.530 tỷ đồng, chiếm 75,6% số hộ; còn 297 hộ chưa nhận.

Theo người dân, mức bồi thường đất nông nghiệp chỉ từ 180.000 đến 250.000 đồng/m2, trong khi giá chuyển nhượng thực tế trong khu vực lên tới 15-20 triệu đồng/m2. Ông Nguyễn Văn Tám (58 tuổi, khu phố 7) cho biết gia đình ông bị thu hồi 2.400 m2 đất vườn nhưng chỉ được bồi thường khoảng 480 triệu đồng.

Phó Chủ tịch UBND thành phố Phú Quốc cho biết từ năm 2022 đến nay, thành phố đã tổ chức 11 buổi đối thoại với các hộ dân nhưng chưa đạt kết quả. Thành phố đang trình tỉnh điều chỉnh hệ số giá đất; kinh phí bồi thường tăng thêm dự kiến khoảng 420 tỷ đồng.

Theo Thanh tra tỉnh Kiên Giang, năm 2023, tỉnh tiếp nhận 2.846 đơn liên quan đến đất đai, chiếm 78% tổng số đơn, trong đó riêng Phú Quốc có 1.032 đơn. Nhiều vụ việc kéo dài trên 5 năm, phải qua nhiều cấp giải quyết.

Trụ sở tiếp công dân thành phố đặt tại số 2 đường 30 Tháng 4, phường Dương Đông, làm việc từ 7h30 đến 17h các ngày trong tuần.

Ngọc Tài
"""

NOW = P("Đến nay", None, "2024-04-23")
FIGS = [
    F("Gần 300 hộ", "300", 300, "count", "hộ", "hộ chưa nhận tiền bồi thường", approx="nearly"),
    F("Hơn 10 năm", "10", 10, "measure", "năm", "thời gian sau khi bị thu hồi đất", approx="over", optional=True),
    F("gần 300 hộ dân", "300", 300, "count", "hộ dân", "hộ dân chưa nhận tiền bồi thường", approx="nearly"),
    F("khoảng 324 ha", "324", 324, "measure", "ha", "tổng diện tích thu hồi", approx="about"),
    F("liên quan 1.218 hộ", "1.218", 1218, "count", "hộ", "hộ liên quan"),
    F("921 hộ", "921", 921, "count", "hộ", "hộ đã nhận tiền", percent=75.6, period=NOW),
    F("hơn 1.530 tỷ đồng", "1.530", 1530e9, "money", "đồng", "tổng số tiền bồi thường đã nhận", approx="over", period=NOW),
    F("còn 297 hộ", "297", 297, "count", "hộ", "hộ chưa nhận tiền", period=NOW),
    F("từ 180.000 đến", "180.000", 180000, "money", "đồng/m2", "mức bồi thường đất nông nghiệp", value_max=250000),
    F("15-20 triệu", "15", 15e6, "money", "đồng/m2", "giá chuyển nhượng thực tế trong khu vực", value_max=20e6),
    F("(58 tuổi", "58", 58, "measure", "tuổi", "tuổi", optional=True),
    F("thu hồi 2.400 m2", "2.400", 2400, "measure", "m2", "đất vườn bị thu hồi"),
    F("khoảng 480 triệu đồng", "480", 480e6, "money", "đồng", "tiền bồi thường", approx="about"),
    F("tổ chức 11 buổi", "11", 11, "count", "buổi", "buổi đối thoại với các hộ dân",
      period=P("từ năm 2022 đến nay", "2022-01-01", "2024-04-23")),
    F("khoảng 420 tỷ đồng", "420", 420e9, "money", "đồng", "kinh phí bồi thường tăng thêm", approx="about",
      status="forecast"),
    F("nhận 2.846 đơn", "2.846", 2846, "count", "đơn", "đơn liên quan đến đất đai", percent=78,
      location="Kiên Giang", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 1.032 đơn", "1.032", 1032, "count", "đơn", "đơn liên quan đến đất đai", total=2846,
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("trên 5 năm", "5", 5, "measure", "năm", "thời gian kéo dài của vụ việc", approx="over", optional=True),
]

COMMENTS = [
    "National press (VnExpress style): land-price complaints in Phú Quốc (Kiên Giang). Dateline 'Thứ ba, 23/4/2024, 10:15 (GMT+7)'.",
    "Headline 'Gần 300 hộ' is a figure of its own; 'Hơn 10 năm', 'trên 5 năm' (durations) and '58 tuổi' (a person's age) optional.",
    "'921 hộ … với tổng số hơn 1.530 tỷ đồng, chiếm 75,6% số hộ' → the share names 'số hộ': percent of 921, across the money clause.",
    "'còn 297 hộ' has no part-of cue: no total. 'Đến nay' = as-of the dateline 2024-04-23; 'từ năm 2022 đến nay' 2022-01-01 … 2024-04-23.",
    "Ranges in đồng/m2: '180.000 đến 250.000', '15-20 triệu'. 'dự kiến khoảng 420 tỷ' forecast/about.",
    "'2.846 đơn' is the province's (location Kiên Giang), '1.032 đơn' after 'trong đó riêng Phú Quốc' → total 2846, location Phú Quốc.",
    "Distractors: 'Nguyễn Văn Tám' (name with a number word), 'khu phố 7', 'số 2 đường 30 Tháng 4', '7h30 đến 17h', 'Chiều 22/4', '(GMT+7)'.",
]

write("p435-7", TEXT, FIGS, COMMENTS, published="2024-04-23", location="Phú Quốc")
