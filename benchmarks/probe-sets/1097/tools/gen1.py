"""p1097-1: Cần Thơ city portal, 6 months 2024 ornamental fish output."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Nông nghiệp

Cần Thơ: 6 tháng sản xuất hơn 4,2 triệu con cá cảnh

Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn thành phố Cần Thơ, 6 tháng đầu năm 2024, toàn thành phố sản xuất hơn 4,2 triệu con cá cảnh các loại, tăng 12,6% so với cùng kỳ năm 2023, đạt 56,8% kế hoạch năm. Trong đó, cá Koi khoảng 1,1 triệu con, cá chép Nhật và cá vàng 1,6 triệu con, còn lại là cá bảy màu, cá dĩa, cá phượng hoàng.

Hiện toàn thành phố có 312 hộ và 27 cơ sở nuôi, sản xuất giống cá cảnh, tập trung ở các huyện Phong Điền (148 hộ), Cờ Đỏ (67 hộ), Thới Lai (52 hộ) và quận Ô Môn (45 hộ). Tổng diện tích ao, bể nuôi khoảng 86 ha; bình quân mỗi hộ thu lãi từ 180 đến 250 triệu đồng/năm.

Giá bán cá cảnh hiện tương đối ổn định: cá Koi loại 15-20 cm dao động 120.000-350.000 đồng/con, cá dĩa từ 60.000 đồng/con trở lên, cá bảy màu thuần chủng 25.000 đồng/cặp. Giá trị sản xuất cá cảnh 6 tháng ước đạt 98,4 tỷ đồng, gấp 1,4 lần cùng kỳ.

Ông Trần Văn Bảy, ấp Nhơn Lộc 2, xã Nhơn Ái, huyện Phong Điền cho biết, gia đình ông nuôi cá trong 12 bể xi măng với khoảng 8.000 con cá Koi bố mẹ và cá hậu bị, mỗi năm xuất bán trên 30.000 con cá giống.

Năm 2024, thành phố phấn đấu sản xuất 7,4 triệu con cá cảnh, giá trị sản xuất đạt 190 tỷ đồng; đến năm 2025 hình thành 3 vùng nuôi cá cảnh tập trung theo Kế hoạch số 136/KH-UBND ngày 12/6/2023 của UBND thành phố. Dự kiến 6 tháng cuối năm, lượng cá cảnh tiêu thụ dịp Tết Nguyên đán tăng khoảng 20% so với cùng kỳ.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Cần Thơ: 6 tháng sản xuất hơn 4,2", "4,2", 4200000, "count", "con", "cá cảnh sản xuất",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("toàn thành phố sản xuất hơn 4,2 triệu", "4,2", 4200000, "count", "con", "cá cảnh các loại sản xuất", H1,
      approx="over", percent=56.8, change=C("increase", 12.6, baseline="cùng kỳ năm 2023")),
    F("cá Koi khoảng 1,1 triệu con", "1,1", 1100000, "count", "con", "cá Koi", I(H1), approx="about", total=4200000),
    F("cá vàng 1,6 triệu con", "1,6", 1600000, "count", "con", "cá chép Nhật và cá vàng", I(H1), total=4200000),
    F("có 312 hộ", "312", 312, "count", "hộ", "hộ nuôi, sản xuất giống cá cảnh"),
    F("27 cơ sở nuôi", "27", 27, "count", "cơ sở", "cơ sở nuôi, sản xuất giống cá cảnh"),
    F("Phong Điền (148 hộ)", "148", 148, "count", "hộ", "hộ nuôi, sản xuất giống cá cảnh", total=312, location="Phong Điền"),
    F("Cờ Đỏ (67 hộ)", "67", 67, "count", "hộ", "hộ nuôi, sản xuất giống cá cảnh", total=312, location="Cờ Đỏ"),
    F("Thới Lai (52 hộ)", "52", 52, "count", "hộ", "hộ nuôi, sản xuất giống cá cảnh", total=312, location="Thới Lai"),
    F("Ô Môn (45 hộ)", "45", 45, "count", "hộ", "hộ nuôi, sản xuất giống cá cảnh", total=312, location="Ô Môn"),
    F("khoảng 86 ha", "86", 86, "measure", "ha", "tổng diện tích ao, bể nuôi", approx="about"),
    F("từ 180 đến 250 triệu đồng/năm", "180", 180000000, "money", "đồng/năm", "lãi bình quân mỗi hộ",
      value_max=250000000),
    F("loại 15-20 cm", "15", 15, "measure", "cm", "kích cỡ cá Koi", value_max=20, optional=True),
    F("dao động 120.000-350.000 đồng/con", "120.000", 120000, "money", "đồng/con", "giá bán cá Koi loại 15-20 cm",
      value_max=350000),
    F("từ 60.000 đồng/con trở lên", "60.000", 60000, "money", "đồng/con", "giá bán cá dĩa", approx="at_least"),
    F("25.000 đồng/cặp", "25.000", 25000, "money", "đồng/cặp", "giá bán cá bảy màu thuần chủng"),
    F("ước đạt 98,4 tỷ đồng", "98,4", 98400000000, "money", "đồng", "giá trị sản xuất cá cảnh",
      P("6 tháng", "2024-01-01", "2024-06-30"), status="estimate",
      change=C("increase", 1.4, "lần", baseline="cùng kỳ")),
    F("trong 12 bể xi măng", "12", 12, "count", "bể xi măng", "bể xi măng nuôi cá", location="Phong Điền"),
    F("khoảng 8.000 con", "8.000", 8000, "count", "con", "cá Koi bố mẹ và cá hậu bị", approx="about",
      location="Phong Điền"),
    F("trên 30.000 con", "30.000", 30000, "count", "con", "cá giống xuất bán mỗi năm", approx="over",
      location="Phong Điền"),
    F("sản xuất 7,4 triệu con", "7,4", 7400000, "count", "con", "cá cảnh sản xuất", Y24, status="target"),
    F("đạt 190 tỷ đồng", "190", 190000000000, "money", "đồng", "giá trị sản xuất cá cảnh", Y24, status="target"),
    F("hình thành 3 vùng", "3", 3, "count", "vùng", "vùng nuôi cá cảnh tập trung",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("tăng khoảng 20% so với", "20", 20, "percent", "%", "lượng cá cảnh tiêu thụ dịp Tết Nguyên đán",
      P("6 tháng cuối năm", "2024-07-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Cần Thơ city portal (breadcrumb, 'Cập nhật: 18/07/2024 09:45 | Lượt xem: 2.316'): 6 months 2024 ornamental fish output.",
    "Headline '6 tháng' has no year: published 2024. 'Lượt xem: 2.316', 'ấp Nhơn Lộc 2', 'Trần Văn Bảy', 'Kế hoạch số 136/KH-UBND ngày 12/6/2023' are not figures.",
    "District list adds up to 312 hộ (148+67+52+45): total 312. 'gấp 1,4 lần cùng kỳ' after the money figure is its change (lần).",
    "The farmer's figures lie in huyện Phong Điền. 'loại 15-20 cm' is a size class (optional).",
]

write("p1097-1", TEXT, NOTES, FIGS, published="2024-07-18", location="Cần Thơ")
