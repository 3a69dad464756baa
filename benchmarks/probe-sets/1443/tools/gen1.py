"""p1443-1: province portal (Cổng TTĐT tỉnh Hải Dương): nếp cái hoa vàng Kinh Môn, vụ mùa 2024."""
from lib import F, period, year, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẢI DƯƠNG
Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Kinh Môn thu hoạch hơn 1.300 ha nếp cái hoa vàng

Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.236

Vụ mùa năm 2024, thị xã Kinh Môn gieo cấy 1.315 ha lúa nếp cái hoa vàng, tăng 85 ha so với vụ mùa năm 2023, chiếm 38,5% diện tích lúa toàn thị xã. Dù chịu ảnh hưởng của cơn bão số 3, năng suất bình quân ước đạt 5,2 tấn/ha, giảm 0,3 tấn/ha so với vụ mùa năm trước; sản lượng ước đạt khoảng 6.840 tấn.

Vùng nếp tập trung ở các phường, xã Hiến Thành (312 ha), Thăng Long (245 ha) và Hiệp Sơn (198 ha). Trong số 1.315 ha, có 420 ha sản xuất theo tiêu chuẩn VietGAP, gồm 260 ha do Hợp tác xã Nông nghiệp Phúc Thành bao tiêu và 160 ha của các hộ liên kết với Công ty TNHH Thực phẩm Nam Sách Xanh.

Giá lúa nếp tươi tại ruộng dao động từ 9.500 đến 10.000 đồng/kg, cao hơn lúa tẻ khoảng 2.000 đồng/kg; gạo nếp thành phẩm bán với giá 35.000-40.000 đồng/kg. Với giá này, mỗi ha nếp cho lãi khoảng 38 triệu đồng, gấp 1,5 lần lúa thường.

Ông Vũ Văn Thịnh, Giám đốc HTX Phúc Thành cho biết, năm nay HTX bao tiêu cho 215 hộ thành viên, ký hợp đồng mua khoảng 1.100 tấn lúa nếp; sản phẩm gạo nếp cái hoa vàng Kinh Môn của HTX đã đạt OCOP 4 sao.

Theo UBND thị xã, năm 2025 Kinh Môn phấn đấu duy trì ổn định khoảng 1.300 ha nếp cái hoa vàng, trong đó ít nhất 50% diện tích được chứng nhận VietGAP; mục tiêu đến năm 2030 xây dựng 3 vùng nguyên liệu tập trung, mỗi vùng từ 100 ha trở lên.

Tin liên quan:
- Hải Dương: Phòng trừ sâu bệnh cho lúa mùa sau bão số 3
- Thanh Hà: Xúc tiến tiêu thụ vải thiều năm 2024
"""

VM24 = year("Vụ mùa năm 2024", 2024)
NOW = year("năm nay", 2024)
Y25 = year("năm 2025", 2025)
T30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("hơn 1.300 ha nếp", "1.300", 1300, "measure", "ha", "nếp cái hoa vàng thu hoạch", approx="over"),
    F("gieo cấy 1.315 ha", "1.315", 1315, "measure", "ha", "diện tích lúa nếp cái hoa vàng gieo cấy", VM24,
      change=change("increase", 85, "ha", "vụ mùa năm 2023"), percent=38.5),
    F("ước đạt 5,2 tấn/ha", "5,2", 5.2, "measure", "tấn/ha", "năng suất bình quân", inherit(VM24),
      status="estimate", change=change("decrease", 0.3, "tấn/ha", "vụ mùa năm trước")),
    F("khoảng 6.840 tấn", "6.840", 6840, "measure", "tấn", "sản lượng", inherit(VM24),
      approx="about", status="estimate"),
    F("Hiến Thành (312 ha)", "312", 312, "measure", "ha", "diện tích vùng nếp"),
    F("Thăng Long (245 ha)", "245", 245, "measure", "ha", "diện tích vùng nếp"),
    F("Hiệp Sơn (198 ha)", "198", 198, "measure", "ha", "diện tích vùng nếp"),
    F("Trong số 1.315 ha", "1.315", 1315, "measure", "ha", "diện tích lúa nếp cái hoa vàng", inherit(VM24),
      optional=True),
    F("có 420 ha", "420", 420, "measure", "ha", "diện tích nếp sản xuất theo tiêu chuẩn VietGAP", inherit(VM24),
      total=1315),
    F("gồm 260 ha", "260", 260, "measure", "ha", "diện tích do Hợp tác xã Nông nghiệp Phúc Thành bao tiêu",
      inherit(VM24), total=420),
    F("và 160 ha", "160", 160, "measure", "ha",
      "diện tích của các hộ liên kết với Công ty TNHH Thực phẩm Nam Sách Xanh", inherit(VM24), total=420),
    F("từ 9.500 đến 10.000", "9.500", 9500, "money", "đồng/kg", "giá lúa nếp tươi tại ruộng", value_max=10000,
      change=change("increase", 2000, "đồng/kg", "lúa tẻ", "about")),
    F("giá 35.000-40.000", "35.000", 35000, "money", "đồng/kg", "giá gạo nếp thành phẩm", value_max=40000),
    F("khoảng 38 triệu", "38", 38e6, "money", "đồng/ha", "lãi mỗi ha nếp", approx="about",
      change=change("increase", 1.5, "lần", "lúa thường")),
    F("cho 215 hộ", "215", 215, "count", "hộ", "hộ thành viên HTX bao tiêu", NOW),
    F("khoảng 1.100 tấn", "1.100", 1100, "measure", "tấn", "lúa nếp HTX ký hợp đồng mua", NOW, approx="about"),
    F("khoảng 1.300 ha nếp", "1.300", 1300, "measure", "ha", "diện tích nếp cái hoa vàng duy trì ổn định", Y25,
      approx="about", status="target"),
    F("ít nhất 50%", "50", 50, "percent", "%", "diện tích được chứng nhận VietGAP", Y25,
      approx="at_least", status="target"),
    F("xây dựng 3 vùng", "3", 3, "count", "vùng nguyên liệu", "vùng nguyên liệu tập trung", T30, status="target"),
    F("từ 100 ha trở lên", "100", 100, "measure", "ha", "diện tích mỗi vùng nguyên liệu", T30,
      approx="at_least", status="target"),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Hải Dương): breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.236', related links.",
    "All figures are in thị xã Kinh Môn (default location). The wards/communes Hiến Thành, Thăng Long, Hiệp Sơn are below district level:",
    "their list items keep location Kinh Môn; subject = the list's indicator ('vùng nếp').",
    "'Vụ mùa năm 2024' is read as the year 2024 (a crop season inside the year). 'năm nay' = 2024 (published).",
    "'Trong số 1.315 ha' restates the area (optional), and makes 1.315 the total of 420; 'gồm 260 ha ... và 160 ha' → total 420.",
    "'cao hơn lúa tẻ khoảng 2.000 đồng/kg' and 'gấp 1,5 lần lúa thường' are changes; 'mỗi ha nếp cho lãi' → unit đồng/ha.",
    "'từ 100 ha trở lên' → at_least. 'ít nhất 50%' after 'trong đó' is a percent figure of its own.",
    "Distractors: 'Lượt xem: 1.236', '08:45', 'cơn bão số 3', 'bão số 3' in a link, 'OCOP 4 sao', years in links.",
]

if __name__ == "__main__":
    write("p1443-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Kinh Môn")
