from lib import *

TEXT = """Tiêu thụ điện lập kỷ lục mới, lần đầu vượt 1 tỷ kWh một ngày
Thứ tư, 5/6/2024, 18:40 (GMT+7)

Nắng nóng gay gắt kéo dài khiến nhu cầu sử dụng điện tăng cao, công suất và sản lượng tiêu thụ điện toàn hệ thống liên tục lập đỉnh mới.

Trung tâm Điều độ hệ thống điện quốc gia (A0) cho biết, công suất tiêu thụ cực đại toàn hệ thống ngày 4/6 đạt 47.670 MW, tăng gần 12% so với cùng kỳ năm 2023; sản lượng tiêu thụ đạt 1,011 tỷ kWh, lần đầu vượt mốc 1 tỷ kWh/ngày. Tại Hà Nội, công suất đỉnh đạt 5.862 MW, tăng 8,3% so với cùng kỳ; TP Hồ Chí Minh đạt 4.732 MW.

5 tháng đầu năm 2024, sản lượng điện toàn hệ thống (gồm sản xuất và nhập khẩu) đạt 123,96 tỷ kWh, tăng 12,1% so với cùng kỳ. Trong đó, thủy điện đạt 24,6 tỷ kWh, chiếm 19,8%; nhiệt điện than 69,15 tỷ kWh, chiếm 55,8%; năng lượng tái tạo khoảng 15,7 tỷ kWh; nhập khẩu 2,34 tỷ kWh. Theo kế hoạch năm 2024, sản lượng điện sản xuất và nhập khẩu cả năm cần đạt 306,2 tỷ kWh.

Tập đoàn Điện lực Việt Nam (EVN) cho biết, từ đầu tháng 5 đến nay, hệ thống không phải tiết giảm điện. Tuy nhiên, đã xảy ra 12 sự cố lưới điện 110-220 kV do quá tải, trong đó có sự cố làm mất điện cục bộ khoảng 3 đến 4 giờ tại một số xã của tỉnh Nghệ An.

EVN khuyến nghị người dân sử dụng điều hòa ở mức từ 26 độ C trở lên; theo tính toán, mỗi độ C tăng thêm có thể giúp tiết kiệm 1-3% điện năng tiêu thụ của thiết bị. Khách hàng cần hỗ trợ liên hệ Tổng đài 19001006 - 19009000.

Phương Dung
"""

M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
M5i = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31", True)
T = 123960000000
FIGS = [
    F("vượt 1 tỷ kWh một ngày", "1", 1000000000, "measure", "kWh", optional=True),
    F("đạt 47.670 MW", "47.670", 47670, "measure", "MW", "công suất tiêu thụ cực đại toàn hệ thống",
      change=CH("increase", 12, "%", "cùng kỳ năm 2023", "nearly")),
    F("đạt 1,011 tỷ kWh", "1,011", 1011000000, "measure", "kWh", "sản lượng tiêu thụ"),
    F("mốc 1 tỷ kWh/ngày", "1", 1000000000, "measure", "kWh/ngày", optional=True),
    F("đạt 5.862 MW", "5.862", 5862, "measure", "MW", "công suất đỉnh", location="Hà Nội", change=CH("increase", 8.3, "%", "cùng kỳ")),
    F("đạt 4.732 MW", "4.732", 4732, "measure", "MW", "công suất đỉnh", location="TP Hồ Chí Minh"),
    F("đạt 123,96 tỷ kWh", "123,96", T, "measure", "kWh", "sản lượng điện toàn hệ thống (gồm sản xuất và nhập khẩu)", M5,
      change=CH("increase", 12.1, "%", "cùng kỳ")),
    F("đạt 24,6 tỷ kWh", "24,6", 24600000000, "measure", "kWh", "sản lượng thủy điện", M5i, total=T, percent=19.8),
    F("than 69,15 tỷ kWh", "69,15", 69150000000, "measure", "kWh", "sản lượng nhiệt điện than", M5i, total=T, percent=55.8),
    F("khoảng 15,7 tỷ kWh", "15,7", 15700000000, "measure", "kWh", "sản lượng năng lượng tái tạo", M5i, total=T, approx="about"),
    F("nhập khẩu 2,34 tỷ kWh", "2,34", 2340000000, "measure", "kWh", "sản lượng điện nhập khẩu", M5i, total=T),
    F("đạt 306,2 tỷ kWh", "306,2", 306200000000, "measure", "kWh", "sản lượng điện sản xuất và nhập khẩu cả năm",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("xảy ra 12 sự cố", "12", 12, "count", "sự cố", "sự cố lưới điện 110-220 kV do quá tải",
      P("từ đầu tháng 5 đến nay", "2024-05-01", "2024-06-05", True)),
    F("điện 110-220 kV", "110", 110, "measure", "kV", value_max=220, optional=True),
    F("khoảng 3 đến 4 giờ", "3", 3, "measure", "giờ", "thời gian mất điện cục bộ", approx="about", value_max=4, location="Nghệ An"),
    F("từ 26 độ C", "26", 26, "measure", "độ C", approx="at_least", optional=True),
    F("tiết kiệm 1-3%", "1", 1, "percent", "%", "điện năng tiêu thụ của thiết bị tiết kiệm được mỗi độ C tăng thêm", value_max=3),
]

build(7, TEXT, [
    "National press style (VnExpress-like dateline 'Thứ tư, 5/6/2024, 18:40 (GMT+7)', byline at the end): record power demand in the June 2024 heat wave,",
    "5-month generation by source, EVN. Default location Việt Nam; Hà Nội and TP Hồ Chí Minh items and the outage in Nghệ An carry their place.",
    "Day-level figures ('ngày 4/6') get no period (FIGURES.md gives no day period; the gold leaves it unscored). Thresholds 'vượt 1 tỷ kWh',",
    "'mốc 1 tỷ kWh/ngày', 'từ 26 độ C trở lên' and the voltage range '110-220 kV' (label) are optional. '1,011 tỷ kWh' = 1.011.000.000 (decimal).",
    "'tăng gần 12%' -> change with approx nearly. 'Trong đó' sources take total 123,96 tỷ; 'chiếm' -> percent. 'Theo kế hoạch năm 2024 … cần đạt' -> target.",
    "'12 sự cố' stands in the sentence after 'từ đầu tháng 5 đến nay' (inherited; to the dateline 2024-06-05). '1-3%' is a range (value_max 3).",
    "Distractors: dates 4/6, (GMT+7), 'A0', hotline '19001006 - 19009000', 'năm 2023' in the baseline.",
], FIGS, published="2024-06-05", location="Việt Nam")
