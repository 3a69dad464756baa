"""p821-6: national newspaper (VnExpress style), expressway fill material shortage in Khánh Hòa, 2025."""
from lib import F, period, change, write

TEXT = """Thời sự › Giao thông
Thứ năm, 15/5/2025, 06:00 (GMT+7)
Cao tốc qua Khánh Hòa thiếu hơn 2 triệu m3 vật liệu đắp

Dự án cao tốc Vân Phong - Nha Trang còn thiếu khoảng 2,3 triệu m3 đất đắp nền đường, trong khi nhiều mỏ đã cấp phép chưa thể khai thác.

Theo Ban Quản lý dự án 7 (Bộ Xây dựng), tuyến cao tốc dài 83 km cần khoảng 12,5 triệu m3 vật liệu đắp và 1,6 triệu m3 đá các loại. Đến nay, các nhà thầu mới tập kết được 10,2 triệu m3 vật liệu đắp, đạt 81,6% nhu cầu.

Tỉnh Khánh Hòa đã cấp phép 8 mỏ đất và 3 mỏ đá phục vụ dự án với tổng trữ lượng khoảng 14 triệu m3. Trong số 8 mỏ đất, có 3 mỏ chưa khai thác được do người dân chưa đồng thuận giá bồi thường.

Ông Lê Văn Tư, Giám đốc một doanh nghiệp thi công, cho biết giá đá 1x2 tại mỏ đã tăng từ 250.000 đồng lên 340.000 đồng mỗi m3, tức tăng 36% so với thời điểm ký hợp đồng năm 2023. Do phải chở đất từ mỏ cách công trường 30-40 km, chi phí vận chuyển mỗi m3 đất đắp tăng thêm khoảng 45.000 đồng.

Để bù đắp khối lượng còn thiếu, công trường cần bổ sung khoảng 15.000 m3/ngày; nếu không có nguồn mới, dự án dự kiến chậm 3-4 tháng so với mục tiêu hoàn thành trước ngày 30/6/2025.

Theo Bộ Xây dựng, năm 2025 các dự án cao tốc trên cả nước dự báo cần khoảng 70 triệu m3 đất đắp, tăng khoảng 20% so với năm 2024.

Bùi Toàn
"""

NOW = period("Đến nay", end="2025-05-15")
FIGS = [
    F("thiếu hơn 2 triệu m3", "2", 2e6, "measure", "m3", approx="over",
      subject="vật liệu đắp còn thiếu cho cao tốc"),
    F("khoảng 2,3 triệu m3", "2,3", 2.3e6, "measure", "m3", approx="about",
      subject="đất đắp nền đường dự án cao tốc Vân Phong - Nha Trang còn thiếu"),
    F("dài 83 km", "83", 83, "measure", "km", subject="chiều dài tuyến cao tốc"),
    F("khoảng 12,5 triệu m3", "12,5", 12.5e6, "measure", "m3", approx="about",
      subject="vật liệu đắp tuyến cao tốc cần"),
    F("và 1,6 triệu m3", "1,6", 1.6e6, "measure", "m3", subject="đá các loại tuyến cao tốc cần"),
    F("được 10,2 triệu m3", "10,2", 10.2e6, "measure", "m3", percent=81.6,
      subject="vật liệu đắp các nhà thầu đã tập kết", per=NOW),
    F("cấp phép 8 mỏ đất", "8", 8, "count", "mỏ đất", subject="mỏ đất được cấp phép phục vụ dự án"),
    F("và 3 mỏ đá", "3", 3, "count", "mỏ đá", subject="mỏ đá được cấp phép phục vụ dự án"),
    F("khoảng 14 triệu m3", "14", 14e6, "measure", "m3", approx="about", subject="tổng trữ lượng các mỏ phục vụ dự án"),
    F("Trong số 8 mỏ đất", "8", 8, "count", "mỏ đất", optional=True, subject="mỏ đất được cấp phép phục vụ dự án"),
    F("có 3 mỏ chưa", "3", 3, "count", "mỏ", total=8, subject="mỏ đất chưa khai thác được"),
    F("từ 250.000 đồng", "250.000", 250000, "money", "đồng/m3",
      subject="giá đá 1x2 tại mỏ thời điểm ký hợp đồng"),
    F("lên 340.000 đồng", "340.000", 340000, "money", "đồng/m3",
      change=change("increase", 36, baseline="thời điểm ký hợp đồng năm 2023"), subject="giá đá 1x2 tại mỏ"),
    F("30-40 km", "30", 30, "measure", "km", value_max=40, subject="khoảng cách từ mỏ đất đến công trường"),
    F("khoảng 45.000 đồng", "45.000", 45000, "money", "đồng/m3", approx="about",
      subject="chi phí vận chuyển mỗi m3 đất đắp tăng thêm"),
    F("khoảng 15.000 m3/ngày", "15.000", 15000, "measure", "m3/ngày", approx="about",
      subject="khối lượng vật liệu công trường cần bổ sung"),
    F("chậm 3-4 tháng", "3", 3, "measure", "tháng", value_max=4, status="forecast",
      subject="thời gian dự án chậm so với mục tiêu"),
    F("khoảng 70 triệu m3", "70", 70e6, "measure", "m3", approx="about", status="forecast",
      change=change("increase", 20, baseline="năm 2024", approx="about"),
      subject="đất đắp các dự án cao tốc trên cả nước cần", per=period("năm 2025", "2025-01-01", "2025-12-31"),
      location="Việt Nam"),
]

COMMENTS = [
    "National newspaper (VnExpress style, 'Thứ năm, 15/5/2025, 06:00 (GMT+7)', byline at the end): fill material shortage of the",
    "Vân Phong - Nha Trang expressway in Khánh Hòa; prices of crushed stone, haul distance, forecast delay; national 2025 need.",
    "'Trong số 8 mỏ đất' repeats the 8 mines (optional); the 3 mines after it get total 8. 'tăng từ 250.000 đồng lên 340.000 đồng mỗi m3'",
    "gives two prices (đồng/m3); 'tức tăng 36%' is the change of the new price. 'tăng thêm khoảng 45.000 đồng' is an increment that is",
    "itself the claim (money, no change object). 'Ban Quản lý dự án 7', 'Ông Lê Văn Tư', 'đá 1x2', 'trước ngày 30/6/2025' are not figures.",
]

write(6, TEXT, FIGS, COMMENTS, published="2025-05-15", location="Khánh Hòa")
