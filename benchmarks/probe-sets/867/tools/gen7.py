from lib import F, P, I, C, T, build

TEXT = """
SỞ CÔNG THƯƠNG TỈNH LẠNG SƠN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả cấp phép sản xuất, kinh doanh rượu năm 2023

Thực hiện Nghị định số 105/2017/NĐ-CP và Nghị định số 17/2020/NĐ-CP, năm 2023 Sở Công Thương phối hợp UBND các huyện, thành phố cấp 186 giấy phép sản xuất, kinh doanh rượu, tăng 24 giấy phép so với năm 2022. Riêng huyện Lộc Bình, nơi có vùng rượu Mẫu Sơn nổi tiếng, đã cấp 58 giấy phép sản xuất rượu thủ công, chiếm 44,6% số giấy phép loại này của toàn tỉnh.

Kết quả cấp phép qua các năm như sau:
Đơn vị tính: giấy phép

Loại giấy phép
Năm 2022
Năm 2023
Kế hoạch 2024
Sản xuất rượu thủ công nhằm mục đích kinh doanh
104
130
150
Bán lẻ rượu
52
49
55
Bán buôn, phân phối rượu
6
7
8
Tổng số
162
186
213

Qua kiểm tra, 45 mẫu rượu Mẫu Sơn lấy ngẫu nhiên đều có hàm lượng methanol dưới ngưỡng cho phép; 3 mẫu ghi sai độ cồn trên nhãn, các cơ sở bị xử phạt tổng cộng 21 triệu đồng. Tại huyện Lộc Bình, rượu Mẫu Sơn hiện có giá bình quân 60.000 đồng/lít; sản lượng năm 2023 khoảng 850.000 lít, tăng 5,2% so với năm trước.

SỞ CÔNG THƯƠNG TỈNH LẠNG SƠN
Địa chỉ: Số 1 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn
Điện thoại: 0205.3812.325 - Fax: 0205.3812.444
Tổng lượt truy cập: 1.203.558 | Đang trực tuyến: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
LB = "Lộc Bình"

FIGS = [
    F("cấp 186 giấy phép", "186", 186, "count", "giấy phép", "giấy phép sản xuất, kinh doanh rượu",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=C("increase", 24, "giấy phép", "năm 2022")),
    F("cấp 58 giấy phép", "58", 58, "count", "giấy phép", "giấy phép sản xuất rượu thủ công", I(Y23),
      percent=44.6, location=LB),
]
ROWS = [
    ("Sản xuất rượu thủ công nhằm mục đích kinh doanh", "giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
     "104", "130", "150", "\nBán lẻ"),
    ("Bán lẻ rượu", "giấy phép bán lẻ rượu", "52", "49", "55", "\nBán buôn"),
    ("Bán buôn, phân phối rượu", "giấy phép bán buôn, phân phối rượu", "6", "7", "8", "\nTổng số"),
    ("Tổng số", "tổng số giấy phép", "162", "186", "213", "\n\nQua"),
]
for label, subj, a, b, c, after in ROWS:
    FIGS += [
        F(f"{label}\n{a}\n", a, int(a), "count", "giấy phép", subj + " năm 2022", Y22),
        F(f"\n{a}\n{b}\n", b, int(b), "count", "giấy phép", subj + " năm 2023", Y23),
        F(f"\n{b}\n{c}{after}", c, int(c), "count", "giấy phép", subj + " kế hoạch 2024", K24, status="target"),
    ]
FIGS += [
    F("45 mẫu rượu", "45", 45, "count", "mẫu", "mẫu rượu Mẫu Sơn lấy ngẫu nhiên", I(Y23)),
    F("3 mẫu ghi sai", "3", 3, "count", "mẫu", "mẫu ghi sai độ cồn trên nhãn", I(Y23)),
    F("tổng cộng 21 triệu đồng", "21", 21e6, "money", "đồng", "xử phạt", I(Y23)),
    F("60.000 đồng/lít", "60.000", 60000, "money", "đồng/lít", "giá bình quân rượu Mẫu Sơn", location=LB),
    F("khoảng 850.000 lít", "850.000", 850000, "measure", "lít", "sản lượng rượu Mẫu Sơn",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about", change=C("increase", 5.2, "%", "năm trước"),
      location=LB),
]

NOTES = [
    "Sở Công Thương Lạng Sơn (department site): cấp phép rượu năm 2023. No dateline: no `published`. Footer address, phone, fax, visit counters are furniture.",
    "One-cell-per-line table (Đơn vị tính: giấy phép; columns Năm 2022 / Năm 2023 / Kế hoạch 2024): subject = row + column label,",
    "period from the column header, 'Kế hoạch 2024' → status target. The 'Tổng số' row is figures of their own; cells carry no totals.",
    "58 giấy phép of Lộc Bình: share 44,6% of the province's licences of this type (percent attribute); its year is inherited from the sentence before.",
    "The 45 and 3 samples have no part-of cue (';', 'đều'): no total. '3 mẫu' is not '3 mẫu … trong đó'.",
    "Distractors: Nghị định numbers, Số 1 đường Hoàng Văn Thụ, 0205.3812.325, 0205.3812.444, Tổng lượt truy cập 1.203.558, Đang trực tuyến: 37.",
]

build("p867-7", TEXT, FIGS, NOTES, location="Lạng Sơn")
