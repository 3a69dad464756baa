"""p1113-7: HCMC tourism department site, no dateline - Muslim markets, prayer rooms, one-cell-per-line table."""
from lib import F, write_set, period, year, upto, inherit, change, target

TEXT = """SỞ DU LỊCH THÀNH PHỐ HỒ CHÍ MINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Phát triển sản phẩm du lịch thân thiện với du khách Hồi giáo

Năm 2024, Thành phố Hồ Chí Minh đón 6,2 triệu lượt khách quốc tế, trong đó khách Malaysia đạt 356.000 lượt, Indonesia 118.000 lượt, lần lượt đứng thứ 4 và thứ 10 trong các thị trường khách quốc tế của Thành phố. Doanh thu từ khách đến từ các thị trường Hồi giáo ước đạt 4.200 tỷ đồng, tăng 18% so với năm 2023.

Sân bay quốc tế Tân Sơn Nhất hiện bố trí 4 phòng cầu nguyện tại nhà ga quốc tế; Thành phố có 2 tổ chức chứng nhận Halal đặt văn phòng đại diện và 64 thánh đường, tiểu thánh đường phục vụ cộng đồng Hồi giáo. Trong năm 2024, Sở đã tổ chức 6 lớp bồi dưỡng kỹ năng phục vụ khách Hồi giáo cho 420 học viên là nhân viên nhà hàng, khách sạn và hướng dẫn viên.

Số cơ sở được chứng nhận Halal hoặc đạt tiêu chuẩn thân thiện với du khách Hồi giáo:
Đơn vị tính: cơ sở
Loại hình
Năm 2023
Năm 2024
Kế hoạch 2025
Nhà hàng
21
34
45
Khách sạn
9
15
20
Trung tâm thương mại
3
5
8
Tổng số
33
54
73

Mục tiêu đến năm 2030, Thành phố đón 1 triệu lượt khách từ các thị trường Hồi giáo mỗi năm, chiếm khoảng 10% tổng lượt khách quốc tế.

SỞ DU LỊCH THÀNH PHỐ HỒ CHÍ MINH
Địa chỉ: 140 Nguyễn Thị Minh Khai, Phường 6, Quận 3
Điện thoại: (028) 3829.2631
Lượt truy cập: 3.418.276
"""

Y24 = year("Năm 2024", 2024)
COLS = [(year("Năm 2023", 2023), None, "năm 2023"), (year("Năm 2024", 2024), None, "năm 2024"),
        (year("Kế hoạch 2025", 2025), "target", "kế hoạch 2025")]
ROWS = [
    ("Nhà hàng", [("Nhà hàng\n21", "21"), ("21\n34", "34"), ("34\n45", "45")]),
    ("Khách sạn", [("Khách sạn\n9", "9"), ("9\n15", "15"), ("15\n20", "20")]),
    ("Trung tâm thương mại", [("thương mại\n3", "3"), ("3\n5\n", "5"), ("5\n8\n", "8")]),
    ("Tổng số", [("Tổng số\n33", "33"), ("33\n54", "54"), ("54\n73", "73")]),
]

FIGS = [
    F("đón 6,2 triệu lượt khách", "6,2", 6_200_000, "count", "lượt khách", "lượt khách quốc tế",
      period=Y24),
    F("đạt 356.000 lượt", "356.000", 356000, "count", "lượt", "lượt khách Malaysia",
      total=6_200_000, period=Y24),
    F("Indonesia 118.000 lượt", "118.000", 118000, "count", "lượt", "lượt khách Indonesia",
      total=6_200_000, period=Y24),
    F("đứng thứ 4", "4", 4, "rank", "hạng",
      "thứ hạng thị trường Malaysia trong các thị trường khách quốc tế", period=Y24),
    F("thứ 10 trong", "10", 10, "rank", "hạng",
      "thứ hạng thị trường Indonesia trong các thị trường khách quốc tế", period=Y24),
    F("ước đạt 4.200 tỷ đồng", "4.200", 4_200_000_000_000, "money", "đồng",
      "doanh thu từ khách đến từ các thị trường Hồi giáo", status="estimate",
      change=change("increase", 18, "%", "năm 2023"), period=inherit(Y24)),
    F("bố trí 4 phòng cầu nguyện", "4", 4, "count", "phòng cầu nguyện",
      "phòng cầu nguyện tại nhà ga quốc tế Sân bay quốc tế Tân Sơn Nhất"),
    F("có 2 tổ chức", "2", 2, "count", "tổ chức",
      "tổ chức chứng nhận Halal đặt văn phòng đại diện"),
    F("64 thánh đường", "64", 64, "count", "thánh đường",
      "thánh đường, tiểu thánh đường phục vụ cộng đồng Hồi giáo"),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp",
      "lớp bồi dưỡng kỹ năng phục vụ khách Hồi giáo", period=year("Trong năm 2024", 2024)),
    F("cho 420 học viên", "420", 420, "count", "học viên",
      "học viên là nhân viên nhà hàng, khách sạn và hướng dẫn viên được bồi dưỡng",
      period=year("Trong năm 2024", 2024)),
]
for label, cells in ROWS:
    for (anchor, num), (per, status, col) in zip(cells, COLS):
        subj = f"{label} {col}"  # FIGURES.md: a cell's subject is the row label and the column label
        FIGS.append(F(anchor, num, int(num), "count", "cơ sở", subj, status=status, period=per))
FIGS.append(
    F("đón 1 triệu lượt khách", "1", 1_000_000, "count", "lượt khách",
      "lượt khách từ các thị trường Hồi giáo mỗi năm", percent=10, status="target",
      period=upto("đến năm 2030", "2030-12-31")))

write_set("p1113-7", TEXT, FIGS, location="Thành phố Hồ Chí Minh", notes=[
    "Department site (Sở Du lịch TP. Hồ Chí Minh) with no dateline: no published date; footer address, phone, visit counter.",
    "Table pasted one cell per line ('Đơn vị tính: cơ sở'; Loại hình / Năm 2023 / Năm 2024 / Kế hoạch 2025): every cell a",
    "figure, period from the column header (scored), 'Kế hoạch 2025' -> status target, Tổng số row its own figure, no totals.",
    "'trong đó khách Malaysia ..., Indonesia ...' -> total 6,2 triệu; 'lần lượt đứng thứ 4 và thứ 10' -> two ranks.",
    "revised after the first run: table-cell subjects reduced to row label + column label (FIGURES.md, Tables); the caption was dropped.",
    "Distractors: Phường 6, Quận 3, 140 Nguyễn Thị Minh Khai, (028) 3829.2631, Lượt truy cập 3.418.276, menu bar.",
])
