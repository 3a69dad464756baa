"""p1206-6: national newspaper: a charity fund hands over wheelchairs in Cần Thơ; city and national figures."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh

Thứ Bảy, 07/12/2024, 10:05 (GMT+7)

500 xe lăn đến với người khuyết tật nghèo ở Cần Thơ

Sáng 6/12, tại quận Ninh Kiều, Quỹ Vòng tay nhân ái phối hợp với Hội Chữ thập đỏ TP Cần Thơ trao 500 xe lăn, 80 xe lắc và 35 máy trợ thính cho người khuyết tật nghèo, trong đó có 74 em dưới 16 tuổi.

Mỗi xe lăn trị giá khoảng 3,2 triệu đồng, xe lắc 4,5 triệu đồng; tổng trị giá quà tặng hơn 2,3 tỷ đồng. Xe lăn loại mới nặng 13,5 kg, gấp gọn được, chịu tải tối đa 100 kg.

Ở huyện Thới Lai, 68 người được nhận xe lăn đợt này, gấp đôi năm ngoái. Bà Nguyễn Thị Nga (xã Trường Thắng) bị tai biến, liệt nửa người đã 3 năm; chiếc xe lăn mới giúp con gái chăm sóc bà dễ dàng hơn. "Trước đây muốn ra sân phải có hai người khiêng", chị Hồng, con gái bà, kể.

Theo Sở Lao động - Thương binh và Xã hội TP Cần Thơ, thành phố có khoảng 28.700 người khuyết tật, trong đó hơn 6.100 người khuyết tật vận động cần xe lăn hoặc dụng cụ hỗ trợ di chuyển. Từ đầu năm đến nay, các tổ chức đã tặng 1.130 xe lăn, xe lắc, đạt khoảng 18,5% nhu cầu.

Trên cả nước, theo Bộ Y tế, chỉ khoảng 30% người khuyết tật có nhu cầu được sử dụng phương tiện trợ giúp phù hợp. Năm 2025, quỹ dự kiến mở rộng chương trình ra 5 tỉnh Đồng bằng sông Cửu Long; riêng Cần Thơ dự kiến nhận thêm khoảng 600 xe lăn.

Ngọc Tài
"""

DAY = P("Sáng 6/12", "2024-12-06", "2024-12-06")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-12-07")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("500 xe lăn đến", "500", 500, "count", "xe lăn", subject="xe lăn trao cho người khuyết tật nghèo"),
    F("trao 500 xe lăn", "500", 500, "count", "xe lăn", subject="xe lăn trao cho người khuyết tật nghèo", period=DAY),
    F("80 xe lắc", "80", 80, "count", "xe lắc", subject="xe lắc trao cho người khuyết tật nghèo", period=DAY),
    F("35 máy trợ thính", "35", 35, "count", "máy trợ thính",
      subject="máy trợ thính trao cho người khuyết tật nghèo", period=DAY),
    F("có 74 em", "74", 74, "count", "em", subject="trẻ em dưới 16 tuổi được nhận quà", period=DAY),
    F("dưới 16 tuổi", "16", 16, "measure", "tuổi", approx="under", optional=True, subject="độ tuổi"),
    F("khoảng 3,2 triệu", "3,2", 3200000, "money", "đồng/xe lăn", approx="about",
      subject="trị giá mỗi xe lăn", period=I(DAY)),
    F("xe lắc 4,5 triệu", "4,5", 4500000, "money", "đồng/xe lắc", subject="trị giá mỗi xe lắc", period=I(DAY)),
    F("hơn 2,3 tỷ", "2,3", 2300000000, "money", "đồng", approx="over",
      subject="tổng trị giá quà tặng", period=I(DAY)),
    F("nặng 13,5 kg", "13,5", 13.5, "measure", "kg", subject="trọng lượng xe lăn loại mới"),
    F("tối đa 100 kg", "100", 100, "measure", "kg", approx="at_most", subject="tải trọng xe lăn loại mới"),
    F("68 người", "68", 68, "count", "người", change=C("increase", 2, "lần", "năm ngoái"),
      subject="người được nhận xe lăn đợt này", period=I(DAY), location="Thới Lai"),
    F("đã 3 năm", "3", 3, "measure", "năm", optional=True, subject="thời gian liệt nửa người",
      location="Thới Lai"),
    F("có hai người", "hai", 2, "count", "người", optional=True, subject="người khiêng", location="Thới Lai"),
    F("khoảng 28.700", "28.700", 28700, "count", "người khuyết tật", approx="about", subject="người khuyết tật"),
    F("hơn 6.100", "6.100", 6100, "count", "người khuyết tật", approx="over", total=28700,
      subject="người khuyết tật vận động cần xe lăn hoặc dụng cụ hỗ trợ di chuyển"),
    F("tặng 1.130 xe lăn", "1.130", 1130, "count", "xe lăn, xe lắc", percent=18.5,
      subject="xe lăn, xe lắc các tổ chức đã tặng", period=YTD),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about", location="Việt Nam",
      subject="tỷ lệ người khuyết tật có nhu cầu được sử dụng phương tiện trợ giúp phù hợp"),
    F("ra 5 tỉnh", "5", 5, "count", "tỉnh", status="forecast", location="Việt Nam",
      subject="tỉnh Đồng bằng sông Cửu Long được mở rộng chương trình", period=Y25),
    F("khoảng 600 xe lăn", "600", 600, "count", "xe lăn", approx="about", status="forecast",
      subject="xe lăn Cần Thơ nhận thêm", period=Y25),
]

NOTES = [
    "National newspaper: 'Thứ Bảy, 07/12/2024, 10:05 (GMT+7)' (published), byline at the end. Default location Cần Thơ.",
    "Venue 'quận Ninh Kiều' is where the hand-over took place, not the place the figures describe (recipients city-wide): Cần Thơ.",
    "Distractors: '(GMT+7)', time 10:05, 'Sáng 6/12' (the hand-over date: period), 'năm ngoái' (baseline).",
    "'trong đó có 74 em' follows counts of devices, not of people: no total (the whole must count the same thing).",
    "'xe lắc 4,5 triệu đồng' after 'Mỗi xe lăn trị giá khoảng 3,2 triệu': 'khoảng' stays with 3,2; per-item units đồng/xe lăn, đồng/xe lắc.",
    "'gấp đôi năm ngoái' after 68 người -> change increase 2 lần. Thới Lai passage -> location Thới Lai.",
    "'đã 3 năm', 'dưới 16 tuổi', 'hai người khiêng' (a quote) optional. 'đạt khoảng 18,5% nhu cầu' -> percent of 1.130.",
    "'Trên cả nước' and '5 tỉnh' (a count of provinces) -> Việt Nam; 'riêng Cần Thơ ... khoảng 600' -> Cần Thơ.",
]

if __name__ == "__main__":
    write("p1206-6", TEXT, NOTES, FIGS, published="2024-12-07", location="Cần Thơ")
