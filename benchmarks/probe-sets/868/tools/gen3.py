"""p868-3: Quảng Trị formal report (Số: 38/BC-UBND) - urban water supply 2024, meter replacement table (flattened with |)."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 38/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 24 tháng 01 năm 2025

BÁO CÁO
Kết quả công tác cấp nước sạch và chống thất thoát, thất thu nước sạch năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cấp nước đô thị
Năm 2024, Công ty cổ phần Nước sạch Quảng Trị quản lý 11 nhà máy nước với tổng công suất 86.500 m3/ngày đêm; tổng sản lượng nước sản xuất đạt 24,8 triệu m3, tăng 4,2% so với năm 2023. Tính đến 31/12/2024, số khách hàng sử dụng nước là 98.716 khách hàng, tăng 3.904 khách hàng so với cuối năm 2023.

2. Thay thế, lắp mới đồng hồ đo nước
Thực hiện Nghị định số 117/2007/NĐ-CP, trong năm 2024 đơn vị đã kiểm định, thay thế và lắp mới đồng hồ theo bảng sau:
Đơn vị tính: chiếc
Địa bàn | Đồng hồ thay thế | Đồng hồ lắp mới | Tỷ lệ thất thoát (%)
Thành phố Đông Hà | 5.214 | 1.380 | 14,6
Thị xã Quảng Trị | 1.127 | 402 | 16,9
Huyện Vĩnh Linh | 1.865 | 736 | 19,3
Huyện Hải Lăng | 948 | 511 | 22,8
Tổng cộng | 9.154 | 3.029 | 17,2

3. Chống thất thoát, thất thu nước sạch
Tỷ lệ thất thoát, thất thu nước sạch toàn tỉnh năm 2024 là 17,2%, giảm 2,1% so với năm 2023 nhưng chưa đạt chỉ tiêu 16% theo Kế hoạch số 95/KH-UBND. Doanh thu tiền nước năm 2024 ước đạt 231,5 tỷ đồng, đạt 102,4% kế hoạch.

II. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 lắp đặt thêm 3.500 đồng hồ mới, thay thế khoảng 8.000 đồng hồ hết hạn kiểm định; đưa tỷ lệ thất thoát, thất thu nước sạch xuống dưới 16%. Dự kiến tổng vốn cải tạo mạng lưới đường ống khoảng 48 tỷ đồng.

Nơi nhận:
- Bộ Xây dựng;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TAB = I(P("trong năm 2024", "2024-01-01", "2024-12-31"))
ASOF = P("Tính đến 31/12/2024", None, "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
REP = "đồng hồ thay thế"
NEW = "đồng hồ lắp mới"
LOSS = "tỷ lệ thất thoát"


def row(label, loc, rep, new, loss, rv, nv, lv):
    pre = f"{label} | {rep} | {new} | {loss}"
    return [
        F(f"{label} | {rep}", rep, rv, "count", "chiếc", REP, TAB, location=loc),
        F(f"| {rep} | {new} |", new, nv, "count", "chiếc", NEW, TAB, location=loc),
        F(pre, loss, lv, "percent", "%", LOSS, TAB, location=loc),
    ]


FIGS = [
    F("quản lý 11 nhà máy", "11", 11, "count", "nhà máy", "nhà máy nước do Công ty cổ phần Nước sạch Quảng Trị quản lý", Y24),
    F("tổng công suất 86.500 m3/ngày đêm", "86.500", 86_500, "measure", "m3/ngày đêm", "tổng công suất nhà máy nước", Y24),
    F("đạt 24,8 triệu m3", "24,8", 24_800_000, "measure", "m3", "tổng sản lượng nước sản xuất", Y24,
      change=C("increase", 4.2, "%", "năm 2023")),
    F("là 98.716 khách hàng", "98.716", 98_716, "count", "khách hàng", "khách hàng sử dụng nước", ASOF,
      change=C("increase", 3_904, "khách hàng", "cuối năm 2023")),
    *row("Thành phố Đông Hà", "Đông Hà", "5.214", "1.380", "14,6", 5_214, 1_380, 14.6),
    *row("Thị xã Quảng Trị", "Quảng Trị", "1.127", "402", "16,9", 1_127, 402, 16.9),
    *row("Huyện Vĩnh Linh", "Vĩnh Linh", "1.865", "736", "19,3", 1_865, 736, 19.3),
    *row("Huyện Hải Lăng", "Hải Lăng", "948", "511", "22,8", 948, 511, 22.8),
    F("Tổng cộng | 9.154", "9.154", 9_154, "count", "chiếc", "tổng cộng đồng hồ thay thế", TAB),
    F("| 9.154 | 3.029 |", "3.029", 3_029, "count", "chiếc", "tổng cộng đồng hồ lắp mới", TAB),
    F("| 3.029 | 17,2", "17,2", 17.2, "percent", "%", "tổng cộng tỷ lệ thất thoát", TAB),
    F("năm 2024 là 17,2%", "17,2", 17.2, "percent", "%", "tỷ lệ thất thoát, thất thu nước sạch toàn tỉnh",
      P("năm 2024", "2024-01-01", "2024-12-31"), change=C("decrease", 2.1, "%", "năm 2023"), target=T(16, "%", False)),
    F("ước đạt 231,5 tỷ đồng", "231,5", 231_500_000_000, "money", "đồng", "doanh thu tiền nước",
      P("năm 2024", "2024-01-01", "2024-12-31"), percent=102.4, status="estimate"),
    F("thêm 3.500 đồng hồ", "3.500", 3_500, "count", "đồng hồ", "đồng hồ mới lắp đặt thêm", Y25, status="target"),
    F("khoảng 8.000 đồng hồ", "8.000", 8_000, "count", "đồng hồ", "đồng hồ hết hạn kiểm định thay thế", Y25,
      approx="about", status="target"),
    F("xuống dưới 16%", "16", 16, "percent", "%", "tỷ lệ thất thoát, thất thu nước sạch", Y25, approx="under",
      status="target"),
    F("khoảng 48 tỷ đồng", "48", 48_000_000_000, "money", "đồng", "tổng vốn cải tạo mạng lưới đường ống", I(Y25),
      approx="about", status="forecast"),
]

NOTES = [
    "Formal report under a letterhead: UBND TỈNH QUẢNG TRỊ, 'Số: 38/BC-UBND', 'Quảng Trị, ngày 24 tháng 01 năm 2025', sections I./1./2./3./II.",
    "Flattened '|' table: 'Đơn vị tính: chiếc' for the meter columns, the loss column in % (header). Place rows give location; cells get no totals;",
    "the 'Tổng cộng' row is its own figure (location Quảng Trị, the province). Table period comes from 'trong năm 2024' in the line above (inherited).",
    "17,2% in the text carries change (giảm 2,1% so với năm 2023) and target 16 (chưa đạt: met false). 'tăng 3.904 khách hàng' is the change of 98.716.",
    "Distractors: Số: 38/BC-UBND, Nghị định số 117/2007/NĐ-CP, Kế hoạch số 95/KH-UBND, section numbers, the date line.",
]

write("p868-3", TEXT, NOTES, FIGS, published="2025-01-24", location="Quảng Trị")
