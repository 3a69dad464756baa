"""p1214-3: formal report (UBND tỉnh Bà Rịa - Vũng Tàu) on fish meal and aquafeed in 2023, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BÀ RỊA - VŨNG TÀU
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bà Rịa - Vũng Tàu, ngày 18 tháng 01 năm 2024

BÁO CÁO
Tình hình sản xuất bột cá, thức ăn thủy sản năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Năm 2023, giá trị sản xuất ngành chế biến bột cá, thức ăn thủy sản ước đạt 2.860 tỷ đồng, bằng 103,4% kế hoạch, tăng 5,1% so với năm 2022. Sản lượng một số sản phẩm chủ yếu như sau:

Đơn vị tính: tấn
Sản phẩm | Năm 2022 | Năm 2023 | So sánh 2023/2022 (%)
Bột cá | 68.420 | 71.350 | 104,3
Dầu cá | 3.150 | 3.280 | 104,1
Thức ăn nuôi tôm | 95.600 | 102.400 | 107,1
Thức ăn nuôi cá | 41.800 | 39.700 | 95,0
Tổng cộng | 208.970 | 216.730 | 103,7

2. Cơ sở sản xuất
Tính đến ngày 31/12/2023, toàn tỉnh có 27 cơ sở chế biến bột cá và 6 nhà máy sản xuất thức ăn thủy sản, tổng công suất thiết kế khoảng 310.000 tấn/năm. Các cơ sở sử dụng gần 1.900 lao động, trong đó lao động địa phương chiếm 78%.

3. Bảo vệ môi trường
Trong năm, Sở Tài nguyên và Môi trường đã kiểm tra 19 cơ sở, phát hiện 5 cơ sở vi phạm, xử phạt 420 triệu đồng; 3 cơ sở tại huyện Long Điền đã di dời vào Cụm công nghiệp Hắc Dịch 1.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu giá trị sản xuất đạt 3.000 tỷ đồng, tăng khoảng 4,9% so với năm 2023; sản lượng thức ăn thủy sản đạt trên 150.000 tấn.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TTr. Tỉnh ủy, TTr. HĐND tỉnh;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
CMP = P("So sánh 2023/2022 (%)", "2023-01-01", "2023-12-31", inherited=True)
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
IN_YEAR = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def cell(anchor, number, value, row, col):
    if col == "So sánh 2023/2022 (%)":
        return F(anchor, number, value, "percent", "%", subject=f"{row} so sánh 2023/2022", period=CMP)
    per = {"Năm 2022": Y22, "Năm 2023": Y23}[col]
    return F(anchor, number, value, "measure", "tấn", subject=f"sản lượng {row} {col.lower()}", period=per)


ROWS = [
    ("Bột cá", "bột cá", "68.420", "71.350", "104,3"),
    ("Dầu cá", "dầu cá", "3.150", "3.280", "104,1"),
    ("Thức ăn nuôi tôm", "thức ăn nuôi tôm", "95.600", "102.400", "107,1"),
    ("Thức ăn nuôi cá", "thức ăn nuôi cá", "41.800", "39.700", "95,0"),
    ("Tổng cộng", "tổng cộng", "208.970", "216.730", "103,7"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, row, a, b, c in ROWS:
    TABLE.append(cell(f"{label} | {a}", a, num(a), row, "Năm 2022"))
    TABLE.append(cell(f"{a} | {b}", b, num(b), row, "Năm 2023"))
    TABLE.append(cell(f"{b} | {c}", c, num(c), row, "So sánh 2023/2022 (%)"))

FIGS = [
    F("ước đạt 2.860 tỷ", "2.860", 2860000000000, "money", "đồng", percent=103.4,
      change=C("increase", 5.1, "%", "năm 2022"), status="estimate",
      subject="giá trị sản xuất ngành chế biến bột cá, thức ăn thủy sản", period=Y23),
] + TABLE + [
    F("có 27 cơ sở", "27", 27, "count", "cơ sở", subject="cơ sở chế biến bột cá", period=ASOF),
    F("và 6 nhà máy", "6", 6, "count", "nhà máy", subject="nhà máy sản xuất thức ăn thủy sản", period=ASOF),
    F("khoảng 310.000 tấn", "310.000", 310000, "measure", "tấn/năm", approx="about",
      subject="tổng công suất thiết kế", period=ASOF),
    F("gần 1.900 lao động", "1.900", 1900, "count", "lao động", approx="nearly",
      subject="lao động các cơ sở sử dụng", period=I(ASOF)),
    F("chiếm 78%", "78", 78, "percent", "%", subject="tỷ lệ lao động địa phương", period=I(ASOF)),
    F("kiểm tra 19 cơ sở", "19", 19, "count", "cơ sở", subject="cơ sở được Sở Tài nguyên và Môi trường kiểm tra",
      period=IN_YEAR),
    F("phát hiện 5 cơ sở", "5", 5, "count", "cơ sở", subject="cơ sở vi phạm", period=IN_YEAR),
    F("xử phạt 420 triệu", "420", 420000000, "money", "đồng", subject="tiền xử phạt", period=IN_YEAR),
    F("; 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở đã di dời vào Cụm công nghiệp Hắc Dịch 1",
      period=IN_YEAR, location="Long Điền"),
    F("đạt 3.000 tỷ", "3.000", 3000000000000, "money", "đồng", status="target",
      change=C("increase", 4.9, "%", "năm 2023", approx="about"), subject="giá trị sản xuất", period=Y24),
    F("trên 150.000 tấn", "150.000", 150000, "measure", "tấn", approx="over", status="target",
      subject="sản lượng thức ăn thủy sản", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH BÀ RỊA - VŨNG TÀU', 'Số: 412/BC-UBND', 'Bà Rịa - Vũng Tàu, ngày 18 tháng 01 năm 2024' (published), sections, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: tấn'; rows are products (subject = row + column label), periods from the column headers (scored);",
    "the column 'So sánh 2023/2022 (%)' holds percent figures (index 2023 over 2022); its period is not a column year: marked inherited (unscored).",
    "Table cells get no total; the 'Tổng cộng' row is its own figures. 'Trong năm' in an annual report = 2023 (stated in the sentence, scored).",
    "Distractors: 'Số: 412/BC-UBND', section numbers I./II./1.-3., 'Cụm công nghiệp Hắc Dịch 1', 'TM.', 'KT.'.",
    "'bằng 103,4% kế hoạch' → percent of 2.860 tỷ; 'ước đạt' → estimate. 'trong đó lao động địa phương chiếm 78%' is a percent figure of its own.",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the period of the targets (inherited).",
]

if __name__ == "__main__":
    write("p1214-3", TEXT, NOTES, FIGS, published="2024-01-18", location="Bà Rịa - Vũng Tàu")
