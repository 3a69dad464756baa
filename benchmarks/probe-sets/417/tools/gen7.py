from lib import *

text = """BỆNH VIỆN ĐA KHOA TỈNH BÌNH ĐỊNH
Đơn vị Đột quỵ: hơn 3 năm triển khai, hàng nghìn người bệnh được cứu sống
Thứ Hai, 04/11/2024 | 15:42

Đơn vị Đột quỵ, Bệnh viện Đa khoa tỉnh Bình Định được thành lập từ tháng 7/2021 với 24 giường bệnh. Sau hơn 3 năm hoạt động, đơn vị đã tiếp nhận điều trị gần 4.800 lượt người bệnh đột quỵ.

Kết quả hoạt động của Đơn vị Đột quỵ qua các năm:
Chỉ tiêu
Đơn vị tính
Năm 2022
Năm 2023
10 tháng năm 2024
Số người bệnh đột quỵ
lượt
1.412
1.587
1.466
Số ca tiêu sợi huyết
ca
168
205
197
Số ca lấy huyết khối cơ học
ca
62
88
103
Thời gian cửa - kim trung bình
phút
56
47
41
Tỷ lệ tử vong, nặng xin về
%
8,9
7,1
5,8

Theo ThS.BS Lê Văn Quang, Trưởng Đơn vị Đột quỵ, tỷ lệ người bệnh đến viện trong giờ vàng năm 2023 đạt 26,8%, tăng 3,5 điểm phần trăm so với năm 2022, song vẫn còn thấp do người dân chưa nhận biết sớm các dấu hiệu đột quỵ.

Năm 2024, đơn vị được đầu tư thêm 01 máy chụp mạch DSA thế hệ mới trị giá 29,7 tỷ đồng và mở rộng lên 40 giường, trong đó có 12 giường hồi sức tích cực. Đơn vị đã 5 quý liên tiếp đạt chứng nhận Kim cương của WSO; toàn tỉnh hiện có 2 bệnh viện đạt danh hiệu này.

Mục tiêu năm 2025, đơn vị phấn đấu rút ngắn thời gian cửa - kim trung bình xuống dưới 40 phút, tỷ lệ người bệnh nhồi máu não được điều trị tái thông đạt từ 18% đến 20%.

Địa chỉ: 106 Nguyễn Huệ, TP Quy Nhơn. Cấp cứu: 0256.3822.115
"""

cols = [("Năm 2022", "2022-01-01", "2022-12-31"), ("Năm 2023", "2023-01-01", "2023-12-31"),
        ("10 tháng năm 2024", "2024-01-01", "2024-10-31")]
rows = [
    ("Số người bệnh đột quỵ", "lượt", "count", ["1.412", "1.587", "1.466"]),
    ("Số ca tiêu sợi huyết", "ca", "count", ["168", "205", "197"]),
    ("Số ca lấy huyết khối cơ học", "ca", "count", ["62", "88", "103"]),
    ("Thời gian cửa - kim trung bình", "phút", "measure", ["56", "47", "41"]),
    ("Tỷ lệ tử vong, nặng xin về", "%", "percent", ["8,9", "7,1", "5,8"]),
]
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
y25 = P("năm 2025", "2025-01-01", "2025-12-31")
figs = [
    F("hàng nghìn người bệnh", "nghìn", 1000, "count", "người bệnh", "người bệnh được cứu sống", approx="about", optional=True),
    F("hơn 3 năm triển khai", "3", 3, "measure", "năm", approx="over", optional=True),
    F("với 24 giường", "24", 24, "count", "giường bệnh", "giường bệnh của Đơn vị Đột quỵ khi thành lập"),
    F("Sau hơn 3 năm", "3", 3, "measure", "năm", approx="over", optional=True),
    F("gần 4.800 lượt", "4.800", 4800, "count", "lượt người bệnh", "lượt người bệnh đột quỵ được tiếp nhận điều trị",
      approx="nearly"),
]
for label, unit, kind, cells in rows:
    for i, cell in enumerate(cells):
        anchor = f"{unit}\n" + "\n".join(cells[: i + 1])
        v = float(cell.replace(".", "").replace(",", "."))
        v = int(v) if v == int(v) else v
        ct, cs, ce = cols[i]
        figs.append(F(anchor, cell, v, kind, unit, f"{label} {ct}", period=P(ct, cs, ce, inherited=True)))
figs += [
    F("đạt 26,8%", "26,8", 26.8, "percent", "%", "tỷ lệ người bệnh đến viện trong giờ vàng",
      change=C("increase", 3.5, "điểm phần trăm", "năm 2022"), period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("thêm 01 máy", "01", 1, "count", "máy", "máy chụp mạch DSA thế hệ mới đầu tư thêm", period=y24),
    F("trị giá 29,7 tỷ đồng", "29,7", 29.7e9, "money", "đồng", "giá trị máy chụp mạch DSA", period=y24),
    F("lên 40 giường", "40", 40, "count", "giường", "giường của Đơn vị Đột quỵ", period=y24),
    F("có 12 giường", "12", 12, "count", "giường", "giường hồi sức tích cực", total=40, period=y24),
    F("5 quý liên tiếp", "5", 5, "count", "quý", optional=True),
    F("có 2 bệnh viện", "2", 2, "count", "bệnh viện", "bệnh viện đạt chứng nhận Kim cương của WSO"),
    F("dưới 40 phút", "40", 40, "measure", "phút", "thời gian cửa - kim trung bình", approx="under", status="target",
      period=y25),
    F("từ 18% đến 20%", "18", 18, "percent", "%", "tỷ lệ người bệnh nhồi máu não được điều trị tái thông", value_max=20,
      status="target", period=y25),
]
comments = [
    "Site of Bình Định provincial general hospital: the stroke unit after three years. 'Thứ Hai, 04/11/2024 | 15:42'.",
    "Table one cell per line: header 'Chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2023 | 10 tháng năm 2024', unit per row from the",
    "  'Đơn vị tính' column, period from the column header (inherited: the header is not in the cell's sentence). Subject = row + column.",
    "Headline 'hàng nghìn người bệnh' (vague magnitude) and the durations 'hơn 3 năm' are optional; '5 quý liên tiếp' streak optional.",
    "'thành lập từ tháng 7/2021 với 24 giường bệnh' → count, no period (the founding date locates the event, not a reporting period).",
    "'gần 4.800 lượt' → nearly; no period phrase ('Sau hơn 3 năm hoạt động').",
    "'40 giường, trong đó có 12 giường hồi sức tích cực' → total 40. 'toàn tỉnh hiện có 2 bệnh viện' → count, location Bình Định.",
    "Distractors: 'tháng 7/2021', address '106 Nguyễn Huệ', phone 0256.3822.115, 'TP Quy Nhơn' in the address.",
    "'26,8%, tăng 3,5 điểm phần trăm so với năm 2022' → change in điểm phần trăm. ThS.BS title, person's name: not figures.",
    "2025 targets: 'dưới 40 phút' (under), 'từ 18% đến 20%' (range).",
]
build("p417-7", text, comments, figs, published="2024-11-04", location="Bình Định")
