"""p949-5: Báo Đồng Tháp (Party paper), Vườn quốc gia Tràm Chim fire prevention; byline and bare date at the end (05/4/2023)."""
from lib import F, period, change, year, write

TEXT = """Vườn quốc gia Tràm Chim chủ động phòng cháy mùa khô

Bước vào cao điểm nắng nóng, Vườn quốc gia Tràm Chim (huyện Tam Nông) đã triển khai đồng bộ nhiều giải pháp bảo vệ hơn 2.600 ha rừng tràm trước nguy cơ cháy.

Vườn quốc gia Tràm Chim có tổng diện tích 7.313 ha, được chia thành 5 phân khu từ A1 đến A5; trong đó rừng tràm khoảng 2.650 ha, chiếm 36,2%, còn lại là đồng cỏ năng, lúa ma và mặt nước.

Năm nay, đơn vị bố trí 23 chòi canh lửa, 2 trạm bơm điện và 12 máy bơm chữa cháy; thành lập 9 tổ trực với 86 cán bộ, viên chức và lao động hợp đồng. Để giảm vật liệu cháy, Vườn đã xử lý cỏ, thực bì trên diện tích 850 ha, cao hơn 150 ha so với năm trước; mực nước trong các phân khu được giữ ở mức 0,8-1,2 m.

Năm 2020, một vụ cháy tại phân khu A1 đã thiêu rụi gần 100 ha tràm và đồng cỏ; từ đó đến nay, Vườn chưa để xảy ra cháy lớn. Ông Nguyễn Văn Hùng, Giám đốc Vườn quốc gia Tràm Chim cho biết, kinh phí PCCCR năm 2023 của Vườn là 3,15 tỷ đồng, trong đó 1,2 tỷ đồng dành cho nạo vét 14 km kênh giữ nước.

Cùng với bảo vệ rừng, Vườn đẩy mạnh du lịch sinh thái. Từ tháng 1 đến hết tháng 3, Vườn đón hơn 12.500 lượt khách, tăng 18% so với cùng kỳ năm 2022; doanh thu du lịch đạt 2,4 tỷ đồng. Du khách có thể đến Vườn theo Quốc lộ 30, cách TP Cao Lãnh khoảng 45 km. Mọi thông tin về cháy rừng xin báo về số 0277.3827.436.

Bài, ảnh: HOÀNG LÂM
05/4/2023
"""

NOW = year(2023, "Năm nay")
Q1 = period("Từ tháng 1 đến hết tháng 3", "2023-01-01", "2023-03-31")
Y23 = year(2023, "năm 2023")

FIGS = [
    F("hơn 2.600 ha", "2.600", 2600, "measure", "ha", approx="over", subject="rừng tràm được bảo vệ trước nguy cơ cháy"),
    F("tổng diện tích 7.313 ha", "7.313", 7313, "measure", "ha", subject="tổng diện tích Vườn quốc gia Tràm Chim"),
    F("chia thành 5 phân khu", "5", 5, "count", "phân khu", subject="phân khu của Vườn"),
    F("khoảng 2.650 ha", "2.650", 2650, "measure", "ha", approx="about", total=7313, percent=36.2,
      subject="diện tích rừng tràm"),
    F("bố trí 23 chòi", "23", 23, "count", "chòi canh lửa", subject="chòi canh lửa", period=NOW),
    F("2 trạm bơm", "2", 2, "count", "trạm bơm điện", subject="trạm bơm điện", period=NOW),
    F("12 máy bơm", "12", 12, "count", "máy bơm", subject="máy bơm chữa cháy", period=NOW),
    F("thành lập 9 tổ", "9", 9, "count", "tổ trực", subject="tổ trực", period=NOW),
    F("với 86 cán bộ", "86", 86, "count", "cán bộ, viên chức và lao động hợp đồng",
      subject="cán bộ, viên chức và lao động hợp đồng trong các tổ trực", period=NOW),
    F("diện tích 850 ha", "850", 850, "measure", "ha", change=change("increase", 150, "ha", "năm trước"),
      subject="diện tích xử lý cỏ, thực bì", period=period("Năm nay", "2023-01-01", "2023-12-31", inherited=True)),
    F("mức 0,8-1,2 m", "0,8", 0.8, "measure", "m", value_max=1.2, subject="mực nước trong các phân khu"),
    F("một vụ cháy", "một", 1, "count", "vụ cháy", optional=True),
    F("gần 100 ha", "100", 100, "measure", "ha", approx="nearly",
      subject="diện tích tràm và đồng cỏ bị cháy tại phân khu A1", period=year(2020, "Năm 2020")),
    F("là 3,15 tỷ đồng", "3,15", 3.15e9, "money", "đồng", subject="kinh phí PCCCR của Vườn", period=Y23),
    F("trong đó 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", total=3.15e9,
      subject="kinh phí nạo vét kênh giữ nước", period=Y23),
    F("nạo vét 14 km", "14", 14, "measure", "km", subject="kênh giữ nước nạo vét", period=Y23),
    F("hơn 12.500 lượt khách", "12.500", 12500, "count", "lượt khách", approx="over",
      change=change("increase", 18, "%", "cùng kỳ năm 2022"), subject="lượt khách đến Vườn", period=Q1),
    F("đạt 2,4 tỷ đồng", "2,4", 2.4e9, "money", "đồng", subject="doanh thu du lịch", period=Q1),
    F("khoảng 45 km", "45", 45, "measure", "km", approx="about", optional=True),
]

NOTES = [
    "Báo Đồng Tháp: Vườn quốc gia Tràm Chim (huyện Tam Nông) phòng cháy mùa khô; byline 'HOÀNG LÂM' and bare date '05/4/2023' at the end.",
    "Distractors: 'phân khu từ A1 đến A5', 'phân khu A1' (names), 'Quốc lộ 30', phone '0277.3827.436', 'TP Cao Lãnh', the bare date.",
    "Location: the park lies in huyện Tam Nông, named in the lead: all figures 'Tam Nông'.",
    "'trong đó rừng tràm khoảng 2.650 ha' follows '5 phân khu' but its whole is the park's 7.313 ha (same unit and thing).",
    "'Năm nay' = the year of the dateline, 2023; it governs its own sentence (scored) and the next one (850 ha: inherited).",
    "'Từ tháng 1 đến hết tháng 3' has no year: nearest earlier dated phrase is 'năm 2023' (also the baseline 'cùng kỳ năm 2022').",
    "Optional: 'một vụ cháy' (a fire, an article-like word number), the road distance 'khoảng 45 km'.",
    "'gần 100 ha' is the burnt area of the 2020 fire: period Năm 2020.",
]

write("p949-5", TEXT, NOTES, FIGS, published="2023-04-05", location="Tam Nông")
