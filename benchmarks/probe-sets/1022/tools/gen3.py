"""p1022-3: UBND tỉnh Thừa Thiên Huế formal report — drainage network, dredging, pumps, 9 months 2023 (| table)."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THỪA THIÊN HUẾ
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thừa Thiên Huế, ngày 12 tháng 10 năm 2023

BÁO CÁO
Kết quả quản lý, vận hành hệ thống thoát nước đô thị 9 tháng đầu năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Mạng lưới cống và công tác nạo vét
Tính đến 30/9/2023, tổng chiều dài cống thoát nước đô thị trên địa bàn tỉnh là 1.426 km, tăng 38 km so với cuối năm 2022; trong đó cống chung khoảng 1.080 km, cống riêng thoát nước thải 346 km. Trong 9 tháng, các đơn vị đã nạo vét 214,7 km cống, đạt 71,6% kế hoạch năm; khối lượng bùn thu gom ước khoảng 18.900 m3.

Kết quả theo địa bàn:
Đơn vị tính: km
Địa bàn | Cống nạo vét | Cống xây mới | Điểm ngập còn tồn tại (điểm)
TP. Huế | 154,4 | 6,8 | 14
TX. Hương Thủy | 28,5 | 2,1 | 5
TX. Hương Trà | 19,6 | 1,4 | 3
H. Phú Vang | 12,2 | 0,9 | 2
Tổng cộng | 214,7 | 11,2 | 24

2. Vận hành trạm bơm
Toàn tỉnh có 9 trạm bơm tiêu úng đô thị với tổng công suất 21,5 m3/s. Trong 9 tháng, các trạm đã vận hành 1.860 giờ, chi phí điện năng và vận hành 2,9 tỷ đồng, giảm 8% so với cùng kỳ.

II. NHIỆM VỤ QUÝ IV/2023
1. Hoàn thành nạo vét 85,3 km cống còn lại của kế hoạch năm; xử lý 6 điểm ngập tại TP. Huế trước mùa mưa bão.
2. Khởi công trạm bơm An Cựu công suất 4 m3/s, tổng mức đầu tư dự kiến 96 tỷ đồng theo Nghị quyết số 45/NQ-HĐND tại kỳ họp thứ 9 HĐND tỉnh.

Nơi nhận:
- Bộ Xây dựng;
- Lưu: VT, XD.
"""

ASOF = P("Tính đến 30/9/2023", None, "2023-09-30")
M9 = P("Trong 9 tháng", "2023-01-01", "2023-09-30")
TAB = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30", inherited=True)
Q4 = P("QUÝ IV/2023", "2023-10-01", "2023-12-31", inherited=True)


def cell(anchor, number, value, col, row, loc=None):
    kind, unit = ("count", "điểm") if col == "điểm ngập còn tồn tại" else ("measure", "km")
    kw = {"location": loc} if loc else {}
    return F(anchor, number, value, kind, unit, subject=f"{col} {row}".strip(), period=TAB, **kw)


