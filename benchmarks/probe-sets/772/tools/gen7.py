from lib import *

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO THANH HÓA
Trang chủ > Tin hoạt động > Thi cử - Tuyển sinh

Hơn 3.200 tình nguyện viên tiếp sức thí sinh Kỳ thi tốt nghiệp THPT năm 2024

Kỳ thi tốt nghiệp THPT năm 2024, toàn tỉnh có 38.652 thí sinh dự thi tại 92 điểm thi. Chương trình "Tiếp sức mùa thi" do Tỉnh đoàn phối hợp tổ chức đã huy động 3.246 tình nguyện viên là đoàn viên, sinh viên, giáo viên trẻ, có mặt tại 100% điểm thi.

Kết quả tại một số đơn vị:

Đơn vị
Điểm thi (điểm)
Tình nguyện viên (người)
Suất ăn miễn phí (suất)
TP Thanh Hóa
18
712
4.850
Thị xã Nghi Sơn
7
265
1.920
Huyện Thọ Xuân
6
214
1.365
Huyện Ngọc Lặc
5
186
2.040
Huyện Hoằng Hóa
6
198
1.480

Ngoài ra, các đội hình đã bố trí 1.150 chỗ trọ miễn phí, chở 2.380 lượt thí sinh và phụ huynh; tổng giá trị quà tặng, suất ăn ước khoảng 1,35 tỷ đồng. So với năm 2023, số tình nguyện viên tăng 312 người.

Tại các huyện miền núi, đội hình tình nguyện đã nấu 3.600 suất ăn, chiếm khoảng 28% tổng số suất ăn miễn phí toàn tỉnh. Năm 2025, Tỉnh đoàn phấn đấu huy động từ 3.500 đến 4.000 tình nguyện viên tham gia chương trình.

Thông tin liên hệ: Văn phòng Sở, số 37 Lê Lai, phường Đông Sơn, TP Thanh Hóa. Điện thoại: 0237.3852.465.
Tổng lượt truy cập: 4.215.880
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

ROWS = [
    ("TP Thanh Hóa", ("TP Thanh Hóa\n18", "18"), ("18\n712", "712"), ("712\n4.850", "4.850")),
    ("Nghi Sơn", ("Nghi Sơn\n7", "7"), ("7\n265", "265"), ("265\n1.920", "1.920")),
    ("Thọ Xuân", ("Xuân\n6", "6"), ("6\n214", "214"), ("214\n1.365", "1.365")),
    ("Ngọc Lặc", ("Lặc\n5", "5"), ("5\n186", "186"), ("186\n2.040", "2.040")),
    ("Hoằng Hóa", ("Hoằng Hóa\n6", "6"), ("6\n198", "198"), ("198\n1.480", "1.480")),
]
COLS = [("Điểm thi", "điểm"), ("Tình nguyện viên", "người"), ("Suất ăn miễn phí", "suất")]

FIGS = [
    F("Hơn 3.200 tình nguyện viên", "3.200", 3200, "count", "tình nguyện viên", approx="over",
      subject="tình nguyện viên tiếp sức thí sinh Kỳ thi tốt nghiệp THPT", period=Y24),
    F("có 38.652 thí sinh", "38.652", 38652, "count", "thí sinh", subject="thí sinh dự thi tốt nghiệp THPT", period=Y24),
    F("tại 92 điểm thi", "92", 92, "count", "điểm thi", subject="điểm thi tốt nghiệp THPT", period=Y24),
    F("huy động 3.246 tình nguyện viên", "3.246", 3246, "count", "tình nguyện viên",
      subject="tình nguyện viên Chương trình \"Tiếp sức mùa thi\"", period=I(Y24)),
    F("tại 100% điểm thi", "100", 100, "percent", "%", subject="điểm thi có tình nguyện viên", period=I(Y24)),
]
for place, *cells in ROWS:
    for (anchor, num), (col, unit) in zip(cells, COLS):
        FIGS.append(F(anchor, num, parse_num(num), "count", unit, subject=col, period=I(Y24), location=place))
FIGS += [
    F("bố trí 1.150 chỗ trọ", "1.150", 1150, "count", "chỗ trọ", subject="chỗ trọ miễn phí bố trí", period=I(Y24)),
    F("chở 2.380 lượt", "2.380", 2380, "count", "lượt thí sinh và phụ huynh",
      subject="lượt thí sinh và phụ huynh được chở", period=I(Y24)),
    F("khoảng 1,35 tỷ đồng", "1,35", 1.35e9, "money", "đồng", approx="about", status="estimate",
      subject="tổng giá trị quà tặng, suất ăn", period=I(Y24)),
    F("tăng 312 người", "312", 312, "count", "người", subject="số tình nguyện viên tăng so với năm 2023"),
    F("nấu 3.600 suất ăn", "3.600", 3600, "count", "suất ăn", percent=28,
      subject="suất ăn đội hình tình nguyện nấu tại các huyện miền núi", period=I(Y24)),
    F("từ 3.500 đến 4.000", "3.500", 3500, "count", "tình nguyện viên", value_max=4000, status="target",
      subject="tình nguyện viên huy động tham gia chương trình",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
]

COMMENTS = [
    "Probe 772-7. Department site (Sở GD&ĐT Thanh Hóa), no dateline (published null), visit counter in the footer: 'Tiếp sức mùa thi' 2024.",
    "One-cell-per-line table: header cells carry the units ('Điểm thi (điểm)', 'Tình nguyện viên (người)', 'Suất ăn miễn phí (suất)');",
    "each numeric cell is a count with the column label as subject and the row's district/town/city as location; period inherited (năm 2024).",
    "'năm 2024' in the headline and the lead is the exam's year: scored there. 'tăng 312 người' stands in its own sentence, away from any",
    "figure: a count of its own. Distractors: số 37 Lê Lai, phone 0237.3852.465, 'Tổng lượt truy cập: 4.215.880', 'THPT'.",
]

emit("p772-7", TEXT, COMMENTS, FIGS, location="Thanh Hóa")
