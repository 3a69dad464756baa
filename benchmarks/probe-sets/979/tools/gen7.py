"""p979-7: Sở LĐ-TB&XH Hà Tĩnh (department site, no dateline): mine-victim support, table one cell per line."""
from lib import F, P, I, C, T, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HÀ TĨNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Liên hệ

Nâng cao chất lượng hỗ trợ nạn nhân bom mìn

Thực hiện Quyết định số 1248/QĐ-UBND của UBND tỉnh về Kế hoạch hỗ trợ nạn nhân bom mìn giai đoạn 2021-2025, Sở Lao động - Thương binh và Xã hội đã phối hợp với các huyện, thành phố, thị xã rà soát, cập nhật cơ sở dữ liệu nạn nhân. Tính đến ngày 31/12/2023, toàn tỉnh có 3.942 nạn nhân bom mìn, trong đó 1.087 người đã chết và 2.855 người bị thương còn sống. Số nạn nhân bị suy giảm khả năng lao động từ 61% trở lên là 742 người, chiếm 26% số nạn nhân còn sống.

Kết quả hỗ trợ nạn nhân bom mìn giai đoạn 2022 - 2024
Nội dung
Năm 2022
Năm 2023
Kế hoạch 2024
Nạn nhân được hỗ trợ sinh kế (người)
156
183
200
Nạn nhân được phục hồi chức năng (lượt người)
412
468
520
Kinh phí hỗ trợ (triệu đồng)
2.340
2.815
3.150

Năm 2023, số nạn nhân được hỗ trợ sinh kế tăng 17,3% so với năm 2022, mức hỗ trợ bình quân 15 triệu đồng/hộ, chủ yếu bằng bò giống, vốn chăn nuôi và cây giống. Sở cũng phối hợp với tổ chức quốc tế cấp 35 chân tay giả, 20 xe lăn; hỗ trợ học bổng cho 64 học sinh là con em nạn nhân với mức 500.000 đồng/em/tháng.

Thời gian tới, Sở tiếp tục tham mưu lồng ghép chính sách hỗ trợ nạn nhân bom mìn với các chương trình giảm nghèo, giáo dục nghề nghiệp tại các huyện Hương Khê, Vũ Quang, Hương Sơn.

Cơ quan chủ quản: Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh
Địa chỉ: Số 02 đường Nguyễn Chí Thanh, TP Hà Tĩnh
Điện thoại: 0239.3855.674
Lượt truy cập: 1.284.607
"""

AS = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
COLS = [("Năm 2022", "2022", "actual"), ("Năm 2023", "2023", "actual"), ("Kế hoạch 2024", "2024", "target")]
ROWS = [
    ("Nạn nhân được hỗ trợ sinh kế (người)", "người", "count", 1, ["156", "183", "200"]),
    ("Nạn nhân được phục hồi chức năng (lượt người)", "lượt người", "count", 1, ["412", "468", "520"]),
    ("Kinh phí hỗ trợ (triệu đồng)", "đồng", "money", 1e6, ["2.340", "2.815", "3.150"]),
]
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("có 3.942 nạn nhân", "3.942", 3942, "count", "nạn nhân", subject="nạn nhân bom mìn", period=AS),
    F("1.087 người đã chết", "1.087", 1087, "count", "người", total=3942,
      subject="nạn nhân bom mìn đã chết", period=AS),
    F("2.855 người bị thương", "2.855", 2855, "count", "người", total=3942,
      subject="nạn nhân bom mìn bị thương còn sống", period=AS),
    F("từ 61% trở lên", "61", 61, "percent", "%", approx="at_least",
      subject="mức suy giảm khả năng lao động", optional=True),
    F("là 742 người", "742", 742, "count", "người", percent=26,
      subject="nạn nhân bị suy giảm khả năng lao động từ 61% trở lên", period=I(AS)),
]
for label, unit, kind, mult, cells in ROWS:
    name = label.split(" (")[0]
    prev = label
    for (col, year, status), cell in zip(COLS, cells):
        subj = f"{name} {col.lower()}" if status == "target" else name
        FIGS.append(F(f"{prev}\n{cell}\n", cell, float(cell.replace(".", "")) * mult, kind, unit,
                      subject=subj, status=status,
                      period=P(col, f"{year}-01-01", f"{year}-12-31")))
        prev = cell
FIGS = [{k: v for k, v in f.items() if not (k == "status" and v == "actual")} for f in FIGS]
FIGS += [
    F("tăng 17,3%", "17,3", 17.3, "percent", "%", subject="số nạn nhân được hỗ trợ sinh kế", period=Y23),
    F("15 triệu đồng/hộ", "15", 15000000, "money", "đồng/hộ", subject="mức hỗ trợ sinh kế bình quân",
      period=Y23),
    F("cấp 35 chân tay giả", "35", 35, "count", "chân tay giả", subject="chân tay giả được cấp cho nạn nhân",
      period=I(Y23)),
    F("20 xe lăn", "20", 20, "count", "xe lăn", subject="xe lăn được cấp cho nạn nhân", period=I(Y23)),
    F("cho 64 học sinh", "64", 64, "count", "học sinh",
      subject="học sinh là con em nạn nhân được hỗ trợ học bổng", period=I(Y23)),
    F("500.000 đồng/em/tháng", "500.000", 500000, "money", "đồng/em/tháng", subject="mức học bổng",
      period=I(Y23)),
]

NOTES = [
    "Sở LĐ-TB&XH Hà Tĩnh (department site): no dateline; footer address, phone and 'Lượt truy cập: 1.284.607' are page furniture.",
    "1.087 + 2.855 = 3.942 after 'trong đó' (total). '742 người, chiếm 26%': percent of 742. 'từ 61% trở lên' is a category threshold (optional).",
    "Table pasted one cell per line: every numeric cell is a figure; period from the column header, 'Kế hoạch 2024' gives status target;",
    "'(triệu đồng)' in the row label makes 2.340 = 2.340.000.000 đồng. The title range 'giai đoạn 2022 - 2024' is not a figure.",
    "'số nạn nhân được hỗ trợ sinh kế tăng 17,3% so với năm 2022' has no base amount in its sentence: a percent figure without change.",
    "Not figures: Quyết định số 1248/QĐ-UBND, 'giai đoạn 2021-2025', 'Số 02 đường Nguyễn Chí Thanh', phone 0239.3855.674.",
]

write("p979-7", TEXT, FIGS, NOTES, location="Hà Tĩnh")
