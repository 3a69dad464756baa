"""p949-8: Báo Sóc Trăng online, headline figure and '(STO) -' tag: 9 months of cajuput planting (21/10/2024)."""
from lib import F, period, change, year, write

TEXT = """Báo Sóc Trăng Online
Kinh tế › Nông nghiệp
9 tháng, trồng mới 215 ha rừng tràm
Cập nhật lúc 15:30, Thứ hai, 21/10/2024

(STO) - Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, toàn tỉnh trồng được 215 ha rừng tràm, đạt 86% kế hoạch năm, tăng 12,6% so với cùng kỳ; trong đó huyện Mỹ Tú 128 ha, huyện Châu Thành 52 ha và thị xã Ngã Năm 35 ha. Riêng quý III/2024, toàn tỉnh trồng được 74 ha.

Diện tích rừng tràm tập trung của tỉnh hiện khoảng 2.450 ha, chủ yếu tại Khu rừng tràm Mỹ Phước (huyện Mỹ Tú) với 1.830 ha. Cũng trong 9 tháng, các hộ dân đã khai thác 168 ha tràm đến tuổi, sản lượng khoảng 1,9 triệu cây cừ; giá cừ tràm loại 1 dao động 25.000-30.000 đồng/cây.

Nghề nuôi ong gác kèo dưới tán rừng tràm cũng mang lại thu nhập ổn định cho người dân: mỗi năm 1 ha rừng tràm cho khoảng 40-50 lít mật ong, giá bán 250.000 đồng/lít.

Công tác phòng cháy, chữa cháy rừng được duy trì thường xuyên với 46 tổ đội và 18 chòi canh dọc Tỉnh lộ 939; từ đầu năm đến nay không xảy ra cháy rừng. Tổng kinh phí PCCCR năm 2024 là 1,65 tỷ đồng, bằng 110% so với năm 2023.

Dự kiến cả năm 2024, toàn tỉnh trồng mới khoảng 250 ha, đạt 100% kế hoạch. Năm 2025, tỉnh phấn đấu trồng mới 300 ha rừng tràm; đến năm 2030 nâng diện tích rừng tràm tập trung lên 3.000 ha.

THANH TÂM
"""

M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
PLANT = "diện tích rừng tràm trồng mới"

FIGS = [
    F("trồng mới 215 ha rừng tràm", "215", 215, "measure", "ha", subject=PLANT,
      period=period("9 tháng", "2024-01-01", "2024-09-30")),
    F("trồng được 215 ha", "215", 215, "measure", "ha", percent=86,
      change=change("increase", 12.6, "%", "cùng kỳ"), subject=PLANT, period=M9),
    F("Mỹ Tú 128 ha", "128", 128, "measure", "ha", total=215, subject=PLANT, period=M9, location="Mỹ Tú"),
    F("Châu Thành 52 ha", "52", 52, "measure", "ha", total=215, subject=PLANT, period=M9, location="Châu Thành"),
    F("Ngã Năm 35 ha", "35", 35, "measure", "ha", total=215, subject=PLANT, period=M9, location="Ngã Năm"),
    F("trồng được 74 ha", "74", 74, "measure", "ha", subject=PLANT,
      period=period("quý III/2024", "2024-07-01", "2024-09-30")),
    F("khoảng 2.450 ha", "2.450", 2450, "measure", "ha", approx="about", subject="diện tích rừng tràm tập trung"),
    F("với 1.830 ha", "1.830", 1830, "measure", "ha", subject="diện tích Khu rừng tràm Mỹ Phước",
      location="Mỹ Tú"),
    F("khai thác 168 ha", "168", 168, "measure", "ha", subject="diện tích tràm đến tuổi khai thác",
      period=period("9 tháng", "2024-01-01", "2024-09-30")),
    F("khoảng 1,9 triệu cây cừ", "1,9", 1.9e6, "count", "cây cừ", approx="about", subject="sản lượng cừ tràm",
      period=period("9 tháng", "2024-01-01", "2024-09-30")),
    F("dao động 25.000-30.000 đồng/cây", "25.000", 25000, "money", "đồng/cây", value_max=30000,
      subject="giá cừ tràm loại 1", period=period("9 tháng", "2024-01-01", "2024-09-30")),
    F("khoảng 40-50 lít", "40", 40, "measure", "lít/ha/năm", approx="about", value_max=50,
      subject="sản lượng mật ong nuôi ong gác kèo dưới tán rừng tràm"),
    F("bán 250.000 đồng/lít", "250.000", 250000, "money", "đồng/lít", subject="giá bán mật ong"),
    F("với 46 tổ đội", "46", 46, "count", "tổ đội", subject="tổ đội phòng cháy, chữa cháy rừng"),
    F("18 chòi canh", "18", 18, "count", "chòi canh", subject="chòi canh"),
    F("là 1,65 tỷ đồng", "1,65", 1.65e9, "money", "đồng", percent=110, subject="tổng kinh phí PCCCR",
      period=year(2024, "năm 2024")),
    F("khoảng 250 ha", "250", 250, "measure", "ha", approx="about", percent=100, status="forecast",
      subject=PLANT, period=year(2024, "cả năm 2024")),
    F("trồng mới 300 ha", "300", 300, "measure", "ha", status="target", subject=PLANT,
      period=year(2025, "Năm 2025")),
    F("lên 3.000 ha", "3.000", 3000, "measure", "ha", status="target", subject="diện tích rừng tràm tập trung",
      period=period("đến năm 2030", None, "2030-12-31")),
]

NOTES = [
    "Báo Sóc Trăng online, '(STO) -' tag, headline '9 tháng, trồng mới 215 ha rừng tràm', 'Cập nhật lúc 15:30, Thứ hai, 21/10/2024'.",
    "Distractors: time and date, '(STO)', 'loại 1' (a grade), 'Tỉnh lộ 939', 'Ngã Năm' (a place named with a number word), byline.",
    "Headline figure counted on its own; its '9 tháng' takes the year of the dateline (2024).",
    "'trong đó huyện Mỹ Tú 128 ha, …' parts add up to 215 → total 215. 'Riêng quý III/2024 … 74 ha' is a different period: no total.",
    "'chủ yếu tại … với 1.830 ha' has no part-of cue: no total.",
    "'mỗi năm 1 ha rừng tràm cho khoảng 40-50 lít' is a rate; '1 ha' is its denominator (not a figure): unit lít/ha/năm.",
    "'bằng 110% so với năm 2023' after the amount is its percent. 'đạt 100% kế hoạch' after 250 ha is its percent.",
    "'Dự kiến cả năm 2024' → forecast; 'phấn đấu', 'đến năm 2030 nâng … lên' → target.",
    "'Cũng trong 9 tháng' governs the clause after ';' (giá cừ, same sentence): period 9 months 2024.",
]

write("p949-8", TEXT, NOTES, FIGS, published="2024-10-21", location="Sóc Trăng")
