"""p815-3: UBND tỉnh Quảng Nam formal report, elderly sport 2023, flattened '|' table."""
from lib import F, P, I, C, T, emit

TEXT = """UBND TỈNH QUẢNG NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Quảng Nam, ngày 12 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện công tác thể dục thể thao cho người cao tuổi năm 2023

Thực hiện Kế hoạch số 1465/KH-UBND ngày 06/3/2023 của UBND tỉnh về tăng cường hoạt động thể dục thể thao cho người cao tuổi, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Phát triển câu lạc bộ
Năm 2023, toàn tỉnh có 1.018 câu lạc bộ thể dục thể thao người cao tuổi với 41.560 hội viên, tăng 7,4% so với năm 2022. Tỷ lệ người cao tuổi tập luyện thể dục thể thao thường xuyên ước đạt 38,7% (chỉ tiêu năm 2023 là 35%).

2. Kết quả tại các địa phương thí điểm
Số liệu tại 4 địa phương thí điểm (tính đến ngày 30/11/2023):
Đơn vị tính: người
STT | Địa phương | Tổng số NCT | Tập luyện TDTT thường xuyên | Được khám sức khỏe định kỳ
1 | Tam Kỳ | 18.240 | 8.846 | 12.930
2 | Hội An | 14.510 | 7.430 | 10.215
3 | Điện Bàn | 31.870 | 12.620 | 20.340
4 | Núi Thành | 22.650 | 8.245 | 14.880
Tổng cộng | | 87.270 | 37.141 | 58.365

3. Thi đấu và kinh phí
Tháng 9/2023, tỉnh tổ chức Giải Thể thao người cao tuổi lần thứ VI với 18 đoàn, 540 vận động viên tham gia 6 môn. Tổng kinh phí thực hiện năm 2023 là 2,35 tỷ đồng, trong đó ngân sách tỉnh 1,2 tỷ đồng, xã hội hóa 1,15 tỷ đồng.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu 100% xã, phường, thị trấn có câu lạc bộ thể dục thể thao người cao tuổi; tỷ lệ người cao tuổi tập luyện thường xuyên đạt 40%; tổ chức khám sức khỏe định kỳ cho ít nhất 70% người cao tuổi.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KGVX.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến ngày 30/11/2023", end="2023-11-30", inherited=True)
S9 = P("Tháng 9/2023", "2023-09-01", "2023-09-30")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

COLS = [("Tổng số NCT", "Tổng số NCT"),
        ("Tập luyện TDTT thường xuyên", "NCT tập luyện TDTT thường xuyên"),
        ("Được khám sức khỏe định kỳ", "NCT được khám sức khỏe định kỳ")]
ROWS = [("1 | Tam Kỳ", "Tam Kỳ", ["18.240", "8.846", "12.930"]),
        ("2 | Hội An", "Hội An", ["14.510", "7.430", "10.215"]),
        ("3 | Điện Bàn", "Điện Bàn", ["31.870", "12.620", "20.340"]),
        ("4 | Núi Thành", "Núi Thành", ["22.650", "8.245", "14.880"]),
        ("Tổng cộng | ", "Quảng Nam", ["87.270", "37.141", "58.365"])]

table = []
for head, place, cells in ROWS:
    for (col, subj), cell in zip(COLS, cells):
        anchor = f"| {cell} |" if cell != cells[-1] else f"| {cell}\n"
        if head.startswith("Tổng"):
            subj = "Tổng cộng " + subj
        table.append(F(anchor, cell, int(cell.replace(".", "")), "count", "người", subj, ASOF, location=place))

FIGS = [
    F("toàn tỉnh có 1.018 câu lạc bộ", "1.018", 1018, "count", "câu lạc bộ",
      "câu lạc bộ thể dục thể thao người cao tuổi", Y23),
    F("với 41.560 hội viên", "41.560", 41560, "count", "hội viên",
      "hội viên câu lạc bộ thể dục thể thao người cao tuổi", Y23, change=C("increase", 7.4, "%", "năm 2022")),
    F("ước đạt 38,7%", "38,7", 38.7, "percent", "%",
      "tỷ lệ người cao tuổi tập luyện thể dục thể thao thường xuyên", P("năm 2023", "2023-01-01", "2023-12-31"),
      status="estimate", target=T(35, "%", True)),
    F("tại 4 địa phương thí điểm", "4", 4, "count", "địa phương", "địa phương thí điểm"),
] + table + [
    F("với 18 đoàn", "18", 18, "count", "đoàn", "đoàn tham gia Giải Thể thao người cao tuổi tỉnh", S9),
    F("540 vận động viên", "540", 540, "count", "vận động viên",
      "vận động viên tham gia Giải Thể thao người cao tuổi tỉnh", S9),
    F("tham gia 6 môn", "6", 6, "count", "môn", "môn thi đấu tại Giải Thể thao người cao tuổi tỉnh", S9),
    F("là 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "tổng kinh phí thực hiện", Y23b),
    F("ngân sách tỉnh 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "kinh phí từ ngân sách tỉnh", Y23b,
      total=2350000000),
    F("xã hội hóa 1,15 tỷ đồng", "1,15", 1150000000, "money", "đồng", "kinh phí xã hội hóa", Y23b,
      total=2350000000),
    F("Phấn đấu 100% xã", "100", 100, "percent", "%",
      "xã, phường, thị trấn có câu lạc bộ thể dục thể thao người cao tuổi", Y24, status="target"),
    F("thường xuyên đạt 40%", "40", 40, "percent", "%",
      "tỷ lệ người cao tuổi tập luyện thường xuyên", Y24, status="target"),
    F("ít nhất 70% người cao tuổi", "70", 70, "percent", "%",
      "người cao tuổi được khám sức khỏe định kỳ", Y24, status="target", approx="at_least"),
]

NOTES = [
    "UBND tỉnh Quảng Nam report Số: 287/BC-UBND dated 'Quảng Nam, ngày 12 tháng 12 năm 2023' (published).",
    "Flattened table, Đơn vị tính: người; each numeric cell is a figure, row label (a place) gives location, column label the subject;",
    "the Tổng cộng row is located in the province. Table period from the line above ('tính đến ngày 30/11/2023'), inherited. Row numbers are not figures.",
    "'tăng 7,4% so với năm 2022' attaches to 41.560 hội viên (the figure it follows). '(chỉ tiêu năm 2023 là 35%)' is the target of 38,7%.",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the targets' period (inherited).",
    "Distractors: Số: 287/BC-UBND, Kế hoạch số 1465/KH-UBND ngày 06/3/2023, 'lần thứ VI', section numbers I., II., 1.-3., table row numbers.",
]

emit("p815-3", TEXT, NOTES, FIGS, published="2023-12-12", location="Quảng Nam")
