from lib import F, P, build

TEXT = """Long An: Đẩy mạnh cấp phép, nâng chất lượng nhóm trẻ độc lập tư thục
Ngày cập nhật: 03/10/2024

Tính đến 30/9, toàn tỉnh có 263 nhóm trẻ, lớp mẫu giáo độc lập tư thục, tăng 8 nhóm so với cuối năm 2023; trong đó 236 nhóm đã được cấp phép hoạt động, đạt 89,7%. Với kết quả này, Long An đứng thứ 3 khu vực Đồng bằng sông Cửu Long về tỷ lệ nhóm trẻ được cấp phép.

Các địa phương có nhiều nhóm trẻ nhất là huyện Đức Hòa 78 nhóm, huyện Bến Lức 54 nhóm, huyện Cần Giuộc 41 nhóm; thấp nhất là huyện Tân Hưng với 2 nhóm. Các nhóm, lớp đang nuôi dạy 6.208 trẻ, trong đó hơn 70% là con công nhân, người lao động tại các khu, cụm công nghiệp.

Trong 9 tháng năm 2024, Sở phối hợp với các ngành kiểm tra 112 lượt nhóm trẻ, nhắc nhở 19 cơ sở, xử phạt 5 cơ sở với số tiền 62 triệu đồng.

Một số chỉ tiêu về nhóm trẻ độc lập
Đơn vị tính: nhóm
Chỉ tiêu
Đến 31/12/2023
Đến 30/9/2024
Kế hoạch năm 2024
Đang hoạt động
255
263
265
Được cấp phép
221
236
265
Chưa được cấp phép
34
27
0
Có camera giám sát
180
214
265
Tỷ lệ được cấp phép (%)
86,7
89,7
100

Thời gian tới, Sở tiếp tục hướng dẫn các nhóm trẻ hoàn thiện hồ sơ, phấn đấu đến cuối năm có 100% nhóm trẻ đủ điều kiện được cấp phép.

Mọi ý kiến phản ánh về nhóm trẻ xin gửi về Phòng Giáo dục Mầm non, Sở Giáo dục và Đào tạo, số 155 đường Hùng Vương, Phường 2, TP Tân An; điện thoại 0272.3826.155.
"""

ASOF = P("Tính đến 30/9", None, "2024-09-30")
ASOF_I = P("Tính đến 30/9", None, "2024-09-30", inherited=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
LIST = "nhóm trẻ độc lập tư thục"

COLS = [("đến 31/12/2023", P("Đến 31/12/2023", None, "2023-12-31"), "actual"),
        ("đến 30/9/2024", P("Đến 30/9/2024", None, "2024-09-30"), "actual"),
        ("kế hoạch năm 2024", P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Đang hoạt động", "hoạt động\n", ["255", "263", "265"], "count", "nhóm"),
        ("Được cấp phép", "Được cấp phép\n", ["221", "236", "265"], "count", "nhóm"),
        ("Chưa được cấp phép", "Chưa được cấp phép\n", ["34", "27", "0"], "count", "nhóm"),
        ("Có camera giám sát", "giám sát\n", ["180", "214", "265"], "count", "nhóm"),
        ("Tỷ lệ được cấp phép", "phép (%)\n", ["86,7", "89,7", "100"], "percent", "%")]
TABLE = []
for label, lead, cells, kind, unit in ROWS:
    prefix = lead
    for (col, per, status), cell in zip(COLS, cells):
        v = float(cell.replace(",", ".")) if "," in cell else int(cell)
        kw = {"status": status} if status != "actual" else {}
        TABLE.append(F(prefix + cell, cell, v, kind, unit, f"{label} nhóm trẻ độc lập {col}", period=per, **kw))
        prefix = cell + "\n"

FIGS = [
    F("có 263 nhóm", "263", 263, "count", "nhóm trẻ, lớp mẫu giáo", "nhóm trẻ, lớp mẫu giáo độc lập tư thục",
      change={"direction": "increase", "value": 8, "unit": "nhóm", "baseline": "cuối năm 2023"}, period=ASOF),
    F("trong đó 236 nhóm", "236", 236, "count", "nhóm", "nhóm đã được cấp phép hoạt động",
      total=263, percent=89.7, period=ASOF),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "tỷ lệ nhóm trẻ được cấp phép", period=ASOF_I),
    F("Đức Hòa 78 nhóm", "78", 78, "count", "nhóm", LIST, period=ASOF_I, location="Đức Hòa"),
    F("Bến Lức 54 nhóm", "54", 54, "count", "nhóm", LIST, period=ASOF_I, location="Bến Lức"),
    F("Cần Giuộc 41 nhóm", "41", 41, "count", "nhóm", LIST, period=ASOF_I, location="Cần Giuộc"),
    F("với 2 nhóm", "2", 2, "count", "nhóm", LIST, period=ASOF_I, location="Tân Hưng"),
    F("nuôi dạy 6.208 trẻ", "6.208", 6208, "count", "trẻ", "trẻ được nuôi dạy tại các nhóm, lớp", period=ASOF_I),
    F("hơn 70%", "70", 70, "percent", "%", "trẻ là con công nhân, người lao động tại các khu, cụm công nghiệp",
      approx="over", period=ASOF_I),
    F("kiểm tra 112 lượt", "112", 112, "count", "lượt nhóm trẻ", "lượt nhóm trẻ được kiểm tra", period=M9),
    F("nhắc nhở 19 cơ sở", "19", 19, "count", "cơ sở", "cơ sở bị nhắc nhở", period=M9),
    F("xử phạt 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở bị xử phạt", period=M9),
    F("62 triệu đồng", "62", 62000000, "money", "đồng", "số tiền xử phạt", period=M9),
    F("có 100% nhóm", "100", 100, "percent", "%", "nhóm trẻ đủ điều kiện được cấp phép", status="target",
      period=P("đến cuối năm", None, "2024-12-31")),
] + TABLE

COMMENTS = [
    "Sở GD&ĐT Long An (department site): licensing of independent childcare groups at 30/9/2024; dateline 'Ngày cập nhật: 03/10/2024' without time.",
    "Table written one cell per line: header 'Chỉ tiêu / Đến 31/12/2023 / Đến 30/9/2024 / Kế hoạch năm 2024', 'Đơn vị tính: nhóm', last row '(%)'.",
    "Every numeric cell (the zero included) is a figure; subject = row label + column label; period from the column header (as-of dates end there);",
    "the 'Kế hoạch năm 2024' column is status target. No totals for table cells.",
    "'Tính đến 30/9' has no year: it takes 2024 from the dateline. 'trong đó 236 nhóm' is part of 263 (same sentence, scored period).",
    "'đứng thứ 3 khu vực ĐBSCL' is a rank. District list: location = district, subject = list indicator. 'hơn 70%' after 'trong đó' is a percent (no total).",
    "'phấn đấu đến cuối năm có 100% …' is a target; 'cuối năm' takes 2024 from the dateline.",
    "Distractors: 'số 155 đường Hùng Vương, Phường 2, TP Tân An' (address; the city is not the figures' place), phone 0272.3826.155, dates.",
]

if __name__ == "__main__":
    build(6, TEXT, COMMENTS, FIGS, published="2024-10-03", location="Long An")
