from lib import F, P, C, T, emit

ROWS = [
    ("Đi không đúng phần đường, làn đường", "61", "54", "29,0"),
    ("Vi phạm tốc độ", "33", "29", "15,6"),
    ("Chuyển hướng không bảo đảm an toàn", "27", "25", "13,4"),
    ("Sử dụng rượu, bia khi lái xe", "30", "22", "11,8"),
    ("Không chú ý quan sát", "24", "21", "11,3"),
    ("Nguyên nhân khác", "38", "35", "18,8"),
    ("Tổng cộng", "213", "186", "100"),
]

table = "Nguyên nhân\n\nNăm 2022\n\nNăm 2023\n\nTỷ lệ năm 2023 (%)\n\n" + "".join(
    f"{r}\n\n{a}\n\n{b}\n\n{c}\n\n" for r, a, b, c in ROWS)

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH ĐẮK LẮK
Ngày cập nhật: 12/01/2024

Phân tích nguyên nhân tai nạn giao thông đường bộ năm 2023

Năm 2023, trên địa bàn tỉnh Đắk Lắk xảy ra 186 vụ tai nạn giao thông đường bộ, làm chết 152 người, bị thương 97 người. Ban An toàn giao thông tỉnh đã phân tích từng vụ và xác định các nhóm nguyên nhân như sau:

Bảng: Nguyên nhân tai nạn giao thông đường bộ
Đơn vị tính: vụ

""" + table + """Số vụ do sử dụng rượu, bia khi lái xe giảm mạnh nhất, giảm 26,7% so với năm 2022. Tai nạn xảy ra nhiều nhất trong khung giờ từ 17 giờ đến 21 giờ, chiếm 38,2% tổng số vụ; người điều khiển mô tô chiếm 78,5% số người chết; nhóm tuổi từ 18 đến 35 chiếm 46,1% số người chết.

Các địa bàn có số người chết cao là TP Buôn Ma Thuột (24 người), huyện Krông Pắc (17 người), huyện Ea Kar (14 người).

Năm 2024, Sở Giao thông vận tải đề xuất bố trí khoảng 15 tỷ đồng để lắp đặt đèn tín hiệu, gờ giảm tốc tại 26 nút giao trên Quốc lộ 14 và Quốc lộ 26.
"""

Yi = lambda y: P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31", inh=True)
Y = lambda y: P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31")

figs = [
    F("xảy ra 186 vụ", "186", 186, "count", "vụ", "vụ tai nạn giao thông đường bộ", Y(2023)),
    F("làm chết 152 người", "152", 152, "count", "người", "người chết do tai nạn giao thông đường bộ", Y(2023)),
    F("bị thương 97 người", "97", 97, "count", "người", "người bị thương do tai nạn giao thông đường bộ", Y(2023)),
]
for r, a, b, c in ROWS:
    figs.append(F(f"{r}\n\n{a}", a, int(a), "count", "vụ", f"{r} số vụ Năm 2022", Y(2022)))
    figs.append(F(f"{a}\n\n{b}", b, int(b), "count", "vụ", f"{r} số vụ Năm 2023", Y(2023)))
    figs.append(F(f"{b}\n\n{c}", c, float(c.replace(",", ".")), "percent", "%", f"{r} Tỷ lệ năm 2023", Y(2023)))
figs += [
    F("giảm 26,7%", "26,7", 26.7, "percent", "%", "Số vụ do sử dụng rượu, bia khi lái xe", Yi(2023)),
    F("chiếm 38,2%", "38,2", 38.2, "percent", "%", "tỷ lệ vụ tai nạn xảy ra trong khung giờ từ 17 giờ đến 21 giờ", Yi(2023)),
    F("chiếm 78,5%", "78,5", 78.5, "percent", "%", "người điều khiển mô tô trong số người chết", Yi(2023)),
    F("từ 18 đến 35", "18", 18, "measure", "tuổi", value_max=35, optional=True),
    F("chiếm 46,1%", "46,1", 46.1, "percent", "%", "nhóm tuổi từ 18 đến 35 trong số người chết", Yi(2023)),
    F("Buôn Ma Thuột (24 người)", "24", 24, "count", "người", "số người chết", Yi(2023), location="Buôn Ma Thuột"),
    F("Krông Pắc (17 người)", "17", 17, "count", "người", "số người chết", Yi(2023), location="Krông Pắc"),
    F("Ea Kar (14 người)", "14", 14, "count", "người", "số người chết", Yi(2023), location="Ea Kar"),
    F("khoảng 15 tỷ", "15", 15e9, "money", "đồng", "kinh phí lắp đặt đèn tín hiệu, gờ giảm tốc", Y(2024), approx="about", status="forecast", optional=True),
    F("tại 26 nút giao", "26", 26, "count", "nút giao", "nút giao lắp đặt đèn tín hiệu, gờ giảm tốc", Y(2024), optional=True),
]

HEADER = """Department site (Sở GTVT Đắk Lắk), 'Ngày cập nhật: 12/01/2024' without time: causes of road accidents in 2023.
One-cell-per-line table (as shared h23): columns Năm 2022 | Năm 2023 | Tỷ lệ năm 2023 (%); 'Đơn vị tính: vụ' gives the count columns their unit,
the '(%)' column is percent. Every numeric cell is a figure (the 'Tổng cộng' row and its 100 included); period from the column header.
'giảm 26,7% so với năm 2022' stands alone as the claim: percent figure, no change. 'từ 17 giờ đến 21 giờ' is a time of day (not a figure);
'nhóm tuổi từ 18 đến 35' an age bracket (optional). District list: locations Buôn Ma Thuột, Krông Pắc, Ea Kar.
The 2024 funding proposal ('đề xuất bố trí khoảng 15 tỷ đồng ... 26 nút giao') is a proposal, neither clearly target nor forecast: both optional.
Distractors: Quốc lộ 14 and 26, times of day, table header years."""

emit("p301-6", TEXT, figs, HEADER, published="2024-01-12", location="Đắk Lắk")
