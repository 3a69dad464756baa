from lib import *

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH LONG AN
Trang chủ > Tin tức - Sự kiện > Bảo vệ môi trường

Kết quả thu gom, xử lý chất thải rắn sinh hoạt 6 tháng đầu năm 2024

Trong 6 tháng đầu năm 2024, khối lượng chất thải rắn sinh hoạt phát sinh trên địa bàn tỉnh ước khoảng 1.046 tấn/ngày; lượng được thu gom, vận chuyển về các cơ sở xử lý đạt 982 tấn/ngày, tỷ lệ thu gom chung đạt 93,9%, tăng 1,7 điểm phần trăm so với cùng kỳ năm 2023.

Kết quả tại một số địa phương (Đơn vị tính: tấn/ngày):
Địa bàn | Khối lượng phát sinh | Khối lượng thu gom | Tỷ lệ thu gom (%)
TP. Tân An | 168,5 | 168,5 | 100
Huyện Bến Lức | 152,0 | 147,3 | 96,9
Huyện Đức Hòa | 231,4 | 219,8 | 95,0
Huyện Cần Giuộc | 128,7 | 118,2 | 91,8
Huyện Tân Hưng | 31,6 | 24,5 | 77,5

Toàn tỉnh hiện có 3 khu xử lý chất thải rắn tập trung và 16 lò đốt rác cấp huyện, xã với tổng công suất khoảng 1.300 tấn/ngày. Trong đó, Khu xử lý chất thải rắn Tâm Sinh Nghĩa có công suất khoảng 650 tấn/ngày. Tỷ lệ chất thải rắn sinh hoạt phải chôn lấp trực tiếp đã giảm từ 35% năm 2020 xuống còn 12,4% tính đến 30/6/2024.

Mục tiêu đến năm 2025, tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt khu vực đô thị đạt 100%, khu vực nông thôn đạt từ 90% trở lên. Sở đề nghị UBND các huyện bố trí đủ kinh phí, kiểm tra việc vận hành các lò đốt theo QCVN 61-MT:2016/BTNMT.

Phòng Quản lý chất thải rắn - Địa chỉ: số 365 Quốc lộ 1, Phường 4, TP. Tân An

18/07/2024
"""

H1 = lambda: P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HI = lambda: P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
rows = [("Tân An", "TP. Tân An | ", ["168,5", "168,5", "100"]),
        ("Bến Lức", "Bến Lức | ", ["152,0", "147,3", "96,9"]),
        ("Đức Hòa", "Đức Hòa | ", ["231,4", "219,8", "95,0"]),
        ("Cần Giuộc", "Cần Giuộc | ", ["128,7", "118,2", "91,8"]),
        ("Tân Hưng", "Tân Hưng | ", ["31,6", "24,5", "77,5"])]
cols = [("Khối lượng phát sinh", "measure", "tấn/ngày"), ("Khối lượng thu gom", "measure", "tấn/ngày"),
        ("Tỷ lệ thu gom", "percent", "%")]
TABLE = []
for place, label, cells in rows:
    for i, (cell, (col, kind, unit)) in enumerate(zip(cells, cols)):
        if i == 0:
            anchor = label + cell + " |"
        else:
            anchor = "| " + cell + (" | " + cells[2] if i == 1 else "\n")
        TABLE.append(F(anchor, cell, float(cell.replace(",", ".")), kind, unit, col, location=place, period=HI()))

FIGS = [
    F("ước khoảng 1.046 tấn/ngày", "1.046", 1046, "measure", "tấn/ngày", "khối lượng chất thải rắn sinh hoạt phát sinh",
      approx="about", status="estimate", period=H1()),
    F("đạt 982 tấn/ngày", "982", 982, "measure", "tấn/ngày", "lượng được thu gom, vận chuyển về các cơ sở xử lý", period=H1()),
    F("đạt 93,9%", "93,9", 93.9, "percent", "%", "tỷ lệ thu gom chung", change=C("increase", 1.7, "điểm phần trăm", "cùng kỳ năm 2023"),
      period=H1()),
] + TABLE + [
    F("có 3 khu xử lý", "3", 3, "count", "khu xử lý chất thải rắn tập trung", "khu xử lý chất thải rắn tập trung", period=HI()),
    F("và 16 lò đốt", "16", 16, "count", "lò đốt rác", "lò đốt rác cấp huyện, xã", period=HI()),
    F("khoảng 1.300 tấn/ngày", "1.300", 1300, "measure", "tấn/ngày", "tổng công suất", approx="about", period=HI()),
    F("khoảng 650 tấn/ngày", "650", 650, "measure", "tấn/ngày", "công suất Khu xử lý chất thải rắn Tâm Sinh Nghĩa",
      approx="about", total=1300, period=HI()),
    F("từ 35% năm 2020", "35", 35, "percent", "%", "Tỷ lệ chất thải rắn sinh hoạt phải chôn lấp trực tiếp", period=Y("năm 2020", 2020)),
    F("còn 12,4%", "12,4", 12.4, "percent", "%", "Tỷ lệ chất thải rắn sinh hoạt phải chôn lấp trực tiếp",
      period=P("tính đến 30/6/2024", None, "2024-06-30")),
    F("đô thị đạt 100%", "100", 100, "percent", "%", "tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt khu vực đô thị", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("từ 90% trở lên", "90", 90, "percent", "%", "tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt khu vực nông thôn",
      approx="at_least", status="target", period=P("đến năm 2025", None, "2025-12-31")),
]

emit(3, [
    "Sở TN&MT tỉnh Long An (department site): chất thải rắn sinh hoạt 6 tháng đầu năm 2024; flattened '|' table by district; bare date '18/07/2024' at the end.",
    "Distractors: breadcrumb, 'QCVN 61-MT:2016/BTNMT', address 'số 365 Quốc lộ 1, Phường 4, TP. Tân An', 'Tâm Sinh Nghĩa' (a name).",
    "The province is named in the header only ('SỞ … TỈNH LONG AN'), which implies it: default location Long An.",
    "'ước khoảng' → estimate + about. 'tăng 1,7 điểm phần trăm' is the change of the 93,9% rate (a level, not a growth rate). 982 has no part-of cue.",
    "Table: 'Đơn vị tính: tấn/ngày' for the mass columns, the '(%)' column gives percent; district row labels go to location; subject = column label;",
    "period '6 tháng đầu năm 2024' stands in the text above (inherited). Cells equal in value ('168,5 | 168,5') are two figures.",
    "650 follows 'Trong đó' after the 1.300 tấn/ngày capacity (same measure): total 1300. 'giảm từ 35% năm 2020 xuống còn 12,4%': two levels, no change.",
], TEXT, FIGS, published="2024-07-18", location="Long An")
