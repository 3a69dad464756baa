"""p1443-3: formal report (Sở NN&PTNT Quảng Ninh, Số: 21/BC-SNNPTNT): nếp cái hoa vàng 2024, flattened '|' table by place."""
from lib import F, period, year, inherit, change, target, write

TEXT = """UBND TỈNH QUẢNG NINH
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 21/BC-SNNPTNT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ninh, ngày 16 tháng 01 năm 2025

BÁO CÁO
Kết quả sản xuất lúa nếp cái hoa vàng năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Diện tích, năng suất, sản lượng
Năm 2024, toàn tỉnh gieo cấy 2.486 ha lúa nếp cái hoa vàng, tăng 4,2% so với năm 2023, bằng 101,5% kế hoạch. Năng suất bình quân đạt 50,8 tạ/ha; sản lượng đạt 12.630 tấn, trong đó sản lượng tiêu thụ qua chuỗi liên kết chiếm 41%.

Diện tích lúa nếp cái hoa vàng phân theo địa phương
Đơn vị tính: ha
Địa phương | Năm 2023 | Năm 2024 | Kế hoạch 2025
Thị xã Đông Triều | 1.420 | 1.465 | 1.500
Thị xã Quảng Yên | 612 | 640 | 650
Thành phố Uông Bí | 195 | 201 | 210
Các địa phương khác | 159 | 180 | 190
Tổng cộng | 2.386 | 2.486 | 2.550

2. Liên kết, tiêu thụ
Đến ngày 31/12/2024, toàn tỉnh có 9 chuỗi liên kết sản xuất nếp cái hoa vàng với 1.730 hộ tham gia; 6 sản phẩm từ nếp đạt OCOP 4 sao. Giá gạo nếp bình quân năm 2024 đạt 38.000 đồng/kg, cao hơn 12% so với năm 2023. Thị xã Đông Triều xếp thứ nhất toàn tỉnh về diện tích nếp cái hoa vàng.

II. KẾ HOẠCH NĂM 2025
Năm 2025, phấn đấu diện tích nếp cái hoa vàng toàn tỉnh đạt 2.550 ha, sản lượng trên 13.000 tấn; hỗ trợ xây dựng thêm 2 chuỗi liên kết; dự kiến kinh phí hỗ trợ khoảng 3,5 tỷ đồng từ ngân sách tỉnh theo Nghị quyết số 194/2019/NQ-HĐND.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, TT.
"""

Y23 = year("Năm 2023", 2023)
Y24 = year("Năm 2024", 2024)
Y24b = year("năm 2024", 2024)
K25 = year("Kế hoạch 2025", 2025)
Y25 = year("Năm 2025", 2025)
ASOF = period("Đến ngày 31/12/2024", None, "2024-12-31")
COLS = [("năm 2023", Y23, None), ("năm 2024", Y24, None), ("kế hoạch 2025", K25, "target")]
IND = "diện tích lúa nếp cái hoa vàng"
QN = "Quảng Ninh"

# (row label, place or None, [cells]); the first cell's anchor starts from the row label.
ROWS = [
    ("Thị xã Đông Triều", "Đông Triều", ["1.420", "1.465", "1.500"]),
    ("Thị xã Quảng Yên", "Quảng Yên", ["612", "640", "650"]),
    ("Thành phố Uông Bí", "Uông Bí", ["195", "201", "210"]),
    ("Các địa phương khác", None, ["159", "180", "190"]),
    ("Tổng cộng", None, ["2.386", "2.486", "2.550"]),
]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, per, status), n in zip(COLS, nums):
        subj = f"{IND} {col}" if place else f"{IND} {label.lower()} {col}"
        kw = {"status": status} if status else {}
        CELLS.append(F(f"{prev} | {n}", n, float(n.replace(".", "")), "measure", "ha", subj, per,
                       location=place or QN, **kw))
        prev = n

FIGS = [
    F("gieo cấy 2.486 ha", "2.486", 2486, "measure", "ha", "diện tích lúa nếp cái hoa vàng gieo cấy", Y24,
      change=change("increase", 4.2, "%", "năm 2023"), percent=101.5),
    F("đạt 50,8 tạ/ha", "50,8", 50.8, "measure", "tạ/ha", "năng suất bình quân", inherit(Y24)),
    F("đạt 12.630 tấn", "12.630", 12630, "measure", "tấn", "sản lượng", inherit(Y24)),
    F("chiếm 41%", "41", 41, "percent", "%", "sản lượng tiêu thụ qua chuỗi liên kết", inherit(Y24)),
] + CELLS + [
    F("có 9 chuỗi", "9", 9, "count", "chuỗi liên kết", "chuỗi liên kết sản xuất nếp cái hoa vàng", ASOF),
    F("với 1.730 hộ", "1.730", 1730, "count", "hộ", "hộ tham gia chuỗi liên kết", ASOF),
    F("6 sản phẩm từ nếp", "6", 6, "count", "sản phẩm", "sản phẩm từ nếp đạt OCOP 4 sao", ASOF),
    F("đạt 38.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá gạo nếp bình quân", Y24b,
      change=change("increase", 12, "%", "năm 2023")),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "diện tích nếp cái hoa vàng", location="Đông Triều"),
    F("đạt 2.550 ha", "2.550", 2550, "measure", "ha", "diện tích nếp cái hoa vàng toàn tỉnh", Y25,
      status="target"),
    F("trên 13.000 tấn", "13.000", 13000, "measure", "tấn", "sản lượng", Y25, approx="over", status="target"),
    F("thêm 2 chuỗi", "2", 2, "count", "chuỗi liên kết", "chuỗi liên kết hỗ trợ xây dựng thêm", Y25,
      status="target"),
    F("khoảng 3,5 tỷ", "3,5", 3.5e9, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh", Y25,
      approx="about", status="forecast"),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG NINH / SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 'Số: 21/BC-SNNPTNT', 'Quảng Ninh, ngày 16 tháng 01 năm 2025' (published), sections I/II, 1-2, 'Nơi nhận'.",
    "Flattened '|' table with a place column, 'Đơn vị tính: ha' → cells are measure in ha; place rows → location (Đông Triều, Quảng Yên, Uông Bí);",
    "'Các địa phương khác' and 'Tổng cộng' stay Quảng Ninh and keep their label in the subject; subject = table title + column; cells get no total.",
    "Column 'Kế hoạch 2025' → status target; periods from the column headers (scored).",
    "'tăng 4,2% so với năm 2023, bằng 101,5% kế hoạch' → change 4.2% and percent 101.5 on 2.486 ha.",
    "'trong đó sản lượng tiêu thụ qua chuỗi liên kết chiếm 41%' is a percent figure of its own (no base amount in its clause).",
    "'6 sản phẩm từ nếp đạt OCOP 4 sao': 6 is a figure, '4 sao' is a product grade (not a figure). 'xếp thứ nhất' → rank 1, location Đông Triều.",
    "Section II: 'Năm 2025, phấn đấu ...' governs the ';' clauses ('thêm 2 chuỗi' target); 'dự kiến kinh phí ... khoảng 3,5 tỷ' → forecast.",
    "Distractors: Số: 21/BC-SNNPTNT, Nghị quyết số 194/2019/NQ-HĐND, section numbers I./II./1./2., letterhead date, 'Lưu: VT, TT'.",
]

if __name__ == "__main__":
    write("p1443-3", TEXT, NOTES, FIGS, published="2025-01-16", location=QN)
