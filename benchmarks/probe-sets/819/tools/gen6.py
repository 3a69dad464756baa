"""p819-6: national newspaper, gold ring price record and queues at Hà Nội shops (19/10/2024)."""
from lib import C, F, I, P, write

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 19/10/2024, 08:15 (GMT+7)

Giá vàng nhẫn vượt 87 triệu đồng, người Hà Nội xếp hàng từ sáng sớm

Sáng 19/10, tại Hà Nội, Công ty Vàng bạc Đá quý Bảo Tín Minh Châu niêm yết giá vàng nhẫn tròn trơn ở mức 85,9 triệu đồng/lượng mua vào và 87,3 triệu đồng/lượng bán ra, tăng 1,1 triệu đồng so với sáng hôm qua. Đây là mức cao nhất từ trước đến nay của loại vàng này.

Giá vàng miếng SJC được giữ ở mức 85,5-87,5 triệu đồng/lượng, không đổi so với tuần trước. Chênh lệch giữa giá mua và giá bán vàng miếng là 2 triệu đồng/lượng, trong khi giá bán vàng nhẫn đã thấp hơn vàng miếng khoảng 200.000 đồng/lượng.

Trên thị trường thế giới, phiên 18/10 (giờ Mỹ), giá vàng giao ngay đóng cửa ở mức 2.721 USD/ounce, tăng hơn 2,4% trong tuần. Quy đổi theo tỷ giá Vietcombank, giá vàng thế giới tương đương khoảng 82,4 triệu đồng/lượng, thấp hơn giá vàng nhẫn trong nước gần 5 triệu đồng.

Tại phố Trần Nhân Tông, từ 7h, hàng trăm người đã xếp hàng chờ mua vàng. Mỗi khách chỉ được mua tối đa 2 lượng vàng nhẫn. Đại diện doanh nghiệp cho biết, từ đầu tháng 10 đến nay, lượng vàng nhẫn bán ra bình quân khoảng 3.000 lượng/ngày, gấp 3 lần tháng 9; doanh thu toàn hệ thống tháng 9 đạt gần 2.100 tỷ đồng.

Theo Hội đồng Vàng Thế giới (WGC), quý II/2024, nhu cầu vàng trang sức của Việt Nam đạt 3,8 tấn, giảm 11% so với cùng kỳ, trong khi nhu cầu vàng miếng và vàng nhẫn đạt 10,2 tấn, tăng 18%. Chuyên gia dự báo giá vàng nhẫn trong nước có thể chạm mốc 90 triệu đồng/lượng trong thời gian tới.

Phương Anh
"""

NOTES = [
    "National newspaper (dateline 'Thứ bảy, 19/10/2024, 08:15 (GMT+7)'): record ring-gold price, queues at Hà Nội shops.",
    "Location Hà Nội for the shop prices, SJC bar price and sales of the Hà Nội company; the world price (USD/ounce and its",
    "conversion) describes no place (null); WGC demand 'của Việt Nam' and the forecast for 'giá vàng nhẫn trong nước' -> Việt Nam.",
    "A day is a period with start = end ('Sáng 19/10', 'phiên 18/10'). 'từ đầu tháng 10 đến nay' ends at the dateline.",
    "'tăng 1,1 triệu đồng so với sáng hôm qua' is the change of the figure before it (87,3, the selling price), value 1100000.",
    "'thấp hơn vàng miếng khoảng 200.000 đồng/lượng' has no base amount in its clause: a money figure of its own.",
    "'hàng trăm người' (a vague crowd) is optional. Distractors: dateline and '08:15', '7h', 'phố Trần Nhân Tông', 'quý II/2024'",
    "used as a period, 'Vietcombank'.",
]

D19 = P("Sáng 19/10", "2024-10-19", "2024-10-19")
D18 = P("phiên 18/10", "2024-10-18", "2024-10-18")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")

FIGS = [
    F("vượt 87 triệu đồng", "87", 87e6, "money", "đồng", approx="over", subject="giá vàng nhẫn"),
    F("mức 85,9 triệu", "85,9", 85.9e6, "money", "đồng/lượng", subject="giá vàng nhẫn tròn trơn mua vào",
      period=D19),
    F("và 87,3 triệu", "87,3", 87.3e6, "money", "đồng/lượng", subject="giá vàng nhẫn tròn trơn bán ra",
      change=C("increase", 1.1e6, "đồng", "sáng hôm qua"), period=D19),
    F("mức 85,5-87,5 triệu", "85,5", 85.5e6, "money", "đồng/lượng", value_max=87.5e6,
      subject="giá vàng miếng SJC", period=I(D19)),
    F("là 2 triệu đồng/lượng", "2", 2e6, "money", "đồng/lượng",
      subject="chênh lệch giữa giá mua và giá bán vàng miếng", period=I(D19)),
    F("khoảng 200.000 đồng/lượng", "200.000", 200000, "money", "đồng/lượng", approx="about",
      subject="mức giá bán vàng nhẫn thấp hơn vàng miếng", period=I(D19)),
    F("mức 2.721 USD/ounce", "2.721", 2721, "money", "USD/ounce",
      change=C("increase", 2.4, "%", approx="over"), subject="giá vàng giao ngay thế giới", period=D18,
      location=""),
    F("khoảng 82,4 triệu", "82,4", 82.4e6, "money", "đồng/lượng", approx="about",
      change=C("decrease", 5e6, "đồng", "giá vàng nhẫn trong nước", approx="nearly"),
      subject="giá vàng thế giới quy đổi", period=I(D18), location=""),
    F("hàng trăm người", "hàng trăm", 100, "count", "người", approx="about",
      subject="người xếp hàng chờ mua vàng", optional=True),
    F("tối đa 2 lượng", "2", 2, "measure", "lượng", approx="at_most", subject="vàng nhẫn mỗi khách được mua"),
    F("khoảng 3.000 lượng/ngày", "3.000", 3000, "measure", "lượng/ngày", approx="about",
      change=C("increase", 3, "lần", "tháng 9"), subject="lượng vàng nhẫn bán ra bình quân",
      period=P("từ đầu tháng 10 đến nay", "2024-10-01", "2024-10-19")),
    F("gần 2.100 tỷ đồng", "2.100", 2100e9, "money", "đồng", approx="nearly",
      subject="doanh thu toàn hệ thống", period=P("tháng 9", "2024-09-01", "2024-09-30")),
    F("đạt 3,8 tấn", "3,8", 3.8, "measure", "tấn", change=C("decrease", 11, "%", "cùng kỳ"),
      subject="nhu cầu vàng trang sức", period=Q2, location="Việt Nam"),
    F("đạt 10,2 tấn", "10,2", 10.2, "measure", "tấn", change=C("increase", 18, "%"),
      subject="nhu cầu vàng miếng và vàng nhẫn", period=Q2, location="Việt Nam"),
    F("mốc 90 triệu", "90", 90e6, "money", "đồng/lượng", status="forecast",
      subject="giá vàng nhẫn trong nước", location="Việt Nam"),
]
# world prices: location "" (= null; an omitted key would take the file default Hà Nội)

write(6, TEXT, NOTES, FIGS, published="2024-10-19", location="Hà Nội")
