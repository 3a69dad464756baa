"""p711-8: provincial police portal (Công an tỉnh Bình Dương) — pupils' traffic violations Q1/2024 and April."""
from lib import F, P, I, CH, emit

TEXT = """CÔNG AN TỈNH BÌNH DƯƠNG
Trang chủ > Tin tức > An toàn giao thông
Ngày đăng: 22/05/2024 08:12

Quý I/2024, xử lý 1.356 trường hợp học sinh vi phạm trật tự, an toàn giao thông

Quý I/2024, Phòng Cảnh sát giao thông phối hợp Công an các huyện, thị xã, thành phố tổ chức 318 ca tuần tra, kiểm soát tại khu vực cổng trường, phát hiện và xử lý 1.356 trường hợp học sinh vi phạm, tăng 14,6% so với quý IV/2023. Trong đó, 742 trường hợp điều khiển xe khi chưa đủ tuổi, 415 trường hợp không đội mũ bảo hiểm, 199 trường hợp vi phạm khác.

Tỷ lệ học sinh vi phạm trên địa bàn tỉnh ở mức 2,4 trường hợp/1.000 học sinh; cao nhất là TP Thủ Dầu Một (4,1 trường hợp/1.000 học sinh), thấp nhất là huyện Dầu Tiếng (0,9 trường hợp/1.000 học sinh).

Riêng trong tháng 4, lực lượng chức năng xử lý 512 trường hợp, tạm giữ 186 xe mô tô, xe máy điện, xử phạt gần 327 triệu đồng. Công an tỉnh đã gửi hơn 1.800 thông báo đến nhà trường và gia đình học sinh vi phạm.

Từ đầu năm 2024 đến nay, toàn tỉnh xảy ra 11 vụ tai nạn giao thông liên quan đến học sinh, giảm 3 vụ so với cùng kỳ, xếp thứ 4 trong số 6 tỉnh, thành phố vùng Đông Nam Bộ về kết quả kéo giảm tai nạn.

Dịp hè, Công an tỉnh dự kiến mở 25 lớp hướng dẫn kỹ năng lái xe an toàn cho khoảng 5.000 học sinh THPT, tập trung tại Trung tâm Huấn luyện số 2 trên Đại lộ Bình Dương.

Đường dây nóng Phòng Cảnh sát giao thông: 0274.3822.579.
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
APR = P("trong tháng 4", "2024-04-01", "2024-04-30")
YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-05-22")

FIGS = [
    F("xử lý 1.356 trường hợp học sinh vi phạm trật tự", "1.356", 1356, "count", "trường hợp",
      "trường hợp học sinh vi phạm trật tự, an toàn giao thông", Q1),
    F("318 ca", "318", 318, "count", "ca", "ca tuần tra, kiểm soát tại khu vực cổng trường", Q1),
    F("xử lý 1.356 trường hợp học sinh vi phạm, tăng", "1.356", 1356, "count", "trường hợp",
      "trường hợp học sinh vi phạm", Q1, change=CH("increase", 14.6, "%", "quý IV/2023")),
    F("742 trường hợp", "742", 742, "count", "trường hợp", "trường hợp điều khiển xe khi chưa đủ tuổi", I(Q1),
      total=1356),
    F("415 trường hợp", "415", 415, "count", "trường hợp", "trường hợp không đội mũ bảo hiểm", I(Q1), total=1356),
    F("199 trường hợp", "199", 199, "count", "trường hợp", "trường hợp vi phạm khác", I(Q1), total=1356),
    F("mức 2,4 trường hợp", "2,4", 2.4, "measure", "trường hợp/1.000 học sinh", "tỷ lệ học sinh vi phạm", I(Q1)),
    F("(4,1 trường hợp", "4,1", 4.1, "measure", "trường hợp/1.000 học sinh", "tỷ lệ học sinh vi phạm", I(Q1),
      location="Thủ Dầu Một"),
    F("(0,9 trường hợp", "0,9", 0.9, "measure", "trường hợp/1.000 học sinh", "tỷ lệ học sinh vi phạm", I(Q1),
      location="Dầu Tiếng"),
    F("xử lý 512 trường hợp", "512", 512, "count", "trường hợp", "trường hợp học sinh vi phạm bị xử lý", APR),
    F("tạm giữ 186 xe", "186", 186, "count", "xe", "xe mô tô, xe máy điện bị tạm giữ", APR),
    F("gần 327 triệu đồng", "327", 327_000_000, "money", "đồng", "tiền xử phạt", APR, approx="nearly"),
    F("hơn 1.800 thông báo", "1.800", 1800, "count", "thông báo",
      "thông báo gửi đến nhà trường và gia đình học sinh vi phạm", approx="over"),
    F("xảy ra 11 vụ", "11", 11, "count", "vụ", "vụ tai nạn giao thông liên quan đến học sinh", YTD,
      change=CH("decrease", 3, "vụ", "cùng kỳ")),
    F("xếp thứ 4", "4", 4, "rank", "hạng",
      "kết quả kéo giảm tai nạn giao thông liên quan đến học sinh vùng Đông Nam Bộ", YTD, total=6),
    F("mở 25 lớp", "25", 25, "count", "lớp", "lớp hướng dẫn kỹ năng lái xe an toàn", status="forecast"),
    F("khoảng 5.000 học sinh", "5.000", 5000, "count", "học sinh", "học sinh THPT được hướng dẫn kỹ năng lái xe an toàn",
      approx="about", status="forecast"),
]

COMMENTS = [
    "Công an tỉnh Bình Dương portal: 'Ngày đăng: 22/05/2024 08:12'. Học sinh vi phạm quý I/2024, tháng 4, TNGT từ đầu năm.",
    "Distractors: 'Trung tâm Huấn luyện số 2', 'Đại lộ Bình Dương', hotline 0274.3822.579, 'quý IV/2023' baseline.",
    "Headline and lead both state 1.356 (two figures). 742 + 415 + 199 = 1.356 after 'Trong đó' (sentence break): total.",
    "Rates 'trường hợp/1.000 học sinh': the denominator is part of the unit; list items Thủ Dầu Một / Dầu Tiếng take location.",
    "'trong tháng 4' takes 2024 from the nearest earlier period. 'Từ đầu năm 2024 đến nay' ends at the dateline (2024-05-22).",
    "'xếp thứ 4 trong số 6 tỉnh, thành phố' is a rank with total 6 (location stays Bình Dương). 'dự kiến' → forecast; 'Dịp hè' gives no period.",
]

if __name__ == "__main__":
    emit("p711-8", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Bình Dương")
