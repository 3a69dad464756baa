"""p1072-8: Báo Đắk Lắk online, headline figure, tag (BĐL) -, grapefruit value and exports (26/04/2025)."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế

Đắk Lắk thu gần 1.000 tỷ đồng từ cây bưởi

26/04/2025 - 10:05

(BĐL) - Theo Sở Nông nghiệp và Môi trường, tính đến cuối năm 2024, toàn tỉnh có 7.460 ha bưởi, gấp 2,1 lần so với năm 2019; diện tích cho thu hoạch 4.980 ha, sản lượng năm 2024 đạt 86.300 tấn. Giá trị sản xuất từ cây bưởi ước đạt 985 tỷ đồng.

Bưởi da xanh chiếm khoảng 70% diện tích, còn lại là bưởi Năm Roi, bưởi Diễn. Bưởi được trồng nhiều ở các huyện Krông Pắc (2.130 ha), Krông Năng (1.240 ha), Cư M'gar (960 ha) và thị xã Buôn Hồ (820 ha), nhất là dọc Quốc lộ 26 và Quốc lộ 14.

Quý I/2025, giá bưởi da xanh loại 1 tại vườn ở mức 28.000-32.000 đồng/kg, tăng khoảng 12% so với cùng kỳ. Nhiều hộ ở xã Ea Yông (huyện Krông Pắc) thu lãi từ 250 đến 300 triệu đồng/ha.

Toàn tỉnh đã được cấp 15 mã số vùng trồng bưởi với 1.080 ha, trong đó 6 mã số đáp ứng điều kiện xuất khẩu sang Mỹ. Năm 2024, Công ty CP Nông sản Tây Nguyên 2 đã xuất 12 container bưởi sang Mỹ, tương đương khoảng 220 tấn.

Dịp này, huyện Krông Pắc tổ chức Ngày hội bưởi lần thứ 3 với hơn 50 gian hàng, thu hút khoảng 15.000 lượt khách.

Thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy, đến năm 2030, tỉnh phấn đấu ổn định diện tích bưởi khoảng 8.000 ha, trong đó 30% diện tích đạt chứng nhận VietGAP hoặc tương đương.

Minh Thuận
"""

END24 = P("tính đến cuối năm 2024", None, "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y24b = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("thu gần 1.000 tỷ đồng", "1.000", 1000000000000, "money", "đồng", "giá trị thu từ cây bưởi", approx="nearly"),
    F("có 7.460 ha", "7.460", 7460, "measure", "ha", "diện tích bưởi", END24,
      change=C("increase", 2.1, "lần", baseline="năm 2019")),
    F("hoạch 4.980 ha", "4.980", 4980, "measure", "ha", "diện tích bưởi cho thu hoạch", END24),
    F("đạt 86.300 tấn", "86.300", 86300, "measure", "tấn", "sản lượng bưởi", Y24),
    F("ước đạt 985 tỷ đồng", "985", 985000000000, "money", "đồng", "giá trị sản xuất từ cây bưởi", I(Y24),
      status="estimate"),
    F("khoảng 70%", "70", 70, "percent", "%", "tỷ trọng bưởi da xanh trong diện tích bưởi", approx="about"),
    F("Krông Pắc (2.130 ha)", "2.130", 2130, "measure", "ha", "diện tích bưởi", location="Krông Pắc"),
    F("Krông Năng (1.240 ha)", "1.240", 1240, "measure", "ha", "diện tích bưởi", location="Krông Năng"),
    F("Cư M'gar (960 ha)", "960", 960, "measure", "ha", "diện tích bưởi", location="Cư M'gar"),
    F("Buôn Hồ (820 ha)", "820", 820, "measure", "ha", "diện tích bưởi", location="Buôn Hồ"),
    F("mức 28.000-32.000 đồng/kg", "28.000", 28000, "money", "đồng/kg", "giá bưởi da xanh loại 1 tại vườn", Q1,
      value_max=32000, change=C("increase", 12, baseline="cùng kỳ", approx="about")),
    F("từ 250 đến 300 triệu đồng/ha", "250", 250000000, "money", "đồng/ha", "tiền lãi trồng bưởi của các hộ",
      value_max=300000000, location="Krông Pắc"),
    F("cấp 15 mã số", "15", 15, "count", "mã số vùng trồng", "mã số vùng trồng bưởi được cấp"),
    F("với 1.080 ha", "1.080", 1080, "measure", "ha", "diện tích mã số vùng trồng bưởi"),
    F("trong đó 6 mã số", "6", 6, "count", "mã số", "mã số vùng trồng đáp ứng điều kiện xuất khẩu sang Mỹ", total=15),
    F("xuất 12 container", "12", 12, "count", "container", "container bưởi xuất sang Mỹ", Y24b),
    F("khoảng 220 tấn", "220", 220, "measure", "tấn", "bưởi xuất sang Mỹ", Y24b, approx="about"),
    F("hơn 50 gian hàng", "50", 50, "count", "gian hàng", "gian hàng tại Ngày hội bưởi", approx="over",
      location="Krông Pắc"),
    F("khoảng 15.000 lượt khách", "15.000", 15000, "count", "lượt khách", "lượt khách đến Ngày hội bưởi",
      approx="about", location="Krông Pắc"),
    F("khoảng 8.000 ha", "8.000", 8000, "measure", "ha", "diện tích bưởi", T30, approx="about", status="target"),
    F("trong đó 30%", "30", 30, "percent", "%", "tỷ lệ diện tích bưởi đạt chứng nhận VietGAP hoặc tương đương", T30,
      status="target"),
]

NOTES = [
    "Báo Đắk Lắk online: headline figure ('thu gần 1.000 tỷ đồng'), dateline '26/04/2025 - 10:05', tag '(BĐL) -', byline at the end.",
    "Not figures: 10:05, Quốc lộ 26, Quốc lộ 14, 'Công ty CP Nông sản Tây Nguyên 2' (a name), 'lần thứ 3' (ordinal),",
    "Nghị quyết số 05-NQ/TU, loại 1.",
    "'gấp 2,1 lần so với năm 2019' after 7.460 ha is its change (unit lần, baseline năm 2019), not a multiple of its own.",
    "'tương đương khoảng 220 tấn' restates 12 container in tonnes; it is no share, so it is a figure of its own (about).",
    "'6 mã số' follows 1.080 ha after 'trong đó', but the whole counting the same thing is 15 mã số: total 15.",
    "The headline has no period phrase: no period. The price in 'Quý I/2025' has change +12% (cùng kỳ).",
    "xã Ea Yông lies in huyện Krông Pắc (named in brackets): the profit range is located Krông Pắc; so is the festival.",
    "'đến năm 2030, tỉnh phấn đấu ... khoảng 8.000 ha, trong đó 30%' → both targets.",
]

write(8, TEXT, FIGS, NOTES, published="2025-04-26", location="Đắk Lắk")
