"""p1090-8: provincial newspaper online (Báo Bắc Giang điện tử), headline figure, '(BGĐT) -' tag, 9 months of 2024."""
from lib import F, per, inherit, chg, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thời sự | Giao thông
Hơn 12.600 trường hợp vi phạm giao thông bị phát hiện qua camera trong 9 tháng
Cập nhật lúc 16:35, Thứ Hai, 07/10/2024

(BGĐT) - 9 tháng năm 2024, hệ thống camera giám sát giao thông trên địa bàn tỉnh đã phát hiện 12.648 trường hợp vi phạm, tăng 15,7% so với cùng kỳ; trong đó xe ô tô 7.215 trường hợp, xe mô tô 5.433 trường hợp.

Hiện toàn tỉnh có 118 camera được kết nối về Trung tâm Chỉ huy Công an tỉnh. Số camera trên các tuyến Quốc lộ 1, Quốc lộ 31 và Quốc lộ 37 lần lượt là 22, 15 và 9 camera; còn lại lắp tại TP Bắc Giang và các huyện Việt Yên, Lạng Giang.

Công an tỉnh đã gửi 11.730 thông báo vi phạm đến chủ phương tiện, đạt 92,7%; đã xử phạt 9.856 trường hợp, tổng số tiền hơn 29,4 tỷ đồng, đạt 117,6% kế hoạch năm, bình quân 2,98 triệu đồng/trường hợp. Ước tính cả năm 2024, số tiền xử phạt qua camera đạt khoảng 38 tỷ đồng.

Đáng chú ý, có 1.206 thông báo bị bưu điện hoàn trả, chiếm 10,3% số thông báo đã gửi. Để khắc phục, Công an tỉnh triển khai gửi thông báo qua ứng dụng VNeID; mục tiêu đến cuối năm 2024, 100% thông báo vi phạm được gửi qua cả hai hình thức.

Cũng trong 9 tháng, có 312 phương tiện bị các trung tâm đăng kiểm từ chối kiểm định do chủ xe chưa nộp phạt nguội, tăng 87 phương tiện so với cùng kỳ năm 2023.

Hữu Chung
"""

P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
PI = inherit(P9)
ROAD = "camera trên các tuyến quốc lộ"

FIGS = [
    F("Hơn 12.600 trường hợp", "12.600", 12600, "count", "trường hợp", approx="over",
      subject="trường hợp vi phạm giao thông bị phát hiện qua camera",
      period=per("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("phát hiện 12.648 trường hợp", "12.648", 12648, "count", "trường hợp",
      change=chg("increase", 15.7, "%", "cùng kỳ"),
      subject="trường hợp vi phạm hệ thống camera giám sát giao thông phát hiện", period=P9),
    F("xe ô tô 7.215 trường hợp", "7.215", 7215, "count", "trường hợp", total=12648,
      subject="vi phạm của xe ô tô", period=P9),
    F("xe mô tô 5.433 trường hợp", "5.433", 5433, "count", "trường hợp", total=12648,
      subject="vi phạm của xe mô tô", period=P9),
    F("có 118 camera", "118", 118, "count", "camera",
      subject="camera kết nối về Trung tâm Chỉ huy Công an tỉnh"),
    F("lần lượt là 22", "22", 22, "count", "camera", subject=ROAD + " Quốc lộ 1"),
    F("22, 15 và", "15", 15, "count", "camera", subject=ROAD + " Quốc lộ 31"),
    F("và 9 camera", "9", 9, "count", "camera", subject=ROAD + " Quốc lộ 37"),
    F("gửi 11.730 thông báo", "11.730", 11730, "count", "thông báo", percent=92.7,
      subject="thông báo vi phạm gửi đến chủ phương tiện", period=PI),
    F("xử phạt 9.856 trường hợp", "9.856", 9856, "count", "trường hợp",
      subject="trường hợp đã xử phạt", period=PI),
    F("hơn 29,4 tỷ đồng", "29,4", 29.4e9, "money", "đồng", approx="over", percent=117.6,
      subject="tổng số tiền xử phạt", period=PI),
    F("bình quân 2,98 triệu đồng/trường hợp", "2,98", 2.98e6, "money", "đồng/trường hợp",
      subject="số tiền xử phạt bình quân mỗi trường hợp", period=PI),
    F("khoảng 38 tỷ đồng", "38", 38e9, "money", "đồng", approx="about", status="estimate",
      subject="số tiền xử phạt qua camera", period=per("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("có 1.206 thông báo", "1.206", 1206, "count", "thông báo", percent=10.3,
      subject="thông báo bị bưu điện hoàn trả", period=PI),
    F("2024, 100% thông báo", "100", 100, "percent", "%", status="target",
      subject="thông báo vi phạm được gửi qua cả hai hình thức",
      period=per("đến cuối năm 2024", None, "2024-12-31")),
    F("có 312 phương tiện", "312", 312, "count", "phương tiện",
      change=chg("increase", 87, "phương tiện", "cùng kỳ năm 2023"),
      subject="phương tiện bị từ chối kiểm định do chủ xe chưa nộp phạt nguội",
      period=per("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("cả hai hình thức", "hai", 2, "count", "hình thức", optional=True, status="target",
      subject="hình thức gửi thông báo"),
]

NOTES = [
    "Báo Bắc Giang điện tử: headline figure, 'Cập nhật lúc 16:35, Thứ Hai, 07/10/2024', tag '(BGĐT) -', byline at the end.",
    "The article says only 'tỉnh'; the BGĐT tag and 'TP Bắc Giang', 'Việt Yên', 'Lạng Giang' imply Bắc Giang.",
    "Distractors: 16:35, Quốc lộ 1/31/37 (also inside the 'lần lượt' list), '(BGĐT)'.",
    "Year-less headline 'trong 9 tháng' takes 2024 from the dateline.",
    "'trong đó xe ô tô 7.215 ..., xe mô tô 5.433' add up to 12.648: total. 'lần lượt là 22, 15 và 9 camera' shares the",
    "indicator 'Số camera trên các tuyến ...'; each road is named in the subject (a road is not a location).",
    "'đạt 117,6% kế hoạch năm' after the money figure is its percent (as 'bằng 47,3% kế hoạch' in the shared gold).",
    "'cả hai hình thức' (the two channels) is structural: optional.",
    "'Cũng trong 9 tháng' (year-less) takes 2024 from '9 tháng năm 2024' earlier in the article.",
]

write(8, TEXT, FIGS, NOTES, published="2024-10-07", location="Bắc Giang")
