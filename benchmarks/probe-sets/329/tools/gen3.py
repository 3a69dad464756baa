from lib import F, P, C, T, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
SỞ GIAO THÔNG VẬN TẢI
Số: 1482/BC-SGTVT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 18 tháng 12 năm 2024

BÁO CÁO
Tình hình hoạt động cảng biển năm 2024 và kế hoạch năm 2025

Thực hiện Văn bản số 3921/UBND-KT ngày 28/11/2024 của UBND tỉnh, Sở Giao thông vận tải báo cáo như sau:

I. KẾT QUẢ HOẠT ĐỘNG NĂM 2024
1. Sản lượng hàng hóa thông qua cảng
Bảng 1. Sản lượng hàng hóa thông qua cảng biển
Đơn vị tính: nghìn tấn
TT | Chỉ tiêu | Năm 2023 | Ước thực hiện năm 2024 | Kế hoạch năm 2025
1 | Tổng sản lượng hàng hóa thông qua cảng | 14.995 | 16.181 | 17.500
2 | Hàng xuất khẩu | 5.120 | 5.684 | 6.100
3 | Hàng nhập khẩu | 2.347 | 2.615 | 2.900
4 | Hàng nội địa | 7.528 | 7.882 | 8.500
5 | Hàng container (nghìn TEU) | 186 | 215 | 240

Riêng cảng Tân Cảng Miền Trung ước đạt 2,28 triệu tấn, chiếm 14,1% tổng sản lượng toàn tỉnh. Tổng số lượt tàu ra, vào cảng ước đạt 2.160 lượt, tăng 8,3% so với năm 2023; trong đó tàu có trọng tải từ 30.000 DWT trở lên là 412 lượt.

2. Công tác nạo vét, duy tu luồng hàng hải
Năm 2024, tuyến luồng vào các bến cảng trên địa bàn tỉnh được nạo vét duy tu với khối lượng 385.000 m3, kinh phí 46,2 tỷ đồng; bến số 4 và bến số 5 đã hoàn thành nâng cấp để tiếp nhận tàu 50.000 DWT.

II. KẾ HOẠCH NĂM 2025
Phấn đấu sản lượng hàng hóa thông qua cảng đạt 17,5 triệu tấn, tăng 8,2% so với năm 2024; thu hút đầu tư bến cảng số 7, số 8 khu bến Nhơn Hội với tổng vốn khoảng 2.900 tỷ đồng.

