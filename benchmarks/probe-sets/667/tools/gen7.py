"""p667-7: Sở TN&MT TP Hồ Chí Minh department page, no dateline — PM10 at roadside stations, one-cell-per-line table."""
from lib import F, P, I, emit

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG THÀNH PHỐ HỒ CHÍ MINH
Trang chủ » Chuyên mục » Quản lý chất lượng không khí

Kết quả quan trắc bụi PM10 tại các trạm tự động ven đường

Mạng lưới quan trắc không khí tự động, liên tục của Thành phố hiện gồm 10 trạm, trong đó 5 trạm đặt tại khu dân cư và 5 trạm đặt ven các trục giao thông chính. Nồng độ bụi PM10 trung bình tại các trạm ven đường như sau:

Bảng 2. Nồng độ bụi PM10 trung bình tại các trạm ven đường
Đơn vị tính: µg/m³
Địa bàn
Năm 2022
Năm 2023
6 tháng đầu năm 2024
Quận 1
48,6
45,2
43,9
Quận 5
57,3
52,8
50,4
Quận 12
62,1
58,7
55,0
Thành phố Thủ Đức
66,5
61,3
59,6
Huyện Bình Chánh
53,4
51,2
49,8

So với năm 2022, nồng độ PM10 trung bình năm 2023 giảm tại 5/5 trạm, mức giảm từ 4 đến 8%. Tất cả giá trị đều thấp hơn giới hạn 100 µg/m³ của QCVN 05:2023/BTNMT.

Theo Kế hoạch số 1245/KH-UBND của UBND Thành phố, đến năm 2025, Thành phố đầu tư thêm 20 trạm quan trắc không khí tự động, nâng tổng số trạm lên 30 trạm; đồng thời kiểm soát khí thải 100% xe buýt, chuyển đổi 50% xe buýt sang sử dụng năng lượng sạch.

Người dân có thể tra cứu chỉ số AQI theo thời gian thực tại ứng dụng HCMC AQI.

Địa chỉ: 63 Lý Tự Trọng, phường Bến Nghé, Quận 1, TP Hồ Chí Minh
Điện thoại: (028) 3829.2634 - Tổng số lượt truy cập: 4.502.113
"""

COLS = [("Năm 2022", "2022-01-01", "2022-12-31"), ("Năm 2023", "2023-01-01", "2023-12-31"),
        ("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")]
ROWS = [
    ("Quận 1", "Quận 1", ["48,6", "45,2", "43,9"]),
    ("Quận 5", "Quận 5", ["57,3", "52,8", "50,4"]),
    ("Quận 12", "Quận 12", ["62,1", "58,7", "55,0"]),
    ("Thành phố Thủ Đức", "Thủ Đức", ["66,5", "61,3", "59,6"]),
    ("Huyện Bình Chánh", "Bình Chánh", ["53,4", "51,2", "49,8"]),
]

FIGS = [
    F("gồm 10 trạm", "10", 10, "count", "trạm", "trạm quan trắc không khí tự động, liên tục"),
    F("trong đó 5 trạm", "5", 5, "count", "trạm", "trạm đặt tại khu dân cư", total=10),
    F("và 5 trạm", "5", 5, "count", "trạm", "trạm đặt ven các trục giao thông chính", total=10),
]
for label, place, vals in ROWS:
    prev = label
    for (col, s, e), v in zip(COLS, vals):
        FIGS.append(F(f"{prev}\n{v}", v, float(v.replace(",", ".")), "measure", "µg/m³",
                      f"nồng độ bụi PM10 trung bình {col.lower()}", P(col, s, e), location=place))
        prev = v
FIGS += [
    F("5/5 trạm", "5", 5, "count", "trạm", "trạm có nồng độ PM10 trung bình giảm",
      P("năm 2023", "2023-01-01", "2023-12-31"), total=5),
    F("từ 4 đến 8%", "4", 4, "percent", "%", "mức giảm nồng độ PM10 trung bình",
      P("năm 2023", "2023-01-01", "2023-12-31"), value_max=8),
    F("giới hạn 100 µg/m³", "100", 100, "measure", "µg/m³", "giới hạn PM10 của QCVN 05:2023/BTNMT", optional=True),
    F("thêm 20 trạm", "20", 20, "count", "trạm", "trạm quan trắc không khí tự động đầu tư thêm",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("lên 30 trạm", "30", 30, "count", "trạm", "tổng số trạm quan trắc không khí tự động",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("100% xe buýt", "100", 100, "percent", "%", "xe buýt được kiểm soát khí thải",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("50% xe buýt", "50", 50, "percent", "%", "xe buýt chuyển đổi sang sử dụng năng lượng sạch",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Sở TN&MT TP Hồ Chí Minh, department page with no dateline (no published): PM10 at roadside automatic stations.",
    "One-cell-per-line table with 'Đơn vị tính: µg/m³'; columns Năm 2022 | Năm 2023 | 6 tháng đầu năm 2024 give the period (scored,",
    "as in shared h23/h24); row labels are districts (Quận 1, Quận 5, Quận 12, Thành phố Thủ Đức, Huyện Bình Chánh) → location;",
    "subject = table indicator + column. The district names' numbers (Quận 1, 5, 12) are not figures. '5 trạm … và 5 trạm' after",
    "'trong đó' are parts of 10. 'mức giảm từ 4 đến 8%' is a rate that is the claim (percent range, no change). 'giới hạn 100 µg/m³'",
    "(a regulatory limit) is optional. 'hiện gồm' gives no period. Targets under 'đến năm 2025' continue through 'đồng thời …'.",
    "Distractors: 'Bảng 2', Kế hoạch số 1245/KH-UBND, QCVN 05:2023/BTNMT, '63 Lý Tự Trọng', 'Quận 1' in the address, phone,",
    "'Tổng số lượt truy cập: 4.502.113', 'PM10'.",
]

if __name__ == "__main__":
    emit("p667-7", TEXT, COMMENTS, FIGS, location="TP Hồ Chí Minh")
