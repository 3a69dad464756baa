"""p1487-8: radio/TV site (Đài PT-TH TP Cần Thơ, tag (THCT)): mini gas cans seized, checks, Tết supply."""
from lib import F, period, inherit, change, target, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Xã hội | Video | Podcast

Thu giữ hơn 3.000 bình gas mini không rõ nguồn gốc

Cập nhật lúc 18:45, Thứ Sáu, 22/11/2024
Nghe đọc bài viết

(THCT) - Trong tháng 11, Đội Quản lý thị trường số 2 phối hợp Công an quận Ninh Kiều kiểm tra kho hàng trên đường 30 Tháng 4, quận Ninh Kiều, phát hiện 3.240 bình gas mini và 450 bếp ga mini không rõ nguồn gốc. Tổng trị giá hàng hóa vi phạm khoảng 96 triệu đồng.

Theo Cục Quản lý thị trường thành phố, 10 tháng năm 2024, lực lượng đã kiểm tra 142 vụ liên quan đến kinh doanh khí, xử lý 31 vụ vi phạm, phạt tiền 355 triệu đồng, tăng 18% so với cùng kỳ.

"Bình gas mini loại 220 gam chỉ được lưu thông khi có tem nhãn, hạn sử dụng rõ ràng; người dân không nên dùng bếp ga mini trong phòng kín hoặc đặt bình gần nguồn nhiệt", đại diện Cục khuyến cáo.

Toàn thành phố hiện có 4 trạm nạp LPG vào chai, 38 tổng đại lý, đại lý và gần 700 cửa hàng bán lẻ LPG chai. Sở Công Thương dự báo nhu cầu tiêu thụ LPG dịp Tết Nguyên đán Ất Tỵ 2025 tăng khoảng 15-20% so với ngày thường. Hiện các thương nhân đã dự trữ khoảng 2.500 tấn LPG, tăng 10% so với Tết năm trước; giá bình gas dân dụng dao động 440.000-470.000 đồng/bình.

Thanh Tâm - Quốc Bảo

Xem thêm:
- Cần Thơ: Diễn tập chữa cháy tại khu dân cư 91B
- Hướng dẫn sử dụng bếp ga an toàn mùa Tết
"""

T11 = period("Trong tháng 11", "2024-11-01", "2024-11-30")
M10 = period("10 tháng năm 2024", "2024-01-01", "2024-10-31")
NK = "Ninh Kiều"

FIGS = [
    F("hơn 3.000 bình", "3.000", 3000, "count", "bình gas mini", approx="over",
      subject="bình gas mini không rõ nguồn gốc bị thu giữ", location=NK),
    F("phát hiện 3.240 bình", "3.240", 3240, "count", "bình gas mini",
      subject="bình gas mini không rõ nguồn gốc", per=T11, location=NK),
    F("450 bếp", "450", 450, "count", "bếp ga mini", subject="bếp ga mini không rõ nguồn gốc", per=T11,
      location=NK),
    F("khoảng 96 triệu", "96", 96e6, "money", "đồng", approx="about",
      subject="Tổng trị giá hàng hóa vi phạm", per=inherit(T11), location=NK),
    F("kiểm tra 142 vụ", "142", 142, "count", "vụ", subject="vụ liên quan đến kinh doanh khí được kiểm tra",
      per=M10),
    F("xử lý 31 vụ", "31", 31, "count", "vụ vi phạm", subject="vụ vi phạm được xử lý", per=M10),
    F("tiền 355 triệu", "355", 355e6, "money", "đồng", change=change("increase", 18, "%", "cùng kỳ"),
      subject="phạt tiền", per=M10),
    F("loại 220 gam", "220", 220, "measure", "gam", optional=True),
    F("có 4 trạm nạp", "4", 4, "count", "trạm nạp", subject="trạm nạp LPG vào chai"),
    F("38 tổng đại lý", "38", 38, "count", "tổng đại lý, đại lý", subject="tổng đại lý, đại lý"),
    F("gần 700 cửa hàng", "700", 700, "count", "cửa hàng", approx="nearly", subject="cửa hàng bán lẻ LPG chai"),
    F("khoảng 15-20%", "15", 15, "percent", "%", value_max=20, approx="about", status="forecast",
      subject="nhu cầu tiêu thụ LPG dịp Tết Nguyên đán"),
    F("khoảng 2.500 tấn", "2.500", 2500, "measure", "tấn", approx="about",
      change=change("increase", 10, "%", "Tết năm trước"), subject="LPG các thương nhân đã dự trữ"),
    F("dao động 440.000-470.000", "440.000", 440000, "money", "đồng/bình", value_max=470000,
      subject="giá bình gas dân dụng"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ): menu, headline figure, 'Cập nhật lúc 18:45, Thứ Sáu, 22/11/2024', 'Nghe đọc bài viết',",
    "tag '(THCT) -', reporters' names, 'Xem thêm' links.",
    "Distractors: 'Đội Quản lý thị trường số 2', 'đường 30 Tháng 4', 'Tết Nguyên đán Ất Tỵ 2025', 'khu dân cư 91B', time 18:45.",
    "The seizure is in quận Ninh Kiều (named): headline and body figures located there; the city's totals stay Cần Thơ.",
    "'Trong tháng 11' → November 2024 (year of the dateline). 'Tổng trị giá ... khoảng 96 triệu' inherits it (next sentence).",
    "'xử lý 31 vụ vi phạm' after 'kiểm tra 142 vụ' has no cue: no total. 'phạt tiền 355 triệu đồng, tăng 18% so với cùng kỳ' → change.",
    "'loại 220 gam' optional (product size). 'dự báo ... tăng khoảng 15-20% so với ngày thường' → forecast percent range, no change;",
    "the Tết season is given no period (no calendar span stated). 'Hiện ... đã dự trữ' is a new sentence with its own verb: actual.",
]

if __name__ == "__main__":
    write("p1487-8", TEXT, NOTES, FIGS, published="2024-11-22", location="Cần Thơ")
