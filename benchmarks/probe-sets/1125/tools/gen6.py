"""p1125-6: national newspaper: areca price collapse in Quảng Ngãi, drying kilns idle (Trà Bồng, Sơn Tây), China border trade."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Hàng hóa

Thứ Sáu, 14/7/2023, 10:15 (GMT+7)

Giá cau rơi tự do, lò sấy ở Quảng Ngãi đóng cửa

Giá cau tươi tại Quảng Ngãi chỉ còn 5.000-6.000 đồng/kg, giảm hơn 80% so với cùng kỳ năm ngoái, nhiều lò sấy phải tạm dừng hoạt động.

Ông Hồ Văn Tính, chủ lò sấy cau ở thị trấn Trà Xuân, huyện Trà Bồng, cho biết năm ngoái lò của ông hoạt động hết công suất, mỗi ngày thu mua 15 tấn cau tươi. Từ đầu tháng 6 đến nay, lò chỉ nhập được khoảng 3 tấn/ngày. Ông đã phải cho 12 công nhân nghỉ việc, chỉ giữ lại hai người trông lò.

Theo Sở Nông nghiệp và Phát triển nông thôn Quảng Ngãi, toàn tỉnh có khoảng 4.600 ha cau, tập trung ở các huyện Trà Bồng, Sơn Tây, Minh Long; sản lượng năm 2022 đạt gần 25.000 tấn. Toàn tỉnh có 41 lò sấy cau, trong đó chỉ 9 lò còn hoạt động cầm chừng.

Theo các thương lái, khoảng 90% cau khô của Việt Nam được bán sang Trung Quốc. Từ đầu năm, phía Trung Quốc siết chặt kiểm dịch và hạn chế nhập qua đường tiểu ngạch. Giá cau khô hiện chỉ còn 35.000-40.000 đồng/kg, trong khi tháng 12/2022 lên tới 150.000 đồng/kg.

Tại huyện Sơn Tây, gần 70% số hộ đồng bào Ca Dong có thu nhập chính từ cây cau. Anh Đinh Văn Mười ở xã Sơn Liên có 1,5 ha cau, vụ trước thu hơn 60 triệu đồng, năm nay dự kiến chỉ được khoảng 10 triệu đồng.

Sở NN&PTNT dự báo sản lượng cau năm 2023 của tỉnh khoảng 22.000 tấn, giảm khoảng 12% so với năm 2022.

Phạm Linh
"""

LAST_YEAR = P("năm ngoái", "2022-01-01", "2022-12-31")
SINCE_JUN = P("Từ đầu tháng 6 đến nay", "2023-06-01", "2023-07-14")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
DEC22 = P("tháng 12/2022", "2022-12-01", "2022-12-31")
THIS_YEAR = P("năm nay", "2023-01-01", "2023-12-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
TB, ST = "Trà Bồng", "Sơn Tây"

FIGS = [
    F("còn 5.000-6.000", "5.000", 5000, "money", "đồng/kg", value_max=6000,
      change=C("decrease", 80, "%", "cùng kỳ năm ngoái", approx="over"), subject="giá cau tươi"),
    F("thu mua 15 tấn", "15", 15, "measure", "tấn/ngày", subject="lượng cau tươi lò sấy của ông Tính thu mua mỗi ngày",
      period=LAST_YEAR, location=TB),
    F("khoảng 3 tấn/ngày", "3", 3, "measure", "tấn/ngày", approx="about",
      subject="lượng cau tươi lò nhập", period=SINCE_JUN, location=TB),
    F("cho 12 công nhân", "12", 12, "count", "công nhân", subject="công nhân lò sấy phải nghỉ việc",
      period=I(SINCE_JUN), location=TB),
    F("hai người", "hai", 2, "count", "người", subject="người được giữ lại trông lò", location=TB),
    F("khoảng 4.600 ha", "4.600", 4600, "measure", "ha", approx="about", subject="diện tích cau"),
    F("gần 25.000 tấn", "25.000", 25000, "measure", "tấn", approx="nearly", subject="sản lượng cau", period=Y22),
    F("có 41 lò", "41", 41, "count", "lò sấy", subject="lò sấy cau"),
    F("chỉ 9 lò", "9", 9, "count", "lò", total=41, subject="lò sấy cau còn hoạt động cầm chừng"),
    F("khoảng 90%", "90", 90, "percent", "%", approx="about",
      subject="tỷ lệ cau khô của Việt Nam bán sang Trung Quốc", location="Việt Nam"),
    F("còn 35.000-40.000", "35.000", 35000, "money", "đồng/kg", value_max=40000, subject="giá cau khô"),
    F("lên tới 150.000", "150.000", 150000, "money", "đồng/kg", subject="giá cau khô", period=DEC22),
    F("gần 70%", "70", 70, "percent", "%", approx="nearly",
      subject="tỷ lệ hộ đồng bào Ca Dong có thu nhập chính từ cây cau", location=ST),
    F("có 1,5 ha", "1,5", 1.5, "measure", "ha", subject="diện tích cau của anh Đinh Văn Mười", location=ST),
    F("hơn 60 triệu", "60", 60000000, "money", "đồng", approx="over",
      subject="thu từ cau của anh Mười vụ trước", location=ST),
    F("khoảng 10 triệu", "10", 10000000, "money", "đồng", approx="about", status="forecast",
      subject="thu từ cau của anh Mười", period=THIS_YEAR, location=ST),
    F("khoảng 22.000 tấn", "22.000", 22000, "measure", "tấn", approx="about", status="forecast",
      change=C("decrease", 12, "%", "năm 2022", approx="about"), subject="sản lượng cau", period=Y23),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 14/7/2023, 10:15 (GMT+7)' (published), byline at the end. Default location Quảng Ngãi.",
    "A kiln owner in thị trấn Trà Xuân, huyện Trà Bồng: his figures (also in the next sentences) are in Trà Bồng; a farmer in xã Sơn Liên",
    "after 'Tại huyện Sơn Tây' is in Sơn Tây. 'khoảng 90% cau khô của Việt Nam' is national (Việt Nam).",
    "'năm ngoái' = 2022, 'năm nay' = 2023 (from the dateline); 'Từ đầu tháng 6 đến nay' ends at the dateline. 'mỗi ngày thu mua 15 tấn'",
    "is a rate (tấn/ngày). 'trong đó chỉ 9 lò' takes 41 as total. 'hiện chỉ còn' gives no period. 'vụ trước' gives no dated period.",
    "'giảm hơn 80% so với cùng kỳ năm ngoái' is the change of the lede's price range. 'Anh Đinh Văn Mười' is a name (Mười = ten), not a figure.",
    "'hai người' is a number word (2). 'Từ đầu năm' in the policy sentence locates no figure.",
    "revised after the first run: 'lò chỉ nhập được khoảng 3 tấn/ngày' subject follows the sentence ('lò'), not 'ông Tính' from the previous sentence.",
]

if __name__ == "__main__":
    write("p1125-6", TEXT, NOTES, FIGS, published="2023-07-14", location="Quảng Ngãi")
