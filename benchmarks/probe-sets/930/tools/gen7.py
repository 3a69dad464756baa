"""p930-7: Chi cục Kiểm lâm Thừa Thiên Huế site (no dateline), one-cell-per-line table."""
from lib import F, P, I, Y, C, T, write

TEXT = """
CHI CỤC KIỂM LÂM TỈNH THỪA THIÊN HUẾ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả bảo vệ chim hoang dã vùng đầm phá Tam Giang - Cầu Hai

Hệ đầm phá Tam Giang - Cầu Hai có diện tích mặt nước khoảng 22.000 ha, là nơi sinh sống và dừng chân của hơn 70 loài chim nước. Những năm gần đây, nhờ tuần tra thường xuyên, tình trạng giăng lưới, đặt bẫy chim ở các huyện Phong Điền, Quảng Điền, Phú Vang và Phú Lộc đã giảm rõ rệt.

Kết quả thực hiện một số chỉ tiêu chủ yếu của Chi cục như sau:

Chỉ tiêu
Đơn vị
Năm 2022
Năm 2023
9 tháng năm 2024
Lưới bẫy chim tháo gỡ
m
6.820
5.340
3.910
Chim được giải cứu, thả về tự nhiên
cá thể
1.460
1.725
1.190
Vụ vi phạm bị xử lý
vụ
19
14
8
Tiền xử phạt vi phạm hành chính
triệu đồng
96,5
72
41,3

Riêng 9 tháng năm 2024, Chi cục đã phối hợp với Đồn Biên phòng Thuận An tổ chức 27 đợt tuần tra trên đầm phá.

Năm 2024, Chi cục phấn đấu giảm ít nhất 15% số vụ vi phạm so với năm 2023, tổ chức 6 lớp tập huấn cho khoảng 240 người dân vùng đầm phá. Hiện toàn tỉnh có 42 tổ cộng đồng được giao nhiệm vụ giám sát chim hoang dã với 315 thành viên, mức hỗ trợ 500.000 đồng/người/tháng.

Chi cục Kiểm lâm tỉnh Thừa Thiên Huế
Địa chỉ: 46 Trần Phú, thành phố Huế
Điện thoại: 0234.3822.567 - Fax: 0234.3823.901
Lượt truy cập: 348.215 | Đang trực tuyến: 17
"""

COLS = [Y(2022, "Năm 2022"), Y(2023, "Năm 2023"), P("9 tháng năm 2024", "2024-01-01", "2024-09-30")]
CN = ["năm 2022", "năm 2023", "9 tháng năm 2024"]
ROWS = [
    ("Lưới bẫy chim tháo gỡ", "m", "measure", "m", 1, ["6.820", "5.340", "3.910"]),
    ("Chim được giải cứu, thả về tự nhiên", "cá thể", "count", "cá thể", 1, ["1.460", "1.725", "1.190"]),
    ("Vụ vi phạm bị xử lý", "vụ", "count", "vụ", 1, ["19", "14", "8"]),
    ("Tiền xử phạt vi phạm hành chính", "triệu đồng", "money", "đồng", 1e6, ["96,5", "72", "41,3"]),
]

TABLE = []
for label, uline, kind, unit, mult, cells in ROWS:
    for i, c in enumerate(cells):
        before = uline if i == 0 else cells[i - 1]
        anchor = f"{before}\n{c}"
        v = float(c.replace(".", "").replace(",", ".")) * mult
        TABLE.append(F(anchor, c, v, kind, unit, f"{label} {CN[i]}", COLS[i]))

Y24 = Y(2024, "Năm 2024")
FIGS = [
    F("khoảng 22.000 ha", "22.000", 22000, "measure", "ha", "diện tích mặt nước hệ đầm phá Tam Giang - Cầu Hai",
      approx="about"),
    F("hơn 70 loài", "70", 70, "count", "loài", "loài chim nước sinh sống và dừng chân", approx="over"),
] + TABLE + [
    F("tổ chức 27 đợt", "27", 27, "count", "đợt", "đợt tuần tra trên đầm phá",
      P("Riêng 9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("ít nhất 15% số vụ", "15", 15, "percent", "%", "số vụ vi phạm giảm so với năm 2023", Y24, approx="at_least",
      status="target"),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp", "lớp tập huấn", Y24, status="target"),
    F("khoảng 240 người", "240", 240, "count", "người", "người dân vùng đầm phá được tập huấn", Y24, approx="about",
      status="target"),
    F("có 42 tổ", "42", 42, "count", "tổ", "tổ cộng đồng giám sát chim hoang dã"),
    F("với 315 thành viên", "315", 315, "count", "thành viên", "thành viên tổ cộng đồng"),
    F("hỗ trợ 500.000 đồng", "500.000", 500000, "money", "đồng/người/tháng", "mức hỗ trợ thành viên tổ cộng đồng"),
]

NOTES = [
    "Chi cục Kiểm lâm Thừa Thiên Huế department site, no dateline (published absent), footer with address, phone, fax and visit counter.",
    "Table pasted one cell per line: Chỉ tiêu / Đơn vị / Năm 2022 / Năm 2023 / 9 tháng năm 2024; each numeric cell is a figure, subject =",
    "row label + column, period from the column header (scored), unit and multiplier from the Đơn vị cell ('triệu đồng' → money in đồng).",
    "'phấn đấu' governs the whole clause (15%, 6 lớp, 240 người → target). 'Hiện' sentence has no period.",
    "Distractors: '46 Trần Phú', phone/fax 0234..., 'Lượt truy cập: 348.215', 'Đang trực tuyến: 17'.",
]

write(7, TEXT, FIGS, NOTES, location="Thừa Thiên Huế")
