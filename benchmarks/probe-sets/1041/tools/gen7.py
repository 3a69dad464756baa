"""p1041-7: department site (Sở Văn hóa và Thể thao Thừa Thiên Huế), ca Huế; no dateline; one-cell-per-line table."""
from lib import F, P, I, CH, TG, build

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH THỪA THIÊN HUẾ
Trang chủ » Di sản văn hóa » Nghệ thuật truyền thống

Ca Huế trên sông Hương: giữ nghề, giữ khách

Trên địa bàn tỉnh hiện có 27 câu lạc bộ, nhóm ca Huế với khoảng 460 thành viên, trong đó 18 nhóm biểu diễn phục vụ du khách trên sông Hương. Năm 2023, các nhóm tổ chức 5.840 suất diễn, phục vụ hơn 162.000 lượt khách, tăng 35,2% so với năm 2022. Giá vé nghe ca Huế trên thuyền rồng phổ biến từ 100.000 đến 150.000 đồng/khách. Bà Tôn Nữ Thị Sáu, trưởng nhóm ca Huế Hương Giang 1, cho biết mỗi suất diễn kéo dài khoảng 60 phút với 8-10 người đờn, ca.

Số suất diễn ca Huế trên sông Hương
Đơn vị tính: suất diễn
Nhóm biểu diễn
Năm 2022
Năm 2023
Kế hoạch 2024
Nhóm thuộc Trung tâm Bảo tồn Di tích Cố đô Huế
1.260
1.710
1.900
Nhóm tư nhân
3.050
4.130
4.400
Tổng cộng
4.310
5.840
6.300

Tỉnh hiện có 4 Nghệ nhân Ưu tú về ca Huế. Từ năm 2020 đến nay, Sở phối hợp mở 9 lớp truyền dạy ca Huế cho 215 học viên; nghệ nhân truyền dạy được hỗ trợ 1,5 triệu đồng/người/tháng. Phấn đấu năm 2025 có 30 câu lạc bộ, nhóm ca Huế được cấp phép biểu diễn.

SỞ VĂN HÓA VÀ THỂ THAO TỈNH THỪA THIÊN HUẾ
Địa chỉ: 26 Lê Lợi, thành phố Huế
Điện thoại: 0234.3822.419 - Fax: 0234.3824.530
Lượt truy cập: 1.284.507
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = [("Năm 2022", "2022"), ("Năm 2023", "2023"), ("Kế hoạch 2024", "2024")]
ROWS = [("Nhóm thuộc Trung tâm Bảo tồn Di tích Cố đô Huế", ["1.260", "1.710", "1.900"]),
        ("Nhóm tư nhân", ["3.050", "4.130", "4.400"]),
        ("Tổng cộng", ["4.310", "5.840", "6.300"])]
SINCE = P("Từ năm 2020 đến nay", "2020-01-01", None)

FIGS = [
    F("có 27 câu lạc bộ", "27", 27, "count", "câu lạc bộ, nhóm", "câu lạc bộ, nhóm ca Huế"),
    F("khoảng 460 thành viên", "460", 460, "count", "thành viên", "thành viên câu lạc bộ, nhóm ca Huế",
      approx="about"),
    F("18 nhóm", "18", 18, "count", "nhóm", "nhóm biểu diễn phục vụ du khách trên sông Hương", total=27),
    F("tổ chức 5.840 suất", "5.840", 5840, "count", "suất diễn", "suất diễn ca Huế", Y23),
    F("hơn 162.000 lượt khách", "162.000", 162000, "count", "lượt khách", "lượt khách được phục vụ", Y23,
      approx="over", change=CH("increase", 35.2, "%", "năm 2022")),
    F("từ 100.000 đến 150.000", "100.000", 100000, "money", "đồng/khách", "giá vé nghe ca Huế trên thuyền rồng",
      value_max=150000),
    F("khoảng 60 phút", "60", 60, "measure", "phút", "thời lượng mỗi suất diễn", approx="about"),
    F("với 8-10 người", "8", 8, "count", "người", "người đờn, ca mỗi suất diễn", value_max=10),
]
for label, cells in ROWS:
    prev = label
    for (col, year), cell in zip(COLS, cells):
        extra = {"status": "target"} if col.startswith("Kế hoạch") else {}
        FIGS.append(F(f"{prev}\n{cell}", cell, int(cell.replace(".", "")), "count", "suất diễn",
                      f"suất diễn {label} {col}", P(col, f"{year}-01-01", f"{year}-12-31"), **extra))
        prev = cell
FIGS += [
    F("có 4 Nghệ nhân Ưu tú", "4", 4, "count", "Nghệ nhân Ưu tú", "Nghệ nhân Ưu tú về ca Huế"),
    F("mở 9 lớp", "9", 9, "count", "lớp", "lớp truyền dạy ca Huế", SINCE),
    F("cho 215 học viên", "215", 215, "count", "học viên", "học viên lớp truyền dạy ca Huế", SINCE),
    F("hỗ trợ 1,5 triệu đồng/người/tháng", "1,5", 1.5e6, "money", "đồng/người/tháng",
      "mức hỗ trợ nghệ nhân truyền dạy"),
    F("có 30 câu lạc bộ", "30", 30, "count", "câu lạc bộ, nhóm", "câu lạc bộ, nhóm ca Huế được cấp phép biểu diễn",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

COMMENTS = [
    "Department site (Sở Văn hóa và Thể thao Thừa Thiên Huế), no dateline: ca Huế clubs and groups, river performances,",
    "a one-cell-per-line table (Đơn vị tính: suất diễn; Năm 2022 / Năm 2023 / Kế hoạch 2024 by kind of group).",
    "Not figures: footer address '26 Lê Lợi', phone/fax '0234.3822.419', '0234.3824.530', 'Lượt truy cập: 1.284.507'.",
    "The province is named in the header and footer: location Thừa Thiên Huế. 18 nhóm after 'trong đó' → total 27.",
    "Table: subject = row label + column label, period from the column header (scored), 'Kế hoạch 2024' → target;",
    "no totals for cells (the Tổng cộng row is its own figure). The 5.840 in the text and in the table are two mentions.",
    "'Bà Tôn Nữ Thị Sáu', 'Hương Giang 1' are names; '8-10 người' is a range (value 8, value_max 10).",
    "'Từ năm 2020 đến nay' with no dateline: start 2020-01-01, end null. The 1,5 triệu support rate has no period of its own.",
]

build("p1041-7", TEXT, FIGS, COMMENTS, published=None, location="Thừa Thiên Huế")
