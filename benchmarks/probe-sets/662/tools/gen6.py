"""p662-6: national press — TP HCM: noise in Bùi Viện, plan for new night streets (2024)."""
from lib import F, P, I, CH, emit

TEXT = """Thứ bảy, 14/9/2024, 08:30 (GMT+7)

TP HCM dự kiến mở thêm 7 tuyến phố đêm

Thành phố lên kế hoạch hình thành thêm các tuyến phố đêm, trong khi phố Tây Bùi Viện vẫn nhức nhối chuyện tiếng ồn.

Phố đi bộ Bùi Viện ở trung tâm thành phố dài khoảng 800 m, hiện có 160 cơ sở kinh doanh, trong đó 42 quán bar, vũ trường. Mỗi tối cuối tuần, tuyến phố đón 15.000-20.000 lượt khách, khoảng 60% là khách nước ngoài.

Từ đầu năm đến nay, cơ quan chức năng nhận hơn 210 đơn, thư phản ánh về tiếng ồn tại khu vực này, tăng 35% so với cùng kỳ năm ngoái. Kết quả đo lúc 23h ngày 24/8 cho thấy độ ồn lên tới 92 dBA, trong khi mức cho phép ban đêm theo QCVN 26:2010/BTNMT là 55 dBA. Trong tháng 8, UBND quận 1 đã xử phạt 27 cơ sở với tổng số tiền 642 triệu đồng.

Phố ẩm thực Vĩnh Khánh (quận 4) với khoảng 120 quán ăn cũng đón bình quân 5.000 lượt khách mỗi tối, 30% trong số đó là khách quốc tế.

Theo đề án Sở Du lịch vừa trình UBND thành phố, giai đoạn 2024-2025 TP HCM dự kiến mở thêm 7 tuyến phố đêm, trong đó 3 tuyến ở TP Thủ Đức; tổng vốn đầu tư khoảng 1.200 tỷ đồng. Mục tiêu đến năm 2030, doanh thu kinh tế đêm đóng góp 30% doanh thu du lịch thành phố.

"Phố đêm phải đi kèm quy định rõ về giờ giấc, âm thanh và vệ sinh", bà Nguyễn Thị Ánh Hoa, Giám đốc Sở Du lịch, nói.

Lê Tuyết
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-14")
AUG = P("Trong tháng 8", "2024-08-01", "2024-08-31")
G = P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("mở thêm 7 tuyến phố đêm\n", "7", 7, "count", "tuyến phố đêm", "tuyến phố đêm mở thêm", status="forecast"),
    F("khoảng 800 m", "800", 800, "measure", "m", "chiều dài phố đi bộ Bùi Viện", approx="about"),
    F("có 160 cơ sở", "160", 160, "count", "cơ sở kinh doanh", "cơ sở kinh doanh phố đi bộ Bùi Viện"),
    F("trong đó 42 quán", "42", 42, "count", "quán bar, vũ trường", "quán bar, vũ trường", total=160),
    F("đón 15.000-20.000 lượt", "15.000", 15000, "count", "lượt khách", "lượt khách mỗi tối cuối tuần phố Bùi Viện",
      value_max=20000),
    F("khoảng 60% là", "60", 60, "percent", "%", "khách nước ngoài", approx="about"),
    F("nhận hơn 210 đơn", "210", 210, "count", "đơn, thư", "đơn, thư phản ánh về tiếng ồn", YTD, approx="over",
      change=CH("increase", 35, "%", "cùng kỳ năm ngoái")),
    F("lên tới 92 dBA", "92", 92, "measure", "dBA", "độ ồn đo được tại phố Bùi Viện"),
    F("là 55 dBA", "55", 55, "measure", "dBA", "mức ồn cho phép ban đêm theo quy chuẩn"),
    F("xử phạt 27 cơ sở", "27", 27, "count", "cơ sở", "cơ sở bị xử phạt", AUG, location="Quận 1"),
    F("tiền 642 triệu đồng", "642", 642000000, "money", "đồng", "tổng số tiền xử phạt", AUG, location="Quận 1"),
    F("khoảng 120 quán ăn", "120", 120, "count", "quán ăn", "quán ăn phố ẩm thực Vĩnh Khánh", approx="about",
      location="Quận 4"),
    F("bình quân 5.000 lượt", "5.000", 5000, "count", "lượt khách", "lượt khách phố ẩm thực Vĩnh Khánh mỗi tối",
      location="Quận 4"),
    F("30% trong số đó", "30", 30, "percent", "%", "khách quốc tế", location="Quận 4"),
    F("mở thêm 7 tuyến phố đêm,", "7", 7, "count", "tuyến phố đêm", "tuyến phố đêm mở thêm", G, status="forecast"),
    F("trong đó 3 tuyến", "3", 3, "count", "tuyến", "tuyến phố đêm mở thêm", G, total=7, status="forecast",
      location="Thủ Đức"),
    F("khoảng 1.200 tỷ đồng", "1.200", 1200000000000, "money", "đồng", "tổng vốn đầu tư", G, approx="about",
      status="forecast"),
    F("đóng góp 30% doanh thu", "30", 30, "percent", "%", "doanh thu kinh tế đêm trong doanh thu du lịch thành phố",
      T30, status="target"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ bảy, 14/9/2024, 08:30 (GMT+7)'): TP HCM night streets, Bùi Viện noise, plan for 7 new night streets.",
    "Location: Hồ Chí Minh by default; 'UBND quận 1' enforcement figures -> Quận 1; Vĩnh Khánh '(quận 4)' sentence -> Quận 4; '3 tuyến ở TP Thủ Đức' -> Thủ Đức.",
    "'Từ đầu năm đến nay' ends at the dateline; 'Trong tháng 8' takes 2024 from the dateline. '23h ngày 24/8' is a time and date (no period given).",
    "revised after first scoring: subject of '3 tuyến ở TP Thủ Đức' no longer names the place (FIGURES.md: a place is the location, never the subject).",
    "The 55 dBA limit is a figure of its own (a standard, no plan cue). Distractors: QCVN 26:2010/BTNMT, quận 1, quận 4, 23h, GMT+7, '2024-2025'.",
]

if __name__ == "__main__":
    emit("p662-6", TEXT, COMMENTS, FIGS, published="2024-09-14", location="Hồ Chí Minh")
