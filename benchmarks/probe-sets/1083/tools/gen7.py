"""p1083-7: Chi cục Trồng trọt và BVTV Nghệ An (department site, no dateline), one-cell-per-line table."""
from lib import F, write, year, period, change, target

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN NGHỆ AN
Chi cục Trồng trọt và Bảo vệ thực vật
Trang chủ / Tin hoạt động

Sản xuất đào, quất phục vụ Tết Nguyên đán Giáp Thìn

Năm 2023, diện tích đào, quất cảnh toàn tỉnh đạt 266,3 ha, tăng 7,7% so với năm 2022. Các vùng trồng tập trung ở TP Vinh (98 ha), Nghi Lộc (64 ha), Hưng Nguyên (41 ha) và Diễn Châu (27 ha). Một số hộ ở xã Nghi Phong (Nghi Lộc) đã đưa giống đào Nhật Tân về trồng, bước đầu cho hiệu quả khá.

Vụ Tết Giáp Thìn, toàn tỉnh có khoảng 310.000 cây đào và gần 185.000 chậu quất đưa ra thị trường. Giá đào cành phổ biến 200.000-500.000 đồng/cành, quất chậu 300.000-900.000 đồng/chậu. Tổng giá trị ước đạt 196 tỷ đồng, bình quân 736 triệu đồng/ha. Giá trị thu được trên mỗi ha đào, quất gấp 3,2 lần trồng lúa.

Diện tích đào, quất cảnh qua các năm:
Đơn vị tính: ha
Loại cây
Năm 2022
Năm 2023
Kế hoạch 2024
Đào cành
112,5
118,0
125,0
Đào thế
46,3
52,7
60,0
Quất cảnh
88,4
95,6
100,0
Tổng cộng
247,2
266,3
285,0

Năm 2024, Chi cục phấn đấu 100% diện tích đào, quất được hướng dẫn quy trình xử lý ra hoa, ra quả đúng Tết; tổ chức 12 lớp tập huấn cho khoảng 600 lượt nông dân.

CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT NGHỆ AN
Địa chỉ: Số 2 Lê Hồng Phong, TP Vinh, Nghệ An
Điện thoại: 0238.3844.275
Lượt truy cập: 1.286.540
"""

Y23 = year(2023, "Năm 2023")
AREA = "diện tích đào, quất cảnh"
FIGS = [
    F("đạt 266,3 ha", "266,3", 266.3, "measure", "ha", AREA, change=change("increase", 7.7, "%", "năm 2022"),
      period=Y23),
    F("TP Vinh (98 ha)", "98", 98, "measure", "ha", AREA, location="Vinh", period=year(2023, "Năm 2023", True)),
    F("Nghi Lộc (64 ha)", "64", 64, "measure", "ha", AREA, location="Nghi Lộc",
      period=year(2023, "Năm 2023", True)),
    F("Hưng Nguyên (41 ha)", "41", 41, "measure", "ha", AREA, location="Hưng Nguyên",
      period=year(2023, "Năm 2023", True)),
    F("Diễn Châu (27 ha)", "27", 27, "measure", "ha", AREA, location="Diễn Châu",
      period=year(2023, "Năm 2023", True)),
    F("khoảng 310.000 cây", "310.000", 310000, "count", "cây", "cây đào đưa ra thị trường", approx="about"),
    F("gần 185.000 chậu", "185.000", 185000, "count", "chậu", "chậu quất đưa ra thị trường", approx="nearly"),
    F("200.000-500.000 đồng/cành", "200.000", 200000, "money", "đồng/cành", "giá đào cành phổ biến",
      value_max=500000),
    F("300.000-900.000 đồng/chậu", "300.000", 300000, "money", "đồng/chậu", "giá quất chậu", value_max=900000),
    F("ước đạt 196 tỷ đồng", "196", 196000000000, "money", "đồng", "tổng giá trị đào, quất", status="estimate"),
    F("736 triệu đồng/ha", "736", 736000000, "money", "đồng/ha", "giá trị bình quân", status="estimate"),
    F("gấp 3,2 lần", "3,2", 3.2, "multiple", "lần", "giá trị thu được trên mỗi ha đào, quất so với trồng lúa"),
]
COLS = [("năm 2022", year(2022, "Năm 2022"), None), ("năm 2023", year(2023, "Năm 2023"), None),
        ("kế hoạch 2024", year(2024, "Kế hoạch 2024"), "target")]
ROWS = [("Đào cành", "đào cành", ["112,5", "118,0", "125,0"]),
        ("Đào thế", "đào thế", ["46,3", "52,7", "60,0"]),
        ("Quất cảnh", "quất cảnh", ["88,4", "95,6", "100,0"]),
        ("Tổng cộng", "tổng cộng", ["247,2", "266,3", "285,0"])]
for label, subj, cells in ROWS:
    for i, ((col, per, status), cell) in enumerate(zip(COLS, cells)):
        anchor = f"{label}\n{cell}\n" if i == 0 else f"\n{cells[i - 1]}\n{cell}\n"
        FIGS.append(F(anchor, cell, float(cell.replace(",", ".")), "measure", "ha", f"diện tích {subj} {col}",
                      status=status, period=per))
Y24 = year(2024, "Năm 2024")
FIGS += [
    F("phấn đấu 100%", "100", 100, "percent", "%",
      "diện tích đào, quất được hướng dẫn quy trình xử lý ra hoa, ra quả đúng Tết", status="target", period=Y24),
    F("tổ chức 12 lớp", "12", 12, "count", "lớp", "lớp tập huấn", status="target", period=Y24),
    F("khoảng 600 lượt", "600", 600, "count", "lượt nông dân", "lượt nông dân được tập huấn", approx="about",
      status="target", period=Y24),
]

NOTES = [
    "Department site (Chi cục Trồng trọt và BVTV Nghệ An), no dateline: footer address, phone, 'Lượt truy cập'.",
    "One-cell-per-line table, 'Đơn vị tính: ha': rows are crop categories, columns years; subject = row + column label,",
    "period from the column header, 'Kế hoạch 2024' column -> status target; no totals for cells (Tổng cộng row is",
    "its own figures). The district list after the 266,3 ha sentence does not add up (230 ha) and has no part-of cue:",
    "no total; its period 'Năm 2023' stands in the previous sentence (inherited). 'gấp 3,2 lần' stands alone: multiple.",
    "'Vụ Tết Giáp Thìn' gives no period. Distractors: 'Số 2 Lê Hồng Phong', '0238.3844.275', 'Lượt truy cập: 1.286.540'.",
]

write(7, TEXT, FIGS, NOTES, location="Nghệ An")
