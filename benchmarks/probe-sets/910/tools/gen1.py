"""p910-1: Hải Dương province portal, 6 months of 2024 fry output."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Hải Dương sản xuất hơn 1,2 tỷ con cá giống trong 6 tháng
Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.315

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, các cơ sở sản xuất, ương dưỡng giống thủy sản trên địa bàn tỉnh Hải Dương đã cho đẻ và ương được hơn 1,2 tỷ con cá bột, cá hương và cá giống các loại, tăng 8,6% so với cùng kỳ năm 2023, đạt 57,1% kế hoạch năm. Trong đó, cá rô phi đơn tính khoảng 310 triệu con; cá chép lai 245 triệu con; cá trắm cỏ 180 triệu con; còn lại là cá mè, cá trôi và một số loài đặc sản.

Toàn tỉnh hiện có 86 cơ sở sản xuất, ương dưỡng giống thủy sản, tập trung chủ yếu ở thị xã Kinh Môn (21 cơ sở), huyện Cẩm Giàng (17 cơ sở), huyện Thanh Miện (14 cơ sở) và huyện Ninh Giang (12 cơ sở). Trong số này, có 9 cơ sở đủ điều kiện sản xuất cá rô phi đơn tính bằng phương pháp chuyển đổi giới tính.

Giá cá giống đầu vụ nhích nhẹ: cá rô phi đơn tính cỡ 3-4 cm bán tại trại 250-300 đồng/con, cá chép lai cỡ 8-10 cm khoảng 45.000 đồng/kg. Doanh thu của các cơ sở trong 6 tháng ước đạt 96,5 tỷ đồng, bằng 112% cùng kỳ.

Hiện toàn tỉnh có khoảng 10.500 ha nuôi trồng thủy sản, nhu cầu con giống mỗi năm khoảng 3 tỷ con. Năm 2024, tỉnh phấn đấu sản xuất 2,1 tỷ con giống các loại, nâng tỷ lệ tự chủ con giống lên khoảng 70%.

Sở NN&PTNT đề nghị các cơ sở thực hiện đúng Luật Thủy sản 2017 và Nghị định số 26/2019/NĐ-CP của Chính phủ; mọi vướng mắc liên hệ Chi cục Thủy sản, điện thoại 0220.3853.416.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SUBJ_CS = "cơ sở sản xuất, ương dưỡng giống thủy sản"
FIGS = [
    F("hơn 1,2 tỷ con cá giống trong 6 tháng", "1,2", 1.2e9, "count", "con", "cá giống sản xuất",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("hơn 1,2 tỷ con cá bột", "1,2", 1.2e9, "count", "con", "cá bột, cá hương và cá giống cho đẻ và ương",
      H1, approx="over", change=C("increase", 8.6, "%", "cùng kỳ năm 2023"), percent=57.1),
    F("khoảng 310 triệu con", "310", 310e6, "count", "con", "cá rô phi đơn tính", I(H1), approx="about", total=1.2e9),
    F("lai 245 triệu con", "245", 245e6, "count", "con", "cá chép lai", I(H1), total=1.2e9),
    F("cỏ 180 triệu con", "180", 180e6, "count", "con", "cá trắm cỏ", I(H1), total=1.2e9),
    F("hiện có 86 cơ sở", "86", 86, "count", "cơ sở", SUBJ_CS),
    F("Kinh Môn (21 cơ sở)", "21", 21, "count", "cơ sở", SUBJ_CS, location="Kinh Môn"),
    F("Cẩm Giàng (17 cơ sở)", "17", 17, "count", "cơ sở", SUBJ_CS, location="Cẩm Giàng"),
    F("Thanh Miện (14 cơ sở)", "14", 14, "count", "cơ sở", SUBJ_CS, location="Thanh Miện"),
    F("Ninh Giang (12 cơ sở)", "12", 12, "count", "cơ sở", SUBJ_CS, location="Ninh Giang"),
    F("có 9 cơ sở", "9", 9, "count", "cơ sở",
      "cơ sở đủ điều kiện sản xuất cá rô phi đơn tính bằng phương pháp chuyển đổi giới tính", total=86),
    F("cỡ 3-4 cm", "3", 3, "measure", "cm", "cỡ cá rô phi đơn tính giống", value_max=4, optional=True),
    F("250-300 đồng/con", "250", 250, "money", "đồng/con", "giá cá rô phi đơn tính giống bán tại trại", value_max=300),
    F("cỡ 8-10 cm", "8", 8, "measure", "cm", "cỡ cá chép lai giống", value_max=10, optional=True),
    F("khoảng 45.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá cá chép lai giống", approx="about"),
    F("ước đạt 96,5 tỷ đồng", "96,5", 96.5e9, "money", "đồng", "doanh thu của các cơ sở",
      P("trong 6 tháng", "2024-01-01", "2024-06-30"), status="estimate", percent=112),
    F("khoảng 10.500 ha", "10.500", 10500, "measure", "ha", "diện tích nuôi trồng thủy sản", approx="about"),
    F("khoảng 3 tỷ con", "3", 3e9, "count", "con", "nhu cầu con giống mỗi năm", approx="about"),
    F("sản xuất 2,1 tỷ con", "2,1", 2.1e9, "count", "con", "con giống các loại sản xuất",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 70%", "70", 70, "percent", "%", "tỷ lệ tự chủ con giống",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Hải Dương: 6 tháng đầu năm 2024, hơn 1,2 tỷ con cá bột, cá hương, cá giống; cơ sở theo huyện; giá; mục tiêu 2024.",
    "Distractors: Lượt xem 2.315, 18/07/2024 09:45, Luật Thủy sản 2017, Nghị định số 26/2019/NĐ-CP, 0220.3853.416.",
    "District list after 'tập trung chủ yếu ở' does not add up to 86 (21+17+14+12=64): no total. 'Trong số này, có 9' -> total 86.",
    "Size classes 'cỡ 3-4 cm', 'cỡ 8-10 cm' describe the product: optional. 'bằng 112% cùng kỳ' -> percent of 96,5 tỷ.",
]

write("p910-1", TEXT, FIGS, NOTES, published="2024-07-18", location="Hải Dương")
