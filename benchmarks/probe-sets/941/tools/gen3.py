"""p941-3: UBND tỉnh Ninh Thuận formal report — desertification control 2024, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NINH THUẬN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện nhiệm vụ phòng, chống sa mạc hóa năm 2024

Thực hiện Kế hoạch số 1125/KH-UBND ngày 20/3/2024 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
Ninh Thuận có lượng mưa bình quân chỉ 700-800 mm/năm; toàn tỉnh có 61.840 ha đất bị hoang mạc hóa, chiếm 18,4% diện tích tự nhiên.

II. KẾT QUẢ THỰC HIỆN
1. Trồng rừng phòng hộ, chống cát bay
Năm 2024, toàn tỉnh trồng được 615 ha rừng phòng hộ, đạt 102,5% kế hoạch; cải tạo, phục hồi 1.180 ha đất thoái hóa. Kết quả theo địa bàn như sau:

Đơn vị tính: ha
Huyện | Đất bị hoang mạc hóa | Trồng rừng phòng hộ | Phục hồi đất thoái hóa
Ninh Phước | 18.620 | 185 | 360
Thuận Nam | 21.350 | 240 | 410
Ninh Hải | 12.470 | 110 | 230
Thuận Bắc | 9.400 | 80 | 180
Tổng cộng | 61.840 | 615 | 1.180

2. Quản lý, sử dụng đất và nước
Đã xây dựng 12 hồ chứa nhỏ và 35 km kênh dẫn nước, phục vụ tưới cho 2.600 ha cây trồng chịu hạn; chuyển đổi 850 ha đất lúa kém hiệu quả sang trồng nho, táo và cỏ chăn nuôi. Tổng kinh phí thực hiện ước đạt 96,4 tỷ đồng, tăng 8,3% so với năm 2023.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu trồng mới 650 ha rừng phòng hộ, nâng độ che phủ rừng lên 47,8%; dự kiến giảm diện tích đất bị hoang mạc hóa thêm 1.500 ha.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, KTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31")
ROWS = [("Ninh Phước", "18.620", "185", "360"), ("Thuận Nam", "21.350", "240", "410"),
        ("Ninh Hải", "12.470", "110", "230"), ("Thuận Bắc", "9.400", "80", "180")]


def num(s):
    return float(s.replace(".", ""))


FIGS = [
    F("700-800 mm/năm", "700", 700, "measure", "mm/năm", "lượng mưa bình quân", value_max=800),
    F("có 61.840 ha", "61.840", 61840, "measure", "ha", "đất bị hoang mạc hóa", percent=18.4),
    F("trồng được 615 ha", "615", 615, "measure", "ha", "rừng phòng hộ trồng được", percent=102.5, period=Y24),
    F("phục hồi 1.180 ha", "1.180", 1180, "measure", "ha", "đất thoái hóa được cải tạo, phục hồi", period=Y24),
]
for place, a, b, c in ROWS:
    FIGS += [
        F(f"{place} | {a}", a, num(a), "measure", "ha", "Đất bị hoang mạc hóa", location=place),
        F(f"{a} | {b}", b, num(b), "measure", "ha", "Trồng rừng phòng hộ", period=I(Y24), location=place),
        F(f"{b} | {c}", c, num(c), "measure", "ha", "Phục hồi đất thoái hóa", period=I(Y24), location=place),
    ]
FIGS += [
    F("Tổng cộng | 61.840", "61.840", 61840, "measure", "ha", "Tổng cộng đất bị hoang mạc hóa"),
    F("61.840 | 615", "615", 615, "measure", "ha", "Tổng cộng trồng rừng phòng hộ", period=I(Y24)),
    F("615 | 1.180", "1.180", 1180, "measure", "ha", "Tổng cộng phục hồi đất thoái hóa", period=I(Y24)),
    F("xây dựng 12 hồ chứa", "12", 12, "count", "hồ chứa", "hồ chứa nhỏ xây dựng", period=I(Y24)),
    F("35 km kênh", "35", 35, "measure", "km", "kênh dẫn nước xây dựng", period=I(Y24)),
    F("cho 2.600 ha", "2.600", 2600, "measure", "ha", "cây trồng chịu hạn được tưới", period=I(Y24)),
    F("chuyển đổi 850 ha", "850", 850, "measure", "ha", "đất lúa kém hiệu quả chuyển đổi", period=I(Y24)),
    F("ước đạt 96,4 tỷ đồng", "96,4", 96.4e9, "money", "đồng", "tổng kinh phí thực hiện", status="estimate",
      change=C("increase", 8.3, "%", "năm 2023"), period=I(Y24)),
    F("trồng mới 650 ha", "650", 650, "measure", "ha", "rừng phòng hộ trồng mới", status="target", period=I(Y25)),
    F("lên 47,8%", "47,8", 47.8, "percent", "%", "độ che phủ rừng", status="target", period=I(Y25)),
    F("thêm 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích đất bị hoang mạc hóa giảm", status="forecast",
      period=I(Y25)),
]
COMMENTS = [
    "UBND tỉnh Ninh Thuận, Số: 287/BC-UBND (16/12/2024): kết quả phòng, chống sa mạc hóa năm 2024, flattened '|' table by district (Đơn vị tính: ha).",
    "Letterhead, 'Số: 287/BC-UBND', 'Kế hoạch số 1125/KH-UBND ngày 20/3/2024', section numbers I.-III., 1.-2., 'Lưu: VT' are not figures.",
    "Table: every numeric cell is a figure; the district (row label) is its location, the column label its subject; the 'Tổng cộng' row is a",
    "figure of its own (location Ninh Thuận), cells get no totals. Plan/result columns absent, so all cells actual. The stock column",
    "'Đất bị hoang mạc hóa' gets no period; the flow columns inherit 'Năm 2024' from the sentence above the table.",
    "Section 2 figures inherit năm 2024 from the report title/section; section III figures inherit 'NĂM 2025' from the heading",
    "('Phấn đấu' → target; 'dự kiến giảm … thêm 1.500 ha' → forecast, the reduction itself is the claim, no change object).",
]
write(3, TEXT, FIGS, COMMENTS, published="2024-12-16", location="Ninh Thuận")
