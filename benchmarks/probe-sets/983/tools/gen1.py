"""p983-1: province portal (Thanh Hóa), commune radio stations using ICT, as of 31/7/2024."""
from lib import F, period, change, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Thông tin cơ sở

Thanh Hóa: 72% đài truyền thanh cấp xã đã ứng dụng công nghệ thông tin - viễn thông

Cập nhật: 14/08/2024 09:25 | Lượt xem: 2.317

Theo Sở Thông tin và Truyền thông, tính đến ngày 31/7/2024, toàn tỉnh có 547 xã, phường, thị trấn có đài truyền thanh, trong đó 394 đài đã ứng dụng công nghệ thông tin - viễn thông (CNTT-VT), chiếm 72%; số còn lại là đài vô tuyến FM (126 đài) và đài hữu tuyến (27 đài). Các huyện có tỷ lệ đài ứng dụng CNTT-VT cao nhất lần lượt là Hoằng Hóa (100%), Hậu Lộc (96,2%) và Quảng Xương (93,1%).

Từ đầu năm đến nay, tỉnh đầu tư mới 58 đài truyền thanh ứng dụng CNTT-VT với 1.236 cụm loa, tổng kinh phí hơn 41,5 tỷ đồng từ nguồn Chương trình mục tiêu quốc gia xây dựng nông thôn mới; bình quân mỗi cụm loa khoảng 33 triệu đồng.

7 tháng đầu năm 2024, hệ thống truyền thanh cơ sở đã phát sóng 18.420 tin, bài, tăng 12,6% so với cùng kỳ năm 2023; thời lượng phát sóng bình quân đạt 75 phút/ngày. Đội ngũ cộng tác viên gồm 1.094 người, trong đó gần 40% là công chức văn hóa - xã hội kiêm nhiệm.

Thực hiện Quyết định số 135/QĐ-TTg ngày 20/01/2020 của Thủ tướng Chính phủ, tỉnh phấn đấu đến hết năm 2025 có 100% đài truyền thanh cấp xã ứng dụng CNTT-VT. Dự kiến trong 5 tháng cuối năm 2024, tỉnh lắp đặt thêm 64 đài tại các huyện miền núi Mường Lát, Quan Sơn, Bá Thước với kinh phí khoảng 46 tỷ đồng.

Đường dây nóng: 0237.3852.461
"""

AS_OF = period("tính đến ngày 31/7/2024", end="2024-07-31")
SINCE = period("Từ đầu năm đến nay", "2024-01-01", "2024-08-14")
M7 = period("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
SHARE = "tỷ lệ đài truyền thanh cấp xã ứng dụng CNTT-VT"

FIGS = [
    F("Thanh Hóa: 72%", "72", 72, "percent", "%", "đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông"),
    F("có 547 xã", "547", 547, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có đài truyền thanh", period=AS_OF),
    F("trong đó 394 đài", "394", 394, "count", "đài", "đài ứng dụng công nghệ thông tin - viễn thông",
      total=547, percent=72, period=AS_OF),
    F("(126 đài)", "126", 126, "count", "đài", "đài vô tuyến FM", total=547, period=AS_OF),
    F("(27 đài)", "27", 27, "count", "đài", "đài hữu tuyến", total=547, period=AS_OF),
    F("Hoằng Hóa (100%)", "100", 100, "percent", "%", SHARE, period=period("tính đến ngày 31/7/2024", end="2024-07-31", inherited=True), location="Hoằng Hóa"),
    F("Hậu Lộc (96,2%)", "96,2", 96.2, "percent", "%", SHARE, period=period("tính đến ngày 31/7/2024", end="2024-07-31", inherited=True), location="Hậu Lộc"),
    F("Quảng Xương (93,1%)", "93,1", 93.1, "percent", "%", SHARE, period=period("tính đến ngày 31/7/2024", end="2024-07-31", inherited=True), location="Quảng Xương"),
    F("mới 58 đài", "58", 58, "count", "đài", "đài truyền thanh ứng dụng CNTT-VT đầu tư mới", period=SINCE),
    F("với 1.236 cụm loa", "1.236", 1236, "count", "cụm loa", "cụm loa đầu tư mới", period=SINCE),
    F("hơn 41,5 tỷ đồng", "41,5", 41.5e9, "money", "đồng", "tổng kinh phí đầu tư đài truyền thanh", approx="over", period=SINCE),
    F("khoảng 33 triệu đồng", "33", 33e6, "money", "đồng/cụm loa", "kinh phí bình quân mỗi cụm loa", approx="about", period=SINCE),
    F("phát sóng 18.420 tin, bài", "18.420", 18420, "count", "tin, bài", "tin, bài phát sóng trên hệ thống truyền thanh cơ sở",
      change=change("increase", 12.6, baseline="cùng kỳ năm 2023"), period=M7),
    F("đạt 75 phút/ngày", "75", 75, "measure", "phút/ngày", "thời lượng phát sóng bình quân", period=M7),
    F("gồm 1.094 người", "1.094", 1094, "count", "người", "đội ngũ cộng tác viên"),
    F("gần 40%", "40", 40, "percent", "%", "cộng tác viên là công chức văn hóa - xã hội kiêm nhiệm", approx="nearly"),
    F("có 100% đài", "100", 100, "percent", "%", SHARE, status="target",
      period=period("đến hết năm 2025", end="2025-12-31")),
    F("thêm 64 đài", "64", 64, "count", "đài", "đài lắp đặt thêm tại các huyện miền núi", status="forecast",
      period=period("5 tháng cuối năm 2024", "2024-08-01", "2024-12-31")),
    F("khoảng 46 tỷ đồng", "46", 46e9, "money", "đồng", "kinh phí lắp đặt đài", approx="about", status="forecast",
      period=period("5 tháng cuối năm 2024", "2024-08-01", "2024-12-31")),
]

NOTES = [
    "Thanh Hóa province portal: commune radio stations (đài truyền thanh cấp xã) using ICT, as of 31/7/2024; investment, broadcasts, targets.",
    "Headline '72%' is recorded as its own figure (no period). 126 FM and 27 wired stations continue the 'trong đó' breakdown of 547 (they add up: 394+126+27).",
    "District list items take the district as location; the as-of date stands in the previous sentence (inherited).",
    "'5 tháng cuối năm 2024' = Aug-Dec 2024. Distractors: Lượt xem, 09:25, Quyết định số 135/QĐ-TTg ngày 20/01/2020, hotline.",
]

write("p983-1", TEXT, FIGS, NOTES, published="2024-08-14", location="Thanh Hóa")
