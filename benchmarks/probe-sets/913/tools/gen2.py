"""p913-2: district portal (quận Hoàn Kiếm, Hà Nội), xích lô du lịch phố cổ quý I/2025."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM
Tin tức > Kinh tế - Du lịch
Thứ Ba, 08/04/2025 - 15:20

Xích lô du lịch phố cổ tăng trưởng khá trong quý I

Quý I/2025, các đơn vị kinh doanh xích lô du lịch trên địa bàn quận Hoàn Kiếm đã phục vụ khoảng 42.600 lượt khách, tăng 12% so với cùng kỳ năm 2024. Trong đó, khách quốc tế đạt 35.800 lượt, chiếm 84%; khách nội địa 6.800 lượt.

Theo Phòng Kinh tế quận, hiện trên địa bàn có 345 xe xích lô du lịch thuộc 3 doanh nghiệp được cấp phép, gồm Công ty CP Dịch vụ Xích lô Hà Nội (150 xe), Công ty TNHH Du lịch Phố Cổ 36 (110 xe) và Công ty CP Du lịch Hồ Gươm (85 xe). Có 352 người điều khiển xe được cấp thẻ, độ tuổi bình quân khoảng 52 tuổi; 100% tài xế mặc đồng phục và đeo thẻ khi hoạt động.

Xích lô du lịch chạy theo 2 tuyến cố định. Tuyến số 1 dài khoảng 3,2 km, đi qua 12 tuyến phố như Hàng Gai, Hàng Bạc, Tạ Hiện; tuyến số 2 dài 4,5 km, vòng quanh hồ Hoàn Kiếm và khu phố Pháp. Giá cước niêm yết từ 200.000 đến 250.000 đồng/khách cho mỗi chuyến khoảng 1 giờ; tour buổi tối có giá 300.000 đồng/khách.

Từ đầu năm đến nay, UBND quận đã tổ chức lớp tập huấn lần thứ 3 về văn hóa ứng xử cho 120 tài xế; phường Hàng Bạc tiếp nhận 6 phản ánh về thái độ phục vụ, giảm 4 phản ánh so với cùng kỳ.

Năm 2025, quận phấn đấu xích lô du lịch đón 175.000 lượt khách; dự kiến bổ sung 30 xe mới, nâng tổng số xe lên 375 xe.

Địa chỉ: Số 126 Hàng Trống, phường Hàng Trống, quận Hoàn Kiếm, Hà Nội. Điện thoại: 024.3825.3535
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-04-08")
Y = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("khoảng 42.600 lượt khách", "42.600", 42600, "count", "lượt khách",
      "lượt khách được xích lô du lịch phục vụ", Q1, approx="about",
      change=C("increase", 12, "%", "cùng kỳ năm 2024")),
    F("đạt 35.800 lượt", "35.800", 35800, "count", "lượt", "khách quốc tế", I(Q1), total=42600, percent=84),
    F("khách nội địa 6.800 lượt", "6.800", 6800, "count", "lượt", "khách nội địa", I(Q1), total=42600),
    F("có 345 xe", "345", 345, "count", "xe xích lô du lịch", "xe xích lô du lịch trên địa bàn"),
    F("thuộc 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp được cấp phép kinh doanh xích lô du lịch"),
    F("(150 xe)", "150", 150, "count", "xe", "xe xích lô du lịch của Công ty CP Dịch vụ Xích lô Hà Nội", total=345),
    F("(110 xe)", "110", 110, "count", "xe", "xe xích lô du lịch của Công ty TNHH Du lịch Phố Cổ 36", total=345),
    F("(85 xe)", "85", 85, "count", "xe", "xe xích lô du lịch của Công ty CP Du lịch Hồ Gươm", total=345),
    F("Có 352 người", "352", 352, "count", "người", "người điều khiển xe được cấp thẻ"),
    F("khoảng 52 tuổi", "52", 52, "measure", "tuổi", "độ tuổi bình quân của người điều khiển xe", approx="about"),
    F("100% tài xế", "100", 100, "percent", "%", "tài xế mặc đồng phục và đeo thẻ khi hoạt động"),
    F("theo 2 tuyến", "2", 2, "count", "tuyến", "tuyến cố định của xích lô du lịch"),
    F("dài khoảng 3,2 km", "3,2", 3.2, "measure", "km", "chiều dài tuyến số 1", approx="about"),
    F("qua 12 tuyến phố", "12", 12, "count", "tuyến phố", "tuyến phố tuyến số 1 đi qua"),
    F("dài 4,5 km", "4,5", 4.5, "measure", "km", "chiều dài tuyến số 2"),
    F("từ 200.000 đến 250.000 đồng/khách", "200.000", 200000, "money", "đồng/khách",
      "giá cước niêm yết xích lô du lịch mỗi chuyến", value_max=250000),
    F("khoảng 1 giờ", "1", 1, "measure", "giờ", "thời gian mỗi chuyến", approx="about", optional=True),
    F("giá 300.000 đồng/khách", "300.000", 300000, "money", "đồng/khách", "giá tour xích lô buổi tối"),
    F("cho 120 tài xế", "120", 120, "count", "tài xế", "tài xế được tập huấn về văn hóa ứng xử", YTD),
    F("tiếp nhận 6 phản ánh", "6", 6, "count", "phản ánh", "phản ánh về thái độ phục vụ", YTD,
      change=C("decrease", 4, "phản ánh", "cùng kỳ")),
    F("đón 175.000 lượt khách", "175.000", 175000, "count", "lượt khách", "lượt khách xích lô du lịch", Y,
      status="target"),
    F("bổ sung 30 xe", "30", 30, "count", "xe", "xe xích lô du lịch bổ sung", Y, status="forecast"),
    F("lên 375 xe", "375", 375, "count", "xe", "tổng số xe xích lô du lịch", Y, status="forecast"),
]

HEADER = [
    "Cổng TTĐT quận Hoàn Kiếm (Hà Nội): xích lô du lịch phố cổ quý I/2025. Dateline 'Thứ Ba, 08/04/2025 - 15:20'.",
    "Not figures: 15:20, 'Phố Cổ 36' (company name), 'Tuyến số 1/2' (names), 'lần thứ 3' (ordinal), 'Số 126 Hàng Trống', phone 024.3825.3535.",
    "The bracketed company breakdown 150+110+85 = 345 gives total 345. 'Trong đó' parts of the 42.600 visits take total 42.600.",
    "'hiện' gives no period; 'Từ đầu năm đến nay' ends at the dateline. Location: the district (Hoàn Kiếm); phường Hàng Bạc is below district level.",
    "'khoảng 1 giờ' (a trip's duration, describing the product) is optional.",
]

write("p913-2", TEXT, HEADER, FIGS, published="2025-04-08", location="Hoàn Kiếm")
