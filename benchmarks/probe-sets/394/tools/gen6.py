from lib import *

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN THỌ XUÂN
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thọ Xuân, ngày 20 tháng 6 năm 2024

BÁO CÁO
Tình hình phát triển kinh tế tập thể, hợp tác xã 6 tháng đầu năm 2024, nhiệm vụ 6 tháng cuối năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Một số chỉ tiêu chủ yếu
Thực hiện Kế hoạch số 112/KH-UBND ngày 15/3/2024 của UBND huyện, kết quả như sau:

Biểu 1. Một số chỉ tiêu chủ yếu về hợp tác xã
Chỉ tiêu | Đơn vị tính | Cùng kỳ năm 2023 | Ước thực hiện 6 tháng đầu năm 2024 | So sánh (%)
Số hợp tác xã | HTX | 61 | 66 | 108,2
Hợp tác xã thành lập mới | HTX | 2 | 5 | 250,0
Thành viên | Người | 8.940 | 9.215 | 103,1
Lao động thường xuyên | Người | 1.052 | 1.118 | 106,3
Doanh thu bình quân | Triệu đồng/HTX | 1.460 | 1.585 | 108,6
Lãi bình quân | Triệu đồng/HTX | 118 | 126 | 106,8

2. Tình hình khác
Tổng vốn điều lệ của các hợp tác xã ước đạt 84,6 tỷ đồng. Qua đánh giá, có 14/66 hợp tác xã đạt loại tốt, 27 hợp tác xã đạt loại khá. Trên địa bàn huyện có 73 tổ hợp tác với 1.036 thành viên. Trong 6 tháng, huyện đã hỗ trợ 410 triệu đồng cho các hợp tác xã xây dựng nhà kho, sân phơi và hướng dẫn 3 hợp tác xã tham gia Chương trình OCOP.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu thành lập mới thêm 4 hợp tác xã, 10 tổ hợp tác; doanh thu bình quân của hợp tác xã cả năm 2024 đạt 3,2 tỷ đồng trở lên.

Nơi nhận:
- UBND tỉnh (b/c);
- Liên minh HTX tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Thành
"""

PY = P("Cùng kỳ năm 2023", "2023-01-01", "2023-06-30")
PC = P("Ước thực hiện 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
H2i = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", True)

ROWS = [
    ("Số hợp tác xã", "HTX", "HTX", ("61", 61), ("66", 66), ("108,2", 108.2), 1),
    ("Hợp tác xã thành lập mới", "HTX", "HTX", ("2", 2), ("5", 5), ("250,0", 250.0), 1),
    ("Thành viên", "Người", "người", ("8.940", 8940), ("9.215", 9215), ("103,1", 103.1), 1),
    ("Lao động thường xuyên", "Người", "người", ("1.052", 1052), ("1.118", 1118), ("106,3", 106.3), 1),
    ("Doanh thu bình quân", "Triệu đồng/HTX", "đồng/HTX", ("1.460", 1460), ("1.585", 1585), ("108,6", 108.6), 10**6),
    ("Lãi bình quân", "Triệu đồng/HTX", "đồng/HTX", ("118", 118), ("126", 126), ("106,8", 106.8), 10**6),
]
FIGS = []
for label, ucell, unit, a, b, c, mult in ROWS:
    kind = "money" if mult > 1 else "count"
    FIGS.append(F(f"| {a[0]} | {b[0]} |", a[0], a[1] * mult, kind, unit, f"{label} cùng kỳ năm 2023", PY))
    FIGS.append(F(f"| {b[0]} | {c[0]}\n", b[0], b[1] * mult, kind, unit, f"{label} ước thực hiện 6 tháng đầu năm 2024",
                  PC, status="estimate"))
    FIGS.append(F(f"| {c[0]}\n", c[0], c[1], "percent", "%", f"{label} so sánh với cùng kỳ", H1i))

FIGS += [
    F("ước đạt 84,6 tỷ đồng", "84,6", 84600000000, "money", "đồng", "tổng vốn điều lệ của các hợp tác xã", H1i,
      status="estimate"),
    F("14/66", "14", 14, "count", "hợp tác xã", "hợp tác xã đạt loại tốt", H1i, total=66),
    F("27 hợp tác xã", "27", 27, "count", "hợp tác xã", "hợp tác xã đạt loại khá", H1i),
    F("có 73 tổ hợp tác", "73", 73, "count", "tổ hợp tác", "tổ hợp tác", H1i),
    F("với 1.036 thành viên", "1.036", 1036, "count", "thành viên", "thành viên tổ hợp tác", H1i),
    F("hỗ trợ 410 triệu đồng", "410", 410000000, "money", "đồng",
      "hỗ trợ các hợp tác xã xây dựng nhà kho, sân phơi", P("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("hướng dẫn 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã tham gia Chương trình OCOP",
      P("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("thêm 4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã thành lập mới", H2i, status="target"),
    F("10 tổ hợp tác", "10", 10, "count", "tổ hợp tác", "tổ hợp tác thành lập mới", H2i, status="target"),
    F("đạt 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "doanh thu bình quân của hợp tác xã",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
]

emit(6, TEXT, [
    "Formal report, letterhead 'Số: 215/BC-UBND', place-and-date line = published; location Thọ Xuân (Thanh Hóa).",
    "Flattened '|' table: unit per row as written in the 'Đơn vị tính' column (HTX, cf. shared gold 'HS', 'TTHC') ('Triệu đồng/HTX' multiplies: 1.460 → 1,46 tỷ đồng); 'So sánh (%)' cells are percents.",
    "'Cùng kỳ năm 2023' column = the same six months of 2023 (2023-01-01..06-30); 'Ước thực hiện …' column → status estimate.",
    "'So sánh (%)' has no period in its header: inherited from the title. 14/66 total 66. 'Trong 6 tháng' = H1 2024.",
    "Section II heading gives the targets their period (inherited); '3,2 tỷ đồng trở lên' at_least. 'cả năm 2024' scored.",
    "Distractors: 'Số: 215/BC-UBND', 'Kế hoạch số 112/KH-UBND ngày 15/3/2024', section numbers, 'Biểu 1', 'Lưu: VT, KT', signer.",
], FIGS, published="2024-06-20", location="Thọ Xuân")
