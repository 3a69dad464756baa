from lib import F, P, C, T, emit

text = """BÁO QUẢNG NINH
Kinh tế | Năng lượng

Khôi phục cấp điện cho 100% khách hàng sau bão số 3
MINH ĐỨC 16:42, 19/09/2024

Cơn bão số 3 (Yagi) đổ bộ ngày 7/9 đã gây thiệt hại nặng nề cho hệ thống lưới điện trên địa bàn tỉnh. Thời điểm bão đi qua, toàn bộ 13 huyện, thị xã, thành phố bị mất điện với hơn 442 nghìn khách hàng, chiếm 100% khách hàng của Công ty Điện lực Quảng Ninh. Số khách hàng mất điện lớn nhất tập trung ở TP Hạ Long (hơn 118.000 khách hàng), TP Cẩm Phả (gần 62.000 khách hàng) và TP Uông Bí (khoảng 41.500 khách hàng).

Theo thống kê của ngành điện, bão làm 1.628 cột điện trung, hạ áp bị gãy, đổ; 2.915 khoảng cột bị đứt dây; 836 trạm biến áp bị hư hỏng, trong đó 112 trạm bị đổ hoàn toàn. Thiệt hại ban đầu về tài sản lưới điện ước tính khoảng 350 tỷ đồng.

Ngay sau bão, Tổng công ty Điện lực miền Bắc đã huy động gần 3.500 cán bộ, công nhân từ 18 công ty điện lực các tỉnh, cùng 260 xe chuyên dụng tham gia khắc phục. Đến 18h ngày 12/9, đã có 350.120 khách hàng được cấp điện trở lại, đạt 79,2%; tính đến ngày 17/9, 100% khách hàng đã được khôi phục cấp điện. Các huyện Vân Đồn, Cô Tô và Ba Chẽ là những địa phương có điện muộn nhất do nhiều tuyến đường dây 35 kV đi qua rừng bị cây đổ đè.

Ông Nguyễn Văn Tuấn, Phó Giám đốc Công ty Điện lực Quảng Ninh cho biết, riêng tháng 9/2024, sản lượng điện thương phẩm của tỉnh ước giảm khoảng 12% so với cùng kỳ do nhiều doanh nghiệp, cơ sở sản xuất phải ngừng hoạt động. Từ nay đến ngày 30/9, đơn vị tập trung thay thế dứt điểm số cột điện tạm, phấn đấu giảm thời gian mất điện bình quân quý IV/2024 xuống dưới 120 phút.

Người dân phát hiện sự cố lưới điện xin báo về đường dây nóng 0203.3835.246 hoặc Tổng đài 19006769.

Bình luận (0)"""

TK = P("Đến 18h ngày 12/9", end="2024-09-12")
TK17 = P("tính đến ngày 17/9", end="2024-09-17")
M9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

figs = [
    F("cho 100% khách hàng sau", "100", 100, "percent", "%", "khách hàng được khôi phục cấp điện"),
    F("toàn bộ 13 huyện", "13", 13, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố bị mất điện"),
    F("hơn 442 nghìn khách hàng", "442", 442000, "count", "khách hàng", "khách hàng bị mất điện",
      approx="over", percent=100),
    F("Hạ Long (hơn 118.000", "118.000", 118000, "count", "khách hàng", "khách hàng mất điện",
      approx="over", location="Hạ Long"),
    F("Cẩm Phả (gần 62.000", "62.000", 62000, "count", "khách hàng", "khách hàng mất điện",
      approx="nearly", location="Cẩm Phả"),
    F("Uông Bí (khoảng 41.500", "41.500", 41500, "count", "khách hàng", "khách hàng mất điện",
      approx="about", location="Uông Bí"),
    F("làm 1.628 cột", "1.628", 1628, "count", "cột điện", "cột điện trung, hạ áp bị gãy, đổ"),
    F("2.915 khoảng cột", "2.915", 2915, "count", "khoảng cột", "khoảng cột bị đứt dây"),
    F("836 trạm biến áp", "836", 836, "count", "trạm biến áp", "trạm biến áp bị hư hỏng"),
    F("112 trạm", "112", 112, "count", "trạm", "trạm biến áp bị đổ hoàn toàn", total=836),
    F("khoảng 350 tỷ đồng", "350", 350e9, "money", "đồng", "thiệt hại ban đầu về tài sản lưới điện",
      approx="about", status="estimate"),
    F("gần 3.500 cán bộ", "3.500", 3500, "count", "cán bộ, công nhân", "cán bộ, công nhân được huy động",
      approx="nearly"),
    F("từ 18 công ty", "18", 18, "count", "công ty điện lực", "công ty điện lực các tỉnh tham gia khắc phục"),
    F("260 xe", "260", 260, "count", "xe chuyên dụng", "xe chuyên dụng tham gia khắc phục"),
    F("có 350.120 khách hàng", "350.120", 350120, "count", "khách hàng", "khách hàng được cấp điện trở lại", TK,
      percent=79.2),
    F("17/9, 100% khách hàng", "100", 100, "percent", "%", "khách hàng đã được khôi phục cấp điện", TK17),
    F("dây 35 kV", "35", 35, "measure", "kV", optional=True),
    F("giảm khoảng 12%", "12", 12, "percent", "%", "sản lượng điện thương phẩm", M9,
      approx="about", status="estimate"),
    F("dưới 120 phút", "120", 120, "measure", "phút", "thời gian mất điện bình quân", Q4,
      approx="under", status="target"),
]

emit("p379-4", text, [
    "Báo Quảng Ninh (Party newspaper): mất điện và khôi phục cấp điện sau bão số 3 (Yagi), 9/2024. Byline + 'hh:mm, dd/mm/yyyy' dateline.",
    "'hơn 442 nghìn khách hàng, chiếm 100%' — count with its share. City list in brackets: each item a figure, city in location, no total (no cue).",
    "'trong đó 112 trạm' part of 836 trạm biến áp. 'ước tính khoảng 350 tỷ đồng' estimate. '18h ngày 12/9' as-of date (year from dateline).",
    "'ước giảm khoảng 12% so với cùng kỳ' is a growth rate standing as the claim: percent figure, no change. 'phấn đấu … dưới 120 phút' target.",
    "Distractors: 'bão số 3', 'ngày 7/9', '18h', 'Từ nay đến ngày 30/9', hotline numbers, 'Bình luận (0)'. '35 kV' (line class) optional.",
], figs, published="2024-09-19", location="Quảng Ninh")
