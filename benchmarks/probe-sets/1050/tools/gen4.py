"""p1050-4: ministry site (Bộ NN&PTNT), national mud crab farming 2023 and targets to 2030."""
from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản
Ngày đăng: 05/03/2024 | Lượt xem: 1.127

Phát triển nghề nuôi cua biển theo hướng bền vững

Theo Cục Thủy sản, năm 2023 cả nước có khoảng 615.000 ha nuôi cua biển, tăng 2,3% so với năm 2022; sản lượng ước đạt 102.400 tấn. Vùng Đồng bằng sông Cửu Long chiếm trên 90% diện tích; các tỉnh có diện tích lớn nhất lần lượt là Cà Mau (312.000 ha), Bạc Liêu (128.000 ha), Kiên Giang (74.000 ha) và Sóc Trăng (38.000 ha).

Xuất khẩu cua ghẹ năm 2023 đạt 205 triệu USD, giảm 8% so với năm 2022, trong đó thị trường Trung Quốc đạt 128 triệu USD, chiếm 62,4%.

Về con giống, cả nước hiện có 284 cơ sở sản xuất cua giống; năm 2023 sản xuất được khoảng 1,1 tỷ con giống, đáp ứng khoảng 55% nhu cầu, số còn lại phải khai thác ngoài tự nhiên hoặc nhập từ Myanmar, Indonesia.

Năng suất nuôi cua kết hợp bình quân chỉ đạt 0,15-0,2 tấn/ha/năm, trong khi mô hình nuôi thâm canh trong hộp nhựa với hệ thống tuần hoàn có thể đạt 25-30 tấn/ha/năm.

Phát biểu tại Diễn đàn Khuyến nông @ Nông nghiệp lần thứ 3 năm 2024, Phó Cục trưởng Cục Thủy sản cho biết, theo Chiến lược phát triển thủy sản Việt Nam (Quyết định số 339/QĐ-TTg), đến năm 2030 ngành phấn đấu đạt diện tích nuôi cua 650.000 ha, sản lượng 150.000 tấn, kim ngạch xuất khẩu cua ghẹ 400 triệu USD; tỷ lệ con giống sản xuất nhân tạo đáp ứng trên 80% nhu cầu.

Cục Thủy sản - Địa chỉ: số 10 Nguyễn Công Hoan, Ba Đình, Hà Nội. Điện thoại: 024.3724.5370
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SA = "diện tích nuôi cua biển"

FIGS = [
    F("khoảng 615.000 ha", "615.000", 615000, "measure", "ha", SA, approx="about",
      change=C("increase", 2.3, "%", "năm 2022"), period=Y23),
    F("ước đạt 102.400 tấn", "102.400", 102400, "measure", "tấn", "sản lượng cua biển", status="estimate",
      period=Y23),
    F("chiếm trên 90% diện tích", "90", 90, "percent", "%", "tỷ trọng diện tích nuôi cua biển của Đồng bằng sông Cửu Long",
      approx="over", period=I(Y23)),
    F("Cà Mau (312.000 ha)", "312.000", 312000, "measure", "ha", SA, location="Cà Mau", period=I(Y23)),
    F("Bạc Liêu (128.000 ha)", "128.000", 128000, "measure", "ha", SA, location="Bạc Liêu", period=I(Y23)),
    F("Kiên Giang (74.000 ha)", "74.000", 74000, "measure", "ha", SA, location="Kiên Giang", period=I(Y23)),
    F("Sóc Trăng (38.000 ha)", "38.000", 38000, "measure", "ha", SA, location="Sóc Trăng", period=I(Y23)),
    F("đạt 205 triệu USD", "205", 205e6, "money", "USD", "xuất khẩu cua ghẹ",
      change=C("decrease", 8, "%", "năm 2022"), period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 128 triệu USD", "128", 128e6, "money", "USD", "xuất khẩu cua ghẹ sang thị trường Trung Quốc",
      total=205e6, percent=62.4, period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 284 cơ sở", "284", 284, "count", "cơ sở", "cơ sở sản xuất cua giống"),
    F("khoảng 1,1 tỷ con giống", "1,1", 1.1e9, "count", "con giống", "cua giống sản xuất được", approx="about",
      percent=55, period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("0,15-0,2 tấn/ha/năm", "0,15", 0.15, "measure", "tấn/ha/năm", "năng suất nuôi cua kết hợp bình quân",
      value_max=0.2),
    F("đạt 25-30 tấn/ha/năm", "25", 25, "measure", "tấn/ha/năm",
      "năng suất mô hình nuôi cua thâm canh trong hộp nhựa với hệ thống tuần hoàn", value_max=30),
    F("diện tích nuôi cua 650.000 ha", "650.000", 650000, "measure", "ha", SA, status="target", period=T30),
    F("sản lượng 150.000 tấn", "150.000", 150000, "measure", "tấn", "sản lượng cua biển", status="target",
      period=T30),
    F("cua ghẹ 400 triệu USD", "400", 400e6, "money", "USD", "kim ngạch xuất khẩu cua ghẹ", status="target",
      period=T30),
    F("trên 80% nhu cầu", "80", 80, "percent", "%", "tỷ lệ con giống sản xuất nhân tạo đáp ứng nhu cầu",
      approx="over", status="target", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Thủy sản): national mud crab area, output, exports, seed, and 2030 targets.",
    "Not figures: 'Lượt xem: 1.127', 'lần thứ 3' (ordinal), 'năm 2024' (event date), 'Quyết định số 339/QĐ-TTg',",
    "address 'số 10 Nguyễn Công Hoan', phone '024.3724.5370'.",
    "All figures are national (Việt Nam) except the ranked provinces (location = the province). The ranked list",
    "does not add up to a whole and follows a percent, so it gets no total. The 90% share of the region (not a",
    "province) is a national-level statement: location Việt Nam.",
    "Trung Quốc is a trade partner, not a place: 128 triệu USD keeps Việt Nam, total 205 triệu USD, percent 62,4.",
    "'đáp ứng khoảng 55% nhu cầu' after 1,1 tỷ con is the share this figure meets: its percent.",
]

write("p1050-4", TEXT, FIGS, NOTES, published="2024-03-05", location="Việt Nam")
