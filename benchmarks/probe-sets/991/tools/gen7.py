"""p991-7: department site (Sở GTVT Thanh Hóa), no dateline; inspection of suspension bridges; one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI THANH HÓA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Kết quả kiểm tra an toàn cầu treo dân sinh năm 2023

Thực hiện Kế hoạch số 86/KH-SGTVT, trong năm 2023 Sở đã phối hợp với UBND các huyện miền núi kiểm tra toàn bộ 143 cầu treo dân sinh trên địa bàn tỉnh, gồm 97 cầu bảo đảm an toàn (chiếm 67,8%, tăng 12 cầu so với năm 2022), 39 cầu cần sửa chữa, bổ sung biển báo và 7 cầu phải cấm lưu thông để xây dựng lại. Sở đã kiểm định chuyên sâu 52 cầu có dấu hiệu xuống cấp, với chi phí khoảng 18 triệu đồng mỗi cầu.

Kết quả theo huyện (Đơn vị tính: cầu):
Huyện
Tổng số cầu
Bảo đảm an toàn
Cần sửa chữa
Cấm lưu thông
Quan Hóa
31
21
9
1
Mường Lát
28
17
8
3
Bá Thước
26
19
6
1
Quan Sơn
22
16
5
1
Các huyện khác
36
24
11
1
Tổng cộng
143
97
39
7

Đa số cầu có chiều dài từ 40 đến 90 m, được xây dựng trong giai đoạn 2005-2015. Kinh phí sửa chữa các cầu hư hỏng dự kiến khoảng 28,5 tỷ đồng. Các cầu cấm lưu thông sẽ được xây lại trong giai đoạn 2024-2025 với suất đầu tư 4-6 tỷ đồng/cầu. Sở khuyến cáo mỗi lượt chỉ cho tối đa 15 người qua cầu; mục tiêu trong năm 2024, 100% cầu treo được gắn biển báo tải trọng.

Địa chỉ: Số 32 Hạc Thành, phường Điện Biên, TP Thanh Hóa
Điện thoại: 0237.3852.418 - Fax: 0237.3852.419
Lượt truy cập: 1.864.203
"""

Y23 = P("trong năm 2023", "2023-01-01", "2023-12-31")
FIG = [
    F("toàn bộ 143 cầu", "143", 143, "count", "cầu treo dân sinh", "cầu treo dân sinh được kiểm tra", Y23),
    F("gồm 97 cầu", "97", 97, "count", "cầu", "cầu bảo đảm an toàn", Y23, total=143, percent=67.8,
      change=C("increase", 12, "cầu", "năm 2022")),
    F("39 cầu cần", "39", 39, "count", "cầu", "cầu cần sửa chữa, bổ sung biển báo", Y23, total=143),
    F("và 7 cầu", "7", 7, "count", "cầu", "cầu phải cấm lưu thông để xây dựng lại", Y23, total=143),
    F("chuyên sâu 52 cầu", "52", 52, "count", "cầu", "cầu kiểm định chuyên sâu", I(Y23)),
    F("khoảng 18 triệu", "18", 18e6, "money", "đồng/cầu", "chi phí kiểm định mỗi cầu", I(Y23), approx="about"),
]
COLS = ["tổng số cầu", "cầu bảo đảm an toàn", "cầu cần sửa chữa", "cầu cấm lưu thông"]
ROWS = [("Quan Hóa", "31", "21", "9", "1", "Mường Lát"), ("Mường Lát", "28", "17", "8", "3", "Bá Thước"),
        ("Bá Thước", "26", "19", "6", "1", "Quan Sơn"), ("Quan Sơn", "22", "16", "5", "1", "Các huyện khác"),
        ("Các huyện khác", "36", "24", "11", "1", "Tổng cộng"), ("Tổng cộng", "143", "97", "39", "7", "\nĐa số cầu")]
for place, a, b, c, d, nxt in ROWS:
    loc = place if place not in ("Các huyện khác", "Tổng cộng") else None
    extra = " các huyện khác" if place == "Các huyện khác" else (" toàn tỉnh" if place == "Tổng cộng" else "")
    cells = [a, b, c, d]
    anchors = [place + "\n" + "\n".join(cells[:k]) for k in (1, 2, 3)] + ["\n".join(cells[2:]) + "\n" + nxt]
    for i, v in enumerate(cells):
        FIG.append(F(anchors[i], v, int(v), "count", "cầu", COLS[i] + extra, I(Y23), location=loc))
FIG += [
    F("từ 40 đến 90 m", "40", 40, "measure", "m", "chiều dài đa số cầu", value_max=90),
    F("khoảng 28,5 tỷ", "28,5", 28.5e9, "money", "đồng", "kinh phí sửa chữa các cầu hư hỏng", approx="about",
      status="forecast"),
    F("4-6 tỷ", "4", 4e9, "money", "đồng/cầu", "suất đầu tư xây lại cầu cấm lưu thông",
      P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31"), value_max=6e9, status="forecast"),
    F("tối đa 15 người", "15", 15, "count", "người", "người qua cầu mỗi lượt", approx="at_most", optional=True),
    F("2024, 100%", "100", 100, "percent", "%", "cầu treo được gắn biển báo tải trọng",
      P("trong năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

NOTES = [
    "Department site (Sở GTVT Thanh Hóa), no dateline (published absent); footer address, phone, fax, visitor counter are distractors.",
    "'143 cầu ..., gồm 97 cầu (chiếm 67,8%, tăng 12 cầu so với năm 2022), 39 cầu ... và 7 cầu' -> parts with total 143;",
    "97 carries percent 67.8 and change +12 cầu (baseline năm 2022) from its bracket. 'giai đoạn 2005-2015' locates construction: no figure.",
    "One-cell-per-line table, 'Đơn vị tính: cầu': every cell a count in cầu; district row label -> location; 'Các huyện khác' and",
    "'Tổng cộng' rows -> province (Thanh Hóa), the row label kept in the subject. Table period from 'trong năm 2023' above (inherited).",
    "Table cells carry no totals. 'Kinh phí ... dự kiến' -> forecast; the 2024-2025 rebuild cost range continues the plan -> forecast.",
    "'tối đa 15 người' is a safety rule (optional). 'mục tiêu trong năm 2024, 100%' -> target.",
    "Distractors: Kế hoạch số 86/KH-SGTVT, Số 32 Hạc Thành, 0237.3852.418, 0237.3852.419, Lượt truy cập: 1.864.203.",
]

write("p991-7", TEXT, FIG, NOTES, location="Thanh Hóa")
