"""p976-6: national newspaper, sò huyết prices peak, blood cockle farming on tidal flats of Đông Hải (Bạc Liêu)."""
from lib import F, P, I, CH, build

TEXT = """Kinh doanh > Nông nghiệp
Thứ bảy, 15/3/2025, 07:40 (GMT+7)

Giá sò huyết cao nhất 5 năm, người nuôi bãi bồi Bạc Liêu phấn khởi

Sò huyết thương phẩm tại các bãi nuôi ven biển huyện Đông Hải được thương lái thu mua 230.000-260.000 đồng/kg, tăng khoảng 50% so với cùng kỳ năm ngoái.

Chiều 14/3, trên bãi bồi xã Điền Hải, anh Lê Văn Tư cùng gần 20 nhân công thu hoạch 2 ha sò huyết nuôi được 14 tháng. Với năng suất khoảng 3,5 tấn/ha, cỡ 50 con/kg, anh thu về hơn 1,6 tỷ đồng, lãi trên 900 triệu đồng sau khi trừ chi phí con giống và thuê lao động.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện Đông Hải, toàn huyện hiện có 1.350 ha bãi bồi nuôi sò huyết của 640 hộ, nhiều nhất là các xã Điền Hải (520 ha) và Long Điền Tây (480 ha). Năm 2024, sản lượng sò huyết toàn huyện đạt 3.900 tấn; quý I/2025 dự kiến thu hoạch khoảng 1.100 tấn.

Ông Nguyễn Văn Hai, Phó chủ tịch UBND huyện, cho biết khó khăn lớn nhất hiện nay là con giống: khoảng 80% sò giống phải mua từ Cà Mau, Kiên Giang hoặc nhập từ Malaysia, giá 350.000-400.000 đồng/kg (loại 4.000-5.000 con/kg), gấp 2 lần so với năm 2023.

Năm 2025, tỉnh Bạc Liêu phấn đấu nâng diện tích nuôi sò huyết lên 2.000 ha, sản lượng đạt 6.000 tấn. Tỉnh đang xây dựng trại sản xuất giống sò huyết công suất 50 triệu con/năm, dự kiến đáp ứng khoảng 30% nhu cầu giống của tỉnh. Trại sẽ đi vào hoạt động từ quý IV/2025.

Hoàng Nam
"""

D14 = P("Chiều 14/3", "2025-03-14", "2025-03-14")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("thu mua 230.000-260.000 đồng/kg", "230.000", 230000, "money", "đồng/kg", "giá sò huyết thương phẩm thương lái thu mua",
      value_max=260000, change=CH("increase", 50, "%", "cùng kỳ năm ngoái", "about"), location="Đông Hải"),
    F("gần 20 nhân công", "20", 20, "count", "nhân công", "nhân công thu hoạch sò huyết", D14, approx="nearly",
      location="Đông Hải"),
    F("thu hoạch 2 ha", "2", 2, "measure", "ha", "diện tích sò huyết anh Lê Văn Tư thu hoạch", D14, location="Đông Hải"),
    F("nuôi được 14 tháng", "14", 14, "measure", "tháng", "thời gian nuôi sò huyết", optional=True, location="Đông Hải"),
    F("khoảng 3,5 tấn/ha", "3,5", 3.5, "measure", "tấn/ha", "năng suất sò huyết", I(D14), approx="about", location="Đông Hải"),
    F("cỡ 50 con/kg", "50", 50, "measure", "con/kg", "cỡ sò huyết thu hoạch", optional=True, location="Đông Hải"),
    F("hơn 1,6 tỷ đồng", "1,6", 1.6e9, "money", "đồng", "tiền bán sò huyết anh Tư thu về", I(D14), approx="over",
      location="Đông Hải"),
    F("trên 900 triệu đồng", "900", 900e6, "money", "đồng", "tiền lãi sau khi trừ chi phí", I(D14), approx="over",
      location="Đông Hải"),
    F("có 1.350 ha", "1.350", 1350, "measure", "ha", "bãi bồi nuôi sò huyết", location="Đông Hải"),
    F("của 640 hộ", "640", 640, "count", "hộ", "hộ nuôi sò huyết trên bãi bồi", location="Đông Hải"),
    F("Điền Hải (520 ha)", "520", 520, "measure", "ha", "diện tích bãi bồi nuôi sò huyết", location="Đông Hải"),
    F("Long Điền Tây (480 ha)", "480", 480, "measure", "ha", "diện tích bãi bồi nuôi sò huyết", location="Đông Hải"),
    F("đạt 3.900 tấn", "3.900", 3900, "measure", "tấn", "sản lượng sò huyết toàn huyện",
      P("Năm 2024", "2024-01-01", "2024-12-31"), location="Đông Hải"),
    F("khoảng 1.100 tấn", "1.100", 1100, "measure", "tấn", "sản lượng sò huyết thu hoạch",
      P("quý I/2025", "2025-01-01", "2025-03-31"), approx="about", status="forecast", location="Đông Hải"),
    F("khoảng 80% sò giống", "80", 80, "percent", "%", "sò giống phải mua ngoài tỉnh hoặc nhập khẩu", approx="about",
      location="Đông Hải"),
    F("giá 350.000-400.000 đồng/kg", "350.000", 350000, "money", "đồng/kg", "giá sò giống", value_max=400000,
      change=CH("increase", 2, "lần", "năm 2023"), location="Đông Hải"),
    F("loại 4.000-5.000 con/kg", "4.000", 4000, "measure", "con/kg", "cỡ sò giống", value_max=5000, optional=True,
      location="Đông Hải"),
    F("lên 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích nuôi sò huyết", Y25, status="target"),
    F("đạt 6.000 tấn", "6.000", 6000, "measure", "tấn", "sản lượng sò huyết", Y25, status="target"),
    F("công suất 50 triệu con/năm", "50", 50e6, "measure", "con/năm", "công suất trại sản xuất giống sò huyết"),
    F("khoảng 30% nhu cầu", "30", 30, "percent", "%", "nhu cầu giống sò huyết của tỉnh được đáp ứng", approx="about",
      status="forecast"),
]

build("p976-6", TEXT, [
    "National newspaper (VnExpress style), 'Thứ bảy, 15/3/2025, 07:40 (GMT+7)': sò huyết prices, blood cockle farming on tidal flats of",
    "huyện Đông Hải (Bạc Liêu). Commune figures (Điền Hải, Long Điền Tây) take the district; the two listed communes do not add up to",
    "1.350 ha and no part-of cue stands, so no total. 'gấp 2 lần so với năm 2023' after a price is its change (unit lần).",
    "'cỡ 50 con/kg' is a size grade ('cỡ' = size, not 'about'): optional. Distractors: 'cao nhất 5 năm', 'Chiều 14/3', 'Lê Văn Tư',",
    "'Nguyễn Văn Hai', 'quý IV/2025' (start of operation). 'Chiều 14/3' dates the harvest: the period of its figures.",
], FIGS, published="2025-03-15", location="Bạc Liêu")
