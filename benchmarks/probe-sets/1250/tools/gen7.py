"""p1250-7: department site (Đài KTTV tỉnh Gia Lai), no dateline: monthly hydro-met bulletin, one-cell-per-line table."""
from lib import F, period, inherit, change, target, write

TEXT = """ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH GIA LAI
Trang chủ | Giới thiệu | Dự báo thời tiết | Thông báo khí hậu | Liên hệ

Thông báo đặc điểm khí tượng thủy văn tháng 8/2024

Trong tháng 8/2024, trên địa bàn tỉnh xảy ra 3 đợt mưa vừa, mưa to diện rộng. Tổng lượng mưa tháng cao nhất đo được tại trạm đo mưa tự động xã Ia Khươl (huyện Chư Păh) là 735 mm; số ngày có mưa phổ biến từ 22 đến 26 ngày. Mạng lưới quan trắc của Đài hiện có 6 trạm khí tượng, 9 trạm thủy văn và 74 trạm đo mưa tự động.

Lượng mưa tại các trạm khí tượng
Đơn vị tính: mm
Trạm
Tháng 8/2024
Trung bình nhiều năm
Tỷ lệ so với TBNN (%)
Pleiku
512,4
468,0
109,5
An Khê
186,3
231,5
80,5
Ayun Pa
142,7
165,2
86,4
Bình quân
280,5
288,2
97,3

Nhiệt độ trung bình tháng tại Pleiku là 22,6 độ C, thấp hơn 0,4 độ C so với TBNN. Mực nước sông Ba tại trạm An Khê lúc cao nhất đạt 404,15 m, dưới báo động 1 là 0,35 m.

Dự báo tháng 9/2024, tổng lượng mưa phổ biến 250-350 mm, xấp xỉ TBNN; khả năng có 1-2 cơn bão hoặc áp thấp nhiệt đới ảnh hưởng đến khu vực Tây Nguyên.

Tin liên quan:
- Bản tin dự báo thời tiết 10 ngày tới
- Thông báo tuyển dụng viên chức năm 2024

ĐÀI KHÍ TƯỢNG THỦY VĂN TỈNH GIA LAI
Địa chỉ: 12 Trần Hưng Đạo, phường Tây Sơn, TP Pleiku
Điện thoại: 0269.3823.690
Lượt truy cập: 485.207
"""

AUG = period("tháng 8/2024", "2024-08-01", "2024-08-31")
AUGC = period("Tháng 8/2024", "2024-08-01", "2024-08-31")
SEP = period("tháng 9/2024", "2024-09-01", "2024-09-30")
COLS = [("lượng mưa tháng 8/2024", "measure", "mm", AUGC),
        ("lượng mưa trung bình nhiều năm", "measure", "mm", None),
        ("tỷ lệ lượng mưa so với TBNN", "percent", "%", inherit(AUG))]
ROWS = [("Pleiku", "Pleiku", ["512,4", "468,0", "109,5"]),
        ("An Khê", "An Khê", ["186,3", "231,5", "80,5"]),
        ("Ayun Pa", "Ayun Pa", ["142,7", "165,2", "86,4"]),
        ("Bình quân", None, ["280,5", "288,2", "97,3"])]

CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, kind, unit, per), n in zip(COLS, nums):
        subj = col if place else f"{col} bình quân"
        kw = {"location": place} if place else {}
        CELLS.append(F(f"{prev}\n{n}", n, float(n.replace(",", ".")), kind, unit, subject=subj, per=per, **kw))
        prev = n

FIGS = [
    F("xảy ra 3 đợt", "3", 3, "count", "đợt", subject="đợt mưa vừa, mưa to diện rộng", per=AUG),
    F("là 735 mm", "735", 735, "measure", "mm", subject="tổng lượng mưa tháng cao nhất",
      per=inherit(AUG), location="Chư Păh"),
    F("từ 22 đến 26 ngày", "22", 22, "count", "ngày", value_max=26, subject="số ngày có mưa",
      per=inherit(AUG)),
    F("có 6 trạm", "6", 6, "count", "trạm", subject="trạm khí tượng"),
    F("9 trạm", "9", 9, "count", "trạm", subject="trạm thủy văn"),
    F("74 trạm", "74", 74, "count", "trạm", subject="trạm đo mưa tự động"),
] + CELLS + [
    F("là 22,6 độ", "22,6", 22.6, "measure", "độ C",
      change=change("decrease", 0.4, "độ C", "TBNN"),
      subject="nhiệt độ trung bình tháng", per=inherit(AUG), location="Pleiku"),
    F("đạt 404,15 m", "404,15", 404.15, "measure", "m",
      change=change("decrease", 0.35, "m", "báo động 1"),
      subject="mực nước sông Ba lúc cao nhất", per=inherit(AUG), location="An Khê"),
    F("phổ biến 250-350", "250", 250, "measure", "mm", value_max=350, status="forecast",
      subject="tổng lượng mưa", per=SEP),
    F("có 1-2 cơn", "1", 1, "count", "cơn bão", value_max=2, status="forecast",
      subject="cơn bão hoặc áp thấp nhiệt đới ảnh hưởng đến khu vực Tây Nguyên", per=SEP),
]

NOTES = [
    "Department site (Đài KTTV tỉnh Gia Lai), no dateline: menu, related links, address, phone, 'Lượt truy cập: 485.207'.",
    "Distractors: 'tháng 8/2024' in the headline, '12 Trần Hưng Đạo', phone 0269.3823.690, visitor counter, 'báo động 1',",
    "  '10 ngày tới' and 'năm 2024' in related links.",
    "One-cell-per-line table ('Đơn vị tính: mm'): row labels are places (TP Pleiku, TX An Khê, TX Ayun Pa) -> location;",
    "  the 'Bình quân' row is the province (Gia Lai). Column 'Tháng 8/2024' gives the period (scored); 'Trung bình nhiều năm'",
    "  is a multi-year normal: no period; the '(%)' column gives percent figures, period only from the bulletin (inherited).",
    "  Checks: 512,4/468,0 = 109,5%; 186,3/231,5 = 80,5%; 142,7/165,2 = 86,4%; means 280,5 / 288,2 -> 97,3%.",
    "'số ngày có mưa … từ 22 đến 26 ngày' counts days: kind count, unit ngày (a choice; see REPORT).",
    "'thấp hơn 0,4 độ C so với TBNN', 'dưới báo động 1 là 0,35 m': changes (decrease).",
    "'Dự báo tháng 9/2024' governs both ';' clauses (forecast). Tây Nguyên is a region: location stays Gia Lai.",
]

if __name__ == "__main__":
    write("p1250-7", TEXT, NOTES, FIGS, published=None, location="Gia Lai")
