"""p929-7: department site (Sở LĐ-TB&XH An Giang), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, write

ROWS = [
    ("TP Long Xuyên", "Long Xuyên", "820", "965"),
    ("TP Châu Đốc", "Châu Đốc", "540", "610"),
    ("Huyện An Phú", "An Phú", "1.120", "1.340"),
    ("Huyện Chợ Mới", "Chợ Mới", "1.460", "1.705"),
    ("Các địa phương khác", "An Giang", "2.980", "3.290"),
    ("Tổng số", "An Giang", "6.920", "7.910"),
]
TABLE = "\n".join(f"{r[0]}\n{r[2]}\n{r[3]}" for r in ROWS)

TEXT = f"""SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH AN GIANG
Trang chủ / Bảo vệ, chăm sóc trẻ em / Tin hoạt động

Kết quả dạy bơi, phòng chống đuối nước trẻ em hè năm 2023

Thực hiện Chương trình phòng, chống tai nạn, thương tích trẻ em giai đoạn 2021-2030, hè năm 2023, Sở Lao động - Thương binh và Xã hội phối hợp Tỉnh đoàn, Sở Giáo dục và Đào tạo tổ chức 286 lớp dạy bơi tại 11 huyện, thị xã, thành phố, tăng 34 lớp so với hè năm 2022. Tổng số trẻ được dạy bơi là 8.540 em, đạt 106,8% kế hoạch.

Số trẻ biết bơi sau khóa học phân theo địa phương:
Đơn vị tính: em
Địa phương
Năm 2022
Năm 2023
{TABLE}

Tỷ lệ trẻ biết bơi sau khóa học năm 2023 đạt 92,6%, cao hơn 2,4 điểm phần trăm so với năm 2022. Kinh phí thực hiện là 1,28 tỷ đồng, bình quân khoảng 150.000 đồng/trẻ. Trong 9 tháng đầu năm 2023, toàn tỉnh xảy ra 17 vụ đuối nước làm 19 trẻ em tử vong, giảm 5 trẻ so với cùng kỳ. Mục tiêu đến năm 2025, tỷ lệ trẻ em từ 6 tuổi trở lên biết bơi an toàn đạt 40%.

Sở Lao động - Thương binh và Xã hội tỉnh An Giang
Địa chỉ: Số 28 Tôn Đức Thắng, phường Mỹ Bình, TP Long Xuyên, tỉnh An Giang
Điện thoại: 0296.3852.214 - Fax: 0296.3857.201
Lượt truy cập: 1.482.906
"""

HE23 = P("hè năm 2023", "2023-06-01", "2023-08-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23T = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")

FIGS = [
    F("tổ chức 286 lớp", "286", 286, "count", "lớp dạy bơi",
      change=C("increase", 34, "lớp", "hè năm 2022"), subject="lớp dạy bơi", period=HE23),
    F("tại 11 huyện", "11", 11, "count", "huyện, thị xã, thành phố",
      subject="huyện, thị xã, thành phố tổ chức lớp dạy bơi", period=HE23),
    F("là 8.540 em", "8.540", 8540, "count", "em", percent=106.8, subject="tổng số trẻ được dạy bơi",
      period=I(HE23)),
]
num = lambda s: float(s.replace(".", ""))
prev = "Năm 2023"
for label, place, a, b in ROWS:
    tag = "tổng số " if label == "Tổng số" else ""
    FIGS += [
        F(f"{prev}\n{label}\n{a}\n", a, num(a), "count", "em", subject=f"{tag}trẻ biết bơi sau khóa học",
          period=Y22, location=place),
        F(f"{a}\n{b}\n", b, num(b), "count", "em", subject=f"{tag}trẻ biết bơi sau khóa học",
          period=Y23T, location=place),
    ]
    prev = b
FIGS += [
    F("đạt 92,6%", "92,6", 92.6, "percent", "%", change=C("increase", 2.4, "điểm phần trăm", "năm 2022"),
      subject="tỷ lệ trẻ biết bơi sau khóa học", period=Y23),
    F("là 1,28 tỷ đồng", "1,28", 1280000000, "money", "đồng", subject="kinh phí thực hiện dạy bơi",
      period=I(Y23)),
    F("khoảng 150.000 đồng/trẻ", "150.000", 150000, "money", "đồng/trẻ", approx="about",
      subject="kinh phí bình quân mỗi trẻ học bơi", period=I(Y23)),
    F("xảy ra 17 vụ", "17", 17, "count", "vụ", subject="vụ đuối nước", period=M9),
    F("làm 19 trẻ em", "19", 19, "count", "trẻ em", change=C("decrease", 5, "trẻ", "cùng kỳ"),
      subject="trẻ em tử vong do đuối nước", period=M9),
    F("từ 6 tuổi trở lên", "6", 6, "measure", "tuổi", approx="at_least", status="target", optional=True),
    F("đạt 40%", "40", 40, "percent", "%", status="target",
      subject="tỷ lệ trẻ em từ 6 tuổi trở lên biết bơi an toàn",
      period=P("đến năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Department site of Sở LĐ-TB&XH An Giang, no dateline (published absent); footer address, phone, fax, visit counter.",
    "Table pasted one cell per line: header cells 'Địa phương', 'Năm 2022', 'Năm 2023', then per row label, 2022, 2023.",
    "Unit 'em' from 'Đơn vị tính'; the subject is the table title (row = place -> location, column = year -> period, scored).",
    "'Các địa phương khác' and 'Tổng số' rows: location An Giang; table cells get no totals.",
    "'hè năm 2023' (summer, 2023-06-01..2023-08-31; spec silent on seasons) is the period of 286 lớp and 11 huyện, not 'giai đoạn 2021-2030'",
    "(the programme's span). '92,6%, cao hơn 2,4 điểm phần trăm' -> change in điểm phần trăm. '9 tháng đầu năm 2023' -> 2023-01-01..2023-09-30.",
    "Distractors: 'giai đoạn 2021-2030', 'Số 28 Tôn Đức Thắng', '0296.3852.214', '0296.3857.201', 'Lượt truy cập: 1.482.906'.",
]

write(7, TEXT, FIGS, COMMENTS, location="An Giang")
