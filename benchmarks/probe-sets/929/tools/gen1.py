"""p929-1: province portal (Thanh Hóa), summer 2024 wrap-up by the Tỉnh đoàn."""
from lib import F, P, I, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cập nhật: 28/08/2024 15:40 | Lượt xem: 1.236

Hơn 650 nghìn lượt thiếu nhi tham gia sinh hoạt hè

Ngày 27/8, Tỉnh đoàn Thanh Hóa tổ chức hội nghị tổng kết công tác tổ chức hoạt động hè và Chiến dịch Thanh niên tình nguyện hè năm 2024. Theo báo cáo, toàn tỉnh đã thành lập 2.146 điểm sinh hoạt hè tại thôn, bản, khu phố, tăng 112 điểm so với năm 2023, thu hút hơn 650.000 lượt thiếu nhi tham gia.

Công tác phòng, chống đuối nước tiếp tục được chú trọng. Các cơ sở Đoàn đã phối hợp mở 418 lớp dạy bơi, đạt 104,5% kế hoạch, với 12.730 em theo học; trong đó có 9.865 em biết bơi sau khóa học, chiếm 77,5%. Ba huyện mở nhiều lớp nhất là Hoằng Hóa (42 lớp), Quảng Xương (37 lớp) và Nga Sơn (31 lớp).

Chiến dịch Thanh niên tình nguyện hè thu hút gần 85.000 lượt đoàn viên, thanh niên, trong đó có 3.200 lượt sinh viên tình nguyện về địa phương. Các đội hình đã xây dựng, sửa chữa 156 sân chơi cho thiếu nhi với tổng giá trị trên 4,8 tỷ đồng; trao 2.350 suất quà cho thiếu nhi có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng.

Tổng kinh phí tổ chức các hoạt động hè ước đạt 14,2 tỷ đồng, tăng 11,8% so với năm 2023. Nguồn xã hội hóa chiếm khoảng 63% tổng kinh phí.

Dịp này, Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc. Năm 2025, Tỉnh đoàn phấn đấu 100% xã, phường, thị trấn có ít nhất 1 lớp dạy bơi miễn phí cho trẻ em; số trẻ biết bơi sau khóa học đạt trên 11.000 em.

Tỉnh đoàn Thanh Hóa - Số 26 Đại lộ Lê Lợi, phường Điện Biên, TP Thanh Hóa
"""

HE24 = I(P("hè năm 2024", "2024-06-01", "2024-08-31"))
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 650 nghìn lượt", "650", 650000, "count", "lượt thiếu nhi", approx="over",
      subject="lượt thiếu nhi tham gia sinh hoạt hè"),
    F("thành lập 2.146 điểm", "2.146", 2146, "count", "điểm sinh hoạt hè",
      change=C("increase", 112, "điểm", "năm 2023"), subject="điểm sinh hoạt hè thành lập", period=HE24),
    F("hơn 650.000 lượt", "650.000", 650000, "count", "lượt thiếu nhi", approx="over",
      subject="lượt thiếu nhi tham gia sinh hoạt hè", period=HE24),
    F("mở 418 lớp", "418", 418, "count", "lớp dạy bơi", percent=104.5,
      subject="lớp dạy bơi", period=HE24),
    F("12.730 em", "12.730", 12730, "count", "em", subject="em theo học lớp dạy bơi", period=HE24),
    F("có 9.865 em", "9.865", 9865, "count", "em", total=12730, percent=77.5,
      subject="em biết bơi sau khóa học", period=HE24),
    F("Ba huyện mở", "Ba", 3, "count", "huyện", subject="huyện mở nhiều lớp dạy bơi nhất",
      period=HE24, optional=True),
    F("Hoằng Hóa (42 lớp)", "42", 42, "count", "lớp", subject="lớp dạy bơi", period=HE24,
      location="Hoằng Hóa"),
    F("Quảng Xương (37 lớp)", "37", 37, "count", "lớp", subject="lớp dạy bơi", period=HE24,
      location="Quảng Xương"),
    F("Nga Sơn (31 lớp)", "31", 31, "count", "lớp", subject="lớp dạy bơi", period=HE24,
      location="Nga Sơn"),
    F("gần 85.000 lượt", "85.000", 85000, "count", "lượt đoàn viên, thanh niên", approx="nearly",
      subject="lượt đoàn viên, thanh niên tham gia Chiến dịch Thanh niên tình nguyện hè", period=HE24),
    F("có 3.200 lượt", "3.200", 3200, "count", "lượt sinh viên", total=85000,
      subject="lượt sinh viên tình nguyện về địa phương", period=HE24),
    F("sửa chữa 156 sân chơi", "156", 156, "count", "sân chơi",
      subject="sân chơi cho thiếu nhi xây dựng, sửa chữa", period=HE24),
    F("trên 4,8 tỷ đồng", "4,8", 4800000000, "money", "đồng", approx="over",
      subject="tổng giá trị sân chơi cho thiếu nhi", period=HE24),
    F("trao 2.350 suất quà", "2.350", 2350, "count", "suất quà",
      subject="suất quà cho thiếu nhi có hoàn cảnh khó khăn", period=HE24),
    F("trị giá 500.000 đồng", "500.000", 500000, "money", "đồng/suất", subject="giá trị mỗi suất quà"),
    F("ước đạt 14,2 tỷ đồng", "14,2", 14200000000, "money", "đồng",
      change=C("increase", 11.8, "%", "năm 2023"), status="estimate",
      subject="tổng kinh phí tổ chức các hoạt động hè", period=HE24),
    F("khoảng 63% tổng", "63", 63, "percent", "%", approx="about",
      subject="nguồn xã hội hóa trong tổng kinh phí", period=HE24),
    F("cho 25 tập thể", "25", 25, "count", "tập thể",
      subject="tập thể được tặng Bằng khen có thành tích xuất sắc"),
    F("và 40 cá nhân", "40", 40, "count", "cá nhân",
      subject="cá nhân được tặng Bằng khen có thành tích xuất sắc"),
    F("phấn đấu 100% xã", "100", 100, "percent", "%", status="target",
      subject="xã, phường, thị trấn có lớp dạy bơi miễn phí cho trẻ em", period=Y25),
    F("ít nhất 1 lớp", "1", 1, "count", "lớp dạy bơi", approx="at_least", status="target",
      optional=True),
    F("đạt trên 11.000 em", "11.000", 11000, "count", "em", approx="over", status="target",
      subject="số trẻ biết bơi sau khóa học", period=Y25),
]

COMMENTS = [
    "Thanh Hóa provincial portal: Tỉnh đoàn sums up summer activities and the volunteer campaign of 2024.",
    "Distractors: breadcrumb, 'Cập nhật: 28/08/2024 15:40', 'Lượt xem: 1.236', 'Ngày 27/8', 'Số 26 Đại lộ Lê Lợi'.",
    "Body figures without their own period phrase inherit 'hè năm 2024' (first sentence, no figure there);",
    "'hè năm YYYY' read as 1 June - 31 August of that year (spec silent; see REPORT). Headline has no period.",
    "'Ba huyện mở nhiều lớp nhất' names the ranking group (optional); the district items get no total (a ranking, not a breakdown of 418).",
    "'trong đó nguồn xã hội hóa' avoided: the 63% share stands in its own sentence (a percent figure, not an attribute).",
]

write(1, TEXT, FIGS, COMMENTS, published="2024-08-28", location="Thanh Hóa")
