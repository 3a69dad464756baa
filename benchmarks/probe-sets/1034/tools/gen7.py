"""p1034-7: department site (Sở Tư pháp TP Cần Thơ), no dateline, one-cell-per-line table, footer."""
from lib import C, F, I, P, write

ROWS = [
    ("Ninh Kiều", "Ninh Kiều", ("41.250", "45.780", "111,0")),
    ("Bình Thủy", "Bình Thủy", ("6.120", "6.534", "106,8")),
    ("Cái Răng", "Cái Răng", ("5.870", "6.492", "110,6")),
    ("Thốt Nốt", "Thốt Nốt", ("4.315", "4.458", "103,3")),
    ("Các quận, huyện khác", "Cần Thơ", ("9.445", "9.936", "105,2")),
    ("Toàn thành phố", "Cần Thơ", ("67.000", "73.200", "109,3")),
]
table = "\n".join(["Quận, huyện", "Năm 2023", "Năm 2024", "Năm 2024 so với năm 2023 (%)"]
                  + [x for label, _, cells in ROWS for x in (label,) + cells])

TEXT = """SỞ TƯ PHÁP THÀNH PHỐ CẦN THƠ
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Công chứng năm 2024: số việc tăng, chất lượng được nâng lên

Năm 2024, 29 tổ chức hành nghề công chứng với 64 công chứng viên trên địa bàn thành phố Cần Thơ đã công chứng 73.200 việc, tăng 9,3% so với năm 2023; thu phí công chứng 58,6 tỷ đồng, thù lao công chứng 9,2 tỷ đồng. Số việc công chứng theo quận, huyện như sau:

Đơn vị tính: việc
""" + table + """

Bình quân mỗi công chứng viên thực hiện khoảng 1.140 việc/năm. Trong năm 2024, Sở đã tiếp nhận 14 đơn phản ánh liên quan đến hoạt động công chứng, giải quyết 13 đơn, đạt 92,9%. Sở cũng tổ chức 2 lớp bồi dưỡng nghiệp vụ cho 120 lượt công chứng viên và nhân viên nghiệp vụ.

Năm 2025, Sở dự kiến số việc công chứng tăng khoảng 7%; phấn đấu 100% tổ chức hành nghề công chứng số hóa hồ sơ lưu trữ.

Địa chỉ: Số 6 Phan Đình Phùng, phường Tân An, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3820.176
Tổng lượt truy cập: 1.482.906
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("Năm 2024, 29 tổ chức", "29", 29, "count", "tổ chức hành nghề công chứng",
      "tổ chức hành nghề công chứng", Y24),
    F("với 64 công chứng viên", "64", 64, "count", "công chứng viên", "công chứng viên", Y24),
    F("công chứng 73.200 việc", "73.200", 73200, "count", "việc", "việc công chứng", Y24,
      change=C("increase", 9.3, "%", "năm 2023")),
    F("phí công chứng 58,6 tỷ", "58,6", 58.6e9, "money", "đồng", "phí công chứng", Y24),
    F("thù lao công chứng 9,2 tỷ", "9,2", 9.2e9, "money", "đồng", "thù lao công chứng", Y24),
]
COLP = [P("Năm 2023", "2023-01-01", "2023-12-31"), P("Năm 2024", "2024-01-01", "2024-12-31"),
        P("Năm 2024 so với năm 2023", "2024-01-01", "2024-12-31")]
for label, loc, cells in ROWS:
    nxt = {"Ninh Kiều": "Bình Thủy", "Bình Thủy": "Cái Răng", "Cái Răng": "Thốt Nốt",
           "Thốt Nốt": "Các quận", "Các quận, huyện khác": "Toàn thành phố", "Toàn thành phố": "\n"}[label]
    lines = [label] + list(cells)
    qual = "" if loc != "Cần Thơ" else " " + label.lower()
    for j, cell in enumerate(cells):
        anchor = "\n".join(lines[j:j + 2]) if j == 0 else "\n".join(lines[j:j + 2])
        if j == 2:
            anchor = lines[2] + "\n" + cell + ("\n" + nxt if nxt != "\n" else "\n\n")
        if j < 2:
            v = float(cell.replace(".", ""))
            FIGS.append(F(anchor, cell, v, "count", "việc",
                          f"số việc công chứng năm {2023 + j}{qual}", COLP[j], location=loc))
        else:
            v = float(cell.replace(",", "."))
            FIGS.append(F(anchor, cell, v, "percent", "%",
                          f"số việc công chứng năm 2024 so với năm 2023{qual}", COLP[2], location=loc))
FIGS += [
    F("khoảng 1.140 việc/năm", "1.140", 1140, "measure", "việc/năm",
      "số việc bình quân mỗi công chứng viên thực hiện", I(Y24), approx="about"),
    F("tiếp nhận 14 đơn", "14", 14, "count", "đơn",
      "đơn phản ánh liên quan đến hoạt động công chứng được tiếp nhận",
      P("Trong năm 2024", "2024-01-01", "2024-12-31")),
    F("giải quyết 13 đơn", "13", 13, "count", "đơn", "đơn phản ánh đã giải quyết",
      P("Trong năm 2024", "2024-01-01", "2024-12-31"), percent=92.9),
    F("tổ chức 2 lớp", "2", 2, "count", "lớp", "lớp bồi dưỡng nghiệp vụ",
      I(P("Trong năm 2024", "2024-01-01", "2024-12-31"))),
    F("cho 120 lượt", "120", 120, "count", "lượt công chứng viên và nhân viên nghiệp vụ",
      "lượt công chứng viên và nhân viên nghiệp vụ được bồi dưỡng",
      I(P("Trong năm 2024", "2024-01-01", "2024-12-31"))),
    F("tăng khoảng 7%", "7", 7, "percent", "%", "tốc độ tăng số việc công chứng",
      P("Năm 2025", "2025-01-01", "2025-12-31"), approx="about", status="forecast"),
    F("phấn đấu 100% tổ chức", "100", 100, "percent", "%",
      "tổ chức hành nghề công chứng số hóa hồ sơ lưu trữ",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

HEADER = [
    "Sở Tư pháp TP Cần Thơ (department site, no dateline): công chứng năm 2024; table one cell per line",
    "(Quận, huyện | Năm 2023 | Năm 2024 | Năm 2024 so với năm 2023 (%)), unit from 'Đơn vị tính: việc'.",
    "No date of its own, so no `published`. Footer address 'Số 6 Phan Đình Phùng', phone and 'Tổng lượt truy cập: 1.482.906' are furniture.",
    "Table cells: period from the column header (scored, as the shared gold does for tables); the index column (so với năm trước, %)",
    "is a percent figure for 2024. Rows 'Các quận, huyện khác' and 'Toàn thành phố' take Cần Thơ as location; no totals for cells.",
    "'1.140 việc/năm' per notary is a rate (measure); '13 đơn, đạt 92,9%' has percent 92.9 but no total (no part-of cue).",
]

write("p1034-7", TEXT, HEADER, FIGS, location="Cần Thơ")
