from lib import F, P, emit

ROWS = [
    ("Tỷ lệ phụ nữ đẻ được khám thai từ 4 lần trở lên", "%", ["78,4", "81,2", "84,0", "86"]),
    ("Tỷ lệ phụ nữ đẻ tại cơ sở y tế", "%", ["94,1", "95,6", "96,3", "97"]),
    ("Tỷ lệ trẻ sơ sinh được sàng lọc", "%", ["35,2", "48,7", "61,5", "70"]),
    ("Tỷ số tử vong mẹ", "ca/100.000 trẻ đẻ sống", ["52", "47", "44", "< 42"]),
    ("Tỷ suất tử vong trẻ em dưới 1 tuổi", "ca/1.000 trẻ đẻ sống", ["13,8", "13,1", "12,4", "12"]),
    ("Số trẻ sinh ra", "trẻ", ["9.812", "9.540", "9.305", "9.400"]),
]
COLS = ["Năm 2021", "Năm 2022", "Năm 2023", "Kế hoạch 2024"]
lines = ["Chỉ tiêu", "Đơn vị tính"] + COLS
for label, unit, cells in ROWS:
    lines += [label, unit] + cells
TABLE = "\n".join(lines)

TEXT = """SỞ Y TẾ TỈNH QUẢNG TRỊ
Quảng Trị: Kết quả chăm sóc sức khỏe bà mẹ, trẻ em giai đoạn 2021-2023
Ngày cập nhật: 05/03/2024

Chiều 4/3, Sở Y tế tổ chức hội nghị đánh giá công tác chăm sóc sức khỏe sinh sản giai đoạn 2021-2023 và triển khai kế hoạch năm 2024. Trong 3 năm qua, các chỉ tiêu chủ yếu về sức khỏe bà mẹ, trẻ em của tỉnh Quảng Trị đều được cải thiện; năm 2023 tỷ số tử vong mẹ giảm còn 44 ca trên 100.000 trẻ đẻ sống.

Bảng: Một số chỉ tiêu sức khỏe bà mẹ, trẻ em
""" + TABLE + """

Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh

Năm 2023, tỷ lệ trẻ sơ sinh được sàng lọc cao nhất ở thành phố Đông Hà (82,4%) và thị xã Quảng Trị (78,9%), thấp nhất ở huyện Hướng Hóa (34,1%) và huyện Đakrông (29,6%). Toàn tỉnh hiện có 9/10 trung tâm y tế huyện đã triển khai sàng lọc sơ sinh.

Năm 2024, ngành y tế dự kiến dành 3,2 tỷ đồng từ nguồn sự nghiệp y tế để mua sắm 8 máy đo âm ốc tai và tập huấn cho khoảng 250 nữ hộ sinh tuyến xã. Mọi thông tin xin liên hệ Phòng Nghiệp vụ Y, số 34 Trần Hưng Đạo, TP Đông Hà; ĐT: 0233.3852.464.
"""

FIGS = [
    F("giảm còn 44 ca", "44", 44, "measure", "ca/100.000 trẻ đẻ sống", "tỷ số tử vong mẹ",
      P("năm 2023", "2023-01-01", "2023-12-31")),
]
YEARS = [("Năm 2021", "2021"), ("Năm 2022", "2022"), ("Năm 2023", "2023"), ("Kế hoạch 2024", "2024")]
for label, unit, cells in ROWS:
    for i, (cell, (col, yr)) in enumerate(zip(cells, YEARS)):
        prev = cells[i - 1] if i else unit
        anchor = f"{prev}\n{cell}"
        num = cell.replace("< ", "")
        val = float(num.replace(".", "").replace(",", ".")) if "," in num else float(num.replace(".", ""))
        kind = "percent" if unit == "%" else ("count" if unit == "trẻ" else "measure")
        kw = {}
        if col.startswith("Kế hoạch"):
            kw["status"] = "target"
        if cell.startswith("<"):
            kw["approx"] = "under"
        FIGS.append(F(anchor, num, val, kind, unit, f"{label} {col.lower()}",
                      P(col, f"{yr}-01-01", f"{yr}-12-31"), **kw))
FIGS += [
    F("khám thai từ 4 lần trở lên", "4", 4, "count", "lần", approx="at_least", optional=True),
    F("trẻ em dưới 1 tuổi\n", "1", 1, "measure", "tuổi", approx="under", optional=True),
]
YI = P("Năm 2023", "2023-01-01", "2023-12-31")
LIST = "tỷ lệ trẻ sơ sinh được sàng lọc"
FIGS += [
    F("Đông Hà (82,4%)", "82,4", 82.4, "percent", "%", LIST, YI, location="Đông Hà"),
    F("thị xã Quảng Trị (78,9%)", "78,9", 78.9, "percent", "%", LIST, YI, location="Quảng Trị"),
    F("Hướng Hóa (34,1%)", "34,1", 34.1, "percent", "%", LIST, YI, location="Hướng Hóa"),
    F("Đakrông (29,6%)", "29,6", 29.6, "percent", "%", LIST, YI, location="Đakrông"),
    F("có 9/10 trung tâm", "9", 9, "count", "trung tâm y tế huyện", "trung tâm y tế huyện đã triển khai sàng lọc sơ sinh",
      P("hiện", None, "2024-03-05", inh=True), total=10),
    F("dành 3,2 tỷ đồng", "3,2", 3200000000, "money", "đồng", "kinh phí từ nguồn sự nghiệp y tế",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
    F("sắm 8 máy", "8", 8, "count", "máy đo âm ốc tai", "máy đo âm ốc tai mua sắm",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
    F("khoảng 250 nữ hộ sinh", "250", 250, "count", "nữ hộ sinh", "nữ hộ sinh tuyến xã được tập huấn",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Sở Y tế Quảng Trị (department site): maternal and child health indicators 2021-2023 and plan 2024. 'Ngày cập nhật: 05/03/2024' without time.",
    "Table written one cell per line: 'Chỉ tiêu | Đơn vị tính | Năm 2021 | Năm 2022 | Năm 2023 | Kế hoạch 2024'; the unit cell of each row gives the unit.",
    "Every numeric cell is a figure; subject = row label + column label; period from the column header (scored, as in shared h23); 'Kế hoạch 2024' → status target.",
    "'< 42' is under 42 (target). Rate rows keep the denominator in the unit. Row label criteria ('từ 4 lần trở lên', 'dưới 1 tuổi') optional.",
    "District list: 'thị xã Quảng Trị' shares the province name. '9/10 trung tâm' total 10; 'hiện có' gives no period. 'dự kiến dành …' makes the money and the two counts that continue the clause forecasts.",
    "Distractors: 'giai đoạn 2021-2023', 'Chiều 4/3', 'Trong 3 năm qua' (duration), 'số 34 Trần Hưng Đạo', phone 0233.3852.464.",
]
emit(7, TEXT, COMMENTS, FIGS, published="2024-03-05", location="Quảng Trị")
