"""p1148-7: department site (Sở TN&MT Thái Nguyên), no dateline, one-cell-per-line table by locality."""
from lib import F, P, I, C, T, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THÁI NGUYÊN
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Tăng cường quản lý chất thải nguy hại tại các khu, cụm công nghiệp

Năm 2023, toàn tỉnh có 685 cơ sở đăng ký chủ nguồn thải chất thải nguy hại, tổng khối lượng phát sinh 34.870 tấn, tăng 9,2% so với năm 2022. Khối lượng được thu gom, xử lý đạt 34.120 tấn, đạt tỷ lệ 97,8%.

Số cơ sở và khối lượng chất thải nguy hại phát sinh năm 2023 theo địa bàn:
Đơn vị tính: cơ sở; tấn
Địa bàn
Số cơ sở
Khối lượng phát sinh
TP Thái Nguyên
214
6.930
TP Phổ Yên
268
19.450
TP Sông Công
117
5.280
Các huyện còn lại
86
3.210
Tổng số
685
34.870

Về năng lực xử lý, trên địa bàn tỉnh có 3 cơ sở được cấp phép xử lý chất thải nguy hại với tổng công suất khoảng 95 tấn/ngày. Năm 2023, Sở đã kiểm tra 58 cơ sở, đề nghị xử phạt 9 cơ sở với tổng số tiền phạt 1,26 tỷ đồng. Hai cơ sở ở TP Phổ Yên bị phạt bổ sung do tự ý chôn lấp xỉ thải có thành phần nguy hại, buộc khắc phục hậu quả đối với khoảng 1.300 tấn xỉ.

Năm 2024, Sở phấn đấu kiểm tra trên 70 cơ sở; 100% chủ nguồn thải được cập nhật trên cơ sở dữ liệu môi trường của tỉnh.

Tin liên quan:
- Tập huấn quản lý chất thải rắn công nghiệp lần thứ 2 năm 2023
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THÁI NGUYÊN
Địa chỉ: Số 425, đường Phan Đình Phùng, TP Thái Nguyên
Điện thoại: 0208.3855.486
Lượt truy cập: 2.048.117 | Trực tuyến: 31
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TAB = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ROWS = {"TP Thái Nguyên": "Thái Nguyên", "TP Phổ Yên": "Phổ Yên", "TP Sông Công": "Sông Công",
        "Các huyện còn lại": None, "Tổng số": None}


def cell(anchor, number, value, row, col):
    loc = ROWS[row]
    if col == "Số cơ sở":
        kind, unit, subj = "count", "cơ sở", "số cơ sở phát sinh chất thải nguy hại"
    else:
        kind, unit, subj = "measure", "tấn", "khối lượng chất thải nguy hại phát sinh"
    if loc is None:
        subj += " " + row.lower()
    kw = {"location": loc} if loc else {}
    return F(anchor, number, value, kind, unit, subject=subj, period=TAB, **kw)


FIGS = [
    F("có 685 cơ sở", "685", 685, "count", "cơ sở",
      subject="cơ sở đăng ký chủ nguồn thải chất thải nguy hại", period=Y23),
    F("phát sinh 34.870 tấn", "34.870", 34870, "measure", "tấn",
      change=C("increase", 9.2, "%", "năm 2022"),
      subject="tổng khối lượng chất thải nguy hại phát sinh", period=Y23),
    F("đạt 34.120 tấn", "34.120", 34120, "measure", "tấn", percent=97.8,
      subject="khối lượng chất thải nguy hại được thu gom, xử lý", period=I(Y23)),
    cell("Nguyên\n214", "214", 214, "TP Thái Nguyên", "Số cơ sở"),
    cell("214\n6.930", "6.930", 6930, "TP Thái Nguyên", "Khối lượng phát sinh"),
    cell("Yên\n268", "268", 268, "TP Phổ Yên", "Số cơ sở"),
    cell("268\n19.450", "19.450", 19450, "TP Phổ Yên", "Khối lượng phát sinh"),
    cell("Công\n117", "117", 117, "TP Sông Công", "Số cơ sở"),
    cell("117\n5.280", "5.280", 5280, "TP Sông Công", "Khối lượng phát sinh"),
    cell("còn lại\n86", "86", 86, "Các huyện còn lại", "Số cơ sở"),
    cell("86\n3.210", "3.210", 3210, "Các huyện còn lại", "Khối lượng phát sinh"),
    cell("Tổng số\n685", "685", 685, "Tổng số", "Số cơ sở"),
    cell("685\n34.870", "34.870", 34870, "Tổng số", "Khối lượng phát sinh"),
    F("có 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở được cấp phép xử lý chất thải nguy hại"),
    F("khoảng 95 tấn/ngày", "95", 95, "measure", "tấn/ngày", approx="about",
      subject="tổng công suất các cơ sở xử lý chất thải nguy hại"),
    F("kiểm tra 58 cơ sở", "58", 58, "count", "cơ sở", subject="cơ sở được Sở kiểm tra", period=Y23b),
    F("phạt 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở bị đề nghị xử phạt", period=Y23b),
    F("phạt 1,26 tỷ", "1,26", 1260000000, "money", "đồng", subject="tổng số tiền phạt", period=Y23b),
    F("Hai cơ sở", "Hai", 2, "count", "cơ sở",
      subject="cơ sở bị phạt bổ sung do tự ý chôn lấp xỉ thải có thành phần nguy hại",
      period=I(Y23b), location="Phổ Yên"),
    F("khoảng 1.300 tấn", "1.300", 1300, "measure", "tấn", approx="about",
      subject="xỉ thải phải khắc phục hậu quả", period=I(Y23b), location="Phổ Yên"),
    F("trên 70 cơ sở", "70", 70, "count", "cơ sở", approx="over", status="target",
      subject="cơ sở được Sở kiểm tra", period=Y24),
    F("; 100% chủ", "100", 100, "percent", "%", status="target",
      subject="chủ nguồn thải được cập nhật trên cơ sở dữ liệu môi trường của tỉnh", period=Y24),
]

NOTES = [
    "Department site (Sở TN&MT Thái Nguyên), no dateline: no published. Menu, related link, footer address, phone, visit counters.",
    "One-cell-per-line table, 'Đơn vị tính: cơ sở; tấn' (unit per column). Rows are places: location = the city (TP Thái Nguyên → Thái Nguyên),",
    "subject = the column's indicator; 'Các huyện còn lại' and 'Tổng số' stay in the province and keep the row label in the subject.",
    "Table period 'năm 2023' stands in the caption line: inherited. Cells get no totals. 9 cơ sở has no part cue to 58: no total.",
    "Distractors: 'lần thứ 2 năm 2023', 'Số 425, đường Phan Đình Phùng', phone 0208.3855.486, 'Lượt truy cập: 2.048.117', 'Trực tuyến: 31'.",
    "'Hai cơ sở ở TP Phổ Yên' (number word) and the 1.300 tấn of slag → Phổ Yên, period inherited. 'phấn đấu' governs both clauses after ';'.",
]

if __name__ == "__main__":
    write("p1148-7", TEXT, NOTES, FIGS, published=None, location="Thái Nguyên")
