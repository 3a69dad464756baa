from lib import *

TEXT = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả kiểm định chất lượng giáo dục và xây dựng trường chuẩn quốc gia năm học 2023-2024

Thực hiện Công văn số 1923/BGDĐT-QLCL của Bộ Giáo dục và Đào tạo, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ ĐẠT ĐƯỢC
1. Trường đạt chuẩn quốc gia
Tính đến ngày 30/6/2024, toàn tỉnh có 812 trường mầm non, phổ thông công lập, trong đó 798 trường đã được đánh giá ngoài (đạt 98,3%).

Bảng 1. Trường đạt chuẩn quốc gia theo cấp học (tính đến 30/6/2024)
Cấp học | Tổng số trường (trường) | Đạt chuẩn mức độ 1 (trường) | Đạt chuẩn mức độ 2 (trường) | Tỷ lệ đạt chuẩn (%)
Mầm non | 262 | 171 | 58 | 87,4
Tiểu học | 253 | 149 | 92 | 95,3
THCS | 186 | 118 | 51 | 90,9
THPT | 56 | 31 | 13 | 78,6
Liên cấp | 55 | 36 | 9 | 81,8
Tổng | 812 | 505 | 223 | 89,7

2. Kiểm định chất lượng giáo dục
Có 786 trường đạt kiểm định chất lượng giáo dục, trong đó cấp độ 1: 97 trường, cấp độ 2: 301 trường, cấp độ 3: 342 trường, cấp độ 4: 46 trường.

3. Kinh phí
Năm học 2023-2024, tổng kinh phí đầu tư xây dựng trường chuẩn ước đạt 415,6 tỷ đồng, bằng 103,9% kế hoạch.

II. NHIỆM VỤ NĂM HỌC 2024-2025
Phấn đấu có thêm 12 trường đạt chuẩn quốc gia, nâng tỷ lệ chung lên 91%; 100% trường hết hạn công nhận được đánh giá ngoài chu kỳ mới.

Nơi nhận:
- Bộ GD&ĐT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX1.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

AS = ASOF("Tính đến ngày 30/6/2024", "2024-06-30")
TB = ASOF("tính đến 30/6/2024", "2024-06-30", inh=True)
NH = YY("Năm học 2023-2024", 2023, 2024)
NH2 = YY("NĂM HỌC 2024-2025", 2024, 2025, inh=True)

ROWS = [("Mầm non", "mầm non", ["262", "171", "58", "87,4"], "Mầm non | "),
        ("Tiểu học", "tiểu học", ["253", "149", "92", "95,3"], "Tiểu học | "),
        ("THCS", "THCS", ["186", "118", "51", "90,9"], "THCS | "),
        ("THPT", "THPT", ["56", "31", "13", "78,6"], "THPT | "),
        ("Liên cấp", "liên cấp", ["55", "36", "9", "81,8"], "Liên cấp | "),
        ("Tổng", "toàn tỉnh", ["812", "505", "223", "89,7"], "Tổng | ")]
COLS = [("Tổng số trường {}", "count", "trường"),
        ("trường {} đạt chuẩn mức độ 1", "count", "trường"),
        ("trường {} đạt chuẩn mức độ 2", "count", "trường"),
        ("Tỷ lệ đạt chuẩn {}", "percent", "%")]

FIGS = [
    F("có 812 trường", "812", 812, "count", "trường", "trường mầm non, phổ thông công lập", AS),
    F("798 trường", "798", 798, "count", "trường", "trường đã được đánh giá ngoài", AS, total=812, percent=98.3),
]
for label, name, cells, prefix in ROWS:
    line = prefix + " | ".join(cells)
    for i, (cell, (subj, kind, unit)) in enumerate(zip(cells, COLS)):
        # anchor: the row prefix plus cells up to this one (unique per row)
        anchor = prefix + " | ".join(cells[: i + 1])
        if i == len(cells) - 1:
            anchor = anchor + "\n"
        FIGS.append(F(anchor, cell, parse_num(cell), kind, unit, subj.format(name), TB))
FIGS += [
    F("Có 786 trường", "786", 786, "count", "trường", "trường đạt kiểm định chất lượng giáo dục"),
    F("97 trường", "97", 97, "count", "trường", "trường đạt kiểm định chất lượng giáo dục cấp độ 1", total=786),
    F("301 trường", "301", 301, "count", "trường", "trường đạt kiểm định chất lượng giáo dục cấp độ 2", total=786),
    F("342 trường", "342", 342, "count", "trường", "trường đạt kiểm định chất lượng giáo dục cấp độ 3", total=786),
    F("46 trường", "46", 46, "count", "trường", "trường đạt kiểm định chất lượng giáo dục cấp độ 4", total=786),
    F("415,6 tỷ đồng", "415,6", 415.6e9, "money", "đồng", "tổng kinh phí đầu tư xây dựng trường chuẩn", NH,
      percent=103.9, status="estimate"),
    F("thêm 12 trường", "12", 12, "count", "trường", "trường đạt chuẩn quốc gia có thêm", NH2, status="target"),
    F("lên 91%", "91", 91, "percent", "%", "tỷ lệ trường đạt chuẩn quốc gia", NH2, status="target"),
    F("100% trường hết hạn", "100", 100, "percent", "%", "trường hết hạn công nhận được đánh giá ngoài chu kỳ mới", NH2,
      status="target"),
]

COMMENTS = [
    "Formal report (invented) UBND tỉnh Hà Tĩnh Số: 287/BC-UBND, 'Hà Tĩnh, ngày 15 tháng 7 năm 2024': national-standard schools and",
    "accreditation in school year 2023-2024, with a table flattened with '|' (units in the column headers).",
    "Table: every numeric cell is a figure; subject = column label + row label ('Tổng' row = toàn tỉnh); period from the table",
    "title '(tính đến 30/6/2024)' on another line -> inherited. Table cells get no total (as in shared h23).",
    "Not figures: 'Số: 287/BC-UBND', 'Công văn số 1923/BGDĐT-QLCL', 'mức độ 1/2' in the headers, 'cấp độ 1:' ... 'cấp độ 4:' before",
    "the counts, 'Bảng 1', section numbers I., II., 1., 2., 3., 'VX1', the date line.",
    "'ước đạt 415,6 tỷ đồng, bằng 103,9% kế hoạch' -> estimate, percent 103.9. Section II heading 'NĂM HỌC 2024-2025' governs",
    "the targets in its sentence below (another sentence -> inherited); 'Phấn đấu' -> target for all three.",
]

if __name__ == "__main__":
    emit("p636-3", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Hà Tĩnh")
