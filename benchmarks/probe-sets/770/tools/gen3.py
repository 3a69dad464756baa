"""p770-3: UBND tỉnh Nam Định formal report — winter crop 2023 results, '|' table, 2024 plan."""
from lib import *

TEXT = """UBND TỈNH NAM ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 87/BC-UBND
Nam Định, ngày 12 tháng 3 năm 2024

BÁO CÁO
Kết quả sản xuất vụ đông năm 2023 và kế hoạch vụ đông năm 2024

Thực hiện Kế hoạch số 145/KH-UBND ngày 15/8/2023 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ SẢN XUẤT VỤ ĐÔNG NĂM 2023
1. Diện tích
Tổng diện tích cây vụ đông toàn tỉnh đạt 18.930 ha, bằng 94,7% kế hoạch (kế hoạch 20.000 ha), giảm 3,1% so với năm 2022. Cây vụ đông tập trung tại các huyện Hải Hậu (3.420 ha), Giao Thủy (2.960 ha), Nghĩa Hưng (2.515 ha) và Xuân Trường (1.870 ha).

2. Năng suất, sản lượng
Bảng 1. Kết quả sản xuất một số cây trồng chính vụ đông năm 2023
Cây trồng | Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng (tấn)
Ngô | 4.215 | 52,6 | 22.171
Khoai tây | 2.870 | 185,4 | 53.210
Khoai lang | 1.105 | 98,2 | 10.851
Rau các loại | 9.640 | 215,0 | 207.260

Tổng giá trị sản xuất vụ đông ước đạt 2.145 tỷ đồng, tăng 6,8% so với năm 2022. Giá trị sản xuất bình quân đạt 113,3 triệu đồng/ha.

II. KẾ HOẠCH VỤ ĐÔNG NĂM 2024
Phấn đấu gieo trồng 20.500 ha, trong đó khoai tây 3.000 ha, ngô 4.000 ha; giá trị sản xuất đạt trên 2.300 tỷ đồng. Dự kiến ngân sách tỉnh hỗ trợ 15 tỷ đồng cho các vùng sản xuất tập trung quy mô từ 10 ha trở lên.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NN2.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = I(Y(2023, "vụ đông năm 2023"))
Y24 = I(Y(2024, "vụ đông năm 2024"))
FIGS = [
    F("đạt 18.930 ha", "18.930", 18930, "measure", "ha", "tổng diện tích cây vụ đông", Y23, percent=94.7,
      change=CH("decrease", 3.1, "%", "năm 2022"), target=T(20000, "ha")),
    F("Hải Hậu (3.420 ha)", "3.420", 3420, "measure", "ha", "diện tích cây vụ đông", Y23, location="Hải Hậu"),
    F("Giao Thủy (2.960 ha)", "2.960", 2960, "measure", "ha", "diện tích cây vụ đông", Y23, location="Giao Thủy"),
    F("Nghĩa Hưng (2.515 ha)", "2.515", 2515, "measure", "ha", "diện tích cây vụ đông", Y23, location="Nghĩa Hưng"),
    F("Xuân Trường (1.870 ha)", "1.870", 1870, "measure", "ha", "diện tích cây vụ đông", Y23, location="Xuân Trường"),
]
ROWS = [("Ngô", "4.215", "52,6", "22.171"), ("Khoai tây", "2.870", "185,4", "53.210"),
        ("Khoai lang", "1.105", "98,2", "10.851"), ("Rau các loại", "9.640", "215,0", "207.260")]
for crop, a, y, o in ROWS:
    c = crop.lower() if crop != "Rau các loại" else "rau các loại"
    FIGS.append(F(f"{crop} | {a}", a, parse_num(a), "measure", "ha", f"diện tích {c}", Y23))
    FIGS.append(F(f"| {y} |", y, parse_num(y), "measure", "tạ/ha", f"năng suất {c}", Y23))
    FIGS.append(F(f"| {o}", o, parse_num(o), "measure", "tấn", f"sản lượng {c}", Y23))
FIGS += [
    F("ước đạt 2.145 tỷ đồng", "2.145", 2.145e12, "money", "đồng", "tổng giá trị sản xuất vụ đông", Y23,
      change=CH("increase", 6.8, "%", "năm 2022"), status="estimate"),
    F("đạt 113,3 triệu đồng/ha", "113,3", 113.3e6, "money", "đồng/ha", "giá trị sản xuất bình quân", Y23),
    F("gieo trồng 20.500 ha", "20.500", 20500, "measure", "ha", "diện tích cây vụ đông gieo trồng", Y24, status="target"),
    F("khoai tây 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích khoai tây", Y24, total=20500, status="target"),
    F("ngô 4.000 ha", "4.000", 4000, "measure", "ha", "diện tích ngô", Y24, total=20500, status="target"),
    F("trên 2.300 tỷ đồng", "2.300", 2.3e12, "money", "đồng", "giá trị sản xuất vụ đông", Y24,
      approx="over", status="target"),
    F("hỗ trợ 15 tỷ đồng", "15", 15e9, "money", "đồng", "ngân sách tỉnh hỗ trợ các vùng sản xuất tập trung", Y24,
      status="forecast"),
    F("từ 10 ha trở lên", "10", 10, "measure", "ha", "quy mô vùng sản xuất tập trung được hỗ trợ",
      approx="at_least", optional=True),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Nam Định số 87/BC-UBND (12/3/2024): kết quả vụ đông năm 2023 (diện tích, huyện, bảng năng suất/sản lượng '|') và kế hoạch 2024.",
    "Place-and-date line 'Nam Định, ngày 12 tháng 3 năm 2024' gives published. Not figures: Số 87/BC-UBND, Kế hoạch số 145/KH-UBND ngày 15/8/2023,",
    "section numbers I./1./2./II., 'Bảng 1', 'Lưu: VT, NN2'. Threshold 'từ 10 ha trở lên' is optional.",
    "18.930 ha: 'bằng 94,7% kế hoạch' is its percent, '(kế hoạch 20.000 ha)' its target, 'giảm 3,1%' its change.",
    "Table periods come from the table title and section headings (inherited, not scored); plan parts after 'trong đó' take 20500 as total.",
    "'Dự kiến ngân sách tỉnh hỗ trợ 15 tỷ đồng' → forecast.",
]

if __name__ == "__main__":
    emit("p770-3", TEXT, COMMENTS, FIGS, published="2024-03-12", location="Nam Định")
