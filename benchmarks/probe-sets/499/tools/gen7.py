from lib import F, P, I, CH, emit

ROWS = [("Ô tô con", "12.480", "8.915", "14.060"),
        ("Ô tô tải", "5.326", "3.742", "6.218"),
        ("Ô tô khách", "1.874", "2.035", "1.592"),
        ("Rơ moóc, sơ mi rơ moóc", "820", "610", "1.070")]
MONTHS = ["Tháng 1/2024", "Tháng 2/2024", "Tháng 3/2024"]
table = "\n".join(["Loại phương tiện"] + MONTHS + [c for row in ROWS for c in row])

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH ĐỒNG NAI
Trang chủ » Hoạt động ngành » Đăng kiểm - Sát hạch

Kết quả kiểm định phương tiện và cấp giấy phép lái xe quý I/2024

Quý I/2024, 6 trung tâm đăng kiểm xe cơ giới trên địa bàn tỉnh Đồng Nai đã kiểm định 58.742 lượt phương tiện, tăng 9,5% so với quý I/2023; trong đó 3.105 lượt không đạt yêu cầu ở lần kiểm định đầu tiên, chiếm 5,3%.

Số lượt phương tiện kiểm định theo tháng
Đơn vị tính: lượt xe
""" + table + """

Cũng trong quý I/2024, Sở đã tổ chức sát hạch, cấp mới 14.385 giấy phép lái xe ô tô, trong đó hạng B2 chiếm 61,2%; đổi 9.870 giấy phép lái xe, tăng 12% so với cùng kỳ, trong đó 4.210 trường hợp đổi trực tuyến qua Cổng dịch vụ công. Phí sát hạch, lệ phí cấp giấy phép lái xe nộp ngân sách đạt 6,24 tỷ đồng.

Năm 2024, Sở phấn đấu tỷ lệ hồ sơ đổi giấy phép lái xe trực tuyến đạt từ 50% trở lên; dự kiến đưa Trung tâm Đăng kiểm 60-05D tại huyện Long Thành vào hoạt động từ tháng 9.

Bộ phận Một cửa - Sở Giao thông vận tải
Địa chỉ: Số 2, đường Nguyễn Ái Quốc, phường Tân Tiến, TP. Biên Hòa
Điện thoại: 0251.3822.565
Tổng lượt truy cập: 2.561.904
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = P("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
MP = [P("Tháng 1/2024", "2024-01-01", "2024-01-31"),
      P("Tháng 2/2024", "2024-02-01", "2024-02-29"),
      P("Tháng 3/2024", "2024-03-01", "2024-03-31")]


def num(s):
    return int(s.replace(".", ""))


FIGS = [
    F("Quý I/2024, 6 trung tâm", "6", 6, "count", "trung tâm", "trung tâm đăng kiểm xe cơ giới", Q1),
    F("kiểm định 58.742 lượt", "58.742", 58742, "count", "lượt phương tiện", "lượt phương tiện được kiểm định", Q1,
      change=CH("increase", 9.5, "%", "quý I/2023")),
    F("đó 3.105 lượt", "3.105", 3105, "count", "lượt", "lượt không đạt yêu cầu ở lần kiểm định đầu tiên", Q1,
      total=58742, percent=5.3),
]
for r, (label, *cells) in enumerate(ROWS):
    for i, cell in enumerate(cells):
        if i == 0:
            anchor = f"{label}\n{cell}\n"
        elif i == 1:
            anchor = f"\n{cells[0]}\n{cell}\n{cells[2]}"
        else:
            anchor = f"{cells[1]}\n{cell}"
        FIGS.append(F(anchor, cell, num(cell), "count", "lượt xe",
                      f"số lượt phương tiện kiểm định {label.lower()} {MONTHS[i].lower()}", MP[i]))
FIGS += [
    F("cấp mới 14.385 giấy", "14.385", 14385, "count", "giấy phép lái xe", "giấy phép lái xe ô tô cấp mới", Q1b),
    F("chiếm 61,2%", "61,2", 61.2, "percent", "%", "giấy phép lái xe hạng B2", Q1b),
    F("đổi 9.870 giấy", "9.870", 9870, "count", "giấy phép lái xe", "giấy phép lái xe được đổi", Q1b,
      change=CH("increase", 12, "%", "cùng kỳ")),
    F("đó 4.210 trường hợp", "4.210", 4210, "count", "trường hợp", "trường hợp đổi giấy phép lái xe trực tuyến", Q1b,
      total=9870),
    F("đạt 6,24 tỷ", "6,24", 6240000000, "money", "đồng", "phí sát hạch, lệ phí cấp giấy phép lái xe nộp ngân sách", I(Q1b)),
    F("từ 50% trở lên", "50", 50, "percent", "%", "tỷ lệ hồ sơ đổi giấy phép lái xe trực tuyến", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Sở GTVT Đồng Nai (department site), no dateline: vehicle inspections (đăng kiểm) and driving licences in Q1/2024, with a",
    "one-cell-per-line table (Tháng 1/2024 | Tháng 2/2024 | Tháng 3/2024) under 'Đơn vị tính: lượt xe'. Location Đồng Nai throughout.",
    "Table: every numeric cell a figure; subject = table indicator + row label + column; period from the column header (scored).",
    "The four rows add up to 58.742, but the table is a separate block with no cue, so its cells get no total.",
    "'trong đó 3.105 lượt …, chiếm 5,3%' -> part of 58.742 with percent 5,3. 'trong đó hạng B2 chiếm 61,2%': the B2 part has no count of",
    "its own, so 61,2% is a percent figure (not a share of 14.385, which is the whole). 'trong đó 4.210 trường hợp' -> total 9.870.",
    "'ở lần kiểm định đầu tiên' is an ordinal; 'hạng B2', 'Trung tâm Đăng kiểm 60-05D', 'từ tháng 9' (date), address, phone, visit counter",
    "are distractors. 'phấn đấu … đạt từ 50% trở lên' target, at_least. The 6,24 tỷ sentence states no period: inherited Q1.",
]

emit("p499-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Nai")
