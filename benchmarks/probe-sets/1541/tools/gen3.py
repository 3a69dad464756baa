"""p1541-3: formal report (Sở Công Thương Hưng Yên, Số: 215/BC-SCT): phụ liệu may 2023 and plan 2024, flattened '|' table."""
from lib import fig, per, inh, chg, write

TEXT = """UBND TỈNH HƯNG YÊN
SỞ CÔNG THƯƠNG
Số: 215/BC-SCT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 25 tháng 12 năm 2023

BÁO CÁO
Tình hình sản xuất phụ liệu ngành may năm 2023 và kế hoạch năm 2024

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Sản xuất
Năm 2023, các doanh nghiệp phụ liệu may trên địa bàn tỉnh ước sản xuất được 2,86 tỷ chiếc cúc và 152 triệu chiếc khóa kéo. Giá trị sản xuất ước đạt 4.120 tỷ đồng, tăng 6,7% so với năm 2022, đạt 101,2% kế hoạch.

Bảng 1. Sản lượng sản phẩm chủ yếu
Đơn vị tính: triệu chiếc
Sản phẩm | Năm 2022 | Ước thực hiện năm 2023 | Kế hoạch năm 2024
Cúc nhựa | 2.150 | 2.340 | 2.450
Cúc kim loại | 485 | 520 | 560
Khóa kéo | 141 | 152 | 165
Tổng cộng | 2.776 | 3.012 | 3.175

2. Lao động, đầu tư
Toàn ngành có 28 doanh nghiệp, trong đó 11 doanh nghiệp có vốn đầu tư nước ngoài, sử dụng 5.430 lao động. Trong năm, tỉnh thu hút thêm 3 dự án phụ liệu may với tổng vốn đăng ký 42 triệu USD, tập trung tại Khu công nghiệp Phố Nối A.

3. Tồn tại
Khoảng 70% nguyên liệu hạt nhựa, đồng thau vẫn phải nhập khẩu; tỷ lệ nội địa hóa phụ liệu cho ngành may của tỉnh mới đạt 38%.

II. KẾ HOẠCH NĂM 2024
Phấn đấu năm 2024 giá trị sản xuất đạt 4.400 tỷ đồng, tăng 6,8% so với năm 2023; tỷ lệ nội địa hóa đạt trên 40%; thu hút thêm ít nhất 2 dự án.

Nơi nhận:
- UBND tỉnh (để b/c);
- Bộ Công Thương;
- Lưu: VT, QLCN.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Minh Hải
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
IN23 = inh(per("I. KẾT QUẢ THỰC HIỆN NĂM 2023", "2023-01-01", "2023-12-31"))
TRN = per("Trong năm", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Ước thực hiện năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", C22, None), ("ước thực hiện năm 2023", C23, "estimate"), ("kế hoạch năm 2024", C24, "target")]
ROWS = [("Cúc nhựa", ["2.150", "2.340", "2.450"]), ("Cúc kim loại", ["485", "520", "560"]),
        ("Khóa kéo", ["141", "152", "165"]), ("Tổng cộng", ["2.776", "3.012", "3.175"])]

CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        v = float(n.replace(".", "")) * 1e6
        CELLS.append(fig(f"{prev} | {n}", n, v, "count", "chiếc",
                         subject=f"sản lượng {label.lower()} {col}", period=p, **kw))
        prev = n

FIGS = [
    fig("được 2,86 tỷ", "2,86", 2.86e9, "count", "chiếc cúc", status="estimate",
        subject="cúc các doanh nghiệp phụ liệu may sản xuất", period=Y23),
    fig("và 152 triệu", "152", 152e6, "count", "chiếc khóa kéo", status="estimate",
        subject="khóa kéo các doanh nghiệp phụ liệu may sản xuất", period=Y23),
    fig("ước đạt 4.120 tỷ", "4.120", 4.12e12, "money", "đồng", status="estimate", percent=101.2,
        change=chg("increase", 6.7, "%", "năm 2022"), subject="giá trị sản xuất", period=inh(Y23)),
] + CELLS + [
    fig("có 28 doanh nghiệp", "28", 28, "count", "doanh nghiệp", subject="doanh nghiệp toàn ngành phụ liệu may",
        period=IN23),
    fig("trong đó 11 doanh nghiệp", "11", 11, "count", "doanh nghiệp", total=28,
        subject="doanh nghiệp có vốn đầu tư nước ngoài", period=IN23),
    fig("sử dụng 5.430 lao động", "5.430", 5430, "count", "lao động", subject="lao động toàn ngành", period=IN23),
    fig("thêm 3 dự án", "3", 3, "count", "dự án", subject="dự án phụ liệu may tỉnh thu hút thêm", period=TRN),
    fig("đăng ký 42 triệu", "42", 42e6, "money", "USD", subject="tổng vốn đăng ký dự án phụ liệu may", period=TRN),
    fig("Khoảng 70% nguyên", "70", 70, "percent", "%", approx="about",
        subject="nguyên liệu hạt nhựa, đồng thau phải nhập khẩu", period=IN23),
    fig("mới đạt 38%", "38", 38, "percent", "%", subject="tỷ lệ nội địa hóa phụ liệu cho ngành may của tỉnh", period=IN23),
    fig("đạt 4.400 tỷ", "4.400", 4.4e12, "money", "đồng", status="target",
        change=chg("increase", 6.8, "%", "năm 2023"), subject="giá trị sản xuất", period=Y24),
    fig("đạt trên 40%", "40", 40, "percent", "%", approx="over", status="target",
        subject="tỷ lệ nội địa hóa", period=Y24),
    fig("ít nhất 2 dự án", "2", 2, "count", "dự án", approx="at_least", status="target",
        subject="dự án thu hút thêm", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH HƯNG YÊN / SỞ CÔNG THƯƠNG', 'Số: 215/BC-SCT', 'Hưng Yên, ngày 25 tháng 12 năm 2023', sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: triệu chiếc': every cell is a figure (count, chiếc, ×10^6), subject row + column,",
    "  period from the column header, 'Ước thực hiện' → estimate, 'Kế hoạch' → target. 'Bảng 1' and section numbers are no figures.",
    "'ước sản xuất được 2,86 tỷ chiếc cúc và 152 triệu chiếc khóa kéo' → both estimate. 'đạt 101,2% kế hoạch' → percent attribute.",
    "Section I figures without a period in their sentence inherit 'năm 2023' from the heading (not scored); 'Trong năm' in an annual",
    "  report is 2023 (scored). Section II: 'Phấn đấu năm 2024 ...; ...; ...' → all target, năm 2024.",
    "'Khoảng 70% ... vẫn phải nhập khẩu' and 'mới đạt 38%' are percent figures; under heading I they inherit năm 2023.",
]

if __name__ == "__main__":
    write("p1541-3", TEXT, NOTES, FIGS, published="2023-12-25", location="Hưng Yên")
