"""p1422-3: ministry site (Bộ Giao thông vận tải): national demand and supply of fill material for highways."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI
Trang chủ > Tin tức > Kết cấu hạ tầng giao thông

Bảo đảm nguồn vật liệu cho các dự án đường cao tốc

12/03/2024 16:20

Theo Cục Quản lý đầu tư xây dựng, tổng nhu cầu vật liệu đắp nền cho các dự án đường cao tốc triển khai giai đoạn 2021-2025 khoảng 120 triệu m3, trong đó cát đắp nền gần 53 triệu m3, tập trung tại các dự án ở đồng bằng sông Cửu Long.

Tính đến hết tháng 2/2024, các địa phương đã cấp phép, giao cho nhà thầu 84 mỏ cát với tổng trữ lượng khoảng 37,5 triệu m3, đáp ứng 71% nhu cầu. Các tỉnh giao nhiều cát nhất lần lượt là An Giang (9,6 triệu m3), Đồng Tháp (7,8 triệu m3) và Vĩnh Long (5,1 triệu m3).

Để bù đắp thiếu hụt, Bộ đã phối hợp với Bộ Tài nguyên và Môi trường thí điểm dùng cát biển làm vật liệu đắp nền trên 4 đoạn tuyến với tổng chiều dài 18,3 km. Dự kiến năm 2024, các dự án sử dụng khoảng 6 triệu m3 cát biển, giảm áp lực khai thác cát sông.

Đối với đá xây dựng, cả nước có hơn 1.200 mỏ đá đang hoạt động với tổng công suất trên 300 triệu m3/năm, cơ bản đáp ứng nhu cầu. Tuy nhiên, giá đá dăm các loại năm 2023 đã tăng 10-15% so với năm 2022, làm tăng chi phí của nhiều gói thầu.

Theo Nghị quyết số 60/NQ-CP, mục tiêu đến năm 2025 cả nước có ít nhất 3.000 km đường cao tốc và đến năm 2030 đạt khoảng 5.000 km. Hiện cả nước đã đưa vào khai thác 2.021 km.

Bộ GTVT đề nghị các địa phương khẩn trương hoàn thành thủ tục cấp phép các mỏ còn lại, kiên quyết xử lý tình trạng nâng giá vật liệu bất hợp lý.

Cổng thông tin điện tử Bộ Giao thông vận tải
Địa chỉ: Số 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội | Điện thoại: 024.3942.4015
"""

GD = period("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
ASOF = period("Tính đến hết tháng 2/2024", None, "2024-02-29")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("khoảng 120 triệu", "120", 120e6, "measure", "m3", approx="about",
      subject="tổng nhu cầu vật liệu đắp nền cho các dự án đường cao tốc", per=GD),
    F("gần 53 triệu", "53", 53e6, "measure", "m3", approx="nearly", total=120e6,
      subject="nhu cầu cát đắp nền", per=GD),
    F("nhà thầu 84 mỏ", "84", 84, "count", "mỏ cát", subject="mỏ cát các địa phương đã cấp phép, giao cho nhà thầu",
      per=ASOF),
    F("khoảng 37,5 triệu", "37,5", 37.5e6, "measure", "m3", approx="about", percent=71,
      subject="tổng trữ lượng các mỏ cát đã cấp phép", per=ASOF),
    F("An Giang (9,6", "9,6", 9.6e6, "measure", "m3", subject="cát các tỉnh giao", per=inherit(ASOF),
      location="An Giang"),
    F("Đồng Tháp (7,8", "7,8", 7.8e6, "measure", "m3", subject="cát các tỉnh giao", per=inherit(ASOF),
      location="Đồng Tháp"),
    F("Vĩnh Long (5,1", "5,1", 5.1e6, "measure", "m3", subject="cát các tỉnh giao", per=inherit(ASOF),
      location="Vĩnh Long"),
    F("trên 4 đoạn", "4", 4, "count", "đoạn tuyến", subject="đoạn tuyến thí điểm dùng cát biển làm vật liệu đắp nền"),
    F("dài 18,3 km", "18,3", 18.3, "measure", "km", subject="tổng chiều dài các đoạn tuyến thí điểm"),
    F("khoảng 6 triệu", "6", 6e6, "measure", "m3", approx="about", status="forecast",
      subject="cát biển các dự án sử dụng", per=Y24),
    F("hơn 1.200 mỏ", "1.200", 1200, "count", "mỏ đá", approx="over", subject="mỏ đá đang hoạt động"),
    F("trên 300 triệu", "300", 300e6, "measure", "m3/năm", approx="over", subject="tổng công suất các mỏ đá"),
    F("tăng 10-15%", "10", 10, "percent", "%", value_max=15, subject="giá đá dăm các loại", per=Y23),
    F("ít nhất 3.000 km", "3.000", 3000, "measure", "km", approx="at_least", status="target",
      subject="đường cao tốc", per=T25),
    F("khoảng 5.000 km", "5.000", 5000, "measure", "km", approx="about", status="target",
      subject="đường cao tốc", per=T30),
    F("khai thác 2.021 km", "2.021", 2021, "measure", "km", subject="đường cao tốc đã đưa vào khai thác"),
]

NOTES = [
    "Ministry site (Bộ GTVT): breadcrumb, '12/03/2024 16:20', footer with address and phone. National figures: location Việt Nam.",
    "Distractors: 'giai đoạn 2021-2025' (period), 'tháng 2/2024', 'Nghị quyết số 60/NQ-CP', 'Số 80 Trần Hưng Đạo', phone 024.3942.4015.",
    "'trong đó cát đắp nền gần 53 triệu m3' → total 120 triệu (same demand, same period). 'đáp ứng 71% nhu cầu' → percent of 37,5 triệu.",
    "'lần lượt là An Giang (9,6 triệu m3), ...' → three figures, subject = the list's indicator, location = the province; period inherited.",
    "'trên 4 đoạn tuyến' is the preposition 'on', not approx 'over': exact. '2.021 km' is a length (2021 km), not a year.",
    "'giá đá dăm các loại năm 2023 đã tăng 10-15% so với năm 2022' is a growth rate as the claim: percent range, no change.",
    "'mục tiêu đến năm 2025 ... và đến năm 2030 đạt khoảng 5.000 km' → both target, start null.",
    "'Tính đến hết tháng 2/2024' → as-of 2024-02-29 (leap year).",
]

if __name__ == "__main__":
    write("p1422-3", TEXT, NOTES, FIGS, published="2024-03-12", location="Việt Nam")
