"""p854-6: national newspaper (VnExpress style), TP HCM bánh mì shops and the wheat-flour price; national wheat imports."""
from lib import F, change, period, write

TEXT = """Kinh doanh › Hàng hóa
Thứ năm, 14/3/2024, 06:30 (GMT+7)

Tiệm bánh mì xoay xở khi giá bột mì tăng

Giá bột mì tăng khoảng 8% sau Tết khiến nhiều tiệm bánh mì ở TP HCM phải tăng giá bán hoặc giảm kích cỡ ổ bánh.

Chị Lan, chủ một tiệm bánh mì ở quận Tân Bình, cho biết mỗi bao bột mì 25 kg hiện có giá 410.000 đồng, tương đương khoảng 16.400 đồng/kg, tăng 30.000 đồng so với cuối năm ngoái. Bơ, pate và chả lụa cũng tăng từ 5 đến 10%. "Trước Tết tôi bán 15.000 đồng một ổ bánh mì thịt, nay phải nâng lên 17.000 đồng", chị nói. Mỗi ngày tiệm bán khoảng 300 ổ, giảm khoảng 20% so với năm ngoái.

Theo Hội Lương thực thực phẩm TP HCM, thành phố có khoảng 4.500 cơ sở làm và bán bánh mì, trong đó hơn 600 lò sản xuất, mỗi ngày tiêu thụ khoảng 2 triệu ổ bánh. Ông Trần Văn Minh, chủ chuỗi 12 tiệm bánh mì, cho biết chi phí nguyên liệu hiện chiếm khoảng 55-60% giá thành mỗi ổ.

Nguyên liệu chính của bánh mì là lúa mì, gần như phải nhập khẩu toàn bộ. Số liệu của Tổng cục Hải quan cho thấy, năm 2023 Việt Nam nhập khẩu 4,55 triệu tấn lúa mì, trị giá 1,52 tỷ USD, giảm 13,2% về lượng nhưng tăng 3,1% về trị giá so với năm 2022. Hai tháng đầu năm 2024, lượng nhập khẩu đạt 812.000 tấn, tăng 24% so với cùng kỳ, chủ yếu từ Australia (chiếm 46%), Canada và Mỹ.

Giới kinh doanh dự báo giá bột mì trong quý II sẽ giảm nhẹ 2-3% khi nguồn cung lúa mì thế giới dồi dào hơn. Lễ hội Bánh mì Việt Nam lần thứ 2 cũng sẽ diễn ra tại TP HCM vào cuối tháng 3.

Minh Anh
"""

HCM = "TP Hồ Chí Minh"
TB = "Tân Bình"
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
M2 = period("Hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Q2 = period("quý II", "2024-04-01", "2024-06-30")

FIGS = [
    F("khoảng 8% sau Tết", "8", 8, "percent", "%", "giá bột mì tăng", approx="about", location=HCM),
    F("bao bột mì 25 kg", "25", 25, "measure", "kg", "khối lượng mỗi bao bột mì", location=TB, optional=True),
    F("giá 410.000 đồng", "410.000", 410000, "money", "đồng/bao", "giá mỗi bao bột mì", location=TB,
      change=change("increase", 30000, "đồng", "cuối năm ngoái")),
    F("khoảng 16.400 đồng/kg", "16.400", 16400, "money", "đồng/kg", "giá bột mì", approx="about", location=TB),
    F("từ 5 đến 10%", "5", 5, "percent", "%", "giá bơ, pate và chả lụa tăng", value_max=10, location=TB),
    F("bán 15.000 đồng", "15.000", 15000, "money", "đồng/ổ", "giá một ổ bánh mì thịt trước Tết", location=TB),
    F("lên 17.000 đồng", "17.000", 17000, "money", "đồng/ổ", "giá một ổ bánh mì thịt", location=TB),
    F("khoảng 300 ổ", "300", 300, "measure", "ổ/ngày", "bánh mì tiệm bán mỗi ngày", approx="about",
      location=TB, change=change("decrease", 20, "%", "năm ngoái", approx="about")),
    F("khoảng 4.500 cơ sở", "4.500", 4500, "count", "cơ sở", "cơ sở làm và bán bánh mì", approx="about",
      location=HCM),
    F("hơn 600 lò", "600", 600, "count", "lò", "lò sản xuất bánh mì", approx="over", total=4500, location=HCM),
    F("khoảng 2 triệu ổ bánh", "2", 2_000_000, "measure", "ổ bánh/ngày", "bánh mì tiêu thụ mỗi ngày",
      approx="about", location=HCM),
    F("chuỗi 12 tiệm", "12", 12, "count", "tiệm bánh mì", "tiệm bánh mì trong chuỗi của ông Trần Văn Minh",
      location=HCM),
    F("khoảng 55-60%", "55", 55, "percent", "%", "chi phí nguyên liệu trong giá thành mỗi ổ bánh mì",
      value_max=60, approx="about", location=HCM),
    F("khẩu 4,55 triệu tấn", "4,55", 4_550_000, "measure", "tấn", "lúa mì nhập khẩu", Y23, location="Việt Nam",
      change=change("decrease", 13.2, "%", "năm 2022")),
    F("trị giá 1,52 tỷ USD", "1,52", 1_520_000_000, "money", "USD", "trị giá lúa mì nhập khẩu", Y23,
      location="Việt Nam", change=change("increase", 3.1, "%", "năm 2022")),
    F("đạt 812.000 tấn", "812.000", 812000, "measure", "tấn", "lượng lúa mì nhập khẩu", M2, location="Việt Nam",
      change=change("increase", 24, "%", "cùng kỳ")),
    F("(chiếm 46%)", "46", 46, "percent", "%", "tỷ trọng lúa mì nhập khẩu từ Australia", M2, location="Việt Nam"),
    F("giảm nhẹ 2-3%", "2", 2, "percent", "%", "giá bột mì giảm", Q2, value_max=3, status="forecast",
      location=HCM),
]

NOTES = [
    "National newspaper (VnExpress style, Thứ năm, 14/3/2024): TP HCM bánh mì shops and flour prices; national wheat imports (Việt Nam).",
    "The Tân Bình shop's figures take the district named for the shop (quận Tân Bình); city-wide figures TP Hồ Chí Minh; imports Việt Nam (Australia is a partner, not a place).",
    "'410.000 đồng, tương đương khoảng 16.400 đồng/kg, tăng 30.000 đồng so với cuối năm ngoái': the change belongs to the bag price across the bracketing clause; 16.400 đồng/kg is a figure of its own.",
    "'bao bột mì 25 kg' specifies the bag: optional.",
    "'giảm 13,2% về lượng nhưng tăng 3,1% về trị giá so với năm 2022': each change goes to its own figure.",
    "'Australia (chiếm 46%)' is a share of another whole with no base of its own: a percent figure.",
    "Rates with no base ('tăng khoảng 8%', 'tăng từ 5 đến 10%', 'giảm nhẹ 2-3%') are percent figures; 'quý II' takes 2024; 'dự báo' → forecast.",
    "'Lễ hội Bánh mì Việt Nam lần thứ 2' is an ordinal.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, notes=NOTES, location=HCM, published="2024-03-14")
