"""p1309-1: province portal (Lạng Sơn): dense fog on the Bắc Giang - Lạng Sơn expressway, December 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng Thông tin điện tử tỉnh Lạng Sơn
Trang chủ > Tin tức - Sự kiện > Giao thông - Vận tải

Sương mù dày đặc, tầm nhìn trên cao tốc Bắc Giang - Lạng Sơn có lúc dưới 30 m

Cập nhật: 18/12/2024 10:45 | Lượt xem: 1.386

Từ đêm 16/12 đến sáng 18/12, trên địa bàn tỉnh Lạng Sơn xuất hiện sương mù dày đặc, độ ẩm không khí lên tới 97%, nhiệt độ thấp nhất tại khu du lịch Mẫu Sơn xuống 3 độ C. Theo Đài Khí tượng thủy văn tỉnh, tầm nhìn xa trên nhiều đoạn của tuyến cao tốc Bắc Giang - Lạng Sơn chỉ còn từ 20 đến 50 m, có thời điểm dưới 30 m, nhất là đoạn từ Km 93 đến Km 108 qua huyện Chi Lăng.

Công ty cổ phần Đầu tư BOT Kỳ Lừa phối hợp với Phòng Cảnh sát giao thông Công an tỉnh bố trí 6 tổ tuần tra với 24 cán bộ, chiến sĩ trực tại các nút giao; bật 120 đèn chiếu sáng và 18 biển báo điện tử cảnh báo sương mù. Người điều khiển phương tiện được khuyến cáo chạy không quá 60 km/h, giữ khoảng cách tối thiểu 55 m với xe phía trước.

Trong hai ngày 17 và 18/12, trên tuyến cao tốc và Quốc lộ 1 xảy ra 3 vụ va chạm liên hoàn do tầm nhìn hạn chế, làm 5 người bị thương, hư hỏng 11 xe ô tô, không có người tử vong. Từ đầu tháng 12 đến nay, toàn tỉnh xảy ra 14 vụ tai nạn giao thông, làm chết 6 người, bị thương 9 người; so với cùng kỳ năm 2023 giảm 4 vụ, giảm 2 người chết.

Sở Giao thông vận tải đề nghị các doanh nghiệp vận tải hạn chế cho xe chạy từ 4 giờ đến 8 giờ sáng. Theo dự báo, đợt sương mù này còn kéo dài 3-4 ngày. Mọi phản ánh xin gọi đường dây nóng 0205.3812.468.

Tin liên quan:
- Lạng Sơn ra quân bảo đảm trật tự an toàn giao thông dịp Tết Nguyên đán Ất Tỵ 2025
- Thông xe nút giao Km 18 tuyến cao tốc Đồng Đăng - Trà Lĩnh
"""

P1 = per("Từ đêm 16/12 đến sáng 18/12", "2024-12-16", "2024-12-18")
P2 = per("Trong hai ngày 17 và 18/12", "2024-12-17", "2024-12-18")
P3 = per("Từ đầu tháng 12 đến nay", "2024-12-01", "2024-12-18")
VIS = "tầm nhìn xa trên tuyến cao tốc Bắc Giang - Lạng Sơn"

FIGS = [
    fig("có lúc dưới 30 m", "30", 30, "measure", "m", approx="under",
        subject="tầm nhìn trên cao tốc Bắc Giang - Lạng Sơn"),
    fig("lên tới 97%", "97", 97, "percent", "%", subject="độ ẩm không khí", period=P1),
    fig("xuống 3 độ C", "3", 3, "measure", "độ C", subject="nhiệt độ thấp nhất tại khu du lịch Mẫu Sơn", period=P1),
    fig("từ 20 đến 50 m", "20", 20, "measure", "m", value_max=50, subject=VIS, period=inh(P1)),
    fig("có thời điểm dưới 30 m", "30", 30, "measure", "m", approx="under", subject=VIS, period=inh(P1)),
    fig("6 tổ tuần tra", "6", 6, "count", "tổ tuần tra", subject="tổ tuần tra bố trí"),
    fig("24 cán bộ", "24", 24, "count", "cán bộ, chiến sĩ", subject="cán bộ, chiến sĩ trực tại các nút giao"),
    fig("bật 120 đèn", "120", 120, "count", "đèn chiếu sáng", subject="đèn chiếu sáng bật"),
    fig("18 biển báo", "18", 18, "count", "biển báo điện tử", subject="biển báo điện tử cảnh báo sương mù"),
    fig("không quá 60 km/h", "60", 60, "measure", "km/h", approx="at_most",
        subject="tốc độ người điều khiển phương tiện được khuyến cáo chạy"),
    fig("tối thiểu 55 m", "55", 55, "measure", "m", approx="at_least", subject="khoảng cách với xe phía trước"),
    fig("xảy ra 3 vụ", "3", 3, "count", "vụ", subject="vụ va chạm liên hoàn do tầm nhìn hạn chế", period=P2),
    fig("làm 5 người", "5", 5, "count", "người", subject="người bị thương do va chạm liên hoàn", period=P2),
    fig("hư hỏng 11 xe", "11", 11, "count", "xe ô tô", subject="xe ô tô hư hỏng", period=P2),
    fig("xảy ra 14 vụ", "14", 14, "count", "vụ", change=chg("decrease", 4, "vụ", "cùng kỳ năm 2023"),
        subject="vụ tai nạn giao thông", period=P3),
    fig("làm chết 6 người", "6", 6, "count", "người", change=chg("decrease", 2, "người", "cùng kỳ năm 2023"),
        subject="người chết do tai nạn giao thông", period=P3),
    fig("bị thương 9 người", "9", 9, "count", "người", subject="người bị thương do tai nạn giao thông", period=P3),
    fig("kéo dài 3-4 ngày", "3", 3, "measure", "ngày", value_max=4, status="forecast",
        subject="thời gian đợt sương mù còn kéo dài"),
]

NOTES = [
    "revised after the first run: casualty subjects name their cause ('người chết do tai nạn giao thông', not 'người chết').",
    "Province portal (Lạng Sơn): breadcrumb, 'Cập nhật: 18/12/2024 10:45 | Lượt xem: 1.386', related links.",
    "Distractors: 10:45, Lượt xem 1.386, dates 16/12 18/12, 'Km 93 đến Km 108', 'Quốc lộ 1', 'hai ngày 17 và 18/12' (a period),",
    "'từ 4 giờ đến 8 giờ' (times of day), hotline 0205.3812.468, 'Ất Tỵ 2025', 'Km 18' in a related link.",
    "Periods without a year take 2024 from the dateline; 'Từ đầu tháng 12 đến nay' ends at the dateline.",
    "'so với cùng kỳ năm 2023 giảm 4 vụ, giảm 2 người chết': changes of 14 vụ and 6 người; 9 người has none.",
    "Visibility is measure in m; 'không quá' at_most, 'tối thiểu' at_least; the speed advice stays actual (no status cue).",
    "'nhất là đoạn ... qua huyện Chi Lăng' is an aside: the visibility range stays Lạng Sơn (borderline).",
]

if __name__ == "__main__":
    write("p1309-1", TEXT, NOTES, FIGS, published="2024-12-18", location="Lạng Sơn")