FIGS = [
    F("là 1.426 km", "1.426", 1426, "measure", "km", change=C("increase", 38, "km", "cuối năm 2022"),
      subject="tổng chiều dài cống thoát nước đô thị", period=ASOF),
    F("khoảng 1.080 km", "1.080", 1080, "measure", "km", approx="about", total=1426,
      subject="cống chung", period=ASOF),
    F("thải 346 km", "346", 346, "measure", "km", total=1426,
      subject="cống riêng thoát nước thải", period=ASOF),
    F("nạo vét 214,7 km", "214,7", 214.7, "measure", "km", percent=71.6,
      subject="cống được nạo vét", period=M9),
    F("khoảng 18.900 m3", "18.900", 18900, "measure", "m3", approx="about", status="estimate",
      subject="khối lượng bùn thu gom", period=M9),
    # flattened table, one figure per numeric cell; places go to location
    cell("Huế | 154,4", "154,4", 154.4, "cống nạo vét", "", "Huế"),
    cell("154,4 | 6,8", "6,8", 6.8, "cống xây mới", "", "Huế"),
    cell("6,8 | 14", "14", 14, "điểm ngập còn tồn tại", "", "Huế"),
    cell("Thủy | 28,5", "28,5", 28.5, "cống nạo vét", "", "Hương Thủy"),
    cell("28,5 | 2,1", "2,1", 2.1, "cống xây mới", "", "Hương Thủy"),
    cell("2,1 | 5", "5", 5, "điểm ngập còn tồn tại", "", "Hương Thủy"),
    cell("Trà | 19,6", "19,6", 19.6, "cống nạo vét", "", "Hương Trà"),
    cell("19,6 | 1,4", "1,4", 1.4, "cống xây mới", "", "Hương Trà"),
    cell("1,4 | 3", "3", 3, "điểm ngập còn tồn tại", "", "Hương Trà"),
    cell("Vang | 12,2", "12,2", 12.2, "cống nạo vét", "", "Phú Vang"),
    cell("12,2 | 0,9", "0,9", 0.9, "cống xây mới", "", "Phú Vang"),
    cell("0,9 | 2", "2", 2, "điểm ngập còn tồn tại", "", "Phú Vang"),
    cell("cộng | 214,7", "214,7", 214.7, "cống nạo vét", "tổng cộng"),
    cell("214,7 | 11,2", "11,2", 11.2, "cống xây mới", "tổng cộng"),
    cell("11,2 | 24", "24", 24, "điểm ngập còn tồn tại", "tổng cộng"),
    F("có 9 trạm bơm", "9", 9, "count", "trạm bơm", subject="trạm bơm tiêu úng đô thị"),
    F("21,5 m3/s", "21,5", 21.5, "measure", "m3/s", subject="tổng công suất trạm bơm tiêu úng đô thị"),
    F("1.860 giờ", "1.860", 1860, "measure", "giờ", subject="thời gian vận hành các trạm bơm", period=M9),
    F("2,9 tỷ đồng", "2,9", 2_900_000_000, "money", "đồng", change=C("decrease", 8, "%", "cùng kỳ"),
      subject="chi phí điện năng và vận hành trạm bơm", period=M9),
    F("85,3 km", "85,3", 85.3, "measure", "km", status="target",
      subject="cống còn lại của kế hoạch năm cần nạo vét", period=Q4),
    F("xử lý 6 điểm ngập", "6", 6, "count", "điểm ngập", status="target",
      subject="điểm ngập được xử lý trước mùa mưa bão", period=Q4, location="Huế"),
    F("công suất 4 m3/s", "4", 4, "measure", "m3/s", status="target",
      subject="công suất trạm bơm An Cựu", period=Q4),
    F("dự kiến 96 tỷ đồng", "96", 96_000_000_000, "money", "đồng", status="forecast",
      subject="tổng mức đầu tư trạm bơm An Cựu", period=Q4),
]

COMMENTS = [
    "Formal report (invented) of UBND tỉnh Thừa Thiên Huế, 'Số: 318/BC-UBND', dated 'Thừa Thiên Huế, ngày 12 tháng 10 năm 2023'.",
    "Not figures: document number, section numbers I./II./1./2., 'Nghị quyết số 45/NQ-HĐND', 'kỳ họp thứ 9', heading 'QUÝ IV/2023'.",
    "1.080 km and 346 km are parts of 1.426 km after 'trong đó' (1.080 + 346 = 1.426).",
    "Flattened table: every numeric cell is a figure; unit km from 'Đơn vị tính: km', điểm from the column header; places in location;",
    "the table's period is the report's title '9 tháng đầu năm 2023' (inherited). Table cells get no total (the Tổng cộng row is its own figure).",
    "Tasks under 'II. NHIỆM VỤ QUÝ IV/2023' are targets (period inherited from the heading); 'tổng mức đầu tư dự kiến' is a forecast.",
]

if __name__ == "__main__":
    write("p1022-3", TEXT, FIGS, COMMENTS, published="2023-10-12", location="Thừa Thiên Huế")
