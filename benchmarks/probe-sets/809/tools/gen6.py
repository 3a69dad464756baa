"""p809-6: national newspaper, TP Hồ Chí Minh Tết flower markets: mai, quất, đào brought in (Tết Giáp Thìn 2024)."""
from lib import F, write, year, span, asof, inherit, up, down

TEXT = """Thứ bảy, 3/2/2024, 08:15 (GMT+7)

Mai, quất đổ về TP HCM, tiểu thương lo ế

Hơn 10 ngày trước Tết, hàng loạt xe tải chở mai vàng, quất cảnh từ Bến Tre, Đồng Tháp, Bình Định đã đổ về các chợ hoa ở TP HCM.

Theo Sở Công Thương, Tết Giáp Thìn năm nay thành phố tổ chức 185 điểm chợ hoa Tết, tăng 12 điểm so với năm trước; trong đó có 3 chợ hoa trọng điểm tại Công viên 23/9, Công viên Lê Thị Riêng và bến Bình Đông (quận 8).

Tại chợ hoa bến Bình Đông, ban quản lý cho biết đến chiều 2/2 đã có khoảng 1.200 ghe, xe tải chở hoa kiểng cập bến, giảm gần 15% so với cùng kỳ. Anh Trần Văn Năm, một tiểu thương tại chợ, nhập 400 chậu mai nhưng sau 5 ngày mới bán được 120 chậu, chỉ bằng 30% số hàng.

Giá mai vàng tại các chợ hoa dao động 800.000-5 triệu đồng/chậu, mai ghép dáng bonsai 8-25 triệu đồng; quất cảnh 350.000-1,2 triệu đồng/cặp. Nhiều tiểu thương cho biết giá mai năm nay giảm khoảng 10-20% so với năm ngoái do sức mua yếu. Đào Nhật Tân chở từ Hà Nội vào bán với giá 1,5-4 triệu đồng/cành, cước vận chuyển bằng máy bay khoảng 300.000 đồng/cành.

Ban quản lý các chợ thu phí mặt bằng 40.000-60.000 đồng/m2 cho cả mùa Tết. Theo Bộ Công Thương, năm 2023 tổng sức mua hoa, cây cảnh dịp Tết trên cả nước ước khoảng 12.000 tỷ đồng, trong đó TP HCM chiếm khoảng 25%.

Các chợ hoa Tết sẽ hoạt động đến trưa 30 Tết (9/2).

Thu Hằng
"""

FIGS = [
    F("185 điểm chợ hoa Tết", "185", 185, "count", "điểm chợ hoa Tết", "điểm chợ hoa Tết",
      change=up(12, "điểm", "năm trước")),
    F("có 3 chợ hoa trọng điểm", "3", 3, "count", "chợ hoa", "chợ hoa trọng điểm", total=185),
    F("khoảng 1.200 ghe, xe tải", "1.200", 1200, "count", "ghe, xe tải", "ghe, xe tải chở hoa kiểng cập bến",
      asof("đến chiều 2/2", "2024-02-02"), approx="about",
      change=down(15, baseline="cùng kỳ", approx="nearly")),
    F("nhập 400 chậu mai", "400", 400, "count", "chậu", "chậu mai tiểu thương nhập"),
    F("bán được 120 chậu", "120", 120, "count", "chậu", "chậu mai bán được", percent=30),
    F("800.000-5 triệu đồng/chậu", "800.000", 800000, "money", "đồng/chậu", "giá mai vàng tại các chợ hoa",
      value_max=5e6),
    F("bonsai 8-25 triệu đồng", "8", 8e6, "money", "đồng", "giá mai ghép dáng bonsai", value_max=25e6),
    F("350.000-1,2 triệu đồng/cặp", "350.000", 350000, "money", "đồng/cặp", "giá quất cảnh",
      value_max=1.2e6),
    F("khoảng 10-20%", "10", 10, "percent", "%", "giá mai", value_max=20, approx="about"),
    F("1,5-4 triệu đồng/cành", "1,5", 1.5e6, "money", "đồng/cành", "giá đào Nhật Tân", value_max=4e6),
    F("khoảng 300.000 đồng/cành", "300.000", 300000, "money", "đồng/cành", "cước vận chuyển đào bằng máy bay",
      approx="about"),
    F("40.000-60.000 đồng/m2", "40.000", 40000, "money", "đồng/m2", "phí mặt bằng tại chợ hoa",
      value_max=60000),
    F("khoảng 12.000 tỷ đồng", "12.000", 12e12, "money", "đồng", "tổng sức mua hoa, cây cảnh dịp Tết",
      year("năm 2023", 2023), approx="about", status="estimate", location="Việt Nam"),
    F("chiếm khoảng 25%", "25", 25, "percent", "%", "sức mua hoa, cây cảnh dịp Tết của TP HCM",
      year("năm 2023", 2023), approx="about", status="estimate"),
]

NOTES = [
    "National newspaper (dateline Thứ bảy, 3/2/2024, 08:15 (GMT+7)), byline at the end. Location TP Hồ Chí Minh",
    "(the markets); the origins Bến Tre, Đồng Tháp, Bình Định and Hà Nội (đào) are not the place of the prices sold in",
    "TP HCM. The national purchasing power is Việt Nam. Distractors: 'Hơn 10 ngày trước Tết' and 'sau 5 ngày' (durations",
    "that locate in time), Công viên 23/9, quận 8, Anh Trần Văn Năm, 'đến trưa 30 Tết (9/2)', 08:15 (GMT+7).",
    "'giảm khoảng 10-20% so với năm ngoái' of the mai price has no base amount: percent figure, no change.",
    "The 25% stands after 'trong đó' in the sentence of 'năm 2023' and takes that period; it is a share (no total).",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2024-02-03", location="Hồ Chí Minh")
