"""p1057-1: Tây Ninh province portal, 9 months 2024 of the cassava starch industry."""
from lib import F, P, I, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Tây Ninh: Chế biến tinh bột sắn 9 tháng đạt hơn 1,1 triệu tấn sản phẩm
Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.316

Theo Sở Công Thương, 9 tháng đầu năm 2024, các nhà máy trên địa bàn tỉnh đã thu mua, chế biến khoảng 4,6 triệu tấn củ sắn tươi, sản xuất được 1.127.400 tấn tinh bột sắn, tăng 7,8% so với cùng kỳ năm 2023 và đạt 77,8% kế hoạch năm. Giá trị sản xuất của ngành ước đạt 11.850 tỷ đồng, chiếm khoảng 18% giá trị sản xuất công nghiệp toàn tỉnh.

Hiện toàn tỉnh có 68 nhà máy chế biến tinh bột sắn đang hoạt động với tổng công suất thiết kế khoảng 7.200 tấn sản phẩm/ngày; trong đó huyện Tân Châu có 21 nhà máy, Tân Biên 14 nhà máy, Dương Minh Châu 12 nhà máy, số còn lại nằm rải rác ở các huyện, thị xã khác, nhiều nhất là dọc Quốc lộ 22B và đường ĐT.785.

Giá củ sắn tươi (loại 30 chữ bột) tại cổng nhà máy dao động từ 2.600 đến 3.100 đồng/kg, giảm khoảng 400 đồng/kg so với đầu vụ; giá tinh bột sắn xuất khẩu ở mức 480-500 USD/tấn. Kim ngạch xuất khẩu tinh bột sắn 9 tháng đạt 486 triệu USD, chiếm 21,3% tổng kim ngạch xuất khẩu của tỉnh; trong đó thị trường Trung Quốc chiếm trên 85%.

Về môi trường, 66/68 nhà máy đã đầu tư hệ thống xử lý nước thải đạt quy chuẩn, trong đó 52 nhà máy có hệ thống thu hồi khí biogas để thay thế dầu FO. Tổng lượng nước thải phát sinh của các nhà máy khoảng 95.000 m3/ngày đêm. Năm 2023, lực lượng chức năng đã xử phạt 9 cơ sở vi phạm quy định về xả thải với tổng số tiền hơn 1,4 tỷ đồng.

Theo Kế hoạch số 2150/KH-UBND, năm 2024 tỉnh phấn đấu sản lượng tinh bột sắn đạt 1,45 triệu tấn; đến năm 2025 sắp xếp, giảm số nhà máy xuống còn 60 nhà máy, di dời 8 nhà máy gần khu dân cư vào các cụm công nghiệp.
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9Y = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
S = "nhà máy chế biến tinh bột sắn"

FIGS = [
    F("đạt hơn 1,1 triệu tấn sản phẩm", "1,1", 1100000, "measure", "tấn", "sản phẩm chế biến tinh bột sắn", M9, approx="over"),
    F("khoảng 4,6 triệu tấn củ sắn tươi", "4,6", 4600000, "measure", "tấn", "củ sắn tươi thu mua, chế biến", M9Y, approx="about"),
    F("được 1.127.400 tấn tinh bột sắn", "1.127.400", 1127400, "measure", "tấn", "tinh bột sắn sản xuất", M9Y,
      change=C("increase", 7.8, "%", "cùng kỳ năm 2023"), percent=77.8),
    F("ước đạt 11.850 tỷ đồng", "11.850", 11850e9, "money", "đồng", "giá trị sản xuất của ngành chế biến tinh bột sắn", I(M9Y),
      percent=18, status="estimate"),
    F("có 68 nhà máy chế biến", "68", 68, "count", "nhà máy", S + " đang hoạt động"),
    F("khoảng 7.200 tấn sản phẩm/ngày", "7.200", 7200, "measure", "tấn/ngày", "tổng công suất thiết kế", approx="about"),
    F("Tân Châu có 21 nhà máy", "21", 21, "count", "nhà máy", S, total=68, location="Tân Châu"),
    F("Tân Biên 14 nhà máy", "14", 14, "count", "nhà máy", S, total=68, location="Tân Biên"),
    F("Dương Minh Châu 12 nhà máy", "12", 12, "count", "nhà máy", S, total=68, location="Dương Minh Châu"),
    F("loại 30 chữ bột", "30", 30, "measure", "chữ bột", "hàm lượng tinh bột của củ sắn tươi", optional=True),
    F("từ 2.600 đến 3.100 đồng/kg", "2.600", 2600, "money", "đồng/kg", "giá củ sắn tươi tại cổng nhà máy", value_max=3100,
      change=C("decrease", 400, "đồng/kg", "đầu vụ", approx="about")),
    F("mức 480-500 USD/tấn", "480", 480, "money", "USD/tấn", "giá tinh bột sắn xuất khẩu", value_max=500),
    F("9 tháng đạt 486 triệu USD", "486", 486e6, "money", "USD", "kim ngạch xuất khẩu tinh bột sắn", M9, percent=21.3),
    F("Trung Quốc chiếm trên 85%", "85", 85, "percent", "%", "thị trường Trung Quốc trong kim ngạch xuất khẩu tinh bột sắn", M9,
      approx="over"),
    F("66/68 nhà máy", "66", 66, "count", "nhà máy", "nhà máy đầu tư hệ thống xử lý nước thải đạt quy chuẩn", total=68),
    F("trong đó 52 nhà máy", "52", 52, "count", "nhà máy", "nhà máy có hệ thống thu hồi khí biogas", total=66),
    F("khoảng 95.000 m3/ngày đêm", "95.000", 95000, "measure", "m3/ngày đêm", "lượng nước thải phát sinh của các nhà máy",
      approx="about"),
    F("xử phạt 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở vi phạm quy định về xả thải bị xử phạt", Y23),
    F("hơn 1,4 tỷ đồng", "1,4", 1.4e9, "money", "đồng", "tiền xử phạt vi phạm về xả thải", Y23, approx="over"),
    F("đạt 1,45 triệu tấn", "1,45", 1450000, "measure", "tấn", "sản lượng tinh bột sắn", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("còn 60 nhà máy", "60", 60, "count", "nhà máy", "số " + S, TO25, status="target"),
    F("di dời 8 nhà máy", "8", 8, "count", "nhà máy", "nhà máy gần khu dân cư di dời vào các cụm công nghiệp", TO25,
      status="target"),
]

NOTES = [
    "Tây Ninh province portal (breadcrumb, 'Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.316'): 9 months 2024 of cassava starch plants.",
    "Not figures: Lượt xem 2.316, time 09:45, Quốc lộ 22B, ĐT.785, Kế hoạch số 2150/KH-UBND. 'loại 30 chữ bột' is a grade (optional).",
    "District items after 'trong đó' take the 68 plants as total; 52 biogas plants are part of the 66 plants with treatment systems.",
    "Headline '9 tháng' has no year and nothing dated precedes it: year of published (2024).",
    "revised after first.txt: capacity units written 'tấn <material>/ngày|năm' reduced to 'tấn/ngày' / 'tấn/năm' (FIGURES.md: shortest noun phrase; the set's other tonnages already use 'tấn' with the material in the subject).",
]

if __name__ == "__main__":
    build(1, TEXT, FIGS, published="2024-10-14", location="Tây Ninh", notes=NOTES)
