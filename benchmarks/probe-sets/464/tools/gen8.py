from lib import emit, F, P, ch
TEXT = """Kinh Môn, Chí Linh khẩn trương khôi phục vùng cá lồng sau bão

(BHD) - Cơn bão số 3 (Yagi) và đợt lũ trên sông Kinh Thầy, sông Thái Bình đầu tháng 9/2024 đã gây thiệt hại nặng nề nhất từ trước đến nay cho nghề nuôi cá lồng của tỉnh Hải Dương.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh có 2.350 lồng cá bị thiệt hại, chiếm gần 60% tổng số lồng nuôi trên sông; khoảng 1,7 nghìn tấn cá bị chết và cuốn trôi. Thiệt hại tập trung tại thị xã Kinh Môn (1.020 lồng), thành phố Chí Linh (780 lồng), huyện Nam Sách (310 lồng) và huyện Thanh Hà (240 lồng). Tổng giá trị thiệt hại ước khoảng 190 tỷ đồng. Theo Bộ Nông nghiệp và PTNT, cả nước có hơn 9.500 lồng nuôi thủy sản bị thiệt hại do bão số 3; Hải Dương đứng thứ 2 sau Quảng Ninh.

Trước bão, toàn tỉnh có khoảng 3.950 lồng nuôi cá trên sông. Năm 2023, sản lượng cá lồng đạt 7.800 tấn, giá trị trên 460 tỷ đồng; riêng vùng cá lồng Kinh Môn cho thu nhập từ 150 đến 200 triệu đồng/lồng/năm.

Để giúp người nuôi tái đàn, UBND tỉnh đã xuất cấp 25 tấn cá giống và 180 tấn thức ăn; ngân hàng cho 142 hộ nuôi cá lồng vay ưu đãi tổng cộng 38,6 tỷ đồng. Toàn tỉnh chỉ có 86 hộ mua bảo hiểm cho lồng cá, số tiền bồi thường dự kiến gần 4,5 tỷ đồng.

Tính đến ngày 15/10/2024, đã có 1.260 lồng được sửa chữa, thả nuôi lại, đạt 53,6% số lồng bị thiệt hại. Tỉnh phấn đấu đến hết quý I/2025 khôi phục 100% số lồng, đồng thời sắp xếp lại vùng nuôi, không để lồng bè cản trở dòng chảy.

Anh Nguyễn Văn Hưng ở phường Phú Thứ (Kinh Môn) có 12 lồng bị cuốn trôi hoàn toàn, thiệt hại gần 900 triệu đồng. "Sau 15 năm làm nghề, đây là lần đầu tôi mất trắng", anh Hưng nói.

THÀNH TRUNG
"""
sep_i = P("đầu tháng 9/2024", "2024-09-01", "2024-09-30", inherited=True)
y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
asof = P("Tính đến ngày 15/10/2024", None, "2024-10-15")
FIGS = [
    F("có 2.350 lồng", "2.350", 2350, "count", "lồng", "lồng cá bị thiệt hại", percent=60, period=sep_i),
    F("khoảng 1,7 nghìn tấn", "1,7", 1700, "measure", "tấn", "cá bị chết và cuốn trôi", approx="about", period=sep_i),
    F("Kinh Môn (1.020 lồng)", "1.020", 1020, "count", "lồng", "lồng cá bị thiệt hại", location="Kinh Môn", period=sep_i),
    F("Chí Linh (780 lồng)", "780", 780, "count", "lồng", "lồng cá bị thiệt hại", location="Chí Linh", period=sep_i),
    F("Nam Sách (310 lồng)", "310", 310, "count", "lồng", "lồng cá bị thiệt hại", location="Nam Sách", period=sep_i),
    F("Thanh Hà (240 lồng)", "240", 240, "count", "lồng", "lồng cá bị thiệt hại", location="Thanh Hà", period=sep_i),
    F("khoảng 190 tỷ đồng", "190", 190000000000, "money", "đồng", "tổng giá trị thiệt hại", approx="about",
      status="estimate", period=sep_i),
    F("hơn 9.500 lồng", "9.500", 9500, "count", "lồng", "lồng nuôi thủy sản bị thiệt hại do bão số 3", approx="over",
      location="Việt Nam"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "lồng nuôi thủy sản bị thiệt hại do bão số 3"),
    F("khoảng 3.950 lồng", "3.950", 3950, "count", "lồng", "lồng nuôi cá trên sông", approx="about"),
    F("đạt 7.800 tấn", "7.800", 7800, "measure", "tấn", "sản lượng cá lồng", period=y23),
    F("trên 460 tỷ đồng", "460", 460000000000, "money", "đồng", "giá trị sản lượng cá lồng", approx="over", period=y23),
    F("từ 150 đến 200 triệu đồng/lồng/năm", "150", 150000000, "money", "đồng/lồng/năm", "thu nhập vùng cá lồng Kinh Môn",
      value_max=200000000, location="Kinh Môn", period=y23),
    F("cấp 25 tấn", "25", 25, "measure", "tấn", "cá giống xuất cấp"),
    F("180 tấn", "180", 180, "measure", "tấn", "thức ăn xuất cấp"),
    F("cho 142 hộ", "142", 142, "count", "hộ", "hộ nuôi cá lồng được vay ưu đãi"),
    F("tổng cộng 38,6 tỷ đồng", "38,6", 38600000000, "money", "đồng", "vốn vay ưu đãi"),
    F("có 86 hộ", "86", 86, "count", "hộ", "hộ mua bảo hiểm cho lồng cá"),
    F("gần 4,5 tỷ đồng", "4,5", 4500000000, "money", "đồng", "số tiền bồi thường bảo hiểm", approx="nearly",
      status="forecast"),
    F("có 1.260 lồng", "1.260", 1260, "count", "lồng", "lồng được sửa chữa, thả nuôi lại", percent=53.6, period=asof),
    F("khôi phục 100% số lồng", "100", 100, "percent", "%", "số lồng được khôi phục", status="target",
      period=P("đến hết quý I/2025", None, "2025-03-31")),
    F("có 12 lồng", "12", 12, "count", "lồng", "lồng bị cuốn trôi hoàn toàn", location="Kinh Môn"),
    F("gần 900 triệu đồng", "900", 900000000, "money", "đồng", "thiệt hại", approx="nearly", location="Kinh Môn"),
    F("Sau 15 năm", "15", 15, "measure", "năm", "thời gian làm nghề", optional=True, location="Kinh Môn"),
]
COMMENTS = [
    "Báo Hải Dương ((BHD) tag; Party newspaper): cage-fish losses on the Kinh Thầy / Thái Bình rivers after storm Yagi, Sept 2024.",
    "No dateline at all (byline only): no `published`. Location Hải Dương (named, and the BHD tag); districts in brackets take their place.",
    "Distractors: 'bão số 3' (storm name), 'đầu tháng 9/2024', 'ngày 15/10/2024', 'quý I/2025' (periods), 'lần đầu', person's name.",
    "'chiếm gần 60% tổng số lồng' is the percent of 2.350 lồng (the approx 'gần' belongs to the share, not to the count).",
    "The district breakdown stands in the next sentence without a part-of cue ('Thiệt hại tập trung tại …'): no total, though it adds up.",
    "The damage paragraph takes 'đầu tháng 9/2024' from the lead (inherited). 'cả nước … hơn 9.500 lồng' is a national figure (Việt Nam);",
    "'Hải Dương đứng thứ 2' is the province's rank. '3.950 lồng' (before the storm) has no dated period; 'Năm 2023' governs its sentence.",
    "'dự kiến gần 4,5 tỷ đồng' is a forecast. '1.260 lồng …, đạt 53,6% số lồng bị thiệt hại': percent 53.6 (no a/b form, no total).",
    "'Sau 15 năm làm nghề' (a quoted career length) is optional. The farmer's figures are in Kinh Môn.",
]
emit(8, TEXT, COMMENTS, FIGS, location="Hải Dương")
