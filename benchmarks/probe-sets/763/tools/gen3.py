import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH PHÚ YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND
Phú Yên, ngày 20 tháng 12 năm 2023

BÁO CÁO
Kết quả khai thác, tiêu thụ cá ngừ đại dương năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Tàu thuyền, lao động
Tính đến ngày 30/11/2023, toàn tỉnh có 612 tàu câu cá ngừ đại dương, giảm 38 tàu so với cuối năm 2022; trong đó 548 tàu có chiều dài từ 15 m trở lên. Số lao động trực tiếp khai thác khoảng 4.900 người.

2. Sản lượng, giá trị
Sản lượng cá ngừ đại dương cả năm ước đạt 4.850 tấn, giảm 5,2% so với năm 2022, bằng 97% kế hoạch; giá trị khai thác ước đạt 436,5 tỷ đồng. Năng suất khai thác bình quân đạt 7,9 tấn/tàu/năm.

Bảng 1. Sản lượng cá ngừ đại dương theo địa phương (Đơn vị tính: tấn)
Địa phương | Năm 2022 | Ước năm 2023 | Kế hoạch năm 2024
TP. Tuy Hòa | 2.310 | 2.195 | 2.300
TX. Sông Cầu | 1.420 | 1.380 | 1.450
Huyện Tuy An | 810 | 765 | 800
TX. Đông Hòa | 576 | 510 | 550
Toàn tỉnh | 5.116 | 4.850 | 5.100

3. Tiêu thụ
Các doanh nghiệp trong tỉnh thu mua khoảng 1.650 tấn cá ngừ để chế biến xuất khẩu, chiếm 34% sản lượng; kim ngạch xuất khẩu cá ngừ đạt 18,7 triệu USD, tăng 3,6% so với năm 2022.

II. KẾ HOẠCH NĂM 2024
Phấn đấu sản lượng cá ngừ đại dương đạt 5.100 tấn; giảm tỷ lệ tổn thất sau thu hoạch xuống dưới 15%; hỗ trợ lắp đặt hầm bảo quản cho 60 tàu, kinh phí dự kiến 9,6 tỷ đồng từ nguồn Quyết định số 1853/QĐ-UBND.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Ước năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
S = "Sản lượng cá ngừ đại dương"

ROWS = [("TP. Tuy Hòa", "Tuy Hòa", "2.310", "2.195", "2.300"),
        ("TX. Sông Cầu", "Sông Cầu", "1.420", "1.380", "1.450"),
        ("Huyện Tuy An", "Tuy An", "810", "765", "800"),
        ("TX. Đông Hòa", "Đông Hòa", "576", "510", "550"),
        ("Toàn tỉnh", "Phú Yên", "5.116", "4.850", "5.100")]


def num(s):
    return float(s.replace(".", ""))


TABLE = []
for label, loc, a, b, c in ROWS:
    TABLE.append(F(f"{label} | {a}", a, num(a), "measure", "tấn", f"{S} năm 2022", C22, location=loc))
    TABLE.append(F(f"{a} | {b}", b, num(b), "measure", "tấn", f"{S} ước năm 2023", C23, status="estimate", location=loc))
    TABLE.append(F(f"{b} | {c}", c, num(c), "measure", "tấn", f"{S} kế hoạch năm 2024", C24, status="target", location=loc))

FIGS = [
    F("có 612 tàu", "612", 612, "count", "tàu", "tàu câu cá ngừ đại dương", ASOF,
      change=CH("decrease", 38, "tàu", baseline="cuối năm 2022")),
    F("trong đó 548 tàu", "548", 548, "count", "tàu", "tàu câu cá ngừ đại dương có chiều dài từ 15 m trở lên", ASOF,
      total=612),
    F("từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("khoảng 4.900 người", "4.900", 4900, "count", "người", "lao động trực tiếp khai thác", I(ASOF), approx="about"),
    F("ước đạt 4.850 tấn", "4.850", 4850, "measure", "tấn", "sản lượng cá ngừ đại dương cả năm", Y23,
      percent=97, change=CH("decrease", 5.2, baseline="năm 2022"), status="estimate"),
    F("ước đạt 436,5 tỷ đồng", "436,5", 436500000000, "money", "đồng", "giá trị khai thác cá ngừ đại dương", Y23,
      status="estimate"),
    F("đạt 7,9 tấn/tàu/năm", "7,9", 7.9, "measure", "tấn/tàu/năm", "năng suất khai thác bình quân", Y23),
] + TABLE + [
    F("khoảng 1.650 tấn", "1.650", 1650, "measure", "tấn", "cá ngừ doanh nghiệp thu mua để chế biến xuất khẩu", Y23,
      approx="about", percent=34),
    F("đạt 18,7 triệu USD", "18,7", 18700000, "money", "USD", "kim ngạch xuất khẩu cá ngừ", Y23,
      change=CH("increase", 3.6, baseline="năm 2022")),
    F("đạt 5.100 tấn", "5.100", 5100, "measure", "tấn", "sản lượng cá ngừ đại dương", Y24, status="target"),
    F("xuống dưới 15%", "15", 15, "percent", "%", "tỷ lệ tổn thất sau thu hoạch", Y24, approx="under", status="target"),
    F("cho 60 tàu", "60", 60, "count", "tàu", "tàu được hỗ trợ lắp đặt hầm bảo quản", Y24, status="target"),
    F("dự kiến 9,6 tỷ đồng", "9,6", 9600000000, "money", "đồng", "kinh phí hỗ trợ lắp đặt hầm bảo quản", Y24,
      status="forecast"),
]

COMMENTS = [
    "Formal report UBND tỉnh Phú Yên, Số: 215/BC-UBND, 'Phú Yên, ngày 20 tháng 12 năm 2023': tuna fleet, catch 2023, plan 2024.",
    "Flattened '|' table 'Bảng 1' with 'Đơn vị tính: tấn'; columns Năm 2022 (actual) | Ước năm 2023 (estimate) | Kế hoạch năm 2024",
    "(target); periods from the column headers (scored, as in shared h23). Row districts go to location, 'Toàn tỉnh' = Phú Yên.",
    "Table cells carry no total (every cell is its own figure). Section II figures inherit 'năm 2024' from the heading.",
    "'trong đó 548 tàu' is part of 612 tàu (same sentence, as-of period scored); 'bằng 97% kế hoạch' is the percent of 4.850 tấn.",
    "'xuống dưới 15%' is the target level (percent figure, under), not a change. 'dự kiến 9,6 tỷ đồng' = forecast.",
    "Distractors: Số: 215/BC-UBND, Quyết định số 1853/QĐ-UBND, 'Bảng 1', section numbers I./II./1./2./3., place-and-date line.",
]

emit("p763-3", TEXT, COMMENTS, FIGS, published="2023-12-20", location="Phú Yên")
