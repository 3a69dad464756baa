"""p1016-4: Bộ Tư pháp portal, national civil registration results of 2024."""
from lib import F, period, inherit, change, write_set

TEXT = """BỘ TƯ PHÁP - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin hoạt động > Hộ tịch, quốc tịch, chứng thực

Năm 2024: Gần 1,43 triệu trẻ em được đăng ký khai sinh, hơn 42% thực hiện trực tuyến

Ngày đăng: 20/02/2025 | Lượt xem: 1.204

Theo số liệu tổng hợp của Cục Hộ tịch, quốc tịch, chứng thực, năm 2024 cả nước đăng ký khai sinh cho 1.432.650 trường hợp, giảm 2,7% so với năm 2023. Trong đó, 612.400 trường hợp được đăng ký trực tuyến qua Cổng Dịch vụ công quốc gia và cổng dịch vụ công cấp tỉnh, chiếm 42,7%.

Việc liên thông 2 nhóm thủ tục hành chính theo Nghị định số 63/2024/NĐ-CP đã được triển khai tại 63/63 tỉnh, thành phố. Từ ngày 01/7/2024 đến hết năm 2024, cả nước tiếp nhận 389.700 hồ sơ liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi và 96.350 hồ sơ liên thông đăng ký khai tử - xóa đăng ký thường trú - giải quyết mai táng phí, tử tuất.

Đến cuối năm 2024, Cơ sở dữ liệu hộ tịch điện tử toàn quốc đã có hơn 57,8 triệu dữ liệu hộ tịch, trong đó khoảng 36,2 triệu dữ liệu được số hóa từ sổ hộ tịch giấy. Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98,9%, tăng 0,4 điểm phần trăm so với năm 2023.

Các địa phương có tỷ lệ đăng ký khai sinh trực tuyến cao nhất lần lượt là Hà Nội (68,4%), Đà Nẵng (65,1%) và Bình Dương (61,7%); thấp nhất là Điện Biên (12,3%).

Về các việc hộ tịch khác, năm 2024 cả nước đăng ký kết hôn cho 512.800 cặp, đăng ký khai tử 498.300 trường hợp.

Bộ Tư pháp đặt mục tiêu năm 2025 có ít nhất 60% hồ sơ đăng ký khai sinh được thực hiện trực tuyến và 100% dữ liệu hộ tịch lịch sử được số hóa.

Cổng Thông tin điện tử Bộ Tư pháp
Địa chỉ: 58-60 Trần Phú, Ba Đình, Hà Nội. Điện thoại: 024.62739718
"""

Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
HEAD = period("Năm 2024", "2024-01-01", "2024-12-31")
H2 = period("Từ ngày 01/7/2024 đến hết năm 2024", "2024-07-01", "2024-12-31")
END24 = period("Đến cuối năm 2024", None, "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Gần 1,43 triệu trẻ em", "1,43", 1430000, "count", "trẻ em", "trẻ em được đăng ký khai sinh", HEAD,
      approx="nearly"),
    F("hơn 42% thực hiện", "42", 42, "percent", "%", "tỷ lệ đăng ký khai sinh thực hiện trực tuyến", HEAD,
      approx="over"),
    F("cho 1.432.650 trường hợp", "1.432.650", 1432650, "count", "trường hợp", "trường hợp đăng ký khai sinh", Y24,
      change=change("decrease", 2.7, "%", "năm 2023")),
    F("612.400 trường hợp", "612.400", 612400, "count", "trường hợp", "trường hợp đăng ký khai sinh trực tuyến",
      inherit(Y24), total=1432650, percent=42.7),
    F("2 nhóm thủ tục", "2", 2, "count", "nhóm thủ tục", "nhóm thủ tục hành chính liên thông", optional=True),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố triển khai liên thông", total=63),
    F("tiếp nhận 389.700 hồ sơ", "389.700", 389700, "count", "hồ sơ",
      "hồ sơ liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế", H2),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", "trẻ em", approx="under", optional=True),
    F("96.350 hồ sơ", "96.350", 96350, "count", "hồ sơ",
      "hồ sơ liên thông đăng ký khai tử - xóa đăng ký thường trú - giải quyết mai táng phí, tử tuất", H2),
    F("hơn 57,8 triệu", "57,8", 57800000, "count", "dữ liệu hộ tịch", "dữ liệu hộ tịch trong Cơ sở dữ liệu hộ tịch điện tử",
      END24, approx="over"),
    F("khoảng 36,2 triệu", "36,2", 36200000, "count", "dữ liệu", "dữ liệu được số hóa từ sổ hộ tịch giấy", END24,
      approx="about", total=57800000),
    F("dưới 5 tuổi", "5", 5, "measure", "tuổi", "trẻ em", approx="under", optional=True),
    F("đạt 98,9%", "98,9", 98.9, "percent", "%", "tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh", inherit(END24),
      change=change("increase", 0.4, "điểm phần trăm", "năm 2023")),
    F("Hà Nội (68,4%)", "68,4", 68.4, "percent", "%", "tỷ lệ đăng ký khai sinh trực tuyến", inherit(Y24),
      location="Hà Nội"),
    F("Đà Nẵng (65,1%)", "65,1", 65.1, "percent", "%", "tỷ lệ đăng ký khai sinh trực tuyến", inherit(Y24),
      location="Đà Nẵng"),
    F("Bình Dương (61,7%)", "61,7", 61.7, "percent", "%", "tỷ lệ đăng ký khai sinh trực tuyến", inherit(Y24),
      location="Bình Dương"),
    F("Điện Biên (12,3%)", "12,3", 12.3, "percent", "%", "tỷ lệ đăng ký khai sinh trực tuyến", inherit(Y24),
      location="Điện Biên"),
    F("512.800 cặp", "512.800", 512800, "count", "cặp", "cặp đăng ký kết hôn", Y24),
    F("khai tử 498.300 trường hợp", "498.300", 498300, "count", "trường hợp", "trường hợp đăng ký khai tử", Y24),
    F("ít nhất 60%", "60", 60, "percent", "%", "hồ sơ đăng ký khai sinh được thực hiện trực tuyến", Y25,
      approx="at_least", status="target"),
    F("và 100% dữ liệu", "100", 100, "percent", "%", "dữ liệu hộ tịch lịch sử được số hóa", Y25, status="target"),
]

NOTES = [
    "Bộ Tư pháp portal: national civil-registration results of 2024. 'Ngày đăng: 20/02/2025 | Lượt xem: 1.204'. Location Việt Nam.",
    "Distractors: 'Lượt xem: 1.204', 'Nghị định số 63/2024/NĐ-CP', 'ngày 01/7/2024', address '58-60 Trần Phú', phone '024.62739718'.",
    "'2 nhóm thủ tục' (the decree's structure) and age thresholds 'dưới 6/5 tuổi' are optional. 98,9% carries its change in điểm phần trăm.",
    "Provinces in the 'lần lượt' list are the location of each rate (subject = the list's indicator).",
]

if __name__ == "__main__":
    write_set("p1016-4", TEXT, NOTES, FIGS, published="2025-02-20", location="Việt Nam")
