"""p704-7: department site (Cục QLTT tỉnh Bình Dương), no dateline, one-cell-per-line table with 'Đơn vị tính: vụ'."""
from lib import F, P, I, CH, emit

TEXT = """CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH BÌNH DƯƠNG
Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Kết quả kiểm tra, xử lý vi phạm về hàng giả của các Đội Quản lý thị trường

Thực hiện Kế hoạch số 1128/KH-QLTTBD, các Đội Quản lý thị trường trực thuộc Cục đã tăng cường kiểm tra, xử lý vi phạm về hàng giả, hàng xâm phạm quyền sở hữu trí tuệ. Số vụ xử lý của từng đội qua các năm như sau:

Đơn vị tính: vụ

Đơn vị
Năm 2022
Năm 2023
9 tháng năm 2024
Đội QLTT số 1
48
57
41
Đội QLTT số 2
36
44
39
Đội QLTT số 3
29
31
26
Đội QLTT cơ động
63
72
58
Tổng cộng
176
204
164

Như vậy, số vụ xử lý về hàng giả năm 2023 tăng 15,9% so với năm 2022, trong đó Đội QLTT cơ động chiếm 35,3% tổng số vụ của Cục.

Sau 9 tháng năm 2024, tổng số tiền xử phạt vi phạm hành chính về hàng giả đạt 3.185 triệu đồng, bằng 82,6% cả năm 2023; trị giá hàng giả buộc tiêu hủy khoảng 1,7 tỷ đồng. Hàng giả phát hiện chủ yếu là phân bón, thuốc bảo vệ thực vật, mỹ phẩm và đồ chơi trẻ em.

Thời gian tới, Cục tiếp tục kiểm soát chặt các cơ sở sản xuất, kinh doanh trong các khu công nghiệp, đặc biệt tại thành phố Dĩ An, nơi tập trung khoảng 40% số cơ sở kinh doanh mỹ phẩm của tỉnh.

Địa chỉ: Số 8 đường 30 Tháng 4, phường Phú Hòa, TP Thủ Dầu Một
Điện thoại: 0274.3822.611
Lượt truy cập: 1.208.457
"""

C22 = P("Năm 2022", "2022-01-01", "2022-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
COLS = [("năm 2022", C22), ("năm 2023", C23), ("9 tháng năm 2024", C24)]

ROWS = [
    ("Đội QLTT số 1", ["48", "57", "41"], ["số 1\n48", "48\n57", "57\n41"]),
    ("Đội QLTT số 2", ["36", "44", "39"], ["số 2\n36", "36\n44", "44\n39"]),
    ("Đội QLTT số 3", ["29", "31", "26"], ["số 3\n29", "29\n31", "31\n26"]),
    ("Đội QLTT cơ động", ["63", "72", "58"], ["cơ động\n63", "63\n72", "72\n58"]),
    ("Tổng cộng", ["176", "204", "164"], ["Tổng cộng\n176", "176\n204", "204\n164"]),
]

FIGS = []
for label, nums, anchors in ROWS:
    for (col, per), num, anc in zip(COLS, nums, anchors):
        FIGS.append(F(anc, num, int(num), "count", "vụ",
                      subject=f"số vụ xử lý {label} {col}", period=per))

FIGS += [
    F("tăng 15,9%", "15,9", 15.9, "percent", "%",
      subject="số vụ xử lý về hàng giả tăng so với năm 2022", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("chiếm 35,3%", "35,3", 35.3, "percent", "%",
      subject="Đội QLTT cơ động tỷ trọng trong tổng số vụ của Cục", period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 3.185 triệu đồng", "3.185", 3185000000, "money", "đồng", percent=82.6,
      subject="tổng số tiền xử phạt vi phạm hành chính về hàng giả",
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("khoảng 1,7 tỷ đồng", "1,7", 1700000000, "money", "đồng", approx="about",
      subject="trị giá hàng giả buộc tiêu hủy",
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="cơ sở kinh doanh mỹ phẩm của tỉnh tập trung", location="Dĩ An"),
]

COMMENTS = [
    "Cục QLTT tỉnh Bình Dương site, no dateline: số vụ xử lý vi phạm về hàng giả theo đội (invented, probe set 704).",
    "Table one cell per line, 'Đơn vị tính: vụ', columns Năm 2022 | Năm 2023 | 9 tháng năm 2024; rows are teams (not places) -> location Bình Dương.",
    "Every numeric cell is a figure (the Tổng cộng row too); subject = row label + column label; period from the column header (scored, as h23).",
    "Team names 'Đội QLTT số 1/2/3' are names, not figures. A table gives no total (no text cue), although the rows add up.",
    "Distractors: Kế hoạch số 1128/KH-QLTTBD, 'Số 8 đường 30 Tháng 4' (address with a road named after a date), phone 0274.3822.611, Lượt truy cập 1.208.457.",
    "'bằng 82,6% cả năm 2023' is the share of 3.185 triệu; the second clause '…; trị giá … khoảng 1,7 tỷ' continues the 9-month sentence (period scored).",
    "'số vụ … năm 2023 tăng 15,9% so với năm 2022' is a growth rate that is the claim (percent, no change); 'chiếm 35,3%' after it is a percent of its own.",
    "'tại thành phố Dĩ An, nơi tập trung khoảng 40% …' -> location Dĩ An.",
]

if __name__ == "__main__":
    emit("p704-7", TEXT, COMMENTS, FIGS, location="Bình Dương")
