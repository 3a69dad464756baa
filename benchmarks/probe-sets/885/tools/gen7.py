"""p885-7: department site (Sở Công Thương Hưng Yên), no dateline, table one cell per line, footer with counter."""
from lib import F, P, I, C, write

HEAD = """SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Phát triển làng nghề tái chế kim loại gắn với bảo vệ môi trường

Hưng Yên hiện có 169 cơ sở tái chế nhôm, đồng, chì và sắt thép phế liệu, tập trung tại 4 huyện, thị xã. Năm 2023, tổng sản lượng kim loại tái chế đạt 42.100 tấn; giá trị sản xuất ước đạt 2.460 tỷ đồng, tăng 4,8% so với năm 2022. Chi tiết theo địa bàn như sau:

"""
HEADER = ["Huyện, thị xã", "Số cơ sở", "Sản lượng năm 2023 (tấn)", "Kế hoạch năm 2024 (tấn)"]
ROWS = [
    ("Văn Lâm", "Văn Lâm", ["86", "24.500", "26.000"]),
    ("Mỹ Hào", "Mỹ Hào", ["41", "9.800", "10.500"]),
    ("Yên Mỹ", "Yên Mỹ", ["27", "5.200", "5.000"]),
    ("Khoái Châu", "Khoái Châu", ["15", "2.600", "3.000"]),
    ("Toàn tỉnh", "Hưng Yên", ["169", "42.100", "44.500"]),
]
TAIL = """
Văn Lâm là địa phương có sản lượng lớn nhất, chiếm 58,2% tổng sản lượng toàn tỉnh năm 2023. Các cơ sở tái chế thu hút khoảng 2.300 lao động, thu nhập bình quân 7,8 triệu đồng/người/tháng.

Năm 2024, Sở Công Thương phối hợp với Sở Tài nguyên và Môi trường kiểm tra 52 cơ sở, trong đó 17 cơ sở vi phạm quy định về bảo vệ môi trường, bị xử phạt tổng cộng 465 triệu đồng. Theo Nghị quyết số 15/2023/NQ-HĐND, tỉnh hỗ trợ tối đa 300 triệu đồng/cơ sở để thay lò than bằng lò nấu cảm ứng.

Phấn đấu trong năm 2025, 100% cơ sở tái chế kim loại sử dụng lò điện hoặc lò khí hóa than có hệ thống xử lý khí thải.

SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Địa chỉ: Số 8 đường Chùa Chuông, phường Hiến Nam, TP. Hưng Yên
Điện thoại: 0221.3862.517 - Fax: 0221.3862.518
Lượt truy cập: 1.284.903
"""

lines = list(HEADER)
for label, _, cells in ROWS:
    lines.append(label)
    lines += cells
TEXT = HEAD + "\n".join(lines) + "\n" + TAIL

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C23 = P("năm 2023", "2023-01-01", "2023-12-31")
C24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 169 cơ sở", "169", 169, "count", "cơ sở", "cơ sở tái chế nhôm, đồng, chì và sắt thép phế liệu"),
    F("tại 4 huyện", "4", 4, "count", "huyện, thị xã", "huyện, thị xã tập trung cơ sở tái chế"),
    F("đạt 42.100 tấn", "42.100", 42100, "measure", "tấn", "tổng sản lượng kim loại tái chế", Y23),
    F("ước đạt 2.460 tỷ đồng", "2.460", 2460e9, "money", "đồng", "giá trị sản xuất", Y23,
      change=C("increase", 4.8, baseline="năm 2022"), status="estimate"),
]
COLS = [
    ("số cơ sở", "cơ sở", None, None),
    ("sản lượng năm 2023", "tấn", C23, None),
    ("kế hoạch sản lượng năm 2024", "tấn", C24, "target"),
]
for label, loc, cells in ROWS:
    for i, ((subj, unit, per, status), cell) in enumerate(zip(COLS, cells)):
        anchor = label + "\n" + "\n".join(cells[: i + 1])
        kind = "count" if unit == "cơ sở" else "measure"
        kw = {"location": loc}
        if status:
            kw["status"] = status
        if label == "Toàn tỉnh":
            subj = "toàn tỉnh " + subj
        FIGS.append(F(anchor, cell, int(cell.replace(".", "")), kind, unit, subj, per, **kw))

FIGS += [
    F("chiếm 58,2%", "58,2", 58.2, "percent", "%", "sản lượng trong tổng sản lượng toàn tỉnh", C23, location="Văn Lâm"),
    F("khoảng 2.300 lao động", "2.300", 2300, "count", "lao động", "lao động cơ sở tái chế", approx="about"),
    F("7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("kiểm tra 52 cơ sở", "52", 52, "count", "cơ sở", "cơ sở được kiểm tra", Y24),
    F("trong đó 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở vi phạm quy định về bảo vệ môi trường", Y24,
      total=52),
    F("465 triệu đồng", "465", 465e6, "money", "đồng", "tổng số tiền xử phạt", Y24),
    F("tối đa 300 triệu", "300", 300e6, "money", "đồng/cơ sở", "mức hỗ trợ thay lò than bằng lò nấu cảm ứng",
      approx="at_most"),
    F("2025, 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở tái chế kim loại sử dụng lò điện hoặc lò khí hóa than có hệ thống xử lý khí thải", Y25,
      status="target"),
]

NOTES = [
    "Sở Công Thương Hưng Yên site, no dateline (no published); footer with address, phone, fax and 'Lượt truy cập'.",
    "Table pasted one cell per line: header cells, then each district's label and three cells; 'Toàn tỉnh' row = Hưng Yên.",
    "Cells: subject = column label, unit from the header ('(tấn)') or the column name ('Số cơ sở'), period from the column header",
    "(Sản lượng năm 2023 / Kế hoạch năm 2024, scored), 'Kế hoạch' column = target. 169 and 42.100 also stand in the text: figures too.",
    "'tại 4 huyện, thị xã' is a count of districts: a figure. Distractors: Nghị quyết số 15/2023/NQ-HĐND, address, phone, fax, counter.",
]

write("p885-7", TEXT, NOTES, FIGS, published=None, location="Hưng Yên")
