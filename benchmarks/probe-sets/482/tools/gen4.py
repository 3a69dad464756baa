"""p482-4: Bộ GTVT ministry site — national bus network, ridership 2023, electric buses, subsidies, targets."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Vận tải
Ngày đăng: 15/03/2024 | Lượt xem: 2.061

Sản lượng xe buýt năm 2023 tăng 12,7%

Theo Cục Đường bộ Việt Nam, tính đến ngày 31/12/2023, cả nước có 1.108 tuyến xe buýt hoạt động tại 61/63 tỉnh, thành phố với khoảng 13.200 phương tiện. Trong đó, 427 tuyến được trợ giá, tập trung tại Hà Nội (154 tuyến), TP. Hồ Chí Minh (95 tuyến) và Đà Nẵng (13 tuyến).

Năm 2023, sản lượng vận chuyển hành khách bằng xe buýt toàn quốc ước đạt 1.046,8 triệu lượt, tăng 12,7% so với năm 2022, nhưng mới bằng khoảng 86% năm 2019, thời điểm trước dịch Covid-19. Tỷ lệ đáp ứng nhu cầu đi lại bằng vận tải hành khách công cộng của Hà Nội và TP. Hồ Chí Minh lần lượt đạt khoảng 19,4% và 9,6%; các đô thị loại I khác chỉ từ 1 đến 3%.

Cả nước hiện có 1.027 xe buýt điện, chiếm 7,8% tổng số xe buýt, gấp hơn 3 lần so với cuối năm 2021. Kinh phí trợ giá xe buýt từ ngân sách địa phương năm 2023 khoảng 4.820 tỷ đồng, trong đó Hà Nội gần 3.400 tỷ đồng; mức trợ giá bình quân bằng 40-60% chi phí vận hành.

Thực hiện Quyết định số 876/QĐ-TTg của Thủ tướng Chính phủ, đến năm 2025, 100% xe buýt thay thế, đầu tư mới phải sử dụng điện, năng lượng xanh. Bộ đặt mục tiêu đến năm 2030 sản lượng xe buýt cả nước đạt khoảng 1,5 tỷ lượt khách, tỷ lệ đáp ứng nhu cầu đi lại tại các đô thị đặc biệt đạt 25-30%.

Trụ sở: 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3942.4015.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23h = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
RATE = "tỷ lệ đáp ứng nhu cầu đi lại bằng vận tải hành khách công cộng"

FIGS = [
    F("năm 2023 tăng 12,7%", "12,7", 12.7, "percent", "%", subject="sản lượng xe buýt", period=Y23),
    F("có 1.108 tuyến", "1.108", 1108, "count", "tuyến", subject="tuyến xe buýt hoạt động", period=ASOF),
    F("tại 61/63 tỉnh", "61", 61, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố có tuyến xe buýt hoạt động", period=ASOF),
    F("khoảng 13.200 phương tiện", "13.200", 13200, "count", "phương tiện", approx="about",
      subject="phương tiện xe buýt", period=ASOF),
    F("427 tuyến", "427", 427, "count", "tuyến", total=1108, subject="tuyến xe buýt được trợ giá", period=I(ASOF)),
    F("Hà Nội (154 tuyến)", "154", 154, "count", "tuyến", subject="tuyến xe buýt được trợ giá",
      period=I(ASOF), location="Hà Nội"),
    F("Hồ Chí Minh (95 tuyến)", "95", 95, "count", "tuyến", subject="tuyến xe buýt được trợ giá",
      period=I(ASOF), location="TP Hồ Chí Minh"),
    F("Đà Nẵng (13 tuyến)", "13", 13, "count", "tuyến", subject="tuyến xe buýt được trợ giá",
      period=I(ASOF), location="Đà Nẵng"),
    F("ước đạt 1.046,8 triệu lượt", "1.046,8", 1046800000, "count", "lượt", status="estimate", percent=86,
      change=CH("increase", 12.7, baseline="năm 2022"),
      subject="sản lượng vận chuyển hành khách bằng xe buýt toàn quốc", period=Y23h),
    F("khoảng 19,4%", "19,4", 19.4, "percent", "%", approx="about", subject=RATE, period=I(Y23h), location="Hà Nội"),
    F("và 9,6%", "9,6", 9.6, "percent", "%", approx="about", subject=RATE, period=I(Y23h), location="TP Hồ Chí Minh"),
    F("từ 1 đến 3%", "1", 1, "percent", "%", value_max=3,
      subject=RATE + " các đô thị loại I khác", period=I(Y23h)),
    F("có 1.027 xe buýt điện", "1.027", 1027, "count", "xe buýt điện", percent=7.8,
      change=CH("increase", 3, unit="lần", approx="over", baseline="cuối năm 2021"), subject="xe buýt điện"),
    F("khoảng 4.820 tỷ đồng", "4.820", 4820000000000, "money", "đồng", approx="about",
      subject="kinh phí trợ giá xe buýt từ ngân sách địa phương", period=Y23),
    F("gần 3.400 tỷ đồng", "3.400", 3400000000000, "money", "đồng", approx="nearly", total=4820000000000,
      subject="kinh phí trợ giá xe buýt từ ngân sách địa phương", period=Y23, location="Hà Nội"),
    F("bằng 40-60%", "40", 40, "percent", "%", value_max=60,
      subject="mức trợ giá bình quân so với chi phí vận hành", period=Y23),
    F("100% xe buýt", "100", 100, "percent", "%", status="target",
      subject="xe buýt thay thế, đầu tư mới sử dụng điện, năng lượng xanh", period=T25),
    F("khoảng 1,5 tỷ lượt khách", "1,5", 1500000000, "count", "lượt khách", approx="about", status="target",
      subject="sản lượng xe buýt cả nước", period=T30),
    F("đạt 25-30%", "25", 25, "percent", "%", value_max=30, status="target",
      subject="tỷ lệ đáp ứng nhu cầu đi lại tại các đô thị đặc biệt", period=T30),
]

COMMENTS = [
    "Cổng TTĐT Bộ GTVT (ministry site, 'Ngày đăng: 15/03/2024 | Lượt xem: 2.061'): national bus network, ridership 2023, targets.",
    "Location Việt Nam (national figures); Hà Nội / TP HCM / Đà Nẵng list items and the 'lần lượt' rates carry their city as location.",
    "The bracketed city route counts after the part '427 tuyến' do not add up and follow no cue: no total. 'gấp hơn 3 lần so với",
    "cuối năm 2021' after 1.027 xe is its change (lần, over). 'các đô thị loại I khác' range is national (no single place).",
    "Distractors: 'Lượt xem: 2.061', 'Covid-19', 'đô thị loại I', 'Quyết định số 876/QĐ-TTg', address '80 Trần Hưng Đạo', phone.",
]

if __name__ == "__main__":
    emit("p482-4", TEXT, COMMENTS, FIGS, published="2024-03-15", location="Việt Nam")
