"""p1055-2: Củ Chi district portal, Tết Giáp Thìn orchid supply."""
from lib import F, P, I, CH, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CỦ CHI
Trang chủ / Tin tức - Sự kiện / Kinh tế
Nhà vườn Củ Chi tất bật chuẩn bị lan phục vụ Tết Giáp Thìn
Ngày đăng: 22/01/2024 - 10:30

Theo Phòng Kinh tế huyện, hiện toàn huyện có khoảng 310 ha hoa lan với gần 700 hộ và 25 doanh nghiệp tham gia sản xuất, tập trung ở các xã Phước Vĩnh An, Tân Thông Hội, Phạm Văn Cội và Trung An. Riêng xã Phước Vĩnh An có 86 ha, chiếm 27,7% diện tích lan của huyện.

Năm 2023, giá trị sản xuất hoa lan của huyện đạt 1.120 tỷ đồng, bình quân 3,6 tỷ đồng/ha, chiếm 14,2% giá trị sản xuất nông nghiệp toàn huyện.

Dịp Tết Giáp Thìn, các nhà vườn dự kiến cung ứng ra thị trường khoảng 450.000 chậu lan hồ điệp, tăng khoảng 10% so với Tết năm trước; ngoài ra còn khoảng 1,8 triệu cành lan cắt các loại.

Ông Nguyễn Văn Bảy (ấp 4, xã Phước Vĩnh An) có vườn lan rộng 5.000 m2 với khoảng 30.000 chậu lan hồ điệp và dendro. Theo ông, giá bán hồ điệp năm nay từ 150.000 đến 220.000 đồng/cành, giỏ lan 5 cành có giá 1,2 - 2,5 triệu đồng/giỏ; dự kiến doanh thu dịp Tết của gia đình đạt trên 3 tỷ đồng.

Phấn đấu năm 2024, huyện nâng diện tích lan lên 330 ha, trong đó diện tích lan ứng dụng công nghệ cao đạt 200 ha. Để hỗ trợ tiêu thụ, huyện tổ chức Hội chợ hoa lan Củ Chi lần thứ 5 tại Công viên văn hóa huyện (Tỉnh lộ 8, thị trấn Củ Chi) từ ngày 25/01 đến 05/02/2024 với 60 gian hàng.

Phòng Kinh tế huyện Củ Chi | Điện thoại: 028.3790.5123
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NN = P("năm nay", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 310 ha", "310", 310, "measure", "ha", "diện tích hoa lan", approx="about"),
    F("gần 700 hộ", "700", 700, "count", "hộ", "hộ tham gia sản xuất lan", approx="nearly"),
    F("25 doanh nghiệp", "25", 25, "count", "doanh nghiệp", "doanh nghiệp tham gia sản xuất lan"),
    F("có 86 ha", "86", 86, "measure", "ha", "diện tích lan xã Phước Vĩnh An", percent=27.7),
    F("1.120 tỷ đồng", "1.120", 1_120_000_000_000, "money", "đồng", "giá trị sản xuất hoa lan", Y23, percent=14.2),
    F("3,6 tỷ đồng/ha", "3,6", 3_600_000_000, "money", "đồng/ha", "giá trị sản xuất hoa lan bình quân", Y23),
    F("khoảng 450.000 chậu", "450.000", 450000, "count", "chậu", "lan hồ điệp cung ứng ra thị trường dịp Tết",
      approx="about", status="forecast", change=CH("increase", 10, "%", "Tết năm trước", approx="about")),
    F("khoảng 1,8 triệu cành", "1,8", 1_800_000, "count", "cành", "lan cắt cung ứng ra thị trường dịp Tết",
      approx="about", status="forecast"),
    F("5.000 m2", "5.000", 5000, "measure", "m2", "diện tích vườn lan của ông Nguyễn Văn Bảy"),
    F("khoảng 30.000 chậu", "30.000", 30000, "count", "chậu", "chậu lan hồ điệp và dendro của vườn", approx="about"),
    F("từ 150.000 đến 220.000 đồng/cành", "150.000", 150000, "money", "đồng/cành", "giá bán hồ điệp", NN,
      value_max=220000),
    F("giỏ lan 5 cành", "5", 5, "count", "cành", "số cành mỗi giỏ lan", optional=True),
    F("1,2 - 2,5 triệu đồng/giỏ", "1,2", 1_200_000, "money", "đồng/giỏ", "giá giỏ lan 5 cành", value_max=2_500_000),
    F("trên 3 tỷ đồng", "3", 3_000_000_000, "money", "đồng", "doanh thu dịp Tết của gia đình", approx="over",
      status="forecast"),
    F("lên 330 ha", "330", 330, "measure", "ha", "diện tích lan", Y24, status="target"),
    F("đạt 200 ha", "200", 200, "measure", "ha", "diện tích lan ứng dụng công nghệ cao", Y24, status="target",
      total=330),
    F("60 gian hàng", "60", 60, "count", "gian hàng", "gian hàng Hội chợ hoa lan Củ Chi",
      P("từ ngày 25/01 đến 05/02/2024", "2024-01-25", "2024-02-05")),
]

write("p1055-2", TEXT, FIGS, published="2024-01-22", location="Củ Chi", comments=[
    "Cổng TTĐT huyện Củ Chi (TP Hồ Chí Minh): diện tích lan, giá trị sản xuất 2023, cung ứng lan dịp Tết Giáp Thìn, một nhà vườn, mục tiêu 2024.",
    "Commune figures (xã Phước Vĩnh An, ấp 4) take the district Củ Chi as location (FIGURES.md names province/city/district levels only).",
    "'chiếm 14,2%' belongs to 1.120 tỷ (the GTSX), across the bracket-like clause 'bình quân 3,6 tỷ đồng/ha'.",
    "Distractors: 'ấp 4', 'Nguyễn Văn Bảy', 'lần thứ 5', 'Tỉnh lộ 8', '10:30', phone '028.3790.5123'; Tết figures have no period.",
])
