"""p923-3: formal report, UBND tỉnh Tuyên Quang, cá lăng/cá nheo in ponds, 9 months 2023, flattened | table."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH TUYÊN QUANG
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tuyên Quang, ngày 12 tháng 10 năm 2023

BÁO CÁO
Kết quả phát triển nuôi cá lăng, cá nheo trong ao 9 tháng đầu năm 2023

Thực hiện Kế hoạch số 45/KH-UBND ngày 20/3/2023 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Diện tích, sản lượng
9 tháng đầu năm 2023, toàn tỉnh có 186,4 ha ao nuôi cá lăng, cá nheo, tăng 12,6 ha so với cùng kỳ; sản lượng đạt 1.465 tấn, bằng 78,3% kế hoạch năm. Kết quả theo địa bàn:
Đơn vị tính: ha, tấn, hộ
Huyện, thành phố | Diện tích (ha) | Sản lượng (tấn) | Số hộ nuôi (hộ)
TP Tuyên Quang | 22,5 | 190 | 48
Yên Sơn | 58,3 | 462 | 131
Sơn Dương | 41,2 | 318 | 96
Hàm Yên | 36,8 | 285 | 74
Chiêm Hóa | 27,6 | 210 | 59
Tổng cộng | 186,4 | 1.465 | 408
2. Giá bán, hiệu quả
Giá cá lăng thương phẩm tại ao ổn định ở mức 115.000-130.000 đồng/kg, cá nheo 65.000-70.000 đồng/kg. Tổng giá trị sản xuất ước đạt 158,6 tỷ đồng, tăng 14,2% so với cùng kỳ. Các cơ sở trong tỉnh đã sản xuất 1,35 triệu con giống cá lăng, đáp ứng khoảng 60% nhu cầu.

II. TỒN TẠI, HẠN CHẾ
Giá thức ăn công nghiệp tăng 8-12% so với năm 2022; 17 hộ nuôi bị thiệt hại do mưa lũ tháng 7.

III. NHIỆM VỤ QUÝ IV/2023
Phấn đấu cả năm 2023 đạt 195 ha, sản lượng 1.870 tấn; dự kiến quý IV thu hoạch khoảng 400 tấn.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NLN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
IM9 = I(M9)
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")

ROWS = [  # (anchor prefix, location, area, prod, households)
    ("TP Tuyên Quang", "TP Tuyên Quang", "22,5", "190", "48"),
    ("Yên Sơn", "Yên Sơn", "58,3", "462", "131"),
    ("Sơn Dương", "Sơn Dương", "41,2", "318", "96"),
    ("Hàm Yên", "Hàm Yên", "36,8", "285", "74"),
    ("Chiêm Hóa", "Chiêm Hóa", "27,6", "210", "59"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, loc, a, p, h in ROWS:
    TABLE += [
        F(f"{label} | {a}", a, num(a), "measure", "ha", "diện tích", IM9, location=loc),
        F(f"{label} | {a} | {p}", p, num(p), "measure", "tấn", "sản lượng", IM9, location=loc),
        F(f"{a} | {p} | {h}", h, num(h), "count", "hộ", "số hộ nuôi", IM9, location=loc),
    ]
TABLE += [
    F("Tổng cộng | 186,4", "186,4", 186.4, "measure", "ha", "tổng cộng diện tích", IM9),
    F("Tổng cộng | 186,4 | 1.465", "1.465", 1465, "measure", "tấn", "tổng cộng sản lượng", IM9),
    F("| 1.465 | 408", "408", 408, "count", "hộ", "tổng cộng số hộ nuôi", IM9),
]

FIGS = [
    F("có 186,4 ha", "186,4", 186.4, "measure", "ha", "diện tích ao nuôi cá lăng, cá nheo", M9,
      change=C("increase", 12.6, "ha", "cùng kỳ")),
    F("sản lượng đạt 1.465 tấn", "1.465", 1465, "measure", "tấn", "sản lượng cá lăng, cá nheo", M9,
      percent=78.3),
] + TABLE + [
    F("mức 115.000-130.000 đồng/kg", "115.000", 115000, "money", "đồng/kg", "giá cá lăng thương phẩm tại ao",
      value_max=130000),
    F("cá nheo 65.000-70.000 đồng/kg", "65.000", 65000, "money", "đồng/kg", "giá cá nheo thương phẩm tại ao",
      value_max=70000),
    F("ước đạt 158,6 tỷ đồng", "158,6", 158_600_000_000, "money", "đồng", "tổng giá trị sản xuất", IM9,
      status="estimate", change=C("increase", 14.2, "%", "cùng kỳ")),
    F("sản xuất 1,35 triệu con giống", "1,35", 1_350_000, "count", "con giống", "con giống cá lăng sản xuất",
      IM9, percent=60),
    F("tăng 8-12%", "8", 8, "percent", "%", "giá thức ăn công nghiệp tăng", value_max=12),
    F("17 hộ nuôi bị thiệt hại", "17", 17, "count", "hộ", "hộ nuôi bị thiệt hại do mưa lũ",
      P("tháng 7", "2023-07-01", "2023-07-31")),
    F("đạt 195 ha", "195", 195, "measure", "ha", "diện tích ao nuôi cá lăng, cá nheo", Y23, status="target"),
    F("sản lượng 1.870 tấn", "1.870", 1870, "measure", "tấn", "sản lượng cá lăng, cá nheo", Y23, status="target"),
    F("khoảng 400 tấn", "400", 400, "measure", "tấn", "sản lượng thu hoạch quý IV",
      P("quý IV", "2023-10-01", "2023-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Formal report (UBND tỉnh Tuyên Quang, Số: 318/BC-UBND, 12/10/2023): cá lăng, cá nheo in ponds, 9 months 2023; invented for probe set 923.",
    "Flattened table (| separators, 'Đơn vị tính' line, district rows, Tổng cộng row): every numeric cell is a figure; subject = column label",
    "(the row label is a place, so it is the location; the Tổng cộng row keeps 'tổng cộng' in its subject); period from the sentence above (inherited).",
    "Table cells carry no totals (the Tổng cộng row is its own figure). Text 186,4 ha / 1.465 tấn and the total row are distinct figures.",
    "Not figures: Số 318/BC-UBND, Kế hoạch số 45/KH-UBND ngày 20/3/2023, section numbers I-III and 1-2, heading 'QUÝ IV/2023', letterhead dates.",
    "'bằng 78,3% kế hoạch năm' = percent of 1.465 tấn; 'đáp ứng khoảng 60% nhu cầu' read as the share of 1,35 triệu con giống (like 'đạt ... %').",
    "'Giá thức ăn ... tăng 8-12% so với năm 2022' has no base amount: a percent figure without change. '17 hộ ... mưa lũ tháng 7' period July 2023.",
    "'Phấn đấu cả năm 2023 ...' target; 'dự kiến quý IV ... khoảng 400 tấn' forecast (year from 'cả năm 2023').",
]

if __name__ == "__main__":
    build("p923-3", TEXT, COMMENTS, FIGS, published="2023-10-12", location="Tuyên Quang")
