"""p1018-3: formal report (UBND tỉnh Vĩnh Phúc) - đặt tên đường, gắn biển số nhà năm 2023; flattened | table."""
from lib import F, P, I, CH, TG, write

TEXT = """
UBND TỈNH VĨNH PHÚC
Số: 38/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Phúc, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả đặt tên đường, phố, gắn biển số nhà năm 2023 và nhiệm vụ năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Đặt tên đường, phố
Thực hiện Nghị quyết số 47/NQ-HĐND ngày 12/7/2023 của HĐND tỉnh, các địa phương đã đặt tên 52 tuyến đường, phố và 3 công trình công cộng, nâng tổng số tuyến đường, phố đã có tên trên địa bàn tỉnh lên 736 tuyến. Tổng chiều dài các tuyến được đặt tên trong năm khoảng 41,3 km.
2. Gắn biển tên đường, biển số nhà
Các địa phương đã gắn 1.028 biển tên đường, đạt 102,8% kế hoạch; gắn 10.270 biển số nhà, tăng 23,5% so với năm 2022 (chi tiết tại Bảng 1).

Bảng 1. Kết quả gắn biển số nhà
Đơn vị tính: biển
STT | Địa phương | Năm 2022 | Năm 2023 | Kế hoạch 2024
1 | TP. Vĩnh Yên | 4.215 | 5.108 | 5.500
2 | TP. Phúc Yên | 2.630 | 3.274 | 3.600
3 | Huyện Bình Xuyên | 1.152 | 1.486 | 2.000
4 | Huyện Tam Đảo | 318 | 402 | 600
 | Tổng cộng | 8.315 | 10.270 | 11.700

3. Kinh phí
Tổng kinh phí năm 2023 là 3.856 triệu đồng, trong đó ngân sách tỉnh 2.140 triệu đồng (chiếm 55,5%), ngân sách cấp huyện 1.716 triệu đồng.

II. TỒN TẠI, HẠN CHẾ
Còn khoảng 27% tuyến đường tại các thị trấn chưa được đặt tên; khoảng 1.500 biển số nhà gắn từ năm 2010 đã mờ số, cần thay thế.

III. NHIỆM VỤ NĂM 2024
Phấn đấu đặt tên 60 tuyến đường, phố; gắn 11.700 biển số nhà; hoàn thành cơ sở dữ liệu tên đường trước ngày 30/9/2024.

Nơi nhận: Bộ VHTTDL; TT Tỉnh ủy; Lưu: VT.
"""

Y23 = P("NĂM 2023", "2023-01-01", "2023-12-31")
Y22c = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
K24c = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31")
S = "biển số nhà đã gắn"
SK = "kế hoạch gắn biển số nhà"

ROWS = [("TP. Vĩnh Yên", "Vĩnh Yên", "4.215", "5.108", "5.500"),
        ("TP. Phúc Yên", "Phúc Yên", "2.630", "3.274", "3.600"),
        ("Huyện Bình Xuyên", "Bình Xuyên", "1.152", "1.486", "2.000"),
        ("Huyện Tam Đảo", "Tam Đảo", "318", "402", "600"),
        ("Tổng cộng", "Vĩnh Phúc", "8.315", "10.270", "11.700")]


def val(s):
    return float(s.replace(".", ""))


TABLE = []
for label, loc, a, b, c in ROWS:
    TABLE.append(F(f"{label} | {a} |", a, val(a), "count", "biển", S, period=Y22c, location=loc))
    TABLE.append(F(f"| {b} | {c}", b, val(b), "count", "biển", S, period=Y23c, location=loc))
    TABLE.append(F(f"| {c}\n", c, val(c), "count", "biển", SK, status="target", period=K24c, location=loc))

FIGS = [
    F("đặt tên 52 tuyến đường", "52", 52, "count", "tuyến đường", "tuyến đường, phố được đặt tên",
      period=I(Y23)),
    F("và 3 công trình công cộng", "3", 3, "count", "công trình công cộng", "công trình công cộng được đặt tên",
      period=I(Y23)),
    F("lên 736 tuyến", "736", 736, "count", "tuyến", "tổng số tuyến đường, phố đã có tên trên địa bàn tỉnh",
      period=I(Y23)),
    F("khoảng 41,3 km", "41,3", 41.3, "measure", "km", "tổng chiều dài các tuyến được đặt tên",
      approx="about", period=P("trong năm", "2023-01-01", "2023-12-31")),
    F("gắn 1.028 biển tên đường", "1.028", 1028, "count", "biển tên đường", "biển tên đường đã gắn",
      percent=102.8, period=I(Y23)),
    F("gắn 10.270 biển số nhà", "10.270", 10270, "count", "biển số nhà", "biển số nhà đã gắn",
      change=CH("increase", 23.5, baseline="năm 2022"), period=I(Y23)),
] + TABLE + [
    F("là 3.856 triệu đồng", "3.856", 3.856e9, "money", "đồng", "tổng kinh phí",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tỉnh 2.140 triệu đồng", "2.140", 2.14e9, "money", "đồng", "kinh phí từ ngân sách tỉnh",
      total=3.856e9, percent=55.5, period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("huyện 1.716 triệu đồng", "1.716", 1.716e9, "money", "đồng", "kinh phí từ ngân sách cấp huyện",
      total=3.856e9, period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 27%", "27", 27, "percent", "%", "tuyến đường tại các thị trấn chưa được đặt tên", approx="about"),
    F("khoảng 1.500 biển", "1.500", 1500, "count", "biển số nhà", "biển số nhà đã mờ số cần thay thế",
      approx="about"),
    F("tên 60 tuyến đường", "60", 60, "count", "tuyến đường", "tuyến đường, phố đặt tên", status="target",
      period=I(Y24)),
    F("gắn 11.700 biển số nhà", "11.700", 11700, "count", "biển số nhà", "biển số nhà gắn", status="target",
      period=I(Y24)),
]

NOTES = [
    "Báo cáo UBND tỉnh Vĩnh Phúc Số: 38/BC-UBND (15/01/2024): đặt tên đường, gắn biển số nhà năm 2023; Bảng 1 flattened with '|'.",
    "Not figures: Số 38/BC-UBND, Nghị quyết số 47/NQ-HĐND ngày 12/7/2023, section numbers I-III and 1-3, STT 1-4, 'Bảng 1',",
    "'từ năm 2010', 'trước ngày 30/9/2024'. Table: unit from 'Đơn vị tính: biển', period from the column header (scored),",
    "'Kế hoạch 2024' column = target; the place column goes to location, 'Tổng cộng' row = Vĩnh Phúc; cells get no totals.",
    "Body periods come from the section headings 'NĂM 2023'/'NĂM 2024' (inherited); 'trong năm' in the 41,3 km sentence = 2023.",
]

write(3, TEXT, FIGS, NOTES, published="2024-01-15", location="Vĩnh Phúc")
