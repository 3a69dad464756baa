"""p879-4: central agency site (Cục Đường bộ Việt Nam) - national road tunnels, 2024 review."""
from lib import F, P, C, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỤC ĐƯỜNG BỘ VIỆT NAM
Trang chủ > Tin tức > Hoạt động của Cục
Ngày đăng: 15/01/2025 | Lượt xem: 1.146

Năm 2024, lưu lượng qua các hầm đường bộ trên quốc lộ đạt 38,4 triệu lượt xe

Ngày 14/1, Cục Đường bộ Việt Nam tổ chức hội nghị tổng kết công tác quản lý, vận hành hầm đường bộ năm 2024.

Theo báo cáo, hiện cả nước có 42 hầm đường bộ đang khai thác với tổng chiều dài khoảng 58,6 km, trong đó 17 hầm trên các tuyến quốc lộ và 25 hầm trên các tuyến cao tốc. Các hầm nằm trên địa bàn 19 tỉnh, thành phố.

Năm 2024, tổng lưu lượng phương tiện qua các hầm trên quốc lộ đạt 38,4 triệu lượt xe, tăng 7,8% so với năm 2023. Các hầm có lưu lượng lớn nhất lần lượt là hầm Hải Vân (khoảng 5,9 triệu lượt), hầm Đèo Cả (4,1 triệu lượt) và hầm Cù Mông (2,9 triệu lượt).

Trong năm, tại các hầm xảy ra 64 vụ tai nạn giao thông, giảm 11 vụ so với năm 2023; làm chết 9 người, giảm 3 người; bị thương 41 người. Ngoài ra còn ghi nhận 6 vụ cháy xe trong hầm, tất cả đều được dập tắt trong vòng 10 phút.

Kinh phí quản lý, vận hành, bảo trì các hầm trên quốc lộ năm 2024 là 612 tỷ đồng, bình quân khoảng 36 tỷ đồng/hầm/năm.

Phát biểu tại hội nghị, Cục trưởng yêu cầu các đơn vị thực hiện nghiêm Thông tư số 39/2021/TT-BGTVT về quản lý, vận hành khai thác công trình đường bộ. Năm 2025, Cục đặt mục tiêu 100% hầm có chiều dài từ 500 m trở lên được lắp đặt hệ thống giao thông thông minh (ITS) và giảm ít nhất 10% số vụ tai nạn trong hầm so với năm 2024.

Địa chỉ: Số 106 Thái Thịnh, Đống Đa, Hà Nội
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24_I = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
TN = P("Trong năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("hầm đường bộ trên quốc lộ đạt 38,4", "38,4", 38400000, "count", "lượt xe",
      "lưu lượng qua các hầm đường bộ trên quốc lộ", Y24),
    F("có 42 hầm đường bộ", "42", 42, "count", "hầm đường bộ", "hầm đường bộ đang khai thác"),
    F("khoảng 58,6 km", "58,6", 58.6, "measure", "km", "tổng chiều dài hầm đường bộ đang khai thác", approx="about"),
    F("17 hầm trên", "17", 17, "count", "hầm", "hầm trên các tuyến quốc lộ", total=42),
    F("25 hầm trên", "25", 25, "count", "hầm", "hầm trên các tuyến cao tốc", total=42),
    F("địa bàn 19 tỉnh", "19", 19, "count", "tỉnh, thành phố", "tỉnh, thành phố có hầm đường bộ"),
    F("38,4 triệu lượt xe, tăng", "38,4", 38400000, "count", "lượt xe",
      "tổng lưu lượng phương tiện qua các hầm trên quốc lộ", Y24,
      change=C("increase", 7.8, "%", "năm 2023")),
    F("khoảng 5,9 triệu lượt", "5,9", 5900000, "count", "lượt", "lưu lượng qua hầm Hải Vân", Y24_I, approx="about"),
    F("4,1 triệu lượt", "4,1", 4100000, "count", "lượt", "lưu lượng qua hầm Đèo Cả", Y24_I),
    F("2,9 triệu lượt", "2,9", 2900000, "count", "lượt", "lưu lượng qua hầm Cù Mông", Y24_I),
    F("xảy ra 64 vụ", "64", 64, "count", "vụ", "vụ tai nạn giao thông tại các hầm", TN,
      change=C("decrease", 11, "vụ", "năm 2023")),
    F("làm chết 9 người", "9", 9, "count", "người", "người chết do tai nạn giao thông tại các hầm", TN,
      change=C("decrease", 3, "người")),
    F("bị thương 41 người", "41", 41, "count", "người", "người bị thương do tai nạn giao thông tại các hầm", TN),
    F("ghi nhận 6 vụ cháy xe", "6", 6, "count", "vụ", "vụ cháy xe trong hầm", Y24_I),
    F("trong vòng 10 phút", "10", 10, "measure", "phút", "thời gian dập tắt cháy xe trong hầm", Y24_I,
      approx="at_most"),
    F("là 612 tỷ đồng", "612", 612000000000, "money", "đồng",
      "kinh phí quản lý, vận hành, bảo trì các hầm trên quốc lộ", P("năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 36 tỷ đồng/hầm/năm", "36", 36000000000, "money", "đồng/hầm/năm",
      "kinh phí quản lý, vận hành, bảo trì bình quân mỗi hầm", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="about"),
    F("mục tiêu 100% hầm", "100", 100, "percent", "%",
      "hầm có chiều dài từ 500 m trở lên được lắp đặt hệ thống giao thông thông minh (ITS)", Y25, status="target"),
    F("từ 500 m trở lên", "500", 500, "measure", "m", "chiều dài hầm", approx="at_least", optional=True),
    F("ít nhất 10% số vụ", "10", 10, "percent", "%", "giảm số vụ tai nạn trong hầm so với năm 2024", Y25,
      approx="at_least", status="target"),
]

NOTES = [
    "Central agency site (Cục Đường bộ Việt Nam, Bộ GTVT): national review of road-tunnel operation in 2024.",
    "Not figures: 'Ngày đăng: 15/01/2025', 'Lượt xem: 1.146', 'Ngày 14/1', 'Thông tư số 39/2021/TT-BGTVT',",
    "'Số 106 Thái Thịnh' (address). National figures: location Việt Nam, also for the named tunnels (no province named).",
    "'hiện cả nước có' gives no period. 'trong vòng 10 phút' read as at_most. 'giảm 3 người' is the change of 9 người (no baseline written).",
    "'100% hầm ...' and 'giảm ít nhất 10%': both targets of 2025; 500 m is a category threshold (optional).",
]

if __name__ == "__main__":
    write("p879-4", TEXT, FIGS, NOTES, published="2025-01-15", location="Việt Nam")
