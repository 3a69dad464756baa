"""p1517-8: radio site (VOH, TP Hồ Chí Minh): Tết Ất Tỵ calendar market, city output and rank, a stall in Quận 5, a printer in Tân Bình."""
from lib import F, period, inherit, change, target, write

TEXT = """VOH - Đài Tiếng nói Nhân dân TP.HCM
Thời sự > Kinh tế

TP.HCM: Thị trường lịch Tết Ất Tỵ 2025 sôi động những ngày cuối

06/01/2025 - 11:45
Nghe audio 03:12

(VOH) - Những ngày đầu năm 2025, các sạp lịch trên đường Hải Thượng Lãn Ông (Quận 5) đông khách trở lại khi chỉ còn hơn ba tuần nữa là đến Tết Nguyên đán.

Theo Sở Thông tin và Truyền thông TP.HCM, năm 2024 các doanh nghiệp in trên địa bàn thành phố cung ứng khoảng 35 triệu bản lịch, chiếm gần 40% sản lượng lịch cả nước, đứng thứ nhất toàn quốc. Trong đó, lịch bloc khoảng 14 triệu bản, lịch treo tường hơn 17 triệu bản.

Tại sạp lịch của chị Trương Mỹ Linh (Quận 5), mỗi ngày bán khoảng 150 cuốn lịch bloc, cao gấp 3 lần so với đầu tháng 12. Giá lịch bloc loại đại phổ biến ở mức 60.000-85.000 đồng/cuốn, tăng khoảng 10% so với năm 2024. "Từ nay đến 23 tháng Chạp, tôi dự kiến bán hết 2.000 cuốn còn tồn", chị Linh nói.

Ông Lâm Quốc Bảo, Giám đốc Công ty TNHH In Ấn Gia Phát (quận Tân Bình), cho biết công ty đã hoàn thành 95% đơn hàng lịch Tết; mỗi ngày xuất xưởng khoảng 40.000 cuốn lịch bloc. Công ty có 210 công nhân, trong đó 70 người làm theo mùa vụ.

Xem thêm:
- Chợ hoa Tết Ất Tỵ 2025 tại công viên Lê Văn Tám
- TP.HCM đẩy mạnh quản lý hoạt động in trên địa bàn

VOH - Số 3 Nam Kỳ Khởi Nghĩa, Quận 1, TP.HCM
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Q5 = "Quận 5"
TB = "Tân Bình"

FIGS = [
    F("khoảng 35 triệu", "35", 35e6, "count", "bản", "bản lịch các doanh nghiệp in trên địa bàn thành phố cung ứng",
      Y24, approx="about", percent=40),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng", "bản lịch các doanh nghiệp in trên địa bàn thành phố cung ứng",
      Y24),
    F("bloc khoảng 14 triệu", "14", 14e6, "count", "bản", "lịch bloc", inherit(Y24), approx="about", total=35e6),
    F("hơn 17 triệu", "17", 17e6, "count", "bản", "lịch treo tường", inherit(Y24), approx="over", total=35e6),
    F("khoảng 150 cuốn", "150", 150, "measure", "cuốn/ngày", "lịch bloc sạp bán mỗi ngày", approx="about",
      change=change("increase", 3, "lần", "đầu tháng 12"), location=Q5),
    F("mức 60.000-85.000", "60.000", 60000, "money", "đồng/cuốn", "giá lịch bloc loại đại", value_max=85000,
      change=change("increase", 10, "%", "năm 2024", approx="about"), location=Q5),
    F("hết 2.000 cuốn", "2.000", 2000, "count", "cuốn", "lịch còn tồn chị Linh dự kiến bán hết", status="forecast",
      location=Q5),
    F("thành 95%", "95", 95, "percent", "%", "đơn hàng lịch Tết công ty đã hoàn thành", location=TB),
    F("khoảng 40.000 cuốn", "40.000", 40000, "measure", "cuốn/ngày", "lịch bloc công ty xuất xưởng mỗi ngày",
      approx="about", location=TB),
    F("có 210 công nhân", "210", 210, "count", "công nhân", "công nhân của công ty", location=TB),
    F("trong đó 70 người", "70", 70, "count", "người", "người làm theo mùa vụ", total=210, location=TB),
]

NOTES = [
    "Radio site (VOH): section path, headline, '06/01/2025 - 11:45', 'Nghe audio 03:12', sapo with '(VOH) -', 'Xem thêm' links, address footer.",
    "City figures: TP Hồ Chí Minh. 'chiếm gần 40% sản lượng lịch cả nước' → percent attribute; 'đứng thứ nhất toàn quốc' → rank 1 of the city (as the shared gold places ranks).",
    "'Trong đó, lịch bloc khoảng 14 triệu bản, lịch treo tường hơn 17 triệu bản' → total 35 triệu (after a sentence break; period inherited).",
    "The stall is in Quận 5 (stated in its sentence); 'mỗi ngày bán khoảng 150 cuốn' is a rate (cuốn/ngày), 'cao gấp 3 lần so với đầu tháng 12' its change in lần.",
    "'60.000-85.000 đồng/cuốn, tăng khoảng 10% so với năm 2024' → the rise is the price's change (approx about); 'năm 2024' is its baseline, not a period.",
    "'dự kiến bán hết 2.000 cuốn còn tồn' → forecast; '23 tháng Chạp' is a lunar date (no period given). The printer is in quận Tân Bình.",
    "Distractors: 'hơn ba tuần nữa là đến Tết' (a duration that only locates in time), 'Nghe audio 03:12', 11:45, 'Quận 5', 'Số 3 Nam Kỳ Khởi Nghĩa, Quận 1', 'Ất Tỵ 2025', 'Lê Văn Tám'.",
]

if __name__ == "__main__":
    write("p1517-8", TEXT, NOTES, FIGS, published="2025-01-06", location="TP Hồ Chí Minh")
