from lib import *

A = """CHỈ SỐ GIÁ TIÊU DÙNG THÁNG 01/2024 TỈNH NGHỆ AN
Ngày đăng: 30/01/2024 | Lượt xem: 614

Chỉ số giá tiêu dùng (CPI) tháng 01/2024 trên địa bàn tỉnh Nghệ An tăng 0,62% so với tháng trước, tăng 3,15% so với cùng kỳ năm trước và tăng 11,47% so với kỳ gốc 2019.

Trong 11 nhóm hàng hóa và dịch vụ chính, có 9 nhóm tăng giá, 1 nhóm giảm giá và 1 nhóm giữ ổn định so với tháng trước. Nhóm tăng cao nhất là hàng ăn và dịch vụ ăn uống (+1,28%), chủ yếu do nhu cầu mua sắm chuẩn bị Tết Nguyên đán; trong đó thực phẩm tăng 1,74%, riêng giá thịt lợn tăng 3,2%, rau tươi các loại tăng 5,6%. Nhóm giao thông giảm 0,86% do giá xăng, dầu được điều chỉnh giảm vào các ngày 11/1 và 18/1/2024. Nhóm bưu chính, viễn thông giữ ổn định.

Chỉ số giá vàng tháng 01/2024 tăng 1,92% so với tháng trước; chỉ số giá đô la Mỹ giảm 0,35%.

Bảng: Chỉ số giá tiêu dùng tháng 01/2024 theo nhóm hàng
Đơn vị tính: %
Nhóm hàng
So với kỳ gốc 2019
So với tháng 01/2023
So với tháng 12/2023
Chỉ số chung
111,47
103,15
100,62
Hàng ăn và dịch vụ ăn uống
113,82
104,36
101,28
Đồ uống và thuốc lá
108,05
102,47
100,93
Nhà ở, điện nước, chất đốt và VLXD
112,64
105,12
100,18
Giao thông
109,71
98,76
99,14
Giáo dục
115,30
107,85
100,00

Bình quân năm 2023, CPI trên địa bàn tỉnh tăng 3,02% so với năm 2022, thấp hơn mục tiêu kiểm soát lạm phát của tỉnh (khoảng 4%).

Phòng Thống kê Kinh tế - Cục Thống kê tỉnh Nghệ An
Địa chỉ: số 2 đường Trường Thi, thành phố Vinh
"""

T = P("tháng 01/2024", "2024-01-01", "2024-01-31")
Ti = inh(T)

figs = [
    F("tăng 0,62% so với tháng trước", "0,62", 0.62, "percent", "%", "chỉ số giá tiêu dùng (CPI) so với tháng trước", T),
    F("tăng 3,15% so với cùng kỳ", "3,15", 3.15, "percent", "%", "chỉ số giá tiêu dùng (CPI) so với cùng kỳ năm trước", T),
    F("tăng 11,47% so với kỳ gốc", "11,47", 11.47, "percent", "%", "chỉ số giá tiêu dùng (CPI) so với kỳ gốc 2019", T),
    F("Trong 11 nhóm hàng hóa", "11", 11, "count", "nhóm hàng hóa và dịch vụ", "nhóm hàng hóa và dịch vụ chính", Ti,
      optional=True),
    F("có 9 nhóm tăng giá", "9", 9, "count", "nhóm", "nhóm hàng tăng giá so với tháng trước", Ti, total=11),
    F("1 nhóm giảm giá", "1", 1, "count", "nhóm", "nhóm hàng giảm giá so với tháng trước", Ti, total=11),
    F("1 nhóm giữ ổn định", "1", 1, "count", "nhóm", "nhóm hàng giữ ổn định so với tháng trước", Ti, total=11),
    F("ăn uống (+1,28%)", "1,28", 1.28, "percent", "%", "chỉ số giá nhóm hàng ăn và dịch vụ ăn uống", Ti),
    F("thực phẩm tăng 1,74%", "1,74", 1.74, "percent", "%", "chỉ số giá thực phẩm", Ti),
    F("thịt lợn tăng 3,2%", "3,2", 3.2, "percent", "%", "giá thịt lợn", Ti),
    F("loại tăng 5,6%", "5,6", 5.6, "percent", "%", "giá rau tươi các loại", Ti),
    F("giảm 0,86%", "0,86", 0.86, "percent", "%", "chỉ số giá nhóm giao thông", Ti),
    F("tăng 1,92% so với", "1,92", 1.92, "percent", "%", "chỉ số giá vàng so với tháng trước", T),
    F("giảm 0,35%", "0,35", 0.35, "percent", "%", "chỉ số giá đô la Mỹ", T),
]

rows = [("Chỉ số chung", ["111,47", "103,15", "100,62"]),
        ("Hàng ăn và dịch vụ ăn uống", ["113,82", "104,36", "101,28"]),
        ("Đồ uống và thuốc lá", ["108,05", "102,47", "100,93"]),
        ("Nhà ở, điện nước, chất đốt và VLXD", ["112,64", "105,12", "100,18"]),
        ("Giao thông", ["109,71", "98,76", "99,14"]),
        ("Giáo dục", ["115,30", "107,85", "100,00"])]
cols = ["so với kỳ gốc 2019", "so với tháng 01/2023", "so với tháng 12/2023"]
for label, cells in rows:
    for j, c in enumerate(cells):
        # anchor: the cell with its neighbour line(s), to make it unique
        if j == 0:
            anchor = f"{label}\n{c}\n"
        else:
            anchor = f"\n{cells[j-1]}\n{c}\n"
        v = float(c.replace(",", "."))
        figs.append(F(anchor, c, v, "percent", "%", f"chỉ số giá tiêu dùng {label} tháng 01/2024 {cols[j]}", T))

figs.append(F("tăng 3,02% so với năm 2022", "3,02", 3.02, "percent", "%", "CPI bình quân",
              P("Bình quân năm 2023", "2023-01-01", "2023-12-31"),
              target={"value": 4, "unit": "%", "met": True}))
figs.append(F("(khoảng 4%)", "4", 4, "percent", "%", "mục tiêu kiểm soát lạm phát", P("năm 2023", "2023-01-01", "2023-12-31"),
              approx="about", status="target", optional=True))

write("p357-3", A, figs, [
    "Cục Thống kê tỉnh Nghệ An (department site): CPI tháng 01/2024 by commodity group. 'Ngày đăng: … | Lượt xem: …' dateline.",
    "Monthly CPI rates with no base amount are percent figures (no change object), one per comparison; 'giảm 0,86%' is value 0.86 as in shared h06.",
    "'Trong 11 nhóm …, có 9 …, 1 …, 1 …': parts with total 11; the 11 itself is structure (optional). Group rates after 'trong đó' are rates, no total.",
    "One-cell-per-line table with 'Đơn vị tính: %': every index cell is a percent figure, subject = row + column label, period from the title 'tháng 01/2024'.",
    "'So với kỳ gốc 2019' / 'So với tháng 12/2023' are column labels (baselines), not figures. '100,00' is a cell and a figure.",
    "'thấp hơn mục tiêu … (khoảng 4%)': the 4% is the target of 3,02% (met, lower is better); the bracket also reads as a target figure -> optional.",
    "Distractors: 'ngày 11/1 và 18/1/2024', 'Lượt xem: 614', 'số 2 đường Trường Thi', 'kỳ gốc 2019'.",
], published="2024-01-30", location="Nghệ An")
