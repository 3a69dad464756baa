"""p992-3: formal report, UBND tỉnh Thanh Hóa, with a flattened '|' table."""
from lib import F, P, I, C, T, build

TEXT = """ỦY BAN NHÂN DÂN TỈNH THANH HÓA
Số: 538/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 05 tháng 12 năm 2023

BÁO CÁO
Kết quả đầu tư, quản lý khu neo đậu tránh trú bão cho tàu cá năm 2023

I. TÌNH HÌNH CHUNG
1. Thực hiện Quyết định số 1976/QĐ-TTg ngày 12/11/2013 của Thủ tướng Chính phủ, đến ngày 30/11/2023, toàn tỉnh có 6.842 tàu cá, trong đó 1.356 tàu khai thác xa bờ (chiếm 19,8%). Hệ thống gồm 5 khu neo đậu tránh trú bão (2 khu cấp vùng, 3 khu cấp tỉnh) với tổng sức chứa 3.900 chiếc, đáp ứng khoảng 57% số tàu của tỉnh.
2. Sức chứa và số tàu neo đậu theo địa phương
Đơn vị tính: chiếc
Địa phương | Số khu (khu) | Sức chứa thiết kế | Tàu neo đậu thường xuyên | Tàu trú bão lớn nhất năm 2023
TP Sầm Sơn | 1 | 900 | 1.050 | 1.180
Thị xã Nghi Sơn | 2 | 1.600 | 1.320 | 1.540
Huyện Hậu Lộc | 1 | 800 | 760 | 910
Huyện Nga Sơn | 1 | 600 | 410 | 530
Tổng cộng | 5 | 3.900 | 3.540 | 4.160

II. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Nạo vét, duy tu: Đã nạo vét luồng vào khu neo đậu Lạch Bạng và Lạch Hới với tổng khối lượng 312.000 m3, đạt 104% kế hoạch năm; kinh phí 41,7 tỷ đồng, trong đó vốn xã hội hóa 9,2 tỷ đồng.
2. Quản lý, thu phí: Ban Quản lý cảng cá tỉnh thu phí neo đậu ước đạt 2,85 tỷ đồng, bằng 112% so với năm 2022. Có 37 trường hợp vi phạm quy định neo đậu bị xử lý, phạt tiền 86 triệu đồng.

III. NHIỆM VỤ NĂM 2024
Phấn đấu hoàn thành nâng cấp khu neo đậu Hòn Nẹ lên sức chứa 1.000 chiếc; tổng nhu cầu vốn giai đoạn 2024-2025 khoảng 460 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, NN.
"""

ASOF = P("đến ngày 30/11/2023", end="2023-11-30")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
COL_STORM = P("năm 2023", "2023-01-01", "2023-12-31")  # from the column header "Tàu trú bão lớn nhất năm 2023"

rows = [("TP Sầm Sơn", "Sầm Sơn", "1", "900", "1.050", "1.180"),
        ("Thị xã Nghi Sơn", "Nghi Sơn", "2", "1.600", "1.320", "1.540"),
        ("Huyện Hậu Lộc", "Hậu Lộc", "1", "800", "760", "910"),
        ("Huyện Nga Sơn", "Nga Sơn", "1", "600", "410", "530"),
        ("Tổng cộng", "Thanh Hóa", "5", "3.900", "3.540", "4.160")]

def val(s):
    return int(s.replace(".", ""))

TABLE = []
for label, loc, khu, cap, reg, storm in rows:
    tot = label == "Tổng cộng"
    pre = "tổng " if tot else ""
    TABLE += [
        F(f"{label} | {khu} |", khu, val(khu), "count", "khu", f"{pre}số khu neo đậu", I(Y23), location=loc),
        F(f"| {khu} | {cap} |", cap, val(cap), "count", "chiếc", f"{pre}sức chứa thiết kế", I(Y23), location=loc),
        F(f"| {cap} | {reg} |", reg, val(reg), "count", "chiếc", f"{pre}tàu neo đậu thường xuyên", I(Y23), location=loc),
        F(f"| {reg} | {storm}", storm, val(storm), "count", "chiếc", f"{pre}tàu trú bão lớn nhất", COL_STORM, location=loc),
    ]

