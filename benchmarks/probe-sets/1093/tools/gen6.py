"""p1093-6: national newspaper (VnExpress style), an engineer growing asparagus in Củ Chi; city and national figures."""
from lib import F, P, I, C, write

TEXT = """Kinh doanh › Nông nghiệp
Chủ nhật, 16/3/2025, 07:30 (GMT+7)

Kỹ sư về Củ Chi trồng măng tây, thu 1,2 tỷ đồng mỗi năm

Anh Nguyễn Hoàng Nam, 34 tuổi, ở xã Tân Thông Hội, huyện Củ Chi, TP HCM, đang canh tác 3,5 ha măng tây xanh và tím, mỗi năm thu khoảng 1,2 tỷ đồng sau khi trừ chi phí.

Năm 2018, sau 6 năm làm kỹ sư phần mềm, anh thuê 5.000 m2 đất ven Tỉnh lộ 15 để trồng thử. Mật độ trồng 18.000-20.000 cây/ha; chi phí đầu tư năm đầu gần 600 triệu đồng/ha, chủ yếu cho hệ thống tưới nhỏ giọt và nhà màng. "Hai năm đầu tôi lỗ gần 300 triệu đồng vì chưa nắm kỹ thuật nuôi cây mẹ", anh kể.

Hiện mỗi ngày trang trại thu 180-200 kg măng. Giá bán sỉ măng tây xanh 65.000 đồng/kg, măng tây tím 140.000 đồng/kg. Sản phẩm được cung cấp cho 12 cửa hàng thực phẩm sạch và 3 chuỗi siêu thị; trang trại tạo việc làm thường xuyên cho 9 lao động địa phương với thu nhập 8-9 triệu đồng/người/tháng.

Theo Sở Nông nghiệp và Phát triển nông thôn TP HCM, toàn thành phố hiện có khoảng 95 ha măng tây, trong đó huyện Củ Chi chiếm 68 ha; năng suất bình quân 8-9 tấn/ha/năm. Thành phố đặt mục tiêu đến năm 2030 phát triển 150 ha măng tây ứng dụng công nghệ cao.

Cả nước hiện có hơn 1.500 ha măng tây, nhiều nhất là Ninh Thuận. Năm 2024, xuất khẩu măng tây đạt khoảng 3,8 triệu USD, tăng 19% so với năm trước.

Thu Hà
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
CUCHI = "Củ Chi"
HCM = "Hồ Chí Minh"

FIGS = [
    F("thu 1,2 tỷ đồng mỗi năm", "1,2", 1.2e9, "money", "đồng/năm", "thu nhập từ trồng măng tây", location=CUCHI),
    F("34 tuổi", "34", 34, "measure", "tuổi", "tuổi anh Nguyễn Hoàng Nam", location=CUCHI, optional=True),
    F("canh tác 3,5 ha", "3,5", 3.5, "measure", "ha", "diện tích măng tây xanh và tím canh tác", location=CUCHI),
    F("khoảng 1,2 tỷ đồng sau", "1,2", 1.2e9, "money", "đồng/năm", "thu nhập từ măng tây sau khi trừ chi phí", approx="about",
      location=CUCHI),
    F("sau 6 năm làm", "6", 6, "measure", "năm", "thời gian làm kỹ sư phần mềm", location=CUCHI, optional=True),
    F("thuê 5.000 m2", "5.000", 5000, "measure", "m2", "đất thuê trồng thử măng tây",
      P("Năm 2018", "2018-01-01", "2018-12-31"), location=CUCHI),
    F("trồng 18.000-20.000 cây/ha", "18.000", 18000, "measure", "cây/ha", "mật độ trồng", value_max=20000,
      location=CUCHI),
    F("gần 600 triệu đồng/ha", "600", 600e6, "money", "đồng/ha", "chi phí đầu tư năm đầu", approx="nearly",
      location=CUCHI),
    F("lỗ gần 300 triệu đồng", "300", 300e6, "money", "đồng", "lỗ hai năm đầu", approx="nearly", location=CUCHI),
    F("thu 180-200 kg", "180", 180, "measure", "kg", "măng tây trang trại thu mỗi ngày", value_max=200,
      location=CUCHI),
    F("xanh 65.000 đồng/kg", "65.000", 65000, "money", "đồng/kg", "giá bán sỉ măng tây xanh", location=CUCHI),
    F("tím 140.000 đồng/kg", "140.000", 140000, "money", "đồng/kg", "giá bán sỉ măng tây tím", location=CUCHI),
    F("cho 12 cửa hàng", "12", 12, "count", "cửa hàng", "cửa hàng thực phẩm sạch được cung cấp sản phẩm",
      location=CUCHI),
    F("3 chuỗi siêu thị", "3", 3, "count", "chuỗi siêu thị", "chuỗi siêu thị được cung cấp sản phẩm",
      location=CUCHI),
    F("cho 9 lao động", "9", 9, "count", "lao động", "lao động địa phương có việc làm thường xuyên",
      location=CUCHI),
    F("thu nhập 8-9 triệu", "8", 8e6, "money", "đồng/người/tháng", "thu nhập lao động", value_max=9e6,
      location=CUCHI),
    F("khoảng 95 ha", "95", 95, "measure", "ha", "diện tích măng tây", approx="about", location=HCM),
    F("chiếm 68 ha", "68", 68, "measure", "ha", "diện tích măng tây", total=95, location=CUCHI),
    F("bình quân 8-9 tấn/ha/năm", "8", 8, "measure", "tấn/ha/năm", "năng suất bình quân", value_max=9,
      location=HCM),
    F("phát triển 150 ha", "150", 150, "measure", "ha", "diện tích măng tây ứng dụng công nghệ cao",
      P("đến năm 2030", None, "2030-12-31"), status="target", location=HCM),
    F("hơn 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích măng tây cả nước", approx="over",
      location="Việt Nam"),
    F("khoảng 3,8 triệu USD", "3,8", 3.8e6, "money", "USD", "xuất khẩu măng tây", Y24, approx="about",
      change=C("increase", 19, "%", "năm trước"), location="Việt Nam"),
]

NOTES = [
    "National newspaper (VnExpress style, 'Chủ nhật, 16/3/2025, 07:30 (GMT+7)'): an engineer's asparagus farm in Củ Chi,",
    "TP HCM's area and target, national area and 2024 exports. Locations switch: the farm -> Củ Chi, the city -> Hồ Chí Minh,",
    "'Cả nước' -> Việt Nam. 'hiện'/'Hiện' give no period.",
    "Age '34 tuổi' and career length 'sau 6 năm làm kỹ sư' are biographic: optional. The headline 1,2 tỷ and the body's are two figures.",
    "'mỗi năm thu ... 1,2 tỷ đồng' -> unit đồng/năm. 'Hai năm đầu' in a quote is a duration locating the loss, not a figure.",
    "Distractors: 'Tỉnh lộ 15', 07:30 (GMT+7), 'Năm 2018' (a date).",
]

write("p1093-6", TEXT, NOTES, FIGS, published="2025-03-16", location="Củ Chi")
