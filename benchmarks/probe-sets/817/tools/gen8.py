"""p817-8: provincial newspaper online (Báo An Giang), headline figure, (BAG) tag; rice husk processing, 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Kinh tế > Công nghiệp
Hơn 214 nghìn tấn trấu được chế biến trong 9 tháng
Thứ Ba, 08/10/2024 - 14:10

(BAG) - 9 tháng năm 2024, các cơ sở trên địa bàn tỉnh An Giang đã thu mua, chế biến 214.600 tấn trấu thành viên nén và củi trấu, tăng 9,8% so với cùng kỳ, đạt 71,5% kế hoạch năm. Trong đó, viên nén trấu đạt 148.200 tấn, củi trấu 66.400 tấn.

Theo Sở Công Thương, toàn tỉnh hiện có 31 cơ sở ép viên nén và củi trấu, tập trung ở các huyện Châu Thành (9 cơ sở), Thoại Sơn (8 cơ sở), Chợ Mới (6 cơ sở), còn lại rải rác dọc Quốc lộ 91. Giá trấu rời tại các nhà máy xay xát trong tháng 9 ở mức 900-1.100 đồng/kg, giảm khoảng 200 đồng/kg so với đầu năm; viên nén trấu xuất khẩu có giá 2.650-2.800 đồng/kg.

Tỉnh có 45 lò gạch và khoảng 620 lò sấy lúa đang dùng trấu làm nhiên liệu, mỗi năm tiêu thụ gần 180.000 tấn trấu. Tuy nhiên, từ đầu năm đến nay, Sở Tài nguyên và Môi trường đã nhận 23 phản ánh về tro bụi, khói từ các lò đốt trấu, tập trung ở thị xã Tân Châu và huyện Phú Tân. Hiện tỷ lệ trấu được chế biến thành sản phẩm có giá trị của tỉnh mới đạt khoảng 68%.

Năm 2025, tỉnh phấn đấu nâng tỷ lệ trấu được chế biến lên 85%, giảm lượng trấu đốt bỏ, xả ra sông rạch xuống dưới 5%. Tỉnh cũng dự kiến hỗ trợ 50% chi phí, tối đa 200 triệu đồng/cơ sở để các lò sấy lúa chuyển sang lò đốt viên nén có hệ thống xử lý khói bụi.

HỮU HUỆ
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
T9 = P("tháng 9", "2024-09-01", "2024-09-30")

FIGS = [
    F("Hơn 214 nghìn tấn", "214", 214000, "measure", "tấn", "trấu được chế biến",
      P("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("chế biến 214.600 tấn", "214.600", 214600, "measure", "tấn", "trấu thu mua, chế biến thành viên nén và củi trấu", M9,
      change=C("increase", 9.8, baseline="cùng kỳ"), percent=71.5),
    F("đạt 148.200 tấn", "148.200", 148200, "measure", "tấn", "viên nén trấu", I(M9), total=214600),
    F("củi trấu 66.400 tấn", "66.400", 66400, "measure", "tấn", "củi trấu", I(M9), total=214600),
    F("có 31 cơ sở", "31", 31, "count", "cơ sở", "cơ sở ép viên nén và củi trấu"),
    F("Châu Thành (9 cơ sở)", "9", 9, "count", "cơ sở", "cơ sở ép viên nén và củi trấu", location="Châu Thành"),
    F("Thoại Sơn (8 cơ sở)", "8", 8, "count", "cơ sở", "cơ sở ép viên nén và củi trấu", location="Thoại Sơn"),
    F("Chợ Mới (6 cơ sở)", "6", 6, "count", "cơ sở", "cơ sở ép viên nén và củi trấu", location="Chợ Mới"),
    F("mức 900-1.100 đồng/kg", "900", 900, "money", "đồng/kg", "giá trấu rời tại các nhà máy xay xát", T9,
      value_max=1100, change=C("decrease", 200, unit="đồng/kg", baseline="đầu năm", approx="about")),
    F("giá 2.650-2.800 đồng/kg", "2.650", 2650, "money", "đồng/kg", "giá viên nén trấu xuất khẩu", T9, value_max=2800),
    F("có 45 lò gạch", "45", 45, "count", "lò gạch", "lò gạch dùng trấu làm nhiên liệu"),
    F("khoảng 620 lò sấy lúa", "620", 620, "count", "lò sấy lúa", "lò sấy lúa dùng trấu làm nhiên liệu", approx="about"),
    F("gần 180.000 tấn", "180.000", 180000, "measure", "tấn", "trấu các lò tiêu thụ mỗi năm", approx="nearly"),
    F("nhận 23 phản ánh", "23", 23, "count", "phản ánh", "phản ánh về tro bụi, khói từ các lò đốt trấu",
      P("từ đầu năm đến nay", "2024-01-01", "2024-10-08")),
    F("khoảng 68%", "68", 68, "percent", "%", "tỷ lệ trấu được chế biến thành sản phẩm có giá trị", approx="about"),
    F("lên 85%", "85", 85, "percent", "%", "tỷ lệ trấu được chế biến", Y25, status="target"),
    F("dưới 5%", "5", 5, "percent", "%", "lượng trấu đốt bỏ, xả ra sông rạch", Y25, approx="under", status="target"),
    F("hỗ trợ 50% chi phí", "50", 50, "percent", "%", "mức hỗ trợ chi phí chuyển lò sấy lúa sang lò đốt viên nén",
      status="forecast"),
    F("tối đa 200 triệu đồng/cơ sở", "200", 200000000, "money", "đồng/cơ sở", "mức hỗ trợ tối đa mỗi cơ sở",
      approx="at_most", status="forecast"),
]

NOTES = [
    "Báo An Giang online: trấu chế biến 9 tháng năm 2024 (viên nén, củi trấu), cơ sở theo huyện, giá trấu, lò dùng trấu, phản ánh, mục tiêu 2025.",
    "Headline figure 'Hơn 214 nghìn tấn' and '9 tháng' without a year: year of published (2024). Dateline 'Thứ Ba, 08/10/2024 - 14:10'.",
    "Parts after 'Trong đó' (next sentence) get total 214600 and inherit the period. 'đạt 71,5% kế hoạch năm' is the percent of 214.600 tấn.",
    "District list 9+8+6 = 23 does not add up to 31 ('còn lại rải rác'): no totals; each item's location is its district.",
    "'trong tháng 9' takes 2024; the semicolon clause with the export pellet price continues the sentence, so the same period.",
    "'giảm khoảng 200 đồng/kg so với đầu năm' is the change of the husk price range (unit đồng/kg).",
    "'Hiện tỷ lệ ... khoảng 68%' has no period. 'phấn đấu' → target; 'dự kiến hỗ trợ 50% chi phí, tối đa 200 triệu đồng/cơ sở' → forecast.",
    "Distractors: '(BAG)', 'Quốc lộ 91', dateline and time, byline.",
]

write("p817-8", TEXT, NOTES, FIGS, published="2024-10-08", location="An Giang")
