"""p578-7: department site (Sở Y tế Bình Định), no dateline — stroke network, one-cell-per-line table of stroke beds."""
from lib import F, P, I, CH, emit

TEXT = """SỞ Y TẾ TỈNH BÌNH ĐỊNH
Trang chủ » Hoạt động chuyên môn » Khám, chữa bệnh

Phát triển mạng lưới điều trị đột quỵ trên địa bàn tỉnh

Năm 2023, Bệnh viện Đa khoa tỉnh Bình Định tiếp nhận 1.468 ca đột quỵ não, trong đó 214 ca được can thiệp lấy huyết khối cơ học, gấp 2,5 lần năm 2021. Tỷ lệ tử vong của người bệnh đột quỵ tại bệnh viện giảm từ 12,5% năm 2021 xuống còn 7,8% năm 2023. Tuy vậy, chỉ khoảng 28% người bệnh đến viện trong "giờ vàng"; thời gian trung bình từ khi khởi phát đến khi nhập viện vẫn là 5,2 giờ, nhất là với người bệnh ở các huyện miền núi dọc Quốc lộ 19.

Để giảm tải cho tuyến tỉnh, Sở Y tế đã triển khai đơn vị điều trị đột quỵ tại các bệnh viện, trung tâm y tế tuyến huyện. Năm 2023, số giường điều trị đột quỵ toàn tỉnh bình quân đạt 0,97 giường/vạn dân.

Bảng: Số giường điều trị đột quỵ tại một số địa phương
Đơn vị tính: giường
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2025
TP. Quy Nhơn
62
78
100
Thị xã An Nhơn
12
20
30
Thị xã Hoài Nhơn
10
16
35
Huyện Tây Sơn
0
8
20
Toàn tỉnh
104
146
210

Theo kế hoạch của Sở Y tế, đến năm 2025 toàn tỉnh có ít nhất 6 đơn vị đột quỵ đạt chuẩn, thời gian cửa - kim tại tất cả các đơn vị dưới 60 phút.

Sở Y tế tỉnh Bình Định
Địa chỉ: 756 Trần Hưng Đạo, TP. Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3822.904 - Fax: 0256.3822.580
Tổng số lượt truy cập: 2.615.407
"""

COMMENTS = [
    "Department site (Sở Y tế Bình Định), no dateline: stroke cases, thrombectomy, mortality, stroke beds; one-cell-per-line table with",
    "'Đơn vị tính: giường' and columns Năm 2022 | Năm 2023 | Kế hoạch 2025. Every numeric cell is a figure (the 0 included); row labels are",
    "places -> location (Toàn tỉnh -> Bình Định); subject = indicator + column; period from the column header (scored, as in shared h23/h24);",
    "the Kế hoạch 2025 column is status target. Rows do not add up to 'Toàn tỉnh' ('một số địa phương'): no totals.",
    "Distractors: 'Quốc lộ 19', '756 Trần Hưng Đạo', phone/fax, 'Tổng số lượt truy cập: 2.615.407', breadcrumb.",
    "'gấp 2,5 lần năm 2021' after 214 ca is its change (lần). 'giảm từ 12,5% năm 2021 xuống còn 7,8% năm 2023': two levels, each with its",
    "own year; the change amount is not stated, so neither carries a change. 'giường/vạn dân' is a rate (its denominator is not a figure).",
]

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
COLS = [("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [
    ("Quy Nhơn", ["Quy Nhơn\n62", "62\n78", "78\n100"], ["62", "78", "100"]),
    ("An Nhơn", ["An Nhơn\n12", "12\n20", "20\n30"], ["12", "20", "30"]),
    ("Hoài Nhơn", ["Hoài Nhơn\n10", "10\n16", "16\n35"], ["10", "16", "35"]),
    ("Tây Sơn", ["Tây Sơn\n0", "\n8\n", "8\n20"], ["0", "8", "20"]),
    ("Bình Định", ["Toàn tỉnh\n104", "104\n146", "146\n210"], ["104", "146", "210"]),
]

FIGS = [
    F("tiếp nhận 1.468 ca", "1.468", 1468, "count", "ca", "ca đột quỵ não", Y23),
    F("trong đó 214 ca", "214", 214, "count", "ca", "ca được can thiệp lấy huyết khối cơ học", Y23,
      total=1468, change=CH("increase", 2.5, "lần", "năm 2021")),
    F("từ 12,5%", "12,5", 12.5, "percent", "%", "Tỷ lệ tử vong của người bệnh đột quỵ tại bệnh viện",
      P("năm 2021", "2021-01-01", "2021-12-31")),
    F("còn 7,8%", "7,8", 7.8, "percent", "%", "Tỷ lệ tử vong của người bệnh đột quỵ tại bệnh viện",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 28% người bệnh", "28", 28, "percent", "%", "người bệnh đến viện trong giờ vàng", I(Y23), approx="about"),
    F("là 5,2 giờ", "5,2", 5.2, "measure", "giờ", "thời gian trung bình từ khi khởi phát đến khi nhập viện", I(Y23)),
    F("đạt 0,97 giường/vạn dân", "0,97", 0.97, "measure", "giường/vạn dân",
      "số giường điều trị đột quỵ bình quân", Y23),
]
for loc, anchors, nums in ROWS:
    for (col, per, st), a, n in zip(COLS, anchors, nums):
        kw = {"status": st} if st else {}
        FIGS.append(F(a, n, float(n), "count", "giường", f"Số giường điều trị đột quỵ {col}", per,
                      location=loc, **kw))
FIGS += [
    F("ít nhất 6 đơn vị", "6", 6, "count", "đơn vị", "đơn vị đột quỵ đạt chuẩn", T25,
      approx="at_least", status="target"),
    F("dưới 60 phút", "60", 60, "measure", "phút", "thời gian cửa - kim tại tất cả các đơn vị", T25,
      approx="under", status="target"),
]

if __name__ == "__main__":
    emit("p578-7", TEXT, COMMENTS, FIGS, location="Bình Định")
