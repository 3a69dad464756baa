"""p1483-5: national newspaper: domestic household plastics under pressure from cheap imports (national, one firm in Bình Tân)."""
from lib import F, P, INH, CH, TG, write

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 12/6/2024, 09:30 (GMT+7)

Đồ nhựa gia dụng nội chịu sức ép từ hàng nhập giá rẻ

Nhiều doanh nghiệp nhựa gia dụng cho biết doanh số 5 tháng đầu năm giảm 10-15% do hàng nhập khẩu giá rẻ bán tràn lan trên các sàn thương mại điện tử.

Theo Hiệp hội Nhựa Việt Nam (VPA), cả nước hiện có khoảng 4.000 doanh nghiệp ngành nhựa, trong đó doanh nghiệp nhựa gia dụng chiếm khoảng 30% số doanh nghiệp và đóng góp 22% giá trị sản xuất toàn ngành. Năm 2023, tổng sản lượng sản phẩm nhựa đạt khoảng 9,7 triệu tấn, tăng 2,1% so với năm 2022. Khảo sát của VPA với 120 doanh nghiệp thành viên cho thấy có tới 67% doanh nghiệp bị sụt giảm đơn hàng nội địa.

Trong đợt khuyến mãi 6.6 vừa qua, trên các sàn thương mại điện tử, một chiếc rổ nhựa nhập khẩu chỉ có giá 9.000-11.000 đồng, thấp hơn khoảng 30% so với hàng sản xuất trong nước. Ông Lê Minh Khoa, Giám đốc Công ty TNHH Nhựa Sao Mai (quận Bình Tân, TP HCM), cho biết: "5 tháng qua, doanh thu của công ty chỉ đạt 68 tỷ đồng, giảm 12% so với cùng kỳ. Chúng tôi đã phải cắt giảm một ca sản xuất".

Số liệu của Tổng cục Hải quan cho thấy, 5 tháng đầu năm 2024, kim ngạch nhập khẩu sản phẩm từ chất dẻo đạt 3,4 tỷ USD, tăng 18,5% so với cùng kỳ năm 2023; trong đó nhập từ Trung Quốc chiếm 38,7%. Trong khi đó, xuất khẩu sản phẩm nhựa đạt 2,2 tỷ USD, tăng 11%.

Theo VPA, doanh nghiệp nhựa gia dụng cần đầu tư thiết kế và chuyển dần sang nguyên liệu tái chế. Mục tiêu đến năm 2030, tỷ lệ sử dụng nhựa tái chế trong ngành đạt ít nhất 30%, hiện mới khoảng 10%.

Minh Phương
"""

M5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
M5Q = P("5 tháng qua", "2024-01-01", "2024-05-31")
M5F = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
BT = "Bình Tân"

FIGS = [
    F("giảm 10-15%", "10", 10, "percent", "%", value_max=15,
      subject="doanh số nhiều doanh nghiệp nhựa gia dụng", period=M5),
    F("khoảng 4.000 doanh nghiệp", "4.000", 4000, "count", "doanh nghiệp", approx="about",
      subject="doanh nghiệp ngành nhựa"),
    F("chiếm khoảng 30%", "30", 30, "percent", "%", approx="about",
      subject="doanh nghiệp nhựa gia dụng trong số doanh nghiệp ngành nhựa"),
    F("đóng góp 22%", "22", 22, "percent", "%",
      subject="giá trị sản xuất toàn ngành do doanh nghiệp nhựa gia dụng đóng góp"),
    F("khoảng 9,7 triệu", "9,7", 9.7e6, "measure", "tấn", approx="about",
      change=CH("increase", 2.1, "%", "năm 2022"), subject="tổng sản lượng sản phẩm nhựa", period=Y23),
    F("với 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp",
      subject="doanh nghiệp thành viên được VPA khảo sát"),
    F("tới 67%", "67", 67, "percent", "%", subject="doanh nghiệp bị sụt giảm đơn hàng nội địa"),
    F("giá 9.000-11.000", "9.000", 9000, "money", "đồng/chiếc", value_max=11000,
      change=CH("decrease", 30, "%", "hàng sản xuất trong nước", approx="about"),
      subject="giá một chiếc rổ nhựa nhập khẩu"),
    F("đạt 68 tỷ", "68", 68e9, "money", "đồng", change=CH("decrease", 12, "%", "cùng kỳ"),
      subject="doanh thu của công ty", period=M5Q, location=BT),
    F("giảm một ca", "một", 1, "count", "ca", subject="ca sản xuất công ty cắt giảm", location=BT),
    F("đạt 3,4 tỷ", "3,4", 3.4e9, "money", "USD", change=CH("increase", 18.5, "%", "cùng kỳ năm 2023"),
      subject="kim ngạch nhập khẩu sản phẩm từ chất dẻo", period=M5F),
    F("chiếm 38,7%", "38,7", 38.7, "percent", "%", subject="nhập từ Trung Quốc", period=M5F),
    F("đạt 2,2 tỷ", "2,2", 2.2e9, "money", "USD", change=CH("increase", 11, "%"),
      subject="xuất khẩu sản phẩm nhựa", period=INH(M5F)),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ sử dụng nhựa tái chế trong ngành", period=T30),
    F("mới khoảng 10%", "10", 10, "percent", "%", approx="about",
      subject="tỷ lệ sử dụng nhựa tái chế trong ngành"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ tư, 12/6/2024, 09:30 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 09:30, '(GMT+7)', 'đợt khuyến mãi 6.6' (the 6/6 sales day, a date), VPA, 'quận Bình Tân'.",
    "Location Việt Nam for the national and trade figures (Trung Quốc is a trade partner); the Sao Mai company figures take Bình Tân (a district of TP HCM).",
    "Sapo 'doanh số 5 tháng đầu năm giảm 10-15%' is a rate as the claim: percent range; year-less period takes 2024 from the dateline.",
    "'trong đó doanh nghiệp nhựa gia dụng chiếm khoảng 30% ... và đóng góp 22% ...' are shares of a part: percent figures of their own.",
    "'có tới 67% doanh nghiệp' is a percent figure ('tới' stresses, it is not an approximation).",
    "Imported basket price 9.000-11.000 đồng carries 'thấp hơn khoảng 30% so với hàng sản xuất trong nước' as a decrease change; the sales day gives no period.",
    "'5 tháng qua' (in a June 2024 quote) = Jan-May 2024. 'cắt giảm một ca sản xuất' is a count (number word).",
    "'Trong khi đó, xuất khẩu ... 2,2 tỷ USD, tăng 11%' inherits '5 tháng đầu năm 2024' from the previous sentence.",
    "'Mục tiêu đến năm 2030 ... ít nhất 30%' → target; the contrasting 'hiện mới khoảng 10%' is actual (its own clause with 'hiện').",
]

if __name__ == "__main__":
    write("p1483-5", TEXT, NOTES, FIGS, published="2024-06-12", location="Việt Nam")
