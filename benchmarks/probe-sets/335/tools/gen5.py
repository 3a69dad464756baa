from lib import F, P, chg, write

TEXT = """Thứ hai, 16/12/2024, 06:00 (GMT+7)

Cao tốc Vân Phong – Nha Trang dự kiến thông xe 60 km trong tháng 1/2025

Sau 20 tháng thi công, cao tốc Vân Phong – Nha Trang dài 83,35 km, nằm hoàn toàn trên địa bàn tỉnh Khánh Hòa, đã hoàn thành khoảng 70% khối lượng; chủ đầu tư dự kiến thông xe kỹ thuật đoạn dài 60 km từ nút giao Vạn Giã đến nút giao Ninh Xuân trong tháng 1/2025.

Dự án do Ban Quản lý dự án 7 làm chủ đầu tư, tổng mức đầu tư 11.112 tỷ đồng, gồm 4 gói thầu xây lắp. Đoạn qua huyện Vạn Ninh dài 32,5 km, qua thị xã Ninh Hòa 38,6 km và qua huyện Diên Khánh 12,25 km.

Ông Trần Văn Hải, Phó Giám đốc Ban, cho biết tổng nhu cầu đất đắp của dự án khoảng 6,1 triệu m3; đến nay các nhà thầu đã khai thác được 5,4 triệu m3, đạt gần 89%. Các gói thầu XL1 và XL2 (đoạn qua Vạn Ninh) đạt lần lượt 76% và 73%, trong khi gói XL4 mới đạt 61%, chậm khoảng 15 ngày so với kế hoạch. Dự án hiện xếp thứ 2 về tiến độ trong 12 dự án thành phần cao tốc Bắc – Nam giai đoạn 2021-2025.

Năm 2024, dự án được giao kế hoạch vốn 3.420 tỷ đồng (năm 2023 là 2.150 tỷ đồng); đến ngày 10/12 đã giải ngân 3.015 tỷ đồng, đạt 88,2%; dự kiến đến hết năm giải ngân trên 95%.

Trên công trường có hơn 1.100 nhân sự và khoảng 540 thiết bị thi công, trong đó có 86 lu rung và 112 ô tô tự đổ. Các nhà thầu Tổng công ty 491, Công ty CP Tập đoàn Trường Sơn đang thi công xuyên Tết.

Theo Bộ GTVT, toàn tuyến phải hoàn thành trước ngày 30/4/2025. Khi đưa vào khai thác, thời gian đi từ Vạn Giã về Nha Trang dự kiến rút ngắn còn khoảng 45 phút.

Xuân Ngọc
"""

T1 = P("trong tháng 1/2025", "2025-01-01", "2025-01-31")
NOW = P("đến nay", None, "2024-12-16")

FIGS = [
    F("thông xe 60 km trong", "60", 60, "measure", "km", "đoạn thông xe", status="forecast", period=T1,
      optional=True),
    F("Sau 20 tháng", "20", 20, "measure", "tháng", "thời gian thi công", optional=True),
    F("dài 83,35 km", "83,35", 83.35, "measure", "km", "chiều dài cao tốc Vân Phong – Nha Trang"),
    F("khoảng 70%", "70", 70, "percent", "%", "khối lượng hoàn thành", approx="about"),
    F("đoạn dài 60 km", "60", 60, "measure", "km", "đoạn thông xe kỹ thuật", status="forecast", period=T1),
    F("11.112 tỷ", "11.112", 11.112e12, "money", "đồng", "tổng mức đầu tư"),
    F("gồm 4 gói", "4", 4, "count", "gói thầu xây lắp", "gói thầu xây lắp", optional=True),
    F("dài 32,5 km", "32,5", 32.5, "measure", "km", "chiều dài đoạn qua", location="Vạn Ninh"),
    F("38,6 km", "38,6", 38.6, "measure", "km", "chiều dài đoạn qua", location="Ninh Hòa"),
    F("12,25 km", "12,25", 12.25, "measure", "km", "chiều dài đoạn qua", location="Diên Khánh"),
    F("khoảng 6,1 triệu m3", "6,1", 6.1e6, "measure", "m3", "tổng nhu cầu đất đắp", approx="about"),
    F("được 5,4 triệu m3", "5,4", 5.4e6, "measure", "m3", "đất đắp đã khai thác", percent=89, period=NOW),
    F("lần lượt 76%", "76", 76, "percent", "%", "khối lượng gói thầu", location="Vạn Ninh"),
    F("và 73%", "73", 73, "percent", "%", "khối lượng gói thầu", location="Vạn Ninh"),
    F("đạt 61%", "61", 61, "percent", "%", "khối lượng gói thầu XL4"),
    F("khoảng 15 ngày", "15", 15, "measure", "ngày", "thời gian chậm so với kế hoạch", approx="about"),
    F("thứ 2 về tiến độ", "2", 2, "rank", "hạng", "tiến độ", total=12),
    F("vốn 3.420 tỷ", "3.420", 3.42e12, "money", "đồng", "kế hoạch vốn", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("là 2.150 tỷ", "2.150", 2.15e12, "money", "đồng", "kế hoạch vốn", status="target",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("giải ngân 3.015 tỷ", "3.015", 3.015e12, "money", "đồng", "giải ngân", percent=88.2,
      period=P("đến ngày 10/12", None, "2024-12-10")),
    F("trên 95%", "95", 95, "percent", "%", "giải ngân", approx="over", status="forecast",
      period=P("đến hết năm", None, "2024-12-31")),
    F("hơn 1.100 nhân sự", "1.100", 1100, "count", "nhân sự", "nhân sự trên công trường", approx="over"),
    F("khoảng 540 thiết bị", "540", 540, "count", "thiết bị", "thiết bị thi công", approx="about"),
    F("có 86 lu rung", "86", 86, "count", "lu rung", "lu rung", total=540),
    F("112 ô tô", "112", 112, "count", "ô tô tự đổ", "ô tô tự đổ", total=540),
    F("khoảng 45 phút", "45", 45, "measure", "phút", "thời gian đi từ Vạn Giã về Nha Trang", approx="about",
      status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style): cao tốc Vân Phong – Nha Trang (entirely in Khánh Hòa). Dateline 'Thứ hai, 16/12/2024, 06:00 (GMT+7)'.",
    "Headline '60 km' restates the body's forecast: optional. 'Sau 20 tháng thi công' (duration) and '4 gói thầu' (structure) optional.",
    "District lengths stand in their own sentence after the 83,35 km with no part-of cue: no total. XL1/XL2 '(đoạn qua Vạn Ninh)' take Vạn Ninh.",
    "'xếp thứ 2 ... trong 12 dự án thành phần' rank with total 12. '(năm 2023 là 2.150 tỷ đồng)' is a figure of its own (the 2023 plan).",
    "'đến nay' ends at the dateline; 'đến ngày 10/12' and 'đến hết năm' take 2024. 'chậm khoảng 15 ngày so với kế hoạch' is a measured delay",
    "(own figure, not a change of the 61%). Parts '86 lu rung', '112 ô tô tự đổ' after 'trong đó' take the 540 thiết bị as total.",
    "Distractors: '(GMT+7)', 'Ban Quản lý dự án 7', 'XL1/XL2/XL4', 'Tổng công ty 491', 'giai đoạn 2021-2025', 30/4/2025, 'tháng 1/2025'.",
]

write("p335-5", TEXT, FIGS, COMMENTS, published="2024-12-16", location="Khánh Hòa")
