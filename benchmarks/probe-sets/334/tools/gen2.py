from lib import F, P, Y, CH, emit

TEXT = """BÁO HẢI DƯƠNG
Kinh tế | Nông nghiệp

Vải thiều Thanh Hà vào vụ thu hoạch chính, giá bán cao hơn năm trước
05/06/2024 06:30

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2024 toàn tỉnh có gần 9.500 ha vải, giảm 150 ha so với năm trước; sản lượng ước đạt 58.000 tấn. Trong đó, huyện Thanh Hà có 3.300 ha, sản lượng ước 33.000 tấn; thành phố Chí Linh có 3.900 ha, sản lượng ước khoảng 17.000 tấn.

Đến nay, Hải Dương có 48 mã số vùng trồng vải được cấp để xuất khẩu, gồm 36 mã vùng sang thị trường Trung Quốc, 5 mã vùng sang Mỹ, 4 mã vùng sang Nhật Bản và 3 mã vùng sang Úc, tổng diện tích khoảng 1.800 ha. Riêng 5 tháng đầu năm, ngành chức năng đã cấp mới 7 mã vùng. Diện tích vải áp dụng tiêu chuẩn VietGAP, GlobalGAP đạt 4.250 ha, chiếm 44,7% tổng diện tích.

Hiện vải lai chín sớm bán tại vườn dao động 30.000-45.000 đồng/kg, vải thiều chính vụ 20.000-28.000 đồng/kg. Tại xã Thanh Quang (huyện Thanh Hà), ông Nguyễn Văn Tám cho biết gia đình có 1,2 ha vải, dự kiến thu hoạch 15 tấn, thu về hơn 350 triệu đồng.

Để hỗ trợ tiêu thụ, ngày 3/6, UBND tỉnh phối hợp với Bộ Công Thương tổ chức Hội nghị xúc tiến tiêu thụ vải thiều Hải Dương tại Hà Nội với sự tham gia của 120 doanh nghiệp, trong đó có 25 doanh nghiệp xuất khẩu. Dự kiến năm nay, lượng vải xuất khẩu của tỉnh đạt khoảng 8.000 tấn, kim ngạch khoảng 12 triệu USD.

Đường dây nóng hỗ trợ tiêu thụ: 0220.3853.168

PHẠM HÙNG
"""

N24 = Y(2024)
N24i = Y(2024, inh=True)
DN = P("Đến nay", None, "2024-06-05")
MV = "mã số vùng trồng vải xuất khẩu sang "

FIGS = [
    F("gần 9.500 ha", "9.500", 9500, "measure", "ha", "diện tích vải", N24, approx="nearly",
      change=CH("decrease", 150, "ha", "năm trước")),
    F("ước đạt 58.000 tấn", "58.000", 58000, "measure", "tấn", "sản lượng vải", N24, status="estimate"),
    F("Thanh Hà có 3.300 ha", "3.300", 3300, "measure", "ha", "diện tích vải", N24i, total=9500,
      location="Thanh Hà"),
    F("ước 33.000 tấn", "33.000", 33000, "measure", "tấn", "sản lượng vải", N24i, total=58000,
      status="estimate", location="Thanh Hà"),
    F("Chí Linh có 3.900 ha", "3.900", 3900, "measure", "ha", "diện tích vải", N24i, total=9500,
      location="Chí Linh"),
    F("khoảng 17.000 tấn", "17.000", 17000, "measure", "tấn", "sản lượng vải", N24i, total=58000,
      approx="about", status="estimate", location="Chí Linh"),
    F("có 48 mã số", "48", 48, "count", "mã số vùng trồng", "mã số vùng trồng vải được cấp để xuất khẩu", DN),
    F("gồm 36 mã vùng", "36", 36, "count", "mã vùng", MV + "thị trường Trung Quốc", DN, total=48),
    F("5 mã vùng sang Mỹ", "5", 5, "count", "mã vùng", MV + "Mỹ", DN, total=48),
    F("4 mã vùng sang Nhật", "4", 4, "count", "mã vùng", MV + "Nhật Bản", DN, total=48),
    F("3 mã vùng sang Úc", "3", 3, "count", "mã vùng", MV + "Úc", DN, total=48),
    F("khoảng 1.800 ha", "1.800", 1800, "measure", "ha", "tổng diện tích vùng trồng được cấp mã", DN,
      approx="about"),
    F("cấp mới 7 mã vùng", "7", 7, "count", "mã vùng", "mã vùng cấp mới",
      P("5 tháng đầu năm", "2024-01-01", "2024-05-31")),
    F("đạt 4.250 ha", "4.250", 4250, "measure", "ha", "diện tích vải áp dụng tiêu chuẩn VietGAP, GlobalGAP",
      P("Đến nay", None, "2024-06-05", inh=True), percent=44.7),
    F("dao động 30.000-45.000", "30.000", 30000, "money", "đồng/kg", "giá vải lai chín sớm bán tại vườn",
      value_max=45000),
    F("chính vụ 20.000-28.000", "20.000", 20000, "money", "đồng/kg", "giá vải thiều chính vụ bán tại vườn",
      value_max=28000),
    F("có 1,2 ha vải", "1,2", 1.2, "measure", "ha", "diện tích vải của gia đình ông Nguyễn Văn Tám",
      location="Thanh Hà"),
    F("thu hoạch 15 tấn", "15", 15, "measure", "tấn", "sản lượng vải thu hoạch", status="forecast",
      location="Thanh Hà"),
    F("hơn 350 triệu đồng", "350", 350e6, "money", "đồng", "tiền thu về từ vải", approx="over",
      status="forecast", location="Thanh Hà"),
    F("của 120 doanh nghiệp", "120", 120, "count", "doanh nghiệp",
      "doanh nghiệp tham gia Hội nghị xúc tiến tiêu thụ vải thiều"),
    F("có 25 doanh nghiệp", "25", 25, "count", "doanh nghiệp", "doanh nghiệp xuất khẩu", total=120),
    F("đạt khoảng 8.000 tấn", "8.000", 8000, "measure", "tấn", "lượng vải xuất khẩu của tỉnh",
      Y(2024, "năm nay"), approx="about", status="forecast"),
    F("khoảng 12 triệu USD", "12", 12e6, "money", "USD", "kim ngạch xuất khẩu vải", Y(2024, "năm nay"),
      approx="about", status="forecast"),
]

COMMENTS = [
    "Party newspaper (Báo Hải Dương), bare dateline '05/06/2024 06:30', byline at the end. Default location Hải Dương.",
    "'Trong đó, huyện Thanh Hà ... ; thành phố Chí Linh ...' gives totals 9.500 ha / 58.000 tấn. 'sản lượng ước' = estimate.",
    "'Đến nay' ends at the dateline (2024-06-05). '48 mã số ..., gồm 36 ..., 5 ..., 4 ... và 3 ...' totals 48 (36+5+4+3=48).",
    "'5 tháng đầu năm' takes 2024 from the nearest earlier period. Prices of 'Hiện ...' carry no period (left unannotated).",
    "Conference 'tại Hà Nội' is a venue, not the place of the figures (Hải Dương). Farmer's name 'Tám' (eight) and phone are distractors.",
    "'dự kiến thu hoạch 15 tấn, thu về hơn 350 triệu đồng': forecast governs the continuing clause.",
]

emit("p334-2", TEXT, COMMENTS, FIGS, published="2024-06-05", location="Hải Dương")
