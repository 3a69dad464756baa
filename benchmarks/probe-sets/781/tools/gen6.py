"""p781-6: national press (VnExpress-style) - night turtle-watching tours at Côn Đảo."""
from lib import F, P, I, CH, emit

TEXT = """Du lịch › Điểm đến

Thứ hai, 9/9/2024, 07:00 (GMT+7)

Xem rùa đẻ ở Côn Đảo: khách chi gần 2 triệu đồng, thức đến 3 giờ sáng

Mỗi đêm, Hòn Bảy Cạnh chỉ đón tối đa 20 khách xem rùa mẹ lên bãi đẻ trứng, giá tour trọn gói từ 1,8 đến 2,5 triệu đồng mỗi người.

Theo Vườn quốc gia Côn Đảo, từ tháng 5 đến hết tháng 8/2024, chương trình "Đêm xem rùa" đã đón 1.862 lượt khách, tăng 23% so với cùng kỳ năm ngoái; doanh thu đạt khoảng 3,6 tỷ đồng. Khách quốc tế chiếm 41%, chủ yếu đến từ Pháp, Đức và Australia. Vào cao điểm tháng 7, số khách đăng ký gấp 3 lần sức chứa, nhiều đoàn phải chờ 2-3 tuần.

Đại diện Vườn quốc gia Côn Đảo cho biết, khoảng 70% nguồn thu từ tour được dùng cho công tác bảo tồn, như mua 40 lồng ấp và trả thù lao cho 26 kiểm lâm viên trực bãi. Tính đến cuối tháng 8, Côn Đảo đã ghi nhận khoảng 1.100 ổ trứng và thả hơn 80.000 rùa con về biển.

Rùa mẹ thường lên bãi từ 21h đến 3h sáng hôm sau, mỗi lần đẻ 80-120 trứng. Du khách phải giữ khoảng cách, không chiếu đèn pin, không chạm vào rùa; chỉ kiểm lâm mới được đo, gắn thẻ cho rùa mẹ.

Anh Trần Minh Khoa, du khách từ TP HCM, kể đã ngồi trên bãi gần 4 tiếng để chờ một con vích nặng chừng 100 kg đào hố, đẻ trứng rồi trở về biển. "Đó là trải nghiệm đáng giá nhất của chuyến đi, dù phải đi tàu hơn một tiếng từ cảng Bến Đầm", anh nói.

Ngọc Thành
"""

SUMMER = P("từ tháng 5 đến hết tháng 8/2024", "2024-05-01", "2024-08-31")
ASOF = P("Tính đến cuối tháng 8", None, "2024-08-31")

FIGS = [
    F("gần 2 triệu", "2", 2_000_000, "money", "đồng", "khách chi để xem rùa đẻ ở Côn Đảo", approx="nearly"),
    F("tối đa 20 khách", "20", 20, "count", "khách", "khách xem rùa mẹ lên bãi đẻ trứng mỗi đêm tại Hòn Bảy Cạnh",
      approx="at_most"),
    F("từ 1,8 đến 2,5 triệu", "1,8", 1_800_000, "money", "đồng/người", "giá tour trọn gói", value_max=2_500_000),
    F("đón 1.862 lượt", "1.862", 1862, "count", "lượt khách", "lượt khách chương trình \"Đêm xem rùa\" đã đón", SUMMER,
      change=CH("increase", 23, "%", "cùng kỳ năm ngoái")),
    F("khoảng 3,6 tỷ", "3,6", 3_600_000_000, "money", "đồng", "doanh thu", SUMMER, approx="about"),
    F("chiếm 41%", "41", 41, "percent", "%", "khách quốc tế", I(SUMMER)),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "số khách đăng ký so với sức chứa",
      P("tháng 7", "2024-07-01", "2024-07-31")),
    F("chờ 2-3 tuần", "2", 2, "measure", "tuần", "thời gian nhiều đoàn phải chờ", value_max=3),
    F("khoảng 70%", "70", 70, "percent", "%", "nguồn thu từ tour được dùng cho công tác bảo tồn", approx="about"),
    F("mua 40 lồng", "40", 40, "count", "lồng ấp", "lồng ấp mua"),
    F("cho 26 kiểm", "26", 26, "count", "kiểm lâm viên", "kiểm lâm viên trực bãi"),
    F("khoảng 1.100 ổ", "1.100", 1100, "count", "ổ trứng", "ổ trứng ghi nhận", ASOF, approx="about"),
    F("hơn 80.000 rùa", "80.000", 80000, "count", "rùa con", "rùa con thả về biển", ASOF, approx="over"),
    F("đẻ 80-120 trứng", "80", 80, "count", "trứng", "trứng mỗi lần rùa mẹ đẻ", value_max=120),
    F("gần 4 tiếng", "4", 4, "measure", "tiếng", "thời gian ngồi chờ trên bãi", approx="nearly"),
    F("chừng 100 kg", "100", 100, "measure", "kg", "vích nặng", approx="about"),
    F("hơn một tiếng", "một", 1, "measure", "tiếng", "thời gian đi tàu từ cảng Bến Đầm", approx="over", optional=True),
]

COMMENTS = [
    "National press (VnExpress style): night turtle-watching tours at Hòn Bảy Cạnh, Côn Đảo. Dateline 'Thứ hai, 9/9/2024, 07:00 (GMT+7)'.",
    "Location 'Côn Đảo' throughout (a tourist 'từ TP HCM' does not move the figures). '3 giờ sáng', 'từ 21h đến 3h sáng' are times of day.",
    "'từ 1,8 đến 2,5 triệu đồng mỗi người' is a money range with the rate in the unit (đồng/người). 'gấp 3 lần sức chứa' stands alone: multiple.",
    "'từ tháng 5 đến hết tháng 8/2024' = 2024-05-01..2024-08-31; 'Tính đến cuối tháng 8' (year from the earlier period) ends 2024-08-31;",
    "'cao điểm tháng 7' is July 2024. 'Khách quốc tế chiếm 41%' is a share standing alone (its own sentence): percent figure.",
    "'chờ 2-3 tuần', 'gần 4 tiếng', '80-120 trứng', 'chừng 100 kg' are stated facts (measures/counts); 'hơn một tiếng' (travel time in a",
    "quote) is optional.",
]

if __name__ == "__main__":
    emit("p781-6", TEXT, COMMENTS, FIGS, published="2024-09-09", location="Côn Đảo")
