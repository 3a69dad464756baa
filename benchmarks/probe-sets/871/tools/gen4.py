"""p871-4: Bộ Y tế portal, World Sight Day 2024, national figures on refractive error and optical shops."""
from lib import F, P, I, C, T, build

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Tin hoạt động
Ưu tiên chăm sóc mắt cho trẻ em: khoảng 3 triệu trẻ cần được đeo kính
Ngày đăng: 10/10/2024 | Lượt xem: 1.207

Sáng 10/10, tại Hà Nội, Bộ Y tế phối hợp với Bệnh viện Mắt Trung ương tổ chức lễ mít tinh hưởng ứng Ngày Thị giác thế giới năm 2024 với chủ đề "Yêu đôi mắt của bạn - Trẻ em".

Theo Cục Quản lý Khám, chữa bệnh, cả nước hiện có khoảng 3 triệu trẻ em mắc tật khúc xạ cần đeo kính, nhưng chỉ khoảng 30% trong số đó đã có kính phù hợp. Tỷ lệ tật khúc xạ ở học sinh khu vực thành thị từ 30 đến 40%, ở nông thôn là 10-15%. Tại Hà Nội và TP Hồ Chí Minh, tỷ lệ cận thị ở học sinh trung học cơ sở lần lượt là 42,5% và 39,8%.

Trong 9 tháng đầu năm 2024, các bệnh viện mắt trên cả nước đã khám, đo khúc xạ cho hơn 1,2 triệu lượt trẻ em, tăng 18% so với cùng kỳ. Năm 2023, cả nước có 4.862 cơ sở kinh doanh kính thuốc được cấp phép, tăng 12,6% so với năm 2022; số kỹ thuật viên khúc xạ được đào tạo bài bản khoảng 2.100 người, bình quân 2,1 người/10 vạn dân. Chuyên khoa mắt đã có mặt tại 63/63 tỉnh, thành phố, nhưng mới có 38% số bệnh viện tuyến huyện có phòng khám mắt.

Phát biểu tại buổi lễ, Thứ trưởng Bộ Y tế cho biết theo Kế hoạch quốc gia phòng chống mù lòa giai đoạn 2021-2025, đến năm 2025 phấn đấu ít nhất 70% trẻ em mắc tật khúc xạ được cấp kính phù hợp, 100% tỉnh có ít nhất 1 bệnh viện mắt hoặc khoa mắt đạt chuẩn. Năm 2025, Bộ dự kiến đào tạo thêm 500 kỹ thuật viên khúc xạ và hoàn thiện dự thảo sửa đổi Thông tư số 12/2019/TT-BYT về quản lý kinh doanh kính thuốc.

Cổng Thông tin điện tử Bộ Y tế - Số 138A Giảng Võ, Ba Đình, Hà Nội - ĐT: 024.3846.4416
"""

TO25 = P("đến năm 2025", None, "2025-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
RATE = "tỷ lệ cận thị ở học sinh trung học cơ sở"

FIGS = [
    F("khoảng 3 triệu trẻ cần", "3", 3000000, "count", "trẻ", "trẻ cần được đeo kính", approx="about"),
    F("có khoảng 3 triệu trẻ em", "3", 3000000, "count", "trẻ em", "trẻ em mắc tật khúc xạ cần đeo kính", approx="about"),
    F("khoảng 30% trong số đó", "30", 30, "percent", "%", "trẻ em mắc tật khúc xạ đã có kính phù hợp", approx="about"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "tỷ lệ tật khúc xạ ở học sinh khu vực thành thị", value_max=40),
    F("là 10-15%", "10", 10, "percent", "%", "tỷ lệ tật khúc xạ ở học sinh nông thôn", value_max=15),
    F("là 42,5%", "42,5", 42.5, "percent", "%", RATE, location="Hà Nội"),
    F("và 39,8%", "39,8", 39.8, "percent", "%", RATE, location="TP Hồ Chí Minh"),
    F("hơn 1,2 triệu lượt", "1,2", 1200000, "count", "lượt trẻ em", "lượt trẻ em được khám, đo khúc xạ tại các bệnh viện mắt",
      approx="over", change=C("increase", 18, "%", "cùng kỳ"),
      period=P("Trong 9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")),
    F("có 4.862 cơ sở", "4.862", 4862, "count", "cơ sở", "cơ sở kinh doanh kính thuốc được cấp phép",
      change=C("increase", 12.6, "%", "năm 2022"), period=Y23),
    F("khoảng 2.100 người", "2.100", 2100, "count", "người", "kỹ thuật viên khúc xạ được đào tạo bài bản",
      approx="about", period=Y23),
    F("bình quân 2,1 người", "2,1", 2.1, "measure", "người/10 vạn dân", "kỹ thuật viên khúc xạ bình quân trên 10 vạn dân", period=Y23),
    F("tại 63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có chuyên khoa mắt", total=63),
    F("có 38% số bệnh viện", "38", 38, "percent", "%", "bệnh viện tuyến huyện có phòng khám mắt"),
    F("ít nhất 70%", "70", 70, "percent", "%", "trẻ em mắc tật khúc xạ được cấp kính phù hợp", approx="at_least",
      status="target", period=TO25),
    F("100% tỉnh", "100", 100, "percent", "%", "tỉnh có ít nhất 1 bệnh viện mắt hoặc khoa mắt đạt chuẩn", status="target",
      period=TO25),
    F("ít nhất 1 bệnh viện", "1", 1, "count", "bệnh viện", "bệnh viện mắt hoặc khoa mắt đạt chuẩn mỗi tỉnh",
      approx="at_least", status="target", optional=True),
    F("thêm 500 kỹ thuật viên", "500", 500, "count", "kỹ thuật viên khúc xạ", "kỹ thuật viên khúc xạ được đào tạo thêm",
      status="forecast", period=P("Năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Cổng TTĐT Bộ Y tế: Ngày Thị giác thế giới 10/10/2024. National figures (cả nước) -> Việt Nam; the list with 'lần lượt' gives Hà Nội / TP Hồ Chí Minh.",
    "'chỉ khoảng 30% trong số đó' is the share of a sub-group (already have glasses): a percent figure of its own, not an attribute of 3 triệu.",
    "'Năm 2023' governs the whole sentence up to the full stop (the ';' clause with 2.100 and 2,1 too). '2,1 người/10 vạn dân' is a rate (measure).",
    "'ít nhất 1 bệnh viện' is the criterion inside the 100% target: optional. 'Hà Nội' in the opening sentence only places the event.",
    "Distractors: Ngày 10/10, giai đoạn 2021-2025, Thông tư số 12/2019/TT-BYT, 138A Giảng Võ, 024.3846.4416, Lượt xem 1.207.",
]

build(4, TEXT, FIGS, published="2024-10-10", location="Việt Nam", notes=NOTES)
