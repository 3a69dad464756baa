"""p1018-6: national newspaper - HĐND TP Hà Nội đặt tên 30 tuyến đường, phố (12/2023)."""
from lib import F, P, I, CH, TG, write

TEXT = """
Thời sự > Đô thị

Hà Nội đặt tên 30 tuyến đường, phố mới

Thứ sáu, 8/12/2023, 16:40 (GMT+7)

HĐND TP Hà Nội chiều 8/12 đã thông qua nghị quyết đặt tên 30 tuyến đường, phố và điều chỉnh độ dài 3 tuyến phố, trong đó có phố 19 Tháng 12.

Trong số tuyến được đặt tên mới, quận Long Biên nhiều nhất với 8 tuyến, tiếp đến là Hoàng Mai 6 tuyến, Tây Hồ 5 tuyến, Hà Đông 4 tuyến; các huyện Gia Lâm, Đông Anh và Thanh Trì lần lượt có 3, 2 và 2 tuyến. Tuyến dài nhất chạy song song Vành đai 3, dài khoảng 2,9 km, rộng 40 m; tuyến ngắn nhất dài 320 m.

Như vậy, Hà Nội hiện có 2.116 tuyến đường, phố đã được đặt tên. Theo Sở Văn hóa và Thể thao, từ năm 2008 đến nay thành phố đã đặt tên hơn 1.000 tuyến đường, phố, trong đó riêng giai đoạn 2021-2023 là 386 tuyến.

Ngân hàng tên đường của thành phố hiện có khoảng 1.300 tên, trong đó 81 tên danh nhân nữ, chiếm khoảng 6,2%. Theo quy định, tuyến được đặt tên phải dài từ 150 m trở lên, mặt cắt ngang từ 11,5 m trở lên.

Ông Trần Văn Bảy, một người dân ở ngõ 41 phố Thạch Bàn (Long Biên), cho biết con đường trước nhà mang tên tạm "đường N4" suốt 6 năm, nay có tên chính thức nên rất phấn khởi.

Năm 2024, thành phố dự kiến đặt tên khoảng 40 tuyến đường, phố, tập trung ở các huyện sắp lên quận như Gia Lâm, Đông Anh. Kinh phí làm biển tên đường bình quân 8-10 triệu đồng mỗi tuyến.

Võ Hải
"""

PART = "tuyến đường, phố được đặt tên mới"
FIGS = [
    F("tên 30 tuyến đường, phố mới", "30", 30, "count", "tuyến đường, phố", "tuyến đường, phố được đặt tên mới"),
    F("tên 30 tuyến đường, phố và", "30", 30, "count", "tuyến đường, phố", "tuyến đường, phố được đặt tên"),
    F("độ dài 3 tuyến phố", "3", 3, "count", "tuyến phố", "tuyến phố được điều chỉnh độ dài"),
    F("với 8 tuyến", "8", 8, "count", "tuyến", PART, total=30, location="Long Biên"),
    F("Hoàng Mai 6 tuyến", "6", 6, "count", "tuyến", PART, total=30, location="Hoàng Mai"),
    F("Tây Hồ 5 tuyến", "5", 5, "count", "tuyến", PART, total=30, location="Tây Hồ"),
    F("Hà Đông 4 tuyến", "4", 4, "count", "tuyến", PART, total=30, location="Hà Đông"),
    F("lần lượt có 3,", "3", 3, "count", "tuyến", PART, total=30, location="Gia Lâm"),
    F("3, 2 và", "2", 2, "count", "tuyến", PART, total=30, location="Đông Anh"),
    F("và 2 tuyến", "2", 2, "count", "tuyến", PART, total=30, location="Thanh Trì"),
    F("khoảng 2,9 km", "2,9", 2.9, "measure", "km", "chiều dài tuyến dài nhất", approx="about"),
    F("rộng 40 m", "40", 40, "measure", "m", "chiều rộng tuyến dài nhất", optional=True),
    F("dài 320 m", "320", 320, "measure", "m", "chiều dài tuyến ngắn nhất"),
    F("có 2.116 tuyến", "2.116", 2116, "count", "tuyến đường, phố", "tuyến đường, phố đã được đặt tên"),
    F("hơn 1.000 tuyến", "1.000", 1000, "count", "tuyến đường, phố", "tuyến đường, phố đã đặt tên",
      approx="over", period=P("từ năm 2008 đến nay", "2008-01-01", "2023-12-08")),
    F("là 386 tuyến", "386", 386, "count", "tuyến", "tuyến đường, phố đã đặt tên", total=1000,
      period=P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("khoảng 1.300 tên", "1.300", 1300, "count", "tên", "tên trong ngân hàng tên đường", approx="about"),
    F("81 tên", "81", 81, "count", "tên", "tên danh nhân nữ", total=1300, percent=6.2),
    F("từ 150 m", "150", 150, "measure", "m", "chiều dài tối thiểu tuyến được đặt tên", approx="at_least",
      optional=True),
    F("từ 11,5 m", "11,5", 11.5, "measure", "m", "mặt cắt ngang tối thiểu tuyến được đặt tên",
      approx="at_least", optional=True),
    F("suốt 6 năm", "6", 6, "measure", "năm", "thời gian con đường mang tên tạm", optional=True),
    F("khoảng 40 tuyến", "40", 40, "count", "tuyến đường, phố", "tuyến đường, phố đặt tên", approx="about",
      status="forecast", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("bình quân 8-10", "8", 8e6, "money", "đồng/tuyến", "kinh phí làm biển tên đường bình quân mỗi tuyến",
      value_max=10e6),
]

NOTES = [
    "National newspaper (VnExpress style): HĐND TP Hà Nội đặt tên 30 tuyến đường, phố (8/12/2023); district breakdown, name bank.",
    "Not figures: 16:40 (GMT+7), 'chiều 8/12', phố 19 Tháng 12, Vành đai 3, ông Trần Văn Bảy (a name), ngõ 41 phố Thạch Bàn,",
    "'đường N4' (a provisional name). 'Trong số tuyến được đặt tên mới' names the 30 as the whole: each district count has total 30",
    "(8+6+5+4+3+2+2 = 30) and its district as location. 'rộng 40 m' (an example's specification), the naming thresholds",
    "'từ 150 m trở lên', 'từ 11,5 m trở lên' and the anecdote's 'suốt 6 năm' are optional.",
    "'từ năm 2008 đến nay' ends at the dateline; 386 (trong đó, giai đoạn 2021-2023) is part of 'hơn 1.000'. '8-10 triệu đồng mỗi tuyến' → đồng/tuyến.",
    "2.116 and 1.300 carry 'hiện': no period. The 40 tuyến (dự kiến) is a forecast; the cost sentence after it has no cue (actual, no period).",
]

write(6, TEXT, FIGS, NOTES, published="2023-12-08", location="Hà Nội")
