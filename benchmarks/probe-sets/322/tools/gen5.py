from lib import F, P, write

rows = [
    ("Số cuộc tuyên truyền pháp luật trực tiếp", "cuộc", ["4.215", "5.038", "5.462"]),
    ("Lượt người tham dự", "lượt người", ["312.640", "368.905", "401.217"]),
    ("Tủ sách pháp luật", "tủ", ["1.108", "1.126", "1.131"]),
    ("Vụ việc hòa giải ở cơ sở", "vụ việc", ["1.542", "1.487", "1.395"]),
    ("Tỷ lệ hòa giải thành", "%", ["80,2", "82,6", "84,1"]),
]
table = "Chỉ tiêu\nĐơn vị tính\nNăm 2021\nNăm 2022\nNăm 2023\n"
for label, unit, cells in rows:
    table += label + "\n" + unit + "\n" + "\n".join(cells) + "\n"

A = """SỞ TƯ PHÁP TỈNH TIỀN GIANG
Trang chủ > Tin hoạt động > Phổ biến, giáo dục pháp luật
Đăng ngày: 05/03/2024 - 10:22

Tiền Giang: Công tác phổ biến, giáo dục pháp luật và hòa giải ở cơ sở giai đoạn 2021-2023 chuyển biến tích cực

Giai đoạn 2021-2023, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh đã chỉ đạo triển khai đồng bộ các hình thức tuyên truyền, gắn với thực hiện Quyết định số 1521/QĐ-TTg của Thủ tướng Chính phủ. Một số chỉ tiêu chủ yếu như sau:

""" + table + """
Năm 2023, toàn tỉnh có 1.047 tổ hòa giải với 7.325 hòa giải viên; tỷ lệ hòa giải thành tăng 3,9 điểm phần trăm so với năm 2021. Số vụ việc hòa giải giảm dần qua các năm, phản ánh hiệu quả của công tác phổ biến pháp luật tại cơ sở.

Cũng trong năm 2023, Tiền Giang có 154/172 xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật, xếp thứ 3/13 tỉnh, thành phố vùng Đồng bằng sông Cửu Long. Các huyện Cái Bè, Cai Lậy có số tủ sách pháp luật nhiều nhất, lần lượt là 138 tủ và 121 tủ.

Giai đoạn 2024-2025, tỉnh phấn đấu tỷ lệ hòa giải thành đạt 85% trở lên, 100% xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật. Mọi chi tiết liên hệ Phòng Phổ biến, giáo dục pháp luật, điện thoại 0273.3872.416.
"""

years = ["2021", "2022", "2023"]
figs = []
for label, unit, cells in rows:
    prevs = [unit] + cells
    for i, c in enumerate(cells):
        anchor = prevs[i] + "\n" + c + "\n"
        if i == 0:
            anchor = label + "\n" + anchor
        pct = unit == "%"
        v = float(c.replace(".", "").replace(",", ".")) if pct else int(c.replace(".", ""))
        y = years[i]
        figs.append(F(anchor, c, v, "percent" if pct else "count", unit, f"{label} năm {y}",
                      P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31")))

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
G = P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
figs += [
    F("có 1.047 tổ", "1.047", 1047, "count", "tổ hòa giải", "tổ hòa giải", Y23),
    F("với 7.325 hòa giải viên", "7.325", 7325, "count", "hòa giải viên", "hòa giải viên", Y23),
    F("tăng 3,9 điểm phần trăm", "3,9", 3.9, "measure", "điểm phần trăm", "tỷ lệ hòa giải thành tăng so với năm 2021", Y23),
    F("có 154/172 xã", "154", 154, "count", "xã, phường, thị trấn", "xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật", y23, total=172),
    F("xếp thứ 3/13", "3", 3, "rank", "hạng", "xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật", y23, total=13),
    F("là 138 tủ", "138", 138, "count", "tủ", "tủ sách pháp luật", P("năm 2023", "2023-01-01", "2023-12-31", inh=True), location="Cái Bè"),
    F("và 121 tủ", "121", 121, "count", "tủ", "tủ sách pháp luật", P("năm 2023", "2023-01-01", "2023-12-31", inh=True), location="Cai Lậy"),
    F("đạt 85% trở lên", "85", 85, "percent", "%", "tỷ lệ hòa giải thành", G, approx="at_least", status="target"),
    F("100% xã, phường", "100", 100, "percent", "%", "xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật", G, status="target"),
]

write("p322-5", A, figs, [
    "Department site (Sở Tư pháp Tiền Giang), breadcrumb + 'Đăng ngày: 05/03/2024 - 10:22'. Table written one cell per line (as h23):",
    "Chỉ tiêu | Đơn vị tính | Năm 2021 | Năm 2022 | Năm 2023; unit from the row's 'Đơn vị tính' cell; period from the column header (scored, as h23/h24);",
    "subject = row label + column year. The 'Năm 2023' paragraph: 1.047 tổ, 7.325 hòa giải viên (period Năm 2023).",
    "'tăng 3,9 điểm phần trăm so với năm 2021' has no base figure in its sentence: a growth that is itself the claim → a figure (measure, điểm phần trăm).",
    "'154/172' total; 'xếp thứ 3/13 tỉnh, thành phố vùng ĐBSCL' rank with total 13 (scope is not the subject).",
    "'Các huyện Cái Bè, Cai Lậy … lần lượt là 138 tủ và 121 tủ': list with districts as locations; period 'năm 2023' from the previous sentence of the paragraph (inherited).",
    "Targets 'Giai đoạn 2024-2025' + 'phấn đấu'; '85% trở lên' → at_least. Distractors: 'Quyết định số 1521/QĐ-TTg', breadcrumb, phone, 'giai đoạn 2021-2023' in title.",
], published="2024-03-05", location="Tiền Giang")
