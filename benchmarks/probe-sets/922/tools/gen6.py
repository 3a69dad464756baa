"""p922-6: national newspaper, Bệnh viện Y học cổ truyền TP HCM (acupuncture demand, prices, national workforce)."""
from lib import F, P, I, CH, TG, write

TEXT = """Sức khỏe
Thứ hai, 3/3/2025, 06:30 (GMT+7)

Mỗi ngày 2.000 người đến bệnh viện y học cổ truyền châm cứu, bấm huyệt

Bệnh viện Y học cổ truyền TP HCM (số 179-187 Nam Kỳ Khởi Nghĩa, quận 3) hiện tiếp nhận trung bình 1.800-2.000 lượt khám mỗi ngày, trong đó khoảng 60% là người bệnh cơ xương khớp, đau thần kinh tọa, di chứng đột quỵ.

Theo bác sĩ Nguyễn Văn Hùng, Giám đốc bệnh viện, năm 2024 đơn vị khám cho 512.000 lượt người, tăng 15% so với năm 2023; điều trị nội trú 9.800 lượt. Riêng các thủ thuật châm cứu, điện châm, cấy chỉ đạt hơn 1,1 triệu lượt. Bệnh viện có 400 giường nhưng thường xuyên phải kê thêm, công suất sử dụng giường có thời điểm lên 130%.

Với người có thẻ bảo hiểm y tế, mỗi lần điện châm được quỹ thanh toán khoảng 65.000 đồng; người bệnh tự chi trả cho một liệu trình 10 ngày điều trị ngoại trú khoảng 1-1,5 triệu đồng, thấp hơn nhiều so với điều trị bằng thuốc tây kéo dài.

Bà Trần Thị Lan, 58 tuổi, ở quận Gò Vấp, cho biết bà đã châm cứu 3 liệu trình để điều trị thoát vị đĩa đệm, hiện đi lại bình thường.

Theo Bộ Y tế, cả nước hiện có khoảng 12.000 cơ sở khám, chữa bệnh YHCT tư nhân và gần 30.000 lương y, y sĩ YHCT, song bác sĩ YHCT mới chiếm khoảng 8% tổng số bác sĩ. Bệnh viện dự kiến năm 2025 đưa vào hoạt động cơ sở 2 với quy mô 300 giường, tổng vốn đầu tư khoảng 650 tỷ đồng.

Lê Phương
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Mỗi ngày 2.000 người", "2.000", 2000, "measure", "người/ngày",
      subject="người đến bệnh viện y học cổ truyền châm cứu, bấm huyệt"),
    F("1.800-2.000 lượt khám", "1.800", 1800, "measure", "lượt khám/ngày", value_max=2000,
      subject="lượt khám bệnh viện tiếp nhận trung bình mỗi ngày"),
    F("khoảng 60% là", "60", 60, "percent", "%", approx="about",
      subject="người bệnh cơ xương khớp, đau thần kinh tọa, di chứng đột quỵ"),
    F("cho 512.000 lượt người", "512.000", 512000, "count", "lượt người",
      change=CH("increase", 15, "%", "năm 2023"),
      subject="lượt người khám tại bệnh viện", period=Y24),
    F("nội trú 9.800 lượt", "9.800", 9800, "count", "lượt", subject="lượt điều trị nội trú", period=Y24),
    F("hơn 1,1 triệu lượt", "1,1", 1_100_000, "count", "lượt", approx="over",
      subject="lượt thủ thuật châm cứu, điện châm, cấy chỉ", period=I(Y24)),
    F("có 400 giường", "400", 400, "count", "giường", subject="giường bệnh của bệnh viện"),
    F("lên 130%", "130", 130, "percent", "%", subject="công suất sử dụng giường"),
    F("khoảng 65.000 đồng", "65.000", 65000, "money", "đồng", approx="about",
      subject="quỹ bảo hiểm y tế thanh toán mỗi lần điện châm"),
    F("liệu trình 10 ngày", "10", 10, "measure", "ngày",
      subject="thời gian một liệu trình điều trị ngoại trú", optional=True),
    F("khoảng 1-1,5 triệu đồng", "1", 1_000_000, "money", "đồng", value_max=1_500_000, approx="about",
      subject="chi phí người bệnh tự chi trả cho một liệu trình điều trị ngoại trú"),
    F("Lan, 58 tuổi", "58", 58, "measure", "tuổi", subject="tuổi của người bệnh", optional=True),
    F("châm cứu 3 liệu trình", "3", 3, "count", "liệu trình",
      subject="liệu trình châm cứu của một người bệnh", optional=True),
    F("khoảng 12.000 cơ sở", "12.000", 12000, "count", "cơ sở", approx="about",
      subject="cơ sở khám, chữa bệnh YHCT tư nhân", location="Việt Nam"),
    F("gần 30.000 lương y", "30.000", 30000, "count", "lương y, y sĩ YHCT", approx="nearly",
      subject="lương y, y sĩ YHCT", location="Việt Nam"),
    F("khoảng 8% tổng số", "8", 8, "percent", "%", approx="about",
      subject="bác sĩ YHCT trong tổng số bác sĩ", location="Việt Nam"),
    F("quy mô 300 giường", "300", 300, "count", "giường", status="forecast",
      subject="quy mô giường cơ sở 2 của bệnh viện", period=Y25),
    F("khoảng 650 tỷ đồng", "650", 650_000_000_000, "money", "đồng", approx="about", status="forecast",
      subject="tổng vốn đầu tư cơ sở 2", period=Y25),
]

COMMENTS = [
    "National newspaper: Bệnh viện Y học cổ truyền TP HCM. Dateline 'Thứ hai, 3/3/2025, 06:30 (GMT+7)'; byline at the end.",
    "Per-day counts (headline 2.000 người, 1.800-2.000 lượt khám mỗi ngày) are rates: measure, denominator in the unit.",
    "'liệu trình 10 ngày' (a course's specification) and one patient's '3 liệu trình' are example details: optional.",
    "Distractors: address 'số 179-187 Nam Kỳ Khởi Nghĩa, quận 3' (a number range!), 'quận Gò Vấp', '58 tuổi' (one patient's age,",
    "optional), 'cơ sở 2' (a name), time 06:30, GMT+7. Location TP HCM (the address's quận 3 does not localise).",
    "National workforce figures 'Theo Bộ Y tế, cả nước ...' are Việt Nam. 'dự kiến năm 2025' -> forecast for both clauses.",
    "'thấp hơn nhiều so với ...' gives no change value.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, COMMENTS, published="2025-03-03", location="TP Hồ Chí Minh")
