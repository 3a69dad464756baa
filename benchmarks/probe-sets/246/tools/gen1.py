from lib import F, P, write

ART = """Hà Tĩnh: Nâng cao tỷ lệ nữ tham gia cơ quan dân cử và lãnh đạo, quản lý
Cập nhật: 08/03/2024 10:15 | Lượt xem: 1.276

Theo báo cáo của Sở Nội vụ, nhiệm kỳ 2021-2026, toàn tỉnh bầu được 4.105 đại biểu HĐND các cấp, trong đó có 1.187 đại biểu nữ, chiếm 28,92%. HĐND tỉnh khóa XVIII có 17/56 đại biểu nữ, chiếm 30,36%, tăng 4,1% so với nhiệm kỳ trước. Với kết quả này, Hà Tĩnh đứng thứ hai trong 6 tỉnh khu vực Bắc Trung Bộ về tỷ lệ nữ đại biểu HĐND cấp tỉnh.

Ở cấp huyện, tỷ lệ nữ đại biểu HĐND đạt 29,8%; cấp xã đạt 28,5%. Các địa phương có tỷ lệ nữ đại biểu HĐND cấp huyện cao là thị xã Hồng Lĩnh (36,7%), huyện Can Lộc (34,3%) và huyện Thạch Hà (32,5%); thấp nhất là huyện Vũ Quang với 20,6%.

Tính đến ngày 31/12/2023, toàn tỉnh có 436 nữ cán bộ giữ chức vụ lãnh đạo, quản lý từ cấp phòng trở lên, tăng 39 người so với năm 2020. Trong đó, cấp sở và tương đương 62 người, cấp phòng và tương đương 374 người. Có 15/20 sở, ban, ngành và 9/13 huyện, thị xã, thành phố có lãnh đạo chủ chốt là nữ.

Tỷ lệ nữ tham gia cấp ủy các cấp nhiệm kỳ 2020-2025 đạt 21,3%, thấp hơn chỉ tiêu đề ra (25%); riêng Ban Chấp hành Đảng bộ tỉnh có 8 đồng chí nữ, chiếm 15,1%.

Kế hoạch số 1865/KH-UBND ngày 15/6/2021 của UBND tỉnh xác định, giai đoạn 2021-2025 tỉnh phấn đấu tỷ lệ nữ đại biểu HĐND các cấp đạt từ 30% đến 35%; đến năm 2030, ít nhất 60% cơ quan chuyên môn thuộc UBND tỉnh có lãnh đạo chủ chốt là nữ.

Hồng Nhung
"""

NK = P("nhiệm kỳ 2021-2026", "2021-01-01", "2026-12-31")
NKi = P("nhiệm kỳ 2021-2026", "2021-01-01", "2026-12-31", inh=True)
T23 = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
T23i = P("Tính đến ngày 31/12/2023", None, "2023-12-31", inh=True)
NK2 = P("nhiệm kỳ 2020-2025", "2020-01-01", "2025-12-31")
HD = "tỷ lệ nữ đại biểu HĐND cấp huyện"

