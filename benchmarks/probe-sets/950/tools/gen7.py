"""p950-7: Sở Xây dựng Khánh Hòa site (no dateline) — trụ nước chữa cháy tại các đô thị, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ XÂY DỰNG TỈNH KHÁNH HÒA
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Phát triển hệ thống trụ nước chữa cháy tại các đô thị

Hệ thống cấp nước chữa cháy tại các đô thị trên địa bàn tỉnh tiếp tục được đầu tư theo quy hoạch cấp nước đã được phê duyệt. Năm 2024, các đơn vị cấp nước đã lắp mới 148 trụ nước chữa cháy, đạt 98,7% kế hoạch, với tổng kinh phí hơn 3,1 tỷ đồng. Đến cuối năm 2024, toàn tỉnh có 2.036 trụ, tăng 7,8% so với cuối năm 2023.

Số trụ nước chữa cháy tại các đô thị
Đơn vị tính: trụ
Đô thị
Năm 2023
Năm 2024
Kế hoạch 2025
TP Nha Trang
1.104
1.187
1.260
TP Cam Ranh
312
345
380
TX Ninh Hòa
186
203
230
Tổng cộng
1.602
1.735
1.870

Bên cạnh trụ nước, toàn tỉnh hiện có 264 bể nước chữa cháy với tổng dung tích khoảng 13.200 m3 và 58 bến lấy nước tại sông Cái, đầm Nha Phu. Khoảng 23% số trụ tại TP Nha Trang có áp lực thấp vào giờ cao điểm mùa khô, chủ yếu ở các phường Vĩnh Hòa, Vĩnh Phước.

Theo Quyết định số 2108/QĐ-UBND, đến năm 2030, 100% khu dân cư đô thị được bảo đảm bán kính phục vụ của trụ nước không quá 150 m; mỗi khu công nghiệp có ít nhất 2 nguồn cấp nước chữa cháy độc lập.

SỞ XÂY DỰNG TỈNH KHÁNH HÒA
Địa chỉ: Số 04 Phan Chu Trinh, phường Xương Huân, TP Nha Trang
Điện thoại: 0258.3822.567 - Fax: 0258.3824.015
Lượt truy cập: 1.287.346
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
END24 = P("Đến cuối năm 2024", None, "2024-12-31")
TO30 = P("đến năm 2030", None, "2030-12-31")
COLS = [(P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        (P("Năm 2024", "2024-01-01", "2024-12-31"), "actual"),
        (P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("TP Nha Trang", "Nha Trang", ["1.104", "1.187", "1.260"]),
        ("TP Cam Ranh", "Cam Ranh", ["312", "345", "380"]),
        ("TX Ninh Hòa", "Ninh Hòa", ["186", "203", "230"]),
        ("Tổng cộng", "Khánh Hòa", ["1.602", "1.735", "1.870"])]

FIGS = [
    F("lắp mới 148 trụ", "148", 148, "count", "trụ nước chữa cháy", percent=98.7,
      subject="trụ nước chữa cháy lắp mới", period=Y24),
    F("hơn 3,1 tỷ đồng", "3,1", 3_100_000_000, "money", "đồng", approx="over",
      subject="tổng kinh phí lắp mới trụ nước chữa cháy", period=Y24),
    F("có 2.036 trụ", "2.036", 2036, "count", "trụ", change=C("increase", 7.8, "%", "cuối năm 2023"),
      subject="trụ nước chữa cháy toàn tỉnh", period=END24),
]
for label, loc, cells in ROWS:
    prev = label
    for cell, (per, status) in zip(cells, COLS):
        subj = "trụ nước chữa cháy tại các đô thị" if label == "Tổng cộng" else "trụ nước chữa cháy"
        extra = {"status": status} if status != "actual" else {}
        FIGS.append(F(f"{prev}\n{cell}", cell, float(cell.replace(".", "")), "count", "trụ", subj, per,
                      location=loc, **extra))
        prev = cell

FIGS += [
    F("có 264 bể", "264", 264, "count", "bể nước chữa cháy", "bể nước chữa cháy"),
    F("khoảng 13.200 m3", "13.200", 13200, "measure", "m3", approx="about", subject="tổng dung tích bể nước chữa cháy"),
    F("58 bến", "58", 58, "count", "bến lấy nước", "bến lấy nước tại sông Cái, đầm Nha Phu"),
    F("Khoảng 23% số trụ", "23", 23, "percent", "%", approx="about",
      subject="trụ có áp lực thấp vào giờ cao điểm mùa khô", location="Nha Trang"),
    F("100% khu dân cư", "100", 100, "percent", "%", status="target",
      subject="khu dân cư đô thị được bảo đảm bán kính phục vụ của trụ nước", period=TO30),
    F("không quá 150 m", "150", 150, "measure", "m", approx="at_most", subject="bán kính phục vụ của trụ nước",
      optional=True),
    F("ít nhất 2 nguồn", "2", 2, "count", "nguồn cấp nước chữa cháy", approx="at_least", status="target",
      subject="nguồn cấp nước chữa cháy độc lập mỗi khu công nghiệp", period=TO30, optional=True),
]

NOTES = [
    "Sở Xây dựng Khánh Hòa: department page with no dateline (published absent); footer address, phone/fax and visit counter.",
    "Table pasted one cell per line: header cells Đô thị / Năm 2023 / Năm 2024 / Kế hoạch 2025, then 4 rows of 4 cells.",
    "Each numeric cell is a figure: unit 'trụ' from 'Đơn vị tính', period from the column header (scored), 'Kế hoạch 2025' → target;",
    "place rows go to location, the 'Tổng cộng' row is Khánh Hòa (its own figure, no totals on cells).",
    "'đạt 98,7% kế hoạch' is the share of 148. 'ít nhất 2 nguồn' per khu công nghiệp is a per-unit requirement like '150 m': optional.",
    "Distractors: Quyết định số 2108/QĐ-UBND, 'Số 04 Phan Chu Trinh', phone/fax, 'Lượt truy cập: 1.287.346'.",
]

write(7, TEXT, NOTES, FIGS, location="Khánh Hòa")
