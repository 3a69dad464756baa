"""p821-4: Bộ Xây dựng portal, national construction-sand balance 2023-2024."""
from lib import F, period, change, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Vật liệu xây dựng
Cân đối cung cầu cát xây dựng năm 2024: Đẩy mạnh sử dụng cát nghiền
Ngày đăng: 05/03/2024 | Lượt xem: 1.127

Theo Vụ Vật liệu xây dựng, năm 2023 cả nước tiêu thụ khoảng 123 triệu m3 cát xây dựng, giảm khoảng 8% so với năm 2022 do thị trường bất động sản trầm lắng. Hiện cả nước có 386 mỏ cát xây dựng được cấp phép với tổng công suất khoảng 132 triệu m3/năm, gồm 271 mỏ cát lòng sông và 115 mỏ cát bãi bồi. Các địa phương có công suất cấp phép lớn nhất lần lượt là Đồng Tháp (12,4 triệu m3/năm), An Giang (9,8 triệu m3/năm) và Vĩnh Long (7,6 triệu m3/năm).

Sản lượng cát nghiền năm 2023 đạt khoảng 16 triệu m3, chiếm 13% tổng lượng cát xây dựng tiêu thụ. Giá cát xây dựng bình quân năm 2023 từ 300.000 đến 450.000 đồng/m3; riêng tại TP. Hồ Chí Minh có thời điểm giá cát lên tới 600.000 đồng/m3. Giá cát san lấp bình quân cả nước đã tăng gấp 2 lần so với năm 2021.

Dự báo năm 2024, nhu cầu cát xây dựng khoảng 130 triệu m3, cát san lấp khoảng 220 triệu m3, trong đó riêng các dự án đường cao tốc cần gần 50 triệu m3.

Theo Chiến lược phát triển vật liệu xây dựng Việt Nam thời kỳ 2021-2030, định hướng đến năm 2050 (Quyết định số 1266/QĐ-TTg), đến năm 2025 cát nghiền phải thay thế 25% cát tự nhiên và đến năm 2030 đạt 30%. Bộ Xây dựng đề nghị các địa phương rà soát, đưa vào quy hoạch thêm ít nhất 40 mỏ đá đủ điều kiện sản xuất cát nghiền trong năm 2024.

Cơ quan chủ quản: Bộ Xây dựng
Địa chỉ: 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội
Điện thoại: 024.3976.0271
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
CAP = "công suất cấp phép khai thác cát xây dựng"
FIGS = [
    F("khoảng 123 triệu m3", "123", 123e6, "measure", "m3", approx="about",
      change=change("decrease", 8, baseline="năm 2022", approx="about"),
      subject="cát xây dựng tiêu thụ", per=Y23),
    F("có 386 mỏ", "386", 386, "count", "mỏ cát xây dựng", subject="mỏ cát xây dựng được cấp phép"),
    F("khoảng 132 triệu m3/năm", "132", 132e6, "measure", "m3/năm", approx="about",
      subject="tổng công suất mỏ cát xây dựng được cấp phép"),
    F("gồm 271 mỏ", "271", 271, "count", "mỏ cát lòng sông", total=386, subject="mỏ cát lòng sông"),
    F("và 115 mỏ", "115", 115, "count", "mỏ cát bãi bồi", total=386, subject="mỏ cát bãi bồi"),
    F("Đồng Tháp (12,4", "12,4", 12.4e6, "measure", "m3/năm", subject=CAP, location="Đồng Tháp"),
    F("An Giang (9,8", "9,8", 9.8e6, "measure", "m3/năm", subject=CAP, location="An Giang"),
    F("Vĩnh Long (7,6", "7,6", 7.6e6, "measure", "m3/năm", subject=CAP, location="Vĩnh Long"),
    F("khoảng 16 triệu m3", "16", 16e6, "measure", "m3", approx="about", percent=13,
      subject="sản lượng cát nghiền", per=Y23),
    F("từ 300.000 đến 450.000 đồng/m3", "300.000", 300000, "money", "đồng/m3", value_max=450000,
      subject="giá cát xây dựng bình quân", per=Y23),
    F("lên tới 600.000 đồng/m3", "600.000", 600000, "money", "đồng/m3",
      subject="giá cát xây dựng", per=Y23, location="Thành phố Hồ Chí Minh"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", subject="giá cát san lấp bình quân cả nước so với năm 2021"),
    F("khoảng 130 triệu m3", "130", 130e6, "measure", "m3", approx="about", status="forecast",
      subject="nhu cầu cát xây dựng", per=Y24),
    F("khoảng 220 triệu m3", "220", 220e6, "measure", "m3", approx="about", status="forecast",
      subject="nhu cầu cát san lấp", per=Y24),
    F("gần 50 triệu m3", "50", 50e6, "measure", "m3", approx="nearly", total=220e6, status="forecast",
      subject="nhu cầu cát san lấp của các dự án đường cao tốc", per=Y24),
    F("thay thế 25%", "25", 25, "percent", "%", status="target", subject="tỷ lệ cát nghiền thay thế cát tự nhiên",
      per=period("đến năm 2025", end="2025-12-31")),
    F("đạt 30%", "30", 30, "percent", "%", status="target", subject="tỷ lệ cát nghiền thay thế cát tự nhiên",
      per=period("đến năm 2030", end="2030-12-31")),
    F("ít nhất 40 mỏ", "40", 40, "count", "mỏ đá", approx="at_least", status="target",
      subject="mỏ đá đủ điều kiện sản xuất cát nghiền đưa thêm vào quy hoạch",
      per=period("trong năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Bộ Xây dựng portal (national): sand consumption, licensed sand mines, top provinces by licensed capacity, manufactured sand,",
    "prices, 2024 demand forecast, 2025/2030 targets. Location Việt Nam except the three listed provinces and the TP. Hồ Chí Minh price.",
    "'gấp 2 lần so với năm 2021' stands alone as the claim (no base amount): a multiple. 'lên tới' is exact (a peak reached).",
    "Part of the demand forecast 'trong đó riêng các dự án đường cao tốc cần gần 50 triệu m3' follows the 220 triệu m3 cát san lấp.",
    "'đề nghị ... đưa vào quy hoạch thêm ít nhất 40 mỏ' is a request, read as a target. Distractors: 2021-2030, 2050, Quyết định 1266/QĐ-TTg,",
    "address 37 Lê Đại Hành, phone, counter.",
]

write(4, TEXT, FIGS, COMMENTS, published="2024-03-05", location="Việt Nam")
