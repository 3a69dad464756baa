"""p1090-5: provincial Party newspaper (Báo Nghệ An), owners ignoring cold-fine notices; byline and bare date at the end."""
from lib import F, per, inherit, write

TEXT = """Phạt nguội qua camera: Nhiều chủ xe chưa chấp hành

Từ đầu năm đến nay, Phòng Cảnh sát giao thông Công an tỉnh Nghệ An đã gửi 14.380 thông báo vi phạm phát hiện qua hệ thống camera đến chủ phương tiện. Tuy nhiên, mới có 8.915 trường hợp đến làm việc, chiếm khoảng 62%; hơn 5.400 trường hợp chưa chấp hành.

Hệ thống camera của tỉnh hiện có 96 camera, trong đó 28 camera được lắp tại các nút giao trên Quốc lộ 1A và Quốc lộ 46, 68 camera lắp tại TP Vinh và thị xã Cửa Lò.

Theo Thượng tá Trần Hữu Sáu, Phó Trưởng phòng CSGT, nhiều thông báo gửi qua bưu điện bị trả lại vì chủ xe đã bán phương tiện nhưng chưa làm thủ tục sang tên. Có xe khách vi phạm tốc độ tới 7 lần trong một tháng nhưng chủ xe vẫn không đến giải quyết.

Theo quy định, ô tô chạy quá tốc độ từ 10 km/h đến 20 km/h bị phạt từ 4 đến 6 triệu đồng; xe mô tô vượt đèn đỏ bị phạt từ 800.000 đến 1 triệu đồng. Chủ xe không chấp hành sẽ không được đăng kiểm phương tiện.

Năm 2022, toàn tỉnh đã xử phạt qua camera 9.870 trường hợp, nộp ngân sách hơn 21 tỷ đồng. Theo kế hoạch, giai đoạn 2024-2025 tỉnh sẽ đầu tư thêm 150 camera, tổng kinh phí dự kiến khoảng 35 tỷ đồng; đồng thời công khai biển số xe vi phạm trên Báo Nghệ An và Cổng thông tin điện tử Công an tỉnh.

Thanh Hà
25/10/2023
"""

PD = per("Từ đầu năm đến nay", "2023-01-01", "2023-10-25")
P22 = per("Năm 2022", "2022-01-01", "2022-12-31")
PG = per("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    F("gửi 14.380 thông báo", "14.380", 14380, "count", "thông báo",
      subject="thông báo vi phạm phát hiện qua hệ thống camera gửi đến chủ phương tiện", period=PD),
    F("có 8.915 trường hợp", "8.915", 8915, "count", "trường hợp", percent=62,
      subject="trường hợp đến làm việc", period=inherit(PD)),
    F("hơn 5.400 trường hợp", "5.400", 5400, "count", "trường hợp", approx="over",
      subject="trường hợp chưa chấp hành", period=inherit(PD)),
    F("có 96 camera", "96", 96, "count", "camera", subject="camera của hệ thống camera của tỉnh"),
    F("trong đó 28 camera", "28", 28, "count", "camera", total=96,
      subject="camera lắp tại các nút giao trên Quốc lộ 1A và Quốc lộ 46"),
    F("46, 68 camera", "68", 68, "count", "camera", total=96,
      subject="camera lắp tại TP Vinh và thị xã Cửa Lò"),
    F("tới 7 lần", "7", 7, "count", "lần", optional=True,
      subject="lần vi phạm tốc độ của một xe khách trong một tháng"),
    F("từ 10 km/h đến 20 km/h", "10", 10, "measure", "km/h", value_max=20, optional=True,
      subject="mức chạy quá tốc độ của ô tô"),
    F("từ 4 đến 6 triệu đồng", "4", 4e6, "money", "đồng", value_max=6e6,
      subject="mức phạt ô tô chạy quá tốc độ từ 10 km/h đến 20 km/h"),
    F("từ 800.000 đến 1 triệu đồng", "800.000", 800000, "money", "đồng", value_max=1e6,
      subject="mức phạt xe mô tô vượt đèn đỏ"),
    F("camera 9.870 trường hợp", "9.870", 9870, "count", "trường hợp",
      subject="trường hợp xử phạt qua camera", period=P22),
    F("hơn 21 tỷ đồng", "21", 21e9, "money", "đồng", approx="over",
      subject="tiền phạt nộp ngân sách", period=P22),
    F("thêm 150 camera", "150", 150, "count", "camera", status="target",
      subject="camera đầu tư thêm", period=PG),
    F("khoảng 35 tỷ đồng", "35", 35e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí đầu tư camera", period=PG),
]

NOTES = [
    "Báo Nghệ An (provincial Party paper): byline 'Thanh Hà' and bare date '25/10/2023' at the end give published.",
    "Distractors: Quốc lộ 1A, Quốc lộ 46, name 'Trần Hữu Sáu', 'trong một tháng', 'giai đoạn 2024-2025' (period).",
    "'Từ đầu năm đến nay' = 2023-01-01 .. published. 'hiện có 96 camera' gets no period.",
    "8.915 'chiếm khoảng 62%' of the notices: percent 62, no total (no part-of cue; 'chiếm' gives the share).",
    "'28 camera ..., 68 camera' follow 'trong đó' after 96 camera and add up to it: total 96.",
    "Optional: the example coach's '7 lần' and the speed band 'từ 10 km/h đến 20 km/h' that defines the offence.",
    "Fine ranges are money figures with value_max ('từ 800.000 đến 1 triệu đồng' = 800000 .. 1000000).",
    "'Theo kế hoạch ... sẽ đầu tư thêm 150 camera' is a target; 'tổng kinh phí dự kiến' is a forecast.",
]

write(5, TEXT, FIGS, NOTES, published="2023-10-25", location="Nghệ An")
