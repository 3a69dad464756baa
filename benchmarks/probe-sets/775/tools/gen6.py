from lib import *

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 9/9/2024, 07:00 (GMT+7)

Lồng đèn, đồ chơi Trung thu nội địa lên ngôi

Đồ chơi, lồng đèn Trung thu sản xuất trong nước chiếm khoảng 60% hàng bày bán năm nay, trong khi nhập khẩu giảm.

Theo số liệu của Tổng cục Hải quan, 8 tháng đầu năm 2024, kim ngạch nhập khẩu đồ chơi trẻ em của cả nước đạt 318,6 triệu USD, giảm 6,2% so với cùng kỳ năm trước. Trong đó, nhập khẩu từ Trung Quốc đạt 241,3 triệu USD, chiếm 75,7%.

Ở chiều ngược lại, năm 2023 xuất khẩu đồ chơi của Việt Nam đạt 4,2 tỷ USD, đứng thứ 3 thế giới sau Trung Quốc và EU.

Khảo sát tại phố Hàng Mã (quận Hoàn Kiếm, Hà Nội) cho thấy, đèn ông sao, lồng đèn giấy truyền thống có giá từ 30.000 đến 150.000 đồng mỗi chiếc, tăng khoảng 10% so với năm ngoái. Bà Nguyễn Thị Hoa, chủ cửa hàng số 38 Hàng Mã, cho biết năm nay cửa hàng nhập khoảng 5.000 chiếc đèn ông sao, tăng gấp đôi năm 2023, và đã bán được 70% chỉ sau hai tuần.

Tại TP HCM, Công ty TNHH Lồng đèn Sài Gòn 3 cho biết năm nay đơn vị sản xuất 250.000 chiếc lồng đèn các loại, doanh thu dự kiến 18 tỷ đồng, tăng 25%. Trên các sàn thương mại điện tử, theo nền tảng số liệu Metric, doanh số nhóm hàng lồng đèn, đồ chơi Trung thu từ ngày 1/8 đến 5/9 đạt 86,4 tỷ đồng, gấp 1,6 lần cùng kỳ năm ngoái, với hơn 1,1 triệu sản phẩm được bán ra.

Theo Hiệp hội Các nhà bán lẻ Việt Nam, sức mua đồ chơi, quà Trung thu năm nay dự báo tăng 10-15% so với năm 2023, tập trung vào nhóm sản phẩm giáo dục, thân thiện môi trường.

Thi Hà
"""

nn = P("năm nay", "2024-01-01", "2024-12-31")
M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
EC = P("từ ngày 1/8 đến 5/9", "2024-08-01", "2024-09-05")
HK = "Hoàn Kiếm"
HCM = "TP. Hồ Chí Minh"
FIGS = [
    F("khoảng 60% hàng", "60", 60, "percent", "%", approx="about",
      subject="đồ chơi, lồng đèn Trung thu sản xuất trong nước trong hàng bày bán", period=nn),
    F("đạt 318,6 triệu USD", "318,6", 318600000, "money", "USD",
      change=CH("decrease", 6.2, baseline="cùng kỳ năm trước"),
      subject="kim ngạch nhập khẩu đồ chơi trẻ em", period=M8),
    F("đạt 241,3 triệu USD", "241,3", 241300000, "money", "USD", total=318600000, percent=75.7,
      subject="kim ngạch nhập khẩu đồ chơi trẻ em từ Trung Quốc", period=I(M8)),
    F("đạt 4,2 tỷ USD", "4,2", 4200000000, "money", "USD", subject="xuất khẩu đồ chơi",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đứng thứ 3", "3", 3, "rank", "hạng", subject="xuất khẩu đồ chơi",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 30.000 đến 150.000 đồng", "30.000", 30000, "money", "đồng/chiếc", value_max=150000,
      change=CH("increase", 10, baseline="năm ngoái", approx="about"),
      subject="giá đèn ông sao, lồng đèn giấy truyền thống", location=HK),
    F("khoảng 5.000 chiếc", "5.000", 5000, "count", "chiếc đèn ông sao", approx="about",
      change=CH("increase", 2, "lần", baseline="năm 2023"),
      subject="đèn ông sao cửa hàng nhập", period=nn, location=HK),
    F("bán được 70%", "70", 70, "percent", "%", subject="đèn ông sao đã bán được", period=nn, location=HK),
    F("sản xuất 250.000 chiếc", "250.000", 250000, "count", "chiếc lồng đèn",
      subject="lồng đèn các loại đơn vị sản xuất", period=nn, location=HCM),
    F("dự kiến 18 tỷ đồng", "18", 18000000000, "money", "đồng", change=CH("increase", 25),
      status="forecast", subject="doanh thu", period=nn, location=HCM),
    F("đạt 86,4 tỷ đồng", "86,4", 86400000000, "money", "đồng",
      change=CH("increase", 1.6, "lần", baseline="cùng kỳ năm ngoái"),
      subject="doanh số nhóm hàng lồng đèn, đồ chơi Trung thu trên các sàn thương mại điện tử", period=EC),
    F("hơn 1,1 triệu sản phẩm", "1,1", 1100000, "count", "sản phẩm", approx="over",
      subject="sản phẩm lồng đèn, đồ chơi Trung thu được bán ra", period=EC),
    F("tăng 10-15%", "10", 10, "percent", "%", value_max=15, status="forecast",
      subject="sức mua đồ chơi, quà Trung thu", period=nn),
]

emit("p775-6", TEXT, [
    "National press (VnExpress-like; invented): lồng đèn, đồ chơi Trung thu nội địa; nhập khẩu đồ chơi 8 tháng 2024, giá ở Hàng Mã, TMĐT.",
    "Distractors: '(GMT+7)', '07:00', 'số 38 Hàng Mã', 'Công ty TNHH Lồng đèn Sài Gòn 3', 'hai tuần' (duration), byline.",
    "Trung Quốc is a trade partner, not a place: location Việt Nam. Hàng Mã figures are quận Hoàn Kiếm's; the company's are TP. Hồ Chí Minh's.",
    "'tăng gấp đôi năm 2023' = change x2 (lần); 'gấp 1,6 lần cùng kỳ' after a figure = change (lần). 'năm nay' = 2024.",
    "'sức mua ... dự báo tăng 10-15%' is a rate with no base amount: a percent figure (forecast) with no change.",
], FIGS, published="2024-09-09", location="Việt Nam")
