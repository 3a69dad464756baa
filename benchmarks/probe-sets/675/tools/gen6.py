"""p675-6: national press (VnExpress-like) — Hà Giang karst plateau crowded over the 2/9 holiday; prices, occupancy, 8 months 2024."""
from lib import F, P, I, CH, T, emit

TEXT = """Thứ tư, 4/9/2024, 06:00 (GMT+7)

Du khách đổ về cao nguyên đá Hà Giang dịp lễ, giá phòng tăng 30%

Trong 4 ngày nghỉ lễ Quốc khánh 2/9, Hà Giang đón khoảng 85.000 lượt khách, tăng 35% so với dịp lễ năm 2023, trong đó khách quốc tế khoảng 6.200 lượt.

Tại thị trấn Đồng Văn, công suất phòng đạt 90-95%, giá phòng dao động 600.000-800.000 đồng/đêm, cao hơn ngày thường khoảng 30%; nhiều homestay đã kín phòng từ cuối tháng 8. Trên đèo Mã Pí Lèng, đoạn Quốc lộ 4C dài khoảng 20 km nối Đồng Văn với Mèo Vạc, có thời điểm xe xếp hàng gần 2 km.

Dịch vụ đi thuyền trên sông Nho Quế cũng quá tải. Anh Sùng Mí Dình, chủ một bến thuyền ở xã Pả Vi, huyện Mèo Vạc, cho biết mỗi ngày bến đón hơn 1.500 khách, giá vé 150.000 đồng/người.

Tuyến xe khách Hà Nội - Hà Giang dài khoảng 300 km được tăng lên 120 chuyến/ngày, gấp đôi ngày thường.

Ông Nguyễn Văn Hải, Giám đốc Sở Văn hóa, Thể thao và Du lịch Hà Giang, cho biết 8 tháng đầu năm 2024 tỉnh đón 2,27 triệu lượt khách, đạt 75,6% kế hoạch năm, doanh thu ước 3.840 tỷ đồng. Theo ông, sức chứa của cao nguyên đá hiện chỉ khoảng 20.000 khách/đêm, nên tỉnh khuyến cáo du khách đặt phòng trước, tránh đi vào cao điểm.

Mọi phản ánh về giá dịch vụ, du khách liên hệ đường dây nóng 0219.3875.115 hoặc 1900.1234.

Phương Linh
"""

M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")

FIGS = [
    F("giá phòng tăng 30%", "30", 30, "percent", "%", "giá phòng"),
    F("khoảng 85.000 lượt khách", "85.000", 85000, "count", "lượt khách", "lượt khách Hà Giang đón dịp nghỉ lễ Quốc khánh",
      approx="about", change=CH("increase", 35, baseline="dịp lễ năm 2023")),
    F("khoảng 6.200 lượt", "6.200", 6200, "count", "lượt", "khách quốc tế", approx="about", total=85000),
    F("đạt 90-95%", "90", 90, "percent", "%", "công suất phòng", value_max=95, location="Đồng Văn"),
    F("600.000-800.000 đồng/đêm", "600.000", 600000, "money", "đồng/đêm", "giá phòng", value_max=800000,
      change=CH("increase", 30, baseline="ngày thường", approx="about"), location="Đồng Văn"),
    F("khoảng 20 km", "20", 20, "measure", "km", "chiều dài đoạn Quốc lộ 4C trên đèo Mã Pí Lèng", approx="about"),
    F("gần 2 km", "2", 2, "measure", "km", "chiều dài hàng xe xếp trên đèo Mã Pí Lèng", approx="nearly"),
    F("hơn 1.500 khách", "1.500", 1500, "count", "khách", "khách mỗi ngày bến thuyền đón", approx="over", location="Mèo Vạc"),
    F("150.000 đồng/người", "150.000", 150000, "money", "đồng/người", "giá vé đi thuyền", location="Mèo Vạc"),
    F("khoảng 300 km", "300", 300, "measure", "km", "chiều dài tuyến xe khách Hà Nội - Hà Giang", approx="about"),
    F("120 chuyến/ngày", "120", 120, "measure", "chuyến/ngày", "chuyến xe khách tuyến Hà Nội - Hà Giang"),
    F("gấp đôi ngày thường", "đôi", 2, "multiple", "lần", "chuyến xe khách so với ngày thường", optional=True),
    F("đón 2,27 triệu lượt khách", "2,27", 2270000, "count", "lượt khách", "lượt khách tỉnh đón", M8, percent=75.6),
    F("ước 3.840 tỷ đồng", "3.840", 3840000000000, "money", "đồng", "doanh thu", M8, status="estimate"),
    F("khoảng 20.000 khách/đêm", "20.000", 20000, "measure", "khách/đêm", "sức chứa của cao nguyên đá", approx="about"),
]

COMMENTS = [
    "National press: Hà Giang karst plateau over the 2/9 holiday — visitors, occupancy, prices, road, boat trips, coaches; 8 months of 2024.",
    "Dateline 'Thứ tư, 4/9/2024, 06:00 (GMT+7)'. Location Hà Giang; 'Tại thị trấn Đồng Văn, …' -> Đồng Văn (district of the town) for",
    "occupancy and price; 'bến thuyền ở xã Pả Vi, huyện Mèo Vạc' -> Mèo Vạc. Road lengths on the pass and the route stay Hà Giang.",
    "Not figures: '4 ngày nghỉ lễ' (a duration that locates the figures), 'Quốc khánh 2/9', 'cuối tháng 8', 'Quốc lộ 4C', phone/hotline numbers.",
    "Headline 'giá phòng tăng 30%' is a rate that is the claim (percent, no change). In the body 'cao hơn ngày thường khoảng 30%' is the change of",
    "the price range. 'gấp đôi ngày thường' after 120 chuyến/ngày: optional (a second comparison read as a multiple). Rates keep the denominator.",
    "No period is attached to the holiday figures (the holiday dates are not written as a period).",
]

if __name__ == "__main__":
    emit("p675-6", TEXT, COMMENTS, FIGS, published="2024-09-04", location="Hà Giang")
