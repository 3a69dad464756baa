from lib import F, P, emit

TEXT = """ỦY BAN NHÂN DÂN HUYỆN QUỲNH LƯU
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quỳnh Lưu, ngày 18 tháng 10 năm 2024

BÁO CÁO
Tình hình hoạt động của các quỹ tín dụng nhân dân 9 tháng năm 2024

I. KẾT QUẢ HOẠT ĐỘNG
Trên địa bàn huyện hiện có 5 QTDND hoạt động tại 17 xã, thị trấn. Đến 30/9/2024, tổng số thành viên đạt 24.318 người; trong 9 tháng đã kết nạp mới 1.245 thành viên.

Bảng 1. Một số chỉ tiêu của các QTDND đến 30/9/2024
Đơn vị tính: triệu đồng
TT | Quỹ tín dụng nhân dân | Nguồn vốn huy động | Dư nợ cho vay | Nợ xấu | Tỷ lệ nợ xấu (%)
1 | Quỹ TDND Quỳnh Hưng | 312.450 | 276.180 | 1.240 | 0,45
2 | Quỹ TDND Quỳnh Thạch | 198.760 | 171.905 | 2.315 | 1,35
3 | Quỹ TDND Sơn Hải | 145.320 | 128.460 | 0 | 0
4 | Quỹ TDND Quỳnh Ngọc | 264.880 | 239.710 | 905 | 0,38
5 | Quỹ TDND Cầu Giát | 402.150 | 355.620 | 3.870 | 1,09
Cộng | | 1.323.560 | 1.171.875 | 8.330 | 0,71

II. ĐÁNH GIÁ
9 tháng năm 2024, lợi nhuận trước thuế của 5 quỹ ước đạt 18,6 tỷ đồng, bằng 79,5% kế hoạch năm. Lãi suất cho vay bình quân của các quỹ từ 8,5%/năm đến 10,2%/năm.

III. NHIỆM VỤ QUÝ IV/2024
Chỉ đạo các quỹ phấn đấu đến 31/12/2024 nguồn vốn huy động đạt 1.380 tỷ đồng, dư nợ cho vay đạt 1.225 tỷ đồng, tỷ lệ nợ xấu dưới 1%.

Nơi nhận:
- NHNN chi nhánh tỉnh Nghệ An;
- Lưu: VT, TCKH.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

AS = P("Đến 30/9/2024", None, "2024-09-30")
TB = P("đến 30/9/2024", None, "2024-09-30", inh=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng", "2024-01-01", "2024-09-30")
T = P("đến 31/12/2024", None, "2024-12-31")

COLS = ["Nguồn vốn huy động", "Dư nợ cho vay", "Nợ xấu", "Tỷ lệ nợ xấu"]
ROWS = [
    ("Quỹ TDND Quỳnh Hưng", [("Quỳnh Hưng | 312.450", "312.450"), ("312.450 | 276.180", "276.180"),
                             ("276.180 | 1.240", "1.240"), ("1.240 | 0,45", "0,45")]),
    ("Quỹ TDND Quỳnh Thạch", [("Quỳnh Thạch | 198.760", "198.760"), ("198.760 | 171.905", "171.905"),
                              ("171.905 | 2.315", "2.315"), ("2.315 | 1,35", "1,35")]),
    ("Quỹ TDND Sơn Hải", [("Sơn Hải | 145.320", "145.320"), ("145.320 | 128.460", "128.460"),
                          ("128.460 | 0 |", "0"), (" 0\n4 |", "0")]),
    ("Quỹ TDND Quỳnh Ngọc", [("Quỳnh Ngọc | 264.880", "264.880"), ("264.880 | 239.710", "239.710"),
                             ("239.710 | 905", "905"), ("905 | 0,38", "0,38")]),
    ("Quỹ TDND Cầu Giát", [("Cầu Giát | 402.150", "402.150"), ("402.150 | 355.620", "355.620"),
                           ("355.620 | 3.870", "3.870"), ("3.870 | 1,09", "1,09")]),
    ("Cộng", [("| 1.323.560", "1.323.560"), ("1.323.560 | 1.171.875", "1.171.875"),
              ("1.171.875 | 8.330", "8.330"), ("8.330 | 0,71", "0,71")]),
]

FIGS = [
    F("có 5 QTDND", "5", 5, "count", "QTDND", "QTDND hoạt động trên địa bàn huyện"),
    F("tại 17 xã", "17", 17, "count", "xã, thị trấn", "xã, thị trấn có QTDND hoạt động"),
    F("đạt 24.318 người", "24.318", 24318, "count", "người", "tổng số thành viên", AS),
    F("mới 1.245 thành viên", "1.245", 1245, "count", "thành viên", "thành viên kết nạp mới",
      P("trong 9 tháng", "2024-01-01", "2024-09-30")),
]
for row, cells in ROWS:
    for col, (anchor, num) in zip(COLS, cells):
        from lib import parse_num
        v = parse_num(num)
        if col == "Tỷ lệ nợ xấu":
            FIGS.append(F(anchor, num, v, "percent", "%", f"{col} {row}", TB))
        else:
            FIGS.append(F(anchor, num, v * 1e6, "money", "đồng", f"{col} {row}", TB))
FIGS += [
    F("của 5 quỹ", "5", 5, "count", "quỹ", "quỹ", optional=True),
    F("ước đạt 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng", "lợi nhuận trước thuế của 5 quỹ", M9,
      percent=79.5, status="estimate"),
    F("từ 8,5%/năm", "8,5", 8.5, "percent", "%", "Lãi suất cho vay bình quân của các quỹ", M9i, value_max=10.2),
    F("đạt 1.380 tỷ đồng", "1.380", 1380e9, "money", "đồng", "nguồn vốn huy động", T, status="target"),
    F("đạt 1.225 tỷ đồng", "1.225", 1225e9, "money", "đồng", "dư nợ cho vay", T, status="target"),
    F("dưới 1%", "1", 1, "percent", "%", "tỷ lệ nợ xấu", T, approx="under", status="target"),
]
# the interest-rate range's period is in the previous sentence
FIGS[-4]["period"]["inherited"] = True

COMMENTS = [
    "Formal district report (UBND huyện Quỳnh Lưu, Nghệ An), letterhead 'Số: 287/BC-UBND', place-and-date line 18/10/2024: QTDND 9 months 2024.",
    "Flattened '|' table: 'Đơn vị tính: triệu đồng' for the money columns, '(%)' for the ratio column; row numbers 1-5 are not figures.",
    "Every numeric cell is a figure (zeros of Quỹ TDND Sơn Hải included); subject = column label + row label (fund names contain commune names,",
    "which are not provinces/districts: location stays Quỳnh Lưu). 'Cộng' row cells are figures, no total attribute for table cells.",
    "Table period: its title 'đến 30/9/2024' (not a column header) -> inherited. '24.318 người' and the 9-month intake 1.245 are different periods: no total.",
    "'ước đạt 18,6 tỷ đồng, bằng 79,5% kế hoạch năm': estimate with percent 79,5. Targets 'đến 31/12/2024' carry status target, end 2024-12-31.",
    "Distractors: 'Số: 287/BC-UBND', date line, section numbers I/II/III, 'Bảng 1', 'Lưu: VT, TCKH', 'QUÝ IV/2024' heading. 'của 5 quỹ' (repeat) optional.",
]

emit("p348-4", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Quỳnh Lưu")
