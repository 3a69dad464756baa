"""p983-3: formal report (UBND tỉnh Điện Biên), 6 months 2024, flattened '|' table of stations by district."""
from lib import F, period, write

TEXT = """UBND TỈNH ĐIỆN BIÊN
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Điện Biên, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả hoạt động thông tin cơ sở 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Hệ thống đài truyền thanh cấp xã
Toàn tỉnh có 129 xã, phường, thị trấn; đến ngày 30/6/2024 có 121 đơn vị có đài truyền thanh, đạt 93,8%. Số đài theo từng địa bàn như sau:

Đơn vị tính: đài
Huyện, thị xã, thành phố | Tổng số đài | Ứng dụng CNTT-VT | Vô tuyến FM
TP. Điện Biên Phủ | 12 | 12 | 0
Huyện Điện Biên | 24 | 15 | 9
Huyện Tuần Giáo | 18 | 7 | 11
Huyện Mường Chà | 11 | 4 | 7
Các huyện còn lại | 56 | 19 | 37
Tổng cộng | 121 | 57 | 64

2. Hoạt động thông tin, tuyên truyền
6 tháng đầu năm 2024, các đài truyền thanh cấp xã đã phát sóng 7.845 tin, bài, đạt 54,1% kế hoạch năm; tổng thời lượng phát sóng ước đạt 21.300 giờ. Kinh phí hoạt động bình quân 1,5 triệu đồng/đài/tháng, thấp hơn mức 2 triệu đồng/đài/tháng quy định tại Nghị quyết số 24/2022/NQ-HĐND của HĐND tỉnh.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu đến ngày 31/12/2024 có 125/129 xã, phường, thị trấn có đài truyền thanh; đầu tư mới 9 đài ứng dụng CNTT-VT tại huyện Nậm Pồ, Mường Nhé với tổng kinh phí dự kiến 6,3 tỷ đồng; tổ chức 3 lớp bồi dưỡng cho khoảng 250 cán bộ phụ trách đài truyền thanh.

Nơi nhận:
- Bộ Thông tin và Truyền thông;
- Thường trực Tỉnh ủy;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

AS_OF = period("đến ngày 30/6/2024", end="2024-06-30")
TAB = period("đến ngày 30/6/2024", end="2024-06-30", inherited=True)
H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = period("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)
COLS = ("Tổng số đài", "Ứng dụng CNTT-VT", "Vô tuyến FM")
ROWS = [  # (row label, location, values as written, anchor prefix)
    ("TP. Điện Biên Phủ", "Điện Biên Phủ", ["12", "12", "0"]),
    ("Huyện Điện Biên", "Điện Biên", ["24", "15", "9"]),
    ("Huyện Tuần Giáo", "Tuần Giáo", ["18", "7", "11"]),
    ("Huyện Mường Chà", "Mường Chà", ["11", "4", "7"]),
    ("Các huyện còn lại", "Điện Biên", ["56", "19", "37"]),
    ("Tổng cộng", "Điện Biên", ["121", "57", "64"]),
]

FIGS = [
    F("có 129 xã", "129", 129, "count", "xã, phường, thị trấn", "xã, phường, thị trấn"),
    F("có 121 đơn vị", "121", 121, "count", "đơn vị", "xã, phường, thị trấn có đài truyền thanh", percent=93.8, period=AS_OF),
]
for label, loc, cells in ROWS:
    place_row = loc != "Điện Biên" or label.startswith("Huyện")
    for i, cell in enumerate(cells):
        anchor = label + " | " + " | ".join(cells[: i + 1])
        if cell in cells[:i]:  # same value earlier in the row: anchor on the row's tail instead
            anchor = "| " + " | ".join(cells[i:])
        col = COLS[i] if i == 0 else "đài " + COLS[i]
        subj = col if place_row else f"{col} {label}"
        FIGS.append(F(anchor, cell, int(cell), "count", "đài", subj, period=TAB, location=loc))

FIGS += [
    F("sóng 7.845 tin, bài", "7.845", 7845, "count", "tin, bài", "tin, bài các đài truyền thanh cấp xã phát sóng", percent=54.1, period=H1),
    F("ước đạt 21.300 giờ", "21.300", 21300, "measure", "giờ", "tổng thời lượng phát sóng", status="estimate", period=H1),
    F("bình quân 1,5 triệu đồng/đài/tháng", "1,5", 1.5e6, "money", "đồng/đài/tháng", "kinh phí hoạt động bình quân của đài truyền thanh"),
    F("mức 2 triệu đồng/đài/tháng", "2", 2e6, "money", "đồng/đài/tháng", "mức kinh phí hoạt động quy định tại Nghị quyết của HĐND tỉnh"),
    F("có 125/129 xã", "125", 125, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có đài truyền thanh", total=129, status="target",
      period=period("đến ngày 31/12/2024", end="2024-12-31")),
    F("mới 9 đài", "9", 9, "count", "đài", "đài ứng dụng CNTT-VT đầu tư mới", status="target", period=H2),
    F("dự kiến 6,3 tỷ đồng", "6,3", 6.3e9, "money", "đồng", "tổng kinh phí đầu tư đài ứng dụng CNTT-VT", status="forecast", period=H2),
    F("tổ chức 3 lớp", "3", 3, "count", "lớp", "lớp bồi dưỡng cán bộ phụ trách đài truyền thanh", status="target", period=H2),
    F("khoảng 250 cán bộ", "250", 250, "count", "cán bộ", "cán bộ phụ trách đài truyền thanh được bồi dưỡng", approx="about", status="target", period=H2),
]

NOTES = [
    "Report of UBND tỉnh Điện Biên (Số: 318/BC-UBND, 12/7/2024): commune radio stations by district (flattened '|' table, Đơn vị tính: đài),",
    "broadcasts in H1/2024, running costs, tasks for H2/2024. The letterhead date is the document's date (published).",
    "Table cells: subject = column label (with the row label when it is not a place); place rows give location, 'Các huyện còn lại' and",
    "'Tổng cộng' give the province. Period of the table = 'đến ngày 30/6/2024' in the sentence before the table (inherited). The 0 cell is a figure.",
    "121 đơn vị: no total (129 is not tied to it by a part-of cue; the share 93,8% is its percent). 2 triệu đồng/đài/tháng is a figure of its own",
    "(a stated norm, no gap is given, so no change on 1,5 triệu). 'Phấn đấu' governs the whole task sentence; 'dự kiến' makes 6,3 tỷ a forecast.",
    "Nậm Pồ, Mường Nhé: two districts, location stays Điện Biên. Distractors: Số: 318/BC-UBND, date line, section numbers I./1./2./II.,",
    "Nghị quyết số 24/2022/NQ-HĐND, heading period.",
]

write("p983-3", TEXT, FIGS, NOTES, published="2024-07-12", location="Điện Biên")
