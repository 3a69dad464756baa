from lib import F, P, Y, C, TG, build

T = """Bắc Giang: 97,6% thôn, tổ dân phố có nhà văn hóa
Ngày cập nhật: 05/06/2024

Theo Sở Văn hóa, Thể thao và Du lịch, tính đến tháng 5/2024, toàn tỉnh có 1.987/2.036 thôn, tổ dân phố có nhà văn hóa, đạt 97,6%; 184/192 xã, phường, thị trấn có trung tâm văn hóa - thể thao. Giai đoạn 2021-2023, tỉnh đã đầu tư trên 412 tỷ đồng xây mới, cải tạo 286 nhà văn hóa; trong đó ngân sách tỉnh hỗ trợ 145 tỷ đồng, phần còn lại do nhân dân đóng góp và xã hội hóa.

Kết quả thực hiện một số chỉ tiêu về thiết chế văn hóa, thể thao cơ sở theo Nghị quyết số 45-NQ/TU:
(Đơn vị tính: %)
Chỉ tiêu
Năm 2021
Năm 2023
Kế hoạch năm 2025
Tỷ lệ xã có trung tâm văn hóa - thể thao
88,5
95,8
100
Tỷ lệ thôn có nhà văn hóa
93,1
97,4
100
Tỷ lệ nhà văn hóa thôn đạt chuẩn
61,2
74,6
85
Tỷ lệ thôn có sân thể thao
70,4
81,3
90

Năm 2023, dẫn đầu về tỷ lệ nhà văn hóa thôn đạt chuẩn là huyện Hiệp Hòa (92,3%), thị xã Việt Yên (89,7%); thấp nhất là huyện Sơn Động với 48,5%, thấp hơn 26,1 điểm phần trăm so với bình quân chung của tỉnh.

Hiện toàn tỉnh có 1.450 tủ sách, thư viện thôn và gần 2.100 câu lạc bộ văn hóa, văn nghệ với khoảng 4,6 vạn hội viên. Mỗi năm, các đội văn nghệ quần chúng tổ chức từ 3.000 đến 3.500 buổi biểu diễn phục vụ nhân dân.

Theo Quyết định số 2198/QĐ-UBND, năm 2024 tỉnh hỗ trợ 20 triệu đồng/nhà văn hóa xây mới tại các thôn đặc biệt khó khăn; phấn đấu đến hết năm 2024 có thêm 30 nhà văn hóa thôn đạt chuẩn.

Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Giang – Số 7 đường Nguyễn Văn Cừ, TP Bắc Giang.
"""

A24 = P("tính đến tháng 5/2024", None, "2024-05-31")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
rows = [
    ("Tỷ lệ xã có trung tâm văn hóa - thể thao", "88,5", 88.5, "95,8", 95.8, "100", 100),
    ("Tỷ lệ thôn có nhà văn hóa", "93,1", 93.1, "97,4", 97.4, "100", 100),
    ("Tỷ lệ nhà văn hóa thôn đạt chuẩn", "61,2", 61.2, "74,6", 74.6, "85", 85),
    ("Tỷ lệ thôn có sân thể thao", "70,4", 70.4, "81,3", 81.3, "90", 90),
]
figs = [
    F("Bắc Giang: 97,6%", "97,6", 97.6, "percent", "%", "thôn, tổ dân phố có nhà văn hóa"),
    F("có 1.987/2.036 thôn", "1.987", 1987, "count", "thôn, tổ dân phố", "thôn, tổ dân phố có nhà văn hóa",
      total=2036, percent=97.6, period=A24),
    F("; 184/192 xã", "184", 184, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có trung tâm văn hóa - thể thao",
      total=192, period=A24),
    F("trên 412 tỷ đồng", "412", 412000000000, "money", "đồng", "vốn đầu tư xây mới, cải tạo nhà văn hóa",
      approx="over", period=G),
    F("cải tạo 286 nhà", "286", 286, "count", "nhà văn hóa", "nhà văn hóa xây mới, cải tạo", period=G),
    F("hỗ trợ 145 tỷ đồng", "145", 145000000000, "money", "đồng", "ngân sách tỉnh hỗ trợ xây dựng nhà văn hóa",
      total=412000000000, period=G),
]
for i, (label, a, av, b, bv, c, cv) in enumerate(rows):
    nxt = rows[i + 1][0] if i + 1 < len(rows) else "\n\nNăm 2023"
    figs.append(F(f"{label}\n{a}\n", a, av, "percent", "%", f"{label} năm 2021", period=Y("Năm 2021", 2021)))
    figs.append(F(f"{a}\n{b}\n", b, bv, "percent", "%", f"{label} năm 2023", period=Y("Năm 2023", 2023)))
    figs.append(F(f"{b}\n{c}\n" + (nxt if i + 1 < len(rows) else "\nNăm 2023"), c, cv, "percent", "%",
                  f"{label} kế hoạch năm 2025", status="target", period=Y("Kế hoạch năm 2025", 2025)))
