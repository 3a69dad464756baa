"""p762-3: formal report, UBND tỉnh Hưng Yên — Đề án cờ vua trong trường học, with a '|' table."""
from lib import F, P, YEAR, I, CH, T, emit

TEXT = """UBND TỈNH HƯNG YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 248/BC-UBND
Hưng Yên, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả 3 năm thực hiện Đề án phát triển môn cờ vua trong trường học giai đoạn 2021-2025

Thực hiện Quyết định số 1875/QĐ-UBND ngày 09/9/2021 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Quy mô
Tính đến ngày 30/11/2023, toàn tỉnh có 286 trường phổ thông tổ chức dạy cờ vua, đạt 81,7% kế hoạch giai đoạn; tổng số học sinh tham gia là 41.250 em, tăng 2,3 lần so với năm 2021.

Bảng 1. Kết quả theo cấp học (tính đến ngày 30/11/2023)
Cấp học | Số trường (trường) | Số câu lạc bộ (CLB) | Số học sinh (em) | Tỷ lệ học sinh tham gia (%)
Tiểu học | 162 | 175 | 27.480 | 38,6
THCS | 108 | 96 | 11.930 | 19,2
THPT | 16 | 12 | 1.840 | 4,5
Tổng | 286 | 283 | 41.250 | 24,8

2. Đội ngũ và kinh phí
Toàn tỉnh đã tập huấn cho 412 giáo viên dạy cờ vua, trong đó 58 giáo viên đạt chứng chỉ huấn luyện viên cấp cơ sở. Tổng kinh phí thực hiện giai đoạn 2021-2023 là 6.840,5 triệu đồng, gồm ngân sách tỉnh 4.120,5 triệu đồng và nguồn xã hội hóa 2.720 triệu đồng.

3. Thành tích
Năm 2023, học sinh Hưng Yên giành 9 huy chương vàng, 12 huy chương bạc tại Giải vô địch cờ vua trẻ toàn quốc, xếp thứ 6/63 tỉnh, thành phố.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu năm 2024 có ít nhất 310 trường tổ chức dạy cờ vua; tỷ lệ học sinh tiểu học tham gia đạt từ 40 đến 45%.

Nơi nhận:
- Bộ GD&ĐT (b/c);
- Lưu: VT, VX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
TAB = I(P("tính đến ngày 30/11/2023", None, "2023-11-30"))
GD = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y23 = YEAR(2023, "Năm 2023")
Y24 = YEAR(2024)

COLS = [("Số trường", "trường", "count"), ("Số câu lạc bộ", "CLB", "count"),
        ("Số học sinh", "em", "count"), ("Tỷ lệ học sinh tham gia", "%", "percent")]
ROWS = [
    ("Tiểu học", [("Tiểu học | 162", "162"), ("| 175 |", "175"), ("| 27.480 |", "27.480"), ("| 38,6", "38,6")]),
    ("THCS", [("THCS | 108", "108"), ("| 96 |", "96"), ("| 11.930 |", "11.930"), ("| 19,2", "19,2")]),
    ("THPT", [("THPT | 16", "16"), ("| 12 |", "12"), ("| 1.840 |", "1.840"), ("| 4,5", "4,5")]),
    ("Tổng", [("Tổng | 286", "286"), ("| 283 |", "283"), ("| 41.250 |", "41.250"), ("| 24,8", "24,8")]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for row, cells in ROWS:
    for (anchor, n), (col, unit, kind) in zip(cells, COLS):
        subj = f"{col} {row}" if row != "Tổng" else f"Tổng {col[0].lower() + col[1:]}"
        TABLE.append(F(anchor, n, num(n), kind, unit, subj, TAB))

FIGS = [
    F("có 286 trường phổ thông", "286", 286, "count", "trường", "trường phổ thông tổ chức dạy cờ vua",
      ASOF, percent=81.7),
    F("là 41.250 em", "41.250", 41250, "count", "em", "tổng số học sinh tham gia", ASOF,
      change=CH("increase", 2.3, "lần", "năm 2021")),
] + TABLE + [
    F("cho 412 giáo viên", "412", 412, "count", "giáo viên", "giáo viên dạy cờ vua được tập huấn"),
    F("đó 58 giáo viên", "58", 58, "count", "giáo viên",
      "giáo viên đạt chứng chỉ huấn luyện viên cấp cơ sở", total=412),
    F("là 6.840,5 triệu đồng", "6.840,5", 6840500000, "money", "đồng",
      "tổng kinh phí thực hiện", GD),
    F("tỉnh 4.120,5 triệu đồng", "4.120,5", 4120500000, "money", "đồng", "ngân sách tỉnh", GD,
      total=6840500000),
    F("hóa 2.720 triệu đồng", "2.720", 2720000000, "money", "đồng", "nguồn xã hội hóa", GD,
      total=6840500000),
    F("giành 9 huy chương vàng", "9", 9, "count", "huy chương vàng",
      "huy chương vàng tại Giải vô địch cờ vua trẻ toàn quốc", Y23),
    F("12 huy chương bạc", "12", 12, "count", "huy chương bạc",
      "huy chương bạc tại Giải vô địch cờ vua trẻ toàn quốc", Y23),
    F("xếp thứ 6/63", "6", 6, "rank", "hạng", "xếp hạng tại Giải vô địch cờ vua trẻ toàn quốc", Y23,
      total=63),
    F("ít nhất 310 trường", "310", 310, "count", "trường", "trường tổ chức dạy cờ vua", Y24,
      approx="at_least", status="target"),
    F("từ 40 đến 45%", "40", 40, "percent", "%", "tỷ lệ học sinh tiểu học tham gia", Y24,
      value_max=45, status="target"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Hưng Yên số 248/BC-UBND, 18/12/2023: 3 năm Đề án phát triển môn cờ vua trong trường học (flattened '|' table).",
    "The place-and-date line gives `published`. Not figures: 'Số: 248/BC-UBND', 'Quyết định số 1875/QĐ-UBND ngày 09/9/2021',",
    "'3 năm' (a duration), 'giai đoạn 2021-2025', 'Bảng 1', section numbers I./II./1./2./3.",
    "Table: every numeric cell is a figure (the Tổng row too); subject = column + row label; units from the column headers;",
    "period from the table title (another line: inherited). No totals inside the table (no part-of cue; FIGURES.md gives tables none).",
    "'tăng 2,3 lần so với năm 2021' is the change of 41.250 (unit lần). '6.840,5 triệu' = 6 840 500 000 đồng; the 'gồm' parts add up to it.",
    "revised after first scoring: 6.840,5 triệu subject 'tổng kinh phí thực hiện' (dropped 'Đề án', not in its sentence).",
]

if __name__ == "__main__":
    emit("p762-3", TEXT, COMMENTS, FIGS, published="2023-12-18", location="Hưng Yên")
