"""p844-6: national newspaper (VnExpress-like), cricket-powder exporter in Bình Phước, March 2025."""
from lib import F, P, I, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ bảy, 15/3/2025, 08:15 (GMT+7)

Doanh nghiệp Việt bán bột dế cho 12 quốc gia

Từ trang trại nuôi dế rộng 3 ha ở Bình Phước, một doanh nghiệp Việt đưa bột dế giàu đạm sang châu Âu, Nhật Bản với giá gấp 8 lần thịt bò.

Ông Trần Quốc Huy, Giám đốc Công ty CP Protein Côn trùng Phước Long, cho biết trang trại hiện có 1.800 chuồng nuôi, mỗi tháng thu hoạch khoảng 60 tấn dế tươi. Bột dế của công ty có hàm lượng đạm trên 65%, được chứng nhận theo tiêu chuẩn của EU.

Từ đầu năm đến nay, công ty đã xuất khẩu 42 tấn bột dế, doanh thu khoảng 1,1 triệu USD, tăng 35% so với cùng kỳ năm 2024. Giá xuất khẩu bình quân 26-28 USD/kg, trong khi thịt bò chỉ khoảng 3,5 USD/kg. Năm 2024, doanh nghiệp xuất khẩu 310 tấn, thu về 7,8 triệu USD.

Công ty tạo việc làm cho 85 lao động với thu nhập bình quân 9,5 triệu đồng/người/tháng, đồng thời liên kết với 140 hộ nuôi vệ tinh tại các huyện Bù Đăng, Đồng Phú và Chơn Thành, bao tiêu toàn bộ sản phẩm với giá 70.000 đồng/kg dế tươi. Dự kiến trong năm nay, công ty đầu tư thêm 25 tỷ đồng xây nhà máy chế biến công suất 2 tấn bột/ngày tại Khu công nghiệp Minh Hưng III.

Theo Hiệp hội Côn trùng Việt Nam, cả nước hiện có khoảng 20 doanh nghiệp chế biến côn trùng quy mô công nghiệp. Kim ngạch xuất khẩu côn trùng và sản phẩm từ côn trùng năm 2024 đạt khoảng 45 triệu USD, tăng gần 2 lần so với năm 2022. Việt Nam đứng thứ 2 châu Á về xuất khẩu bột dế, chỉ sau Thái Lan.

Minh Tâm
"""

YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-03-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("trong năm nay", "2025-01-01", "2025-12-31")
VN = "Việt Nam"

FIGS = [
    F("cho 12 quốc gia", "12", 12, "count", "quốc gia", "quốc gia nhập khẩu bột dế của doanh nghiệp"),
    F("rộng 3 ha", "3", 3, "measure", "ha", "diện tích trang trại nuôi dế"),
    F("gấp 8 lần", "8", 8, "multiple", "lần", "giá bột dế so với thịt bò"),
    F("có 1.800 chuồng", "1.800", 1800, "count", "chuồng nuôi", "chuồng nuôi dế"),
    F("khoảng 60 tấn", "60", 60, "measure", "tấn/tháng", "dế tươi thu hoạch mỗi tháng", approx="about"),
    F("đạm trên 65%", "65", 65, "percent", "%", "hàm lượng đạm của bột dế", approx="over"),
    F("xuất khẩu 42 tấn", "42", 42, "measure", "tấn", "bột dế xuất khẩu", YTD),
    F("khoảng 1,1 triệu USD", "1,1", 1.1e6, "money", "USD", "doanh thu xuất khẩu", YTD, approx="about",
      change=chg("increase", 35, "%", "cùng kỳ năm 2024")),
    F("bình quân 26-28 USD/kg", "26", 26, "money", "USD/kg", "giá xuất khẩu bột dế bình quân", I(YTD), value_max=28),
    F("khoảng 3,5 USD/kg", "3,5", 3.5, "money", "USD/kg", "giá thịt bò", I(YTD), approx="about"),
    F("xuất khẩu 310 tấn", "310", 310, "measure", "tấn", "bột dế xuất khẩu", Y24),
    F("về 7,8 triệu USD", "7,8", 7.8e6, "money", "USD", "kim ngạch xuất khẩu bột dế", Y24),
    F("cho 85 lao động", "85", 85, "count", "lao động", "lao động có việc làm"),
    F("bình quân 9,5 triệu đồng/người/tháng", "9,5", 9.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động"),
    F("với 140 hộ", "140", 140, "count", "hộ", "hộ nuôi dế vệ tinh liên kết"),
    F("giá 70.000 đồng/kg", "70.000", 70000, "money", "đồng/kg", "giá bao tiêu dế tươi"),
    F("thêm 25 tỷ đồng", "25", 25e9, "money", "đồng", "vốn đầu tư xây nhà máy chế biến", Y25, status="forecast"),
    F("công suất 2 tấn", "2", 2, "measure", "tấn/ngày", "công suất nhà máy chế biến bột dế", Y25, status="forecast"),
    F("khoảng 20 doanh nghiệp", "20", 20, "count", "doanh nghiệp", "doanh nghiệp chế biến côn trùng quy mô công nghiệp",
      approx="about", location=VN),
    F("khoảng 45 triệu USD", "45", 45e6, "money", "USD", "kim ngạch xuất khẩu côn trùng và sản phẩm từ côn trùng",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", location=VN,
      change=chg("increase", 2, "lần", "năm 2022", approx="nearly")),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "xuất khẩu bột dế châu Á", location=VN),
]

NOTES = [
    "VnExpress-style national paper, 'Thứ bảy, 15/3/2025, 08:15 (GMT+7)': a cricket-powder exporter in Bình Phước; byline at the end.",
    "Company figures: location Bình Phước (the satellite households' districts are where they are, not a list of figures);",
    "national figures (Hiệp hội, 'cả nước', 'Việt Nam đứng thứ 2') are Việt Nam. Export markets are not places of figures.",
    "'gấp 8 lần thịt bò' (headline lead) stands as the claim: a multiple. 'tăng gần 2 lần so với năm 2022' is the change of 45 triệu USD.",
    "'Khu công nghiệp Minh Hưng III', '08:15' are not figures.",
    "'trong năm nay' = 2025 (published). 'hiện' gives no period.",
]

write(6, TEXT, FIGS, NOTES, published="2025-03-15", location="Bình Phước")
