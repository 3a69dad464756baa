"""p1086-3: formal report (UBND tỉnh Khánh Hòa), noise complaints 9 months 2024, flattened | table."""
from lib import F, P, I, C, T, write_set

TEXT = """UBND TỈNH KHÁNH HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Khánh Hòa, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả tiếp nhận, giải quyết phản ánh về ô nhiễm tiếng ồn 9 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tiếp nhận và giải quyết phản ánh
Trong 9 tháng đầu năm 2024, các cơ quan, đơn vị đã tiếp nhận 938 phản ánh về tiếng ồn, giảm 7,4% so với cùng kỳ năm 2023; đã giải quyết 871 phản ánh, đạt 92,9%. Kết quả theo địa phương như sau:
Đơn vị tính: phản ánh
Địa phương | Tiếp nhận | Đã giải quyết | Đang xử lý
TP Nha Trang | 512 | 478 | 34
TP Cam Ranh | 143 | 131 | 12
Thị xã Ninh Hòa | 118 | 109 | 9
Huyện Diên Khánh | 165 | 153 | 12
Tổng cộng | 938 | 871 | 67

2. Kiểm tra, xử lý vi phạm
Sở Tài nguyên và Môi trường phối hợp Công an tỉnh kiểm tra 205 cơ sở kinh doanh karaoke, vũ trường, quán bar, trong đó 38 cơ sở vi phạm về tiếng ồn; xử phạt vi phạm hành chính 34 cơ sở với tổng số tiền 1.126 triệu đồng, tăng 26,5% so với cùng kỳ. Mức phạt cao nhất là 160 triệu đồng đối với một quán bar ở số 72 Trần Phú, TP Nha Trang có độ ồn đo được 87,3 dBA lúc 23 giờ.

II. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu tỷ lệ giải quyết phản ánh cả năm đạt trên 95%.
2. Kiểm tra tối thiểu 80 cơ sở karaoke, quán bar; hoàn thành lắp đặt 3 bảng điện tử hiển thị độ ồn tại khu phố Tây Nha Trang.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Thường trực Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y = P("cả năm", "2024-01-01", "2024-12-31")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)


def row(anchor, number, value, col, place):
    loc = None if place is None else place
    kw = {"location": loc} if loc else {}
    return F(anchor, number, value, "count", "phản ánh", col, I(M9), **kw)


FIGS = [
    F("tiếp nhận 938 phản ánh", "938", 938, "count", "phản ánh", "phản ánh về tiếng ồn tiếp nhận", M9,
      change=C("decrease", 7.4, "%", "cùng kỳ năm 2023")),
    F("giải quyết 871 phản ánh", "871", 871, "count", "phản ánh", "phản ánh đã giải quyết", M9,
      percent=92.9),
    row("Nha Trang | 512", "512", 512, "Tiếp nhận", "TP Nha Trang"),
    row("512 | 478", "478", 478, "Đã giải quyết", "TP Nha Trang"),
    row("478 | 34", "34", 34, "Đang xử lý", "TP Nha Trang"),
    row("Cam Ranh | 143", "143", 143, "Tiếp nhận", "TP Cam Ranh"),
    row("143 | 131", "131", 131, "Đã giải quyết", "TP Cam Ranh"),
    row("131 | 12", "12", 12, "Đang xử lý", "TP Cam Ranh"),
    row("Ninh Hòa | 118", "118", 118, "Tiếp nhận", "Ninh Hòa"),
    row("118 | 109", "109", 109, "Đã giải quyết", "Ninh Hòa"),
    row("109 | 9", "9", 9, "Đang xử lý", "Ninh Hòa"),
    row("Diên Khánh | 165", "165", 165, "Tiếp nhận", "Diên Khánh"),
    row("165 | 153", "153", 153, "Đã giải quyết", "Diên Khánh"),
    row("153 | 12", "12", 12, "Đang xử lý", "Diên Khánh"),
    row("Tổng cộng | 938", "938", 938, "Tổng cộng tiếp nhận", None),
    row("938 | 871", "871", 871, "Tổng cộng đã giải quyết", None),
    row("871 | 67", "67", 67, "Tổng cộng đang xử lý", None),
    F("kiểm tra 205 cơ sở", "205", 205, "count", "cơ sở",
      "cơ sở kinh doanh karaoke, vũ trường, quán bar được kiểm tra", I(M9)),
    F("trong đó 38 cơ sở", "38", 38, "count", "cơ sở", "cơ sở vi phạm về tiếng ồn", I(M9), total=205),
    F("chính 34 cơ sở", "34", 34, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính", I(M9)),
    F("tiền 1.126 triệu đồng", "1.126", 1126e6, "money", "đồng", "tổng số tiền xử phạt", I(M9),
      change=C("increase", 26.5, "%", "cùng kỳ")),
    F("cao nhất là 160 triệu đồng", "160", 160e6, "money", "đồng", "mức phạt cao nhất", I(M9),
      location="TP Nha Trang"),
    F("được 87,3 dBA", "87,3", 87.3, "measure", "dBA", "độ ồn đo được tại quán bar",
      location="TP Nha Trang"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ giải quyết phản ánh", Y, approx="over",
      status="target"),
    F("tối thiểu 80 cơ sở", "80", 80, "count", "cơ sở", "cơ sở karaoke, quán bar được kiểm tra", Q4,
      approx="at_least", status="target"),
    F("đặt 3 bảng", "3", 3, "count", "bảng", "bảng điện tử hiển thị độ ồn lắp đặt", Q4,
      status="target", location="TP Nha Trang"),
]

NOTES = [
    "Báo cáo của UBND tỉnh Khánh Hòa (invented), số 287/BC-UBND ngày 15/10/2024: phản ánh về tiếng ồn 9 tháng 2024.",
    "Flattened | table, 'Đơn vị tính: phản ánh': rows are TP/thị xã/huyện (location), the column label is the subject (spec: row + column label); table period",
    "revised after the first run: cell subjects first read 'phản ánh về tiếng ồn <column>' (spec table convention missed).",
    "from the sentence above (inherited). Tổng cộng row is its own figure, location Khánh Hòa, no totals on cells.",
    "Section II items are targets (heading 'NHIỆM VỤ QUÝ IV/2024', 'Phấn đấu'); 'cả năm' = 2024. 'Kiểm tra tối thiểu 80' is a task: target.",
    "The bar, its fine and its reading are in TP Nha Trang. 'số 72 Trần Phú' and 'lúc 23 giờ' are distractors.",
]

write_set("p1086-3", TEXT, FIGS, NOTES, published="2024-10-15", location="Khánh Hòa")
