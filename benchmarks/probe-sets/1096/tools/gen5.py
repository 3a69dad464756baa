"""p1096-5: Báo Cần Thơ (party/provincial paper, byline and bare date at the end): ring gold prices peak, shops crowded (April 2024)."""
from lib import F, period, inherit, change, day, write

TEXT = """Giá vàng nhẫn lập đỉnh, tiệm vàng đông khách

Những ngày qua, giá vàng nhẫn tròn trơn liên tục lập đỉnh mới, nhiều tiệm vàng trên đường Hai Bà Trưng, trung tâm TP Cần Thơ luôn đông khách. Đây là lần thứ 3 trong tuần giá vàng nhẫn vượt mức cao nhất mọi thời đại.

Sáng 19-4, tiệm vàng Kim Hưng 2 (số 84 Hai Bà Trưng) niêm yết giá vàng nhẫn 9999 mua vào 7,52 triệu đồng/chỉ, bán ra 7,66 triệu đồng/chỉ, tăng 180.000 đồng/chỉ so với ngày 18-4. Từ đầu năm đến nay, giá vàng nhẫn đã tăng hơn 13 triệu đồng/lượng, tương đương khoảng 21%.

Theo chị Lê Thị Mai, quản lý tiệm, bình quân mỗi ngày tiệm bán ra khoảng 150 chỉ vàng nhẫn, gấp 3 lần so với thời điểm trước Tết; khách đến bán vàng chiếm khoảng 40% số giao dịch.

Cùng thời điểm, giá vàng miếng SJC tại Cần Thơ bán ra 83,8 triệu đồng/lượng, cao hơn vàng nhẫn khoảng 7,2 triệu đồng/lượng. Trên thị trường thế giới, giá vàng giao ngay sáng 19-4 có lúc lên 2.417 USD/ounce.

Theo Sở Công Thương TP Cần Thơ, toàn thành phố hiện có 312 cơ sở kinh doanh vàng, trong đó quận Ninh Kiều có 118 cơ sở. Từ đầu tháng 4 đến nay, Đội Quản lý thị trường số 1 đã kiểm tra 9 cơ sở kinh doanh vàng, xử phạt 2 cơ sở với tổng số tiền 35 triệu đồng do không niêm yết giá bán.

Ngành chức năng khuyến cáo người dân cân nhắc khi mua vàng nhẫn thời điểm này, bởi chênh lệch giữa giá mua và giá bán đã nới rộng lên 1,4 triệu đồng/lượng; người mua vào lúc giá đỉnh có thể chịu lỗ nếu giá điều chỉnh giảm.

ĐĂNG HUỲNH
20/4/2024
"""

NOTES = [
    "Báo Cần Thơ: giá vàng nhẫn lập đỉnh (19-4); byline 'ĐĂNG HUỲNH' and bare date '20/4/2024' at the end give published.",
    "Distractors: 'lần thứ 3' (ordinal), shop name 'Kim Hưng 2', address 'số 84 Hai Bà Trưng', 'ngày 18-4' (baseline date),",
    "Đội Quản lý thị trường số 1, purity label 9999.",
    "'tăng hơn 13 triệu đồng/lượng, tương đương khoảng 21%': the rise is the claim (money, no change object), 21% its share after 'tương đương'.",
    "'gấp 3 lần so với thời điểm trước Tết' after 150 chỉ is that figure's change (unit lần). World spot price: no Vietnamese place (location null).",
    "'Cùng thời điểm' refers back to 'Sáng 19-4' (inherited day). 'trong đó quận Ninh Kiều có 118 cơ sở' is a part of 312 (location Ninh Kiều).",
]

D19 = day("Sáng 19-4", "2024-04-19")

FIGS = [
    F("mua vào 7,52 triệu", "7,52", 7.52e6, "money", "đồng/chỉ", "giá mua vào vàng nhẫn", D19),
    F("bán ra 7,66 triệu", "7,66", 7.66e6, "money", "đồng/chỉ", "giá bán ra vàng nhẫn", D19,
      change=change("increase", 180000, "đồng/chỉ", "ngày 18-4")),
    F("tăng hơn 13 triệu", "13", 13e6, "money", "đồng/lượng", "mức tăng giá vàng nhẫn",
      period("Từ đầu năm đến nay", "2024-01-01", "2024-04-20"), approx="over", percent=21),
    F("khoảng 150 chỉ", "150", 150, "measure", "chỉ/ngày", "vàng nhẫn tiệm bán ra mỗi ngày", approx="about",
      change=change("increase", 3, "lần", "thời điểm trước Tết")),
    F("khoảng 40%", "40", 40, "percent", "%", "khách đến bán vàng trong số giao dịch", approx="about"),
    F("bán ra 83,8 triệu", "83,8", 83.8e6, "money", "đồng/lượng", "giá bán ra vàng miếng SJC", inherit(D19),
      change=change("increase", 7.2e6, "đồng/lượng", "vàng nhẫn", approx="about")),
    F("lên 2.417 USD/ounce", "2.417", 2417, "money", "USD/ounce", "giá vàng giao ngay thế giới", day("sáng 19-4", "2024-04-19"),
      location=""),
    F("hiện có 312 cơ sở", "312", 312, "count", "cơ sở", "cơ sở kinh doanh vàng"),
    F("có 118 cơ sở", "118", 118, "count", "cơ sở", "cơ sở kinh doanh vàng", total=312, location="Ninh Kiều"),
    F("kiểm tra 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở kinh doanh vàng được kiểm tra",
      period("Từ đầu tháng 4 đến nay", "2024-04-01", "2024-04-20")),
    F("xử phạt 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở bị xử phạt", period("Từ đầu tháng 4 đến nay", "2024-04-01", "2024-04-20")),
    F("tiền 35 triệu đồng", "35", 35e6, "money", "đồng", "tổng số tiền xử phạt",
      period("Từ đầu tháng 4 đến nay", "2024-04-01", "2024-04-20")),
    F("lên 1,4 triệu", "1,4", 1.4e6, "money", "đồng/lượng", "chênh lệch giữa giá mua và giá bán vàng nhẫn"),
]

write("p1096-5", TEXT, NOTES, FIGS, published="2024-04-20", location="Cần Thơ")
