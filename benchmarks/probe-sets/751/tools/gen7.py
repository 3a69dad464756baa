#!/usr/bin/env python3
"""p751-7: department site (Chi cục Chăn nuôi và Thú y Nghệ An), no dateline — herd 2023, one-cell-per-line table by district, support policy."""
from lib import F, P, I, CH, TG, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PTNT NGHỆ AN
CHI CỤC CHĂN NUÔI VÀ THÚ Y
Trang chủ > Chăn nuôi > Tin chuyên ngành

Chăn nuôi hươu - hướng đi bền vững cho vùng trung du

Nghệ An là địa phương có đàn hươu lớn thứ hai cả nước. Năm 2023, tổng đàn hươu toàn tỉnh đạt 23.600 con, tăng 6,8% so với năm 2022; sản lượng nhung ước đạt 4,9 tấn. Bốn huyện Thanh Chương, Quỳnh Lưu, Yên Thành và Anh Sơn có 21.260 con, chiếm 90,1% tổng đàn toàn tỉnh.

Giá trị sản xuất từ nuôi hươu năm 2023 ước đạt 215 tỷ đồng, bình quân 9,1 triệu đồng/con. Toàn tỉnh hiện có 7.350 hộ nuôi hươu và 6 trang trại quy mô lớn.

Bảng: Tổng đàn hươu một số huyện và kế hoạch năm 2025
Đơn vị tính: con

Huyện
Năm 2022
Năm 2023
Kế hoạch 2025
Thanh Chương
8.950
9.420
11.000
Quỳnh Lưu
5.980
6.420
7.500
Yên Thành
3.150
3.380
4.000
Anh Sơn
1.870
2.040
2.500
Toàn tỉnh
22.100
23.600
28.000

Để đạt kế hoạch năm 2025, tỉnh tiếp tục thực hiện chính sách hỗ trợ theo Nghị quyết số 16/2023/NQ-HĐND: hỗ trợ 50% chi phí tiêm phòng, tối đa 3 triệu đồng/hộ/năm; hỗ trợ lãi suất vay vốn cho trang trại nuôi từ 30 con trở lên.

Mọi thông tin xin liên hệ: Chi cục Chăn nuôi và Thú y Nghệ An, số 95 Lê Hồng Phong, TP Vinh. Điện thoại: 0238.3842.517.
Tổng số lượt truy cập: 1.204.386
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [
    (P("Năm 2022", "2022-01-01", "2022-12-31"), "năm 2022", None),
    (P("Năm 2023", "2023-01-01", "2023-12-31"), "năm 2023", None),
    (P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "kế hoạch 2025", "target"),
]
ROWS = [
    ("Thanh Chương", "Thanh Chương", ["8.950", "9.420", "11.000"]),
    ("Quỳnh Lưu", "Quỳnh Lưu", ["5.980", "6.420", "7.500"]),
    ("Yên Thành", "Yên Thành", ["3.150", "3.380", "4.000"]),
    ("Anh Sơn", "Anh Sơn", ["1.870", "2.040", "2.500"]),
    ("Toàn tỉnh", "Nghệ An", ["22.100", "23.600", "28.000"]),
]

FIGS = [
    F("lớn thứ hai", "hai", 2, "rank", "hạng", "đàn hươu cả nước"),
    F("đạt 23.600 con", "23.600", 23600, "count", "con", "tổng đàn hươu toàn tỉnh", Y23,
      change=CH("increase", 6.8, baseline="năm 2022")),
    F("ước đạt 4,9 tấn", "4,9", 4.9, "measure", "tấn", "sản lượng nhung", Y23, status="estimate"),
    F("Bốn huyện", "Bốn", 4, "count", "huyện", "huyện có đàn hươu tập trung", I(Y23)),
    F("có 21.260 con", "21.260", 21260, "count", "con",
      "đàn hươu bốn huyện Thanh Chương, Quỳnh Lưu, Yên Thành và Anh Sơn", I(Y23), percent=90.1),
    F("ước đạt 215 tỷ", "215", 215000000000, "money", "đồng", "giá trị sản xuất từ nuôi hươu",
      P("năm 2023", "2023-01-01", "2023-12-31"), status="estimate"),
    F("bình quân 9,1 triệu", "9,1", 9100000, "money", "đồng/con", "giá trị sản xuất bình quân mỗi con hươu",
      P("năm 2023", "2023-01-01", "2023-12-31"), status="estimate"),
    F("có 7.350 hộ", "7.350", 7350, "count", "hộ", "hộ nuôi hươu"),
    F("và 6 trang trại", "6", 6, "count", "trang trại", "trang trại nuôi hươu quy mô lớn"),
]
for label, loc, cells in ROWS:
    prev = label
    for (period, colname, status), cell in zip(COLS, cells):
        kw = {"status": status} if status else {}
        if loc != "Nghệ An":
            kw["location"] = loc
        FIGS.append(F(f"{prev}\n{cell}", cell, float(cell.replace(".", "")), "count", "con",
                      f"tổng đàn hươu {colname}", period, **kw))
        prev = cell
FIGS += [
    F("hỗ trợ 50%", "50", 50, "percent", "%", "mức hỗ trợ chi phí tiêm phòng"),
    F("tối đa 3 triệu", "3", 3000000, "money", "đồng/hộ/năm", "mức hỗ trợ chi phí tiêm phòng tối đa", approx="at_most"),
    F("từ 30 con trở lên", "30", 30, "count", "con", "quy mô trang trại được hỗ trợ lãi suất", approx="at_least",
      optional=True),
]

COMMENTS = [
    "Department site (Chi cục Chăn nuôi và Thú y Nghệ An), no dateline, visit counter in the footer: herd 2023, one-cell-per-line table",
    "by district (Năm 2022 | Năm 2023 | Kế hoạch 2025) with 'Đơn vị tính: con', and the support policy.",
    "Table: every cell is a figure; subject = indicator + column; district rows go to location, 'Toàn tỉnh' is Nghệ An; periods from the",
    "column headers (scored, as in shared h23); 'Kế hoạch 2025' cells are targets. 'lớn thứ hai cả nước' is a rank (Nghệ An).",
    "'Bốn huyện' is a count (word number). '21.260 con, chiếm 90,1%': percent of 21.260 (no total: 'chiếm ... tổng đàn' is a share).",
    "Distractors: Nghị quyết số 16/2023/NQ-HĐND, 'số 95 Lê Hồng Phong', phone 0238.3842.517, 'Tổng số lượt truy cập: 1.204.386'.",
    "'từ 30 con trở lên' is a threshold: optional. 'ước đạt 215 tỷ đồng, bình quân 9,1 triệu đồng/con': 'ước' continues to the rate.",
]

if __name__ == "__main__":
    emit("p751-7", TEXT, COMMENTS, FIGS, location="Nghệ An")
