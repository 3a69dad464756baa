from lib import Doc, per

TEXT = """CÔNG AN TỈNH ĐỒNG NAI
Tin hoạt động
Đồng Nai: 462 phạm nhân được đặc xá trở về với gia đình
Ngày đăng: 05/09/2024 | Lượt xem: 1.204

Ngày 30/8/2024, Công an tỉnh phối hợp với Tòa án nhân dân, Viện kiểm sát nhân dân tỉnh tổ chức công bố quyết định đặc xá và trao giấy chứng nhận đặc xá cho phạm nhân tại các trại giam, trại tạm giam đóng trên địa bàn.

Kết quả xét duyệt hồ sơ đặc xá năm 2024 trên địa bàn tỉnh:
Đơn vị
Số hồ sơ đề nghị
Số người được đặc xá
Tỷ lệ (%)
Trại giam Xuân Lộc
412
389
94,42
Trại tạm giam số 1
37
35
94,59
Trại tạm giam số 2
22
20
90,91
Cơ quan THAHS Công an cấp huyện
19
18
94,74
Tổng cộng
490
462
94,29

Trong số 462 người được đặc xá, có 27 phạm nhân nữ, 9 người là đồng bào dân tộc thiểu số và 3 người nước ngoài; 174 người có nơi cư trú tại tỉnh Đồng Nai, số còn lại trở về 31 tỉnh, thành phố khác. Trước khi được đặc xá, các phạm nhân đã tự nguyện nộp hơn 8,6 tỷ đồng tiền bồi thường, án phí và hình phạt bổ sung.

Tại buổi lễ, Ủy ban MTTQ tỉnh trao 462 suất quà, mỗi suất trị giá 500.000 đồng; Sở Lao động - Thương binh và Xã hội giới thiệu 58 doanh nghiệp có nhu cầu tuyển khoảng 1.300 lao động phổ thông.

Tính đến ngày 4/9, 100% người được đặc xá đã được trả tự do và làm thủ tục trình báo tạm trú tại nơi về cư trú.

Phòng Tham mưu - Công an tỉnh Đồng Nai
"""

d = Doc("p381-6", TEXT, [
    "Công an tỉnh Đồng Nai (department site): amnesty of 2024 in the province. 'Ngày đăng: 05/09/2024 | Lượt xem: 1.204'. One-cell-per-line table.",
    "Distractors: view counter 1.204, 'Ngày 30/8/2024', 'Trại tạm giam số 1', 'Trại tạm giam số 2' (names), 'Tính đến ngày 4/9' (a date, the period of 100%).",
    "Table: every numeric cell is a figure; subject = column label + row label, as the labels read (prisons are units, not places: location Đồng Nai); 'Tỷ lệ (%)' column is percent;",
    "period 'năm 2024' from the line above the table (inherited). No totals for table cells.",
    "'Trong số 462 người được đặc xá, có 27 …, 9 … và 3 …; 174 …': explicit 'trong số N' gives total 462 to the four parts; the restated 462 itself is optional (as the restated head in shared h13).",
    "'31 tỉnh, thành phố' is a count of provinces: no total (another unit), location Việt Nam (FIGURES.md: a count of provinces is national).",
    "'hơn 8,6 tỷ đồng' over. 462 suất quà and 'mỗi suất trị giá 500.000 đồng'. 'khoảng 1.300 lao động' about. 'Tính đến ngày 4/9' takes 2024 from the earlier date: end 2024-09-04.",
    "revised: '31 tỉnh, thành phố' location Việt Nam (count of provinces); restated 'Trong số 462' optional; table subjects = literal labels.",
], published="2024-09-05", location="Đồng Nai")

P = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
C = ["số hồ sơ đề nghị", "số người được đặc xá", "tỷ lệ"]
rows = [
    ("Trại giam Xuân Lộc", [("412", 412, "Lộc\n412\n"), ("389", 389, "\n389\n"), ("94,42", 94.42, "94,42")]),
    ("Trại tạm giam số 1", [("37", 37, "\n37\n"), ("35", 35, "\n35\n"), ("94,59", 94.59, "94,59")]),
    ("Trại tạm giam số 2", [("22", 22, "\n22\n"), ("20", 20, "\n20\n"), ("90,91", 90.91, "90,91")]),
    ("Cơ quan THAHS Công an cấp huyện", [("19", 19, "\n19\n"), ("18", 18, "\n18\n"), ("94,74", 94.74, "94,74")]),
    ("Tổng cộng", [("490", 490, "\n490\n"), ("462", 462, "\n462\n"), ("94,29", 94.29, "94,29")]),
]
for label, cells in rows:
    for c, (num, val, anc) in zip(C, cells):
        if c.startswith("tỷ lệ"):
            d.f(anc, num, val, "percent", "%", f"{c} {label}", P)
        else:
            unit = "hồ sơ" if "hồ sơ" in c else "người"
            d.f(anc, num, val, "count", unit, f"{c} {label}", P)
Pi = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
d.f("Nai: 462 phạm nhân", "462", 462, "count", "phạm nhân", "phạm nhân được đặc xá", Pi)
d.f("Trong số 462 người", "462", 462, "count", "người", "người được đặc xá", Pi, optional=True)
d.f("có 27 phạm nhân", "27", 27, "count", "phạm nhân", "phạm nhân nữ được đặc xá", Pi, total=462)
d.f("9 người", "9", 9, "count", "người", "người dân tộc thiểu số được đặc xá", Pi, total=462)
d.f("3 người nước ngoài", "3", 3, "count", "người", "người nước ngoài được đặc xá", Pi, total=462)
d.f("174 người", "174", 174, "count", "người", "người được đặc xá có nơi cư trú tại tỉnh", Pi, total=462)
d.f("về 31 tỉnh", "31", 31, "count", "tỉnh, thành phố", "tỉnh, thành phố khác nơi người được đặc xá trở về", Pi, location="Việt Nam")
d.f("hơn 8,6 tỷ", "8,6", 8.6e9, "money", "đồng", "tiền bồi thường, án phí và hình phạt bổ sung phạm nhân tự nguyện nộp", Pi, approx="over")
d.f("trao 462 suất", "462", 462, "count", "suất quà", "suất quà Ủy ban MTTQ tỉnh trao", Pi)
d.f("trị giá 500.000", "500.000", 500000, "money", "đồng", "trị giá mỗi suất quà", Pi)
d.f("thiệu 58 doanh nghiệp", "58", 58, "count", "doanh nghiệp", "doanh nghiệp có nhu cầu tuyển lao động được giới thiệu", Pi)
d.f("khoảng 1.300", "1.300", 1300, "count", "lao động", "lao động phổ thông doanh nghiệp có nhu cầu tuyển", Pi, approx="about")
d.f("4/9, 100%", "100", 100, "percent", "%", "người được đặc xá đã được trả tự do", per("Tính đến ngày 4/9", None, "2024-09-04"))
raise SystemExit(d.write())
