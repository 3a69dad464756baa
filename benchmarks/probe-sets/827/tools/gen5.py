"""p827-5: provincial Party newspaper (Báo Quảng Ninh style), water park and amusement parks in Hạ Long, June 2023."""
from lib import C, F, P, T, build

TEXT = """Khu vui chơi ở Hạ Long "nóng" dần theo mùa hè

Những ngày đầu tháng 6, Công viên nước Tuần Châu mỗi ngày đón từ 3.000 đến 4.500 lượt khách, cuối tuần có ngày lên tới hơn 7.000 lượt. Từ sáng sớm, từng đoàn xe khách nối đuôi nhau trên Quốc lộ 18 rẽ vào khu vui chơi.

Theo ban quản lý, từ đầu năm đến nay, khu vui chơi đã đón gần 320.000 lượt khách, tăng 35% so với cùng kỳ năm 2022, doanh thu đạt khoảng 58 tỷ đồng. Giá vé năm nay giữ nguyên như năm trước: 200.000 đồng/vé người lớn, 150.000 đồng/vé trẻ em; trẻ em cao dưới 1 m được miễn phí.

Để bảo đảm an toàn, đơn vị bố trí 42 nhân viên cứu hộ có chứng chỉ, chia thành 3 ca trực; toàn bộ 26 thiết bị trò chơi đều được kiểm định trước mùa hè. "Chúng tôi xác định an toàn là yếu tố số 1", bà Phạm Thị Lan, Phó Giám đốc công viên chia sẻ.

Không chỉ Tuần Châu, nhiều khu vui chơi khác cũng tăng tốc đầu tư. Tại phường Bãi Cháy, một doanh nghiệp đang hoàn thiện tổ hợp trò chơi trong nhà rộng 1,8 ha với 30 trò chơi, vốn đầu tư khoảng 350 tỷ đồng, dự kiến mở cửa vào tháng 8/2023.

Theo Sở Du lịch, 5 tháng đầu năm 2023, toàn tỉnh Quảng Ninh đón 6,1 triệu lượt khách, đạt 40,7% kế hoạch năm; trong đó các khu vui chơi giải trí đón khoảng 1,4 triệu lượt. Tỉnh đặt mục tiêu năm 2023 đón 15 triệu lượt khách, doanh thu du lịch đạt 33.000 tỷ đồng.

MINH HẰNG

18/6/2023
"""

YTD = P("từ đầu năm đến nay", "2023-01-01", "2023-06-18")
YTDi = P("từ đầu năm đến nay", "2023-01-01", "2023-06-18", inherited=True)
M5 = P("5 tháng đầu năm 2023", "2023-01-01", "2023-05-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NAMNAY = P("năm nay", "2023-01-01", "2023-12-31")
JUN = P("Những ngày đầu tháng 6", "2023-06-01", "2023-06-30")

FIGS = [
    F("từ 3.000 đến 4.500 lượt khách", "3.000", 3000, "measure", "lượt khách/ngày",
      "lượt khách đến Công viên nước Tuần Châu mỗi ngày", value_max=4500, period=JUN),
    F("hơn 7.000 lượt", "7.000", 7000, "count", "lượt", "lượt khách ngày cuối tuần", approx="over",
      period=JUN),
    F("gần 320.000 lượt khách", "320.000", 320000, "count", "lượt khách", "lượt khách đến khu vui chơi",
      approx="nearly", change=C("increase", 35, baseline="cùng kỳ năm 2022"), period=YTD),
    F("khoảng 58 tỷ đồng", "58", 58e9, "money", "đồng", "doanh thu", approx="about", period=YTD),
    F("200.000 đồng/vé", "200.000", 200000, "money", "đồng/vé", "giá vé người lớn", period=NAMNAY),
    F("150.000 đồng/vé", "150.000", 150000, "money", "đồng/vé", "giá vé trẻ em", period=NAMNAY),
    F("cao dưới 1 m", "1", 1, "measure", "m", "chiều cao trẻ em được miễn phí", approx="under", optional=True),
    F("bố trí 42 nhân viên", "42", 42, "count", "nhân viên cứu hộ", "nhân viên cứu hộ có chứng chỉ"),
    F("chia thành 3 ca", "3", 3, "count", "ca trực", "ca trực cứu hộ", optional=True),
    F("toàn bộ 26 thiết bị", "26", 26, "count", "thiết bị", "thiết bị trò chơi được kiểm định trước mùa hè"),
    F("rộng 1,8 ha", "1,8", 1.8, "measure", "ha", "diện tích tổ hợp trò chơi trong nhà"),
    F("với 30 trò chơi", "30", 30, "count", "trò chơi", "trò chơi của tổ hợp trong nhà"),
    F("khoảng 350 tỷ đồng", "350", 350e9, "money", "đồng", "vốn đầu tư tổ hợp trò chơi trong nhà", approx="about"),
    F("đón 6,1 triệu lượt khách", "6,1", 6100000, "count", "lượt khách", "lượt khách du lịch",
      percent=40.7, period=M5, location="Quảng Ninh"),
    F("khoảng 1,4 triệu lượt", "1,4", 1400000, "count", "lượt", "lượt khách đến các khu vui chơi giải trí",
      approx="about", total=6100000, period=M5, location="Quảng Ninh"),
    F("đón 15 triệu lượt khách", "15", 15000000, "count", "lượt khách", "lượt khách du lịch",
      status="target", period=Y23, location="Quảng Ninh"),
    F("đạt 33.000 tỷ đồng", "33.000", 33000e9, "money", "đồng", "doanh thu du lịch",
      status="target", period=Y23, location="Quảng Ninh"),
]

COMMENTS = [
    "Báo Quảng Ninh style: Tuần Châu water park in Hạ Long, early summer 2023. Byline 'MINH HẰNG' and bare date '18/6/2023' at the end.",
    "The park's figures describe Hạ Long (default location); the province-wide paragraph is Quảng Ninh.",
    "'từ đầu năm đến nay' ends at the dateline 2023-06-18. 'Những ngày đầu tháng 6' (early June, year from the dateline) is read as",
    "the month June 2023, the finest period the phrase states. 'Giá vé năm nay' = 2023; the park's staff carry no period.",
    "Per-day visitor counts ('mỗi ngày ... lượt khách') are rates: kind measure, unit lượt khách/ngày (FIGURES.md Rates).",
    "Optional: height threshold 'cao dưới 1 m' and the shift count '3 ca trực' (organisation detail).",
    "Distractors: 'Quốc lộ 18', 'yếu tố số 1' (a phrase), 'tháng 8/2023' (opening date), byline date.",
]

COMMENTS.append("revised after the first run: 3.000-4.500 lượt khách/ngày count -> measure (a rate); period 'năm nay' added to the two ticket prices.")
build("p827-5", TEXT, FIGS, COMMENTS, published="2023-06-18", location="Hạ Long")
