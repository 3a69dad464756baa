from lib import F, P, CH, inh, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN THÀNH PHỐ HỒ CHÍ MINH
CHI CỤC CHĂN NUÔI VÀ THÚ Y
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Thủ tục hành chính

Tình hình chăn nuôi bò sữa trên địa bàn thành phố năm 2023

Năm 2023, tổng đàn bò sữa trên địa bàn TP. Hồ Chí Minh đạt 72.850 con, giảm 2,7% so với năm 2022 do quá trình đô thị hóa; sản lượng sữa đạt 268.400 tấn, tăng 1,8%. Đàn bò đang cho sữa có 41.260 con, chiếm 56,6% tổng đàn. Số lượng bò sữa phân theo địa bàn như sau:

Đơn vị tính: con
Địa bàn
Năm 2022
Năm 2023
Kế hoạch 2024
Huyện Củ Chi
62.140
60.510
61.000
Huyện Hóc Môn
7.380
7.020
7.100
Huyện Bình Chánh
3.860
3.540
3.500
Quận, huyện khác
1.490
1.780
1.800
Toàn thành phố
74.870
72.850
73.400

Năng suất sữa bình quân đạt 6,2 tấn/con/năm, cao nhất cả nước. Giá thu mua sữa bình quân năm 2023 là 14.050 đồng/kg. Thành phố có 28 trang trại bò sữa đạt tiêu chí kinh tế trang trại, tăng 3 trang trại so với năm 2022. Toàn thành phố có 3.215 hộ chăn nuôi bò sữa, trong đó 1.108 hộ nuôi từ 20 con trở lên. Năm 2024, thành phố tiếp tục hỗ trợ lãi vay cho các hộ chuyển đổi sang chăn nuôi bò sữa công nghệ cao, mức hỗ trợ tối đa 60% lãi suất.

Địa chỉ: 151 Lý Thường Kiệt, Phường 6, Quận Tân Bình, TP. Hồ Chí Minh
Điện thoại: (028) 3853.6012
Tổng số lượt truy cập: 2.418.336
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23s = P("năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt 72.850 con", "72.850", 72850, "count", "con", "tổng đàn bò sữa", Y23,
      change=CH("decrease", 2.7, "%", "năm 2022")),
    F("đạt 268.400 tấn", "268.400", 268400, "measure", "tấn", "sản lượng sữa", Y23, change=CH("increase", 1.8, "%")),
]

ROWS = [
    ("Huyện Củ Chi", "Củ Chi", ["62.140", "60.510", "61.000"], None),
    ("Huyện Hóc Môn", "Hóc Môn", ["7.380", "7.020", "7.100"], None),
    ("Huyện Bình Chánh", "Bình Chánh", ["3.860", "3.540", "3.500"], None),
    ("Quận, huyện khác", "Hồ Chí Minh", ["1.490", "1.780", "1.800"], "quận, huyện khác"),
    ("Toàn thành phố", "Hồ Chí Minh", ["74.870", "72.850", "73.400"], "toàn thành phố"),
]
COLS = [("năm 2022", Y22, "actual"), ("năm 2023", Y23, "actual"), ("kế hoạch 2024", K24, "target")]
for label, loc, cells, extra in ROWS:
    prev = label
    for (cname, per, st), num in zip(COLS, cells):
        subj = "số lượng bò sữa " + (extra + " " if extra else "") + cname
        kw = {"status": st} if st != "actual" else {}
        FIGS.append(F(f"{prev}\n{num}", num, float(num.replace(".", "")), "count", "con", subj, per,
                      location=loc, **kw))
        prev = num

FIGS += [
    F("có 41.260 con", "41.260", 41260, "count", "con", "bò đang cho sữa", inh(Y23), percent=56.6),
    F("có 28 trang trại", "28", 28, "count", "trang trại", "trang trại bò sữa đạt tiêu chí kinh tế trang trại",
      change=CH("increase", 3, "trang trại", "năm 2022")),
    F("đạt 6,2 tấn/con/năm", "6,2", 6.2, "measure", "tấn/con/năm", "năng suất sữa bình quân", inh(Y23)),
    F("là 14.050 đồng/kg", "14.050", 14050, "money", "đồng/kg", "giá thu mua sữa bình quân", Y23s),
    F("có 3.215 hộ", "3.215", 3215, "count", "hộ", "hộ chăn nuôi bò sữa"),
    F("trong đó 1.108 hộ", "1.108", 1108, "count", "hộ", "hộ nuôi từ 20 con trở lên", total=3215),
    F("từ 20 con trở lên", "20", 20, "count", "con", "quy mô nuôi của hộ", approx="at_least", optional=True),
    F("tối đa 60% lãi suất", "60", 60, "percent", "%", "mức hỗ trợ lãi suất", Y24, approx="at_most"),
]

COMMENTS = [
    "Department site (Sở NN&PTNT TP.HCM - Chi cục Chăn nuôi và Thú y), no dateline: dairy herd by district 2022/2023/plan 2024.",
    "One-cell-per-line table with 'Đơn vị tính: con'; periods from column headers (scored, as in shared h23); 'Kế hoạch 2024' -> target.",
    "District row labels go to location; 'Quận, huyện khác' and 'Toàn thành phố' stay Hồ Chí Minh. Table rows carry no total (no cue).",
    "'cao nhất cả nước' has no number. Distractors: '151 Lý Thường Kiệt, Phường 6', '(028) 3853.6012', 'Tổng số lượt truy cập: 2.418.336'.",
    "'từ 20 con trở lên' is a threshold (optional). 'tối đa 60%' -> at_most.",
]

emit("p625-7", TEXT, COMMENTS, FIGS, published=None, location="Hồ Chí Minh")
