"""p1298-6: national newspaper (Xuân Lộc, Đồng Nai): papaya price collapse, buyers' volumes down."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Hàng hóa

Thứ tư, 9/10/2024, 11:25 (GMT+7)

Đu đủ rớt giá còn 2.000 đồng một kg

Giá đu đủ tại vườn ở huyện Xuân Lộc (Đồng Nai) giảm còn 2.000-2.500 đồng/kg, chỉ bằng khoảng 30% so với đầu năm, nhiều nhà vườn bỏ mặc quả chín rụng.

Ông Hoàng Văn Sơn, ngụ ấp 3, xã Xuân Hiệp, có 2 ha đu đủ ruột đỏ đang cho trái. "Đầu năm thương lái mua 7.000-8.000 đồng một ký, giờ họ trả 2.000 đồng còn chê", ông nói. Theo ông, chi phí đầu tư mỗi ha khoảng 180 triệu đồng, giá hòa vốn khoảng 4.000 đồng/kg.

Theo Phòng Nông nghiệp huyện Xuân Lộc, toàn huyện có gần 900 ha đu đủ, chiếm khoảng 55% diện tích đu đủ của tỉnh. Vụ này sản lượng dự kiến đạt 45.000 tấn, tăng khoảng 20% so với năm trước do nhiều hộ trồng mới.

Ông Phan Minh Đức, Giám đốc Công ty TNHH Trái cây Xuân Phát (huyện Xuân Lộc), cho biết 9 tháng đầu năm công ty chỉ thu mua được 2.600 tấn, giảm 40% so với cùng kỳ. Mỗi ngày công ty xuất khoảng ba container, trong khi năm ngoái là 6-7 container. Theo ông, nguồn cung tăng mạnh trong khi đơn hàng từ Trung Quốc giảm; giá đu đủ loại 1 đóng thùng xuất đi hiện chỉ còn 4.500 đồng/kg, giảm 3.000 đồng so với tháng 6.

Sở Nông nghiệp và PTNT Đồng Nai khuyến cáo nông dân không mở rộng diện tích; năm 2025, diện tích đu đủ toàn tỉnh dự kiến giữ ổn định khoảng 1.600 ha.

Phước Tuấn

Xem thêm:
- Nông dân Tây Ninh chặt bỏ vườn đu đủ nhiễm virus
- Thương lái ép giá trái cây mùa mưa
"""

N9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
LY = P("năm ngoái", "2023-01-01", "2023-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("rớt giá còn 2.000", "2.000", 2000, "money", "đồng/kg", subject="giá đu đủ"),
    F("giảm còn 2.000-2.500", "2.000", 2000, "money", "đồng/kg", value_max=2500, percent=30,
      subject="giá đu đủ tại vườn"),
    F("có 2 ha", "2", 2, "measure", "ha", subject="diện tích đu đủ ruột đỏ đang cho trái của ông Sơn"),
    F("mua 7.000-8.000", "7.000", 7000, "money", "đồng/kg", value_max=8000, subject="giá thương lái mua đầu năm"),
    F("trả 2.000 đồng", "2.000", 2000, "money", "đồng/kg", subject="giá thương lái trả"),
    F("khoảng 180 triệu", "180", 180e6, "money", "đồng/ha", approx="about", subject="chi phí đầu tư mỗi ha"),
    F("khoảng 4.000 đồng/kg", "4.000", 4000, "money", "đồng/kg", approx="about", subject="giá hòa vốn"),
    F("gần 900 ha", "900", 900, "measure", "ha", approx="nearly", percent=55, subject="diện tích đu đủ toàn huyện"),
    F("đạt 45.000 tấn", "45.000", 45000, "measure", "tấn", status="forecast",
      change=C("increase", 20, "%", "năm trước", approx="about"), subject="sản lượng vụ này"),
    F("được 2.600 tấn", "2.600", 2600, "measure", "tấn", change=C("decrease", 40, "%", "cùng kỳ"),
      subject="đu đủ công ty thu mua", period=N9),
    F("khoảng ba container", "ba", 3, "measure", "container/ngày", approx="about",
      subject="container công ty xuất mỗi ngày"),
    F("là 6-7 container", "6", 6, "measure", "container/ngày", value_max=7,
      subject="container công ty xuất mỗi ngày", period=LY),
    F("còn 4.500 đồng/kg", "4.500", 4500, "money", "đồng/kg", change=C("decrease", 3000, "đồng", "tháng 6"),
      subject="giá đu đủ loại 1 đóng thùng xuất đi"),
    F("khoảng 1.600 ha", "1.600", 1600, "measure", "ha", approx="about", status="forecast",
      subject="diện tích đu đủ toàn tỉnh", period=Y25, location="Đồng Nai"),
]

NOTES = [
    "National newspaper (VnExpress-like): 'Thứ tư, 9/10/2024, 11:25 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: 11:25, '(GMT+7)', 'ấp 3'; 'Đầu năm', 'Vụ này' are vague time phrases (no period annotated).",
    "Default location Xuân Lộc (the district of the story; the company is placed there). The province forecast is Đồng Nai.",
    "'chỉ bằng khoảng 30% so với đầu năm' is the percent attribute of the 2.000-2.500 price range; 'chiếm khoảng 55% diện tích",
    "đu đủ của tỉnh' the percent attribute of 'gần 900 ha'. 'đồng một ký' = đồng/kg. Prices in the quote are figures.",
    "'dự kiến đạt 45.000 tấn, tăng khoảng 20% so với năm trước' → forecast with its change. 'dự kiến' of the last sentence → forecast.",
    "Year-less '9 tháng đầu năm' takes 2024 (dateline). 'năm ngoái' (last year) = 2023. 'Mỗi ngày ... khoảng ba container' and",
    "'năm ngoái là 6-7 container' (per day understood) are rates: container/ngày.",
]

if __name__ == "__main__":
    write("p1298-6", TEXT, NOTES, FIGS, published="2024-10-09", location="Xuân Lộc")
