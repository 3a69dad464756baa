"""p676-1: Nghệ An province portal — Trung tâm Cấp cứu 115, 6 tháng đầu năm 2024."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội

Trung tâm Cấp cứu 115 Nghệ An: 6 tháng đầu năm tiếp nhận hơn 9.800 cuộc gọi

Cập nhật: 10/07/2024 08:45 | Lượt xem: 1.482

Theo báo cáo của Trung tâm Cấp cứu 115 Nghệ An, 6 tháng đầu năm 2024, tổng đài 115 đã tiếp nhận 9.846 cuộc gọi, tăng 12,4% so với cùng kỳ năm 2023; trong đó có 3.275 cuộc gọi cấp cứu, chiếm 33,3%. Số còn lại chủ yếu là cuộc gọi tư vấn, gọi nhầm hoặc quấy rối.

Trung tâm đã điều động 3.102 lượt xe ra hiện trường, vận chuyển 2.968 người bệnh về các cơ sở y tế. Trong đó, người bệnh do tai nạn giao thông 1.124 người, bệnh lý nội khoa 1.386 người, tai nạn lao động và sinh hoạt 458 người. Các ca tai nạn giao thông tập trung tại TP. Vinh (412 ca), huyện Diễn Châu (186 ca) và huyện Quỳnh Lưu (153 ca), chủ yếu trên Quốc lộ 1A và Quốc lộ 46.

Thời gian từ khi nhận cuộc gọi đến khi xe xuất phát bình quân 2,5 phút; thời gian tiếp cận hiện trường trung bình 14,6 phút ở nội thành TP. Vinh và từ 25 đến 40 phút ở các huyện miền núi.

Hiện Trung tâm có 22 xe cấp cứu, trong đó 14 xe được trang bị máy thở, máy sốc điện. Mạng lưới gồm 6 trạm vệ tinh đặt tại các huyện Diễn Châu, Quỳnh Lưu, Đô Lương, Nghĩa Đàn, Con Cuông và Tương Dương.

Năm 2024, UBND tỉnh bố trí 8,5 tỷ đồng mua sắm 5 xe cấp cứu mới. Tỉnh phấn đấu đến năm 2025, thời gian tiếp cận hiện trường trung bình toàn tỉnh dưới 15 phút và 100% huyện miền núi có trạm cấp cứu vệ tinh.

Địa chỉ: số 142 đường Lê Duẩn, TP. Vinh. Điện thoại: 0238.3844.115.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tiếp nhận hơn 9.800 cuộc gọi", "9.800", 9800, "count", "cuộc gọi", approx="over",
      subject="cuộc gọi Trung tâm Cấp cứu 115 tiếp nhận", period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("tiếp nhận 9.846 cuộc gọi", "9.846", 9846, "count", "cuộc gọi",
      change=CH("increase", 12.4, baseline="cùng kỳ năm 2023"), subject="cuộc gọi tổng đài 115 tiếp nhận", period=H1),
    F("có 3.275 cuộc gọi", "3.275", 3275, "count", "cuộc gọi", total=9846, percent=33.3,
      subject="cuộc gọi cấp cứu", period=H1),
    F("điều động 3.102 lượt", "3.102", 3102, "count", "lượt xe",
      subject="lượt xe điều động ra hiện trường", period=I(H1)),
    F("vận chuyển 2.968 người bệnh", "2.968", 2968, "count", "người bệnh",
      subject="người bệnh được vận chuyển về các cơ sở y tế", period=I(H1)),
    F("giao thông 1.124 người", "1.124", 1124, "count", "người", total=2968,
      subject="người bệnh do tai nạn giao thông", period=I(H1)),
    F("nội khoa 1.386 người", "1.386", 1386, "count", "người", total=2968,
      subject="người bệnh bệnh lý nội khoa", period=I(H1)),
    F("sinh hoạt 458 người", "458", 458, "count", "người", total=2968,
      subject="người bệnh tai nạn lao động và sinh hoạt", period=I(H1)),
    F("TP. Vinh (412 ca)", "412", 412, "count", "ca", subject="ca tai nạn giao thông", period=I(H1), location="Vinh"),
    F("Diễn Châu (186 ca)", "186", 186, "count", "ca", subject="ca tai nạn giao thông", period=I(H1), location="Diễn Châu"),
    F("Quỳnh Lưu (153 ca)", "153", 153, "count", "ca", subject="ca tai nạn giao thông", period=I(H1), location="Quỳnh Lưu"),
    F("bình quân 2,5 phút", "2,5", 2.5, "measure", "phút",
      subject="thời gian từ khi nhận cuộc gọi đến khi xe xuất phát bình quân", period=I(H1)),
    F("trung bình 14,6 phút", "14,6", 14.6, "measure", "phút",
      subject="thời gian tiếp cận hiện trường trung bình ở nội thành TP. Vinh", period=I(H1), location="Vinh"),
    F("từ 25 đến 40 phút", "25", 25, "measure", "phút", value_max=40,
      subject="thời gian tiếp cận hiện trường ở các huyện miền núi", period=I(H1)),
    F("có 22 xe cấp cứu", "22", 22, "count", "xe cấp cứu", subject="xe cấp cứu của Trung tâm"),
    F("14 xe được", "14", 14, "count", "xe", total=22, subject="xe được trang bị máy thở, máy sốc điện"),
    F("gồm 6 trạm vệ tinh", "6", 6, "count", "trạm vệ tinh", subject="trạm vệ tinh của mạng lưới"),
    F("8,5 tỷ đồng", "8,5", 8.5e9, "money", "đồng", subject="kinh phí mua sắm xe cấp cứu mới", period=Y24),
    F("mua sắm 5 xe", "5", 5, "count", "xe cấp cứu", subject="xe cấp cứu mới mua sắm", period=Y24),
    F("dưới 15 phút", "15", 15, "measure", "phút", approx="under", status="target",
      subject="thời gian tiếp cận hiện trường trung bình toàn tỉnh", period=T25),
    F("100% huyện", "100", 100, "percent", "%", status="target",
      subject="huyện miền núi có trạm cấp cứu vệ tinh", period=T25),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: Trung tâm Cấp cứu 115 Nghệ An, 6 tháng đầu năm 2024 (calls, dispatches, patients by cause, response times, fleet).",
    "Breadcrumb; 'Cập nhật: 10/07/2024 08:45' is the dateline; 'Lượt xem: 1.482' is a counter. '115' (name, hot line), Quốc lộ 1A/46,",
    "'số 142 đường Lê Duẩn', phone 0238.3844.115 are not figures. Headline '6 tháng đầu năm' takes 2024 from published.",
    "Patients by cause after 'Trong đó' (same thing, add up to 2.968) take total 2968; district items (ca) have no cue and do not add up: no total.",
]

if __name__ == "__main__":
    emit("p676-1", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Nghệ An")
