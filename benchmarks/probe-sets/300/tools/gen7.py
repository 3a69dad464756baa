from lib import F, P, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THANH HÓA
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính

Kết quả thu hồi đất, giải quyết đơn thư về bồi thường, GPMB quý III/2024
Thời gian đăng: 14/10/2024 10:05 | Lượt xem: 642

Trong quý III/2024, UBND các huyện, thị xã, thành phố đã ban hành 3.184 quyết định thu hồi đất đối với 2.957 hộ gia đình, cá nhân và 26 tổ chức, với tổng diện tích thu hồi 486,3 ha, tăng 14,7% so với quý II/2024. Lũy kế 9 tháng năm 2024, toàn tỉnh thu hồi 1.322,8 ha, bằng 71,5% kế hoạch sử dụng đất năm 2024 được duyệt.

Tình hình tiếp nhận, giải quyết đơn thư liên quan đến bồi thường, GPMB tại một số địa phương trong quý (Đơn vị tính: đơn):
Địa phương
Tiếp nhận
Đã giải quyết
Tỷ lệ giải quyết (%)
TP Thanh Hóa
64
58
90,6
Nghi Sơn
52
49
94,2
Đông Sơn
31
31
100
Quảng Xương
27
22
81,5

Toàn tỉnh trong quý tiếp nhận 286 đơn thư, trong đó 241 đơn kiến nghị về giá bồi thường, 45 đơn khiếu nại quyết định thu hồi đất; đã giải quyết 259 đơn, đạt 90,6%.

Về tái định cư, quý III/2024 toàn tỉnh giao 418 lô đất tái định cư, nâng tổng số lô đã giao từ đầu năm đến nay lên 1.096 lô. Sở đặt chỉ tiêu quý IV/2024 giao tối thiểu 500 lô, phấn đấu cả năm đạt khoảng 1.600 lô.

Mọi phản ánh xin gửi về Phòng Quản lý đất đai, số 14 Hạc Thành, phường Điện Biên, TP Thanh Hóa; điện thoại 0237.3852.279.
"""

Q3 = P("Trong quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
FIGS = [
    F("ban hành 3.184 quyết định", "3.184", 3184, "count", "quyết định", "quyết định thu hồi đất", Q3),
    F("đối với 2.957 hộ", "2.957", 2957, "count", "hộ", "hộ gia đình, cá nhân bị thu hồi đất", Q3),
    F("và 26 tổ chức", "26", 26, "count", "tổ chức", "tổ chức bị thu hồi đất", Q3),
    F("thu hồi 486,3 ha", "486,3", 486.3, "measure", "ha", "tổng diện tích thu hồi", Q3,
      change={"direction": "increase", "value": 14.7, "unit": "%", "baseline": "quý II/2024"}),
    F("thu hồi 1.322,8 ha", "1.322,8", 1322.8, "measure", "ha", "diện tích thu hồi",
      P("Lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30"), percent=71.5),
]
ROWS = [
    ("TP Thanh Hóa", "Thanh Hóa", ["64", "58", "90,6"]),
    ("Nghi Sơn", "Nghi Sơn", ["52", "49", "94,2"]),
    ("Đông Sơn", "Đông Sơn", ["31", "31", "100"]),
    ("Quảng Xương", "Quảng Xương", ["27", "22", "81,5"]),
]
COLS = [("đơn thư tiếp nhận", "count", "đơn"), ("đơn thư đã giải quyết", "count", "đơn"), ("tỷ lệ giải quyết", "percent", "%")]
for label, loc, cells in ROWS:
    prev = label
    for (sub, kind, unit), cell in zip(COLS, cells):
        anchor = f"{prev}\n{cell}\n"
        if label == "Đông Sơn" and cell == "31" and prev == "31":
            anchor = "\n31\n100"
        v = float(cell.replace(",", "."))
        FIGS.append(F(anchor, cell, v, kind, unit, sub, Q3i, location=loc))
        prev = cell

FIGS += [
    F("tiếp nhận 286 đơn", "286", 286, "count", "đơn thư", "đơn thư tiếp nhận", P("trong quý", "2024-07-01", "2024-09-30")),
    F("trong đó 241 đơn", "241", 241, "count", "đơn", "đơn kiến nghị về giá bồi thường", P("trong quý", "2024-07-01", "2024-09-30"),
      total=286),
    F("45 đơn khiếu nại", "45", 45, "count", "đơn", "đơn khiếu nại quyết định thu hồi đất", P("trong quý", "2024-07-01", "2024-09-30"),
      total=286),
    F("giải quyết 259 đơn", "259", 259, "count", "đơn", "đơn đã giải quyết", P("trong quý", "2024-07-01", "2024-09-30"),
      percent=90.6),
    F("giao 418 lô", "418", 418, "count", "lô đất", "lô đất tái định cư đã giao", P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("lên 1.096 lô", "1.096", 1096, "count", "lô", "tổng số lô đã giao", P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")),
    F("tối thiểu 500 lô", "500", 500, "count", "lô", "lô tái định cư giao", P("quý IV/2024", "2024-10-01", "2024-12-31"),
      approx="at_least", status="target"),
    F("khoảng 1.600 lô", "1.600", 1600, "count", "lô", "lô tái định cư giao cả năm", P("cả năm", "2024-01-01", "2024-12-31"),
      approx="about", status="target"),
]

HEADER = """Sở TN&MT tỉnh Thanh Hóa (department site): thu hồi đất, đơn thư về bồi thường, GPMB quý III/2024. Dateline 'Thời gian đăng: 14/10/2024 10:05 | Lượt xem: 642'.
Table flattened one cell per line (header Địa phương | Tiếp nhận | Đã giải quyết | Tỷ lệ giải quyết (%)), unit from '(Đơn vị tính: đơn)' and the '(%)' column;
each row label is a district-level place → location (TP Thanh Hóa → Thanh Hóa, thị xã Nghi Sơn, Đông Sơn, Quảng Xương); period 'trong quý' stands in the
caption line (inherited quý III/2024). No totals for table cells.
'486,3 ha, tăng 14,7% so với quý II/2024' change; '1.322,8 ha, bằng 71,5% kế hoạch' percent. 'trong đó 241 …, 45 …' are parts of 286 (they add up).
'259 đơn, đạt 90,6%' percent. '1.096 lô' 'từ đầu năm đến nay' (to the dateline). Targets: 'chỉ tiêu quý IV/2024 … tối thiểu 500 lô', 'phấn đấu cả năm … khoảng 1.600 lô'.
Distractors: view counter, menu line, 'số 14 Hạc Thành', 'phường Điện Biên', 'TP Thanh Hóa' in the address, phone 0237.3852.279."""

emit("p300-7", TEXT, FIGS, HEADER, published="2024-10-14", location="Thanh Hóa")
