"""p967-6: national newspaper, Sa Pa (Lào Cai) waterfalls overloaded in summer, 2024."""
from lib import F, P, I, C, T, write

TEXT = """Du lịch > Điểm đến
Chủ nhật, 16/6/2024, 07:30 (GMT+7)

Thác Bạc, thác Tình Yêu quá tải mùa hè

Lượng khách đến các thác nước ở Sa Pa tăng mạnh từ đầu tháng 6, nhiều thời điểm du khách phải xếp hàng chờ mua vé.

Theo UBND thị xã Sa Pa, 5 tháng đầu năm 2024 thị xã đón 1,95 triệu lượt khách, tăng 12% so với cùng kỳ; trong đó khách đến các điểm thác, suối khoảng 410.000 lượt, chiếm 21%.

Khu du lịch thác Tình Yêu do Vườn quốc gia Hoàng Liên quản lý đón 168.000 lượt khách trong 5 tháng, tăng 27% so với cùng kỳ. Tuần đầu tháng 6, mỗi ngày có 3.500-4.000 khách đến thác, vượt xa sức chứa thiết kế 2.000 khách/ngày.

Tại Thác Bạc, cách trung tâm thị xã khoảng 12 km theo Quốc lộ 4D, giá vé tham quan tăng từ 20.000 lên 30.000 đồng/người từ ngày 1/6. Ông Nguyễn Văn Hùng, Trưởng ban quản lý điểm, cho biết từ đầu năm điểm đón khoảng 240.000 lượt khách, doanh thu vé hơn 4,8 tỷ đồng.

Mùa mưa cũng là mùa lũ ống. Năm 2023, trên địa bàn thị xã xảy ra 3 vụ du khách gặp nạn khi tắm suối, làm 2 người tử vong. Từ tháng 6, thị xã bố trí 24 nhân viên cứu hộ túc trực tại 5 điểm thác, suối, cấm tắm tại 7 đoạn suối nguy hiểm.

Theo Sở Văn hóa, Thể thao và Du lịch Lào Cai, năm 2024 tỉnh đặt mục tiêu đón 8 triệu lượt khách, trong đó Sa Pa dự kiến chiếm khoảng 60%.

Hải Đăng
"""

M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
M5b = P("5 tháng", "2024-01-01", "2024-05-31")
W1 = P("Tuần đầu tháng 6", "2024-06-01", "2024-06-07")
YTD = P("từ đầu năm", "2024-01-01", "2024-06-16")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đón 1,95 triệu lượt khách", "1,95", 1.95e6, "count", "lượt khách", "lượt khách", M5,
      change=C("increase", 12, "%", "cùng kỳ")),
    F("khoảng 410.000 lượt", "410.000", 410000, "count", "lượt", "khách đến các điểm thác, suối", M5, approx="about",
      total=1.95e6, percent=21),
    F("đón 168.000 lượt khách", "168.000", 168000, "count", "lượt khách", "lượt khách khu du lịch thác Tình Yêu", M5b,
      change=C("increase", 27, "%", "cùng kỳ")),
    F("3.500-4.000 khách", "3.500", 3500, "measure", "khách/ngày", "số khách đến thác mỗi ngày", W1, value_max=4000),
    F("thiết kế 2.000 khách/ngày", "2.000", 2000, "measure", "khách/ngày", "sức chứa thiết kế của thác Tình Yêu"),
    F("khoảng 12 km", "12", 12, "measure", "km", "khoảng cách từ Thác Bạc đến trung tâm thị xã", approx="about"),
    F("từ 20.000 lên", "20.000", 20000, "money", "đồng/người", "giá vé tham quan Thác Bạc trước ngày 1/6"),
    F("lên 30.000 đồng/người", "30.000", 30000, "money", "đồng/người", "giá vé tham quan Thác Bạc"),
    F("khoảng 240.000 lượt khách", "240.000", 240000, "count", "lượt khách", "lượt khách Thác Bạc", YTD, approx="about"),
    F("hơn 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng", "doanh thu vé Thác Bạc", YTD, approx="over"),
    F("xảy ra 3 vụ", "3", 3, "count", "vụ", "vụ du khách gặp nạn khi tắm suối", Y23),
    F("làm 2 người tử vong", "2", 2, "count", "người", "người tử vong", Y23),
    F("bố trí 24 nhân viên cứu hộ", "24", 24, "count", "nhân viên cứu hộ", "nhân viên cứu hộ túc trực"),
    F("tại 5 điểm thác", "5", 5, "count", "điểm thác, suối", "điểm thác, suối có cứu hộ túc trực"),
    F("tại 7 đoạn suối", "7", 7, "count", "đoạn suối", "đoạn suối nguy hiểm cấm tắm"),
    F("đón 8 triệu lượt khách", "8", 8e6, "count", "lượt khách", "lượt khách", Y24, status="target", location="Lào Cai"),
    F("khoảng 60%", "60", 60, "percent", "%", "tỷ lệ khách của Sa Pa trong tổng lượt khách của tỉnh", Y24, approx="about",
      status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style), 16/6/2024: thác Tình Yêu and Thác Bạc at Sa Pa (Lào Cai) overloaded; visitors, tickets, safety.",
    "Location Sa Pa (thị xã) for the town's figures; the provincial 2024 target is Lào Cai. 'trong đó ... khoảng 410.000 lượt, chiếm 21%' → total",
    "1,95 triệu and percent 21. 'tăng từ 20.000 lên 30.000 đồng/người' gives two prices as two figures and no change value (no delta is written).",
    "'Tuần đầu tháng 6' = 1-7 June 2024; 'từ đầu năm' ends at the dateline; 'Từ tháng 6' and 'từ ngày 1/6' are start dates, not periods of a figure.",
    "'trong đó Sa Pa dự kiến chiếm khoảng 60%' is a percent figure (share of a target) with status forecast (its own cue), location Sa Pa.",
    "Distractors: Quốc lộ 4D, 07:30 (GMT+7), tháng 6, ngày 1/6, Năm 2023 as period.",
]

write("p967-6", TEXT, FIGS, NOTES, published="2024-06-16", location="Sa Pa")
