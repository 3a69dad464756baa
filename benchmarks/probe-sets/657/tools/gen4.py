from lib import *

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ » Tin tức » Thông tin cơ sở
Ngày đăng: 26/12/2023 | Lượt xem: 2.904

Cả nước có 6.523 đài truyền thanh cấp xã ứng dụng CNTT - viễn thông

Theo Cục Thông tin cơ sở, tính đến ngày 30/11/2023, cả nước có 10.078 xã, phường, thị trấn có đài truyền thanh, chiếm 95,6% tổng số đơn vị hành chính cấp xã; trong đó 6.523 đài đã ứng dụng CNTT - viễn thông, tăng 1.847 đài so với cuối năm 2022.

Tỷ lệ đài truyền thanh ứng dụng CNTT - viễn thông đạt 64,7%, vượt mục tiêu 50% của năm 2023, song vẫn thấp hơn mục tiêu 70% vào năm 2025 theo Quyết định số 135/QĐ-TTg. Dẫn đầu là Hà Nam (100%), Bắc Ninh (100%), Đồng Tháp (98,6%) và Quảng Ninh (92,4%); trong khi một số tỉnh miền núi còn dưới 30% như Lai Châu (18,2%), Điện Biên (21,5%).

Năm 2023, các đài truyền thanh cấp xã ước phát khoảng 4,2 triệu tin, bài, trong đó hơn 1,1 triệu tin, bài phát qua hệ thống truyền thanh ứng dụng CNTT - viễn thông. Hệ thống thông tin nguồn trung ương đã kết nối với 41 hệ thống thông tin nguồn cấp tỉnh.

Cả nước có 11.236 người làm công tác truyền thanh cơ sở, trong đó khoảng 40% chưa qua đào tạo nghiệp vụ. Theo Thông tư số 39/2020/TT-BTTTT, mỗi đài cần ít nhất 1 người phụ trách được bồi dưỡng kỹ năng.

Bộ Thông tin và Truyền thông đề nghị các địa phương bố trí kinh phí, phấn đấu năm 2024 nâng tỷ lệ đài truyền thanh cấp xã ứng dụng CNTT - viễn thông lên ít nhất 68%.

Địa chỉ: 18 Nguyễn Du, Hai Bà Trưng, Hà Nội. Điện thoại: 024.3943.7036.
"""

asof = P("tính đến ngày 30/11/2023", end="2023-11-30")
y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y24 = P("năm 2024", "2024-01-01", "2024-12-31")
RATE = "tỷ lệ đài truyền thanh ứng dụng CNTT - viễn thông"

FIGS = [
    F("có 6.523 đài", "6.523", 6523, "count", "đài", "đài truyền thanh cấp xã ứng dụng CNTT - viễn thông", I(asof)),
    F("có 10.078", "10.078", 10078, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có đài truyền thanh", asof,
      percent=95.6),
    F("trong đó 6.523", "6.523", 6523, "count", "đài", "đài đã ứng dụng CNTT - viễn thông", asof, total=10078,
      change=CH("increase", 1847, "đài", "cuối năm 2022")),
    F("đạt 64,7%", "64,7", 64.7, "percent", "%", RATE, I(asof), target=TG(50, "%", True)),
    F("mục tiêu 70%", "70", 70, "percent", "%", RATE, P("năm 2025", "2025-01-01", "2025-12-31"), status="target",
      optional=True),
    F("Hà Nam (100%)", "100", 100, "percent", "%", RATE, I(asof), location="Hà Nam"),
    F("Bắc Ninh (100%)", "100", 100, "percent", "%", RATE, I(asof), location="Bắc Ninh"),
    F("Đồng Tháp (98,6%)", "98,6", 98.6, "percent", "%", RATE, I(asof), location="Đồng Tháp"),
    F("Quảng Ninh (92,4%)", "92,4", 92.4, "percent", "%", RATE, I(asof), location="Quảng Ninh"),
    F("dưới 30%", "30", 30, "percent", "%", RATE, approx="under", optional=True),
    F("Lai Châu (18,2%)", "18,2", 18.2, "percent", "%", RATE, I(asof), location="Lai Châu"),
    F("Điện Biên (21,5%)", "21,5", 21.5, "percent", "%", RATE, I(asof), location="Điện Biên"),
    F("khoảng 4,2 triệu", "4,2", 4.2e6, "count", "tin, bài", "tin, bài các đài truyền thanh cấp xã phát", y23,
      approx="about", status="estimate"),
    F("hơn 1,1 triệu", "1,1", 1.1e6, "count", "tin, bài",
      "tin, bài phát qua hệ thống truyền thanh ứng dụng CNTT - viễn thông", y23, approx="over", total=4.2e6,
      status="estimate"),
    F("với 41 hệ thống", "41", 41, "count", "hệ thống", "hệ thống thông tin nguồn cấp tỉnh kết nối", I(y23)),
    F("có 11.236 người", "11.236", 11236, "count", "người", "người làm công tác truyền thanh cơ sở"),
    F("khoảng 40%", "40", 40, "percent", "%", "người làm công tác truyền thanh cơ sở chưa qua đào tạo nghiệp vụ",
      approx="about"),
    F("ít nhất 1 người", "1", 1, "count", "người", "người phụ trách mỗi đài", approx="at_least", optional=True),
    F("ít nhất 68%", "68", 68, "percent", "%", "tỷ lệ đài truyền thanh cấp xã ứng dụng CNTT - viễn thông", y24,
      approx="at_least", status="target"),
]

emit("p657-4", TEXT, [
    "Ministry site (Bộ TT&TT, breadcrumb, `Ngày đăng: 26/12/2023 | Lượt xem: 2.904`): national count of IP/4G commune radio stations.",
    "Distractors: Quyết định số 135/QĐ-TTg, Thông tư số 39/2020/TT-BTTTT, 18 Nguyễn Du, phone 024.3943.7036, view counter.",
    "64,7% carries target 50 (met: `vượt mục tiêu 50%`); the second target `mục tiêu 70% vào năm 2025` is optional (one target per figure).",
    "Province list items: subject = the list's rate, province -> location. `dưới 30%` (threshold) and the legal minimum `ít nhất 1 người` optional.",
    "`ước` governs the 4,2 triệu clause and its `trong đó` continuation (estimate). `khoảng 40%` after `trong đó` is a percent figure (no whole in %).",
], FIGS, published="2023-12-26", location="Việt Nam")
