from lib import F, P, CH, TG, emit

ROWS = [("Hình sự", ["412", "448", "361"]),
        ("Dân sự", ["1.136", "1.217", "503"]),
        ("Hôn nhân và gia đình", ["1.402", "1.503", "998"]),
        ("Hành chính", ["97", "112", "26"]),
        ("Kinh doanh, thương mại, lao động", ["130", "135", "100"]),
        ("Tổng số", ["3.177", "3.415", "1.988"])]
COLS = [("Thụ lý quý I/2023", P("quý I/2023", "2023-01-01", "2023-03-31")),
        ("Thụ lý quý I/2024", P("quý I/2024", "2024-01-01", "2024-03-31")),
        ("Giải quyết quý I/2024", P("quý I/2024", "2024-01-01", "2024-03-31"))]

table = "\n\n".join(["Loại án"] + [c for c, _ in COLS]) + "\n\n"
for label, cells in ROWS:
    table += "\n\n".join([label] + cells) + "\n\n"

TEXT = """TÒA ÁN NHÂN DÂN TỈNH LÂM ĐỒNG
Trang chủ > Hoạt động Tòa án > Thống kê

Kết quả thụ lý, giải quyết các loại vụ việc quý I năm 2024
Ngày đăng: 03/04/2024 | Lượt xem: 2.108

Trong quý I/2024, Tòa án nhân dân hai cấp tỉnh Lâm Đồng đã thụ lý 3.415 vụ, việc; giải quyết 1.988 vụ, việc, đạt 58,21%. So với quý I/2023, số thụ lý tăng 7,5%. Số vụ, việc còn lại chuyển sang quý sau là 1.427 vụ, việc, trong đó có 86 vụ án hành chính.

Bảng: Số vụ việc thụ lý, giải quyết theo loại án
Đơn vị tính: vụ, việc

""" + table + """Tỷ lệ án bị hủy, sửa do nguyên nhân chủ quan trong quý là 0,35%. Tòa án hai cấp đã xét xử trực tuyến 64 phiên tòa, chiếm 9,8% số phiên tòa hình sự sơ thẩm; 100% bản án được công bố đúng thời hạn. Tòa án nhân dân thành phố Đà Lạt và Bảo Lộc là hai đơn vị có số lượng án thụ lý cao nhất, lần lượt 826 và 571 vụ, việc.

Tòa án tỉnh đặt mục tiêu đến hết tháng 6/2024 giải quyết đạt trên 75% số vụ, việc đã thụ lý, không để án quá hạn do nguyên nhân chủ quan.

Địa chỉ: Số 20 Trần Phú, Phường 3, TP Đà Lạt. Điện thoại: 0263.3822.571.
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q1i = P("quý I/2024", "2024-01-01", "2024-03-31", inh=True)

FIGS = [
    F("thụ lý 3.415 vụ", "3.415", 3415, "count", "vụ, việc", "vụ, việc thụ lý", Q1),
    F("giải quyết 1.988 vụ", "1.988", 1988, "count", "vụ, việc", "vụ, việc giải quyết", Q1, percent=58.21),
    F("sau là 1.427 vụ", "1.427", 1427, "count", "vụ, việc", "Số vụ, việc còn lại chuyển sang quý sau", Q1i),
    F("có 86 vụ án", "86", 86, "count", "vụ", "vụ án hành chính còn lại", Q1i, total=1427),
    F("tăng 7,5%", "7,5", 7.5, "percent", "%", "số thụ lý tăng so với quý I/2023", Q1i),
]
prev = "Giải quyết quý I/2024\n\n"
for label, cells in ROWS:
    for i, (cell, (col, per)) in enumerate(zip(cells, COLS)):
        left = label if i == 0 else cells[i - 1]
        anchor = left + "\n\n" + cell + "\n\n"
        if TEXT.count(anchor) != 1:
            anchor = label + "\n\n" + "\n\n".join(cells[: i + 1]) + "\n\n"
        v = float(cell.replace(".", ""))
        FIGS.append(F(anchor, cell, v, "count", "vụ, việc", f"{col} {label}", per))

FIGS += [
    F("trong quý là 0,35%", "0,35", 0.35, "percent", "%", "Tỷ lệ án bị hủy, sửa do nguyên nhân chủ quan",
      P("trong quý", "2024-01-01", "2024-03-31")),
    F("trực tuyến 64 phiên", "64", 64, "count", "phiên tòa", "phiên tòa xét xử trực tuyến", Q1i, percent=9.8),
    F("100% bản án", "100", 100, "percent", "%", "bản án được công bố đúng thời hạn", Q1i),
    F("hai đơn vị", "hai", 2, "count", "đơn vị", "đơn vị có số lượng án thụ lý cao nhất", Q1i, optional=True),
    F("lần lượt 826", "826", 826, "count", "vụ, việc", "số lượng án thụ lý", Q1i, location="Đà Lạt"),
    F("và 571 vụ", "571", 571, "count", "vụ, việc", "số lượng án thụ lý", Q1i, location="Bảo Lộc"),
    F("trên 75%", "75", 75, "percent", "%", "tỷ lệ giải quyết số vụ, việc đã thụ lý",
      P("đến hết tháng 6/2024", None, "2024-06-30"), approx="over", status="target"),
]

COMMENTS = [
    "Court's own site (TAND tỉnh Lâm Đồng), 'Ngày đăng: dd/mm/yyyy | Lượt xem: …'; quý I/2024 caseload with a one-cell-per-line table.",
    "Table (as h23/h24): header cells Loại án / Thụ lý quý I/2023 / Thụ lý quý I/2024 / Giải quyết quý I/2024 and 'Đơn vị tính: vụ, việc';",
    "every numeric cell is a figure, subject = column label + row label, period from the column header (scored, as in h23).",
    "'So với quý I/2023, số thụ lý tăng 7,5%': a growth rate standing as the claim (percent, no change); its period quý I/2024 inherited.",
    "'64 phiên tòa, chiếm 9,8% …' percent 9.8. 'Đà Lạt và Bảo Lộc …, lần lượt 826 và 571': places to location, subject the indicator.",
    "'hai đơn vị' (list head naming the two courts) optional, as list heads in earlier sets.",
    "revised: added the list head 'hai đơn vị' as optional (it had been left out; the tool reported it).",
    "'trong quý' resolves to quý I/2024. Target 'đến hết tháng 6/2024' as-of. Distractors: Lượt xem: 2.108, Số 20 Trần Phú, Phường 3, phone.",
]

emit("p355-6", TEXT, COMMENTS, FIGS, published="2024-04-03", location="Lâm Đồng")
