"""p878-2: district portal (huyện Tam Nông, Đồng Tháp), a commune's snakehead nursing and farming, H1/2023."""
from lib import F, P, I, C, T, write_set

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TAM NÔNG
Trang chủ / Kinh tế / Nông nghiệp
Thứ Ba, 18/07/2023 - 09:40

Phú Thành A phát triển nghề ương, nuôi cá lóc

Những năm gần đây, nghề ương, nuôi cá lóc ở xã Phú Thành A phát triển khá mạnh, góp phần nâng cao thu nhập cho người dân.

Theo UBND xã, 6 tháng đầu năm 2023, toàn xã có 86 hộ nuôi cá lóc với tổng diện tích 54,5 ha, tăng 12 hộ so với cùng kỳ năm 2022; trong đó có 31 hộ chuyên ương cá lóc giống. Sản lượng cá thương phẩm ước đạt 3.120 tấn; cá giống đạt khoảng 45 triệu con, chủ yếu cung cấp cho các tỉnh Trà Vinh, Vĩnh Long và Hậu Giang.

Giá cá lóc giống loại 300 con/kg hiện ở mức 600 - 700 đồng/con; cá thương phẩm được thương lái thu mua tại ao với giá 37.000 - 39.000 đồng/kg.

Anh Nguyễn Văn Tư, Tổ trưởng Tổ hợp tác ương cá giống số 2, ấp K10, cho biết: gia đình anh có bốn ao ương với diện tích 3.000 m2. Mỗi đợt ương kéo dài 25 - 30 ngày, thả khoảng 1,2 triệu cá bột, tỷ lệ sống đạt 60 - 65%. Năm 2022, anh ương được 7 đợt, lãi gần 150 triệu đồng.

Ông Lê Văn Sáu, Chủ tịch UBND xã Phú Thành A cho biết, xã phấn đấu đến năm 2025 nâng diện tích nuôi cá lóc lên 70 ha, trong đó có 20 ha nuôi theo tiêu chuẩn VietGAP. Dự kiến trong năm 2023, xã hỗ trợ thành lập thêm 2 tổ hợp tác nuôi cá lóc, kết nối tiêu thụ với doanh nghiệp.

Bá Tùng - Đài Truyền thanh huyện

Địa chỉ: Khóm 2, thị trấn Tràm Chim, huyện Tam Nông, tỉnh Đồng Tháp - Điện thoại: 0277.3827.205
"""

H1 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F("có 86 hộ", "86", 86, "count", "hộ", "hộ nuôi cá lóc", H1,
      change=C("increase", 12, "hộ", "cùng kỳ năm 2022")),
    F("tổng diện tích 54,5 ha", "54,5", 54.5, "measure", "ha", "diện tích nuôi cá lóc", H1),
    F("có 31 hộ", "31", 31, "count", "hộ", "hộ chuyên ương cá lóc giống", H1, total=86),
    F("ước đạt 3.120 tấn", "3.120", 3120, "measure", "tấn", "sản lượng cá thương phẩm", I(H1),
      status="estimate"),
    F("khoảng 45 triệu con", "45", 45_000_000, "count", "con", "cá giống", I(H1), approx="about"),
    F("loại 300 con/kg", "300", 300, "measure", "con/kg", "cỡ cá lóc giống", optional=True),
    F("600 - 700 đồng/con", "600", 600, "money", "đồng/con", "giá cá lóc giống", value_max=700),
    F("37.000 - 39.000 đồng/kg", "37.000", 37000, "money", "đồng/kg", "giá cá thương phẩm thu mua tại ao",
      value_max=39000),
    F("có bốn ao ương", "bốn", 4, "count", "ao", "ao ương của gia đình anh Nguyễn Văn Tư"),
    F("3.000 m2", "3.000", 3000, "measure", "m2", "diện tích ao ương"),
    F("25 - 30 ngày", "25", 25, "measure", "ngày", "thời gian mỗi đợt ương", value_max=30),
    F("khoảng 1,2 triệu cá bột", "1,2", 1_200_000, "count", "cá bột", "cá bột thả mỗi đợt ương",
      approx="about"),
    F("đạt 60 - 65%", "60", 60, "percent", "%", "tỷ lệ sống", value_max=65),
    F("ương được 7 đợt", "7", 7, "count", "đợt", "đợt ương", Y22),
    F("lãi gần 150 triệu đồng", "150", 150_000_000, "money", "đồng", "lãi của gia đình anh Nguyễn Văn Tư",
      Y22, approx="nearly"),
    F("lên 70 ha", "70", 70, "measure", "ha", "diện tích nuôi cá lóc", T25, status="target"),
    F("có 20 ha", "20", 20, "measure", "ha", "diện tích nuôi cá lóc theo tiêu chuẩn VietGAP", T25,
      status="target", total=70),
    F("thêm 2 tổ hợp tác", "2", 2, "count", "tổ hợp tác", "tổ hợp tác nuôi cá lóc thành lập thêm",
      P("trong năm 2023", "2023-01-01", "2023-12-31"), status="forecast"),
]

NOTES = [
    "Tam Nông district portal (Đồng Tháp): commune Phú Thành A, cá lóc nursing and grow-out, H1/2023, one nursery household, targets.",
    "Location: the commune lies in huyện Tam Nông, so every figure is 'Tam Nông' (the spec knows province, city, district).",
    "'tăng 12 hộ' is the change of 86 hộ (same unit), not of the 54,5 ha that stands between them; 31 hộ (trong đó) is part of 86.",
    "'cá giống đạt khoảng 45 triệu con' has its own verb 'đạt' after ';' so the 'ước đạt' of 3.120 tấn does not govern it (cf. h19): actual.",
    "The recipient provinces (Trà Vinh, Vĩnh Long, Hậu Giang) are not places of the figure. 'loại 300 con/kg' is a size class: optional.",
    "Number word 'bốn ao' = 4. Distractors: Tổ hợp tác ... số 2, ấp K10, Khóm 2, names Tư/Sáu, phone 0277.3827.205, 09:40.",
]

write_set(2, TEXT, FIGS, NOTES, published="2023-07-18", location="Tam Nông")
