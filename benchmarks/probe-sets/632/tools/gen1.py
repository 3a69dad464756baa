"""p632-1: Bắc Giang province portal, YHCT khám chữa bệnh 6 tháng đầu năm 2024."""
from lib import F, P, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Sức khỏe

Bắc Giang: Hơn 412 nghìn lượt khám, chữa bệnh bằng y học cổ truyền trong 6 tháng

Cập nhật: 18/07/2024 14:05 | Lượt xem: 1.879

Theo Sở Y tế, 6 tháng đầu năm 2024, toàn tỉnh có hơn 412 nghìn lượt khám, chữa bệnh bằng y học cổ truyền (YHCT) và kết hợp YHCT với y học hiện đại, tăng 8,6% so với cùng kỳ năm 2023. Trong đó, tuyến tỉnh 96.512 lượt, tuyến huyện 187.340 lượt, tuyến xã 128.760 lượt. Dự kiến cả năm 2024, toàn tỉnh đạt khoảng 830 nghìn lượt khám, chữa bệnh bằng YHCT.

Tỷ lệ khám, chữa bệnh bằng YHCT chiếm 28,4% tổng số lượt khám, chữa bệnh chung của toàn tỉnh, tăng 1,2 điểm phần trăm so với cùng kỳ. Một số địa phương có tỷ lệ cao là Lục Nam (36,2%), Yên Thế (34,8%), Sơn Động (33,1%); thấp nhất là thành phố Bắc Giang với 19,5%.

Bệnh viện Y học cổ truyền tỉnh (số 45 đường Nguyễn Văn Cừ, thành phố Bắc Giang) với quy mô 250 giường bệnh đã điều trị nội trú cho 3.415 lượt người bệnh; công suất sử dụng giường bệnh bình quân đạt 112%, ngày điều trị trung bình là 16,8 ngày.

Toàn tỉnh có 209/209 trạm y tế xã, phường, thị trấn tổ chức khám, chữa bệnh bằng YHCT; 186 trạm có vườn thuốc nam theo danh mục của Bộ Y tế, đạt 89%.

Thực hiện Quyết định số 1893/QĐ-TTg của Thủ tướng Chính phủ, phấn đấu đến năm 2025 tỷ lệ khám, chữa bệnh bằng YHCT toàn tỉnh đạt từ 30% trở lên, 100% trạm y tế có vườn thuốc nam hoặc bảng ảnh cây thuốc.

Sở Y tế Bắc Giang - Điện thoại: 0204.3854.212
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ = "lượt khám, chữa bệnh bằng y học cổ truyền (YHCT) và kết hợp YHCT với y học hiện đại"
RATE = "tỷ lệ khám, chữa bệnh bằng YHCT"

FIGS = [
    F("Bắc Giang: Hơn 412", "412", 412000, "count", "lượt", approx="over",
      subject="lượt khám, chữa bệnh bằng y học cổ truyền",
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("có hơn 412 nghìn", "412", 412000, "count", "lượt", approx="over",
      change=CH("increase", 8.6, baseline="cùng kỳ năm 2023"), subject=SUBJ, period=H6),
    F("tuyến tỉnh 96.512", "96.512", 96512, "count", "lượt", total=412000,
      subject="lượt khám, chữa bệnh bằng YHCT tuyến tỉnh", period=H6i),
    F("tuyến huyện 187.340", "187.340", 187340, "count", "lượt", total=412000,
      subject="lượt khám, chữa bệnh bằng YHCT tuyến huyện", period=H6i),
    F("tuyến xã 128.760", "128.760", 128760, "count", "lượt", total=412000,
      subject="lượt khám, chữa bệnh bằng YHCT tuyến xã", period=H6i),
    F("khoảng 830 nghìn", "830", 830000, "count", "lượt", approx="about", status="forecast",
      subject="lượt khám, chữa bệnh bằng YHCT", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("chiếm 28,4%", "28,4", 28.4, "percent", "%",
      change=CH("increase", 1.2, unit="điểm phần trăm", baseline="cùng kỳ"),
      subject="tỷ lệ khám, chữa bệnh bằng YHCT trong tổng số lượt khám, chữa bệnh chung", period=H6i),
    F("Lục Nam (36,2%)", "36,2", 36.2, "percent", "%", subject=RATE, period=H6i, location="Lục Nam"),
    F("Yên Thế (34,8%)", "34,8", 34.8, "percent", "%", subject=RATE, period=H6i, location="Yên Thế"),
    F("Sơn Động (33,1%)", "33,1", 33.1, "percent", "%", subject=RATE, period=H6i, location="Sơn Động"),
    F("với 19,5%", "19,5", 19.5, "percent", "%", subject=RATE, period=H6i, location="Bắc Giang"),
    F("quy mô 250 giường", "250", 250, "count", "giường bệnh",
      subject="quy mô giường bệnh của Bệnh viện Y học cổ truyền tỉnh"),
    F("cho 3.415 lượt", "3.415", 3415, "count", "lượt người bệnh",
      subject="lượt người bệnh điều trị nội trú tại Bệnh viện Y học cổ truyền tỉnh", period=H6i),
    F("bình quân đạt 112%", "112", 112, "percent", "%",
      subject="công suất sử dụng giường bệnh bình quân", period=H6i),
    F("là 16,8 ngày", "16,8", 16.8, "measure", "ngày", subject="ngày điều trị trung bình", period=H6i),
    F("có 209/209 trạm", "209", 209, "count", "trạm y tế", total=209,
      subject="trạm y tế xã, phường, thị trấn tổ chức khám, chữa bệnh bằng YHCT"),
    F("186 trạm", "186", 186, "count", "trạm", percent=89,
      subject="trạm y tế có vườn thuốc nam theo danh mục của Bộ Y tế"),
    F("đạt từ 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ khám, chữa bệnh bằng YHCT toàn tỉnh", period=T25),
    F("trở lên, 100%", "100", 100, "percent", "%", status="target",
      subject="trạm y tế có vườn thuốc nam hoặc bảng ảnh cây thuốc", period=T25),
]

COMMENTS = [
    "Bắc Giang province portal: khám, chữa bệnh bằng YHCT 6 tháng đầu năm 2024 (breadcrumb, 'Cập nhật:' line, 'Lượt xem:').",
    "Headline 'trong 6 tháng' takes the year of published (2024). The 'Trong đó' tuyến parts take the whole 412 nghìn (they add up to 412.612).",
    "'chiếm 28,4%' has its own subject (tỷ lệ …), a percent figure with a percentage-point change; district list items go to location.",
    "'công suất … đạt 112%' has its own indicator: a percent figure, not the share of 3.415 lượt. '186 trạm …, đạt 89%' → percent 89.",
    "'Dự kiến cả năm 2024 … khoảng 830 nghìn lượt' → forecast, about, period the year 2024.",
    "'đạt từ 30% trở lên' read as at_least. Distractors: breadcrumb, counter 1.879, số 45 đường …, Quyết định số 1893/QĐ-TTg, phone.",
]

if __name__ == "__main__":
    emit("p632-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Bắc Giang")
