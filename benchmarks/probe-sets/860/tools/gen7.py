"""p860-7: department site without dateline (Chi cục Thủy sản Hà Nội), one-cell-per-line table."""
from lib import F, P, I, C, T, write_set

TEXT = """CHI CỤC THỦY SẢN HÀ NỘI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Phát triển nuôi cá cảnh gắn với làng nghề truyền thống

Hà Nội hiện có khoảng 410 cơ sở nuôi cá cảnh, tập trung tại quận Hoàng Mai (làng cá cảnh Yên Sở), huyện Thanh Trì và huyện Đông Anh. Năm 2024, sản lượng cá cảnh toàn thành phố đạt 31,8 triệu con, giá trị sản xuất 265 tỷ đồng, tăng 11,2% so với năm 2023. Quận Hoàng Mai chiếm 46% sản lượng.

Các loài chủ lực gồm cá chép Koi, cá vàng, cá bảy màu, cá rồng và cá đĩa. Nhiều cơ sở đã ứng dụng hệ thống tuần hoàn nước, giảm 30% lượng nước thay so với nuôi truyền thống. Tại làng Yên Sở, cá chép Koi giống có giá phổ biến 30.000-50.000 đồng/con, cá vàng 5.000-15.000 đồng/con.

Một số chỉ tiêu chính:

Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Diện tích nuôi (ha)
118,5
124,0
130,0
Số cơ sở nuôi (cơ sở)
386
410
430
Sản lượng (triệu con)
28,6
31,8
34,0
Giá trị sản xuất (tỷ đồng)
238,3
265,0
290,0

Năm 2025, Chi cục dự kiến phối hợp tổ chức Lễ hội cá Koi Hà Nội lần thứ 5 và hướng dẫn 20 cơ sở áp dụng quy trình nuôi an toàn dịch bệnh.

CHI CỤC THỦY SẢN HÀ NỘI
Địa chỉ: số 38 Tô Hiệu, phường Nguyễn Trãi, quận Hà Đông, Hà Nội
Điện thoại: 024.3382.5816 - Fax: 024.3382.5817
Lượt truy cập: 1.284.906 | Đang trực tuyến: 27
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 410 cơ sở", "410", 410, "count", "cơ sở", "cơ sở nuôi cá cảnh", approx="about"),
    F("đạt 31,8 triệu con", "31,8", 31_800_000, "count", "con", "sản lượng cá cảnh toàn thành phố", Y24),
    F("265 tỷ đồng", "265", 265_000_000_000, "money", "đồng", "giá trị sản xuất cá cảnh", Y24,
      change=C("increase", 11.2, "%", "năm 2023")),
    F("chiếm 46%", "46", 46, "percent", "%", "tỷ trọng sản lượng cá cảnh của quận Hoàng Mai", I(Y24),
      location="Hoàng Mai"),
    F("giảm 30%", "30", 30, "percent", "%", "lượng nước thay giảm so với nuôi truyền thống"),
    F("30.000-50.000 đồng/con", "30.000", 30000, "money", "đồng/con", "giá cá chép Koi giống",
      value_max=50000, location="Hoàng Mai"),
    F("5.000-15.000 đồng/con", "5.000", 5000, "money", "đồng/con", "giá cá vàng", value_max=15000,
      location="Hoàng Mai"),
]
rows = [
    ("Diện tích nuôi (ha)", "Diện tích nuôi", "measure", "ha", 1, ["118,5", "124,0", "130,0"]),
    ("Số cơ sở nuôi (cơ sở)", "Số cơ sở nuôi", "count", "cơ sở", 1, ["386", "410", "430"]),
    ("Sản lượng (triệu con)", "Sản lượng", "count", "con", 1_000_000, ["28,6", "31,8", "34,0"]),
    ("Giá trị sản xuất (tỷ đồng)", "Giá trị sản xuất", "money", "đồng", 1_000_000_000, ["238,3", "265,0", "290,0"]),
]
cols = [("năm 2023", Y23, "actual"), ("năm 2024", Y24, "actual"), ("kế hoạch 2025", K25, "target")]
for label, name, kind, unit, mult, cells in rows:
    for i, (cell, (cname, per, status)) in enumerate(zip(cells, cols)):
        # anchor: the cell with its neighbours (first cell with the row label) so that it is unique
        if i == 0:
            anchor = f"{label}\n{cell}\n"
        else:
            anchor = f"\n{cells[i - 1]}\n{cell}\n"
        val = float(cell.replace(",", ".")) * mult
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(anchor, cell, round(val, 6), kind, unit, f"{name} {cname}", per, **kw))
FIGS.append(F("hướng dẫn 20 cơ sở", "20", 20, "count", "cơ sở",
              "cơ sở được hướng dẫn áp dụng quy trình nuôi an toàn dịch bệnh",
              P("Năm 2025", "2025-01-01", "2025-12-31"), status="forecast"))

COMMENTS = [
    "Department site (Chi cục Thủy sản Hà Nội), no dateline: no published date. Table pasted one cell per line:",
    "header cells Chỉ tiêu / Năm 2023 / Năm 2024 / Kế hoạch 2025, then each row label and its three cells.",
    "Units and multipliers come from the row labels ('(triệu con)', '(tỷ đồng)'); periods from the column headers (scored);",
    "the 'Kế hoạch 2025' column is status target. 'Quận Hoàng Mai chiếm 46% sản lượng' is located in Hoàng Mai.",
    "Prices 'Tại làng Yên Sở' are located in Hoàng Mai (the district of Yên Sở).",
    "'giảm 30% lượng nước thay' is a rate with no base amount: a percent figure. 'hiện' gives no period.",
    "Not figures: 'Lễ hội ... lần thứ 5', 'số 38 Tô Hiệu', phone/fax, 'Lượt truy cập: 1.284.906', 'Đang trực tuyến: 27'.",
]

write_set("p860-7", TEXT, FIGS, COMMENTS, published=None, location="Hà Nội")
