"""p571-2: huyện Thọ Xuân (Thanh Hóa) district portal, civil status and attestation, Q1/2024."""
import sys
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỌ XUÂN
Trang chủ / Tin tức - Sự kiện / Tư pháp

Quý I/2024, Thọ Xuân đăng ký khai sinh cho 1.236 trường hợp

Thứ Năm, 18/04/2024 - 14:20

Theo Phòng Tư pháp huyện, trong quý I/2024, UBND các xã, thị trấn trên địa bàn huyện Thọ Xuân đã đăng ký khai sinh cho 1.236 trường hợp (đúng hạn 1.104 trường hợp, quá hạn 87 trường hợp, đăng ký lại 45 trường hợp); đăng ký kết hôn 512 cặp và đăng ký khai tử 648 trường hợp, tăng lần lượt 3,2% và 5,8% so với cùng kỳ năm 2023.

Phòng Tư pháp huyện đã giải quyết 27 việc hộ tịch có yếu tố nước ngoài, trong đó có 19 trường hợp đăng ký kết hôn với công dân Trung Quốc, Hàn Quốc. Bộ phận một cửa cấp huyện và cấp xã đã chứng thực 18.450 bản sao từ bản chính, 2.310 việc chứng thực chữ ký, thu lệ phí 96,5 triệu đồng.

Việc nộp hồ sơ hộ tịch trực tuyến có chuyển biến rõ nét: tỷ lệ hồ sơ nộp qua Cổng Dịch vụ công đạt từ 35 đến 40% tùy xã, riêng thị trấn Thọ Xuân đạt 62,4%. Bình quân mỗi ngày, công chức tư pháp - hộ tịch cấp xã tiếp nhận khoảng 15 hồ sơ.

Năm 2024, huyện phấn đấu 100% trẻ em sinh ra được đăng ký khai sinh đúng hạn, tỷ lệ hồ sơ hộ tịch nộp trực tuyến đạt ít nhất 50%. Ngày 28/3/2024, UBND huyện đã ban hành Kế hoạch số 86/KH-UBND về tuyên truyền Luật Hộ tịch tại 30 xã, thị trấn.

Lê Hà (Phòng Tư pháp huyện)
Địa chỉ: Khu 4, thị trấn Thọ Xuân, huyện Thọ Xuân. Điện thoại: 0237.3832.119
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = P("trong quý I/2024", "2024-01-01", "2024-03-31")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khai sinh cho 1.236 trường hợp\n", "1.236", 1236, "count", "trường hợp", "đăng ký khai sinh", Q1),
    F("cho 1.236 trường hợp (đúng", "1.236", 1236, "count", "trường hợp", "đăng ký khai sinh", Q1b),
    F("đúng hạn 1.104 trường hợp", "1.104", 1104, "count", "trường hợp", "đăng ký khai sinh đúng hạn", Q1b, total=1236),
    F("quá hạn 87 trường hợp", "87", 87, "count", "trường hợp", "đăng ký khai sinh quá hạn", Q1b, total=1236),
    F("đăng ký lại 45 trường hợp", "45", 45, "count", "trường hợp", "đăng ký lại khai sinh", Q1b, total=1236),
    F("kết hôn 512 cặp", "512", 512, "count", "cặp", "đăng ký kết hôn", Q1b,
      change=CH("increase", 3.2, baseline="cùng kỳ năm 2023")),
    F("khai tử 648 trường hợp", "648", 648, "count", "trường hợp", "đăng ký khai tử", Q1b,
      change=CH("increase", 5.8, baseline="cùng kỳ năm 2023")),
    F("giải quyết 27 việc", "27", 27, "count", "việc", "việc hộ tịch có yếu tố nước ngoài", I(Q1b)),
    F("có 19 trường hợp", "19", 19, "count", "trường hợp", "đăng ký kết hôn với công dân Trung Quốc, Hàn Quốc", I(Q1b), total=27),
    F("chứng thực 18.450 bản sao", "18.450", 18450, "count", "bản sao", "bản sao chứng thực từ bản chính", I(Q1b)),
    F("2.310 việc", "2.310", 2310, "count", "việc", "việc chứng thực chữ ký", I(Q1b)),
    F("96,5 triệu đồng", "96,5", 96.5e6, "money", "đồng", "lệ phí chứng thực", I(Q1b)),
    F("từ 35 đến 40%", "35", 35, "percent", "%", "tỷ lệ hồ sơ hộ tịch nộp qua Cổng Dịch vụ công", I(Q1b), value_max=40),
    F("đạt 62,4%", "62,4", 62.4, "percent", "%", "tỷ lệ hồ sơ hộ tịch nộp qua Cổng Dịch vụ công thị trấn Thọ Xuân", I(Q1b)),
    F("khoảng 15 hồ sơ", "15", 15, "count", "hồ sơ", "hồ sơ công chức tư pháp - hộ tịch cấp xã tiếp nhận bình quân mỗi ngày",
      I(Q1b), approx="about"),
    F("phấn đấu 100% trẻ em", "100", 100, "percent", "%", "trẻ em sinh ra được đăng ký khai sinh đúng hạn", Y, status="target"),
    F("ít nhất 50%", "50", 50, "percent", "%", "tỷ lệ hồ sơ hộ tịch nộp trực tuyến", Y, approx="at_least", status="target"),
    F("tại 30 xã, thị trấn", "30", 30, "count", "xã, thị trấn", "xã, thị trấn tuyên truyền Luật Hộ tịch"),
]

COMMENTS = [
    "Thọ Xuân district portal (Thanh Hóa), dateline 'Thứ Năm, 18/04/2024 - 14:20', byline and address at the end: civil status, Q1/2024.",
    "The bracket after 1.236 is a breakdown that adds up (1.104 + 87 + 45): each part gets total 1236.",
    "'tăng lần lượt 3,2% và 5,8%' gives one change to each of kết hôn and khai tử. 'Trung Quốc, Hàn Quốc' are not places of the figure.",
    "Location is the district throughout ('thị trấn Thọ Xuân' is the district town). Not figures: Khu 4, phone, Kế hoạch số 86/KH-UBND, dates.",
    "'tại 30 xã, thị trấn' is a count with no period (a plan issued on a date).",
]

ok = emit("p571-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Thọ Xuân")
sys.exit(0 if ok else 1)
