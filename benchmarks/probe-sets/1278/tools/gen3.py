"""p1278-3: formal report (UBND tỉnh Điện Biên, Số: 412/BC-UBND), micronutrient supplementation 2024; flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH ĐIỆN BIÊN
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống thiếu vi chất dinh dưỡng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác chỉ đạo
Thực hiện Kế hoạch số 1156/KH-UBND ngày 05/4/2024, 10/10 huyện, thị xã, thành phố đã tổ chức Ngày Vi chất dinh dưỡng 1-2/6, lồng ghép bổ sung viên sắt, đa vi chất cho phụ nữ mang thai và nữ vị thành niên.

2. Kết quả cụ thể
Ước cả năm cấp phát 1,32 triệu viên sắt/đa vi chất, tăng 8,5% so với năm 2023; kinh phí ước thực hiện 2,46 tỷ đồng, trong đó ngân sách địa phương 960 triệu đồng.

Bảng 1. Đối tượng được bổ sung vi chất dinh dưỡng
Đơn vị tính: người
TT | Chỉ tiêu | Năm 2023 | Kế hoạch 2024 | Ước thực hiện 2024 | So với cùng kỳ (%)
1 | Phụ nữ mang thai uống viên sắt/đa vi chất | 10.842 | 11.500 | 11.236 | 103,6
2 | Nữ vị thành niên bổ sung sắt hằng tuần | 6.105 | 7.000 | 7.480 | 122,5
3 | Trẻ 6-36 tháng uống vitamin A | 52.310 | 53.000 | 52.870 | 101,1
 | Tổng cộng | 69.257 | 71.500 | 71.586 | 103,4

Riêng nữ vị thành niên được bổ sung sắt hằng tuần ước đạt 7.480 người, vượt 6,9% kế hoạch. Tỷ lệ thiếu máu ở phụ nữ mang thai qua điều tra tại 30 cụm năm 2024 là 24,3% (năm 2023 là 26,1%).

II. NHIỆM VỤ NĂM 2025
Phấn đấu 100% phụ nữ mang thai được quản lý được uống viên sắt/đa vi chất; giảm tỷ lệ thiếu máu ở phụ nữ mang thai xuống còn 22%.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lò Thị Thanh Vân
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
N25 = per("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
COLS = [("năm 2023", Y23, None, "người"), ("kế hoạch 2024", K24, "target", "người"),
        ("ước thực hiện 2024", E24, "estimate", "người"), ("so với cùng kỳ", None, None, "%")]
ROWS = [("Phụ nữ mang thai uống viên sắt/đa vi chất", ["10.842", "11.500", "11.236", "103,6"]),
        ("Nữ vị thành niên bổ sung sắt hằng tuần", ["6.105", "7.000", "7.480", "122,5"]),
        ("Trẻ 6-36 tháng uống vitamin A", ["52.310", "53.000", "52.870", "101,1"]),
        ("Tổng cộng", ["69.257", "71.500", "71.586", "103,4"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, nums in ROWS:
    prev = label
    for (col, p, st, unit), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if p:
            kw["period"] = p
        kind = "percent" if unit == "%" else "count"
        head = "Tổng cộng đối tượng được bổ sung vi chất dinh dưỡng" if label == "Tổng cộng" else label
        CELLS.append(fig(f"{prev} | {n}", n, num(n), kind, unit, subject=f"{head} {col}", **kw))
        prev = n

FIGS = [
    fig("10/10 huyện", "10", 10, "count", "huyện", total=10,
        subject="huyện, thị xã, thành phố đã tổ chức Ngày Vi chất dinh dưỡng"),
    fig("phát 1,32 triệu", "1,32", 1.32e6, "count", "viên", status="estimate",
        change=chg("increase", 8.5, "%", "năm 2023"), subject="viên sắt/đa vi chất cấp phát", period=YEAR),
    fig("thực hiện 2,46 tỷ", "2,46", 2.46e9, "money", "đồng", status="estimate",
        subject="kinh phí ước thực hiện", period=YEAR),
    fig("phương 960 triệu", "960", 960e6, "money", "đồng", total=2.46e9, status="estimate",
        subject="ngân sách địa phương", period=YEAR),
] + CELLS + [
    fig("Trẻ 6-36", "6", 6, "measure", "tháng", value_max=36, optional=True),
    fig("ước đạt 7.480", "7.480", 7480, "count", "người", status="estimate",
        change=chg("increase", 6.9, "%", "kế hoạch"),
        subject="nữ vị thành niên được bổ sung sắt hằng tuần", period=inh(Y24)),
    fig("tại 30 cụm", "30", 30, "count", "cụm", subject="cụm điều tra thiếu máu ở phụ nữ mang thai",
        period=Y24),
    fig("là 24,3%", "24,3", 24.3, "percent", "%", subject="tỷ lệ thiếu máu ở phụ nữ mang thai", period=Y24),
    fig("là 26,1%", "26,1", 26.1, "percent", "%", subject="tỷ lệ thiếu máu ở phụ nữ mang thai", period=Y23b),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="phụ nữ mang thai được quản lý được uống viên sắt/đa vi chất", period=N25),
    fig("còn 22%", "22", 22, "percent", "%", status="target",
        subject="tỷ lệ thiếu máu ở phụ nữ mang thai", period=N25),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐIỆN BIÊN', 'Số: 412/BC-UBND', 'Điện Biên, ngày 18 tháng 12 năm 2024', sections I/II and 1-2, 'Nơi nhận'.",
    "Distractors: Số 412/BC-UBND, Kế hoạch số 1156/KH-UBND ngày 05/4/2024, 'Ngày Vi chất dinh dưỡng 1-2/6' (dates, not a range),",
    "'Bảng 1', table row numbers 1-3, section numbers, the letterhead date.",
    "Flattened '|' table, 'Đơn vị tính: người'. Subject = row label + column label; period and status from the column header",
    "('Kế hoạch 2024' target, 'Ước thực hiện 2024' estimate). 'So với cùng kỳ (%)' cells are percent figures; the column names",
    "no period and no status cue, so they carry no period (unscored) and status actual. Table cells get no total.",
    "The age range 'Trẻ 6-36 tháng' in a row label is optional (cf. 'dưới 1 tuổi' in the shared gold).",
    "'Ước cả năm ...; kinh phí ước thực hiện ..., trong đó ngân sách địa phương ...': all estimate, period 'cả năm' = 2024",
    "(year of the dateline/Kế hoạch date). 'trong đó ... 960 triệu' has total 2,46 tỷ.",
    "'vượt 6,9% kế hoạch' is a change with baseline 'kế hoạch'. '(năm 2023 là 26,1%)' is a figure of its own.",
    "Section II 'NHIỆM VỤ NĂM 2025' with 'Phấn đấu' gives target; the period stands in the heading (inherited).",
]

if __name__ == "__main__":
    write("p1278-3", TEXT, NOTES, FIGS, published="2024-12-18", location="Điện Biên")
