from lib import F, P, build

ROWS = [
    ("Tân Hưng", ["286", "54", "99,5"]),
    ("Vĩnh Hưng", ["241", "38", "99,2"]),
    ("Mộc Hóa", ["118", "21", "98,0"]),
    ("Thạnh Hóa", ["197", "35", "98,7"]),
]
COLS = [("Máy gặt đập liên hợp", "count", "chiếc"), ("Thiết bị bay", "count", "chiếc"),
        ("Tỷ lệ thu hoạch bằng máy", "percent", "%")]
table = "Huyện\tMáy gặt đập liên hợp (chiếc)\tThiết bị bay (chiếc)\tTỷ lệ thu hoạch bằng máy (%)\n"
for label, cells in ROWS:
    table += label + "\t" + "\t".join(cells) + "\n"

TEXT = """
TRUNG TÂM KHUYẾN NÔNG TỈNH LONG AN
Trang chủ / Hoạt động khuyến nông

Kết quả thực hiện mô hình cơ giới hóa đồng bộ trong sản xuất lúa quý III/2024

Trong quý III/2024, Trung tâm Khuyến nông phối hợp với UBND các huyện vùng Đồng Tháp Mười triển khai 6 mô hình sản xuất lúa cơ giới hóa đồng bộ với tổng diện tích 320 ha, thu hút 214 hộ tham gia. Kết quả, năng suất lúa bình quân đạt 6,35 tấn/ha, cao hơn 0,42 tấn/ha so với ruộng đối chứng; lợi nhuận đạt 27,6 triệu đồng/ha, tăng 18,5%. Chi phí sản xuất bình quân còn 22,4 triệu đồng/ha, thấp hơn khoảng 2,1 triệu đồng/ha so với sản xuất truyền thống. Nhờ sử dụng máy sạ cụm, lượng giống giảm từ 180 kg/ha xuống còn 80 kg/ha.

Từ đầu năm đến 30/9/2024, Trung tâm tổ chức 14 lớp tập huấn vận hành máy cấy, máy sạ cụm và thiết bị bay cho 420 lượt người; dự kiến quý IV sẽ mở thêm 5 lớp.

Kết quả cơ giới hóa tại một số huyện (tính đến 30/9/2024)
""" + table + """
Năm 2025, Trung tâm phấn đấu nhân rộng mô hình lên 1.500 ha, hỗ trợ 50% chi phí máy sạ cụm cho các hộ tham gia (không quá 15 triệu đồng/hộ).

Liên hệ: Trung tâm Khuyến nông Long An, số 37 Nguyễn Huệ, phường 1, TP Tân An. ĐT: 0272.3826.495
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến 30/9/2024", "2024-01-01", "2024-09-30")
ASOFi = P("tính đến 30/9/2024", None, "2024-09-30", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("triển khai 6 mô hình", "6", "count", "mô hình", "mô hình sản xuất lúa cơ giới hóa đồng bộ", period=Q3),
    F("tổng diện tích 320 ha", "320", "measure", "ha", "tổng diện tích mô hình", period=Q3),
    F("thu hút 214 hộ", "214", "count", "hộ", "hộ tham gia mô hình", period=Q3),
    F("đạt 6,35 tấn/ha", "6,35", "measure", "tấn/ha", "năng suất lúa bình quân",
      change={"direction": "increase", "value": 0.42, "unit": "tấn/ha", "baseline": "ruộng đối chứng"}, period=Q3i),
    F("đạt 27,6 triệu đồng/ha", "27,6", "money", "đồng/ha", "lợi nhuận", mult=10**6,
      change={"direction": "increase", "value": 18.5, "unit": "%"}, period=Q3i),
    F("còn 22,4 triệu đồng/ha", "22,4", "money", "đồng/ha", "chi phí sản xuất bình quân", mult=10**6,
      change={"direction": "decrease", "value": 2_100_000, "unit": "đồng/ha", "approx": "about",
              "baseline": "sản xuất truyền thống"}, period=Q3i),
    F("từ 180 kg/ha", "180", "measure", "kg/ha", "lượng giống trước đây", period=Q3i),
    F("còn 80 kg/ha", "80", "measure", "kg/ha", "lượng giống khi sử dụng máy sạ cụm", period=Q3i),
    F("tổ chức 14 lớp", "14", "count", "lớp", "lớp tập huấn vận hành máy cấy, máy sạ cụm và thiết bị bay", period=YTD),
    F("cho 420 lượt người", "420", "count", "lượt người", "lượt người được tập huấn", period=YTD),
    F("thêm 5 lớp", "5", "count", "lớp", "lớp tập huấn mở thêm", status="forecast",
      period=P("quý IV", "2024-10-01", "2024-12-31")),
]
for label, cells in ROWS:
    prev = label
    for (col, kind, unit), cell in zip(COLS, cells):
        FIGS.append(F(f"{prev}\t{cell}", cell, kind, unit, col, location=label, period=ASOFi))
        prev = cell
FIGS += [
    F("lên 1.500 ha", "1.500", "measure", "ha", "diện tích nhân rộng mô hình", status="target", period=Y25),
    F("hỗ trợ 50% chi phí", "50", "percent", "%", "mức hỗ trợ chi phí máy sạ cụm", status="target", period=Y25),
    F("không quá 15 triệu", "15", "money", "đồng/hộ", "mức hỗ trợ tối đa chi phí máy sạ cụm", mult=10**6,
      approx="at_most", status="target", period=Y25),
]

COMMENTS = [
    "Trung tâm Khuyến nông Long An (department site): mechanised rice models in quý III/2024. No dateline anywhere in the text: no `published`.",
    "Location Long An; 'vùng Đồng Tháp Mười' is a region name containing a province name (not the place). Table rows are districts → location.",
    "Tab-separated table with units in the column headers '(chiếc)', '(%)'; caption '(tính đến 30/9/2024)' gives the cells an as-of period",
    "(on another line: inherited). '98,0' = 98. Subject = column label (the row label is a place).",
    "'Kết quả, …' sentence inherits quý III/2024. 'cao hơn 0,42 tấn/ha so với ruộng đối chứng' → change; 'tăng 18,5%' → change without baseline.",
    "'giảm từ 180 kg/ha xuống còn 80 kg/ha': two levels, no change. 'dự kiến quý IV' → forecast, year 2024 from the earlier period.",
    "'Năm 2025, … phấn đấu …' governs the whole sentence, also the bracket without a verb of its own ('không quá 15 triệu đồng/hộ') → target.",
    "Distractors: address 'số 37 Nguyễn Huệ, phường 1', phone 0272.3826.495, '30/9/2024'.",
]

build(8, TEXT, FIGS, COMMENTS, location="Long An")
