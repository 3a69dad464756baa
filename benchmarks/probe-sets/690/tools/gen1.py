"""p690-1: Vĩnh Long province portal — brick and red-pottery kilns (Mang Thít), H1/2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Vĩnh Long: Hơn 400 lò gạch, gốm đã chuyển đổi công năng
Cập nhật: 16/07/2024 08:45
Lượt xem: 2.964

(VLG) - Theo Sở Công Thương, tính đến ngày 30/6/2024, toàn tỉnh còn 1.126 lò gạch, gốm thủ công, giảm 212 lò so với cuối năm 2022; trong đó huyện Mang Thít có 874 lò, chiếm 77,6%, còn lại ở các huyện Long Hồ (118 lò) và Tam Bình (134 lò). Đến nay, toàn tỉnh đã có hơn 400 lò chuyển đổi công năng sang làm du lịch, kho chứa hoặc sản xuất theo công nghệ nung tiết kiệm năng lượng.

6 tháng đầu năm 2024, giá trị sản xuất của làng nghề gạch, gốm đỏ ước đạt 1.085,6 tỷ đồng, tăng 6,3% so với cùng kỳ, đạt 48,2% kế hoạch năm. Kim ngạch xuất khẩu gốm đỏ mỹ nghệ ước đạt 14,6 triệu USD, tăng 9,1%; thị trường chính là Hàn Quốc, Nhật Bản và các nước châu Âu. Các cơ sở gạch, gốm giải quyết việc làm cho khoảng 7.500 lao động, thu nhập bình quân từ 6 đến 8 triệu đồng/người/tháng.

Theo Quyết định số 2134/QĐ-UBND ngày 15/9/2022 của UBND tỉnh, tỉnh phấn đấu đến năm 2025 chuyển đổi 100% lò nung thủ công sang công nghệ tiên tiến. Mức hỗ trợ tối đa 50 triệu đồng/lò cho hộ tháo dỡ lò. Từ năm 2022 đến nay, tỉnh đã chi 3,8 tỷ đồng hỗ trợ 146 lò.

Huyện Mang Thít hiện có 3 xã được công nhận làng nghề gạch, gốm là Mỹ An, Hòa Tịnh và Chánh An. Năm 2023, khu du lịch làng gốm Mang Thít đón 162.000 lượt khách, trong đó khách quốc tế chiếm 38%. Dự kiến năm 2024, lượng khách đến Mang Thít đạt khoảng 180.000 lượt.

Cổng Thông tin điện tử tỉnh Vĩnh Long - Địa chỉ: số 88 đường 2/9, Phường 1, TP. Vĩnh Long. Điện thoại: 0270.3823.161
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
NOW = P("Đến nay", end="2024-07-16")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("Hơn 400 lò gạch", "400", 400, "count", "lò", "lò gạch, gốm đã chuyển đổi công năng", I(NOW), approx="over"),
    F("còn 1.126 lò", "1.126", 1126, "count", "lò", "lò gạch, gốm thủ công", ASOF,
      change=CH("decrease", 212, "lò", "cuối năm 2022")),
    F("có 874 lò", "874", 874, "count", "lò", "lò gạch, gốm thủ công", ASOF, total=1126, percent=77.6,
      location="Mang Thít"),
    F("(118 lò)", "118", 118, "count", "lò", "lò gạch, gốm thủ công", ASOF, total=1126, location="Long Hồ"),
    F("(134 lò)", "134", 134, "count", "lò", "lò gạch, gốm thủ công", ASOF, total=1126, location="Tam Bình"),
    F("có hơn 400 lò", "400", 400, "count", "lò", "lò chuyển đổi công năng", NOW, approx="over"),
    F("đạt 1.085,6 tỷ", "1.085,6", 1085600000000, "money", "đồng", "giá trị sản xuất của làng nghề gạch, gốm đỏ", H1,
      percent=48.2, change=CH("increase", 6.3, "%", "cùng kỳ"), status="estimate"),
    F("đạt 14,6 triệu USD", "14,6", 14600000, "money", "USD", "kim ngạch xuất khẩu gốm đỏ mỹ nghệ", I(H1),
      change=CH("increase", 9.1), status="estimate"),
    F("khoảng 7.500 lao động", "7.500", 7500, "count", "lao động", "lao động được giải quyết việc làm", I(H1),
      approx="about"),
    F("từ 6 đến 8 triệu", "6", 6000000, "money", "đồng/người/tháng", "thu nhập bình quân", I(H1), value_max=8000000),
    F("chuyển đổi 100% lò", "100", 100, "percent", "%", "lò nung thủ công chuyển đổi sang công nghệ tiên tiến",
      P("đến năm 2025", end="2025-12-31"), status="target"),
    F("tối đa 50 triệu", "50", 50000000, "money", "đồng/lò", "mức hỗ trợ cho hộ tháo dỡ lò", approx="at_most"),
    F("chi 3,8 tỷ", "3,8", 3800000000, "money", "đồng", "kinh phí hỗ trợ tháo dỡ, chuyển đổi lò",
      P("Từ năm 2022 đến nay", "2022-01-01", "2024-07-16")),
    F("hỗ trợ 146 lò", "146", 146, "count", "lò", "lò được hỗ trợ",
      P("Từ năm 2022 đến nay", "2022-01-01", "2024-07-16")),
    F("có 3 xã", "3", 3, "count", "xã", "xã được công nhận làng nghề gạch, gốm", location="Mang Thít"),
    F("đón 162.000 lượt khách", "162.000", 162000, "count", "lượt khách", "khách đến khu du lịch làng gốm Mang Thít",
      Y23, location="Mang Thít"),
    F("chiếm 38%", "38", 38, "percent", "%", "khách quốc tế", Y23, location="Mang Thít"),
    F("khoảng 180.000 lượt", "180.000", 180000, "count", "lượt", "lượng khách đến Mang Thít",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast", location="Mang Thít"),
]

COMMENTS = [
    "Cổng TTĐT Vĩnh Long (invented): brick and red-pottery kilns, Mang Thít craft villages, H1/2024; breadcrumb, Cập nhật, Lượt xem.",
    "Bracketed district items after the 'trong đó' part add up with it to 1.126 lò, so all three take total 1126.",
    "Distractors: Lượt xem 2.964, Quyết định số 2134/QĐ-UBND ngày 15/9/2022, số 88 đường 2/9, Phường 1, phone 0270.3823.161.",
    "'Đến nay' is as-of the Cập nhật date; 'tối đa 50 triệu đồng/lò' is at_most with the rate in the unit.",
]

emit("p690-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Vĩnh Long")
