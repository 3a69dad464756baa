"""p1080-8: Báo Phú Yên online (BPY tag, headline figure): automatic barriers at self-opened crossings, Q1/2025."""
from lib import F, P, C, T, save

TEXT = """BÁO PHÚ YÊN ONLINE
Thời sự › Giao thông

Lắp 18 cần chắn tự động tại lối đi tự mở qua đường sắt

Thứ Sáu, 21/03/2025 | 16:05

(BPY) - Quý I/2025, Ban An toàn giao thông tỉnh phối hợp với Công ty CP Đường sắt Phú Khánh lắp đặt 18 cần chắn tự động tại các lối đi tự mở có đông người, phương tiện qua lại trên địa bàn TX Đông Hòa, huyện Tuy An và TP Tuy Hòa, với tổng kinh phí hơn 2,7 tỷ đồng.

Mỗi bộ cần chắn có giá khoảng 150 triệu đồng, hoạt động bằng năng lượng mặt trời, tự động hạ chắn khi tàu cách lối đi khoảng 1.000 m. Trong số các lối đi được lắp, có 6/18 vị trí được bố trí thêm người cảnh giới vào giờ cao điểm.

Toàn tỉnh có 116 km đường sắt với 47 đường ngang hợp pháp và 112 lối đi tự mở. Từ năm 2020 đến hết năm 2024, tỉnh đã xóa được 39 lối đi tự mở, xây dựng 6,5 km đường gom. Năm 2024, trên tuyến đường sắt qua tỉnh xảy ra 5 vụ tai nạn, làm chết 4 người, bị thương 2 người; riêng quý I/2025 chưa xảy ra vụ tai nạn nào tại các lối đi đã lắp cần chắn.

Cũng trong quý I/2025, Công an tỉnh đã tuyên truyền tại 45 thôn, khu phố với hơn 3.200 lượt người dân tham dự, phát 5.000 tờ rơi về an toàn giao thông đường sắt.

Theo kế hoạch, năm 2025 tỉnh tiếp tục lắp thêm 22 cần chắn tự động, nâng tổng số lên 40 bộ; phấn đấu đến năm 2026 xóa thêm 30 lối đi tự mở.

MINH QUANG
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
FIGS = [
    F("Lắp 18 cần chắn", "18", 18, "count", "cần chắn tự động", "cần chắn tự động lắp tại lối đi tự mở qua đường sắt"),
    F("lắp đặt 18 cần chắn", "18", 18, "count", "cần chắn tự động", "cần chắn tự động lắp đặt tại lối đi tự mở",
      period=Q1),
    F("hơn 2,7 tỷ đồng", "2,7", 2.7e9, "money", "đồng", "tổng kinh phí lắp đặt cần chắn tự động",
      approx="over", period=Q1),
    F("khoảng 150 triệu đồng", "150", 150e6, "money", "đồng/bộ", "giá mỗi bộ cần chắn", approx="about"),
    F("khoảng 1.000 m", "1.000", 1000, "measure", "m", "khoảng cách tàu đến lối đi khi cần chắn tự động hạ",
      approx="about", optional=True),
    F("có 6/18 vị trí", "6", 6, "count", "vị trí", "vị trí được bố trí thêm người cảnh giới", total=18),
    F("có 116 km", "116", 116, "measure", "km", "chiều dài đường sắt qua tỉnh"),
    F("với 47 đường ngang", "47", 47, "count", "đường ngang", "đường ngang hợp pháp"),
    F("và 112 lối đi", "112", 112, "count", "lối đi tự mở", "lối đi tự mở"),
    F("xóa được 39 lối đi", "39", 39, "count", "lối đi tự mở", "lối đi tự mở được xóa",
      period=P("Từ năm 2020 đến hết năm 2024", "2020-01-01", "2024-12-31")),
    F("xây dựng 6,5 km", "6,5", 6.5, "measure", "km", "đường gom được xây dựng",
      period=P("Từ năm 2020 đến hết năm 2024", "2020-01-01", "2024-12-31")),
    F("xảy ra 5 vụ", "5", 5, "count", "vụ", "tai nạn trên tuyến đường sắt qua tỉnh",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("làm chết 4 người", "4", 4, "count", "người", "người chết do tai nạn trên tuyến đường sắt",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("bị thương 2 người", "2", 2, "count", "người", "người bị thương do tai nạn trên tuyến đường sắt",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("tại 45 thôn", "45", 45, "count", "thôn, khu phố", "thôn, khu phố được tuyên truyền",
      period=P("quý I/2025", "2025-01-01", "2025-03-31")),
    F("hơn 3.200 lượt", "3.200", 3200, "count", "lượt người", "lượt người dân tham dự tuyên truyền",
      approx="over", period=P("quý I/2025", "2025-01-01", "2025-03-31")),
    F("phát 5.000 tờ rơi", "5.000", 5000, "count", "tờ rơi", "tờ rơi về an toàn giao thông đường sắt phát ra",
      period=P("quý I/2025", "2025-01-01", "2025-03-31")),
    F("thêm 22 cần chắn", "22", 22, "count", "cần chắn tự động", "cần chắn tự động lắp thêm",
      status="target", period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("lên 40 bộ", "40", 40, "count", "bộ", "tổng số cần chắn tự động",
      status="target", period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("thêm 30 lối đi", "30", 30, "count", "lối đi tự mở", "lối đi tự mở xóa thêm",
      status="target", period=P("đến năm 2026", None, "2026-12-31")),
]

COMMENTS = [
    "Báo Phú Yên online, '(BPY) -' tag, headline figure, 'Thứ Sáu, 21/03/2025 | 16:05': cần chắn tự động tại lối đi tự mở (invented).",
    "The headline figure has no period of its own; the lead's 18 cần chắn is quý I/2025. The three districts (Đông Hòa, Tuy An, Tuy Hòa) → Phú Yên.",
    "'6/18 vị trí' → total 18. '1.000 m' is the device's trigger distance, a specification (optional). 'chưa xảy ra vụ tai nạn nào' is no number.",
    "'Từ năm 2020 đến hết năm 2024' is a closed span. 'Theo kế hoạch … phấn đấu' → target; 'đến năm 2026' ends 2026-12-31.",
    "revised: subjects of 5 vụ / 4 người / 2 người follow the sentence ('tai nạn' on 'tuyến đường sắt qua tỉnh'), not the inserted 'giao thông'.",
    "Not figures: 16:05, the weekday, 'Công ty CP Đường sắt Phú Khánh', byline.",
]

if __name__ == "__main__":
    save(8, TEXT, FIGS, COMMENTS, published="2025-03-21", location="Phú Yên")
