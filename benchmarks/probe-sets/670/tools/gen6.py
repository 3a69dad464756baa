"""p670-6: national press, amnesty 2025 and amnesty history."""
from lib import F, P, INH, CH, TG, emit

TEXT = """Thời sự › Pháp luật

Thứ năm, 28/8/2025, 14:05 (GMT+7)

Hơn 13.000 phạm nhân được đặc xá dịp Quốc khánh

Chủ tịch nước quyết định đặc xá năm 2025 cho 13.206 phạm nhân nhân dịp kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9, cao gấp gần 3,5 lần đợt đặc xá năm 2024.

Tại họp báo sáng 28/8, Thứ trưởng Bộ Công an cho biết danh sách gồm 12.597 phạm nhân đang chấp hành án tại các trại giam, trại tạm giam thuộc Bộ Công an và 609 phạm nhân thuộc Bộ Quốc phòng. Trong số 13.206 người được đặc xá có 1.045 người là nữ và 18 người nước ngoài. Người cao tuổi nhất được đặc xá 86 tuổi, người trẻ nhất 19 tuổi.

Mỗi người được đặc xá được cấp tiền ăn đường, tiền tàu xe khoảng 300.000-500.000 đồng tùy quãng đường về nơi cư trú. Các trại giam sẽ trả tự do cho người được đặc xá từ ngày 30/8 đến 1/9.

Từ năm 2009 đến nay, Nhà nước đã tiến hành 11 đợt đặc xá với hơn 112.000 người được tha; tỷ lệ tái phạm tội khoảng 0,6%. Đợt đặc xá năm 2015 có 18.539 người được tha, đông nhất từ trước tới nay. Hai đợt năm 2022 và năm 2024 lần lượt có 2.503 và 3.812 người được đặc xá.

Theo Bộ Công an, phần lớn người tái phạm rơi vào nhóm không có việc làm ổn định sau khi trở về. Bộ đặt mục tiêu đến năm 2030, tỷ lệ người chấp hành xong án phạt tù tái phạm tội giảm xuống dưới 5%, ít nhất 70% người có nhu cầu được hỗ trợ học nghề, vay vốn.

Hải Thư
"""

Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
I25 = INH(Y25)
SINCE = P("Từ năm 2009 đến nay", "2009-01-01", "2025-08-28")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Hơn 13.000 phạm nhân", "13.000", 13000, "count", "phạm nhân", "phạm nhân được đặc xá", I25, approx="over"),
    F("cho 13.206 phạm nhân", "13.206", 13206, "count", "phạm nhân", "phạm nhân được đặc xá", Y25,
      change=CH("increase", 3.5, "lần", "đợt đặc xá năm 2024", approx="nearly")),
    F("gồm 12.597 phạm nhân", "12.597", 12597, "count", "phạm nhân",
      "phạm nhân được đặc xá đang chấp hành án tại các trại giam, trại tạm giam thuộc Bộ Công an", I25, total=13206),
    F("và 609 phạm nhân", "609", 609, "count", "phạm nhân", "phạm nhân được đặc xá thuộc Bộ Quốc phòng", I25,
      total=13206),
    # revised after the first run: the restated whole "Trong số 13.206 người" is a figure (shared h13 convention).
    F("Trong số 13.206 người", "13.206", 13206, "count", "người", "người được đặc xá", I25),
    F("có 1.045 người", "1.045", 1045, "count", "người", "người được đặc xá là nữ", I25, total=13206),
    F("và 18 người", "18", 18, "count", "người", "người nước ngoài được đặc xá", I25, total=13206),
    F("xá 86 tuổi", "86", 86, "measure", "tuổi", "tuổi của người cao tuổi nhất được đặc xá", I25),
    F("nhất 19 tuổi", "19", 19, "measure", "tuổi", "tuổi của người trẻ nhất được đặc xá", I25),
    F("khoảng 300.000-500.000", "300.000", 300000, "money", "đồng", "tiền ăn đường, tiền tàu xe cấp cho mỗi người được đặc xá",
      I25, value_max=500000, approx="about"),
    F("tiến hành 11 đợt", "11", 11, "count", "đợt", "đợt đặc xá", SINCE),
    F("hơn 112.000 người", "112.000", 112000, "count", "người", "người được tha qua các đợt đặc xá", SINCE,
      approx="over"),
    F("khoảng 0,6%", "0,6", 0.6, "percent", "%", "tỷ lệ tái phạm tội của người được đặc xá", SINCE, approx="about"),
    F("có 18.539 người", "18.539", 18539, "count", "người", "người được tha trong đợt đặc xá năm 2015",
      P("năm 2015", "2015-01-01", "2015-12-31")),
    # revised after the first run: "Hai đợt" (a number word naming the two rounds, not a statistic) is borderline: optional,
    # as shared h15 treats "GRDP 2 chữ số".
    F("Hai đợt", "Hai", 2, "count", "đợt", optional=True),
    F("có 2.503 và", "2.503", 2503, "count", "người", "người được đặc xá",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("và 3.812 người", "3.812", 3812, "count", "người", "người được đặc xá",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("dưới 5%", "5", 5, "percent", "%", "tỷ lệ người chấp hành xong án phạt tù tái phạm tội", T30,
      approx="under", status="target"),
    F("ít nhất 70%", "70", 70, "percent", "%", "người có nhu cầu được hỗ trợ học nghề, vay vốn", T30,
      approx="at_least", status="target"),
]

COMMENTS = [
    "National press (VnExpress style dateline 'Thứ năm, 28/8/2025, 14:05 (GMT+7)', byline at the end): amnesty 2025 and past amnesties.",
    "'cao gấp gần 3,5 lần đợt đặc xá năm 2024' after 13.206 is its change (lần, nearly). 'danh sách gồm' parts total 13.206 across the",
    "sentence break; 'Trong số 13.206 người' gives the group counts total 13.206 (first gold: not a figure; revised, see below).",
    "'lần lượt' gives each count its own year (2022, 2024). Ages of the oldest/youngest are measure figures in 'tuổi'.",
    "Distractors: '80 năm Cách mạng Tháng Tám', 'Quốc khánh 2/9', 'từ ngày 30/8 đến 1/9', GMT+7, times, dateline.",
    "revised after the first run: added the restated whole 'Trong số 13.206 người' as a figure; 'Hai đợt' added as optional.",
]

if __name__ == "__main__":
    emit("p670-6", TEXT, COMMENTS, FIGS, published="2025-08-28", location="Việt Nam")
