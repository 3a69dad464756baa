from lib import F, P, CH, TG, build

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN MƯỜNG NHÉ
Số: 215/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mường Nhé, ngày 20 tháng 6 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách hỗ trợ học sinh bán trú 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Quy mô trường, lớp, học sinh
Toàn huyện có 38 trường thuộc diện hưởng chính sách, trong đó 1 trường PTDTNT THCS và THPT huyện, 23 trường PTDTBT và 14 trường có học sinh bán trú. Số liệu theo cấp học như sau:

Bảng 1. Học sinh hưởng chính sách theo cấp học
Đơn vị tính: học sinh
Cấp học | Tổng số HS | HS dân tộc thiểu số | HS bán trú | Tỷ lệ bỏ học (%)
Tiểu học | 9.842 | 9.516 | 2.318 | 0,21
THCS | 5.176 | 5.047 | 3.904 | 0,86
THPT | 1.235 | 1.198 | 612 | 1,54
Cộng | 16.253 | 15.761 | 6.834 | 0,58

2. Kinh phí, gạo hỗ trợ
6 tháng đầu năm, huyện đã chi trả 31,47 tỷ đồng tiền ăn và cấp 512,6 tấn gạo cho học sinh bán trú, học sinh PTDTNT; hỗ trợ tiền nhà ở cho 1.083 học sinh tự túc chỗ ở, mỗi em 180.000 đồng/tháng. Kinh phí hỗ trợ tổ chức nấu ăn tập trung là 2,85 tỷ đồng, tăng 12,4% so với cùng kỳ.

3. Đội ngũ
Tổng số cán bộ quản lý, giáo viên, nhân viên các trường là 1.126 người; trong đó giáo viên là người dân tộc thiểu số 387 người, chiếm 34,4%. Toàn huyện còn thiếu 96 giáo viên so với định mức, riêng Trường PTDTBT Tiểu học số 2 Chung Chải thiếu 7 giáo viên.

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2024
Phấn đấu giảm tỷ lệ học sinh bỏ học xuống dưới 0,5%; 100% học sinh đủ điều kiện được hưởng chế độ kịp thời.

Nơi nhận:
- UBND tỉnh Điện Biên (b/c);
- Sở GD&ĐT;
- Lưu: VT, PGD.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lò Văn Chung
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H1S = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1SI = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inh=True)
H2I = P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inh=True)

COLS = [("Tổng số HS", "count", "học sinh"), ("HS dân tộc thiểu số", "count", "học sinh"),
        ("HS bán trú", "count", "học sinh"), ("Tỷ lệ bỏ học", "percent", "%")]
ROWS = [("Tiểu học", ["9.842", "9.516", "2.318", "0,21"]),
        ("THCS", ["5.176", "5.047", "3.904", "0,86"]),
        ("THPT", ["1.235", "1.198", "612", "1,54"]),
        ("Cộng", ["16.253", "15.761", "6.834", "0,58"])]


def num(s):
    v = float(s.replace(".", "").replace(",", "."))
    return int(v) if v.is_integer() and "," not in s else v


TABLE = []
for label, cells in ROWS:
    for j, c in enumerate(cells):
        col, kind, unit = COLS[j]
        if j == 0:
            anchor = f"{label} | {c} |"
        elif j == len(cells) - 1:
            anchor = f"| {cells[j - 1]} | {c}\n"
        else:
            anchor = f"| {cells[j - 1]} | {c} |"
        TABLE.append(F(anchor, c, num(c), kind, unit, f"{col} {label}", period=H1))

FIGS = [
    F("có 38 trường", "38", 38, "count", "trường", "trường thuộc diện hưởng chính sách"),
    F("đó 1 trường PTDTNT", "1", 1, "count", "trường", "trường PTDTNT THCS và THPT huyện", total=38),
    F("23 trường PTDTBT", "23", 23, "count", "trường", "trường PTDTBT", total=38),
    F("14 trường có học sinh", "14", 14, "count", "trường", "trường có học sinh bán trú", total=38),
] + TABLE + [
    F("chi trả 31,47 tỷ đồng", "31,47", 31470000000, "money", "đồng", "tiền ăn đã chi trả cho học sinh bán trú",
      period=H1S),
    F("cấp 512,6 tấn gạo", "512,6", 512.6, "measure", "tấn", "gạo cấp cho học sinh bán trú, học sinh PTDTNT",
      period=H1S),
    F("cho 1.083 học sinh", "1.083", 1083, "count", "học sinh", "học sinh tự túc chỗ ở được hỗ trợ tiền nhà ở",
      period=H1S),
    F("mỗi em 180.000 đồng/tháng", "180.000", 180000, "money", "đồng/tháng", "mức hỗ trợ tiền nhà ở mỗi học sinh",
      period=H1S),
    F("là 2,85 tỷ đồng", "2,85", 2850000000, "money", "đồng", "kinh phí hỗ trợ tổ chức nấu ăn tập trung",
      change=CH("+", 12.4, "%", "cùng kỳ"), period=H1SI),
    F("là 1.126 người", "1.126", 1126, "count", "người", "cán bộ quản lý, giáo viên, nhân viên các trường"),
    F("thiểu số 387 người", "387", 387, "count", "người", "giáo viên là người dân tộc thiểu số", total=1126,
      percent=34.4),
    F("thiếu 96 giáo viên", "96", 96, "count", "giáo viên", "giáo viên còn thiếu so với định mức"),
    F("thiếu 7 giáo viên", "7", 7, "count", "giáo viên", "giáo viên còn thiếu so với định mức"),
    F("dưới 0,5%", "0,5", 0.5, "percent", "%", "tỷ lệ học sinh bỏ học", approx="under", status="target", period=H2I),
    F("; 100% học sinh", "100", 100, "percent", "%", "học sinh đủ điều kiện được hưởng chế độ kịp thời",
      status="target", period=H2I),
]

COMMENTS = [
    "Formal report (UBND huyện Mường Nhé, Điện Biên), letterhead 'Số: 215/BC-UBND', date line 'Mường Nhé, ngày 20 tháng 6 năm 2024'.",
    "Flattened '|' table with 'Đơn vị tính: học sinh' and a '(%)' last column: every numeric cell is a figure; subject = column + row",
    "label ('Cộng' row included); period from the title '6 tháng đầu năm 2024' (inherited). No totals for table cells (as set 205).",
    "Distractors: document number, 'Bảng 1', section numbers I./II./1./2./3., 'Trường PTDTBT Tiểu học số 2 Chung Chải' (name),",
    "'THCS và THPT', 'Lưu: VT, PGD', 'KT. CHỦ TỊCH', signer, 'UBND tỉnh Điện Biên' in the distribution list.",
    "'trong đó 1 …, 23 … và 14 …' parts of 38 (sum checked). Sums of table rows checked against 'Cộng'.",
    "'6 tháng đầu năm' without a year takes 2024 from the date line/title. 'mỗi em 180.000 đồng/tháng' (10% of the 1,8 triệu base wage).",
    "Section II heading '6 THÁNG CUỐI NĂM 2024' gives the targets their period (inherited; no row in FIGURES.md, read as Jul-Dec).",
    "'387 người, chiếm 34,4%' part of 1.126 with share. Staff counts carry no period.",
    "revised after the first run: 'riêng Trường … thiếu 7 giáo viên' keeps the indicator as subject (a school is no place; h01 keeps",
    "ministries out of the subject), the first gold had put the school's name into the subject.",
]

build(4, TEXT, FIGS, COMMENTS, published="2024-06-20", location="Mường Nhé")
