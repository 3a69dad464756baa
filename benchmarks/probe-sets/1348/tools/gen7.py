"""p1348-7: department site (Sở TN&MT Khánh Hòa), no dateline: household hazardous waste, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH KHÁNH HÒA
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Kết quả thu gom chất thải nguy hại từ hộ gia đình

Năm 2023, các địa phương trong tỉnh đã thu gom 58,6 tấn chất thải nguy hại phát sinh từ hộ gia đình, tăng 17,4% so với năm 2022; ước năm 2024 đạt khoảng 66 tấn. Thành phần chủ yếu là pin, ắc quy, thiết bị điện tử và bóng đèn huỳnh quang thải bỏ.

Khối lượng thu gom theo nhóm chất thải
Đơn vị tính: tấn
Nhóm chất thải
Năm 2022
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Pin, ắc quy thải
18,2
22,5
26,0
115,6
Thiết bị điện, điện tử thải
21,7
25,3
28,4
112,3
Bóng đèn huỳnh quang
10,0
10,8
11,6
107,4
Tổng số
49,9
58,6
66,0
112,6

Hiện 9/9 huyện, thị xã, thành phố đã tổ chức thu gom định kỳ với 204 điểm tiếp nhận, trong đó TP Nha Trang có 68 điểm. Trong năm 2023, Sở phối hợp với Tỉnh đoàn tổ chức 14 đợt ra quân "Ngày thứ Bảy tái chế" tại các trường học. Năm 2024, ngân sách tỉnh bố trí 1,35 tỷ đồng cho công tác thu gom, vận chuyển và xử lý, bình quân khoảng 19 triệu đồng/tấn.

Tin liên quan:
- Khánh Hòa phát động Tháng hành động vì môi trường năm 2024
- Hướng dẫn thực hiện Quyết định số 1325/QĐ-UBND

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH KHÁNH HÒA
Địa chỉ: 04 Phan Chu Trinh, phường Xương Huân, TP Nha Trang
Điện thoại: 0258.3822.149 | Lượt truy cập: 1.402.337 | Đang online: 24
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
Y23in = P("Trong năm 2023", "2023-01-01", "2023-12-31")
COLS = [("năm 2022", Y22, None, False), ("năm 2023", Y23, None, False),
        ("ước thực hiện 2024", E24, "estimate", False), ("so với cùng kỳ", None, None, True)]
ROWS = [("Pin, ắc quy thải", "pin, ắc quy thải", ["18,2", "22,5", "26,0", "115,6"]),
        ("Thiết bị điện, điện tử thải", "thiết bị điện, điện tử thải", ["21,7", "25,3", "28,4", "112,3"]),
        ("Bóng đèn huỳnh quang", "bóng đèn huỳnh quang", ["10,0", "10,8", "11,6", "107,4"]),
        ("Tổng số", "tổng số", ["49,9", "58,6", "66,0", "112,6"])]

CELLS = []
for label, row, nums in ROWS:
    prev = label
    for (col, per, st, pct), n in zip(COLS, nums):
        v = float(n.replace(",", "."))
        kw = {"status": st} if st else {}
        if pct:
            CELLS.append(F(f"{prev}\n{n}", n, v, "percent", "%",
                           subject=f"khối lượng thu gom {row} so với cùng kỳ", **kw))
        else:
            CELLS.append(F(f"{prev}\n{n}", n, v, "measure", "tấn",
                           subject=f"khối lượng thu gom {row} {col}", period=per, **kw))
        prev = n

FIGS = [
    F("gom 58,6 tấn", "58,6", 58.6, "measure", "tấn", change=C("increase", 17.4, "%", "năm 2022"),
      subject="chất thải nguy hại phát sinh từ hộ gia đình các địa phương thu gom", period=Y23),
    F("khoảng 66 tấn", "66", 66, "measure", "tấn", approx="about", status="estimate",
      subject="chất thải nguy hại phát sinh từ hộ gia đình thu gom", period=Y24),
] + CELLS + [
    F("Hiện 9/9", "9", 9, "count", "huyện, thị xã, thành phố", total=9,
      subject="huyện, thị xã, thành phố tổ chức thu gom định kỳ"),
    F("với 204 điểm", "204", 204, "count", "điểm", subject="điểm tiếp nhận"),
    F("có 68 điểm", "68", 68, "count", "điểm", total=204, subject="điểm tiếp nhận", location="Nha Trang"),
    F("tổ chức 14 đợt", "14", 14, "count", "đợt",
      subject="đợt ra quân Ngày thứ Bảy tái chế tại các trường học", period=Y23in),
    F("bố trí 1,35 tỷ", "1,35", 1.35e9, "money", "đồng",
      subject="ngân sách tỉnh bố trí cho công tác thu gom, vận chuyển và xử lý", period=Y24b),
    F("khoảng 19 triệu", "19", 19e6, "money", "đồng/tấn", approx="about",
      subject="chi phí thu gom, vận chuyển và xử lý bình quân", period=Y24b),
]

NOTES = [
    "Department site (Sở TN&MT Khánh Hòa), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "Distractors: Quyết định số 1325/QĐ-UBND, '04 Phan Chu Trinh', phone 0258.3822.149, counters 1.402.337 and 24, 'năm 2024' in a link,",
    "'Ngày thứ Bảy' (a weekday in a name), 'năm 2022' as a baseline.",
    "'ước năm 2024 đạt khoảng 66 tấn' → estimate, approx about, period năm 2024 (a separate clause after ';').",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; rows are waste groups; subject = caption + row + column; period from the year columns;",
    "'Ước thực hiện 2024' → estimate. 'So với cùng kỳ (%)' cells are percent figures (an index, value as written), no period",
    "(the header names no year) and status actual: the header has no cue of the spec (choice; they compare the 2024 estimate with 2023).",
    "'Hiện 9/9 …' → 9 of 9; '204 điểm …, trong đó TP Nha Trang có 68 điểm' → total 204, location Nha Trang. No dateline → published absent.",
    "'bình quân khoảng 19 triệu đồng/tấn' continues the 'Năm 2024' sentence: period 2024, a budget plan stated as fact (actual).",
]

if __name__ == "__main__":
    write("p1348-7", TEXT, NOTES, FIGS, location="Khánh Hòa")