FIGS = [
    F("có 6.842 tàu cá", "6.842", 6842, "count", "tàu cá", "tàu cá", ASOF),
    F("trong đó 1.356 tàu", "1.356", 1356, "count", "tàu", "tàu khai thác xa bờ", ASOF, total=6842, percent=19.8),
    F("gồm 5 khu neo đậu", "5", 5, "count", "khu neo đậu", "khu neo đậu tránh trú bão", I(ASOF)),
    F("(2 khu cấp vùng", "2", 2, "count", "khu", "khu neo đậu cấp vùng", I(ASOF), total=5),
    F("3 khu cấp tỉnh)", "3", 3, "count", "khu", "khu neo đậu cấp tỉnh", I(ASOF), total=5),
    F("tổng sức chứa 3.900 chiếc", "3.900", 3900, "count", "chiếc", "tổng sức chứa các khu neo đậu", I(ASOF),
      percent=57),
] + TABLE + [
    F("khối lượng 312.000 m3", "312.000", 312000, "measure", "m3", "khối lượng nạo vét luồng vào khu neo đậu", I(Y23),
      percent=104),
    F("kinh phí 41,7 tỷ đồng", "41,7", 41700000000, "money", "đồng", "kinh phí nạo vét", I(Y23)),
    F("xã hội hóa 9,2 tỷ đồng", "9,2", 9200000000, "money", "đồng", "vốn xã hội hóa", I(Y23), total=41700000000),
    F("ước đạt 2,85 tỷ đồng", "2,85", 2850000000, "money", "đồng", "thu phí neo đậu", I(Y23), percent=112,
      status="estimate"),
    F("Có 37 trường hợp", "37", 37, "count", "trường hợp", "trường hợp vi phạm quy định neo đậu bị xử lý", I(Y23)),
    F("phạt tiền 86 triệu đồng", "86", 86000000, "money", "đồng", "tiền phạt vi phạm quy định neo đậu", I(Y23)),
    F("sức chứa 1.000 chiếc", "1.000", 1000, "count", "chiếc", "sức chứa khu neo đậu Hòn Nẹ sau nâng cấp",
      I(P("NĂM 2024", "2024-01-01", "2024-12-31")), status="target"),
    F("khoảng 460 tỷ đồng", "460", 460000000000, "money", "đồng", "tổng nhu cầu vốn",
      P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31"), approx="about", status="target"),
]

build("p992-3", TEXT, FIGS, published="2023-12-05", location="Thanh Hóa", comments=[
    "Formal report of UBND tỉnh Thanh Hóa (Số: 538/BC-UBND, 05/12/2023): shelters, capacity, flattened '|' table by district, dredging, fees.",
    "Table: every numeric cell is a figure; the district row label is the location ('Tổng cộng' row: Thanh Hóa); unit from 'Đơn vị tính: chiếc',",
    "except the '(khu)' column. Only the column 'Tàu trú bão lớn nhất năm 2023' states a period (scored); the other cells inherit the report's year.",
    "Table cells carry no totals (the 'Tổng cộng' row is a figure of its own).",
    "'(chiếm 19,8%)' is the share of 1.356 (percent); 'đáp ứng khoảng 57%' the share of 3.900; 'đạt 104% kế hoạch năm' and 'bằng 112% so với năm 2022' are shares.",
    "Section II/III headings give the period of their paragraphs (inherited). 'tổng nhu cầu vốn' continues the 'Phấn đấu' sentence: target.",
    "Distractors: Số 538/BC-UBND, Quyết định số 1976/QĐ-TTg ngày 12/11/2013, section numbers I.-III., 1.-2., the date line.",
])
