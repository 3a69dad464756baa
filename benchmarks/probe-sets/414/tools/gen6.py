from lib import F, P, C, T, emit

rows = [
    ("Cao đẳng", ["2.105", "2.364", "2.718"], "trình độ Cao đẳng"),
    ("Trung cấp", ["3.412", "3.590", "3.877"], "trình độ Trung cấp"),
    ("Sơ cấp", ["13.940", "15.226", "17.105"], "trình độ Sơ cấp"),
    ("Đào tạo thường xuyên", ["9.618", "10.475", "12.385"], "Đào tạo thường xuyên"),
    ("Tổng cộng", ["29.075", "31.655", "36.085"], "Tổng cộng"),
]
years = ["2021", "2022", "2023"]
table = "Trình độ\nNăm 2021\nNăm 2022\nNăm 2023\n" + "".join(r + "\n" + "\n".join(c) + "\n" for r, c, _ in rows)

text = """Kết quả tuyển sinh giáo dục nghề nghiệp giai đoạn 2021-2023
Ngày đăng: 14/05/2024 | Lượt xem: 736

Giai đoạn 2021-2023, các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh Đồng Tháp đã tuyển sinh tổng cộng 96.815 người, bình quân mỗi năm hơn 32.200 người. Riêng năm 2023 tuyển sinh 36.085 người, tăng 14,0% so với năm 2022 và tăng 24,1% so với năm 2021.

Kết quả tuyển sinh theo trình độ đào tạo như sau:
Đơn vị tính: người
""" + table + """
Tỷ lệ tuyển sinh trình độ cao đẳng, trung cấp trên tổng số tuyển sinh năm 2023 chiếm 18,3%, giảm nhẹ so với mức 19,0% của năm 2021. Tuyển sinh sơ cấp và đào tạo thường xuyên vẫn chiếm phần lớn, chủ yếu là các nghề nông nghiệp, may công nghiệp, điện dân dụng.

Trong 4 tháng đầu năm 2024, toàn tỉnh tuyển sinh được 10.230 người, đạt 27,6% kế hoạch năm (37.000 người). Toàn tỉnh hiện có 37 cơ sở giáo dục nghề nghiệp (3 trường cao đẳng, 4 trường trung cấp, 12 trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên cấp huyện và 18 cơ sở khác).

Theo Quyết định số 1102/QĐ-UBND-HC, tỉnh ưu tiên đầu tư Trường Cao đẳng Cộng đồng Đồng Tháp thành trường chất lượng cao; đến năm 2025 có ít nhất 3 nghề đạt chuẩn khu vực ASEAN.

Sở Lao động - Thương binh và Xã hội tỉnh Đồng Tháp - Số 05 Võ Trường Toản, Phường 1, TP Cao Lãnh.
"""

figs = [
    F("tổng cộng 96.815 người", "96.815", 96815, "count", "người", "tuyển sinh giáo dục nghề nghiệp",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")),
    F("hơn 32.200 người", "32.200", 32200, "count", "người", "tuyển sinh bình quân mỗi năm",
      P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31"), approx="over"),
    F("tuyển sinh 36.085 người", "36.085", 36085, "count", "người", "tuyển sinh", P("năm 2023", "2023-01-01", "2023-12-31"),
      change=C("increase", 14.0, "%", "năm 2022")),
    F("tăng 24,1%", "24,1", 24.1, "percent", "%", "tăng tuyển sinh so với năm 2021", P("năm 2023", "2023-01-01", "2023-12-31"),
      optional=True),
]
for r, cells, subj in rows:
    prev = r
    for y, c in zip(years, cells):
        figs.append(F(f"{prev}\n{c}\n", c, float(c.replace(".", "")), "count", "người", f"{subj} năm {y}",
                      P(f"Năm {y}", f"{y}-01-01", f"{y}-12-31")))
        prev = c
figs += [
    F("chiếm 18,3%", "18,3", 18.3, "percent", "%", "tỷ lệ tuyển sinh trình độ cao đẳng, trung cấp trên tổng số tuyển sinh",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("mức 19,0%", "19,0", 19.0, "percent", "%", "tỷ lệ tuyển sinh trình độ cao đẳng, trung cấp trên tổng số tuyển sinh",
      P("năm 2021", "2021-01-01", "2021-12-31")),
    F("được 10.230 người", "10.230", 10230, "count", "người", "tuyển sinh", P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30"),
      percent=27.6, target=T(37000, "người", False)),
    F("có 37 cơ sở", "37", 37, "count", "cơ sở giáo dục nghề nghiệp", "cơ sở giáo dục nghề nghiệp"),
    F("(3 trường", "3", 3, "count", "trường cao đẳng", "trường cao đẳng", total=37),
    F("4 trường trung cấp", "4", 4, "count", "trường trung cấp", "trường trung cấp", total=37),
    F("12 trung tâm", "12", 12, "count", "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên",
      "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên cấp huyện", total=37),
    F("18 cơ sở khác", "18", 18, "count", "cơ sở", "cơ sở khác", total=37),
    F("ít nhất 3 nghề", "3", 3, "count", "nghề", "nghề đạt chuẩn khu vực ASEAN", P("đến năm 2025", None, "2025-12-31"),
      approx="at_least", status="target"),
]

emit("p414-6", text, [
    "Sở LĐ-TB&XH Đồng Tháp (department site): tuyển sinh GDNN 2021-2023 and a one-cell-per-line table (Trình độ | Năm 2021 | Năm 2022 | Năm 2023)",
    "under 'Đơn vị tính: người'. Every cell is a figure; period from the column header (scored, as shared h23); subject = row label + column label",
    "(FIGURES.md 'Tables'; the label column's header 'Trình độ' prefixed to the level rows, as 'trụ cột …' in probe 205).",
    "revised after the first run: table-cell subjects had the table title's indicator and no column label; now row label + column label per FIGURES.md.",
    "'Tổng cộng' row cells are figures (no total relation in tables). Dateline 'Ngày đăng: 14/05/2024 | Lượt xem: 736'.",
    "'tăng 14,0% … và tăng 24,1% …': the first change is 36.085's attribute, the second a percent figure of its own (optional by FIGURES.md).",
    "'giảm nhẹ so với mức 19,0% của năm 2021': 19,0 is the 2021 level (a figure), not a change; 18,3% gets no change (no amount stated).",
    "'(37.000 người)' after 'đạt 27,6% kế hoạch năm' is the plan: target 37.000 (not met), percent 27,6.",
    "Bracketed breakdown 3 + 4 + 12 + 18 = 37: each carries total 37. 'ít nhất 3 nghề' by 2025 is a target (at_least).",
    "Distractors: 'Quyết định số 1102/QĐ-UBND-HC', 'Số 05 Võ Trường Toản, Phường 1', 'Lượt xem: 736', 'giai đoạn 2021-2023' in the title.",
], figs, published="2024-05-14", location="Đồng Tháp")
