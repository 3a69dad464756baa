"""p803-6: national newspaper, the central circus in Hà Nội (summer programme, revenue, artists)."""
from lib import F, P, I, C, emit

TEXT = """
Văn hóa › Sân khấu

Rạp xiếc Trung ương kín chỗ dịp hè

Chủ nhật, 8/6/2025, 07:30 (GMT+7)

Hơn 70 năm sau ngày thành lập, Liên đoàn Xiếc Việt Nam vẫn giữ được sức hút với khán giả nhỏ tuổi: riêng tuần đầu tháng 6, rạp xiếc ở số 67 Trần Nhân Tông (Hà Nội) đã bán hết 5.400 vé cho 6 suất diễn.

Chương trình hè năm nay mang tên "Rạp xiếc thứ 7", gồm 14 tiết mục như nhào lộn trên dây, đu bay, xiếc thú và ảo thuật, thời lượng khoảng 100 phút. Giá vé từ 150.000 đến 250.000 đồng, không tăng so với năm ngoái; trẻ em cao dưới 1 m được miễn vé.

Theo NSƯT Phạm Minh Tuấn, Phó Tổng giám đốc Liên đoàn, năm 2024 đơn vị biểu diễn 412 suất, thu hút khoảng 310.000 lượt khán giả, doanh thu đạt 41,2 tỷ đồng, tăng 12% so với năm 2023. Trong 5 tháng đầu năm 2025, doanh thu ước đạt 15,6 tỷ đồng.

Liên đoàn hiện có 186 diễn viên, trong đó 74 người dưới 25 tuổi. Để diễn được một tiết mục nhào lộn tầng cao, diễn viên phải tập luyện từ 6 đến 8 năm. Thu nhập bình quân của diễn viên khoảng 9 triệu đồng/tháng, chỉ bằng 60% so với diễn viên xiếc tư nhân cùng trình độ.

Ông Tuấn cho biết, từ nay đến hết tháng 8, đơn vị dự kiến diễn thêm 48 suất, đồng thời đưa 2 đoàn đi lưu diễn tại 15 tỉnh miền núi phía Bắc. Năm 2025, Liên đoàn đặt mục tiêu doanh thu 45 tỷ đồng, gấp khoảng 1,1 lần năm 2024.

Minh Anh
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
W1 = P("tuần đầu tháng 6", "2025-06-01", "2025-06-07")
SUMMER = P("từ nay đến hết tháng 8", "2025-06-08", "2025-08-31")
FIGS = [
    F("Hơn 70 năm", "70", 70, "measure", "năm", "thời gian từ ngày thành lập Liên đoàn Xiếc Việt Nam",
      approx="over", optional=True),
    F("hết 5.400 vé", "5.400", 5400, "count", "vé", "vé rạp xiếc đã bán", W1),
    F("cho 6 suất", "6", 6, "count", "suất diễn", "suất diễn xiếc", W1),
    F("gồm 14 tiết mục", "14", 14, "count", "tiết mục", "tiết mục chương trình hè"),
    F("khoảng 100 phút", "100", 100, "measure", "phút", "thời lượng chương trình hè", approx="about"),
    F("từ 150.000 đến 250.000 đồng", "150.000", 150000, "money", "đồng", "giá vé xem xiếc", value_max=250000),
    F("dưới 1 m", "1", 1, "measure", "m", "chiều cao trẻ em được miễn vé", approx="under", optional=True),
    F("biểu diễn 412 suất", "412", 412, "count", "suất", "suất biểu diễn của Liên đoàn Xiếc Việt Nam", Y24),
    F("khoảng 310.000 lượt", "310.000", 310000, "count", "lượt khán giả", "lượt khán giả xem xiếc", Y24,
      approx="about"),
    F("đạt 41,2 tỷ đồng", "41,2", 41.2e9, "money", "đồng", "doanh thu của Liên đoàn Xiếc Việt Nam", Y24,
      change=C("increase", 12, "%", "năm 2023")),
    F("15,6 tỷ đồng", "15,6", 15.6e9, "money", "đồng", "doanh thu của Liên đoàn Xiếc Việt Nam",
      P("5 tháng đầu năm 2025", "2025-01-01", "2025-05-31"), status="estimate"),
    F("có 186 diễn viên", "186", 186, "count", "diễn viên", "diễn viên của Liên đoàn Xiếc Việt Nam"),
    F("74 người", "74", 74, "count", "người", "diễn viên dưới 25 tuổi", total=186),
    F("dưới 25 tuổi", "25", 25, "measure", "tuổi", "tuổi diễn viên", approx="under", optional=True),
    F("từ 6 đến 8 năm", "6", 6, "measure", "năm", "thời gian tập luyện một tiết mục nhào lộn tầng cao", value_max=8),
    F("khoảng 9 triệu đồng/tháng", "9", 9e6, "money", "đồng/tháng", "thu nhập bình quân của diễn viên xiếc",
      approx="about", percent=60),
    F("thêm 48 suất", "48", 48, "count", "suất", "suất diễn thêm dịp hè", SUMMER, status="forecast"),
    F("đưa 2 đoàn", "2", 2, "count", "đoàn", "đoàn đi lưu diễn", SUMMER, status="forecast"),
    F("tại 15 tỉnh", "15", 15, "count", "tỉnh", "tỉnh miền núi phía Bắc đoàn đến lưu diễn", SUMMER,
      status="forecast", location="Việt Nam"),
    F("doanh thu 45 tỷ đồng", "45", 45e9, "money", "đồng", "doanh thu của Liên đoàn Xiếc Việt Nam",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target",
      change=C("increase", 1.1, "lần", "năm 2024", approx="about")),
]

NOTES = [
    "National newspaper, 'Chủ nhật, 8/6/2025, 07:30 (GMT+7)'. Liên đoàn Xiếc Việt Nam and its theatre in Hà Nội: location Hà Nội,",
    "except the count of provinces on tour ('15 tỉnh miền núi phía Bắc': a count of provinces -> Việt Nam).",
    "'tuần đầu tháng 6' = 2025-06-01..06-07; 'từ nay đến hết tháng 8' = dateline..2025-08-31.",
    "'Hơn 70 năm sau ngày thành lập', 'dưới 1 m', 'dưới 25 tuổi' are an age and thresholds: optional.",
    "'chỉ bằng 60% so với diễn viên xiếc tư nhân' -> percent of 9 triệu đồng/tháng; 'gấp khoảng 1,1 lần năm 2024' -> change of 45 tỷ.",
    "Distractors: 'Rạp xiếc thứ 7' (a name), 'số 67 Trần Nhân Tông', 07:30, GMT+7, 'năm ngoái' (no figure).",
]

if __name__ == "__main__":
    emit("p803-6", TEXT, NOTES, FIGS, published="2025-06-08", location="Hà Nội")
