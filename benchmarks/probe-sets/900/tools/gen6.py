"""p900-6: national newspaper, guesthouses in Vũng Tàu over the 2/9/2024 holiday."""
from lib import F, P, I, C, T, write

TEXT = """Thứ ba, 3/9/2024, 10:20 (GMT+7)
Nhà nghỉ bình dân ở Vũng Tàu kín phòng dịp Quốc khánh

Trong kỳ nghỉ lễ Quốc khánh từ 31/8 đến 3/9, thành phố Vũng Tàu đón khoảng 420.000 lượt khách, tăng 18% so với dịp lễ năm ngoái; trong đó khách lưu trú đạt 135.000 lượt. Công suất phòng của các khách sạn từ 3 sao trở lên đạt 85-90%, còn nhà nghỉ, nhà trọ bình dân trên các tuyến Thùy Vân, Phan Chu Trinh, 3 Tháng 2 gần như kín phòng.

Chị Lê Thị Hoa, chủ một nhà nghỉ 18 phòng gần Bãi Sau, cho biết giá phòng ngày thường khoảng 350.000 đồng/đêm, dịp lễ tăng lên 600.000 đồng/đêm. Mức giá này gấp khoảng 1,7 lần ngày thường nhưng phòng vẫn được đặt kín từ ngày 28/8.

Theo Phòng Văn hóa và Thông tin thành phố, hiện Vũng Tàu có 1.540 cơ sở lưu trú với 23.600 phòng, trong đó hơn 1.100 nhà nghỉ, nhà trọ và homestay. 8 tháng năm 2024, doanh thu lưu trú ước đạt 3.820 tỷ đồng, bằng 71% kế hoạch năm.

Trong dịp lễ, Công an thành phố kiểm tra đột xuất 96 cơ sở lưu trú, xử lý 11 trường hợp không thông báo lưu trú cho khách, phạt tổng cộng 38 triệu đồng. Đường dây nóng của thành phố tiếp nhận 7 phản ánh về việc "chặt chém" giá phòng; qua xác minh, 3 cơ sở niêm yết giá không đúng quy định.

Ông Trần Văn Năm, Trưởng phòng Văn hóa và Thông tin, cho biết cả năm 2024 thành phố dự kiến đón 6,5 triệu lượt khách. Mục tiêu đến năm 2030, Vũng Tàu có thêm 5.000 phòng lưu trú đạt chuẩn từ 3 sao trở lên.

Hoàng Long
"""

HOL = P("kỳ nghỉ lễ Quốc khánh từ 31/8 đến 3/9", "2024-08-31", "2024-09-03")
HOLd = P("dịp lễ", "2024-08-31", "2024-09-03", inh=True)

FIGS = [
    F("khoảng 420.000 lượt khách", "420.000", 420000, "count", "lượt khách", "lượt khách", HOL, approx="about",
      change=C("increase", 18, "%", "dịp lễ năm ngoái")),
    F("đạt 135.000 lượt", "135.000", 135000, "count", "lượt", "khách lưu trú", HOL, total=420000),
    F("từ 3 sao trở lên đạt", "3", 3, "measure", "sao", "hạng sao khách sạn", approx="at_least", optional=True),
    F("đạt 85-90%", "85", 85, "percent", "%", "công suất phòng của các khách sạn từ 3 sao trở lên", I(HOL),
      value_max=90),
    F("nhà nghỉ 18 phòng", "18", 18, "count", "phòng", "phòng của nhà nghỉ", optional=True),
    F("khoảng 350.000 đồng/đêm", "350.000", 350000, "money", "đồng/đêm", "giá phòng ngày thường", approx="about"),
    F("lên 600.000 đồng/đêm", "600.000", 600000, "money", "đồng/đêm", "giá phòng dịp lễ", HOLd),
    F("gấp khoảng 1,7 lần", "1,7", 1.7, "multiple", "lần", "giá phòng dịp lễ so với ngày thường", approx="about"),
    F("có 1.540 cơ sở", "1.540", 1540, "count", "cơ sở lưu trú", "cơ sở lưu trú"),
    F("với 23.600 phòng", "23.600", 23600, "count", "phòng", "phòng của các cơ sở lưu trú"),
    F("hơn 1.100 nhà nghỉ", "1.100", 1100, "count", "nhà nghỉ, nhà trọ và homestay", "nhà nghỉ, nhà trọ và homestay",
      approx="over", total=1540),
    F("ước đạt 3.820 tỷ đồng", "3.820", 3820e9, "money", "đồng", "doanh thu lưu trú",
      P("8 tháng năm 2024", "2024-01-01", "2024-08-31"), percent=71, status="estimate"),
    F("đột xuất 96 cơ sở", "96", 96, "count", "cơ sở lưu trú", "cơ sở lưu trú được kiểm tra đột xuất", HOLd),
    F("xử lý 11 trường hợp", "11", 11, "count", "trường hợp", "trường hợp không thông báo lưu trú cho khách bị xử lý", HOLd),
    F("38 triệu đồng", "38", 38e6, "money", "đồng", "tiền phạt", HOLd),
    F("tiếp nhận 7 phản ánh", "7", 7, "count", "phản ánh", "phản ánh về việc chặt chém giá phòng", HOLd),
    F("xác minh, 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở niêm yết giá không đúng quy định", HOLd),
    F("đón 6,5 triệu lượt khách", "6,5", 6.5e6, "count", "lượt khách", "lượt khách",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="forecast"),
    F("thêm 5.000 phòng", "5.000", 5000, "count", "phòng", "phòng lưu trú đạt chuẩn từ 3 sao trở lên tăng thêm",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("chuẩn từ 3 sao trở lên", "3", 3, "measure", "sao", "hạng sao", approx="at_least", optional=True),
]

NOTES = [
    "p900-6: national newspaper (Thứ ba, 3/9/2024, 10:20 (GMT+7)), byline at the end; location thành phố Vũng Tàu.",
    "Holiday period 'từ 31/8 đến 3/9' (year from the dateline). Figures after 'Trong dịp lễ'/'dịp lễ' take those dates from another sentence: inherited.",
    "'tăng lên 600.000 đồng/đêm' is a new level, not a change. 'Mức giá này gấp khoảng 1,7 lần ngày thường' stands as its own sentence: multiple.",
    "'1.540 cơ sở lưu trú với 23.600 phòng, trong đó hơn 1.100 nhà nghỉ, nhà trọ và homestay': the whole counting the same thing is 1.540 (not 23.600 phòng).",
    "'từ 3 sao trở lên' thresholds optional. Distractors: tuyến '3 Tháng 2', 'ngày 28/8', 'Trần Văn Năm', time 10:20, GMT+7.",
]

if __name__ == "__main__":
    write("p900-6", TEXT, FIGS, NOTES, published="2024-09-03", location="Vũng Tàu")
