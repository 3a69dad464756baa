"""p975-3: UBND tỉnh Trà Vinh formal report, coir processing facilities 9 months 2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH TRÀ VINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Trà Vinh, ngày 14 tháng 10 năm 2024

BÁO CÁO
Tình hình hoạt động của các cơ sở sơ chế xơ dừa 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Số cơ sở và sản lượng
Tính đến 30/9/2024, toàn tỉnh có 186 cơ sở sơ chế xơ dừa đang hoạt động, giảm 11 cơ sở so với cuối năm 2023; trong đó 23 cơ sở nằm trong cụm công nghiệp. 9 tháng đầu năm 2024, các cơ sở đã tiêu thụ khoảng 152 triệu trái dừa khô, sản xuất 38.400 tấn chỉ xơ dừa và 57.900 tấn mụn dừa, cụ thể:

Đơn vị tính: cơ sở; tấn
Địa bàn | Số cơ sở | Chỉ xơ dừa | Mụn dừa
Càng Long | 64 | 13.200 | 19.800
Châu Thành | 48 | 9.700 | 14.600
Tiểu Cần | 41 | 8.600 | 13.100
Cầu Kè | 33 | 6.900 | 10.400
Tổng cộng | 186 | 38.400 | 57.900

2. Giá cả, doanh thu và lao động
Giá dừa khô nguyên liệu bình quân 3.800 đồng/trái, tăng 18,8% so với cùng kỳ; giá chỉ xơ dừa xuất khẩu từ 7.800 đến 8.600 đồng/kg. Doanh thu của các cơ sở ước đạt 612 tỷ đồng, bằng 78,5% kế hoạch năm. Các cơ sở sử dụng 4.870 lao động, trong đó lao động nữ chiếm 62,4%.

3. Bảo vệ môi trường
Các ngành chức năng đã kiểm tra 74 cơ sở, trong đó 19 cơ sở vi phạm về xả nước thải ngâm xơ dừa, xử phạt 412,5 triệu đồng theo Nghị định số 45/2022/NĐ-CP.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
Dự kiến quý IV/2024, sản lượng chỉ xơ dừa đạt khoảng 13.000 tấn; phấn đấu cả năm 2024 đạt 51.000 tấn, di dời thêm 8 cơ sở vào Cụm công nghiệp An Phú Tân.
"""

ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở sơ chế xơ dừa đang hoạt động", ASOF,
      change=C("decrease", 11, "cơ sở", "cuối năm 2023")),
    F("23 cơ sở nằm", "23", 23, "count", "cơ sở", "cơ sở nằm trong cụm công nghiệp", ASOF, total=186),
    F("khoảng 152 triệu trái", "152", 152e6, "count", "trái dừa khô", "trái dừa khô các cơ sở tiêu thụ", M9,
      approx="about"),
    F("sản xuất 38.400 tấn", "38.400", 38400, "measure", "tấn", "sản lượng chỉ xơ dừa", M9),
    F("và 57.900 tấn", "57.900", 57900, "measure", "tấn", "sản lượng mụn dừa", M9),
]

ROWS = [("Càng Long", "64", "13.200", "19.800"), ("Châu Thành", "48", "9.700", "14.600"),
        ("Tiểu Cần", "41", "8.600", "13.100"), ("Cầu Kè", "33", "6.900", "10.400"),
        ("Tổng cộng", "186", "38.400", "57.900")]
for place, n, yarn, peat in ROWS:
    loc = {} if place == "Tổng cộng" else {"location": place}
    F_ = lambda s: float(s.replace(".", ""))
    FIGS.append(F(f"{place} | {n}", n, F_(n), "count", "cơ sở", "số cơ sở sơ chế xơ dừa", I(ASOF), **loc))
    FIGS.append(F(f"{n} | {yarn}", yarn, F_(yarn), "measure", "tấn", "sản lượng chỉ xơ dừa", I(M9), **loc))
    FIGS.append(F(f"{yarn} | {peat}", peat, F_(peat), "measure", "tấn", "sản lượng mụn dừa", I(M9), **loc))

FIGS += [
    F("bình quân 3.800 đồng/trái", "3.800", 3800, "money", "đồng/trái", "giá dừa khô nguyên liệu bình quân", I(M9),
      change=C("increase", 18.8, baseline="cùng kỳ")),
    F("từ 7.800 đến 8.600 đồng/kg", "7.800", 7800, "money", "đồng/kg", "giá chỉ xơ dừa xuất khẩu", I(M9),
      value_max=8600),
    F("ước đạt 612 tỷ đồng", "612", 612e9, "money", "đồng", "doanh thu của các cơ sở", I(M9), percent=78.5,
      status="estimate"),
    F("sử dụng 4.870 lao động", "4.870", 4870, "count", "lao động", "lao động các cơ sở sử dụng"),
    F("chiếm 62,4%", "62,4", 62.4, "percent", "%", "lao động nữ"),
    F("kiểm tra 74 cơ sở", "74", 74, "count", "cơ sở", "cơ sở được kiểm tra", I(M9)),
    F("19 cơ sở vi phạm", "19", 19, "count", "cơ sở", "cơ sở vi phạm về xả nước thải ngâm xơ dừa", I(M9),
      total=74),
    F("xử phạt 412,5 triệu đồng", "412,5", 412.5e6, "money", "đồng", "tiền xử phạt vi phạm", I(M9)),
    F("khoảng 13.000 tấn", "13.000", 13000, "measure", "tấn", "sản lượng chỉ xơ dừa", Q4, approx="about",
      status="forecast"),
    F("đạt 51.000 tấn", "51.000", 51000, "measure", "tấn", "sản lượng chỉ xơ dừa", Y24, status="target"),
    F("thêm 8 cơ sở", "8", 8, "count", "cơ sở", "cơ sở di dời vào cụm công nghiệp", Y24, status="target"),
]

NOTES = [
    "UBND tỉnh Trà Vinh, Số: 287/BC-UBND: cơ sở sơ chế xơ dừa 9 tháng đầu năm 2024; flattened '|' table by district.",
    "Table: every numeric cell is a figure; district → location, the Tổng cộng row is Trà Vinh's own figure (no total attribute);",
    "units from 'Đơn vị tính: cơ sở; tấn' (Số cơ sở → cơ sở, the two product columns → tấn); periods from the paragraph above (inherited).",
    "Sections 2-3 carry no period phrase: the report period is inherited (unscored); the labour stock gets none.",
    "Distractors: Số: 287/BC-UBND, the place-date line, section numbers I./II./1.-3., heading QUÝ IV/2024, Nghị định số 45/2022/NĐ-CP.",
]

write(3, TEXT, FIGS, NOTES, published="2024-10-14", location="Trà Vinh")
