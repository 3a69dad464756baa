"""p981-3: formal report of UBND tỉnh Lai Châu, year 2023, with a flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH LAI CHÂU
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lai Châu, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả công tác chăm sóc sức khỏe bà mẹ, trẻ em năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Chăm sóc trước sinh
Năm 2023, ước tính toàn tỉnh quản lý 8.950 phụ nữ mang thai, đạt 97,1% kế hoạch; tỷ lệ phụ nữ đẻ được khám thai từ 4 lần trở lên ước đạt 68,5%, tăng 4,2 điểm phần trăm so với năm 2022.

2. Sinh tại cơ sở y tế
Kết quả năm 2023 tại 4 huyện khó khăn nhất như sau:
Đơn vị tính: ca, %
Huyện | Trẻ đẻ sống | Sinh tại cơ sở y tế | Tỷ lệ sinh tại cơ sở y tế
Mường Tè | 1.024 | 803 | 78,4
Sìn Hồ | 1.512 | 1.247 | 82,5
Nậm Nhùn | 612 | 461 | 75,3
Phong Thổ | 1.388 | 1.190 | 85,7
Cộng | 4.536 | 3.701 | 81,6

3. Tử vong mẹ
Trong năm, toàn tỉnh ghi nhận 3 ca tử vong mẹ (năm 2022 là 5 ca); tỷ số tử vong mẹ ước khoảng 34 ca/100.000 trẻ đẻ sống.

4. Cô đỡ thôn bản
Toàn tỉnh duy trì 212 cô đỡ thôn bản tại 8/8 huyện, thành phố; trong năm đã mở 6 lớp đào tạo lại cho 154 cô đỡ.

II. PHƯƠNG HƯỚNG NĂM 2024
1. Phấn đấu tỷ lệ phụ nữ sinh con tại cơ sở y tế toàn tỉnh đạt 85%, tỷ lệ khám thai từ 4 lần trở lên đạt 72%.
2. Dự kiến bố trí khoảng 3,2 tỷ đồng từ Chương trình MTQG 1719 để nâng cấp phòng đẻ cho 15 trạm y tế xã.

Nơi nhận: Bộ Y tế; TT Tỉnh ủy; TT HĐND tỉnh; Lưu: VT.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23t = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y23in = P("Trong năm", "2023-01-01", "2023-12-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = [
    # (row label, anchors..., values)
    ("Mường Tè", [("Mường Tè | 1.024", "1.024", 1024), ("| 803 |", "803", 803), ("| 78,4", "78,4", 78.4)]),
    ("Sìn Hồ", [("Sìn Hồ | 1.512", "1.512", 1512), ("| 1.247 |", "1.247", 1247), ("| 82,5", "82,5", 82.5)]),
    ("Nậm Nhùn", [("Nậm Nhùn | 612", "612", 612), ("| 461 |", "461", 461), ("| 75,3", "75,3", 75.3)]),
    ("Phong Thổ", [("Phong Thổ | 1.388", "1.388", 1388), ("| 1.190 |", "1.190", 1190), ("| 85,7", "85,7", 85.7)]),
]
COLS = [("count", "ca", "trẻ đẻ sống"), ("count", "ca", "sinh tại cơ sở y tế"),
        ("percent", "%", "tỷ lệ sinh tại cơ sở y tế")]

FIGS = [
    F("quản lý 8.950 phụ nữ", "8.950", 8950, "count", "phụ nữ", "phụ nữ mang thai được quản lý", Y23,
      percent=97.1, status="estimate"),
    F("ước đạt 68,5%", "68,5", 68.5, "percent", "%", "tỷ lệ phụ nữ đẻ được khám thai từ 4 lần trở lên", Y23,
      change=C("increase", 4.2, "điểm phần trăm", "năm 2022"), status="estimate"),
    F("khám thai từ 4 lần trở lên ước", "4", 4, "count", "lần", "số lần khám thai", approx="at_least", optional=True),
]
for place, cells in ROWS:
    for (anchor, num, val), (kind, unit, subj) in zip(cells, COLS):
        FIGS.append(F(anchor, num, val, kind, unit, subj, Y23t, location=place))
for (anchor, num, val), (kind, unit, subj) in zip(
        [("Cộng | 4.536", "4.536", 4536), ("| 3.701 |", "3.701", 3701), ("| 81,6", "81,6", 81.6)], COLS):
    FIGS.append(F(anchor, num, val, kind, unit, subj + " (cộng 4 huyện)", Y23t))
FIGS += [
    F("4 huyện khó khăn nhất", "4", 4, "count", "huyện", "huyện khó khăn nhất", optional=True),
    F("ghi nhận 3 ca", "3", 3, "count", "ca", "ca tử vong mẹ", Y23in),
    F("là 5 ca", "5", 5, "count", "ca", "ca tử vong mẹ", Y22),
    F("khoảng 34 ca", "34", 34, "measure", "ca/100.000 trẻ đẻ sống", "tỷ số tử vong mẹ", Y23in,
      approx="about", status="estimate"),
    F("duy trì 212 cô đỡ", "212", 212, "count", "cô đỡ thôn bản", "cô đỡ thôn bản được duy trì", I(Y23)),
    F("tại 8/8 huyện", "8", 8, "count", "huyện, thành phố", "huyện, thành phố có cô đỡ thôn bản", I(Y23), total=8),
    F("mở 6 lớp", "6", 6, "count", "lớp", "lớp đào tạo lại cô đỡ thôn bản", Y23in),
    F("cho 154 cô đỡ", "154", 154, "count", "cô đỡ", "cô đỡ thôn bản được đào tạo lại", Y23in),
    F("đạt 85%", "85", 85, "percent", "%", "tỷ lệ phụ nữ sinh con tại cơ sở y tế", Y24, status="target"),
    F("đạt 72%", "72", 72, "percent", "%", "tỷ lệ khám thai từ 4 lần trở lên", Y24, status="target"),
    F("4 lần trở lên đạt", "4", 4, "count", "lần", "số lần khám thai", approx="at_least", optional=True),
    F("khoảng 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí từ Chương trình MTQG 1719 nâng cấp phòng đẻ",
      Y24, approx="about", status="forecast"),
    F("cho 15 trạm", "15", 15, "count", "trạm y tế xã", "trạm y tế xã được nâng cấp phòng đẻ", Y24,
      status="forecast"),
]

NOTES = [
    "Formal report (UBND tỉnh Lai Châu, Số: 287/BC-UBND): antenatal care, births at facilities by district (flattened '|'",
    "table, Đơn vị tính: ca, %), maternal deaths, village midwives, 2024 plans. Table cells: subject = column label, location =",
    "row (district); the 'Cộng' row is its own figure (sum of the 4 districts, location Lai Châu); no totals in table cells;",
    "period 'năm 2023' from the line above the table (inherited). Section II heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the",
    "period of the plan items (inherited). '154 cô đỡ' retrained gets no total (no part-of cue).",
    "Optional: visit thresholds '4 lần trở lên', '4 huyện khó khăn nhất' (group label). Distractors: Số: 287/BC-UBND,",
    "section numbers I., II., 1.-4., MTQG 1719, date line.",
]

if __name__ == "__main__":
    write("p981-3", TEXT, FIGS, NOTES, published="2023-12-18", location="Lai Châu")
