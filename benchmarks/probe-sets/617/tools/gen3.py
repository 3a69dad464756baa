"""p617-3: UBND tỉnh Quảng Trị, báo cáo phát triển văn hóa đọc năm 2023 (formal report, flattened | table)."""
from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 287/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Trị, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện Đề án phát triển văn hóa đọc trong cộng đồng năm 2023

Thực hiện Quyết định số 329/QĐ-TTg ngày 15/3/2017 của Thủ tướng Chính phủ và Kế hoạch số 95/KH-UBND ngày 10/5/2023, UBND tỉnh Quảng Trị báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Hệ thống thư viện
Toàn tỉnh hiện có 01 thư viện cấp tỉnh, 9 thư viện cấp huyện, 1.214 thư viện trường học, trong đó 763 thư viện đạt chuẩn (chiếm 62,9%); 96/117 xã, phường, thị trấn có phòng đọc hoặc tủ sách cơ sở (đạt 82,1%). Năm 2023, tổng kinh phí bổ sung sách cho hệ thống thư viện công cộng ước đạt 2.150 triệu đồng, tăng 350 triệu đồng so với năm 2022.

2. Một số chỉ tiêu chủ yếu
TT | Chỉ tiêu | Đơn vị | Năm 2022 | Ước TH 2023 | Kế hoạch 2024
1 | Thẻ bạn đọc cấp mới | thẻ | 6.820 | 7.450 | 8.000
2 | Lượt bạn đọc | lượt | 385.600 | 412.300 | 450.000
3 | Lượt sách, báo luân chuyển | lượt | 1.024.500 | 1.108.700 | 1.200.000
4 | Chuyến xe thư viện lưu động | chuyến | 52 | 64 | 70
5 | Tài liệu được số hóa | trang | 215.000 | 348.000 | 400.000

II. PHƯƠNG HƯỚNG, NHIỆM VỤ
Phấn đấu đến năm 2025, 100% xã, phường, thị trấn có phòng đọc hoặc tủ sách cơ sở; 80% thư viện trường học đạt chuẩn mức độ 1 trở lên.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, KGVX.
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Ước TH 2023", "2023-01-01", "2023-12-31")
Y24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", end="2025-12-31")

ROWS = [
    ("Thẻ bạn đọc cấp mới", "thẻ", "count", ["6.820", "7.450", "8.000"]),
    ("Lượt bạn đọc", "lượt", "count", ["385.600", "412.300", "450.000"]),
    ("Lượt sách, báo luân chuyển", "lượt", "count", ["1.024.500", "1.108.700", "1.200.000"]),
    ("Chuyến xe thư viện lưu động", "chuyến", "count", ["52", "64", "70"]),
    ("Tài liệu được số hóa", "trang", "count", ["215.000", "348.000", "400.000"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("hiện có 01 thư viện", "01", 1, "count", "thư viện", "thư viện cấp tỉnh"),
    F("9 thư viện cấp huyện", "9", 9, "count", "thư viện", "thư viện cấp huyện"),
    F("1.214 thư viện trường học", "1.214", 1214, "count", "thư viện", "thư viện trường học"),
    F("trong đó 763 thư viện", "763", 763, "count", "thư viện", "thư viện trường học đạt chuẩn",
      total=1214, percent=62.9),
    F("96/117 xã", "96", 96, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có phòng đọc hoặc tủ sách cơ sở",
      total=117, percent=82.1),
    F("ước đạt 2.150 triệu đồng", "2.150", 2150000000, "money", "đồng",
      "tổng kinh phí bổ sung sách cho hệ thống thư viện công cộng", P("Năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("increase", 350000000, unit="đồng", baseline="năm 2022"), status="estimate"),
]
for label, unit, kind, cells in ROWS:
    left = f"| {unit} | "
    a22 = f"{left}{cells[0]} |"
    FIGS.append(F(a22, cells[0], num(cells[0]), kind, unit, f"{label} năm 2022", Y22))
    FIGS.append(F(f"| {cells[0]} | {cells[1]} |", cells[1], num(cells[1]), kind, unit,
                  f"{label} ước thực hiện năm 2023", Y23, status="estimate"))
    FIGS.append(F(f"| {cells[1]} | {cells[2]}\n", cells[2], num(cells[2]), kind, unit,
                  f"{label} kế hoạch năm 2024", Y24, status="target"))
FIGS += [
    F("2025, 100% xã", "100", 100, "percent", "%", "tỷ lệ xã, phường, thị trấn có phòng đọc hoặc tủ sách cơ sở",
      T25, status="target"),
    F("80% thư viện", "80", 80, "percent", "%", "tỷ lệ thư viện trường học đạt chuẩn mức độ 1 trở lên",
      T25, status="target"),
]

COMMENTS = [
    "Formal report 'Số: 287/BC-UBND' of UBND tỉnh Quảng Trị, 'Quảng Trị, ngày 15 tháng 12 năm 2023' (= published),",
    "with a table flattened with '|' (TT | Chỉ tiêu | Đơn vị | Năm 2022 | Ước TH 2023 | Kế hoạch 2024).",
    "Table: every numeric cell a figure; 'Ước TH' column → estimate, 'Kế hoạch' column → target; period from the column header",
    "(scored, as in shared h23). Row numbers 1-5 and 'TT' are not figures; unit from the Đơn vị column.",
    "Distractors: 'Số: 287/BC-UBND', 'Quyết định số 329/QĐ-TTg ngày 15/3/2017', 'Kế hoạch số 95/KH-UBND ngày 10/5/2023',",
    "section numbers 'I.', '1.', '2.', 'II.', 'mức độ 1' (a standard level).",
    "'hiện có' gives no period. 763 is a 'trong đó' part of 1.214 with its share (chiếm 62,9%); 96/117 with 'đạt 82,1%' as percent.",
    "'tăng 350 triệu đồng so với năm 2022' is the change of 2.150 triệu (absolute, đồng). 'Phấn đấu đến năm 2025' → target,",
    "period start null, end 2025-12-31, continuing through the ';' clause.",
]

if __name__ == "__main__":
    emit("p617-3", TEXT, COMMENTS, FIGS, published="2023-12-15", location="Quảng Trị")
