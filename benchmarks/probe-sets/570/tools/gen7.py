"""p570-7: department site (CDC Quảng Trị), no dateline — stunting by locality, one-cell-per-line table."""
from lib import F, P, I, CH, AGE, emit

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH QUẢNG TRỊ
Trang chủ » Chuyên môn » Dinh dưỡng

Tình hình suy dinh dưỡng thấp còi ở trẻ em theo địa phương

Kết quả điều tra dinh dưỡng năm 2023 do Trung tâm phối hợp với Viện Dinh dưỡng thực hiện tại 10 huyện, thị xã, thành phố cho thấy tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi toàn tỉnh là 22,6%, giảm 0,7% so với năm 2022. Tỷ lệ cao nhất tập trung ở các huyện miền núi.

Bảng 1. Tỷ lệ suy dinh dưỡng thấp còi trẻ em dưới 5 tuổi tại một số địa phương
Đơn vị tính: %
Địa phương
Năm 2022
Năm 2023
Mục tiêu 2025
Hướng Hóa
36,8
35,2
32,0
Đakrông
38,4
37,1
33,5
Gio Linh
19,7
19,1
18,0
Vĩnh Linh
17,9
17,2
16,5
TP Đông Hà
12,3
11,8
11,0

Cũng trong năm 2023, toàn tỉnh có 19.870 trẻ dưới 2 tuổi được theo dõi tăng trưởng định kỳ, đạt 94,5%; 100% trạm y tế xã có cân và thước đo chiều dài, chiều cao đạt chuẩn. Trung tâm đã cấp 3.600 hộp sản phẩm dinh dưỡng điều trị cho trẻ suy dinh dưỡng cấp tính tại huyện Đakrông, với kinh phí 540 triệu đồng do UNICEF tài trợ. Mô hình phòng chống suy dinh dưỡng thấp còi dựa vào cộng đồng đã được nhân rộng tại 12 xã đặc biệt khó khăn.

Địa chỉ: 34 Lê Lợi, phường 1, TP Đông Hà, tỉnh Quảng Trị
Điện thoại: 0233.3852.473 - Email: ttksbt@quangtri.gov.vn
Số lượt truy cập: 812.560
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
COLS = [("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("mục tiêu 2025", P("Mục tiêu 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Hướng Hóa", ["36,8", "35,2", "32,0"]),
        ("Đakrông", ["38,4", "37,1", "33,5"]),
        ("Gio Linh", ["19,7", "19,1", "18,0"]),
        ("Vĩnh Linh", ["17,9", "17,2", "16,5"]),
        ("Đông Hà", ["12,3", "11,8", "11,0"])]
IND = "Tỷ lệ suy dinh dưỡng thấp còi trẻ em dưới 5 tuổi"

FIGS = [
    F("tại 10 huyện", "10", 10, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố được điều tra dinh dưỡng", Y23),
    AGE("trẻ em dưới 5 tuổi toàn tỉnh", "5", 5, approx="under"),
    F("là 22,6%", "22,6", 22.6, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi", Y23,
      change=CH("decrease", 0.7, baseline="năm 2022")),
    AGE("trẻ em dưới 5 tuổi tại", "5", 5, approx="under"),
]
for place, cells in ROWS:
    for cell, (cname, per, status) in zip(cells, COLS):
        kw = {"status": status} if status else {}
        FIGS.append(F(f"\n{cell}\n", cell, float(cell.replace(",", ".")), "percent", "%", f"{IND} {cname}", per,
                      location=place, **kw))
FIGS += [
    F("có 19.870 trẻ", "19.870", 19870, "count", "trẻ", "trẻ dưới 2 tuổi được theo dõi tăng trưởng định kỳ",
      P("Cũng trong năm 2023", "2023-01-01", "2023-12-31"), percent=94.5),
    AGE("trẻ dưới 2 tuổi được theo dõi", "2", 2, approx="under"),
    F("100% trạm", "100", 100, "percent", "%", "trạm y tế xã có cân và thước đo chiều dài, chiều cao đạt chuẩn",
      P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")),
    F("cấp 3.600 hộp", "3.600", 3600, "count", "hộp", "hộp sản phẩm dinh dưỡng điều trị cho trẻ suy dinh dưỡng cấp tính",
      I(Y23), location="Đakrông"),
    F("kinh phí 540 triệu đồng", "540", 540e6, "money", "đồng", "kinh phí do UNICEF tài trợ", I(Y23), location="Đakrông"),
    F("tại 12 xã", "12", 12, "count", "xã", "xã nhân rộng mô hình phòng chống suy dinh dưỡng thấp còi dựa vào cộng đồng", I(Y23)),
]

COMMENTS = [
    "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Trị (department site), no dateline: stunting by locality, table with one cell per line,",
    "'Đơn vị tính: %', columns Năm 2022 | Năm 2023 | Mục tiêu 2025. Every cell is a figure: subject = table indicator + column, the row (a",
    "district/city) is its location, period from the column header (scored, as h23), 'Mục tiêu 2025' → status target.",
    "'Bảng 1', '34 Lê Lợi, phường 1', the phone, e-mail and 'Số lượt truy cập: 812.560' are not figures. Age brackets optional.",
    "3.600 hộp and 540 triệu đồng are for huyện Đakrông (location Đakrông).",
]

if __name__ == "__main__":
    emit("p570-7", TEXT, COMMENTS, FIGS, location="Quảng Trị")
