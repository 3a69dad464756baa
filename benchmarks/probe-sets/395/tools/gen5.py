from lib import F, P, build

TEXT = """BÁO QUẢNG NINH
Thu Hằng 09:35, 07/10/2024

Tai nạn giao thông 9 tháng giảm sâu

9 tháng năm 2024, toàn tỉnh Quảng Ninh xảy ra 58 vụ tai nạn giao thông đường bộ, làm chết 41 người, bị thương 33 người, giảm 14 vụ (19,44%), giảm 9 người chết (18%) so với cùng kỳ năm 2023. Trên tuyến đường thủy nội địa và đường sắt không để xảy ra tai nạn.

Tình hình tai nạn giao thông tại một số địa phương

Địa phương
Số vụ
Số người chết
Số người bị thương
Hạ Long
16
11
9
Cẩm Phả
9
6
5
Uông Bí
7
5
4
Móng Cái
6
4
3
Đông Triều
5
4
2

Nguyên nhân chủ yếu do người tham gia giao thông chạy quá tốc độ, đi không đúng phần đường và sử dụng rượu bia. Trong 9 tháng, lực lượng chức năng toàn tỉnh đã xử lý 48.736 trường hợp vi phạm, phạt tiền trên 62,8 tỷ đồng, tước 3.912 giấy phép lái xe. Trong đó, vi phạm nồng độ cồn 9.874 trường hợp, vi phạm tốc độ 7.215 trường hợp.

Hệ thống giám sát giao thông của tỉnh hiện có 1.268 camera, trong đó 215 camera được sử dụng để xử phạt "nguội". Tỉnh phấn đấu đến hết năm 2025 nâng số camera phục vụ xử phạt lên 400 camera. Hiện trên địa bàn có 6 tuyến cao tốc đang khai thác với tổng chiều dài khoảng 176 km.

Đại tá Nguyễn Văn Thành, Trưởng Phòng CSGT Công an tỉnh, cho biết trong quý IV đơn vị sẽ tập trung kiểm soát xe khách, xe container trên quốc lộ 18 và cao tốc Hạ Long - Vân Đồn.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9I = dict(N9, inherited=True)
N9b = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
N9bI = dict(N9b, inherited=True)

FIGS = [
    F("xảy ra 58 vụ", "58", 58, "count", "vụ", "vụ tai nạn giao thông đường bộ", period=N9,
      change={"direction": "decrease", "value": 14, "unit": "vụ", "baseline": "cùng kỳ năm 2023"}),
    F("làm chết 41 người", "41", 41, "count", "người", "người chết do tai nạn giao thông", period=N9,
      change={"direction": "decrease", "value": 9, "unit": "người", "baseline": "cùng kỳ năm 2023"}),
    F("bị thương 33 người", "33", 33, "count", "người", "người bị thương do tai nạn giao thông", period=N9),
    F("(19,44%)", "19,44", 19.44, "percent", "%", "giảm số vụ tai nạn giao thông", period=N9, optional=True),
    F("(18%)", "18", 18, "percent", "%", "giảm số người chết", period=N9, optional=True),
]
TABLE = [("Hạ Long", "16", "11", "9"), ("Cẩm Phả", "9", "6", "5"), ("Uông Bí", "7", "5", "4"),
         ("Móng Cái", "6", "4", "3"), ("Đông Triều", "5", "4", "2")]
COLS = [("Số vụ tai nạn giao thông", "vụ"), ("Số người chết", "người"), ("Số người bị thương", "người")]
for place, *cells in TABLE:
    for j, c in enumerate(cells):
        anchor = place + "\n" + "\n".join(cells[: j + 1])
        FIGS.append(F(anchor, c, int(c), "count", COLS[j][1], COLS[j][0], location=place, period=N9I))
FIGS += [
    F("xử lý 48.736 trường hợp", "48.736", 48736, "count", "trường hợp", "trường hợp vi phạm bị xử lý", period=N9b),
    F("trên 62,8 tỷ đồng", "62,8", 62.8e9, "money", "đồng", "phạt tiền", approx="over", period=N9b),
    F("tước 3.912 giấy phép", "3.912", 3912, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", period=N9b),
    F("cồn 9.874 trường hợp", "9.874", 9874, "count", "trường hợp", "vi phạm nồng độ cồn", total=48736, period=N9bI),
    F("tốc độ 7.215 trường hợp", "7.215", 7215, "count", "trường hợp", "vi phạm tốc độ", total=48736, period=N9bI),
    F("có 1.268 camera", "1.268", 1268, "count", "camera", "camera của hệ thống giám sát giao thông"),
    F("215 camera", "215", 215, "count", "camera", "camera được sử dụng để xử phạt nguội", total=1268),
    F("lên 400 camera", "400", 400, "count", "camera", "camera phục vụ xử phạt", status="target",
      period=P("đến hết năm 2025", None, "2025-12-31")),
    F("có 6 tuyến", "6", 6, "count", "tuyến cao tốc", "tuyến cao tốc đang khai thác"),
    F("khoảng 176 km", "176", 176, "measure", "km", "tổng chiều dài các tuyến cao tốc", approx="about"),
]

HEADER = [
    "Party newspaper (Báo Quảng Ninh): TNGT 9 tháng năm 2024, byline + 'hh:mm, dd/mm/yyyy' dateline (Thu Hằng 09:35, 07/10/2024).",
    "One-cell-per-line table by locality (Địa phương | Số vụ | Số người chết | Số người bị thương): the place goes to location, the column",
    "label is the subject; units vụ/người from the column labels; the table's period comes from the lead sentence (inherited).",
    "'giảm 14 vụ (19,44%), giảm 9 người chết (18%)': the count change attaches; the bracketed percent is a second change (optional figure).",
    "'Trong 9 tháng' takes 2024 from the lead. 'Trong đó, vi phạm nồng độ cồn …, vi phạm tốc độ …' are parts of 48.736.",
    "Target: 'phấn đấu đến hết năm 2025 … lên 400 camera' status target, as-of end. The next sentence ('Hiện … 6 tuyến …, khoảng 176 km') is actual.",
    "Distractors: 'quốc lộ 18', 'quý IV' (no number), 'cao tốc Hạ Long - Vân Đồn', the byline time '09:35'.",
]

build("p395-5", TEXT, HEADER, FIGS, published="2024-10-07", location="Quảng Ninh")
