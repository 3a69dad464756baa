from lib import *

TEXT = """
Cổng Thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức > Y tế - Xã hội
Cập nhật: 14/10/2024 08:45 | Lượt xem: 2.317

Bệnh viện Đa khoa tỉnh quá tải, công suất giường bệnh vượt 120%

Theo báo cáo của Sở Y tế, 9 tháng năm 2024, Bệnh viện Đa khoa tỉnh Thanh Hóa đã khám bệnh cho 412.560 lượt người, tăng 8,7% so với cùng kỳ; điều trị nội trú 58.934 lượt người bệnh, trong đó 3.126 lượt chuyển đến từ các bệnh viện tuyến huyện. Công suất sử dụng giường bệnh bình quân đạt 123,6%, có thời điểm lên tới 140%.

Với quy mô 1.200 giường được giao nhưng thực kê tới 1.650 giường, bình quân mỗi ngày bệnh viện có khoảng 1.480 người bệnh nội trú. Nhiều khoa như Hồi sức tích cực, Nội tiết, Chấn thương chỉnh hình phải bố trí nằm ghép từ 2 đến 3 người/giường. Riêng khoa Hồi sức tích cực có 40 giường nhưng thường xuyên điều trị cho trên 60 người bệnh. Công suất sử dụng giường của khoa này là 152%.

Bác sĩ Lê Văn Sỹ, Giám đốc bệnh viện cho biết, nguyên nhân chủ yếu là người bệnh tự vượt tuyến, chiếm gần 35% số người bệnh nội trú; trong khi nhiều kỹ thuật mà người bệnh lên tỉnh để điều trị, các trung tâm y tế huyện hoàn toàn có thể thực hiện.

Để giảm tải, tháng 7/2024 bệnh viện đưa vào sử dụng Khu điều trị kỹ thuật cao 9 tầng với 350 giường bệnh. Công trình có tổng mức đầu tư 486,5 tỷ đồng, được phê duyệt tại Quyết định số 2345/QĐ-UBND ngày 15/6/2021 của UBND tỉnh. Bệnh viện phấn đấu đến hết năm 2025 giảm công suất sử dụng giường bệnh xuống dưới 105% và không còn tình trạng nằm ghép.

Người dân cần hỗ trợ xin liên hệ Phòng Công tác xã hội (phòng 105, tầng 1, nhà A), số 181 đường Hải Thượng Lãn Ông, phường Đông Vệ; đường dây nóng 0966.115.115.
"""

P9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
P9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
FIGS = [
    F("vượt 120%", "120", 120, "percent", "%", "công suất giường bệnh", approx="over", optional=True),
    F("cho 412.560 lượt người", "412.560", 412560, "count", "lượt người", "lượt khám bệnh tại Bệnh viện Đa khoa tỉnh",
      change=CH("increase", 8.7, "%", "cùng kỳ"), period=P9),
    F("nội trú 58.934 lượt", "58.934", 58934, "count", "lượt người bệnh", "lượt người bệnh điều trị nội trú", period=P9),
    F("trong đó 3.126 lượt", "3.126", 3126, "count", "lượt", "lượt người bệnh chuyển đến từ các bệnh viện tuyến huyện",
      total=58934, period=P9),
    F("bình quân đạt 123,6%", "123,6", 123.6, "percent", "%", "công suất sử dụng giường bệnh bình quân", period=P9i),
    F("lên tới 140%", "140", 140, "percent", "%", "công suất sử dụng giường bệnh cao điểm", period=P9i),
    F("quy mô 1.200 giường", "1.200", 1200, "count", "giường", "giường bệnh được giao"),
    F("tới 1.650 giường", "1.650", 1650, "count", "giường", "giường bệnh thực kê"),
    F("khoảng 1.480 người bệnh", "1.480", 1480, "count", "người bệnh", "người bệnh nội trú bình quân mỗi ngày",
      approx="about", period=P9i),
    F("từ 2 đến 3 người/giường", "2", 2, "measure", "người/giường", "người bệnh nằm ghép mỗi giường", value_max=3),
    F("có 40 giường", "40", 40, "count", "giường", "giường khoa Hồi sức tích cực"),
    F("trên 60 người bệnh", "60", 60, "count", "người bệnh", "người bệnh điều trị tại khoa Hồi sức tích cực",
      approx="over"),
    F("khoa này là 152%", "152", 152, "percent", "%", "công suất sử dụng giường khoa Hồi sức tích cực"),
    F("chiếm gần 35%", "35", 35, "percent", "%", "người bệnh tự vượt tuyến trong số người bệnh nội trú",
      approx="nearly"),
    F("9 tầng", "9", 9, "count", "tầng", "tầng Khu điều trị kỹ thuật cao", optional=True),
    F("với 350 giường", "350", 350, "count", "giường", "giường bệnh Khu điều trị kỹ thuật cao",
      period=P("tháng 7/2024", "2024-07-01", "2024-07-31")),
    F("486,5 tỷ đồng", "486,5", 486.5e9, "money", "đồng", "tổng mức đầu tư Khu điều trị kỹ thuật cao"),
    F("xuống dưới 105%", "105", 105, "percent", "%", "công suất sử dụng giường bệnh", approx="under",
      status="target", period=P("đến hết năm 2025", None, "2025-12-31")),
]

build(1, TEXT, FIGS, [
    "Cổng TTĐT tỉnh Thanh Hóa: Bệnh viện Đa khoa tỉnh quá tải, 9 tháng năm 2024. Dateline 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 2.317' (counter is furniture).",
    "Headline 'vượt 120%' is a threshold restating the body's 123,6%: optional. Distractors:",
    "'Quyết định số 2345/QĐ-UBND ngày 15/6/2021' (identifier: no period for the 486,5 tỷ), 'phòng 105, tầng 1', 'số 181', phone. '9 tầng' optional.",
    "Bed stock (1.200 / 1.650 / 40 giường) in a paragraph with no period phrase: period null. 3.126 is a part of 58.934 ('trong đó').",
], published="2024-10-14", location="Thanh Hóa")