figs += [
    F("Hiệp Hòa (92,3%)", "92,3", 92.3, "percent", "%", "tỷ lệ nhà văn hóa thôn đạt chuẩn", location="Hiệp Hòa",
      period=Y("Năm 2023", 2023)),
    F("Việt Yên (89,7%)", "89,7", 89.7, "percent", "%", "tỷ lệ nhà văn hóa thôn đạt chuẩn", location="Việt Yên",
      period=Y("Năm 2023", 2023)),
    F("với 48,5%", "48,5", 48.5, "percent", "%", "tỷ lệ nhà văn hóa thôn đạt chuẩn thấp nhất", location="Sơn Động",
      change=C("decrease", 26.1, "điểm phần trăm", "bình quân chung của tỉnh"), period=Y("Năm 2023", 2023)),
    F("có 1.450 tủ sách", "1.450", 1450, "count", "tủ sách, thư viện thôn", "tủ sách, thư viện thôn"),
    F("gần 2.100 câu lạc bộ", "2.100", 2100, "count", "câu lạc bộ văn hóa, văn nghệ", "câu lạc bộ văn hóa, văn nghệ",
      approx="nearly"),
    F("khoảng 4,6 vạn hội viên", "4,6", 46000, "count", "hội viên", "hội viên câu lạc bộ văn hóa, văn nghệ",
      approx="about"),
    F("từ 3.000 đến 3.500 buổi", "3.000", 3000, "count", "buổi biểu diễn", "buổi biểu diễn của đội văn nghệ quần chúng mỗi năm",
      value_max=3500),
    F("hỗ trợ 20 triệu đồng/nhà", "20", 20000000, "money", "đồng/nhà văn hóa", "mức hỗ trợ xây mới nhà văn hóa tại thôn đặc biệt khó khăn",
      period=Y("năm 2024", 2024)),
    F("thêm 30 nhà văn hóa", "30", 30, "count", "nhà văn hóa thôn", "nhà văn hóa thôn đạt chuẩn có thêm",
      status="target", period=P("đến hết năm 2024", None, "2024-12-31")),
]

build("p270-7", T, figs, [
    "Cổng TTĐT tỉnh Bắc Giang (province portal): grassroots cultural and sports institutions (nhà văn hóa), 'Ngày cập nhật: 05/06/2024' (no time).",
    "Headline figure has no period word. 'tính đến tháng 5/2024' = as-of 2024-05-31 for both a/b counts of its sentence; 'đạt 97,6%' = percent of 1.987.",
    "'trong đó ngân sách tỉnh hỗ trợ 145 tỷ đồng' after '412 tỷ đồng … 286 nhà văn hóa' is part of the money whole (the same quantity), not of 286.",
    "Table written one cell per line with '(Đơn vị tính: %)': 12 numeric cells, subject = row + column label, period from the column header (scored),",
    "'Kế hoạch năm 2025' column = status target. District list: location = district / town; 'thấp hơn 26,1 điểm phần trăm so với bình quân' = change.",
    "'4,6 vạn' = 46000. 'Mỗi năm … từ 3.000 đến 3.500 buổi' is a range (no dated period). '20 triệu đồng/nhà văn hóa' is money with a rate unit.",
    "'phấn đấu đến hết năm 2024 có thêm 30' = target ending 2024-12-31. Distractors: 'Nghị quyết số 45-NQ/TU', 'Quyết định số 2198/QĐ-UBND', 'Số 7 đường …'.",
], published="2024-06-05", location="Bắc Giang")
