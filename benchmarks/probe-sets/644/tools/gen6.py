from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ bảy, 1/6/2024, 10:15 (GMT+7)

Giá gas tháng 6 giảm hơn 14.000 đồng mỗi bình

Từ hôm nay, giá gas bán lẻ của nhiều doanh nghiệp giảm 14.000-15.000 đồng một bình loại 12 kg, sau khi giá thế giới đi xuống.

Cụ thể, Saigon Petro thông báo giá bán lẻ bình 12 kg giảm 14.040 đồng, còn 437.400 đồng/bình; bình 45 kg giảm 52.650 đồng, còn 1.640.250 đồng/bình. Petrolimex giảm 14.850 đồng mỗi bình 12 kg; giá bán lẻ tại Hà Nội là 477.900 đồng/bình, tại TP HCM 452.800 đồng/bình. City Petro cũng giảm 15.000 đồng mỗi bình.

Nguyên nhân là giá CP (Saudi Aramco) tháng 6 được công bố ở mức 580 USD/tấn, giảm 40 USD/tấn so với tháng 5. Trong 5 tháng đầu năm, giá gas trong nước đã 3 lần tăng và 2 lần giảm.

Theo Hiệp hội Gas Việt Nam, thị trường trong nước tiêu thụ khoảng 2,6 triệu tấn LPG mỗi năm, trong đó gần 55% dành cho dân dụng. Hiện có khoảng 10 thương hiệu lớn chiếm hơn 70% thị phần. Tình trạng sang chiết gas lậu khiến doanh nghiệp thất thu khoảng 1.000 tỷ đồng mỗi năm, theo ước tính của hiệp hội.

Các chuyên gia khuyến cáo người dân chỉ mua gas tại cửa hàng có giấy chứng nhận đủ điều kiện, kiểm tra tem, niêm phong và hạn kiểm định in trên vỏ bình; khi phát hiện rò rỉ cần khóa van, mở cửa thông gió, không bật công tắc điện và gọi ngay số 114.

Ngọc Lan
"""

T6 = P("tháng 6", "2024-06-01", "2024-06-30")

FIGS = [
    F("giảm hơn 14.000", "14.000", 14000, "money", "đồng/bình", "giá gas giảm", T6, approx="over"),
    F("14.000-15.000", "14.000", 14000, "money", "đồng/bình", "giá gas bán lẻ giảm", I(T6), value_max=15000),
    F("loại 12 kg", "12", 12, "measure", "kg", "bình", optional=True),
    F("bình 12 kg giảm", "12", 12, "measure", "kg", "bình", optional=True),
    F("còn 437.400", "437.400", 437400, "money", "đồng/bình", "giá bán lẻ bình 12 kg của Saigon Petro", I(T6),
      change=CH("decrease", 14040, "đồng")),
    F("bình 45 kg", "45", 45, "measure", "kg", "bình", optional=True),
    F("còn 1.640.250", "1.640.250", 1640250, "money", "đồng/bình", "giá bán lẻ bình 45 kg của Saigon Petro", I(T6),
      change=CH("decrease", 52650, "đồng")),
    F("giảm 14.850", "14.850", 14850, "money", "đồng/bình", "giá gas Petrolimex giảm", I(T6)),
    F("mỗi bình 12 kg;", "12", 12, "measure", "kg", "bình", optional=True),
    F("là 477.900", "477.900", 477900, "money", "đồng/bình", "giá bán lẻ gas Petrolimex", I(T6), location="Hà Nội"),
    F("452.800", "452.800", 452800, "money", "đồng/bình", "giá bán lẻ gas Petrolimex", I(T6),
      location="TP. Hồ Chí Minh"),
    F("giảm 15.000 đồng mỗi", "15.000", 15000, "money", "đồng/bình", "giá gas City Petro giảm", I(T6)),
    F("mức 580 USD", "580", 580, "money", "USD/tấn", "giá CP (Saudi Aramco)", T6,
      change=CH("decrease", 40, "USD/tấn", "tháng 5")),
    F("đã 3 lần tăng", "3", 3, "count", "lần", "lần tăng giá gas trong nước",
      P("5 tháng đầu năm", "2024-01-01", "2024-05-31")),
    F("2 lần giảm", "2", 2, "count", "lần", "lần giảm giá gas trong nước",
      P("5 tháng đầu năm", "2024-01-01", "2024-05-31")),
    F("khoảng 2,6 triệu", "2,6", 2.6e6, "measure", "tấn/năm", "LPG tiêu thụ của thị trường trong nước",
      approx="about"),
    F("gần 55%", "55", 55, "percent", "%", "tỷ trọng LPG dành cho dân dụng", approx="nearly"),
    F("khoảng 10 thương hiệu", "10", 10, "count", "thương hiệu", "thương hiệu lớn", approx="about", percent=70),
    F("khoảng 1.000 tỷ", "1.000", 1e12, "money", "đồng", "doanh nghiệp thất thu do sang chiết gas lậu",
      approx="about", status="estimate"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ bảy, 1/6/2024, 10:15 (GMT+7)', byline at the end. Gas price cut for June 2024.",
    "A price cut standing alone ('giảm 14.850 đồng mỗi bình') is a money figure, no change (as a growth rate standing alone is a percent).",
    "'giảm 14.040 đồng, còn 437.400 đồng/bình': the new price is the figure, the cut its change (decrease 14 040 đồng).",
    "Cylinder sizes 'bình 12 kg', 'bình 45 kg' are product types: optional. 'TP HCM' → location TP. Hồ Chí Minh; companies are not places.",
    "CP price (Saudi Aramco) is a foreign supplier's price: location stays the article's Việt Nam (like FDI by investor country).",
    "'chiếm hơn 70% thị phần' after 'khoảng 10 thương hiệu' is that count's percent. 'theo ước tính' → estimate.",
    "'3 lần tăng và 2 lần giảm' are counts of price changes (count, lần), not multiples. Distractors: 'số 114', '(GMT+7)', '10:15'.",
]

emit("p644-6", TEXT, COMMENTS, FIGS, published="2024-06-01", location="Việt Nam")
