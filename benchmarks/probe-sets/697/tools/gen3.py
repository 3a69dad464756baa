"""p697-3: UBND tỉnh Quảng Ninh formal report, green transport conversion, 9 months of 2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH QUẢNG NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Quảng Ninh, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả chuyển đổi phương tiện giao thông sử dụng điện, năng lượng xanh 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Vận tải hành khách công cộng
Thực hiện Kế hoạch số 96/KH-UBND ngày 15/3/2024, trong 9 tháng đầu năm 2024, toàn tỉnh đưa vào khai thác mới 46 xe buýt điện trên 5 tuyến, nâng tổng số xe buýt điện lên 78 xe, chiếm 41,5% tổng số xe buýt đang hoạt động. Sản lượng vận chuyển bằng xe buýt điện ước đạt 3,15 triệu lượt hành khách, tăng 62,4% so với cùng kỳ.

Bảng 1. Kết quả thực hiện 9 tháng năm 2024
TT | Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ (%)
1 | Xe buýt điện | xe | 90 | 78 | 86,7
2 | Taxi điện | xe | 1.200 | 1.046 | 87,2
3 | Trạm sạc công cộng | trạm | 150 | 127 | 84,7
4 | Cổng sạc nhanh | cổng | 400 | 312 | 78,0
5 | Xe điện chở khách du lịch | xe | 350 | 361 | 103,1

2. Hạ tầng trạm sạc
Tổng vốn đầu tư hạ tầng trạm sạc 9 tháng ước đạt 214,6 tỷ đồng, trong đó vốn xã hội hóa 198,3 tỷ đồng, chiếm 92,4%. Các trạm sạc tập trung tại TP. Hạ Long (58 trạm), TP. Cẩm Phả (23 trạm), TP. Uông Bí (17 trạm) và TP. Móng Cái (11 trạm).

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến ngày 31/12/2024 hoàn thành 100% kế hoạch lắp đặt trạm sạc; đưa thêm 12 xe buýt điện vào khai thác trên tuyến 01 Hạ Long – Cẩm Phả; dự kiến sản lượng vận chuyển bằng xe buýt điện năm 2024 đạt khoảng 4,3 triệu lượt hành khách.

Nơi nhận:
- Bộ Giao thông vận tải;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, GT1.
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9T = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
M9S = P("9 tháng", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
END = P("đến ngày 31/12/2024", end="2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    # label, unit, plan anchor/number/value, done anchor/number/value, rate anchor/number/value
    ("Xe buýt điện", "xe", ("| xe | 90 |", "90", 90), ("| 90 | 78 |", "78", 78), ("| 78 | 86,7", "86,7", 86.7)),
    ("Taxi điện", "xe", ("| 1.200 |", "1.200", 1200), ("| 1.046 |", "1.046", 1046), ("| 87,2", "87,2", 87.2)),
    ("Trạm sạc công cộng", "trạm", ("| 150 |", "150", 150), ("| 127 |", "127", 127), ("| 84,7", "84,7", 84.7)),
    ("Cổng sạc nhanh", "cổng", ("| 400 |", "400", 400), ("| 312 |", "312", 312), ("| 78,0", "78,0", 78.0)),
    ("Xe điện chở khách du lịch", "xe", ("| 350 |", "350", 350), ("| 361 |", "361", 361), ("| 103,1", "103,1", 103.1)),
]

FIGS = [
    F("mới 46 xe buýt điện", "46", 46, "count", "xe buýt điện", "xe buýt điện đưa vào khai thác mới", M9),
    F("trên 5 tuyến", "5", 5, "count", "tuyến", "tuyến xe buýt điện mới", M9),
    F("lên 78 xe", "78", 78, "count", "xe", "tổng số xe buýt điện", I(M9), percent=41.5),
    F("ước đạt 3,15 triệu lượt", "3,15", 3150000, "count", "lượt hành khách",
      "sản lượng vận chuyển bằng xe buýt điện", I(M9), status="estimate", change=CH("increase", 62.4, "%", "cùng kỳ")),
]
for label, unit, plan, done, rate in ROWS:
    FIGS.append(F(plan[0], plan[1], plan[2], "count", unit, f"{label} kế hoạch năm 2024", KH, status="target"))
    FIGS.append(F(done[0], done[1], done[2], "count", unit, f"{label} thực hiện 9 tháng", M9T))
    FIGS.append(F(rate[0], rate[1], rate[2], "percent", "%", f"{label} tỷ lệ thực hiện so với kế hoạch", I(M9S)))
FIGS += [
    F("ước đạt 214,6 tỷ đồng", "214,6", 214600000000, "money", "đồng", "tổng vốn đầu tư hạ tầng trạm sạc", M9S,
      status="estimate"),
    F("hóa 198,3 tỷ đồng", "198,3", 198300000000, "money", "đồng", "vốn xã hội hóa đầu tư hạ tầng trạm sạc", M9S,
      total=214600000000, percent=92.4, status="estimate"),
    F("Hạ Long (58 trạm)", "58", 58, "count", "trạm", "trạm sạc", location="Hạ Long"),
    F("Cẩm Phả (23 trạm)", "23", 23, "count", "trạm", "trạm sạc", location="Cẩm Phả"),
    F("Uông Bí (17 trạm)", "17", 17, "count", "trạm", "trạm sạc", location="Uông Bí"),
    F("Móng Cái (11 trạm)", "11", 11, "count", "trạm", "trạm sạc", location="Móng Cái"),
    F("hoàn thành 100% kế hoạch", "100", 100, "percent", "%", "tỷ lệ hoàn thành kế hoạch lắp đặt trạm sạc", END,
      status="target"),
    F("thêm 12 xe buýt điện", "12", 12, "count", "xe buýt điện", "xe buýt điện đưa thêm vào khai thác", END,
      status="target"),
    F("khoảng 4,3 triệu lượt", "4,3", 4300000, "count", "lượt hành khách", "sản lượng vận chuyển bằng xe buýt điện",
      Y24, approx="about", status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Quảng Ninh, Số: 318/BC-UBND, 'Quảng Ninh, ngày 08 tháng 10 năm 2024' (published): chuyển đổi phương tiện xanh 9 tháng 2024.",
    "Flattened | table (Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ (%)): every numeric cell is a figure; plan cells",
    "status target with period from their header; 'Thực hiện 9 tháng' cells actual with the header's period; 'Tỷ lệ (%)' cells are percent",
    "figures of their own (period only inherited from the table title). Row numbers 1-5 are not figures.",
    "Distractors: Số: 318/BC-UBND, Kế hoạch số 96/KH-UBND ngày 15/3/2024, Bảng 1, I./II./1./2., quý IV/2024 heading, tuyến 01, GT1.",
    "The bracketed city list has no part-of cue and no period phrase. 'Phấn đấu đến ngày 31/12/2024' governs the next clause (12 xe);",
    "'dự kiến' makes the 4,3 triệu a forecast for năm 2024. 'xe buýt điện trên 5 tuyến' = on 5 routes: approx exact.",
]

if __name__ == "__main__":
    emit("p697-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Quảng Ninh")
