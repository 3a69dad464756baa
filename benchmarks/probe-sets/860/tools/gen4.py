"""p860-4: ministry site (Bộ NN&PTNT), national ornamental-fish production and export 2023."""
from lib import F, P, I, C, T, write_set

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cổng thông tin điện tử
Trang chủ » Tin tức » Thủy sản

Phát triển cá cảnh thành ngành hàng xuất khẩu có giá trị
Ngày đăng: 05/03/2024 | Lượt xem: 1.208

Theo Cục Thủy sản, năm 2023, cả nước có khoảng 4.800 cơ sở sản xuất, kinh doanh cá cảnh, sản lượng đạt trên 210 triệu con. Kim ngạch xuất khẩu cá cảnh đạt 24,6 triệu USD, tăng 7,8% so với năm 2022; sản phẩm đã có mặt tại hơn 50 quốc gia và vùng lãnh thổ, trong đó Mỹ, EU và Nhật Bản chiếm khoảng 60% giá trị xuất khẩu.

Các địa phương có sản lượng cá cảnh lớn nhất lần lượt là TP. Hồ Chí Minh (65 triệu con), Hà Nội (32 triệu con), Bến Tre (30 triệu con) và Đồng Tháp (18 triệu con). Riêng TP. Hồ Chí Minh có 38 doanh nghiệp xuất khẩu cá cảnh; kim ngạch xuất khẩu của thành phố chiếm khoảng 70% cả nước.

Đến nay, các cơ sở trong nước đã sản xuất giống thành công khoảng 120 loài cá cảnh nước ngọt và hơn 25 loài cá cảnh biển. Nhiều loài có giá trị cao như cá rồng huyết long giá 15-30 triệu đồng/con, cá Koi sản xuất trong nước 300.000-2 triệu đồng/con.

Năm 2021, Bộ đã ban hành Đề án phát triển nuôi cá cảnh giai đoạn 2021-2030 kèm theo Quyết định số 1628/QĐ-BNN-TCTS. Mục tiêu đến năm 2030, sản lượng cá cảnh cả nước đạt 300 triệu con, kim ngạch xuất khẩu đạt 50 triệu USD. Dự kiến năm 2024, kim ngạch xuất khẩu cá cảnh đạt khoảng 27 triệu USD.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Đến nay", None, "2024-03-05")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 4.800 cơ sở", "4.800", 4800, "count", "cơ sở", "cơ sở sản xuất, kinh doanh cá cảnh", Y23, approx="about"),
    F("trên 210 triệu con", "210", 210_000_000, "count", "con", "sản lượng cá cảnh", Y23, approx="over"),
    F("đạt 24,6 triệu USD", "24,6", 24_600_000, "money", "USD", "kim ngạch xuất khẩu cá cảnh", I(Y23),
      change=C("increase", 7.8, "%", "năm 2022")),
    F("hơn 50 quốc gia", "50", 50, "count", "quốc gia và vùng lãnh thổ",
      "quốc gia và vùng lãnh thổ có sản phẩm cá cảnh", I(Y23), approx="over"),
    F("khoảng 60% giá trị", "60", 60, "percent", "%", "tỷ trọng của Mỹ, EU và Nhật Bản trong giá trị xuất khẩu cá cảnh",
      I(Y23), approx="about"),
    F("(65 triệu con)", "65", 65_000_000, "count", "con", "sản lượng cá cảnh", I(Y23), location="TP. Hồ Chí Minh"),
    F("(32 triệu con)", "32", 32_000_000, "count", "con", "sản lượng cá cảnh", I(Y23), location="Hà Nội"),
    F("(30 triệu con)", "30", 30_000_000, "count", "con", "sản lượng cá cảnh", I(Y23), location="Bến Tre"),
    F("(18 triệu con)", "18", 18_000_000, "count", "con", "sản lượng cá cảnh", I(Y23), location="Đồng Tháp"),
    F("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp", "doanh nghiệp xuất khẩu cá cảnh",
      location="TP. Hồ Chí Minh"),
    F("khoảng 70% cả nước", "70", 70, "percent", "%", "tỷ trọng kim ngạch xuất khẩu cá cảnh của thành phố trong cả nước",
      approx="about", location="TP. Hồ Chí Minh"),
    F("khoảng 120 loài", "120", 120, "count", "loài", "loài cá cảnh nước ngọt sản xuất giống thành công", NOW,
      approx="about"),
    F("hơn 25 loài", "25", 25, "count", "loài", "loài cá cảnh biển sản xuất giống thành công", NOW, approx="over"),
    F("15-30 triệu đồng/con", "15", 15_000_000, "money", "đồng/con", "giá cá rồng huyết long", value_max=30_000_000),
    F("300.000-2 triệu đồng/con", "300.000", 300000, "money", "đồng/con", "giá cá Koi sản xuất trong nước",
      value_max=2_000_000),
    F("đạt 300 triệu con", "300", 300_000_000, "count", "con", "sản lượng cá cảnh cả nước", T30, status="target"),
    F("đạt 50 triệu USD", "50", 50_000_000, "money", "USD", "kim ngạch xuất khẩu cá cảnh", T30, status="target"),
    F("khoảng 27 triệu USD", "27", 27_000_000, "money", "USD", "kim ngạch xuất khẩu cá cảnh",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT, 05/03/2024): national ornamental-fish production, export, species, 2030 targets. Location Việt Nam.",
    "Trade partners (Mỹ, EU, Nhật Bản) are not places of a figure. The province list ('lần lượt là TP. Hồ Chí Minh (65 triệu con) ...')",
    "shares the indicator 'sản lượng cá cảnh'; each item's place is its location. 'Đến nay' is as-of the dateline.",
    "Not figures: 'Lượt xem: 1.208', 'Năm 2021', 'giai đoạn 2021-2030', 'Quyết định số 1628/QĐ-BNN-TCTS', 'số 2 Ngọc Hà',",
    "phone '024.3846.8161'; the ministry's address (Hà Nội) does not localise anything.",
]

write_set("p860-4", TEXT, FIGS, COMMENTS, published="2024-03-05", location="Việt Nam")
