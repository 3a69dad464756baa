"""p1112-7: Sở Du lịch Đà Nẵng site (no dateline): boats and yachts on Đà Nẵng Bay and the Hàn River,
with a table pasted one cell per line."""
from lib import F, P, I, C, T, write

TEXT = """SỞ DU LỊCH THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Phát triển dịch vụ du thuyền trên vịnh Đà Nẵng và sông Hàn

Năm 2024, các tàu du lịch, du thuyền trên vịnh Đà Nẵng và sông Hàn đã phục vụ 1,26 triệu lượt khách, tăng 18,5% so với năm 2023, trong đó khách đi tàu trên vịnh đạt 214.000 lượt. Doanh thu từ dịch vụ vận chuyển khách đường thủy ước đạt 265 tỷ đồng, bằng 112% kế hoạch.

Số phương tiện và lượt khách qua các năm như sau:

Chỉ tiêu
Đơn vị tính
Năm 2023
Năm 2024
Kế hoạch 2025
Tàu du lịch sông Hàn
chiếc
62
68
70
Du thuyền trên vịnh
chiếc
14
19
25
Lượt khách đi tàu
nghìn lượt
1.063
1.260
1.400

Hiện thành phố có 9 bến thủy nội địa phục vụ khách du lịch với tổng cộng 84 vị trí cập tàu. Giá vé tàu tham quan sông Hàn về đêm là 150.000 đồng/người, du thuyền ngắm vịnh Đà Nẵng từ 450.000 đồng/người. Năm 2024, Sở phối hợp Cảng vụ Đường thủy nội địa kiểm tra 356 lượt phương tiện, xử lý 21 trường hợp vi phạm; tỷ lệ tàu đạt chuẩn an toàn đạt 97,8%. Sở khuyến khích doanh nghiệp đầu tư du thuyền có sức chở từ 100 khách trở lên.

Sở Du lịch thành phố Đà Nẵng
Địa chỉ: Tầng 17, Trung tâm Hành chính thành phố, 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3550.111 - Fax: 0236.3550.112
Tổng lượt truy cập: 3.482.915 | Đang trực tuyến: 127
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("phục vụ 1,26 triệu lượt khách", "1,26", 1_260_000, "count", "lượt khách",
      "lượt khách đi tàu du lịch, du thuyền trên vịnh Đà Nẵng và sông Hàn", Y24,
      change=C("increase", 18.5, "%", "năm 2023")),
    F("đạt 214.000 lượt", "214.000", 214_000, "count", "lượt", "khách đi tàu trên vịnh", Y24,
      total=1_260_000),
    F("ước đạt 265 tỷ đồng", "265", 265e9, "money", "đồng", "doanh thu từ dịch vụ vận chuyển khách đường thủy",
      I(Y24), status="estimate", percent=112),
]
ROWS = [("Tàu du lịch sông Hàn", "chiếc", 1, "tàu du lịch sông Hàn", ("62", "68", "70")),
        ("Du thuyền trên vịnh", "chiếc", 1, "du thuyền trên vịnh", ("14", "19", "25")),
        ("Lượt khách đi tàu", "nghìn lượt", 1000, "lượt khách đi tàu", ("1.063", "1.260", "1.400"))]
for label, unit_cell, mult, subject, cells in ROWS:
    block = "\n".join((label, unit_cell) + cells) + "\n"
    at = TEXT.index(block)
    unit = unit_cell.replace("nghìn ", "")
    pos = len(label) + 1 + len(unit_cell) + 1
    for cell, per in zip(cells, (Y23, Y24, K25)):
        start = at + pos
        # anchor: the previous line and the cell, which makes it unique
        prev_line = TEXT[:start - 1].rsplit("\n", 1)[1]
        anchor = prev_line + "\n" + cell + "\n"
        value = round(float(cell.replace(".", "")) * mult)
        extra = {"status": "target"} if per is K25 else {}
        FIGS.append(F(anchor, cell, value, "count", unit, subject, per, **extra))
        pos += len(cell) + 1

FIGS += [
    F("có 9 bến", "9", 9, "count", "bến thủy nội địa", "bến thủy nội địa phục vụ khách du lịch"),
    F("tổng cộng 84 vị trí", "84", 84, "count", "vị trí cập tàu", "vị trí cập tàu tại các bến thủy nội địa"),
    F("150.000 đồng/người", "150.000", 150_000, "money", "đồng/người", "giá vé tàu tham quan sông Hàn về đêm"),
    F("từ 450.000 đồng/người", "450.000", 450_000, "money", "đồng/người", "giá vé du thuyền ngắm vịnh Đà Nẵng",
      approx="at_least"),
    F("kiểm tra 356 lượt phương tiện", "356", 356, "count", "lượt phương tiện", "lượt phương tiện được kiểm tra", Y24),
    F("xử lý 21 trường hợp", "21", 21, "count", "trường hợp", "trường hợp vi phạm bị xử lý", Y24),
    F("đạt 97,8%", "97,8", 97.8, "percent", "%", "tỷ lệ tàu đạt chuẩn an toàn", Y24),
    F("từ 100 khách trở lên", "100", 100, "count", "khách", approx="at_least", optional=True),
]

NOTES = [
    "Sở Du lịch Đà Nẵng (department site): no dateline (published absent); footer address 'Tầng 17', '24 Trần Phú', phone and fax,",
    "'Tổng lượt truy cập: 3.482.915', 'Đang trực tuyến: 127' are page furniture. Menu 'Trang chủ | Giới thiệu | ...' is not a table.",
    "Table pasted one cell per line: header cells (Chỉ tiêu, Đơn vị tính, Năm 2023, Năm 2024, Kế hoạch 2025), then per row",
    "label, unit, three values. Unit and multiplier from the unit cell ('nghìn lượt': 1.063 = 1.063.000 lượt); period from the",
    "column header; 'Kế hoạch 2025' gives status target. '265 tỷ đồng, bằng 112% kế hoạch': percent 112.",
    "'từ 450.000 đồng/người' (a price starting at) is at_least. 'sức chở từ 100 khách trở lên' is a category threshold (optional).",
]

if __name__ == "__main__":
    write("p1112-7", TEXT, NOTES, FIGS, published=None, location="Đà Nẵng")
