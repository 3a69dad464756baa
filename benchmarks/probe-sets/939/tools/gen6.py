"""p939-6: national newspaper — Tam Giang - Cầu Hai lagoon seagrass, Thừa Thiên Huế, Sept 2024."""
from lib import F, P, I, C, T, make

TEXT = """Thời sự > Môi trường
Chủ nhật, 15/9/2024, 07:30 (GMT+7)

Thảm cỏ biển ở phá Tam Giang - Cầu Hai hồi sinh

Sau nhiều năm cấm cào, diện tích cỏ biển ở đầm phá đã tăng trở lại, nguồn lợi thủy sản phục hồi rõ rệt.

Theo Chi cục Thủy sản Thừa Thiên Huế, hệ đầm phá Tam Giang - Cầu Hai có diện tích mặt nước khoảng 22.000 ha, là hệ đầm phá lớn nhất Đông Nam Á. Năm 2023, diện tích thảm cỏ biển trong đầm phá đạt khoảng 1.050 ha, tăng 230 ha so với năm 2018, phân bố tại các huyện Phú Vang (420 ha), Phú Lộc (380 ha) và Quảng Điền (250 ha).

Ông Nguyễn Văn Bảy, Phó Chi cục trưởng, cho biết từ năm 2019 đến nay, tỉnh đã thành lập 21 khu bảo vệ nguồn lợi thủy sản với tổng diện tích 1.247 ha, giao cho các chi hội nghề cá quản lý. Tỉnh hỗ trợ mỗi khu 50 triệu đồng/năm cho hoạt động tuần tra.

Nhờ đó, sản lượng khai thác thủy sản trong đầm phá năm 2023 ước đạt 3.900 tấn, tăng khoảng 15% so với năm 2022. Thu nhập bình quân của ngư dân tham gia tổ tuần tra đạt 4,5-5 triệu đồng/người/tháng. Trong 8 tháng năm 2024, các tổ cộng đồng đã tuần tra 1.320 lượt, lập biên bản 46 vụ vi phạm, thu giữ 230 bộ lừ và 15 bộ cào.

Dự kiến đến cuối năm 2025, tỉnh sẽ trồng phục hồi thêm 50 ha cỏ biển với tổng kinh phí khoảng 7 tỷ đồng. Trên phạm vi cả nước, diện tích thảm cỏ biển hiện khoảng 15.000 ha, song nhiều nơi đang suy giảm nhanh.

Võ Thạnh
"""

TTH = "Thừa Thiên Huế"
P23 = P("Năm 2023", "2023-01-01", "2023-12-31")
P19 = P("từ năm 2019 đến nay", "2019-01-01", "2024-09-15")
P23b = P("năm 2023", "2023-01-01", "2023-12-31")
P8 = P("Trong 8 tháng năm 2024", "2024-01-01", "2024-08-31")
P25 = P("đến cuối năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 22.000 ha", "22.000", 22000, "measure", "ha", "diện tích mặt nước hệ đầm phá Tam Giang - Cầu Hai",
      approx="about"),
    F("khoảng 1.050 ha", "1.050", 1050, "measure", "ha", "diện tích thảm cỏ biển trong đầm phá", P23,
      approx="about", change=C("increase", 230, "ha", "năm 2018")),
    F("(420 ha)", "420", 420, "measure", "ha", "diện tích thảm cỏ biển", P23, total=1050, location="Phú Vang"),
    F("(380 ha)", "380", 380, "measure", "ha", "diện tích thảm cỏ biển", P23, total=1050, location="Phú Lộc"),
    F("(250 ha)", "250", 250, "measure", "ha", "diện tích thảm cỏ biển", P23, total=1050, location="Quảng Điền"),
    F("thành lập 21 khu", "21", 21, "count", "khu bảo vệ nguồn lợi thủy sản", "khu bảo vệ nguồn lợi thủy sản thành lập",
      P19),
    F("tổng diện tích 1.247 ha", "1.247", 1247, "measure", "ha", "tổng diện tích khu bảo vệ nguồn lợi thủy sản", P19),
    F("mỗi khu 50 triệu đồng/năm", "50", 50e6, "money", "đồng/năm", "mức hỗ trợ mỗi khu cho hoạt động tuần tra"),
    F("ước đạt 3.900 tấn", "3.900", 3900, "measure", "tấn", "sản lượng khai thác thủy sản trong đầm phá", P23b,
      status="estimate", change=C("increase", 15, "%", "năm 2022", "about")),
    F("đạt 4,5-5 triệu", "4,5", 4.5e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của ngư dân tham gia tổ tuần tra", value_max=5e6),
    F("tuần tra 1.320 lượt", "1.320", 1320, "count", "lượt", "lượt tuần tra của các tổ cộng đồng", P8),
    F("biên bản 46 vụ", "46", 46, "count", "vụ vi phạm", "vụ vi phạm lập biên bản", P8),
    F("thu giữ 230 bộ lừ", "230", 230, "count", "bộ lừ", "lừ thu giữ", P8),
    F("và 15 bộ cào", "15", 15, "count", "bộ cào", "cào thu giữ", P8),
    F("thêm 50 ha", "50", 50, "measure", "ha", "diện tích cỏ biển trồng phục hồi", P25, status="forecast"),
    F("khoảng 7 tỷ đồng", "7", 7e9, "money", "đồng", "tổng kinh phí trồng phục hồi cỏ biển", P25,
      approx="about", status="forecast"),
    F("hiện khoảng 15.000 ha", "15.000", 15000, "measure", "ha", "diện tích thảm cỏ biển", approx="about",
      location="Việt Nam"),
]

make("p939-6", TEXT, FIGS, published="2024-09-15", location=TTH, notes=[
    "National newspaper: Tam Giang - Cầu Hai lagoon seagrass (Thừa Thiên Huế), 'Chủ nhật, 15/9/2024, 07:30 (GMT+7)'.",
    "Not figures: '07:30 (GMT+7)', 'Ông Nguyễn Văn Bảy' (name), 'năm 2018'/'năm 2022' (baselines).",
    "District list (420 + 380 + 250 = 1.050) is a bracketed breakdown that adds up: total 1050, district as location.",
    "'từ năm 2019 đến nay' ends at the dateline. The closing national seagrass area is Việt Nam.",
])
