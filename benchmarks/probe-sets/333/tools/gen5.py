from lib import *

rows = [("Thành phố Tuyên Quang", "Tuyên Quang", "185", "9", "78,4"),
        ("Huyện Lâm Bình", "Lâm Bình", "75", "2", "65,3"),
        ("Huyện Na Hang", "Na Hang", "95", "3", "68,9"),
        ("Huyện Chiêm Hóa", "Chiêm Hóa", "210", "6", "70,5"),
        ("Huyện Hàm Yên", "Hàm Yên", "200", "6", "72,0"),
        ("Huyện Yên Sơn", "Yên Sơn", "245", "8", "69,8"),
        ("Huyện Sơn Dương", "Sơn Dương", "370", "12", "74,1"),
        ("Toàn tỉnh", None, "1.380", "46", "71,6")]
table = "Địa phương\nChỉ tiêu giao quân\nCông dân đã giao\nĐảng viên\nTình nguyện (%)\n"
for label, _, q_, dv, tn in rows:
    table += f"{label}\n{q_}\n{q_}\n{dv}\n{tn}\n"

text = """Tuyên Quang giao 1.380 tân binh, đạt 100% chỉ tiêu
Ngày đăng: 28/02/2024

Ngày 27/2, các huyện, thành phố trong tỉnh Tuyên Quang đồng loạt tổ chức lễ giao nhận quân năm 2024. Toàn tỉnh đã giao 1.380 công dân nhập ngũ và thực hiện nghĩa vụ tham gia Công an nhân dân, bằng 100% chỉ tiêu Bộ Tư lệnh Quân khu 2 và Bộ Công an giao. Tân binh được bàn giao cho Trung đoàn 246, Sư đoàn 316 và Bộ Chỉ huy Quân sự tỉnh.

Tân binh năm nay có 46 đảng viên, 172 người có trình độ cao đẳng, đại học; tỷ lệ công dân tình nguyện nhập ngũ đạt 71,6%, tăng 4,2% so với năm 2023.

Kết quả giao quân theo địa bàn (đơn vị tính: người):
""" + table + """
Sơn Dương là địa phương có số lượng giao quân lớn nhất, chiếm 26,8% chỉ tiêu toàn tỉnh. Dịp này, Ủy ban MTTQ các cấp và các doanh nghiệp trên địa bàn đã trao tặng tân binh 1.380 suất quà, trị giá gần 2,1 tỷ đồng.

Ban Biên tập Cổng Thông tin điện tử tỉnh - Số 160 đường Trần Hưng Đạo, phường Tân Quang.
"""

Yi = Y("năm 2024", 2024, True)
num = lambda s: float(s.replace(".", "").replace(",", "."))
figs = [
    F("giao 1.380 tân binh", "1.380", 1380, "count", "tân binh", "tân binh giao quân", percent=100, period=Yi),
    F("đã giao 1.380 công dân", "1.380", 1380, "count", "công dân",
      "công dân nhập ngũ và thực hiện nghĩa vụ tham gia Công an nhân dân", percent=100, period=Yi),
    F("có 46 đảng viên", "46", 46, "count", "đảng viên", "tân binh là đảng viên", period=Y("năm nay", 2024)),
    F("172 người", "172", 172, "count", "người", "tân binh có trình độ cao đẳng, đại học", period=Y("năm nay", 2024)),
    F("đạt 71,6%", "71,6", 71.6, "percent", "%", "tỷ lệ công dân tình nguyện nhập ngũ",
      change=CH("increase", 4.2, "%", "năm 2023"), period=Y("năm nay", 2024)),
]
for label, loc, q_, dv, tn in rows:
    extra = {"location": loc} if loc else {}
    pre = "" if loc else " toàn tỉnh"
    figs.append(F(f"{label}\n{q_}", q_, num(q_), "count", "người", "Chỉ tiêu giao quân" + pre,
                  status="target", period=Yi, **extra))
    # the delivered cell equals the quota: anchor it from the second occurrence on
    figs.append(F(f"{q_}\n{dv}\n{tn}", q_, num(q_), "count", "người", "Công dân đã giao" + pre, period=Yi, **extra))
    figs.append(F(f"\n{dv}\n{tn}", dv, num(dv), "count", "người", "Đảng viên" + pre, period=Yi, **extra))
    figs.append(F(f"{dv}\n{tn}\n", tn, num(tn), "percent", "%", "Tình nguyện" + pre, period=Yi, **extra))
figs += [
    F("chiếm 26,8%", "26,8", 26.8, "percent", "%", "số lượng giao quân chiếm chỉ tiêu toàn tỉnh",
      period=Yi, location="Sơn Dương"),
    F("1.380 suất quà", "1.380", 1380, "count", "suất quà", "suất quà trao tặng tân binh", period=Yi),
    F("gần 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "trị giá quà tặng tân binh", approx="nearly", period=Yi),
]

comments = [
    "Cổng TTĐT tỉnh Tuyên Quang (province portal): lễ giao nhận quân năm 2024. Dateline 'Ngày đăng: 28/02/2024' (no time).",
    "Table written one cell per line: header Địa phương | Chỉ tiêu giao quân | Công dân đã giao | Đảng viên | Tình nguyện (%), unit from",
    "'(đơn vị tính: người)', '(%)' for the last column. Row labels are districts -> location; the 'Toàn tỉnh' row keeps the province.",
    "'Chỉ tiêu giao quân' column -> status target. Period of the cells: 'năm 2024' from the text above (inherited).",
    "Distractors: 'Ngày 27/2', 'Quân khu 2', 'Trung đoàn 246', 'Sư đoàn 316', address 'Số 160 đường Trần Hưng Đạo'.",
    "Title '1.380 tân binh, đạt 100% chỉ tiêu': percent attribute. 'năm nay' = 2024. 'chiếm 26,8%' with no count before it is a percent figure of its own.",
]
build(5, text, comments, figs, published="2024-02-28", location="Tuyên Quang")
