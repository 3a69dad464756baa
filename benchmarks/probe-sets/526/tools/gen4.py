"""p526-4: Bộ Y tế ministry site — national voluntary blood donation 2023, youth share, provinces."""
from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ BỘ Y TẾ
Trang chủ / Tin tức - Sự kiện / Hoạt động của Bộ
Ngày đăng: 09/01/2024 | Lượt xem: 2.764

Năm 2023, cả nước tiếp nhận hơn 1,6 triệu đơn vị máu, thanh niên chiếm khoảng 70%

Ngày 8/1/2024, tại Hà Nội, Bộ Y tế phối hợp với Trung ương Đoàn TNCS Hồ Chí Minh tổ chức Hội nghị tổng kết công tác vận động hiến máu tình nguyện năm 2023. Theo báo cáo, năm 2023 toàn quốc tiếp nhận 1.612.480 đơn vị máu, đạt 104,2% kế hoạch, tăng 5,3% so với năm 2022; tỷ lệ người hiến máu nhắc lại đạt 52,8%.

Đoàn viên, thanh niên, sinh viên tiếp tục là lực lượng nòng cốt với khoảng 1,13 triệu đơn vị, chiếm 70,1% tổng lượng máu tiếp nhận. Chương trình Chủ nhật Đỏ lần thứ XV thu được 126.500 đơn vị; Hành trình Đỏ lần thứ XI thu được 98.720 đơn vị máu tại 45 tỉnh, thành phố.

Các địa phương tiếp nhận nhiều máu nhất là Hà Nội (284.300 đơn vị), TP. Hồ Chí Minh (231.650 đơn vị), Thừa Thiên Huế (64.120 đơn vị) và Cần Thơ (58.900 đơn vị). Bình quân cả nước tiếp nhận 16,1 đơn vị máu/1.000 dân.

Tuy vậy, tỷ lệ người dân hiến máu mới đạt 1,6% dân số, trong khi mục tiêu đề ra là 2%. Năm 2024, Bộ Y tế đặt mục tiêu tiếp nhận 1,75 triệu đơn vị máu; đến năm 2030, tỷ lệ người dân hiến máu đạt 2,5% dân số.

Đường dây nóng Bộ Y tế: 1900 9095
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
H23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 1,6 triệu", "1,6", 1.6e6, "count", "đơn vị máu", "đơn vị máu cả nước tiếp nhận", H23, approx="over"),
    F("khoảng 70%", "70", 70, "percent", "%", "tỷ lệ thanh niên trong đơn vị máu tiếp nhận", H23, approx="about"),
    F("tiếp nhận 1.612.480", "1.612.480", 1612480, "count", "đơn vị máu", "đơn vị máu toàn quốc tiếp nhận", Y23,
      percent=104.2, change=CH("increase", 5.3, "%", "năm 2022")),
    F("đạt 52,8%", "52,8", 52.8, "percent", "%", "tỷ lệ người hiến máu nhắc lại", Y23),
    F("khoảng 1,13 triệu", "1,13", 1.13e6, "count", "đơn vị", "đơn vị máu đoàn viên, thanh niên, sinh viên hiến", I(Y23),
      approx="about", percent=70.1),
    F("thu được 126.500", "126.500", 126500, "count", "đơn vị", "đơn vị máu Chương trình Chủ nhật Đỏ thu được", I(Y23)),
    F("thu được 98.720", "98.720", 98720, "count", "đơn vị máu", "đơn vị máu Hành trình Đỏ thu được", I(Y23)),
    F("tại 45 tỉnh", "45", 45, "count", "tỉnh, thành phố", "tỉnh, thành phố Hành trình Đỏ đi qua", I(Y23)),
    F("(284.300 đơn vị)", "284.300", 284300, "count", "đơn vị", "đơn vị máu tiếp nhận", I(Y23), location="Hà Nội"),
    F("(231.650 đơn vị)", "231.650", 231650, "count", "đơn vị", "đơn vị máu tiếp nhận", I(Y23), location="TP. Hồ Chí Minh"),
    F("(64.120 đơn vị)", "64.120", 64120, "count", "đơn vị", "đơn vị máu tiếp nhận", I(Y23), location="Thừa Thiên Huế"),
    F("(58.900 đơn vị)", "58.900", 58900, "count", "đơn vị", "đơn vị máu tiếp nhận", I(Y23), location="Cần Thơ"),
    F("16,1 đơn vị máu/1.000 dân", "16,1", 16.1, "measure", "đơn vị máu/1.000 dân", "đơn vị máu tiếp nhận bình quân cả nước", I(Y23)),
    F("mới đạt 1,6%", "1,6", 1.6, "percent", "%", "tỷ lệ người dân hiến máu", I(Y23), target=TG(2, "%", False)),
    F("tiếp nhận 1,75 triệu", "1,75", 1.75e6, "count", "đơn vị máu", "đơn vị máu tiếp nhận", P("Năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("đạt 2,5%", "2,5", 2.5, "percent", "%", "tỷ lệ người dân hiến máu", P("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "Bộ Y tế ministry site ('Ngày đăng: 09/01/2024 | Lượt xem: 2.764'): national voluntary blood donation 2023, youth share, top provinces.",
    "National figures: location Việt Nam; provinces in the bracketed list go to location. 'chiếm 70,1% tổng lượng máu' names no whole number:",
    "percent only, no total. '(mục tiêu đề ra là 2%)' is the target of 1,6% (not met), not a figure. '1.000 dân' is a rate denominator.",
    "Headline '(Năm 2023) ... khoảng 70%' is a percent figure of its own (no base amount in the headline).",
    "Distractors: 'lần thứ XV', 'lần thứ XI', 'Ngày 8/1/2024', hotline 1900 9095, address 138A Giảng Võ, view counter.",
]

emit("p526-4", TEXT, COMMENTS, FIGS, published="2024-01-09", location="Việt Nam")
