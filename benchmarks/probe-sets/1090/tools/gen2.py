"""p1090-2: district portal (huyện Krông Pắc, Đắk Lắk), new camera system on Quốc lộ 26, trial results."""
from lib import F, per, inherit, write

TEXT = """UBND HUYỆN KRÔNG PẮC - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức - Sự kiện » An ninh - Quốc phòng
Thứ Ba, 16/05/2023 - 10:05

Krông Pắc đưa vào sử dụng 32 camera giám sát giao thông trên Quốc lộ 26

Sáng 15/5, Công an huyện Krông Pắc phối hợp với UBND thị trấn Phước An tổ chức lễ bàn giao, đưa vào sử dụng hệ thống camera giám sát an ninh trật tự, an toàn giao thông trên tuyến Quốc lộ 26 đoạn qua địa bàn huyện.

Hệ thống gồm 32 camera lắp đặt tại 9 nút giao thông, trong đó có 6 camera đo tốc độ và 4 camera nhận dạng biển số. Tổng kinh phí đầu tư gần 2,7 tỷ đồng, trong đó ngân sách huyện hỗ trợ 1,5 tỷ đồng, phần còn lại do doanh nghiệp, nhà hảo tâm đóng góp.

Theo Đại úy Nguyễn Văn Năm, Phó Trưởng Công an huyện, trong thời gian vận hành thử từ ngày 01/4 đến ngày 10/5/2023, hệ thống đã ghi nhận 1.184 trường hợp vi phạm, trung bình khoảng 30 trường hợp/ngày. Phổ biến nhất là lỗi chạy quá tốc độ cho phép (chiếm 46,2%), tiếp đến là không đội mũ bảo hiểm (27,5%) và đi ngược chiều (12,1%).

Từ dữ liệu camera, Công an huyện đã gửi 1.052 thông báo vi phạm đến chủ phương tiện qua đường bưu điện và ứng dụng VNeID, đã xử phạt 736 trường hợp, thu nộp ngân sách nhà nước hơn 1,1 tỷ đồng.

Thời gian tới, huyện phấn đấu mở rộng hệ thống lên 60 camera, phủ 100% xã, thị trấn dọc Quốc lộ 26 và Tỉnh lộ 9; dự kiến đến năm 2025, số vụ vi phạm trên tuyến giảm từ 20 đến 30% so với năm 2023.

Hoàng Yến (Trung tâm VH-TT&TT huyện)
"""

PT = per("từ ngày 01/4 đến ngày 10/5/2023", "2023-04-01", "2023-05-10")

FIGS = [
    F("sử dụng 32 camera", "32", 32, "count", "camera",
      subject="camera giám sát giao thông đưa vào sử dụng trên Quốc lộ 26"),
    F("gồm 32 camera", "32", 32, "count", "camera",
      subject="camera của hệ thống giám sát"),
    F("tại 9 nút giao thông", "9", 9, "count", "nút giao thông",
      subject="nút giao thông lắp đặt camera"),
    F("có 6 camera", "6", 6, "count", "camera", total=32, subject="camera đo tốc độ"),
    F("và 4 camera", "4", 4, "count", "camera", total=32, subject="camera nhận dạng biển số"),
    F("gần 2,7 tỷ đồng", "2,7", 2.7e9, "money", "đồng", approx="nearly",
      subject="tổng kinh phí đầu tư hệ thống camera"),
    F("hỗ trợ 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", total=2.7e9,
      subject="ngân sách huyện hỗ trợ"),
    F("ghi nhận 1.184 trường hợp", "1.184", 1184, "count", "trường hợp",
      subject="trường hợp vi phạm hệ thống ghi nhận trong thời gian vận hành thử", period=PT),
    F("khoảng 30 trường hợp/ngày", "30", 30, "measure", "trường hợp/ngày", approx="about",
      subject="trường hợp vi phạm ghi nhận trung bình mỗi ngày", period=PT),
    F("(chiếm 46,2%)", "46,2", 46.2, "percent", "%",
      subject="lỗi chạy quá tốc độ cho phép trong số vi phạm", period=inherit(PT)),
    F("(27,5%)", "27,5", 27.5, "percent", "%",
      subject="lỗi không đội mũ bảo hiểm trong số vi phạm", period=inherit(PT)),
    F("(12,1%)", "12,1", 12.1, "percent", "%",
      subject="lỗi đi ngược chiều trong số vi phạm", period=inherit(PT)),
    F("gửi 1.052 thông báo", "1.052", 1052, "count", "thông báo",
      subject="thông báo vi phạm gửi đến chủ phương tiện", period=inherit(PT)),
    F("xử phạt 736 trường hợp", "736", 736, "count", "trường hợp",
      subject="trường hợp đã xử phạt", period=inherit(PT)),
    F("hơn 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", approx="over",
      subject="tiền phạt thu nộp ngân sách nhà nước", period=inherit(PT)),
    F("lên 60 camera", "60", 60, "count", "camera", status="target",
      subject="camera của hệ thống sau khi mở rộng"),
    F("phủ 100% xã", "100", 100, "percent", "%", status="target",
      subject="xã, thị trấn dọc Quốc lộ 26 và Tỉnh lộ 9 được phủ camera"),
    F("giảm từ 20 đến 30%", "20", 20, "percent", "%", value_max=30, status="forecast",
      subject="số vụ vi phạm trên tuyến giảm",
      period=per("đến năm 2025", None, "2025-12-31")),
]

NOTES = [
    "District portal of huyện Krông Pắc (Đắk Lắk): 'Thứ Ba, 16/05/2023 - 10:05', byline at the end.",
    "Distractors: Quốc lộ 26, Tỉnh lộ 9, 'Sáng 15/5', name 'Nguyễn Văn Năm', 'Trung tâm VH-TT&TT'.",
    "Location: the district (thị trấn Phước An lies in it). The headline 32 and the body 32 are two mentions, both recorded.",
    "The shares in brackets share the indicator 'chiếm' (share of the 1.184 violations); a decline range",
    "without a base amount ('giảm từ 20 đến 30% so với năm 2023') is a percent figure with no change, status forecast.",
]

write(2, TEXT, FIGS, NOTES, published="2023-05-16", location="Krông Pắc")
