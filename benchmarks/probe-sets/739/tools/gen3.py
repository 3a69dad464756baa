from lib import *

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 287/BC-UBND
Quảng Trị, ngày 16 tháng 9 năm 2024

BÁO CÁO
Kết quả chuẩn bị sách giáo khoa, đồng phục học sinh năm học 2024-2025

Thực hiện Công văn số 4056/BGDĐT-GDTrH ngày 02/8/2024 của Bộ Giáo dục và Đào tạo, UBND tỉnh báo cáo như sau:

1. Sách giáo khoa
Tính đến ngày 10/9/2024, các nhà trường đã nhận 1.184.600 bản sách giáo khoa, đạt 99,1% nhu cầu; trong đó sách lớp 5, lớp 9 và lớp 12 đổi mới là 312.450 bản. Kết quả theo cấp học:

Bảng 1. Cung ứng sách giáo khoa theo cấp học
Cấp học | Số học sinh (em) | Nhu cầu (bản) | Đã cung ứng (bản) | Tỷ lệ (%)
Tiểu học | 58.320 | 524.900 | 522.780 | 99,6
THCS | 44.870 | 448.700 | 443.150 | 98,8
THPT | 21.640 | 221.800 | 218.670 | 98,6

Dự kiến đến ngày 25/9/2024, 100% học sinh có đủ sách. Giá bình quân một bộ sách giáo khoa lớp 12 là 285.000 đồng, tăng 12,5% so với năm học trước.

2. Đồng phục học sinh
Toàn tỉnh có 312/356 trường phổ thông quy định mặc đồng phục; không trường nào yêu cầu học sinh mua đồng phục mới mỗi năm. Giá một bộ đồng phục phổ biến từ 120.000 đến 180.000 đồng.

3. Hỗ trợ học sinh có hoàn cảnh khó khăn
Ngành giáo dục đã vận động tặng 8.750 bộ sách giáo khoa và 4.320 bộ đồng phục cho học sinh khó khăn, trị giá khoảng 3,4 tỷ đồng; 482 thư viện trường học đã có tủ sách dùng chung.

4. Kiến nghị
Đề nghị Bộ Giáo dục và Đào tạo chỉ đạo các nhà xuất bản phát hành sách trước ngày 15/7 hằng năm.

Nơi nhận:
- Bộ GD&ĐT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Nam
"""

NH24 = NH("năm học 2024-2025", 2024)
ASOF = P("Tính đến ngày 10/9/2024", end="2024-09-10")
FC = P("đến ngày 25/9/2024", end="2024-09-25")

ROWS = [("Tiểu học", "58.320", "524.900", "522.780", "99,6"),
        ("THCS", "44.870", "448.700", "443.150", "98,8"),
        ("THPT", "21.640", "221.800", "218.670", "98,6")]
COLS = [("Số học sinh", "count", "em", "Số học sinh"),
        ("Nhu cầu", "count", "bản", "Nhu cầu sách giáo khoa"),
        ("Đã cung ứng", "count", "bản", "Sách giáo khoa đã cung ứng"),
        ("Tỷ lệ", "percent", "%", "Tỷ lệ cung ứng sách giáo khoa")]

FIG = [
    F("nhận 1.184.600 bản", "1.184.600", 1184600, "count", "bản", "sách giáo khoa các nhà trường đã nhận", ASOF, percent=99.1),
    F("là 312.450 bản", "312.450", 312450, "count", "bản", "sách lớp 5, lớp 9 và lớp 12 đổi mới", ASOF, total=1184600),
]
for row in ROWS:
    cells = [row[0]] + list(row[1:])
    for j, (col, kind, unit, subj) in enumerate(COLS):
        num = row[j + 1]
        prev = cells[j]
        anchor = f"{prev} | {num}"
        v = parse_num(num)
        FIG.append(F(anchor, num, v, kind, unit, f"{subj} {row[0]}", I(NH24)))
FIG += [
    F("2024, 100% học sinh", "100", 100, "percent", "%", "học sinh có đủ sách giáo khoa", FC, status="forecast"),
    F("là 285.000 đồng", "285.000", 285000, "money", "đồng", "giá bình quân một bộ sách giáo khoa lớp 12",
      change=CH("increase", 12.5, baseline="năm học trước")),
    F("312/356 trường", "312", 312, "count", "trường", "trường phổ thông quy định mặc đồng phục", total=356),
    F("từ 120.000 đến 180.000 đồng", "120.000", 120000, "money", "đồng", "giá một bộ đồng phục phổ biến", value_max=180000),
    F("tặng 8.750 bộ", "8.750", 8750, "count", "bộ sách giáo khoa", "sách giáo khoa vận động tặng học sinh khó khăn", I(NH24)),
    F("4.320 bộ đồng phục", "4.320", 4320, "count", "bộ đồng phục", "đồng phục vận động tặng học sinh khó khăn", I(NH24)),
    F("khoảng 3,4 tỷ đồng", "3,4", 3400000000, "money", "đồng", "trị giá sách giáo khoa và đồng phục tặng học sinh khó khăn",
      I(NH24), approx="about"),
    F("482 thư viện", "482", 482, "count", "thư viện", "thư viện trường học đã có tủ sách dùng chung"),
]

emit("p739-3", TEXT, [
    "Formal report under a letterhead: UBND tỉnh Quảng Trị, Số: 287/BC-UBND, 'Quảng Trị, ngày 16 tháng 9 năm 2024' (published).",
    "Flattened '|' table by school level: Số học sinh (em) | Nhu cầu (bản) | Đã cung ứng (bản) | Tỷ lệ (%); every cell a figure,",
    "subject = column + row label, unit from the header, period inherited from the report title (năm học 2024-2025, unscored).",
    "Row parts do add up to 1.184.600, but a table cell carries no total (as in the shared tables).",
    "Document numbers, 'ngày 02/8/2024', 'ngày 15/7', section numbers, 'Bảng 1', grades 'lớp 5, 9, 12' are not figures.",
], FIG, published="2024-09-16", location="Quảng Trị")
