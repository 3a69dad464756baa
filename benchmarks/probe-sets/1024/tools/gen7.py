from lib import F, P, I, C, T, emit

TEXT = """SỞ Y TẾ THÀNH PHỐ CẦN THƠ
Trang chủ > Tin hoạt động > Công tác xã hội

Bếp ăn từ thiện tại bệnh viện: hơn 1 triệu suất ăn trong năm 2024

Năm 2024, 11 bếp ăn từ thiện tại các bệnh viện trên địa bàn thành phố Cần Thơ đã phục vụ hơn 1,04 triệu suất ăn miễn phí, tăng 7,9% so với năm 2023. Trong đó có 126.000 suất dành cho người bệnh chạy thận nhân tạo. Bình quân mỗi ngày các bếp phát khoảng 2.850 suất; đơn giá từ 15.000 đến 22.000 đồng/suất tùy bếp. Ngoài suất ăn, các bếp còn trao 9.400 phần quà cho người bệnh nghèo dịp Tết Nguyên đán, tổng trị giá gần 2,8 tỷ đồng.

Các bếp được duy trì nhờ 196 nhà tài trợ thường xuyên, trong đó có 37 doanh nghiệp. Số liệu của ba bếp lớn nhất năm 2024 như sau:

Bệnh viện
Số suất ăn (suất)
Kinh phí (triệu đồng)
Tình nguyện viên (người)
Đa khoa Trung ương Cần Thơ
312.400
5.620
86
Ung bướu thành phố
205.800
3.910
54
Nhi đồng thành phố
148.300
2.670
41
Cộng
666.500
12.200
181

Năm 2025, Sở Y tế phấn đấu 100% bệnh viện công lập trên địa bàn có điểm phát suất ăn miễn phí; dự kiến tổng số suất ăn tăng thêm khoảng 10%.

SỞ Y TẾ THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 71 Lý Tự Trọng, phường An Phú, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3820.375 | Email: syt@cantho.gov.vn
Tổng lượt truy cập: 3.482.117 | Đang trực tuyến: 58
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TAB = I(P("năm 2024", "2024-01-01", "2024-12-31"))
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 1 triệu suất ăn", "1", 1e6, "count", "suất ăn", approx="over",
      subject="suất ăn bếp ăn từ thiện tại bệnh viện", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("11 bếp ăn từ thiện", "11", 11, "count", "bếp ăn từ thiện",
      subject="bếp ăn từ thiện tại các bệnh viện", period=Y24),
    F("hơn 1,04 triệu suất ăn", "1,04", 1.04e6, "count", "suất ăn", approx="over",
      change=C("increase", 7.9, "%", "năm 2023"),
      subject="suất ăn miễn phí các bếp phục vụ", period=Y24),
    F("có 126.000 suất", "126.000", 126000, "count", "suất", total=1.04e6,
      subject="suất dành cho người bệnh chạy thận nhân tạo", period=I(Y24)),
    F("khoảng 2.850 suất", "2.850", 2850, "count", "suất", approx="about",
      subject="suất các bếp phát bình quân mỗi ngày", period=I(Y24)),
    F("từ 15.000 đến 22.000 đồng/suất", "15.000", 15000, "money", "đồng/suất", value_max=22000,
      subject="đơn giá suất ăn", period=I(Y24)),
    F("9.400 phần quà", "9.400", 9400, "count", "phần quà",
      subject="phần quà trao cho người bệnh nghèo dịp Tết Nguyên đán", period=I(Y24)),
    F("gần 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", approx="nearly",
      subject="tổng trị giá phần quà Tết", period=I(Y24)),
    F("nhờ 196 nhà tài trợ", "196", 196, "count", "nhà tài trợ",
      subject="nhà tài trợ thường xuyên", period=I(Y24)),
    F("có 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp", total=196,
      subject="doanh nghiệp tài trợ thường xuyên", period=I(Y24)),
    F("của ba bếp", "ba", 3, "count", "bếp", subject="bếp lớn nhất", optional=True, period=P("năm 2024", "2024-01-01", "2024-12-31")),
]

ROWS = [("Đa khoa Trung ương Cần Thơ", ["312.400", "5.620", "86"], "Bệnh viện Đa khoa Trung ương Cần Thơ"),
        ("Ung bướu thành phố", ["205.800", "3.910", "54"], "Bệnh viện Ung bướu thành phố"),
        ("Nhi đồng thành phố", ["148.300", "2.670", "41"], "Bệnh viện Nhi đồng thành phố"),
        ("Cộng", ["666.500", "12.200", "181"], "Cộng")]
COLS = [("Số suất ăn", "count", "suất", 1), ("Kinh phí", "money", "đồng", 1e6), ("Tình nguyện viên", "count", "người", 1)]
for label, nums, name in ROWS:
    prev = label
    for (col, kind, unit, mult), num in zip(COLS, nums):
        anchor = f"{prev}\n{num}"
        value = float(num.replace(".", "")) * mult
        FIGS.append(F(anchor, num, value, kind, unit, subject=f"{col} {name}", period=TAB))
        prev = num

FIGS += [
    F("phấn đấu 100% bệnh viện", "100", 100, "percent", "%", status="target",
      subject="bệnh viện công lập có điểm phát suất ăn miễn phí", period=Y25),
    F("tăng thêm khoảng 10%", "10", 10, "percent", "%", approx="about", status="forecast",
      subject="tăng tổng số suất ăn", period=Y25),
]

emit("p1024-7", TEXT, FIGS, location="Cần Thơ", comments=[
    "Department site (Sở Y tế thành phố Cần Thơ), no dateline; footer with address, phone, visit counter. Table pasted one cell per line.",
    "Table: header units '(suất)', '(triệu đồng)' (x10^6), '(người)'; subject = column + row label (hospitals, not places); period 2024 from the",
    "line above the table (inherited). The 'Cộng' row is a figure of its own; cells get no total.",
    "Not figures: 'Số 71 Lý Tự Trọng', phone '0292.3820.375', 'Tổng lượt truy cập: 3.482.117', 'Đang trực tuyến: 58'. 'ba bếp lớn nhất' optional.",
    "'Trong đó có 126.000 suất' (next sentence) is a part of the 1,04 triệu suất ăn; '37 doanh nghiệp' is a part of the 196 nhà tài trợ.",
    "'dự kiến tổng số suất ăn tăng thêm khoảng 10%' is a growth rate as the claim: percent, forecast, no change object.",
])
