"""p961-3: formal report (UBND tỉnh Thanh Hóa), 9 tháng 2023, flattened | table by locality."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH THANH HÓA
Số: 286/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 12 tháng 10 năm 2023

BÁO CÁO
Tình hình doanh nghiệp tạm ngừng kinh doanh, giải thể và quay trở lại hoạt động 9 tháng năm 2023

Thực hiện Công văn số 6815/BKHĐT-ĐKKD ngày 25/8/2023 của Bộ Kế hoạch và Đầu tư, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
1. Trong 9 tháng năm 2023, toàn tỉnh có 1.582 doanh nghiệp rút lui khỏi thị trường, tăng 21,3% so với cùng kỳ năm 2022, bằng 68,2% số doanh nghiệp thành lập mới. Trong đó, 962 doanh nghiệp tạm ngừng kinh doanh có thời hạn, 405 doanh nghiệp ngừng hoạt động chờ làm thủ tục giải thể và 215 doanh nghiệp đã hoàn tất thủ tục giải thể.
2. Số doanh nghiệp quay trở lại hoạt động là 706 doanh nghiệp, tăng 8,9% so với cùng kỳ. Tổng vốn đăng ký của các doanh nghiệp giải thể ước khoảng 1.340 tỷ đồng, bình quân 6,2 tỷ đồng/doanh nghiệp.

II. SỐ LIỆU THEO ĐỊA BÀN
Bảng 1. Doanh nghiệp rút lui và quay lại thị trường 9 tháng năm 2023
Đơn vị tính: doanh nghiệp
Địa bàn | Tạm ngừng kinh doanh | Chờ giải thể | Đã giải thể | Quay lại hoạt động
TP. Thanh Hóa | 412 | 186 | 97 | 305
TX. Nghi Sơn | 138 | 52 | 31 | 96
TP. Sầm Sơn | 74 | 29 | 12 | 58
TX. Bỉm Sơn | 41 | 17 | 9 | 33
Các huyện còn lại | 297 | 121 | 66 | 214
Tổng cộng | 962 | 405 | 215 | 706

III. NGUYÊN NHÂN VÀ GIẢI PHÁP
Nguyên nhân chủ yếu do thiếu đơn hàng; khoảng 71% doanh nghiệp tạm ngừng là doanh nghiệp siêu nhỏ, sử dụng dưới 10 lao động. Trong quý IV/2023, tỉnh phấn đấu hỗ trợ thêm 250 doanh nghiệp quay trở lại hoạt động; dự kiến cả năm 2023 số doanh nghiệp rút lui khỏi thị trường khoảng 2.100 doanh nghiệp.

Nơi nhận:
- Bộ Kế hoạch và Đầu tư;
- Lưu: VT, KTTH.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

N9 = P("Trong 9 tháng năm 2023", "2023-01-01", "2023-09-30")
N9i = I(N9)
TAB = I(P("9 tháng năm 2023", "2023-01-01", "2023-09-30"))
COLS = ["doanh nghiệp tạm ngừng kinh doanh", "doanh nghiệp chờ giải thể",
        "doanh nghiệp đã giải thể", "doanh nghiệp quay lại hoạt động"]
ROWS = [  # label in the table, location, label kept in subject, cells
    ("TP. Thanh Hóa", "Thanh Hóa", "", ["412", "186", "97", "305"]),
    ("TX. Nghi Sơn", "Nghi Sơn", "", ["138", "52", "31", "96"]),
    ("TP. Sầm Sơn", "Sầm Sơn", "", ["74", "29", "12", "58"]),
    ("TX. Bỉm Sơn", "Bỉm Sơn", "", ["41", "17", "9", "33"]),
    ("Các huyện còn lại", "Thanh Hóa", " các huyện còn lại", ["297", "121", "66", "214"]),
    ("Tổng cộng", "Thanh Hóa", " tổng cộng", ["962", "405", "215", "706"]),
]

FIGS = [
    F("có 1.582 doanh nghiệp", "1.582", 1582, "count", "doanh nghiệp",
      "doanh nghiệp rút lui khỏi thị trường", N9,
      change=C("increase", 21.3, baseline="cùng kỳ năm 2022"), percent=68.2),
    F("Trong đó, 962 doanh nghiệp", "962", 962, "count", "doanh nghiệp",
      "doanh nghiệp tạm ngừng kinh doanh có thời hạn", N9i, total=1582),
    F("405 doanh nghiệp ngừng", "405", 405, "count", "doanh nghiệp",
      "doanh nghiệp ngừng hoạt động chờ làm thủ tục giải thể", N9i, total=1582),
    F("215 doanh nghiệp đã", "215", 215, "count", "doanh nghiệp",
      "doanh nghiệp đã hoàn tất thủ tục giải thể", N9i, total=1582),
    F("là 706 doanh nghiệp", "706", 706, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", N9i, change=C("increase", 8.9, baseline="cùng kỳ")),
    F("ước khoảng 1.340 tỷ đồng", "1.340", 1340e9, "money", "đồng",
      "tổng vốn đăng ký của các doanh nghiệp giải thể", N9i, approx="about", status="estimate"),
    F("bình quân 6,2 tỷ đồng/doanh nghiệp", "6,2", 6.2e9, "money", "đồng/doanh nghiệp",
      "vốn đăng ký bình quân của doanh nghiệp giải thể", N9i, status="estimate"),
]

for label, loc, extra, cells in ROWS:
    for j, cell in enumerate(cells):
        if j == 0:
            anchor = f"{label} | {cell} |"
        elif j < 3:
            anchor = f"| {cells[j - 1]} | {cell} | {cells[j + 1]}"
        else:
            anchor = f"| {cells[j - 1]} | {cell}\n"
        FIGS.append(F(anchor, cell, int(cell), "count", "doanh nghiệp", COLS[j] + extra, TAB, location=loc))

FIGS += [
    F("khoảng 71% doanh nghiệp", "71", 71, "percent", "%",
      "doanh nghiệp tạm ngừng là doanh nghiệp siêu nhỏ", N9i, approx="about"),
    F("dưới 10 lao động", "10", 10, "count", "lao động", "doanh nghiệp siêu nhỏ", approx="under", optional=True),
    F("thêm 250 doanh nghiệp", "250", 250, "count", "doanh nghiệp",
      "doanh nghiệp quay trở lại hoạt động", P("Trong quý IV/2023", "2023-10-01", "2023-12-31"), status="target"),
    F("khoảng 2.100 doanh nghiệp", "2.100", 2100, "count", "doanh nghiệp",
      "doanh nghiệp rút lui khỏi thị trường", P("cả năm 2023", "2023-01-01", "2023-12-31"),
      approx="about", status="forecast"),
]

NOTES = [
    "UBND tỉnh Thanh Hóa, Số 286/BC-UBND (invented), 9 tháng năm 2023; flattened '|' table by locality, 'Đơn vị tính: doanh nghiệp'.",
    "Published = the letterhead date 12/10/2023. 'bằng 68,2% số doanh nghiệp thành lập mới' is the percent of 1.582.",
    "'ước khoảng 1.340 tỷ' -> approx about + status estimate; 'bình quân 6,2 tỷ đồng/doanh nghiệp' continues that clause: estimate.",
    "Table cells: subject = column label (+ row label when it is not a place); place rows give location (TP./TX. stripped);",
    "'Các huyện còn lại' and 'Tổng cộng' are the province (Thanh Hóa). Table period from the caption line above: inherited. No totals on cells.",
    "'dưới 10 lao động' defines 'siêu nhỏ': optional. Distractors: Số 286/BC-UBND, Công văn số 6815/BKHĐT-ĐKKD ngày 25/8/2023, section numbers I.-III., 1., 2., 'Bảng 1'.",
]

if __name__ == "__main__":
    build("p961-3", TEXT, FIGS, NOTES, published="2023-10-12", location="Thanh Hóa")
