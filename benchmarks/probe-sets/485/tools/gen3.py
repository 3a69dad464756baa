"""p485-3: formal report, UBND tỉnh Quảng Ngãi — reservoir safety 9 months 2024, flattened '|' table."""
from lib import F, P, I, CH, emit, cell

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 14 tháng 10 năm 2024

BÁO CÁO
Công tác bảo đảm an toàn hồ chứa nước thủy lợi 9 tháng năm 2024

I. HIỆN TRẠNG
Toàn tỉnh có 123 hồ chứa thủy lợi, tổng dung tích trữ 312,5 triệu m3, gồm 12 hồ chứa lớn, 38 hồ chứa vừa và 73 hồ chứa nhỏ; năng lực tưới thiết kế 28.650 ha.

Bảng 1. Tình hình quản lý an toàn hồ chứa (tính đến 30/9/2024)
Loại hồ | Số hồ | Có quy trình vận hành | Đã cắm mốc chỉ giới | Hư hỏng, xuống cấp
Hồ lớn | 12 | 12 | 10 | 3
Hồ vừa | 38 | 35 | 21 | 9
Hồ nhỏ | 73 | 52 | 18 | 27
Cộng | 123 | 99 | 49 | 39

Như vậy, có 39 hồ hư hỏng, xuống cấp, chiếm 31,7% tổng số hồ; trong đó 11 hồ có nguy cơ mất an toàn cao.

II. KẾT QUẢ THỰC HIỆN
1. 9 tháng năm 2024, đã hoàn thành sửa chữa 8 hồ chứa với kinh phí 96,3 tỷ đồng, đạt 64,2% kế hoạch vốn năm; lắp đặt thiết bị quan trắc tự động cho 24 hồ.
2. Tổ chức diễn tập ứng phó sự cố vỡ đập tại ba huyện Ba Tơ, Minh Long, Sơn Hà với hơn 1.200 người tham gia.

III. NHIỆM VỤ QUÝ IV/2024
Dự kiến khởi công sửa chữa 5 hồ chứa, kinh phí khoảng 42 tỷ đồng; hoàn thành cắm mốc chỉ giới cho 20 hồ.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Thường trực Tỉnh ủy;
- Lưu: VT, KTN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TBL = I(P("tính đến 30/9/2024", end="2024-09-30"))
Q4 = I(P("QUÝ IV/2024", "2024-10-01", "2024-12-31"))

COLS = ["Số hồ", "Có quy trình vận hành", "Đã cắm mốc chỉ giới", "Hư hỏng, xuống cấp"]
ROWS = [("Hồ lớn |", "hồ chứa lớn", [12, 12, 10, 3]),
        ("Hồ vừa |", "hồ chứa vừa", [38, 35, 21, 9]),
        ("Hồ nhỏ |", "hồ chứa nhỏ", [73, 52, 18, 27]),
        ("Cộng |", "tổng cộng", [123, 99, 49, 39])]

FIGS = [
    F("có 123 hồ chứa", "123", 123, "count", "hồ chứa", "hồ chứa thủy lợi"),
    F("trữ 312,5 triệu m3", "312,5", 312.5e6, "measure", "m3", "tổng dung tích trữ"),
    F("gồm 12 hồ chứa lớn", "12", 12, "count", "hồ chứa", "hồ chứa lớn", total=123,
      note="'gồm' stands right after 312,5 triệu m3, but the parts count reservoirs: the whole is 123 (12 + 38 + 73)"),
    F("38 hồ chứa vừa", "38", 38, "count", "hồ chứa", "hồ chứa vừa", total=123),
    F("73 hồ chứa nhỏ", "73", 73, "count", "hồ chứa", "hồ chứa nhỏ", total=123),
    F("thiết kế 28.650 ha", "28.650", 28650, "measure", "ha", "năng lực tưới thiết kế"),
]
for hint, label, vals in ROWS:
    for j, (col, v) in enumerate(zip(COLS, vals)):
        a = cell(TEXT, hint, str(v), nth=sum(1 for x in vals[:j] if x == v))
        FIGS.append(F(a, str(v), v, "count", "hồ", f"{col} - {label}", TBL))
FIGS += [
    F("có 39 hồ hư hỏng", "39", 39, "count", "hồ", "hồ hư hỏng, xuống cấp", I(P("tính đến 30/9/2024", end="2024-09-30")),
      percent=31.7),
    F("đó 11 hồ", "11", 11, "count", "hồ", "hồ có nguy cơ mất an toàn cao", total=39),
    F("sửa chữa 8 hồ chứa", "8", 8, "count", "hồ chứa", "hồ chứa hoàn thành sửa chữa", M9),
    F("kinh phí 96,3 tỷ đồng", "96,3", 96.3e9, "money", "đồng", "kinh phí sửa chữa hồ chứa", M9, percent=64.2),
    F("cho 24 hồ", "24", 24, "count", "hồ", "hồ được lắp đặt thiết bị quan trắc tự động", M9),
    F("tại ba huyện", "ba", 3, "count", "huyện", "huyện tổ chức diễn tập ứng phó sự cố vỡ đập"),
    F("hơn 1.200 người", "1.200", 1200, "count", "người", "người tham gia diễn tập", approx="over"),
    F("sửa chữa 5 hồ chứa", "5", 5, "count", "hồ chứa", "hồ chứa khởi công sửa chữa", Q4, status="forecast"),
    F("khoảng 42 tỷ đồng", "42", 42e9, "money", "đồng", "kinh phí sửa chữa", Q4, approx="about", status="forecast"),
    F("cho 20 hồ", "20", 20, "count", "hồ", "hồ hoàn thành cắm mốc chỉ giới", Q4, status="forecast"),
]

emit("p485-3", TEXT, [
    "Formal report: letterhead 'UBND TỈNH QUẢNG NGÃI', 'Số: 318/BC-UBND', place-and-date line 'Quảng Ngãi, ngày 14 tháng 10 năm 2024'",
    "(= published). Reservoir safety 9 months 2024 with a flattened '|' table (Bảng 1) of reservoirs by class: every numeric cell is",
    "a count of reservoirs (unit hồ), subject = column label + row label; table period from the title line '(tính đến 30/9/2024)'",
    "(another line, so inherited/unscored, as in 469's p469-3). No table cell carries a total (no cue).",
    "Distractors: Số: 318/BC-UBND, section numbers I./II./III., list numbers '1.' '2.', 'Bảng 1', 'QUÝ IV/2024' heading, date line.",
    "'ba huyện' is a number word (3 districts), the district names are not locations of the provincial count.",
    "Section III figures are forecast ('Dự kiến'), the last clause continuing it; their period (QUÝ IV/2024) is the heading: inherited.",
], FIGS, published="2024-10-14", location="Quảng Ngãi")
