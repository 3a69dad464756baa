from lib import F, P, C, emit

TEXT = """SỞ GIAO THÔNG VẬN TẢI TP. HỒ CHÍ MINH
Trang chủ / Tin tức / Hoạt động chuyên ngành

Kết quả kiểm định xe cơ giới trên địa bàn Thành phố năm 2023 và 9 tháng năm 2024
Ngày cập nhật 21/10/2024 08:05

Trên địa bàn TP Hồ Chí Minh hiện có 39 trung tâm đăng kiểm xe cơ giới đang hoạt động với 84 dây chuyền kiểm định. Số lượt phương tiện được kiểm định theo loại xe như sau:

Đơn vị tính: nghìn lượt
Loại phương tiện
Năm 2023
9 tháng năm 2024
Ô tô con
812,4
645,7
Xe khách
146,3
108,9
Xe tải, đầu kéo
598,1
471,6
Tổng cộng
1.556,8
1.226,2
Tỷ lệ không đạt lần đầu (%)
8,9
8,2

Tổng số lượt kiểm định 9 tháng năm 2024 tăng 6,4% so với cùng kỳ. Thời gian chờ kiểm định bình quân hiện nay khoảng 30-40 phút/xe; tại các trung tâm ở huyện Bình Chánh, giờ cao điểm có lúc kéo dài 1,5 giờ. Đến nay, 100% trung tâm đã triển khai thu phí kiểm định không dùng tiền mặt.

Về thu phí không dừng, Sở đã phối hợp với đơn vị cung cấp dịch vụ thí điểm thanh toán tự động tại 5 điểm đỗ xe trên địa bàn quận 1, ghi nhận 1.430 lượt giao dịch trong tháng 9/2024. Dự kiến đến hết năm 2025, Thành phố nhân rộng mô hình ra khoảng 40 điểm đỗ xe tại các quận trung tâm.

Thông tin chi tiết liên hệ Phòng Quản lý vận tải, số 63 Lý Tự Trọng, phường Bến Nghé, quận 1; điện thoại (028) 3829.0451.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

ROWS = [
    ("Ô tô con", ("812,4", 812400), ("645,7", 645700)),
    ("Xe khách", ("146,3", 146300), ("108,9", 108900)),
    ("Xe tải, đầu kéo", ("598,1", 598100), ("471,6", 471600)),
    ("Tổng cộng", ("1.556,8", 1556800), ("1.226,2", 1226200)),
]

FIGS = [
    F("có 39 trung tâm", "39", 39, "count", "trung tâm đăng kiểm", "trung tâm đăng kiểm xe cơ giới đang hoạt động"),
    F("với 84 dây chuyền", "84", 84, "count", "dây chuyền", "dây chuyền kiểm định"),
]
for row, a, b in ROWS:
    FIGS += [
        F(f"{row}\n{a[0]}\n", a[0], a[1], "count", "lượt", f"lượt phương tiện được kiểm định {row} năm 2023", Y23),
        F(f"{a[0]}\n{b[0]}\n", b[0], b[1], "count", "lượt", f"lượt phương tiện được kiểm định {row} 9 tháng năm 2024", N9),
    ]
FIGS += [
    F("(%)\n8,9\n", "8,9", 8.9, "percent", "%", "Tỷ lệ không đạt lần đầu năm 2023", Y23),
    F("8,9\n8,2\n", "8,2", 8.2, "percent", "%", "Tỷ lệ không đạt lần đầu 9 tháng năm 2024", N9),
    F("tăng 6,4%", "6,4", 6.4, "percent", "%", "tăng trưởng tổng số lượt kiểm định so với cùng kỳ", N9),
    F("khoảng 30-40 phút/xe", "30", 30, "measure", "phút/xe", "thời gian chờ kiểm định bình quân", approx="about",
      value_max=40),
    F("kéo dài 1,5 giờ", "1,5", 1.5, "measure", "giờ", "thời gian chờ kiểm định giờ cao điểm", location="Bình Chánh"),
    F("Đến nay, 100% trung tâm", "100", 100, "percent", "%",
      "trung tâm triển khai thu phí kiểm định không dùng tiền mặt", P("Đến nay", None, "2024-10-21")),
    F("tại 5 điểm đỗ xe", "5", 5, "count", "điểm đỗ xe", "điểm đỗ xe thí điểm thanh toán tự động", location="quận 1"),
    F("ghi nhận 1.430 lượt", "1.430", 1430, "count", "lượt giao dịch", "lượt giao dịch thanh toán tự động tại điểm đỗ xe",
      P("tháng 9/2024", "2024-09-01", "2024-09-30"), location="quận 1"),
    F("khoảng 40 điểm đỗ xe", "40", 40, "count", "điểm đỗ xe", "điểm đỗ xe áp dụng thanh toán không dừng",
      P("đến hết năm 2025", None, "2025-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Department site (Sở GTVT TP. Hồ Chí Minh), 'Ngày cập nhật 21/10/2024 08:05'. Table written one cell per line (as h23/h24):",
    "columns 'Năm 2023' / '9 tháng năm 2024', rows by vehicle type; 'Đơn vị tính: nghìn lượt' makes 812,4 = 812.400 and 1.556,8 = 1.556.800;",
    "the last row's '(%)' overrides the unit. Period from the column header (scored, as in shared h23); no totals on cells.",
    "'hiện có 39 …' and 'hiện nay khoảng 30-40 phút/xe' give no period (omitted). 'Đến nay' ends at the dateline (2024-10-21).",
    "'quận 1' is a district name (location of the pilot figures), not a figure. 'Dự kiến đến hết năm 2025 … khoảng 40' = forecast.",
    "Distractors: 'quận 1' (twice), 'số 63 Lý Tự Trọng', '(028) 3829.0451', the title's '2023'/'9 tháng năm 2024'.",
]

emit("p366-6", TEXT, COMMENTS, FIGS, published="2024-10-21", location="TP Hồ Chí Minh")
