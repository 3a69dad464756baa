"""p711-2: district portal (huyện Yên Thành, Nghệ An) — school traffic-safety month, September 2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử huyện Yên Thành
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội
Thứ Năm, 10/10/2024 - 09:30

Hơn 98% học sinh Yên Thành ký cam kết chấp hành pháp luật về giao thông

Trong tháng 9/2024, Phòng Giáo dục và Đào tạo phối hợp với Công an huyện tổ chức 46 buổi tuyên truyền an toàn giao thông tại các trường học, thu hút gần 27.300 lượt học sinh, giáo viên tham gia, đạt 115% kế hoạch.

Toàn huyện có 38.652/39.410 học sinh từ tiểu học đến THPT ký cam kết không vi phạm pháp luật về trật tự, an toàn giao thông, đạt 98,08%. Qua kiểm tra tại cổng 52 trường THCS, THPT, tỷ lệ học sinh đội mũ bảo hiểm khi ngồi trên xe mô tô, xe gắn máy đạt 96,4%, tăng 3,1% so với cùng kỳ năm 2023.

Trong tháng, Công an huyện phát hiện, lập biên bản 214 trường hợp học sinh vi phạm, giảm 63 trường hợp so với tháng 9/2023; trong đó 131 trường hợp điều khiển xe mô tô khi chưa đủ tuổi, 58 trường hợp không đội mũ bảo hiểm, 25 trường hợp đi xe đạp điện dàn hàng ngang. Lực lượng chức năng tạm giữ 97 phương tiện, gửi thông báo về 214 gia đình và 35 nhà trường để phối hợp giáo dục. Các trường có nhiều học sinh vi phạm là Trường THPT Phan Đăng Lưu (21 trường hợp), Trường THPT Yên Thành 2 (17 trường hợp) và Trường THPT Bắc Yên Thành (14 trường hợp).

Trên Quốc lộ 7A và Tỉnh lộ 538 đoạn qua thị trấn, vẫn còn tình trạng học sinh đi xe đạp điện tốc độ cao, không đội mũ bảo hiểm.

Năm 2025, huyện phấn đấu 100% trường học duy trì mô hình "Cổng trường an toàn giao thông", không để xảy ra tai nạn giao thông nghiêm trọng liên quan đến học sinh.

Thanh Hà - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
"""

SEP = P("Trong tháng 9/2024", "2024-09-01", "2024-09-30")
MONTH = P("Trong tháng", "2024-09-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 98%", "98", 98, "percent", "%", "học sinh ký cam kết chấp hành pháp luật về giao thông", approx="over"),
    F("tổ chức 46 buổi", "46", 46, "count", "buổi", "buổi tuyên truyền an toàn giao thông tại các trường học", SEP),
    F("gần 27.300 lượt", "27.300", 27300, "count", "lượt học sinh, giáo viên",
      "lượt học sinh, giáo viên tham gia tuyên truyền", SEP, approx="nearly", percent=115),
    F("38.652/39.410", "38.652", 38652, "count", "học sinh",
      "học sinh từ tiểu học đến THPT ký cam kết không vi phạm pháp luật về trật tự, an toàn giao thông",
      total=39410, percent=98.08),
    F("cổng 52 trường", "52", 52, "count", "trường", "trường THCS, THPT được kiểm tra tại cổng"),
    F("đạt 96,4%", "96,4", 96.4, "percent", "%",
      "tỷ lệ học sinh đội mũ bảo hiểm khi ngồi trên xe mô tô, xe gắn máy",
      change=CH("increase", 3.1, "%", "cùng kỳ năm 2023")),
    F("lập biên bản 214 trường hợp", "214", 214, "count", "trường hợp", "trường hợp học sinh vi phạm", MONTH,
      change=CH("decrease", 63, "trường hợp", "tháng 9/2023")),
    F("131 trường hợp", "131", 131, "count", "trường hợp",
      "trường hợp điều khiển xe mô tô khi chưa đủ tuổi", MONTH, total=214),
    F("58 trường hợp", "58", 58, "count", "trường hợp", "trường hợp không đội mũ bảo hiểm", MONTH, total=214),
    F("25 trường hợp", "25", 25, "count", "trường hợp", "trường hợp đi xe đạp điện dàn hàng ngang", MONTH, total=214),
    F("tạm giữ 97 phương tiện", "97", 97, "count", "phương tiện", "phương tiện bị tạm giữ", I(MONTH)),
    F("về 214 gia đình", "214", 214, "count", "gia đình", "gia đình được gửi thông báo", I(MONTH)),
    F("và 35 nhà trường", "35", 35, "count", "nhà trường", "nhà trường được gửi thông báo", I(MONTH)),
    F("(21 trường hợp)", "21", 21, "count", "trường hợp",
      "học sinh vi phạm Trường THPT Phan Đăng Lưu", I(MONTH)),
    F("(17 trường hợp)", "17", 17, "count", "trường hợp",
      "học sinh vi phạm Trường THPT Yên Thành 2", I(MONTH)),
    F("(14 trường hợp)", "14", 14, "count", "trường hợp",
      "học sinh vi phạm Trường THPT Bắc Yên Thành", I(MONTH)),
    F("phấn đấu 100% trường học", "100", 100, "percent", "%",
      "trường học duy trì mô hình Cổng trường an toàn giao thông", Y25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Thành (Nghệ An): tháng an toàn giao thông học đường, tháng 9/2024. Dateline 'Thứ Năm, 10/10/2024 - 09:30'.",
    "Distractors: Quốc lộ 7A, Tỉnh lộ 538, 'Trường THPT Yên Thành 2', dateline time.",
    "'Trong tháng' (a month's report) = tháng 9/2024. 131 + 58 + 25 = 214 after 'trong đó'. '115% kế hoạch' is the share of 27.300 lượt.",
    "96,4% is a level (not a growth rate), so 'tăng 3,1% so với cùng kỳ' is its change. School list: subject names the school.",
    "The 214 gia đình is a different count (families), not the 214 cases.",
]

if __name__ == "__main__":
    emit("p711-2", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Yên Thành")
