from lib import *

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Hạ Long: 6 tháng đầu năm, kinh tế ban đêm thu hút hơn 1,3 triệu lượt khách
Cập nhật: 16/07/2024 08:45 | Lượt xem: 2.317

Theo báo cáo của UBND thành phố Hạ Long, 6 tháng đầu năm 2024, các phố đi bộ, chợ đêm và khu vui chơi về đêm trên địa bàn thành phố đã đón hơn 1,3 triệu lượt khách, tăng 18,6% so với cùng kỳ năm 2023; doanh thu từ các hoạt động kinh tế ban đêm ước đạt 1.250 tỷ đồng, chiếm khoảng 14% tổng doanh thu du lịch của thành phố.

Bình quân mỗi đêm, phố đi bộ Bãi Cháy và chợ đêm Hạ Long đón khoảng 7.500 lượt khách; có đêm cuối tuần đạt 15.000 lượt. Mức chi tiêu bình quân của khách quốc tế là 1,85 triệu đồng/người/đêm, của khách nội địa khoảng 650.000 đồng/người/đêm.

Tính đến hết tháng 6/2024, thành phố có 3 tuyến phố đi bộ, 2 chợ đêm với tổng số 412 gian hàng, trong đó 268 gian hàng ẩm thực, 96 gian hàng thủ công mỹ nghệ và sản phẩm OCOP. Các khu vực hoạt động từ 18 giờ đến 24 giờ hằng ngày.

Từ đầu năm đến nay, thành phố đã tổ chức 126 chương trình nghệ thuật đường phố, 18 sự kiện văn hóa, thể thao về đêm; riêng Carnaval Hạ Long 2024 thu hút khoảng 80.000 lượt người tham gia.

Công tác bảo đảm an ninh trật tự được tăng cường với 24 tổ công tác liên ngành trực đêm. Trong 6 tháng, lực lượng chức năng phát hiện, xử lý 37 vụ việc vi phạm trật tự đô thị, an toàn thực phẩm, giảm 9 vụ so với cùng kỳ; không để xảy ra vụ việc phức tạp về an ninh.

Thành phố phấn đấu cả năm 2024 đón 2,8 triệu lượt khách tham gia các hoạt động về đêm, doanh thu đạt trên 2.600 tỷ đồng; đến năm 2025 hình thành thêm 2 tuyến phố đi bộ tại các phường Hồng Gai, Bãi Cháy. Mọi phản ánh của du khách xin gửi về đường dây nóng 0203.3511.115.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
ASOF = P("Tính đến hết tháng 6/2024", None, "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-16")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("kinh tế ban đêm thu hút hơn 1,3 triệu", "1,3", 1300000, "count", "lượt khách", approx="over",
      subject="lượt khách kinh tế ban đêm", period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("đã đón hơn 1,3 triệu lượt khách", "1,3", 1300000, "count", "lượt khách", approx="over",
      change=C("increase", 18.6, baseline="cùng kỳ năm 2023"),
      subject="lượt khách đến các phố đi bộ, chợ đêm và khu vui chơi về đêm", period=H1),
    F("ước đạt 1.250 tỷ đồng", "1.250", 1.25e12, "money", "đồng", percent=14, status="estimate",
      subject="doanh thu từ các hoạt động kinh tế ban đêm", period=H1),
    F("khoảng 7.500 lượt khách", "7.500", 7500, "count", "lượt khách", approx="about",
      subject="lượt khách bình quân mỗi đêm phố đi bộ Bãi Cháy và chợ đêm Hạ Long", period=H1i),
    F("đạt 15.000 lượt", "15.000", 15000, "count", "lượt", subject="lượt khách đêm cuối tuần", period=H1i),
    F("là 1,85 triệu đồng", "1,85", 1850000, "money", "đồng/người/đêm",
      subject="mức chi tiêu bình quân của khách quốc tế", period=H1i),
    F("khoảng 650.000 đồng", "650.000", 650000, "money", "đồng/người/đêm", approx="about",
      subject="mức chi tiêu bình quân của khách nội địa", period=H1i),
    F("có 3 tuyến phố đi bộ", "3", 3, "count", "tuyến phố đi bộ", subject="tuyến phố đi bộ", period=ASOF),
    F("2 chợ đêm với", "2", 2, "count", "chợ đêm", subject="chợ đêm", period=ASOF),
    F("tổng số 412 gian hàng", "412", 412, "count", "gian hàng", subject="gian hàng", period=ASOF),
    F("268 gian hàng ẩm thực", "268", 268, "count", "gian hàng", total=412, subject="gian hàng ẩm thực", period=ASOF),
    F("96 gian hàng thủ công", "96", 96, "count", "gian hàng", total=412,
      subject="gian hàng thủ công mỹ nghệ và sản phẩm OCOP", period=ASOF),
    F("tổ chức 126 chương trình", "126", 126, "count", "chương trình", subject="chương trình nghệ thuật đường phố", period=YTD),
    F("18 sự kiện văn hóa", "18", 18, "count", "sự kiện", subject="sự kiện văn hóa, thể thao về đêm", period=YTD),
    F("khoảng 80.000 lượt người", "80.000", 80000, "count", "lượt người", approx="about",
      subject="lượt người tham gia Carnaval Hạ Long", period=YTD),
    F("với 24 tổ công tác", "24", 24, "count", "tổ công tác", subject="tổ công tác liên ngành trực đêm"),
    F("xử lý 37 vụ việc", "37", 37, "count", "vụ việc", change=C("decrease", 9, "vụ", "cùng kỳ"),
      subject="vụ việc vi phạm trật tự đô thị, an toàn thực phẩm",
      period=P("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("đón 2,8 triệu lượt khách", "2,8", 2800000, "count", "lượt khách", status="target",
      subject="lượt khách tham gia các hoạt động về đêm", period=Y24),
    F("trên 2.600 tỷ đồng", "2.600", 2.6e12, "money", "đồng", approx="over", status="target",
      subject="doanh thu hoạt động về đêm", period=Y24),
    F("thêm 2 tuyến phố đi bộ", "2", 2, "count", "tuyến phố đi bộ", status="target",
      subject="tuyến phố đi bộ hình thành thêm", period=TO25),
]

write("p370-1", [
    "Cổng TTĐT tỉnh Quảng Ninh: kinh tế ban đêm thành phố Hạ Long, 6 tháng đầu năm 2024. 'Cập nhật:' dateline with time and a view counter.",
    "Title figure: '6 tháng đầu năm' without year takes the dateline year 2024. Spending rates keep their denominator in the unit (đồng/người/đêm).",
    "'chiếm khoảng 14%' is the percent of the 1.250 tỷ revenue. 'Tính đến hết tháng 6/2024' is an as-of period for the stock of streets and stalls;",
    "'Từ đầu năm đến nay' runs to the dateline 16/07/2024. '24 tổ công tác' is a standing figure with no period phrase (null).",
    "Distractors: view counter 2.317, times 18 giờ/24 giờ, 'Carnaval Hạ Long 2024', phone 0203.3511.115, dates.",
], TEXT, FIGS, published="2024-07-16", location="Hạ Long")
