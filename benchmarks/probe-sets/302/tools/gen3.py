from lib import F, P, CH, emit

TEXT = """UBND TỈNH THANH HÓA
SỞ XÂY DỰNG
Số: 245/BC-SXD
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 20 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, sử dụng vật liệu xây không nung năm 2024

Thực hiện Văn bản số 3120/BXD-VLXD của Bộ Xây dựng, Sở Xây dựng báo cáo như sau:

1. Năng lực sản xuất
Đến 31/12/2024, toàn tỉnh có 142 cơ sở sản xuất gạch không nung với tổng công suất thiết kế khoảng 1,35 tỷ viên quy tiêu chuẩn/năm (QTC/năm); trong đó có 9 cơ sở sản xuất gạch bê tông khí chưng áp (AAC). Các lò gạch đất sét nung thủ công đã chấm dứt hoạt động 100%; còn 27 lò tuynel đang hoạt động.

2. Công suất, sản lượng theo địa bàn
Đơn vị tính: triệu viên QTC
Địa bàn | Công suất thiết kế | Sản lượng năm 2023 | Sản lượng năm 2024 | Tỷ lệ huy động năm 2024 (%)
TP Thanh Hóa | 215 | 131 | 148 | 68,8
Thị xã Nghi Sơn | 260 | 156 | 171 | 65,8
Huyện Triệu Sơn | 118 | 58 | 62 | 52,5
Huyện Hoằng Hóa | 164 | 85 | 97 | 59,1
Các huyện còn lại | 593 | 276 | 304 | 51,3
Toàn tỉnh | 1.350 | 706 | 782 | 57,9

3. Sử dụng vật liệu xây không nung
Năm 2024, tỷ lệ vật liệu xây không nung sử dụng trong công trình xây dựng trên địa bàn đạt 38,6% (chỉ tiêu kế hoạch là 35%), tăng 4,2 điểm phần trăm so với năm 2023. Riêng công trình sử dụng vốn đầu tư công đạt 100%. Sở đã kiểm tra 86 công trình, trong đó 7 công trình chưa tuân thủ quy định, xử phạt vi phạm hành chính 142,5 triệu đồng.

4. Nhiệm vụ năm 2025
Phấn đấu tỷ lệ sử dụng vật liệu xây không nung đạt từ 40% đến 45%; sản lượng gạch không nung đạt khoảng 850 triệu viên QTC; chấm dứt hoạt động các lò tuynel công suất dưới 20 triệu viên/năm.

Nơi nhận:
- Bộ Xây dựng (b/c);
- UBND tỉnh;
- Lưu: VT, QLXD.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lê Văn Thành
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
D = P("Đến 31/12/2024", None, "2024-12-31")
C23 = P("Sản lượng năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Sản lượng năm 2024", "2024-01-01", "2024-12-31")
R24 = P("Tỷ lệ huy động năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31", inh=True)

rows = [
    ("TP Thanh Hóa", "Thanh Hóa", ["215", "131", "148", "68,8"]),
    ("Thị xã Nghi Sơn", "Nghi Sơn", ["260", "156", "171", "65,8"]),
    ("Huyện Triệu Sơn", "Triệu Sơn", ["118", "58", "62", "52,5"]),
    ("Huyện Hoằng Hóa", "Hoằng Hóa", ["164", "85", "97", "59,1"]),
    ("Các huyện còn lại", "Thanh Hóa", ["593", "276", "304", "51,3"]),
    ("Toàn tỉnh", "Thanh Hóa", ["1.350", "706", "782", "57,9"]),
]
cols = [("Công suất thiết kế", None), ("Sản lượng năm 2023", C23), ("Sản lượng năm 2024", C24),
        ("Tỷ lệ huy động năm 2024", R24)]

FIGS = [
    F("có 142 cơ sở", "142", 142, "count", "cơ sở", "cơ sở sản xuất gạch không nung", D),
    F("khoảng 1,35 tỷ viên", "1,35", 1350000000, "measure", "viên quy tiêu chuẩn/năm", "tổng công suất thiết kế", D,
      approx="about"),
    F("có 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở sản xuất gạch bê tông khí chưng áp (AAC)", D, total=142),
    F("hoạt động 100%", "100", 100, "percent", "%", "lò gạch đất sét nung thủ công đã chấm dứt hoạt động",
      P("Đến 31/12/2024", None, "2024-12-31", inh=True)),
    F("còn 27 lò", "27", 27, "count", "lò", "lò tuynel đang hoạt động", P("Đến 31/12/2024", None, "2024-12-31", inh=True)),
]
from lib import parse_num
for label, loc, cells in rows:
    line = label + " | " + " | ".join(cells)
    for i, (c, (col, per)) in enumerate(zip(cells, cols)):
        # anchor: the row label and the cells up to this one
        anchor = label + " | " + " | ".join(cells[: i + 1])
        if i == 3:
            FIGS.append(F(anchor, c, parse_num(c), "percent", "%", f"{col} (%)", per, location=loc))
        else:
            FIGS.append(F(anchor, c, parse_num(c) * 1e6, "count", "viên QTC", col, per, location=loc))

FIGS += [
    F("đạt 38,6%", "38,6", 38.6, "percent", "%", "tỷ lệ vật liệu xây không nung sử dụng trong công trình xây dựng", Y24,
      target={"value": 35, "unit": "%", "met": True}, change=CH("increase", 4.2, "điểm phần trăm", baseline="năm 2023")),
    F("công đạt 100%", "100", 100, "percent", "%", "tỷ lệ vật liệu xây không nung trong công trình sử dụng vốn đầu tư công",
      P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)),
    F("kiểm tra 86 công trình", "86", 86, "count", "công trình", "công trình được kiểm tra",
      P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)),
    F("trong đó 7 công trình", "7", 7, "count", "công trình", "công trình chưa tuân thủ quy định",
      P("Năm 2024", "2024-01-01", "2024-12-31", inh=True), total=86),
    F("142,5 triệu đồng", "142,5", 142500000, "money", "đồng", "xử phạt vi phạm hành chính",
      P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)),
    F("từ 40% đến 45%", "40", 40, "percent", "%", "tỷ lệ sử dụng vật liệu xây không nung", Y25,
      value_max=45, status="target"),
    F("khoảng 850 triệu viên", "850", 850000000, "count", "viên QTC", "sản lượng gạch không nung", Y25,
      approx="about", status="target"),
    F("dưới 20 triệu viên/năm", "20", 20000000, "measure", "viên/năm", "công suất lò tuynel phải chấm dứt hoạt động",
      Y25, approx="under", optional=True),
]

COMMENTS = [
    "Formal report with letterhead (Sở Xây dựng Thanh Hóa, 'Số: 245/BC-SXD'), place-and-date line 20/01/2025: unfired bricks 2024.",
    "Flattened '|' table with 'Đơn vị tính: triệu viên QTC' (cells x10^6, unit 'viên QTC', counted items -> count) and a '(%)' column.",
    "Table cells: subject = column label (row label is a place -> location); period from the column header where it names a year",
    "(scored, as in shared h23/h24); 'Công suất thiết kế' column has no period. 'TP Thanh Hóa', 'Các huyện còn lại', 'Toàn tỉnh' -> Thanh Hóa.",
    "No totals for table cells (FIGURES.md gives tables no part-of rule). Row order: capacity, 2023, 2024, utilisation.",
    "'1,35 tỷ viên quy tiêu chuẩn/năm' is a rate (per year) -> measure. 'trong đó có 9 cơ sở' -> total 142.",
    "'đạt 38,6% (chỉ tiêu kế hoạch là 35%)' -> target 35 (met), change 4,2 'điểm phần trăm' vs năm 2023.",
    "'trong đó 7 công trình' -> total 86. Section 4 'Nhiệm vụ năm 2025' / 'Phấn đấu' -> targets, period from the heading (inherited).",
    "'dưới 20 triệu viên/năm' is a threshold for closure: optional. Distractors: 'Số: 245/BC-SXD', 'Văn bản số 3120/BXD-VLXD',",
    "section numbers '1.'-'4.', the date line, 'Lưu: VT, QLXD', 'KT. GIÁM ĐỐC'.",
]

emit("p302-3", TEXT, COMMENTS, FIGS, published="2025-01-20", location="Thanh Hóa")
