"""p679-6: national press (VnExpress style): Sầm Sơn peak weekend, rescues, touting fines, vendors."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Du lịch
Chủ nhật, 30/6/2024, 18:45 (GMT+7)

Sầm Sơn đón hơn 120.000 khách ngày cuối tuần, cứu 11 người đuối nước

Thanh Hóa - Ngày 29/6, thành phố biển Sầm Sơn đón hơn 120.000 lượt khách, cao nhất từ đầu mùa; bãi tắm dài 6 km kín người từ sáng sớm đến tối.

Ông Lê Văn Hùng, Chủ tịch UBND TP Sầm Sơn, cho biết 6 tháng đầu năm thành phố đón 4,8 triệu lượt khách, tăng 9% so với cùng kỳ, doanh thu du lịch ước 6.850 tỷ đồng. Để bảo đảm an toàn, thành phố bố trí 23 chòi cứu hộ với 146 nhân viên, bình quân hơn 6 nhân viên/chòi.

Trong hai ngày cuối tuần, lực lượng cứu hộ đã cứu 11 người bị sóng cuốn, trong đó có 7 trẻ em. Một du khách 45 tuổi quê Hà Nội bị đuối nước được đưa vào cấp cứu kịp thời.

Về tình trạng chèo kéo khách, từ đầu tháng 5 đến nay, thành phố đã xử phạt 64 trường hợp với tổng số tiền 238 triệu đồng, gấp 1,6 lần cùng kỳ năm ngoái. Hiện Sầm Sơn có 1.420 hộ kinh doanh trên bãi biển được cấp phép, gồm 860 ki-ốt và 560 người bán hàng rong có thẻ. Giá thuê ghế, ô dù được niêm yết 30.000-50.000 đồng/lượt.

Dịp nghỉ lễ Quốc khánh 2/9 tới, thành phố dự kiến đón khoảng 350.000 lượt khách. Du khách cần hỗ trợ có thể gọi đường dây nóng 0237.3821.215 hoặc đến Trạm cứu hộ trung tâm trên đại lộ Nam Sông Mã, cách Quốc lộ 47 khoảng 300 m.

Lê Hoàng
"""

D29 = P("Ngày 29/6", "2024-06-29", "2024-06-29")
H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
M5 = P("từ đầu tháng 5 đến nay", "2024-05-01", "2024-06-30")

FIGS = [
    F("đón hơn 120.000 khách", "120.000", 120000, "count", "khách", "khách Sầm Sơn đón ngày cuối tuần",
      approx="over"),
    F("cứu 11 người đuối nước", "11", 11, "count", "người", "người đuối nước được cứu"),
    F("đón hơn 120.000 lượt khách", "120.000", 120000, "count", "lượt khách", "lượt khách thành phố biển Sầm Sơn đón",
      D29, approx="over"),
    F("dài 6 km", "6", 6, "measure", "km", "bãi tắm"),
    F("đón 4,8 triệu lượt", "4,8", 4800000, "count", "lượt khách", "lượt khách thành phố đón", H6,
      change=CH("increase", 9, "%", "cùng kỳ")),
    F("ước 6.850 tỷ đồng", "6.850", 6850000000000, "money", "đồng", "doanh thu du lịch", H6, status="estimate"),
    F("bố trí 23 chòi", "23", 23, "count", "chòi cứu hộ", "chòi cứu hộ thành phố bố trí"),
    F("với 146 nhân viên", "146", 146, "count", "nhân viên", "nhân viên cứu hộ"),
    F("hơn 6 nhân viên/chòi", "6", 6, "measure", "nhân viên/chòi", "nhân viên cứu hộ bình quân mỗi chòi",
      approx="over"),
    F("cứu 11 người bị sóng cuốn", "11", 11, "count", "người", "người bị sóng cuốn được lực lượng cứu hộ cứu"),
    F("có 7 trẻ em", "7", 7, "count", "trẻ em", "trẻ em bị sóng cuốn được cứu", total=11),
    F("du khách 45 tuổi", "45", 45, "measure", "tuổi", "tuổi du khách bị đuối nước", optional=True),
    F("phạt 64 trường hợp", "64", 64, "count", "trường hợp", "trường hợp chèo kéo khách bị xử phạt", M5),
    F("tiền 238 triệu đồng", "238", 238000000, "money", "đồng", "tổng số tiền phạt chèo kéo khách", M5,
      change=CH("increase", 1.6, "lần", "cùng kỳ năm ngoái")),
    F("có 1.420 hộ", "1.420", 1420, "count", "hộ kinh doanh", "hộ kinh doanh trên bãi biển được cấp phép"),
    F("gồm 860 ki-ốt", "860", 860, "count", "ki-ốt", "ki-ốt kinh doanh trên bãi biển được cấp phép", total=1420),
    F("và 560 người", "560", 560, "count", "người bán hàng rong", "người bán hàng rong có thẻ", total=1420),
    F("niêm yết 30.000-50.000", "30.000", 30000, "money", "đồng/lượt", "giá thuê ghế, ô dù niêm yết",
      value_max=50000),
    F("khoảng 350.000 lượt", "350.000", 350000, "count", "lượt khách", "lượt khách thành phố dự kiến đón dịp nghỉ lễ Quốc khánh",
      approx="about", status="forecast"),
    F("khoảng 300 m", "300", 300, "measure", "m", "khoảng cách từ Trạm cứu hộ trung tâm đến Quốc lộ 47",
      approx="about", optional=True),
]

COMMENTS = [
    "National press (VnExpress style): 'Chủ nhật, 30/6/2024, 18:45 (GMT+7)', place tag 'Thanh Hóa -', byline at the end. Sầm Sơn peak weekend.",
    "Location Sầm Sơn (a provincial city, district level, named throughout); 'quê Hà Nội' is the tourist's home, not the figure's place.",
    "Not figures: (GMT+7), 18:45, dates 29/6 and 2/9, hotline 0237.3821.215, Quốc lộ 47 (a road name).",
    "'gấp 1,6 lần cùng kỳ năm ngoái' right after 238 triệu đồng -> its change (increase, 1,6 lần), not a multiple figure of its own.",
    "'gồm 860 ki-ốt và 560 người bán hàng rong' adds up to 1.420 -> totals. 'Trong hai ngày cuối tuần' and 'Dịp nghỉ lễ Quốc khánh 2/9 tới' have no",
    "computable span in the text: no period. Optional: the tourist's age (45 tuổi, cf. 'dưới 1 tuổi' optional in h24) and the 300 m distance in an address.",
]

if __name__ == "__main__":
    emit("p679-6", TEXT, COMMENTS, FIGS, published="2024-06-30", location="Sầm Sơn")