Nơi nhận:
- UBND tỉnh (b/c);
- Cảng vụ Hàng hải Quy Nhơn;
- Lưu: VT, P.QLVT.
GIÁM ĐỐC
Trần Văn Phúc
"""

COLS = [("năm 2023", "2023", "actual"), ("ước thực hiện năm 2024", "2024", "estimate"), ("kế hoạch năm 2025", "2025", "target")]
HDR = {"2023": "Năm 2023", "2024": "Ước thực hiện năm 2024", "2025": "Kế hoạch năm 2025"}
ROWS = [
    ("1 | Tổng sản lượng hàng hóa thông qua cảng | ", "Tổng sản lượng hàng hóa thông qua cảng", ["14.995", "16.181", "17.500"], "tấn"),
    ("2 | Hàng xuất khẩu | ", "Hàng xuất khẩu", ["5.120", "5.684", "6.100"], "tấn"),
    ("3 | Hàng nhập khẩu | ", "Hàng nhập khẩu", ["2.347", "2.615", "2.900"], "tấn"),
    ("4 | Hàng nội địa | ", "Hàng nội địa", ["7.528", "7.882", "8.500"], "tấn"),
    ("5 | Hàng container (nghìn TEU) | ", "Hàng container", ["186", "215", "240"], "TEU"),
]
FIGS = []
for prefix, label, cells, unit in ROWS:
    line = prefix + " | ".join(cells)
    for i, (cl, year, status) in enumerate(COLS):
        # anchor: the cell with its neighbours so that it is unique in the article
        if i == 0:
            anchor = prefix + cells[0] + " |"
        elif i == 1:
            anchor = "| " + cells[0] + " | " + cells[1] + " |"
        else:
            anchor = "| " + cells[1] + " | " + cells[2] + "\n"
        kw = {}
        if status != "actual":
            kw["status"] = status
        FIGS.append(F(anchor, cells[i], "measure", unit, f"{label} {cl}", "nghìn",
                      period=P(HDR[year], f"{year}-01-01", f"{year}-12-31"), **kw))

Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25i = P("năm 2025", "2025-01-01", "2025-12-31", inh=True)
FIGS += [
    F("ước đạt 2,28 triệu tấn", "2,28", "measure", "tấn", "sản lượng hàng hóa qua cảng Tân Cảng Miền Trung", "triệu",
      percent=14.1, status="estimate", period=Y24i),
    F("ước đạt 2.160 lượt", "2.160", "count", "lượt", "lượt tàu ra, vào cảng",
      change=C("increase", 8.3, baseline="năm 2023"), status="estimate", period=Y24i),
    F("từ 30.000 DWT trở lên", "30.000", "measure", "DWT", "trọng tải tàu", approx="at_least", optional=True),
    F("là 412 lượt", "412", "count", "lượt", "tàu có trọng tải từ 30.000 DWT trở lên ra, vào cảng",
      total=2160, status="estimate", period=Y24i),
    F("khối lượng 385.000 m3", "385.000", "measure", "m3", "khối lượng nạo vét duy tu tuyến luồng",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("kinh phí 46,2 tỷ đồng", "46,2", "money", "đồng", "kinh phí nạo vét duy tu tuyến luồng", "tỷ",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("tiếp nhận tàu 50.000 DWT", "50.000", "measure", "DWT", "trọng tải tàu tiếp nhận", optional=True),
    F("đạt 17,5 triệu tấn", "17,5", "measure", "tấn", "sản lượng hàng hóa thông qua cảng", "triệu",
      change=C("increase", 8.2, baseline="năm 2024"), status="target", period=Y25i),
    F("khoảng 2.900 tỷ đồng", "2.900", "money", "đồng", "tổng vốn đầu tư bến cảng khu bến Nhơn Hội", "tỷ",
      approx="about", status="target", period=Y25i),
]

COMMENTS = [
    "Formal report with letterhead (Sở GTVT Bình Định, 'Số: 1482/BC-SGTVT'); the place-and-date line 'Bình Định, ngày 18 tháng 12 năm 2024' is its date.",
    "Flattened '|' table with 'Đơn vị tính: nghìn tấn' (×1000); the container row overrides the unit with '(nghìn TEU)'. Row numbers 1-5 are not figures.",
    "Every numeric cell is a figure: subject = row label + column label; period from the column header (scored, as in shared h23);",
    "'Ước thực hiện' column → estimate, 'Kế hoạch' column → target. No totals for table cells (FIGURES.md gives tables no part-of rule).",
    "Distractors: document numbers, 'Văn bản số 3921/UBND-KT ngày 28/11/2024', section numbers I./II./1./2., 'Bảng 1', 'bến số 4 và bến số 5',",
    "'bến cảng số 7, số 8' (names), 'Cảng vụ Hàng hải Quy Nhơn' (organisation), 'Lưu: VT'. Ship-size thresholds (30.000 / 50.000 DWT) optional.",
    "Prose after the table takes 'năm 2024' from section heading I (inherited) and 'ước đạt' → estimate; section II 'KẾ HOẠCH NĂM 2025' + 'Phấn đấu' → target.",
    "'tăng 8,2% so với năm 2024' is the change of 17,5 triệu tấn; '2.900 tỷ đồng' continues the 'Phấn đấu' clause → target.",
]

write(3, TEXT, COMMENTS, FIGS, published="2024-12-18", location="Bình Định")
