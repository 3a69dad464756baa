from lib import *

TEXT = """
Sức khỏe › Tin tức
Thứ năm, 7/11/2024, 06:00 (GMT+7)

Bệnh viện tuyến cuối vẫn "oằn mình" vì quá tải

Người bệnh nằm ghép, nằm hành lang vẫn là cảnh thường thấy ở nhiều bệnh viện trung ương, dù số ca chuyển tuyến đã giảm.

Mỗi ngày Bệnh viện Bạch Mai (Hà Nội) tiếp nhận khoảng 7.000-8.000 lượt khám và điều trị nội trú 3.800-4.000 người bệnh, trong khi số giường thực kê chỉ 3.200 giường. Công suất sử dụng giường bệnh 10 tháng năm 2024 của bệnh viện là 118%, riêng Trung tâm Hô hấp và Trung tâm Tim mạch trên 130%. Các bệnh viện Trung ương Quân đội 108, Quân y 175 cũng ghi nhận tình trạng tương tự.

Tại TP Hồ Chí Minh, Bệnh viện Chợ Rẫy quy mô 1.800 giường nhưng thường xuyên có trên 2.600 người bệnh nội trú, bình quân 1,45 người bệnh/giường.

Theo Cục Quản lý Khám, chữa bệnh (Bộ Y tế), năm 2023 cả nước có 46 bệnh viện tuyến trung ương với khoảng 41.500 giường bệnh; công suất sử dụng giường bình quân của khối này là 105,3%. Trong số 46 bệnh viện này, 12 bệnh viện có công suất trên 120%.

Đại diện Cục cho biết, khoảng 60-70% người bệnh đang điều trị tại các bệnh viện trung ương có thể được điều trị ở tuyến tỉnh. Giai đoạn 2021-2025, Bộ Y tế đã chuyển giao 1.350 gói kỹ thuật cho 430 bệnh viện tuyến dưới thông qua Đề án 1816 và mạng lưới bệnh viện vệ tinh. Tỷ lệ chuyển tuyến lên trung ương đã giảm từ 12% năm 2020 xuống còn 5,6% năm 2023.

Bộ Y tế đặt mục tiêu đến năm 2025 giảm công suất sử dụng giường bệnh ở các bệnh viện tuyến trung ương xuống dưới 95%, không còn tình trạng nằm ghép.

Lê Nga
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
FIGS = [
    F("khoảng 7.000-8.000 lượt", "7.000", 7000, "count", "lượt khám", "lượt khám mỗi ngày Bệnh viện Bạch Mai",
      value_max=8000, approx="about", location="Hà Nội"),
    F("nội trú 3.800-4.000 người", "3.800", 3800, "count", "người bệnh", "người bệnh điều trị nội trú mỗi ngày Bệnh viện Bạch Mai",
      value_max=4000, location="Hà Nội"),
    F("chỉ 3.200 giường", "3.200", 3200, "count", "giường", "giường thực kê Bệnh viện Bạch Mai", location="Hà Nội"),
    F("là 118%", "118", 118, "percent", "%", "công suất sử dụng giường bệnh Bệnh viện Bạch Mai", location="Hà Nội", period=M10),
    F("trên 130%", "130", 130, "percent", "%", "công suất sử dụng giường bệnh Trung tâm Hô hấp và Trung tâm Tim mạch",
      approx="over", location="Hà Nội", period=M10),
    F("quy mô 1.800 giường", "1.800", 1800, "count", "giường", "quy mô giường Bệnh viện Chợ Rẫy", location="TP Hồ Chí Minh"),
    F("trên 2.600 người", "2.600", 2600, "count", "người bệnh", "người bệnh nội trú Bệnh viện Chợ Rẫy", approx="over",
      location="TP Hồ Chí Minh"),
    F("bình quân 1,45 người", "1,45", 1.45, "measure", "người bệnh/giường", "người bệnh trên mỗi giường Bệnh viện Chợ Rẫy",
      location="TP Hồ Chí Minh"),
    F("có 46 bệnh viện", "46", 46, "count", "bệnh viện", "bệnh viện tuyến trung ương", period=Y23),
    F("khoảng 41.500 giường", "41.500", 41500, "count", "giường bệnh", "giường bệnh bệnh viện tuyến trung ương",
      approx="about", period=Y23),
    F("này là 105,3%", "105,3", 105.3, "percent", "%", "công suất sử dụng giường bình quân bệnh viện tuyến trung ương",
      period=Y23),
    F("này, 12 bệnh viện", "12", 12, "count", "bệnh viện", "bệnh viện tuyến trung ương có công suất trên 120%",
      total=46, period=P("năm 2023", "2023-01-01", "2023-12-31", inh=True)),
    F("công suất trên 120%", "120", 120, "percent", "%", "ngưỡng công suất", approx="over", optional=True),
    F("khoảng 60-70%", "60", 60, "percent", "%", "người bệnh tại bệnh viện trung ương có thể điều trị ở tuyến tỉnh",
      value_max=70, approx="about"),
    F("giao 1.350 gói", "1.350", 1350, "count", "gói kỹ thuật", "gói kỹ thuật chuyển giao cho tuyến dưới", period=GD),
    F("cho 430 bệnh viện", "430", 430, "count", "bệnh viện", "bệnh viện tuyến dưới nhận chuyển giao kỹ thuật", period=GD),
    F("từ 12% năm 2020", "12", 12, "percent", "%", "tỷ lệ chuyển tuyến lên trung ương",
      period=P("năm 2020", "2020-01-01", "2020-12-31")),
    F("còn 5,6% năm 2023", "5,6", 5.6, "percent", "%", "tỷ lệ chuyển tuyến lên trung ương",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("xuống dưới 95%", "95", 95, "percent", "%", "công suất sử dụng giường bệnh bệnh viện tuyến trung ương",
      approx="under", status="target", period=P("đến năm 2025", None, "2025-12-31")),
]

build(6, TEXT, FIGS, [
    "National press (VnExpress style): overload of central hospitals. Dateline 'Thứ năm, 7/11/2024, 06:00 (GMT+7)'; byline at the end.",
    "Bạch Mai figures are located in Hà Nội, Chợ Rẫy in TP Hồ Chí Minh (both named); national figures Việt Nam. 'Mỗi ngày' is no period.",
    "Distractors: hospital names 'Trung ương Quân đội 108', 'Quân y 175', 'Đề án 1816', '(GMT+7)'.",
    "'Trong số 46 bệnh viện này, 12 bệnh viện' gives total 46; 'trên 120%' there is a threshold (optional).",
    "'giảm từ 12% năm 2020 xuống còn 5,6% năm 2023': two level figures with their own years, no change object (the gap is not stated).",
], published="2024-11-07", location="Việt Nam")
