"""p671-4: Ministry site (Bộ Công Thương) — coconut product exports 2023 by product and market, national; targets 2025/2030."""
from lib import F, P, I, CH, emit

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Thị trường xuất khẩu
Xuất khẩu sản phẩm dừa năm 2023 đạt 906 triệu USD
Ngày đăng: 16/01/2024 | Lượt xem: 1.275

Theo số liệu của Tổng cục Hải quan, năm 2023 kim ngạch xuất khẩu dừa và các sản phẩm từ dừa của Việt Nam đạt 906 triệu USD, tăng 11,2% so với năm 2022. Trong đó, dừa tươi đạt 112 triệu USD; cơm dừa sấy, nước cốt dừa và sữa dừa đạt khoảng 405 triệu USD; than hoạt tính từ gáo dừa đạt 189 triệu USD; sản phẩm thủ công mỹ nghệ và chỉ xơ dừa đạt 200 triệu USD.

Về thị trường, Trung Quốc là thị trường nhập khẩu lớn nhất với 252 triệu USD, chiếm 27,8% tổng kim ngạch; tiếp đến là Mỹ 141 triệu USD, chiếm 15,6%; Hàn Quốc 74 triệu USD, chiếm 8,2%; Hà Lan 52 triệu USD, chiếm 5,7%. Riêng quý IV/2023, xuất khẩu dừa tươi sang Trung Quốc đạt 1.420 container, tương đương khoảng 24.000 tấn.

Cả nước hiện có khoảng 195.000 ha dừa, tập trung chủ yếu tại Đồng bằng sông Cửu Long; Bến Tre là địa phương có diện tích lớn nhất với 79.856 ha. Cả nước có 92 doanh nghiệp chế biến dừa quy mô công nghiệp, trong đó 65 doanh nghiệp tham gia xuất khẩu trực tiếp, với sản phẩm có mặt tại 90 quốc gia và vùng lãnh thổ.

Theo Đề án phát triển ngành dừa, phấn đấu đến năm 2025 kim ngạch xuất khẩu sản phẩm dừa đạt 1,5 tỷ USD và đến năm 2030 đạt từ 2 đến 2,5 tỷ USD; tỷ lệ sản phẩm dừa chế biến sâu đạt trên 70%.

Cục Xuất nhập khẩu - Bộ Công Thương, 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.5361
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
EXP = "kim ngạch xuất khẩu sản phẩm dừa"

FIGS = [
    F("2023 đạt 906 triệu USD", "906", 906000000, "money", "USD", "Xuất khẩu sản phẩm dừa", Y23),
    F("Việt Nam đạt 906 triệu USD", "906", 906000000, "money", "USD",
      "kim ngạch xuất khẩu dừa và các sản phẩm từ dừa", Y23, change=CH("increase", 11.2, "%", "năm 2022")),
    F("đạt 112 triệu USD", "112", 112000000, "money", "USD", "kim ngạch xuất khẩu dừa tươi", I(Y23), total=906000000),
    F("khoảng 405 triệu USD", "405", 405000000, "money", "USD",
      "kim ngạch xuất khẩu cơm dừa sấy, nước cốt dừa và sữa dừa", I(Y23), approx="about", total=906000000),
    F("đạt 189 triệu USD", "189", 189000000, "money", "USD", "kim ngạch xuất khẩu than hoạt tính từ gáo dừa",
      I(Y23), total=906000000),
    F("đạt 200 triệu USD", "200", 200000000, "money", "USD",
      "kim ngạch xuất khẩu sản phẩm thủ công mỹ nghệ và chỉ xơ dừa", I(Y23), total=906000000),
    F("với 252 triệu USD", "252", 252000000, "money", "USD", EXP + " sang Trung Quốc", I(Y23), percent=27.8),
    F("Mỹ 141 triệu USD", "141", 141000000, "money", "USD", EXP + " sang Mỹ", I(Y23), percent=15.6),
    F("Hàn Quốc 74 triệu USD", "74", 74000000, "money", "USD", EXP + " sang Hàn Quốc", I(Y23), percent=8.2),
    F("Hà Lan 52 triệu USD", "52", 52000000, "money", "USD", EXP + " sang Hà Lan", I(Y23), percent=5.7),
    F("đạt 1.420 container", "1.420", 1420, "count", "container", "xuất khẩu dừa tươi sang Trung Quốc", Q4),
    F("khoảng 24.000 tấn", "24.000", 24000, "measure", "tấn", "xuất khẩu dừa tươi sang Trung Quốc", Q4,
      approx="about"),
    F("khoảng 195.000 ha", "195.000", 195000, "measure", "ha", "diện tích dừa cả nước", approx="about"),
    F("với 79.856 ha", "79.856", 79856, "measure", "ha", "diện tích dừa", location="Bến Tre"),
    F("có 92 doanh nghiệp", "92", 92, "count", "doanh nghiệp", "doanh nghiệp chế biến dừa quy mô công nghiệp"),
    F("65 doanh nghiệp", "65", 65, "count", "doanh nghiệp", "doanh nghiệp tham gia xuất khẩu trực tiếp", total=92),
    F("tại 90 quốc gia", "90", 90, "count", "quốc gia và vùng lãnh thổ",
      "quốc gia và vùng lãnh thổ có sản phẩm dừa của Việt Nam"),
    F("đạt 1,5 tỷ USD", "1,5", 1500000000, "money", "USD", EXP, T25, status="target"),
    F("từ 2 đến 2,5 tỷ USD", "2", 2000000000, "money", "USD", EXP, T30, value_max=2500000000, status="target"),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ sản phẩm dừa chế biến sâu", I(T30), approx="over",
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Công Thương (invented): xuất khẩu sản phẩm dừa năm 2023 theo nhóm hàng và thị trường; diện tích, doanh nghiệp; mục tiêu 2025/2030.",
    "'Ngày đăng: 16/01/2024' (published), 'Lượt xem: 1.275', address '54 Hai Bà Trưng' and phone are not figures. National figures: location Việt Nam.",
    "Headline 906 triệu USD is a figure of its own. The four product groups after 'Trong đó' (next sentence) add up to 906: total 906 triệu USD.",
    "Markets (Trung Quốc, Mỹ, …) are trade partners, not places: they stay in the subject, location Việt Nam; each 'chiếm X%' is the percent.",
    "'tương đương khoảng 24.000 tấn' is an equivalent amount: its own figure. Bến Tre 79.856 ha → location Bến Tre.",
    "'tỷ lệ … chế biến sâu đạt trên 70%' after '; ' in the 2030 clause: target; its period (2025 or 2030?) is left inherited/unscored.",
]

if __name__ == "__main__":
    emit("p671-4", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Việt Nam")
