from lib import F, P, C, T, write

TEXT = """Sở Giao thông vận tải TP Hồ Chí Minh
Hoạt động cảng biển

Hàng hóa qua cảng biển TP Hồ Chí Minh 11 tháng năm 2024

Theo Cảng vụ Hàng hải TP Hồ Chí Minh, khối lượng hàng hóa thông qua các cảng biển trên địa bàn thành phố tháng 11 đạt 15,86 triệu tấn; lũy kế 11 tháng đạt 171,3 triệu tấn, tăng 4,6% so với cùng kỳ năm 2023. Chi tiết như sau:

Đơn vị tính: nghìn tấn
Chỉ tiêu\tTháng 11\t11 tháng\t11 tháng so với cùng kỳ (%)
Tổng khối lượng hàng hóa\t15.864\t171.302\t104,6
Hàng xuất khẩu\t4.215\t46.958\t107,2
Hàng nhập khẩu\t5.371\t58.627\t103,9
Hàng nội địa\t6.278\t65.717\t103,5

Trong 11 tháng, hàng container qua cảng đạt 7,86 triệu TEU, tăng 6,2%; riêng tháng 11 đạt 742.500 TEU. Cảng Cát Lái tiếp tục giữ vị trí số 1 cả nước về sản lượng container, chiếm khoảng 50% thị phần khu vực phía Nam.

Tổng số lượt tàu biển ra, vào cảng 11 tháng đạt 38.412 lượt, trong đó tàu nước ngoài 9.876 lượt (chiếm 25,7%). Phương tiện thủy nội địa ra, vào cảng đạt 86.540 lượt.

Về đầu tư, dự án cảng trung chuyển quốc tế tại huyện Cần Giờ có tổng vốn đầu tư dự kiến khoảng 113.000 tỷ đồng (tương đương 4,8 tỷ USD), quy mô 2.000 ha, dự kiến tiếp nhận tàu trọng tải đến 250.000 DWT. Thành phố đặt mục tiêu đến năm 2030 sản lượng hàng hóa qua cảng đạt 250 triệu tấn.

Liên hệ: Phòng Quản lý vận tải, 63 Lý Tự Trọng, phường Bến Nghé, Quận 1. ĐT: (028) 3829 0451.
"""

M11 = P("tháng 11", "2024-11-01", "2024-11-30")
Y11 = P("11 tháng", "2024-01-01", "2024-11-30")
ROWS = [("Tổng khối lượng hàng hóa", ["15.864", "171.302", "104,6"]),
        ("Hàng xuất khẩu", ["4.215", "46.958", "107,2"]),
        ("Hàng nhập khẩu", ["5.371", "58.627", "103,9"]),
        ("Hàng nội địa", ["6.278", "65.717", "103,5"])]
FIGS = [
    F("tháng 11 đạt 15,86 triệu tấn", "15,86", "measure", "tấn", "khối lượng hàng hóa thông qua các cảng biển", "triệu", period=M11),
    F("đạt 171,3 triệu tấn", "171,3", "measure", "tấn", "khối lượng hàng hóa thông qua các cảng biển lũy kế", "triệu",
      change=C("increase", 4.6, baseline="cùng kỳ năm 2023"), period=Y11),
]
for label, (a, b, c) in ROWS:
    FIGS.append(F(f"{label}\t{a}\t", a, "measure", "tấn", f"{label} tháng 11", "nghìn",
                  period=P("Tháng 11", "2024-11-01", "2024-11-30")))
    FIGS.append(F(f"\t{a}\t{b}\t", b, "measure", "tấn", f"{label} 11 tháng", "nghìn",
                  period=P("11 tháng", "2024-01-01", "2024-11-30")))
    FIGS.append(F(f"\t{b}\t{c}\n", c, "percent", "%", f"{label} 11 tháng so với cùng kỳ",
                  period=P("11 tháng", "2024-01-01", "2024-11-30")))
FIGS += [
    F("đạt 7,86 triệu TEU", "7,86", "measure", "TEU", "hàng container qua cảng", "triệu",
      change=C("increase", 6.2), period=P("Trong 11 tháng", "2024-01-01", "2024-11-30")),
    F("đạt 742.500 TEU", "742.500", "measure", "TEU", "hàng container qua cảng", period=M11),
    F("vị trí số 1 cả nước", "1", "rank", "hạng", "sản lượng container Cảng Cát Lái"),
    F("khoảng 50% thị phần", "50", "percent", "%", "thị phần khu vực phía Nam của Cảng Cát Lái", approx="about"),
    F("đạt 38.412 lượt", "38.412", "count", "lượt", "lượt tàu biển ra, vào cảng", period=Y11),
    F("tàu nước ngoài 9.876 lượt", "9.876", "count", "lượt", "tàu nước ngoài", total=38412, percent=25.7, period=Y11),
    F("đạt 86.540 lượt", "86.540", "count", "lượt", "phương tiện thủy nội địa ra, vào cảng",
      period=P("11 tháng", "2024-01-01", "2024-11-30", inh=True)),
    F("khoảng 113.000 tỷ đồng", "113.000", "money", "đồng", "tổng vốn đầu tư dự án cảng trung chuyển quốc tế", "tỷ",
      approx="about", status="forecast", location="Cần Giờ"),
    F("tương đương 4,8 tỷ USD", "4,8", "money", "USD", "tổng vốn đầu tư dự án cảng trung chuyển quốc tế", "tỷ",
      status="forecast", location="Cần Giờ"),
    F("quy mô 2.000 ha", "2.000", "measure", "ha", "quy mô dự án cảng trung chuyển quốc tế",
      status="forecast", location="Cần Giờ"),
    F("đến 250.000 DWT", "250.000", "measure", "DWT", "trọng tải tàu tiếp nhận", status="forecast",
      location="Cần Giờ", optional=True),
    F("đạt 250 triệu tấn", "250", "measure", "tấn", "sản lượng hàng hóa qua cảng", "triệu",
      status="target", period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Department site (Sở GTVT TP Hồ Chí Minh), no dateline anywhere: 'tháng 11', '11 tháng' take 2024 from the title '11 tháng năm 2024'",
    "(and the baseline 'cùng kỳ năm 2023'). Tab-separated flattened table with 'Đơn vị tính: nghìn tấn'; the last column '(%)' is a percent",
    "(a ratio to the same period, e.g. 104,6); subject = row label + column label; period from the column header (scored). No totals for table cells.",
    "Distractors: address '63 Lý Tự Trọng, phường Bến Nghé, Quận 1' (a name with a number), phone '(028) 3829 0451'.",
    "'tàu nước ngoài 9.876 lượt (chiếm 25,7%)' part of 38.412 with percent; inland craft 86.540 lượt stands in its own sentence (no part, period inherited).",
    "Cần Giờ (a district) is the location of the project's figures; 'dự kiến' → forecast, extended to the bracketed equivalent 'tương đương 4,8 tỷ USD'",
    "(a figure of its own, as in shared h01) and 'quy mô 2.000 ha'. 'tàu trọng tải đến 250.000 DWT' optional. 'mục tiêu đến năm 2030' → target.",
]

write(8, TEXT, COMMENTS, FIGS, location="TP Hồ Chí Minh")
