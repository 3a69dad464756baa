"""p953-6: national newspaper, hơn 1,3 triệu thuê bao bị khóa một chiều sau hạn 14/4/2025."""
from lib import F, P, I, C, T, write

TEXT = """Thứ bảy, 19/4/2025, 08:15 (GMT+7)
Hơn 1,3 triệu thuê bao bị khóa một chiều

Các nhà mạng đã tạm dừng chiều gọi đi của hơn 1,3 triệu thuê bao không xác thực thông tin sau hạn chót 14/4, theo Cục Viễn thông.

Đây là các thuê bao thuộc diện phải xác thực theo Thông tư 01/2024 của Bộ Thông tin và Truyền thông (nay là Bộ Khoa học và Công nghệ), gồm thuê bao đứng tên cá nhân từ SIM thứ 4 trở lên, thuê bao có dấu hiệu phát tán tin nhắn rác và thuê bao có thông tin không trùng khớp với dữ liệu dân cư. Đến ngày 14/4, khoảng 4,2 triệu thuê bao thuộc diện này; 2,9 triệu thuê bao đã hoàn thành xác thực, đạt 69%.

Trong số thuê bao bị khóa, Viettel chiếm 46%, VinaPhone 28%, MobiFone 19%, còn lại là các mạng di động ảo. Hà Nội và TP HCM là các địa phương có nhiều thuê bao bị khóa nhất, lần lượt 215.000 và 198.000 thuê bao.

Theo quy định, sau 30 ngày bị khóa một chiều, nếu chủ thuê bao vẫn không xác thực, nhà mạng sẽ khóa hai chiều; sau 30 ngày tiếp theo sẽ thu hồi số. Cục Viễn thông dự kiến số thuê bao bị thu hồi trong đợt này khoảng 500.000. Năm 2024, các nhà mạng đã thu hồi hơn 2,7 triệu số thuê bao không chính chủ.

Anh Trần Minh Đức ở quận Cầu Giấy (Hà Nội) đứng tên 6 SIM, trong đó 4 SIM gắn vào camera và thiết bị định vị. Do chưa kịp xác thực, 3 SIM của anh bị khóa chiều gọi đi. "Tôi ra cửa hàng làm lại cho từng SIM, khá mất thời gian", anh nói.

Tại điểm giao dịch, mỗi lượt xác thực mất khoảng 5-7 phút. Người dùng cũng có thể xác thực miễn phí qua ứng dụng của nhà mạng hoặc gọi tổng đài 18008098 để được hướng dẫn.

Lưu Quý
"""

D14 = P("Đến ngày 14/4", end="2025-04-14")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 1,3 triệu thuê bao bị khóa", "1,3", 1300000, "count", "thuê bao", "thuê bao bị khóa một chiều",
      approx="over"),
    F("của hơn 1,3 triệu thuê bao", "1,3", 1300000, "count", "thuê bao",
      "thuê bao bị tạm dừng chiều gọi đi do không xác thực thông tin", approx="over"),
    F("từ SIM thứ 4 trở lên", "4", 4, "count", "SIM", optional=True),
    F("khoảng 4,2 triệu thuê bao", "4,2", 4200000, "count", "thuê bao", "thuê bao thuộc diện phải xác thực", D14,
      approx="about"),
    F("2,9 triệu thuê bao", "2,9", 2900000, "count", "thuê bao", "thuê bao đã hoàn thành xác thực", D14,
      percent=69),
    F("Viettel chiếm 46%", "46", 46, "percent", "%", "tỷ trọng thuê bao bị khóa của Viettel"),
    F("VinaPhone 28%", "28", 28, "percent", "%", "tỷ trọng thuê bao bị khóa của VinaPhone"),
    F("MobiFone 19%", "19", 19, "percent", "%", "tỷ trọng thuê bao bị khóa của MobiFone"),
    F("lần lượt 215.000", "215.000", 215000, "count", "thuê bao", "thuê bao bị khóa", location="Hà Nội"),
    F("198.000 thuê bao", "198.000", 198000, "count", "thuê bao", "thuê bao bị khóa", location="TP Hồ Chí Minh"),
    F("sau 30 ngày bị khóa", "30", 30, "measure", "ngày", optional=True),
    F("sau 30 ngày tiếp theo", "30", 30, "measure", "ngày", optional=True),
    F("khoảng 500.000", "500.000", 500000, "count", "thuê bao", "thuê bao bị thu hồi trong đợt này",
      approx="about", status="forecast"),
    F("hơn 2,7 triệu số thuê bao", "2,7", 2700000, "count", "số thuê bao", "số thuê bao không chính chủ bị thu hồi",
      Y24, approx="over"),
    F("đứng tên 6 SIM", "6", 6, "count", "SIM", "SIM đứng tên một người dùng", optional=True, location="Hà Nội"),
    F("4 SIM gắn vào", "4", 4, "count", "SIM", "SIM gắn vào camera và thiết bị định vị", optional=True, total=6,
      location="Hà Nội"),
    F("3 SIM của anh", "3", 3, "count", "SIM", "SIM bị khóa chiều gọi đi", optional=True, location="Hà Nội"),
    F("khoảng 5-7 phút", "5", 5, "measure", "phút", "thời gian mỗi lượt xác thực tại điểm giao dịch",
      approx="about", value_max=7),
]

NOTES = [
    "National newspaper (Việt Nam): hơn 1,3 triệu thuê bao bị khóa một chiều sau hạn 14/4/2025; dateline 'Thứ bảy, 19/4/2025, 08:15 (GMT+7)'.",
    "The headline figure and the lead figure are both recorded. 'Đến ngày 14/4' takes the year of the dateline: as-of 2025-04-14.",
    "'đạt 69%' after 2,9 triệu -> percent; no part-of cue to the 4,2 triệu, so no total. Network shares form a list sharing one indicator.",
    "Hà Nội / TP HCM items take their city as location. Rule durations 'sau 30 ngày' and the reader's own SIMs (6, 4, 3) are optional.",
    "revised after the first run: location of the 198.000 item written as the city's name 'TP Hồ Chí Minh' (the shared gold writes",
    "'TP.HCM' in the text as 'TP Hồ Chí Minh', h04), not the abbreviation 'TP HCM'.",
    "'khóa một chiều', 'khóa hai chiều', 'Thông tư 01/2024', 'tổng đài 18008098', 'hạn chót 14/4' are not figures.",
]

write("p953-6", TEXT, FIGS, NOTES, published="2025-04-19", location="Việt Nam")
