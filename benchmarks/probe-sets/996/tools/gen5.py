"""p996-5: Báo Đà Nẵng (Party newspaper) — IOC cameras and phạt nguội, 10 months 2023; byline + bare date at the end."""
from lib import build, F, P, I, C, T

TEXT = """Hơn 1.700 camera "canh" vi phạm giao thông

Theo Sở Thông tin và Truyền thông thành phố Đà Nẵng, hiện Trung tâm Giám sát điều hành đô thị thông minh (IOC) đang quản lý hơn 1.700 camera, trong đó có 420 camera giám sát giao thông và 96 camera AI có khả năng tự động phát hiện hành vi vượt đèn đỏ, dừng đỗ sai quy định, không đội mũ bảo hiểm.

Trong 10 tháng năm 2023, hệ thống đã ghi nhận 64.318 lượt vi phạm, gấp gần 1,8 lần cùng kỳ năm 2022. Phòng Cảnh sát giao thông Công an thành phố đã xác minh, gửi 38.950 thông báo đến chủ phương tiện; số người đến giải quyết là 21.407 trường hợp, chỉ đạt 55%. Tổng số tiền phạt thu được qua hình ảnh hơn 27 tỷ đồng.

Theo ông Trần Văn Hai, Giám đốc Trung tâm IOC, mỗi ngày hệ thống tiếp nhận trung bình khoảng 2 triệu hình ảnh, dữ liệu được lưu trữ 30 ngày để phục vụ tra cứu. Tỷ lệ nhận diện biển số chính xác của camera AI đạt 95,6%. Tại nút giao Nguyễn Văn Linh - Hàm Nghi, sau 3 tháng lắp camera AI, số lượt vượt đèn đỏ giảm khoảng 60%.

Thành phố đặt mục tiêu đến năm 2025 nâng số camera AI lên 250 camera, phủ kín 100% các nút giao có đèn tín hiệu trên địa bàn 6 quận. Người dân có thể tra cứu kết quả phạt nguội trên ứng dụng Danang Smart City hoặc gọi tổng đài 1022.

THANH TÌNH
15/11/2023
"""

P10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
P25 = P("đến năm 2025", None, "2025-12-31")
FIGS = [
    F('Hơn 1.700 camera "canh"', "1.700", 1700, "count", "camera", "camera canh vi phạm giao thông", approx="over"),
    F("quản lý hơn 1.700 camera", "1.700", 1700, "count", "camera",
      "camera do Trung tâm Giám sát điều hành đô thị thông minh (IOC) quản lý", approx="over"),
    F("có 420 camera", "420", 420, "count", "camera", "camera giám sát giao thông", total=1700),
    F("96 camera AI", "96", 96, "count", "camera", "camera AI tự động phát hiện hành vi vi phạm", total=1700),
    F("ghi nhận 64.318 lượt", "64.318", 64318, "count", "lượt vi phạm", "lượt vi phạm được hệ thống ghi nhận",
      change=C("increase", 1.8, "lần", "cùng kỳ năm 2022", approx="nearly"), period=P10),
    F("gửi 38.950 thông báo", "38.950", 38950, "count", "thông báo", "thông báo gửi đến chủ phương tiện",
      period=I(P10)),
    F("là 21.407 trường hợp", "21.407", 21407, "count", "trường hợp", "số người đến giải quyết",
      percent=55, period=I(P10)),
    F("hơn 27 tỷ đồng", "27", 27_000_000_000, "money", "đồng", "tổng số tiền phạt thu được qua hình ảnh",
      approx="over", period=I(P10)),
    F("khoảng 2 triệu hình ảnh", "2", 2_000_000, "measure", "hình ảnh/ngày",
      "hình ảnh hệ thống tiếp nhận mỗi ngày", approx="about"),
    F("lưu trữ 30 ngày", "30", 30, "measure", "ngày", "thời gian lưu trữ dữ liệu", optional=True),
    F("đạt 95,6%", "95,6", 95.6, "percent", "%", "tỷ lệ nhận diện biển số chính xác của camera AI"),
    F("khoảng 60%", "60", 60, "percent", "%", "số lượt vượt đèn đỏ tại nút giao Nguyễn Văn Linh - Hàm Nghi giảm",
      approx="about"),
    F("lên 250 camera", "250", 250, "count", "camera", "số camera AI", status="target", period=P25),
    F("100% các nút giao", "100", 100, "percent", "%", "nút giao có đèn tín hiệu được phủ camera AI",
      status="target", period=P25),
    F("6 quận", "6", 6, "count", "quận", "quận trên địa bàn thành phố", status="target", period=P25, optional=True),
]
NOTES = [
    "Báo Đà Nẵng: IOC cameras, AI cameras, camera-detected violations, notices and fines (10 months 2023); byline THANH TÌNH and bare date at the end.",
    "'gấp gần 1,8 lần cùng kỳ năm 2022' after the 64.318 base amount → change (increase, 1,8 lần, nearly).",
    "'khoảng 2 triệu hình ảnh' per day is a rate → measure, unit hình ảnh/ngày. 'lưu trữ 30 ngày' (system specification) and '6 quận' (the area) optional.",
    "'sau 3 tháng lắp camera AI' is a duration that locates the 60% drop in time, not a figure; 60% has no base amount → percent figure.",
    "Distractors: ông Trần Văn Hai, nút giao Nguyễn Văn Linh - Hàm Nghi, tổng đài 1022, 15/11/2023.",
]
build("p996-5", TEXT, FIGS, NOTES, published="2023-11-15", location="Đà Nẵng")
