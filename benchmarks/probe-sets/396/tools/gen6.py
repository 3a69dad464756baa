from lib import *

A = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIAO THỦY
Trang chủ > Tin tức - Sự kiện > Kinh tế

Giao Thủy: Hiệu quả từ trồng và bảo vệ rừng ngập mặn ven biển

Những năm qua, huyện Giao Thủy tập trung trồng mới, khoanh nuôi và bảo vệ rừng ngập mặn ven biển, gắn với phát triển du lịch sinh thái tại Vườn quốc gia Xuân Thủy. Kết quả một số chỉ tiêu chủ yếu như sau:

Đơn vị tính: ha
Chỉ tiêu
Năm 2022
Năm 2023
6 tháng đầu năm 2024
Trồng mới rừng ngập mặn
45,5
62
28,4
Trồng bổ sung, dặm rừng
30
41,6
15
Khoanh nuôi tái sinh
120
150
135
Diện tích rừng giao khoán bảo vệ
2.215
2.380
2.412

Đáng chú ý, 6 tháng đầu năm 2024, huyện đã chi trả gần 1,1 tỷ đồng tiền dịch vụ môi trường rừng cho 5 xã ven biển (Giao Thiện, Giao An, Giao Lạc, Giao Xuân, Giao Hải) với 1.036 hộ nhận khoán; bình quân mỗi hộ nhận khoảng 1,06 triệu đồng.

Tổng diện tích rừng ngập mặn toàn huyện hiện đạt 3.100 ha, tăng gần 500 ha so với năm 2015; tỷ lệ che phủ rừng ven biển đạt 32,4%. Vùng lõi Vườn quốc gia Xuân Thủy ghi nhận hơn 220 loài chim, trong đó 9 loài có tên trong Sách Đỏ thế giới. Năm 2023, vườn đón khoảng 18.500 lượt khách du lịch sinh thái, tăng 27% so với năm trước.

Mục tiêu đến năm 2025, huyện phấn đấu trồng mới thêm 150 ha rừng ngập mặn, nâng tỷ lệ che phủ rừng ven biển lên 35%; 100% diện tích rừng ngập mặn có chủ quản lý.

Địa chỉ: Khu 3, thị trấn Giao Thủy, huyện Giao Thủy, tỉnh Nam Định. Điện thoại: 0228.3895.123
Số lượt truy cập: 1.208.446
"""

C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
D25 = P("đến năm 2025", None, "2025-12-31")
rows = [
    ("Trồng mới rừng ngập mặn", ["45,5", "62", "28,4"]),
    ("Trồng bổ sung, dặm rừng", ["30", "41,6", "15"]),
    ("Khoanh nuôi tái sinh", ["120", "150", "135"]),
    ("Diện tích rừng giao khoán bảo vệ", ["2.215", "2.380", "2.412"]),
]
colname = ["năm 2022", "năm 2023", "6 tháng đầu năm 2024"]
cper = [C22, C23, C24]
figs = []
for label, cells in rows:
    for i, num in enumerate(cells):
        if i == 0:
            anchor = f"{label}\n{num}\n"
        else:
            anchor = f"\n{cells[i-1]}\n{num}\n"
        v = float(num.replace(",", ".")) if "," in num else int(num.replace(".", ""))
        figs.append(F(anchor, num, v, "measure", "ha", f"{label} {colname[i]}", period=cper[i]))
figs += [
    F("gần 1,1 tỷ đồng", "1,1", 1100000000, "money", "đồng", "tiền dịch vụ môi trường rừng chi trả", approx="nearly", period=H6),
    F("cho 5 xã", "5", 5, "count", "xã", "xã ven biển được chi trả tiền dịch vụ môi trường rừng", period=H6),
    F("với 1.036 hộ", "1.036", 1036, "count", "hộ", "hộ nhận khoán được chi trả", period=H6),
    F("khoảng 1,06 triệu đồng", "1,06", 1060000, "money", "đồng", "bình quân mỗi hộ nhận", approx="about", period=H6),
    F("đạt 3.100 ha", "3.100", 3100, "measure", "ha", "tổng diện tích rừng ngập mặn toàn huyện",
      change=C("increase", 500, "ha", "năm 2015", approx="nearly")),
    F("đạt 32,4%", "32,4", 32.4, "percent", "%", "tỷ lệ che phủ rừng ven biển"),
    F("hơn 220 loài", "220", 220, "count", "loài chim", "loài chim vùng lõi Vườn quốc gia Xuân Thủy", approx="over"),
    F("9 loài", "9", 9, "count", "loài", "loài chim có tên trong Sách Đỏ thế giới", total=220),
    F("khoảng 18.500 lượt", "18.500", 18500, "count", "lượt khách", "lượt khách du lịch sinh thái vườn đón", approx="about",
      change=C("increase", 27, "%", "năm trước"), period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("thêm 150 ha", "150", 150, "measure", "ha", "rừng ngập mặn trồng mới thêm", status="target", period=D25),
    F("lên 35%", "35", 35, "percent", "%", "tỷ lệ che phủ rừng ven biển", status="target", period=D25),
    F("100% diện tích", "100", 100, "percent", "%", "diện tích rừng ngập mặn có chủ quản lý", status="target", period=D25),
]
comments = [
    "District portal (huyện Giao Thủy, Nam Định): mangrove planting, regeneration, contracted protection, PFES payment, Xuân Thủy National Park.",
    "No dateline at all (published null); breadcrumb, address 'Khu 3', phone and visitor counter 'Số lượt truy cập: 1.208.446' are not figures.",
    "One-cell-per-line table with 'Đơn vị tính: ha': each numeric cell is a figure, subject = row label + column label, period from the column header",
    "(stated, as in shared h23/h24). The district portal implies location Giao Thủy for every figure (commune names in brackets are not figure places).",
    "'tăng gần 500 ha so với năm 2015' = change (nearly) of 3.100 ha; 'trong đó 9 loài' total 220. The 2025 targets all take 'đến năm 2025' (same sentence).",
]
write("p396-6", A, figs, comments, published=None, location="Giao Thủy")
