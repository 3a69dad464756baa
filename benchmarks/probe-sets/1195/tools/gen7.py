"""p1195-7: department site (Sở NN&PTNT Ninh Thuận), no dateline, one-cell-per-line table of anchovy products."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH NINH THUẬN
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Phát triển chuỗi giá trị cá cơm tại các làng nghề chế biến hải sản

Ninh Thuận có 2 làng nghề chế biến hải sản truyền thống là Mỹ Tân (xã Thanh Hải, huyện Ninh Hải) và Cà Ná (huyện Thuận Nam) với 342 hộ, cơ sở sản xuất, trong đó 126 cơ sở chuyên hấp, sấy cá cơm. Năm 2024, sản lượng cá cơm khai thác trên địa bàn tỉnh đạt 21.640 tấn, chiếm 18,5% tổng sản lượng khai thác hải sản.

Sản lượng sản phẩm chế biến từ cá cơm của các làng nghề:
Đơn vị tính: tấn
Sản phẩm
Thực hiện 2023
Ước thực hiện 2024
Kế hoạch 2025
Cá cơm hấp khô
2.860
3.115
3.300
Cá cơm khô tẩm gia vị
145
172
200
Mắm cá cơm
1.240
1.310
1.400
Tổng số
4.245
4.597
4.900

Giá trị sản xuất của hai làng nghề năm 2024 ước đạt 412 tỷ đồng, tăng 8,2% so với năm 2023. Thu nhập bình quân của người lao động làng nghề từ 5 đến 6,5 triệu đồng/người/tháng. Riêng làng nghề Mỹ Tân có 1 sản phẩm OCOP 4 sao và 5 sản phẩm OCOP 3 sao.

Đến năm 2025, tỉnh phấn đấu 100% cơ sở chế biến trong làng nghề có hệ thống xử lý nước thải và ít nhất 30 cơ sở được chứng nhận đủ điều kiện an toàn thực phẩm.

Bài viết khác:
- Hội chợ thủy sản Ninh Thuận lần thứ 4
- Tập huấn an toàn thực phẩm cho cơ sở chế biến khóa 2

SỞ NÔNG NGHIỆP VÀ PTNT TỈNH NINH THUẬN
Địa chỉ: 104 đường 16 tháng 4, TP Phan Rang - Tháp Chàm
Điện thoại: 0259.3822.401 - Fax: 0259.3830.274
Lượt truy cập: 2.146.385 | Trực tuyến: 17
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("Đến năm 2025", None, "2025-12-31")
COLS = {
    "Thực hiện 2023": (P("Thực hiện 2023", "2023-01-01", "2023-12-31"), "actual"),
    "Ước thực hiện 2024": (P("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    "Kế hoạch 2025": (P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
}


def cell(anchor, number, value, row, col):
    per, st = COLS[col]
    kw = {} if st == "actual" else {"status": st}
    return F(anchor, number, value, "measure", "tấn", subject=f"sản lượng {row} {col.lower()}", period=per, **kw)


FIGS = [
    F("có 2 làng nghề", "2", 2, "count", "làng nghề", subject="làng nghề chế biến hải sản truyền thống"),
    F("với 342 hộ", "342", 342, "count", "hộ, cơ sở sản xuất",
      subject="hộ, cơ sở sản xuất tại làng nghề chế biến hải sản"),
    F("trong đó 126 cơ sở", "126", 126, "count", "cơ sở", total=342,
      subject="cơ sở chuyên hấp, sấy cá cơm"),
    F("đạt 21.640 tấn", "21.640", 21640, "measure", "tấn", percent=18.5,
      subject="sản lượng cá cơm khai thác", period=Y24),
    cell("Cá cơm hấp khô\n2.860", "2.860", 2860, "cá cơm hấp khô", "Thực hiện 2023"),
    cell("2.860\n3.115", "3.115", 3115, "cá cơm hấp khô", "Ước thực hiện 2024"),
    cell("3.115\n3.300", "3.300", 3300, "cá cơm hấp khô", "Kế hoạch 2025"),
    cell("tẩm gia vị\n145", "145", 145, "cá cơm khô tẩm gia vị", "Thực hiện 2023"),
    cell("145\n172", "172", 172, "cá cơm khô tẩm gia vị", "Ước thực hiện 2024"),
    cell("172\n200", "200", 200, "cá cơm khô tẩm gia vị", "Kế hoạch 2025"),
    cell("Mắm cá cơm\n1.240", "1.240", 1240, "mắm cá cơm", "Thực hiện 2023"),
    cell("1.240\n1.310", "1.310", 1310, "mắm cá cơm", "Ước thực hiện 2024"),
    cell("1.310\n1.400", "1.400", 1400, "mắm cá cơm", "Kế hoạch 2025"),
    cell("Tổng số\n4.245", "4.245", 4245, "sản phẩm chế biến từ cá cơm tổng số", "Thực hiện 2023"),
    cell("4.245\n4.597", "4.597", 4597, "sản phẩm chế biến từ cá cơm tổng số", "Ước thực hiện 2024"),
    cell("4.597\n4.900", "4.900", 4900, "sản phẩm chế biến từ cá cơm tổng số", "Kế hoạch 2025"),
    F("của hai làng nghề", "hai", 2, "count", "làng nghề", optional=True, subject="làng nghề"),
    F("ước đạt 412 tỷ", "412", 412000000000, "money", "đồng", status="estimate",
      change=C("increase", 8.2, "%", "năm 2023"), subject="giá trị sản xuất của hai làng nghề", period=Y24b),
    F("từ 5 đến 6,5 triệu", "5", 5000000, "money", "đồng/người/tháng", value_max=6500000,
      subject="thu nhập bình quân của người lao động làng nghề"),
    F("có 1 sản phẩm", "1", 1, "count", "sản phẩm", subject="sản phẩm OCOP 4 sao của làng nghề Mỹ Tân",
      location="Ninh Hải"),
    F("và 5 sản phẩm", "5", 5, "count", "sản phẩm", subject="sản phẩm OCOP 3 sao của làng nghề Mỹ Tân",
      location="Ninh Hải"),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ cơ sở chế biến trong làng nghề có hệ thống xử lý nước thải", period=TO25),
    F("ít nhất 30 cơ sở", "30", 30, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở được chứng nhận đủ điều kiện an toàn thực phẩm", period=TO25),
]

NOTES = [
    "Department site (Sở NN&PTNT Ninh Thuận) with no dateline: no published. Menu, related links, footer address/phone/fax, counters.",
    "One-cell-per-line table ('Đơn vị tính: tấn'), rows are products, columns 'Thực hiện 2023' / 'Ước thực hiện 2024' (estimate) /",
    "'Kế hoạch 2025' (target); periods from the headers (scored); subject = 'sản lượng' + row + column label; cells get no totals.",
    "Distractors: 'OCOP 4 sao', 'OCOP 3 sao' (grades), 'lần thứ 4', 'khóa 2', '104 đường 16 tháng 4' (an address with a date-like road name),",
    "phones 0259.3822.401 / 0259.3830.274, 'Lượt truy cập: 2.146.385', 'Trực tuyến: 17'. 'của hai làng nghề' refers back to the 2 already counted (optional).",
    "Mỹ Tân is in huyện Ninh Hải (stated in the first paragraph): its OCOP products get location Ninh Hải.",
]

if __name__ == "__main__":
    write("p1195-7", TEXT, NOTES, FIGS, published=None, location="Ninh Thuận")
