from lib import F, P, I, C, T, build

TEXT = """BỘ GIAO THÔNG VẬN TẢI
CỤC ĐƯỜNG THỦY NỘI ĐỊA VIỆT NAM
Trang chủ > Tin hoạt động

Tăng cường quản lý bến khách ngang sông trước mùa mưa lũ

Ngày đăng: 05/06/2023 | Lượt xem: 1.204

Theo tổng hợp của Cục Đường thủy nội địa Việt Nam, tính đến ngày 31/5/2023, cả nước có 3.412 bến khách ngang sông, trong đó 2.986 bến được cấp phép hoạt động, chiếm 87,5%; 426 bến chưa được cấp phép. Các địa phương có nhiều bến nhất là Đồng Tháp (196 bến), An Giang (178 bến), Cà Mau (165 bến) và Sóc Trăng (142 bến).

Số phương tiện chở khách ngang sông khoảng 8.700 chiếc, trong đó gần 1.900 chiếc chưa được đăng ký, đăng kiểm, chiếm 21,8%. Nhiều phương tiện là thuyền gỗ nhỏ, trọng tải dưới 5 tấn, không đủ áo phao, phao tròn theo quy định.

Năm 2022, các bến khách ngang sông vận chuyển trên 175 triệu lượt hành khách. Trên các tuyến đường thủy nội địa xảy ra 14 vụ tai nạn liên quan đến phương tiện chở khách ngang sông, làm chết 11 người, giảm 5 vụ và 3 người so với năm 2021.

Giai đoạn 2016-2022, Dự án xây dựng cầu dân sinh (LRAMP) đã hoàn thành 2.174 cầu, thay thế cho 312 bến khách ngang sông. Từ năm 2021 đến nay, Cục đã phối hợp với các địa phương cấp phát miễn phí khoảng 15.000 áo phao cho học sinh và người dân vùng lũ.

Thực hiện Chỉ thị số 23/CT-TTg, Cục đặt mục tiêu đến hết năm 2023 có 95% bến khách ngang sông được cấp phép, 100% phương tiện chở khách được đăng ký, đăng kiểm và 100% hành khách mặc áo phao khi qua sông.

Cục Đường thủy nội địa Việt Nam - Số 5 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.3768.5036
"""

asof = P("tính đến ngày 31/5/2023", None, "2023-05-31")
y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
gd = P("Giai đoạn 2016-2022", "2016-01-01", "2022-12-31")
since = P("Từ năm 2021 đến nay", "2021-01-01", "2023-06-05")
tgt = P("đến hết năm 2023", None, "2023-12-31")

FIGS = [
    F("có 3.412 bến", "3.412", 3412, "count", "bến khách ngang sông", "bến khách ngang sông", asof),
    F("2.986 bến", "2.986", 2986, "count", "bến", "bến khách ngang sông được cấp phép hoạt động", asof,
      total=3412, percent=87.5),
    F("426 bến", "426", 426, "count", "bến", "bến khách ngang sông chưa được cấp phép", asof, total=3412),
    F("Đồng Tháp (196 bến)", "196", 196, "count", "bến", "bến khách ngang sông", I(asof), location="Đồng Tháp"),
    F("An Giang (178 bến)", "178", 178, "count", "bến", "bến khách ngang sông", I(asof), location="An Giang"),
    F("Cà Mau (165 bến)", "165", 165, "count", "bến", "bến khách ngang sông", I(asof), location="Cà Mau"),
    F("Sóc Trăng (142 bến)", "142", 142, "count", "bến", "bến khách ngang sông", I(asof), location="Sóc Trăng"),
    F("khoảng 8.700 chiếc", "8.700", 8700, "count", "chiếc", "phương tiện chở khách ngang sông", approx="about"),
    F("gần 1.900 chiếc", "1.900", 1900, "count", "chiếc", "phương tiện chưa được đăng ký, đăng kiểm",
      approx="nearly", total=8700, percent=21.8),
    F("dưới 5 tấn", "5", 5, "measure", "tấn", "trọng tải thuyền gỗ nhỏ", approx="under", optional=True),
    F("trên 175 triệu lượt", "175", 175_000_000, "count", "lượt hành khách",
      "lượt hành khách vận chuyển qua các bến khách ngang sông", y22, approx="over"),
    F("xảy ra 14 vụ", "14", 14, "count", "vụ", "vụ tai nạn liên quan đến phương tiện chở khách ngang sông", I(y22),
      change=C("decrease", 5, "vụ", baseline="năm 2021")),
    F("làm chết 11 người", "11", 11, "count", "người", "người chết trong tai nạn", I(y22),
      change=C("decrease", 3, "người", baseline="năm 2021")),
    F("hoàn thành 2.174 cầu", "2.174", 2174, "count", "cầu", "cầu dân sinh hoàn thành", gd),
    F("thay thế cho 312 bến", "312", 312, "count", "bến", "bến khách ngang sông được thay thế bằng cầu", gd),
    F("khoảng 15.000 áo phao", "15.000", 15000, "count", "áo phao", "áo phao cấp phát miễn phí", since,
      approx="about"),
    F("có 95% bến", "95", 95, "percent", "%", "bến khách ngang sông được cấp phép", tgt, status="target"),
    F("100% phương tiện chở khách", "100", 100, "percent", "%", "phương tiện chở khách được đăng ký, đăng kiểm", tgt,
      status="target"),
    F("100% hành khách", "100", 100, "percent", "%", "hành khách mặc áo phao khi qua sông", tgt, status="target"),
]

NOTES = [
    "Ministry site (Cục Đường thủy nội địa Việt Nam): national landings as of 31/5/2023, provinces with most landings, vessels, 2022 traffic and accidents, LRAMP bridges, 2023 targets.",
    "Location Việt Nam except the bracketed province list (each item's province is its location; no total: a ranking, it does not add up).",
    "'giảm 5 vụ và 3 người so với năm 2021' distributes: change of 14 vụ is -5 vụ, change of 11 người is -3 người.",
    "'dưới 5 tấn' is a category threshold: optional. 'Từ năm 2021 đến nay' ends at the page date 05/06/2023.",
    "Not figures: 'Lượt xem: 1.204', 'Chỉ thị số 23/CT-TTg', 'Số 5 Tôn Thất Thuyết', phone, 'LRAMP'.",
    "8.700 chiếc stands in a new paragraph without a period phrase: no period.",
]

build("p964-4", TEXT, NOTES, FIGS, published="2023-06-05", location="Việt Nam")
