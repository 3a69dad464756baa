"""p692-7: department site, no dateline (Sở GD&ĐT TP. Hồ Chí Minh) - foreign students in the city, one-cell-per-line table."""
from lib import write, fig, per, inh, ch

TEXT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HỒ CHÍ MINH
Trang chủ / Hợp tác quốc tế / Số liệu thống kê

Tình hình lưu học sinh nước ngoài học tập tại Thành phố

Năm 2023, các cơ sở giáo dục đại học trên địa bàn Thành phố tiếp nhận 6.842 lưu học sinh nước ngoài, tăng 18,3% so với năm 2022; trong đó lưu học sinh theo học dài hạn có 2.915 người, chiếm 42,6%. Lưu học sinh đến từ 58 quốc gia và vùng lãnh thổ, đông nhất là Hàn Quốc, Nhật Bản, Lào và Campuchia.

Bảng: Lưu học sinh nước ngoài theo trình độ đào tạo
Đơn vị tính: người

Trình độ
Năm 2022
Năm 2023
Kế hoạch 2024
Đại học
1.912
2.205
2.400
Thạc sĩ
384
462
520
Tiến sĩ
196
248
280
Học tiếng Việt, trao đổi ngắn hạn
3.292
3.927
4.300
Tổng số
5.784
6.842
7.500

Bên cạnh đó, năm 2023 Thành phố có 12.460 học sinh, sinh viên xuất cảnh du học, tăng 9,1% so với năm 2022; trong đó 71% theo học bậc đại học và sau đại học. Trung tâm Tư vấn du học của Sở đã hướng dẫn 3.518 lượt phụ huynh, học sinh về thủ tục, học bổng và phòng tránh rủi ro khi du học.

Ngoài ra, năm 2023 UBND Thành phố cấp 150 suất học bổng cho lưu học sinh Lào và Campuchia với tổng kinh phí 9,45 tỷ đồng; dự kiến năm 2024 nâng lên 180 suất.

Địa chỉ: 66-68 Lê Thánh Tôn, phường Bến Nghé, Quận 1. Điện thoại: (028) 3829.1875
Số lượt truy cập: 4.517.032
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
P24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")

# (row label, cells as they follow in the text); anchor = previous line + cell, unique in the text
ROWS = [
    ("Đại học", "Kế hoạch 2024\nĐại học", ["1.912", "2.205", "2.400"]),
    ("Thạc sĩ", "2.400\nThạc sĩ", ["384", "462", "520"]),
    ("Tiến sĩ", "520\nTiến sĩ", ["196", "248", "280"]),
    ("Học tiếng Việt, trao đổi ngắn hạn", "ngắn hạn", ["3.292", "3.927", "4.300"]),
    ("Tổng số", "Tổng số", ["5.784", "6.842", "7.500"]),
]
COLS = [("năm 2022", Y22, None), ("năm 2023", Y23, None), ("kế hoạch 2024", P24, "target")]

FIGS = [
    fig("tiếp nhận 6.842 lưu học sinh", "6.842", 6842, "count", "lưu học sinh",
        "lưu học sinh nước ngoài các cơ sở giáo dục đại học tiếp nhận", Y23,
        change=ch("increase", 18.3, "%", "năm 2022")),
    fig("dài hạn có 2.915 người", "2.915", 2915, "count", "người", "lưu học sinh theo học dài hạn", Y23,
        total=6842, percent=42.6),
    fig("từ 58 quốc gia", "58", 58, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ có lưu học sinh", inh(Y23)),
]
for label, prev, cells in ROWS:
    for (col, p, st), cell in zip(COLS, cells):
        kw = {"status": st} if st else {}
        FIGS.append(fig(f"{prev}\n{cell}", cell, int(cell.replace(".", "")), "count", "người",
                        f"Lưu học sinh nước ngoài trình độ {label} {col}", p, **kw))
        prev = cell
FIGS += [
    fig("có 12.460 học sinh", "12.460", 12460, "count", "học sinh, sinh viên", "học sinh, sinh viên xuất cảnh du học", Y23b,
        change=ch("increase", 9.1, "%", "năm 2022")),
    fig("trong đó 71%", "71", 71, "percent", "%", "học sinh, sinh viên du học theo học bậc đại học và sau đại học", Y23b),
    fig("hướng dẫn 3.518 lượt", "3.518", 3518, "count", "lượt phụ huynh, học sinh",
        "lượt phụ huynh, học sinh được Trung tâm Tư vấn du học hướng dẫn", inh(Y23b)),
    fig("cấp 150 suất", "150", 150, "count", "suất học bổng", "suất học bổng cho lưu học sinh Lào và Campuchia", Y23b),
    fig("kinh phí 9,45 tỷ đồng", "9,45", 9.45e9, "money", "đồng", "tổng kinh phí học bổng cho lưu học sinh Lào và Campuchia", Y23b),
    fig("lên 180 suất", "180", 180, "count", "suất", "suất học bổng cho lưu học sinh Lào và Campuchia",
        per("năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
]

COMMENTS = [
    "Sở GD&ĐT TP. Hồ Chí Minh: lưu học sinh nước ngoài tại Thành phố. No dateline (no `published`); visit counter in the footer.",
    "Table with one cell per line (Trình độ | Năm 2022 | Năm 2023 | Kế hoạch 2024), 'Đơn vị tính: người'. Every numeric cell is a figure:",
    "subject = indicator + row label + column; period from the column header (scored, as in shared h23/h24); 'Kế hoạch 2024' -> target.",
    "Table cells get no total (the 'Tổng số' row is itself a figure). The city is called 'Thành phố' after the header, location TP. Hồ Chí Minh.",
    "'trong đó … 2.915 người, chiếm 42,6%' part of 6.842 with its percent; 'trong đó 71% theo học …' has no count: percent figure of its own.",
    "'dự kiến năm 2024 nâng lên 180 suất' is a forecast with its own period (năm 2024) inside a sentence about năm 2023.",
    "Distractors: '66-68 Lê Thánh Tôn' (address, not a range), 'Quận 1', phone (028) 3829.1875, 'Số lượt truy cập: 4.517.032'.",
]

if __name__ == "__main__":
    write("p692-7", TEXT, COMMENTS, FIGS, published=None, location="TP. Hồ Chí Minh")
