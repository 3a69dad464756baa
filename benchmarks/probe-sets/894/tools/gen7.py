"""p894-7: department site (Sở Xây dựng Bắc Ninh), no dateline, fire-safety review 2024, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ XÂY DỰNG TỈNH BẮC NINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả rà soát an toàn phòng cháy, chữa cháy nhà chung cư năm 2024

Thực hiện Kế hoạch số 118/KH-SXD, Sở Xây dựng phối hợp với Phòng Cảnh sát PCCC và CNCH Công an tỉnh rà soát toàn bộ nhà chung cư, nhà nhiều tầng nhiều căn hộ trên địa bàn. Năm 2024, toàn tỉnh có 214 tòa nhà được rà soát, tăng 26 tòa so với năm 2023; trong đó 172 tòa đủ điều kiện an toàn PCCC, chiếm 80,4%.

Kết quả rà soát theo địa bàn
Đơn vị tính: tòa nhà
Địa bàn
Số tòa nhà rà soát
Đủ điều kiện PCCC
Chưa đủ điều kiện
TP Bắc Ninh
98
81
17
TP Từ Sơn
64
50
14
Thị xã Quế Võ
31
24
7
Huyện Yên Phong
21
17
4
Tổng cộng
214
172
42

Các tồn tại chủ yếu: 29 tòa nhà có hệ thống báo cháy tự động không hoạt động hoặc hoạt động không ổn định; 18 tòa nhà thiếu lối thoát nạn hoặc lối thoát nạn bị lấn chiếm; 11 tòa nhà có khu sạc xe điện dưới tầng hầm chưa bảo đảm an toàn.

Sở Xây dựng đã đề nghị xử phạt các chủ đầu tư, đơn vị quản lý vận hành vi phạm với tổng số tiền 1,35 tỷ đồng. Phấn đấu đến hết quý II/2025 khắc phục xong ít nhất 30 tòa nhà chưa đủ điều kiện; đến năm 2026 không còn chung cư vi phạm nghiêm trọng về PCCC.

SỞ XÂY DỰNG TỈNH BẮC NINH
Địa chỉ: số 11 đường Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh
Điện thoại: 0222.3822.645 - Fax: 0222.3822.531
Tổng lượt truy cập: 1.384.207
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24I = I(Y24)
TQ2 = P("đến hết quý II/2025", end="2025-06-30")

C1, C2, C3 = "tòa nhà được rà soát", "tòa nhà đủ điều kiện PCCC", "tòa nhà chưa đủ điều kiện PCCC"
ROWS = [("TP Bắc Ninh", "TP Bắc Ninh\n98", "98\n81", "81\n17", 98, 81, 17),
        ("Từ Sơn", "Từ Sơn\n64", "64\n50", "50\n14", 64, 50, 14),
        ("Quế Võ", "Quế Võ\n31", "31\n24", "24\n7", 31, 24, 7),
        ("Yên Phong", "Yên Phong\n21", "21\n17", "17\n4", 21, 17, 4)]

FIGS = [
    F("có 214 tòa", "214", 214, "count", "tòa nhà", "tòa nhà chung cư được rà soát an toàn PCCC", Y24,
      change=C("increase", 26, "tòa", "năm 2023")),
    F("172 tòa đủ", "172", 172, "count", "tòa", "tòa nhà đủ điều kiện an toàn PCCC", Y24, total=214, percent=80.4),
]
for place, a1, a2, a3, v1, v2, v3 in ROWS:
    FIGS += [F(a1, str(v1), v1, "count", "tòa nhà", C1, Y24I, location=place),
             F(a2, str(v2), v2, "count", "tòa nhà", C2, Y24I, location=place),
             F(a3, str(v3), v3, "count", "tòa nhà", C3, Y24I, location=place)]
FIGS += [
    F("Tổng cộng\n214", "214", 214, "count", "tòa nhà", C1, Y24I),
    F("214\n172", "172", 172, "count", "tòa nhà", C2, Y24I),
    F("172\n42", "42", 42, "count", "tòa nhà", C3, Y24I),
    F("29 tòa nhà", "29", 29, "count", "tòa nhà", "tòa nhà có hệ thống báo cháy tự động không hoạt động", Y24I),
    F("18 tòa nhà", "18", 18, "count", "tòa nhà", "tòa nhà thiếu lối thoát nạn hoặc lối thoát nạn bị lấn chiếm", Y24I),
    F("11 tòa nhà", "11", 11, "count", "tòa nhà", "tòa nhà có khu sạc xe điện dưới tầng hầm chưa bảo đảm an toàn", Y24I),
    F("số tiền 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", "tiền đề nghị xử phạt vi phạm PCCC", Y24I),
    F("ít nhất 30 tòa", "30", 30, "count", "tòa nhà", "tòa nhà chưa đủ điều kiện được khắc phục", TQ2,
      approx="at_least", status="target"),
]

write("p894-7", TEXT, FIGS, published=None, location="Bắc Ninh", notes=[
    "Department site (Sở Xây dựng Bắc Ninh), no dateline: fire-safety review of apartment buildings 2024.",
    "One-cell-per-line table (Đơn vị tính: tòa nhà); place rows -> location, column label -> subject; no totals on cells;",
    "the table takes 2024 from the text above (inherited). Footer address, phone, fax and visit counter are distractors.",
    "'172 tòa đủ ... chiếm 80,4%' after 'trong đó' -> total 214 and percent. 'đến năm 2026 không còn ...' has no number.",
])
