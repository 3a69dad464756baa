"""p1053-7: department site (Sở GTVT Cần Thơ), no dateline, one-cell-per-line table; year 2024, plan 2025."""
from lib import F, P, I, C, T, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ CẦN THƠ
Trang chủ » Tin hoạt động » Hàng hải - Đường thủy

Hàng hóa qua cảng biển Cần Thơ năm 2024 tăng khá

Năm 2024, tổng sản lượng hàng hóa thông qua các bến cảng biển trên địa bàn thành phố Cần Thơ đạt 7,36 triệu tấn, tăng 10,4% so với năm 2023; lượt tàu biển vào, rời cảng đạt 3.418 lượt. Hàng container qua cảng đạt 48.700 TEU, gấp 1,6 lần năm trước, nhờ tuyến vận tải container Cần Thơ - Cái Mép duy trì 3 chuyến/tuần.

Kết quả khai thác tại một số bến cảng chính như sau:
Đơn vị tính: nghìn tấn
Bến cảng
Năm 2023
Năm 2024
Kế hoạch 2025
Cái Cui
2.184
2.431
2.650
Hoàng Diệu
1.276
1.342
1.400
Trà Nóc
968
1.057
1.100
Cộng
4.428
4.830
5.150

Bến cảng Cái Cui hiện tiếp nhận được tàu trọng tải đến 20.000 DWT, song do luồng qua cửa Định An bị bồi lắng, tàu trên 10.000 DWT phải chuyển tải tại vùng neo. Chi phí chuyển tải làm giá thành vận chuyển tăng khoảng 8-10%.

Năm 2025, Sở đặt mục tiêu sản lượng hàng hóa qua cảng đạt trên 7,8 triệu tấn, container đạt 55.000 TEU; phối hợp thu hút thêm ít nhất 2 hãng tàu mở tuyến mới theo Kế hoạch số 45/KH-UBND.

SỞ GIAO THÔNG VẬN TẢI THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 27 Ngô Gia Tự, phường Tân An, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3820.712 - Fax: 0292.3826.410
Lượt truy cập: 1.284.377 | Đang trực tuyến: 52
"""

LOC = "Cần Thơ"
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("năm 2024", P("Năm 2024", "2024-01-01", "2024-12-31"), None),
        ("kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Cái Cui", ["2.184", "2.431", "2.650"]),
        ("Hoàng Diệu", ["1.276", "1.342", "1.400"]),
        ("Trà Nóc", ["968", "1.057", "1.100"]),
        ("Cộng", ["4.428", "4.830", "5.150"])]


def num(s):
    return float(s.replace(".", ""))


TABLE = []
for label, cells in ROWS:
    prev = label
    for (col, per, status), cell in zip(COLS, cells):
        kw = {"status": status} if status else {}
        subj = (f"{label} " if label == "Cộng" else f"sản lượng bến cảng {label} ") + col
        TABLE.append(F(f"{prev}\n{cell}\n", cell, num(cell) * 1000, "measure", "tấn",
                       subject=subj, period=per, **kw))
        prev = cell

FIGS = [
    F("đạt 7,36 triệu tấn", "7,36", 7.36e6, "measure", "tấn", change=C("+", 10.4, baseline="năm 2023"),
      subject="tổng sản lượng hàng hóa thông qua các bến cảng biển", period=Y24),
    F("đạt 3.418 lượt", "3.418", 3418, "count", "lượt tàu biển",
      subject="lượt tàu biển vào, rời cảng", period=Y24),
    F("đạt 48.700 TEU", "48.700", 48700, "measure", "TEU",
      change=C("+", 1.6, unit="lần", baseline="năm trước"),
      subject="hàng container qua cảng", period=I(Y24)),
    F("duy trì 3 chuyến/tuần", "3", 3, "measure", "chuyến/tuần",
      subject="tuyến vận tải container Cần Thơ - Cái Mép", period=I(Y24)),
] + TABLE + [
    F("đến 20.000 DWT", "20.000", 20000, "measure", "DWT", approx="at_most", optional=True),
    F("trên 10.000 DWT", "10.000", 10000, "measure", "DWT", approx="over", optional=True),
    F("khoảng 8-10%", "8", 8, "percent", "%", value_max=10, approx="about",
      subject="giá thành vận chuyển tăng do chi phí chuyển tải"),
    F("trên 7,8 triệu tấn", "7,8", 7.8e6, "measure", "tấn", approx="over", status="target",
      subject="sản lượng hàng hóa qua cảng", period=Y25),
    F("đạt 55.000 TEU", "55.000", 55000, "measure", "TEU", status="target",
      subject="sản lượng container", period=Y25),
    F("ít nhất 2 hãng tàu", "2", 2, "count", "hãng tàu", approx="at_least", status="target",
      subject="hãng tàu mở tuyến mới thu hút thêm", period=Y25),
]

COMMENTS = [
    "Department site (Sở GTVT Cần Thơ), no dateline: seaport throughput 2024 and plan 2025; table written one cell per line.",
    "'gấp 1,6 lần năm trước' follows 48.700 TEU: its change (1,6 lần), not a multiple figure of its own.",
    "Table: 'Đơn vị tính: nghìn tấn' multiplies every cell; periods from the column headers (scored); 'Kế hoạch 2025' gives status target;",
    "port names (Cái Cui, Hoàng Diệu, Trà Nóc) are berths, so they go to the subject; the location is Cần Thơ. The 'Cộng' row cells are figures, no totals.",
    "revised after the first run: the 'Cộng' row subjects are now row label + column label ('Cộng năm 2023'), as FIGURES.md prescribes for tables and as p1053-3 already had.",
    "DWT limits are category thresholds (optional). 'tăng khoảng 8-10%' has no base amount: a percent figure (range).",
    "Distractors: 'Kế hoạch số 45/KH-UBND', 'Số 27 Ngô Gia Tự', phone and fax, 'Lượt truy cập: 1.284.377', 'Đang trực tuyến: 52'.",
]

if __name__ == "__main__":
    write("p1053-7", TEXT, FIGS, COMMENTS, published=None, location=LOC)
