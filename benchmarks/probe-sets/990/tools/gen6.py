from lib import F, build, change, period

TEXT = """Du lịch
Chủ nhật, 15/9/2024, 07:30 (GMT+7)
Farmstay Đà Lạt kín phòng dịp cuối tuần
Nhiều nông trại trồng dâu tây, cà phê quanh Đà Lạt được cải tạo thành farmstay, giá phổ biến từ 800.000 đồng đến 1,5 triệu đồng một đêm, thường kín phòng vào thứ bảy, chủ nhật.

Trang trại của chị Lê Thị Hồng Nhung ở phường 7, TP Đà Lạt rộng 2,5 ha, trồng dâu tây và rau thủy canh, có 6 căn bungalow. Giá thuê từ 1,2 đến 1,8 triệu đồng mỗi đêm cho hai người, gồm bữa sáng và vé tham quan vườn. Công suất phòng bình quân 8 tháng đầu năm đạt 72%, riêng tháng 7 lên tới 90%.

Theo Sở Văn hóa, Thể thao và Du lịch Lâm Đồng, 8 tháng năm 2024 tỉnh đón khoảng 6,3 triệu lượt khách, tăng 7% so với cùng kỳ, trong đó khách quốc tế 243.000 lượt. Toàn tỉnh có 187 điểm du lịch nông nghiệp, gồm 64 điểm có dịch vụ lưu trú. So với năm 2019, số farmstay đã tăng gấp 3 lần. Tổng thu từ du lịch ước đạt 15.400 tỷ đồng.

Ông Phạm Minh Tâm, chủ nông trại cà phê ở huyện Lạc Dương, cho biết vốn đầu tư cho 10 phòng nghỉ khoảng 3 tỷ đồng, dự kiến hoàn vốn sau 4-5 năm. Khách trải nghiệm thu hoạch cà phê trả 150.000 đồng/lượt, mỗi tháng nông trại đón chừng 1.500 lượt.

Lâm Đồng đặt mục tiêu năm 2025 đón 9 triệu lượt khách, trong đó khách du lịch nông nghiệp chiếm 30%. Tỉnh cũng đang rà soát khoảng 1.000 công trình xây dựng trái phép trên đất nông nghiệp theo Quyết định số 2345/QĐ-UBND.

Phước Tuấn
"""

M8 = period("8 tháng năm 2024", "2024-01-01", "2024-08-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
FIGS = [
    F("từ 800.000 đồng", "800.000", 800000, "money", "đồng/đêm", "giá farmstay", value_max=1_500_000,
      location="Đà Lạt"),
    F("rộng 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích trang trại", location="Đà Lạt"),
    F("có 6 căn", "6", 6, "count", "căn bungalow", "căn bungalow", location="Đà Lạt"),
    F("từ 1,2 đến 1,8 triệu", "1,2", 1_200_000, "money", "đồng/đêm", "giá thuê bungalow", value_max=1_800_000,
      location="Đà Lạt"),
    F("cho hai người", "hai", 2, "count", "người", "số người mỗi phòng", location="Đà Lạt", optional=True),
    F("đạt 72%", "72", 72, "percent", "%", "công suất phòng bình quân", location="Đà Lạt",
      period=period("8 tháng đầu năm", "2024-01-01", "2024-08-31")),
    F("lên tới 90%", "90", 90, "percent", "%", "công suất phòng", location="Đà Lạt",
      period=period("tháng 7", "2024-07-01", "2024-07-31")),
    F("khoảng 6,3 triệu lượt khách", "6,3", 6_300_000, "count", "lượt khách", "lượt khách",
      approx="about", change=change("increase", 7, baseline="cùng kỳ"), period=M8),
    F("243.000 lượt", "243.000", 243000, "count", "lượt", "khách quốc tế", total=6_300_000, period=M8),
    F("có 187 điểm", "187", 187, "count", "điểm du lịch nông nghiệp", "điểm du lịch nông nghiệp"),
    F("gồm 64 điểm", "64", 64, "count", "điểm", "điểm có dịch vụ lưu trú", total=187),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "số farmstay so với năm 2019"),
    F("ước đạt 15.400 tỷ đồng", "15.400", 15400e9, "money", "đồng", "tổng thu từ du lịch", status="estimate",
      period={**M8, "inherited": True}),
    F("cho 10 phòng nghỉ", "10", 10, "count", "phòng nghỉ", "phòng nghỉ của nông trại cà phê", location="Lạc Dương"),
    F("khoảng 3 tỷ đồng", "3", 3e9, "money", "đồng", "vốn đầu tư cho phòng nghỉ", approx="about",
      location="Lạc Dương"),
    F("sau 4-5 năm", "4", 4, "measure", "năm", "thời gian hoàn vốn", value_max=5, status="forecast",
      location="Lạc Dương"),
    F("150.000 đồng/lượt", "150.000", 150000, "money", "đồng/lượt", "giá trải nghiệm thu hoạch cà phê",
      location="Lạc Dương"),
    F("chừng 1.500 lượt", "1.500", 1500, "count", "lượt", "lượt khách nông trại đón mỗi tháng", approx="about",
      location="Lạc Dương"),
    F("đón 9 triệu lượt khách", "9", 9e6, "count", "lượt khách", "lượt khách", status="target", period=Y25),
    F("chiếm 30%", "30", 30, "percent", "%", "tỷ trọng khách du lịch nông nghiệp", status="target", period=Y25),
    F("khoảng 1.000 công trình", "1.000", 1000, "count", "công trình",
      "công trình xây dựng trái phép trên đất nông nghiệp đang rà soát", approx="about"),
]

COMMENTS = [
    "National newspaper style, 'Chủ nhật, 15/9/2024, 07:30 (GMT+7)', byline 'Phước Tuấn' at the end. Province Lâm Đồng;",
    "the farm figures are Đà Lạt (sapo and chị Nhung's farm) or Lạc Dương (ông Tâm's farm).",
    "'từ 800.000 đồng đến 1,5 triệu đồng một đêm' is a range (value_max 1,5 triệu); 'cho hai người' is the offer's specification: optional.",
    "'8 tháng đầu năm' (no year) = 2024 from the dateline. 'So với năm 2019, số farmstay đã tăng gấp 3 lần' has no base amount: a multiple.",
    "'trong đó khách du lịch nông nghiệp chiếm 30%' is a share of a whole with no count of its own: a percent figure (target).",
    "revised after the first run: subject of 6,3 triệu lượt khách was 'lượt khách đến Lâm Đồng'; the province is its location, not its subject.",
    "Distractors: 'phường 7', 'Quyết định số 2345/QĐ-UBND', 'thứ bảy, chủ nhật', time '07:30 (GMT+7)', 'So với năm 2019'.",
]

if __name__ == "__main__":
    build("p990-6", TEXT, FIGS, COMMENTS, published="2024-09-15", location="Lâm Đồng")
