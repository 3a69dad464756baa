from lib import *

TEXT = """
Thời sự > Nông nghiệp
Thứ sáu, 15/11/2024, 06:30 (GMT+7)

Nông dân Lý Nhân góp đất, "gom" ruộng làm cánh đồng lớn

Hà Nam - Trong quý III/2024, huyện Lý Nhân hoàn thành dồn điền, đổi thửa thêm 420 ha, nâng tổng diện tích đã dồn đổi từ đầu năm đến nay lên 1.150 ha, vượt 15% kế hoạch năm.

Ông Trần Văn Hòa, 58 tuổi, ở xã Nhân Thịnh, trước đây có 7 thửa ruộng nằm rải rác ở 4 xứ đồng, thửa nhỏ nhất chỉ 120 m2. Sau khi dồn đổi, gia đình ông còn 2 thửa với tổng diện tích 3.600 m2. "Giờ máy gặt vào tận ruộng, công cấy, công gặt giảm hẳn", ông nói.

Theo UBND huyện, bình quân số thửa mỗi hộ đã giảm từ 4,6 thửa/hộ xuống 1,8 thửa/hộ. Chi phí sản xuất giảm 15-20%, năng suất lúa tăng 8% so với trước khi dồn đổi, thu nhập đạt 120-150 triệu đồng/ha/năm.

Từ năm 2021 đến nay, để mở rộng đường nội đồng từ 2 m lên 4 m và kênh tưới từ 1 m lên 1,5 m, người dân toàn huyện đã tự nguyện góp gần 26 ha đất. Huyện cũng đầu tư 58 tỷ đồng kiên cố hóa 46 km kênh mương, trong đó nhân dân đóng góp 9,5 tỷ đồng, tương đương 16,4%. Tuyến kênh dọc Quốc lộ 38B được cứng hóa đầu tiên.

Theo kế hoạch, đến năm 2025 Lý Nhân phấn đấu 100% diện tích lúa được dồn đổi, hình thành ít nhất 30 cánh đồng lớn. Ông Lê Văn Bình, Phó chủ tịch UBND huyện, cho rằng khó nhất là thống nhất phương án chia ruộng tốt, ruộng xấu giữa các hộ.

Ngọc Minh
"""

HEADER = """
National press (VnExpress style): breadcrumb, 'Thứ sáu, 15/11/2024, 06:30 (GMT+7)', place lead 'Hà Nam -', byline at the end.
District story (Lý Nhân, Hà Nam): quarter and year-to-date hectares, a farmer's plots before/after, averages, cost and yield rates, land given,
canal investment with the people's share. 'vượt 15% kế hoạch năm' -> change (15 %, baseline kế hoạch năm) of 1.150 ha.
'từ đầu năm đến nay' / 'Từ năm 2021 đến nay' run to the dateline. A farmer's plots are counts (unit thửa); per-household averages measure.
'giảm 15-20%', 'tăng 8% so với trước khi dồn đổi': rates that are the claim -> percent figures (no change object); no period stated there.
Road/canal widths 'từ 2 m lên 4 m', 'từ 1 m lên 1,5 m' are design dimensions: optional. '58 tuổi' optional (age).
Distractors: 'quý III/2024' itself, 'Quốc lộ 38B', '(GMT+7)', dateline, commune name.
revised: subject of 'tăng 8%' no longer carries the baseline phrase 'so với trước khi dồn đổi'.
"""

q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
ytd = P("từ đầu năm đến nay", "2024-01-01", "2024-11-15")
since = P("Từ năm 2021 đến nay", "2021-01-01", "2024-11-15")
sincei = P("Từ năm 2021 đến nay", "2021-01-01", "2024-11-15", inherited=True)

FIGS = [
    F("thêm 420 ha", "420", 420, "measure", "ha", "diện tích dồn điền, đổi thửa hoàn thành thêm", period=q3),
    F("lên 1.150 ha", "1.150", 1150, "measure", "ha", "tổng diện tích đã dồn đổi",
      change=CH("increase", 15, "%", "kế hoạch năm"), period=ytd),
    F("58 tuổi", "58", 58, "measure", "tuổi", "tuổi ông Trần Văn Hòa", optional=True),
    F("có 7 thửa", "7", 7, "count", "thửa", "thửa ruộng của ông Trần Văn Hòa trước đây"),
    F("ở 4 xứ đồng", "4", 4, "count", "xứ đồng", "xứ đồng có ruộng của ông Hòa"),
    F("chỉ 120 m2", "120", 120, "measure", "m2", "thửa nhỏ nhất"),
    F("còn 2 thửa", "2", 2, "count", "thửa", "thửa của gia đình ông Hòa sau khi dồn đổi"),
    F("diện tích 3.600 m2", "3.600", 3600, "measure", "m2", "tổng diện tích ruộng gia đình ông Hòa"),
    F("từ 4,6 thửa/hộ", "4,6", 4.6, "measure", "thửa/hộ", "bình quân số thửa mỗi hộ trước dồn đổi"),
    F("xuống 1,8 thửa/hộ", "1,8", 1.8, "measure", "thửa/hộ", "bình quân số thửa mỗi hộ sau dồn đổi"),
    F("giảm 15-20%", "15", 15, "percent", "%", "chi phí sản xuất giảm", value_max=20),
    F("tăng 8%", "8", 8, "percent", "%", "năng suất lúa tăng"),
    F("120-150 triệu đồng/ha/năm", "120", 120e6, "money", "đồng/ha/năm", "thu nhập", value_max=150e6),
    F("từ 2 m", "2", 2, "measure", "m", "chiều rộng đường nội đồng trước", optional=True),
    F("lên 4 m", "4", 4, "measure", "m", "chiều rộng đường nội đồng sau", optional=True),
    F("từ 1 m", "1", 1, "measure", "m", "chiều rộng kênh tưới trước", optional=True),
    F("lên 1,5 m", "1,5", 1.5, "measure", "m", "chiều rộng kênh tưới sau", optional=True),
    F("gần 26 ha", "26", 26, "measure", "ha", "đất người dân tự nguyện góp", approx="nearly", period=since),
    F("tư 58 tỷ đồng", "58", 58e9, "money", "đồng", "huyện đầu tư kiên cố hóa kênh mương", period=sincei),
    F("hóa 46 km", "46", 46, "measure", "km", "kênh mương kiên cố hóa", period=sincei),
    F("góp 9,5 tỷ đồng", "9,5", 9.5e9, "money", "đồng", "nhân dân đóng góp", total=58e9, percent=16.4, period=sincei),
    F("phấn đấu 100%", "100", 100, "percent", "%", "diện tích lúa được dồn đổi", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("ít nhất 30 cánh đồng", "30", 30, "count", "cánh đồng lớn", "cánh đồng lớn hình thành", approx="at_least",
      status="target", period=P("đến năm 2025", None, "2025-12-31")),
]

build(7, TEXT, HEADER, {"published": "2024-11-15", "location": "Lý Nhân"}, FIGS)
