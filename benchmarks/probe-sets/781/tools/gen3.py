"""p781-3: formal report, UBND tỉnh Ninh Thuận - sea turtle conservation at Núi Chúa 2021-2024 (flattened | table)."""
from lib import F, P, I, emit

TEXT = """UBND TỈNH NINH THUẬN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 248/BC-UBND
Ninh Thuận, ngày 18 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác bảo tồn rùa biển tại Vườn quốc gia Núi Chúa giai đoạn 2021 - 2024

Thực hiện Công văn số 3715/BNN-TS ngày 02/8/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Theo dõi, bảo vệ bãi đẻ
Giai đoạn 2021 - 9 tháng năm 2024, trên bãi đẻ thuộc Vườn quốc gia Núi Chúa đã ghi nhận tổng cộng 100 ổ trứng rùa biển, ấp nở và thả về biển 7.756 rùa con. Kết quả cụ thể như sau:

Chỉ tiêu | Đơn vị tính | Năm 2021 | Năm 2022 | Năm 2023 | 9 tháng 2024
Số ổ trứng ghi nhận | ổ | 19 | 24 | 28 | 29
Số trứng đưa vào ấp | quả | 1.853 | 2.390 | 2.702 | 2.826
Số rùa con thả về biển | con | 1.402 | 1.876 | 2.210 | 2.268
Tỷ lệ nở | % | 75,7 | 78,5 | 81,8 | 80,3

2. Tuyên truyền, xử lý vi phạm
Từ năm 2021 đến nay, đã tổ chức 46 buổi tuyên truyền với hơn 3.200 lượt người tham dự; lắp đặt 15 biển báo tại khu vực bãi đẻ; xử lý 11 vụ vi phạm, tịch thu 3 cá thể rùa biển. Tổng kinh phí thực hiện giai đoạn 2021 - 2024 ước đạt 2,35 tỷ đồng, đạt 94% kế hoạch.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu bảo vệ an toàn 100% ổ trứng rùa biển lên đẻ; tỷ lệ nở đạt trên 80%; tổ chức ít nhất 12 buổi tuyên truyền. Dự kiến kinh phí năm 2025 khoảng 700 triệu đồng.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- Lưu: VT, KTTH.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Hòa
"""

TOT = P("Giai đoạn 2021 - 9 tháng năm 2024", "2021-01-01", "2024-09-30")
COLS = [("Năm 2021", "2021-01-01", "2021-12-31", "năm 2021"),
        ("Năm 2022", "2022-01-01", "2022-12-31", "năm 2022"),
        ("Năm 2023", "2023-01-01", "2023-12-31", "năm 2023"),
        ("9 tháng 2024", "2024-01-01", "2024-09-30", "9 tháng 2024")]
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-18")
GD = P("giai đoạn 2021 - 2024", "2021-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("tổng cộng 100 ổ", "100", 100, "count", "ổ trứng", "ổ trứng rùa biển ghi nhận trên bãi đẻ", TOT),
    F("biển 7.756 rùa", "7.756", 7756, "count", "rùa con", "rùa con ấp nở và thả về biển", TOT),
]

ROWS = [
    ("Số ổ trứng ghi nhận", "ổ", "count",
     [("| ổ | 19", "19", 19), ("19 | 24", "24", 24), ("24 | 28", "28", 28), ("28 | 29", "29", 29)]),
    ("Số trứng đưa vào ấp", "quả", "count",
     [("1.853", "1.853", 1853), ("2.390", "2.390", 2390), ("2.702", "2.702", 2702), ("2.826", "2.826", 2826)]),
    ("Số rùa con thả về biển", "con", "count",
     [("1.402", "1.402", 1402), ("1.876", "1.876", 1876), ("2.210", "2.210", 2210), ("2.268", "2.268", 2268)]),
    ("Tỷ lệ nở", "%", "percent",
     [("75,7", "75,7", 75.7), ("78,5", "78,5", 78.5), ("81,8", "81,8", 81.8), ("80,3", "80,3", 80.3)]),
]
for label, unit, kind, cells in ROWS:
    for (anchor, num, value), (head, s, e, ctext) in zip(cells, COLS):
        FIGS.append(F(anchor, num, value, kind, unit, f"{label} {ctext}", P(head, s, e)))

FIGS += [
    F("tổ chức 46 buổi", "46", 46, "count", "buổi tuyên truyền", "buổi tuyên truyền", SINCE),
    F("hơn 3.200 lượt", "3.200", 3200, "count", "lượt người", "lượt người tham dự tuyên truyền", SINCE,
      approx="over"),
    F("đặt 15 biển báo", "15", 15, "count", "biển báo", "biển báo lắp đặt tại khu vực bãi đẻ", SINCE),
    F("xử lý 11 vụ", "11", 11, "count", "vụ", "vụ vi phạm bị xử lý", SINCE),
    F("thu 3 cá thể", "3", 3, "count", "cá thể", "cá thể rùa biển bị tịch thu", SINCE),
    F("ước đạt 2,35 tỷ", "2,35", 2_350_000_000, "money", "đồng", "tổng kinh phí thực hiện", GD,
      percent=94, status="estimate"),
    F("an toàn 100%", "100", 100, "percent", "%", "tỷ lệ ổ trứng rùa biển lên đẻ được bảo vệ an toàn", I(Y25),
      status="target"),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ nở", I(Y25), approx="over", status="target"),
    F("ít nhất 12 buổi", "12", 12, "count", "buổi tuyên truyền", "buổi tuyên truyền tổ chức", I(Y25),
      approx="at_least", status="target"),
    F("khoảng 700 triệu", "700", 700_000_000, "money", "đồng", "kinh phí", Y25,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Ninh Thuận số 248/BC-UBND: bảo tồn rùa biển tại Vườn quốc gia Núi Chúa 2021 - 9 tháng 2024; flattened '|' table",
    "(Chỉ tiêu | Đơn vị tính | Năm 2021 | Năm 2022 | Năm 2023 | 9 tháng 2024). Place-and-date line gives published 2024-10-18.",
    "A provincial report: location 'Ninh Thuận' (Núi Chúa is a park, no district is named). Table cells: subject = row label + column,",
    "unit from the 'Đơn vị tính' column, period from the column header (scored, as in shared h23). 19+24+28+29 = 100 and the rùa con add",
    "up to 7.756, but the lead's totals are figures of their own and the table cells carry no total (no cue).",
    "'Từ năm 2021 đến nay' ends at the report's date. 'Phấn đấu' governs the three '; ' clauses (target, period from the heading: inherited);",
    "'Dự kiến' → forecast. Distractors: Số 248/BC-UBND, Công văn số 3715/BNN-TS ngày 02/8/2024, section numbers I., 1., 2., II.",
]

if __name__ == "__main__":
    emit("p781-3", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Ninh Thuận")
