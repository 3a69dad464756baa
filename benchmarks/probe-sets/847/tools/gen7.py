from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH TIỀN GIANG
Trang chủ / Công nghiệp / Công nghiệp nông thôn

Sản xuất nước tương, giấm gạo và tương hột trên địa bàn tỉnh

Theo số liệu tổng hợp của Sở Công Thương, năm 2023 toàn tỉnh có 58 cơ sở sản xuất nước tương, giấm gạo và tương hột, tập trung ở các huyện Chợ Gạo (21 cơ sở), Cai Lậy (15 cơ sở), TP Mỹ Tho (12 cơ sở) và Gò Công Tây (10 cơ sở). Tổng sản lượng năm 2023 đạt 7,9 triệu lít, tăng 9,7% so với năm 2022.

Sản lượng theo nhóm sản phẩm
Đơn vị tính: nghìn lít
Sản phẩm
Năm 2022
Năm 2023
Kế hoạch 2024
Nước tương
4.860
5.320
5.800
Giấm gạo
1.750
1.980
2.200
Tương hột
590
600
650
Tổng cộng
7.200
7.900
8.650

Ngành này thu hút khoảng 1.150 lao động, thu nhập bình quân 6,2 triệu đồng/người/tháng. Có 34/58 cơ sở đã được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm và 7 sản phẩm đạt OCOP từ 3 sao trở lên. Năm 2024, Sở dự kiến hỗ trợ 10 cơ sở đổi mới thiết bị, máy móc từ nguồn kinh phí khuyến công với tổng kinh phí khoảng 1,5 tỷ đồng, ưu tiên các cơ sở có sản phẩm tham gia Chương trình OCOP.

SỞ CÔNG THƯƠNG TỈNH TIỀN GIANG
Địa chỉ: số 4 Hùng Vương, Phường 7, TP Mỹ Tho, tỉnh Tiền Giang
Điện thoại: 0273.3872.307 - Fax: 0273.3873.411
Lượt truy cập: 1.208.553 | Đang trực tuyến: 37
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Nước tương", ["4.860", "5.320", "5.800"]), ("Giấm gạo", ["1.750", "1.980", "2.200"]),
        ("Tương hột", ["590", "600", "650"]), ("Tổng cộng", ["7.200", "7.900", "8.650"])]
CS = "cơ sở sản xuất nước tương, giấm gạo và tương hột"

FIGS = [
    F("có 58 cơ sở", "58", 58, "count", "cơ sở", CS, Y23),
    F("Chợ Gạo (21 cơ sở)", "21", 21, "count", "cơ sở", CS, Y23, total=58, location="Chợ Gạo"),
    F("Cai Lậy (15 cơ sở)", "15", 15, "count", "cơ sở", CS, Y23, total=58, location="Cai Lậy"),
    F("Mỹ Tho (12 cơ sở)", "12", 12, "count", "cơ sở", CS, Y23, total=58, location="Mỹ Tho"),
    F("Gò Công Tây (10 cơ sở)", "10", 10, "count", "cơ sở", CS, Y23, total=58, location="Gò Công Tây"),
    F("đạt 7,9 triệu lít", "7,9", 7.9e6, "measure", "lít", "tổng sản lượng", Y23,
      change=C("increase", 9.7, "%", "năm 2022")),
]
for label, cells in ROWS:
    prev = label
    for (col, per, st), cell in zip(COLS, cells):
        subj = ("tổng cộng sản lượng" if label == "Tổng cộng" else f"sản lượng {label.lower()}") + (
            " kế hoạch" if st else "")
        kw = {"status": st} if st else {}
        FIGS.append(F(f"{prev}\n{cell}", cell, int(cell.replace(".", "")) * 1000, "measure", "lít", subj, per, **kw))
        prev = cell
FIGS += [
    F("khoảng 1.150 lao động", "1.150", 1150, "count", "lao động", "lao động ngành sản xuất nước tương, giấm, tương",
      approx="about"),
    F("6,2 triệu đồng/người/tháng", "6,2", 6.2e6, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("Có 34/58 cơ sở", "34", 34, "count", "cơ sở", "cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm",
      total=58),
    F("và 7 sản phẩm", "7", 7, "count", "sản phẩm", "sản phẩm đạt OCOP từ 3 sao trở lên"),
    F("từ 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", optional=True),
    F("hỗ trợ 10 cơ sở", "10", 10, "count", "cơ sở", "cơ sở được hỗ trợ đổi mới thiết bị, máy móc", Y24,
      status="forecast"),
    F("khoảng 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "tổng kinh phí khuyến công hỗ trợ", Y24,
      approx="about", status="forecast"),
]

write("p847-7", TEXT, [
    "Sở Công Thương Tiền Giang (department site, no dateline; footer address, phone, fax, 'Lượt truy cập', 'Đang trực tuyến').",
    "One-cell-per-line table under 'Đơn vị tính: nghìn lít': cells ×1000 lít; period from the column header; 'Kế hoạch 2024'",
    "→ status target. Table cells take no totals. The bracketed district list adds up to 58 (21+15+12+10) → total 58.",
    "'số 4 Hùng Vương, Phường 7', phones, the counters and 'Sản phẩm' header are not figures; 'từ 3 sao' is optional.",
], FIGS, location="Tiền Giang")
