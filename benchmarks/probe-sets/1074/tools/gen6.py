from lib import F, P, I, C, T, build

TEXT = """Thời sự > Môi trường

Người dân Bến Tre mua nước ngọt giá gấp 15 lần nước máy

Thứ bảy, 16/3/2024, 08:15 (GMT+7)

Mặn xâm nhập sâu khiến nhiều nhà máy nước ở Bến Tre thiếu nguồn, hơn 8.000 hộ dân phải mua nước ngọt chở bằng ghe với giá 120.000-150.000 đồng/m3.

Ông Nguyễn Văn Hai, 62 tuổi, ở xã Bảo Thuận, huyện Ba Tri, cho biết từ đầu tháng 2 vòi nước máy nhà ông chỉ chảy nhỏ giọt vài giờ mỗi đêm. Gia đình 4 người phải mua 2 m3 nước ngọt mỗi tuần, tốn gần 300.000 đồng. Giá này gấp khoảng 15 lần giá nước máy.

Theo Sở NN&PTNT Bến Tre, độ mặn tại trạm Sơn Đốc (huyện Giồng Trôm) đo được 6,5 g/l, cao hơn cùng kỳ 2,1 g/l. Toàn tỉnh có 79 nhà máy, trạm cấp nước nông thôn với tổng công suất khoảng 105.000 m3/ngày đêm, nhưng mùa khô này nhiều nơi chỉ đạt 50-60% công suất do thiếu nước thô.

Tỉnh đã hỗ trợ 3.200 bồn chứa nước loại 1 m3 cho hộ nghèo, đồng thời vận chuyển miễn phí hơn 12.000 m3 nước ngọt đến các xã ven biển của huyện Ba Tri, Thạnh Phú, Bình Đại. Tỷ lệ hộ dân nông thôn sử dụng nước sạch của tỉnh hiện đạt 68,5%, thấp hơn mức bình quân vùng đồng bằng sông Cửu Long.

Theo ông Lê Văn Dũng, Phó giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh, dự kiến đến cuối tháng 4, tình trạng thiếu nước có thể ảnh hưởng tới khoảng 15.000 hộ. Đơn vị đang khẩn trương hoàn thành tuyến ống dài 14 km nối từ Nhà máy nước Sơn Đông, khi vận hành dự kiến tăng thêm 8.000 m3/ngày đêm.

Hoàng Nam
"""

FIGS = [
    F("gấp 15 lần nước máy", "15", 15, "multiple", "lần", "giá nước ngọt mua so với nước máy"),
    F("hơn 8.000 hộ", "8.000", 8000, "count", "hộ", "hộ dân phải mua nước ngọt", approx="over"),
    F("giá 120.000-150.000 đồng/m3", "120.000", 120000, "money", "đồng/m3", "giá nước ngọt chở bằng ghe",
      value_max=150000),
    F("62 tuổi", "62", 62, "measure", "tuổi", "tuổi", location="Ba Tri", optional=True),
    F("Gia đình 4 người", "4", 4, "count", "người", "nhân khẩu của gia đình", location="Ba Tri", optional=True),
    F("mua 2 m3", "2", 2, "measure", "m3/tuần", "nước ngọt gia đình mua mỗi tuần", location="Ba Tri"),
    F("gần 300.000 đồng", "300.000", 300000, "money", "đồng/tuần", "tiền mua nước ngọt mỗi tuần",
      approx="nearly", location="Ba Tri"),
    F("gấp khoảng 15 lần", "15", 15, "multiple", "lần", "giá nước ngọt mua so với giá nước máy", approx="about",
      location="Ba Tri"),
    F("được 6,5 g/l", "6,5", 6.5, "measure", "g/l", "độ mặn tại trạm Sơn Đốc",
      change=C("increase", 2.1, "g/l", "cùng kỳ"), location="Giồng Trôm"),
    F("có 79 nhà máy", "79", 79, "count", "nhà máy, trạm cấp nước", "nhà máy, trạm cấp nước nông thôn"),
    F("khoảng 105.000 m3/ngày đêm", "105.000", 105000, "measure", "m3/ngày đêm", "tổng công suất", approx="about"),
    F("đạt 50-60%", "50", 50, "percent", "%", "công suất nhà máy, trạm cấp nước đạt được", value_max=60),
    F("hỗ trợ 3.200 bồn", "3.200", 3200, "count", "bồn chứa nước", "bồn chứa nước hỗ trợ cho hộ nghèo"),
    F("loại 1 m3", "1", 1, "measure", "m3", "dung tích bồn chứa nước", optional=True),
    F("hơn 12.000 m3", "12.000", 12000, "measure", "m3", "nước ngọt vận chuyển miễn phí", approx="over"),
    F("đạt 68,5%", "68,5", 68.5, "percent", "%", "tỷ lệ hộ dân nông thôn sử dụng nước sạch"),
    F("khoảng 15.000 hộ", "15.000", 15000, "count", "hộ", "hộ bị ảnh hưởng do thiếu nước",
      P("đến cuối tháng 4", end="2024-04-30"), approx="about", status="forecast"),
    F("dài 14 km", "14", 14, "measure", "km", "chiều dài tuyến ống nối từ Nhà máy nước Sơn Đông"),
    F("thêm 8.000 m3/ngày đêm", "8.000", 8000, "measure", "m3/ngày đêm", "công suất tăng thêm", status="forecast"),
]

build("p1074-6", TEXT, FIGS, published="2024-03-16", location="Bến Tre", comments=[
    "National newspaper (VnExpress style, 'Thứ bảy, 16/3/2024, 08:15 (GMT+7)'), byline at the end: drought and salinity,",
    "Bến Tre households buying fresh water. The headline 'gấp 15 lần' and the body 'gấp khoảng 15 lần' stand alone: multiple.",
    "The Ba Tri household's figures are located in Ba Tri; the salinity station in Giồng Trôm; the rest Bến Tre (the coastal",
    "districts receiving water are recipients, not places of the figure). '62 tuổi', 'Gia đình 4 người', 'loại 1 m3' optional.",
    "'khi vận hành dự kiến tăng thêm 8.000 m3/ngày đêm': forecast (its own dự kiến).",
    "Distractors: 08:15 (GMT+7), Nguyễn Văn Hai (name), 'từ đầu tháng 2', 'vài giờ', 'mùa khô này'.",
])