FIGS = [
    F("bầu được 4.105 đại biểu", "4.105", 4105, "count", "đại biểu", "đại biểu HĐND các cấp", period=NK),
    F("có 1.187 đại biểu nữ", "1.187", 1187, "count", "đại biểu nữ", "đại biểu nữ HĐND các cấp",
      total=4105, percent=28.92, period=NK),
    F("17/56 đại biểu nữ", "17", 17, "count", "đại biểu nữ", "đại biểu nữ HĐND tỉnh khóa XVIII", total=56,
      percent=30.36, change={"direction": "increase", "value": 4.1, "unit": "%", "baseline": "nhiệm kỳ trước"},
      period=NKi),
    F("đứng thứ hai trong", "hai", 2, "rank", "hạng", "tỷ lệ nữ đại biểu HĐND cấp tỉnh", total=6, period=NKi),
    F("trong 6 tỉnh khu vực", "6", 6, "count", "tỉnh", optional=True),
    F("HĐND đạt 29,8%", "29,8", 29.8, "percent", "%", "tỷ lệ nữ đại biểu HĐND cấp huyện", period=NKi),
    F("cấp xã đạt 28,5%", "28,5", 28.5, "percent", "%", "tỷ lệ nữ đại biểu HĐND cấp xã", period=NKi),
    F("Hồng Lĩnh (36,7%)", "36,7", 36.7, "percent", "%", HD, period=NKi, location="Hồng Lĩnh"),
    F("Can Lộc (34,3%)", "34,3", 34.3, "percent", "%", HD, period=NKi, location="Can Lộc"),
    F("Thạch Hà (32,5%)", "32,5", 32.5, "percent", "%", HD, period=NKi, location="Thạch Hà"),
    F("Vũ Quang với 20,6%", "20,6", 20.6, "percent", "%", HD, period=NKi, location="Vũ Quang"),
    F("có 436 nữ cán bộ", "436", 436, "count", "nữ cán bộ", "nữ cán bộ giữ chức vụ lãnh đạo, quản lý từ cấp phòng trở lên",
      change={"direction": "increase", "value": 39, "unit": "người", "baseline": "năm 2020"}, period=T23),
    F("tương đương 62 người", "62", 62, "count", "người", "nữ cán bộ lãnh đạo cấp sở và tương đương", total=436, period=T23i),
    F("tương đương 374 người", "374", 374, "count", "người", "nữ cán bộ lãnh đạo cấp phòng và tương đương", total=436, period=T23i),
    F("Có 15/20 sở", "15", 15, "count", "sở, ban, ngành", "sở, ban, ngành có lãnh đạo chủ chốt là nữ", total=20, period=T23i),
    F("9/13 huyện", "9", 9, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có lãnh đạo chủ chốt là nữ",
      total=13, period=T23i),
    F("các cấp nhiệm kỳ 2020-2025 đạt 21,3%", "21,3", 21.3, "percent", "%", "tỷ lệ nữ tham gia cấp ủy các cấp",
      target={"value": 25, "unit": "%", "met": False}, period=NK2),
    F("có 8 đồng chí nữ", "8", 8, "count", "đồng chí nữ", "đồng chí nữ trong Ban Chấp hành Đảng bộ tỉnh",
      percent=15.1, period=NK2),
    F("đạt từ 30% đến 35%", "30", 30, "percent", "%", "tỷ lệ nữ đại biểu HĐND các cấp", value_max=35, status="target",
      period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("ít nhất 60% cơ quan", "60", 60, "percent", "%", "cơ quan chuyên môn thuộc UBND tỉnh có lãnh đạo chủ chốt là nữ",
      approx="at_least", status="target", period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Tĩnh (province portal): women in HĐND (term 2021-2026), women leaders, women in Party committees, targets.",
    "Dateline 'Cập nhật: 08/03/2024 10:15 | Lượt xem: 1.276' (counter is page furniture).",
    "Distractors: 'khóa XVIII', 'Kế hoạch số 1865/KH-UBND ngày 15/6/2021', 'cấp phòng trở lên', 'Lượt xem: 1.276'.",
    "'nhiệm kỳ 2021-2026' is read as a period like 'giai đoạn 2021-2025' (whole years). 17/56 carries total, share and the change",
    "'tăng 4,1% so với nhiệm kỳ trước' (the share is an attribute, so the change attaches to the count). District list items: location = district.",
    "'đứng thứ hai trong 6 tỉnh' gives total 6 (the 6 itself optional). 21,3% carries target 25 ('thấp hơn chỉ tiêu đề ra (25%)').",
    "62 and 374 are parts of 436 after 'Trong đó' (sentence break).",
]

write(1, COMMENTS, ART, FIGS, published="2024-03-08", location="Hà Tĩnh")
