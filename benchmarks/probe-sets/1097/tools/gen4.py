"""p1097-4: Cục Thủy sản (Bộ NN&PTNT) site, national ornamental fish exports 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THỦY SẢN
Trang chủ / Tin tức / Nuôi trồng thủy sản

Xuất khẩu cá cảnh năm 2023 đạt gần 24 triệu USD

Ngày đăng: 06/03/2024 | Lượt xem: 1.148

Theo Cục Thủy sản, năm 2023 cả nước sản xuất khoảng 210 triệu con cá cảnh, tăng 6,5% so với năm 2022; kim ngạch xuất khẩu cá cảnh đạt gần 24 triệu USD, tăng 14% so với năm 2022. Cá cảnh Việt Nam đã có mặt tại hơn 50 quốc gia và vùng lãnh thổ.

Các thị trường nhập khẩu lớn nhất lần lượt là Mỹ (5,8 triệu USD), Singapore (3,9 triệu USD), Nhật Bản (2,7 triệu USD) và Pháp (2,1 triệu USD). Riêng thị trường EU chiếm khoảng 22% tổng kim ngạch.

Hiện cả nước có 32 tỉnh, thành phố có hoạt động nuôi cá cảnh với khoảng 4.600 cơ sở, hộ sản xuất. TP. Hồ Chí Minh dẫn đầu với 1.150 cơ sở, sản lượng 95 triệu con, chiếm 45,2% sản lượng cả nước; tiếp đến là Hà Nội 520 cơ sở, Cần Thơ 340 cơ sở.

Cục Thủy sản đánh giá, chi phí sản xuất một con cá cảnh giống chỉ bằng 30-40% giá bán, lợi nhuận bình quân 150-200 triệu đồng/ha/năm. Hiệu quả kinh tế của nuôi cá cảnh cao gấp 3-5 lần so với nuôi cá thương phẩm.

Theo Đề án phát triển nuôi cá cảnh đến năm 2030 (ban hành kèm Quyết định số 1664/QĐ-BNN-TCTS), mục tiêu đến năm 2025 sản lượng cá cảnh đạt 250 triệu con, kim ngạch xuất khẩu đạt 30 triệu USD; đến năm 2030 đạt 400 triệu con, xuất khẩu 50 triệu USD. Dự báo năm 2024, kim ngạch xuất khẩu cá cảnh có thể đạt 26-27 triệu USD.

Cục Thủy sản - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3771.6578
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
KN = "kim ngạch xuất khẩu cá cảnh"

FIGS = [
    F("năm 2023 đạt gần 24 triệu USD", "24", 24000000, "money", "USD", KN, Y23, approx="nearly"),
    F("khoảng 210 triệu con", "210", 210000000, "count", "con", "cá cảnh sản xuất", Y23, approx="about",
      change=C("increase", 6.5, baseline="năm 2022")),
    F("cá cảnh đạt gần 24 triệu USD", "24", 24000000, "money", "USD", KN, Y23, approx="nearly",
      change=C("increase", 14, baseline="năm 2022")),
    F("hơn 50 quốc gia", "50", 50, "count", "quốc gia và vùng lãnh thổ", "quốc gia và vùng lãnh thổ có cá cảnh Việt Nam",
      approx="over"),
    F("Mỹ (5,8 triệu USD)", "5,8", 5800000, "money", "USD", KN, I(Y23)),
    F("Singapore (3,9 triệu USD)", "3,9", 3900000, "money", "USD", KN, I(Y23)),
    F("Nhật Bản (2,7 triệu USD)", "2,7", 2700000, "money", "USD", KN, I(Y23)),
    F("Pháp (2,1 triệu USD)", "2,1", 2100000, "money", "USD", KN, I(Y23)),
    F("chiếm khoảng 22% tổng kim ngạch", "22", 22, "percent", "%", "thị trường EU trong tổng kim ngạch xuất khẩu cá cảnh",
      I(Y23), approx="about"),
    F("có 32 tỉnh", "32", 32, "count", "tỉnh, thành phố", "tỉnh, thành phố có hoạt động nuôi cá cảnh"),
    F("khoảng 4.600 cơ sở", "4.600", 4600, "count", "cơ sở, hộ sản xuất", "cơ sở, hộ sản xuất cá cảnh", approx="about"),
    F("với 1.150 cơ sở", "1.150", 1150, "count", "cơ sở", "cơ sở nuôi cá cảnh", location="TP. Hồ Chí Minh"),
    F("sản lượng 95 triệu con", "95", 95000000, "count", "con", "sản lượng cá cảnh", percent=45.2,
      location="TP. Hồ Chí Minh"),
    F("Hà Nội 520 cơ sở", "520", 520, "count", "cơ sở", "cơ sở nuôi cá cảnh", location="Hà Nội"),
    F("Cần Thơ 340 cơ sở", "340", 340, "count", "cơ sở", "cơ sở nuôi cá cảnh", location="Cần Thơ"),
    F("chỉ bằng 30-40% giá bán", "30", 30, "percent", "%", "chi phí sản xuất một con cá cảnh giống so với giá bán",
      value_max=40),
    F("bình quân 150-200 triệu", "150", 150000000, "money", "đồng/ha/năm", "lợi nhuận bình quân nuôi cá cảnh",
      value_max=200000000),
    F("cao gấp 3-5 lần", "3", 3, "multiple", "lần", "hiệu quả kinh tế của nuôi cá cảnh so với nuôi cá thương phẩm",
      value_max=5),
    F("đạt 250 triệu con", "250", 250000000, "count", "con", "sản lượng cá cảnh", T25, status="target"),
    F("đạt 30 triệu USD", "30", 30000000, "money", "USD", KN, T25, status="target"),
    F("đạt 400 triệu con", "400", 400000000, "count", "con", "sản lượng cá cảnh", T30, status="target"),
    F("xuất khẩu 50 triệu USD", "50", 50000000, "money", "USD", KN, T30, status="target"),
    F("đạt 26-27 triệu USD", "26", 26000000, "money", "USD", KN, P("năm 2024", "2024-01-01", "2024-12-31"),
      value_max=27000000, status="forecast"),
]

NOTES = [
    "Ministry agency site (Cục Thủy sản, Bộ NN&PTNT), 'Ngày đăng: 06/03/2024 | Lượt xem: 1.148': national ornamental fish exports 2023.",
    "National figures: location Việt Nam; import markets (Mỹ, Singapore, ...) are trade partners, not places. Provinces in the ranking sentence are their own locations.",
    "The market list does not add up to the whole and has no part-of cue: no total. '45,2% sản lượng cả nước' is the share of 95 triệu con.",
    "'một con cá cảnh giống' is a per-unit phrase, not a figure. 'gấp 3-5 lần' stands as its own sentence: a multiple (range).",
    "Distractors: 'Quyết định số 1664/QĐ-BNN-TCTS', 'đến năm 2030' in the programme's name, address 'Số 2 Ngọc Hà', phone, view counter.",
]

write("p1097-4", TEXT, NOTES, FIGS, published="2024-03-06", location="Việt Nam")
