"""p720-4: Ministry of Finance site, national e-commerce tax 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ TÀI CHÍNH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức Tài chính > Thuế - Phí - Lệ phí

Năm 2024, thu thuế từ hoạt động thương mại điện tử đạt 116 nghìn tỷ đồng

Ngày đăng: 22/01/2025 | Lượt xem: 3.207

(MOF) - Theo báo cáo của Tổng cục Thuế, năm 2024 số thu ngân sách từ hoạt động thương mại điện tử đạt 116.000 tỷ đồng, tăng 19,6% so với năm 2023. Trong đó, thu từ tổ chức, cá nhân trong nước kinh doanh thương mại điện tử đạt 92.400 tỷ đồng; thu từ nhà cung cấp nước ngoài đạt 23.600 tỷ đồng.

Đến hết năm 2024, đã có 127 nhà cung cấp nước ngoài đăng ký, kê khai và nộp thuế qua Cổng thông tin điện tử dành cho nhà cung cấp nước ngoài, tăng 28 nhà cung cấp so với cuối năm 2023. Số thuế các nhà cung cấp này nộp trong quý III và quý IV/2024 lần lượt là 5.980 tỷ đồng và 6.735 tỷ đồng.

Ngành thuế đã thu thập thông tin của gần 106.000 tổ chức, cá nhân kinh doanh trên nền tảng số từ 407 sàn thương mại điện tử, trong đó 89 sàn đã cung cấp dữ liệu định kỳ. Qua đối chiếu, có 62.370 cá nhân kinh doanh đã được cấp mã số thuế, chiếm 58,8%.

Số thu từ thương mại điện tử tập trung chủ yếu ở TP. Hồ Chí Minh (41.250 tỷ đồng), Hà Nội (36.870 tỷ đồng), Đà Nẵng (2.915 tỷ đồng) và Bình Dương (2.140 tỷ đồng).

Năm 2025, ngành thuế đặt mục tiêu thu từ hoạt động thương mại điện tử tăng tối thiểu 15%; phấn đấu 100% sàn thương mại điện tử có chức năng thanh toán thực hiện khấu trừ, nộp thay thuế cho hộ, cá nhân kinh doanh khi cơ sở pháp lý có hiệu lực, theo Luật Quản lý thuế số 38/2019/QH14 sửa đổi và Thông tư số 80/2021/TT-BTC.

Bộ Tài chính - Số 28 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
END24 = P("Đến hết năm 2024", end="2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("đạt 116 nghìn tỷ đồng", "116", 116e12, "money", "đồng", "thu thuế từ hoạt động thương mại điện tử",
      P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 116.000 tỷ đồng", "116.000", 116e12, "money", "đồng", "số thu ngân sách từ hoạt động thương mại điện tử", Y24,
      change=CH("increase", 19.6, "%", "năm 2023")),
    F("đạt 92.400 tỷ đồng", "92.400", 92.4e12, "money", "đồng",
      "thu từ tổ chức, cá nhân trong nước kinh doanh thương mại điện tử", I(Y24), total=116e12),
    F("đạt 23.600 tỷ đồng", "23.600", 23.6e12, "money", "đồng", "thu từ nhà cung cấp nước ngoài", I(Y24), total=116e12),
    F("có 127 nhà cung cấp", "127", 127, "count", "nhà cung cấp nước ngoài",
      "nhà cung cấp nước ngoài đăng ký, kê khai và nộp thuế qua Cổng thông tin điện tử", END24,
      change=CH("increase", 28, "nhà cung cấp", "cuối năm 2023")),
    F("là 5.980 tỷ đồng", "5.980", 5.98e12, "money", "đồng", "số thuế các nhà cung cấp nước ngoài nộp",
      P("quý III", "2024-07-01", "2024-09-30")),
    F("và 6.735 tỷ đồng", "6.735", 6.735e12, "money", "đồng", "số thuế các nhà cung cấp nước ngoài nộp",
      P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("gần 106.000 tổ chức", "106.000", 106000, "count", "tổ chức, cá nhân",
      "tổ chức, cá nhân kinh doanh trên nền tảng số được thu thập thông tin", approx="nearly"),
    F("từ 407 sàn", "407", 407, "count", "sàn thương mại điện tử", "sàn thương mại điện tử được thu thập thông tin"),
    F("đó 89 sàn", "89", 89, "count", "sàn", "sàn đã cung cấp dữ liệu định kỳ", total=407),
    F("có 62.370 cá nhân", "62.370", 62370, "count", "cá nhân kinh doanh", "cá nhân kinh doanh đã được cấp mã số thuế",
      percent=58.8),
    F("(41.250 tỷ đồng)", "41.250", 41.25e12, "money", "đồng", "số thu từ thương mại điện tử", I(Y24),
      location="Thành phố Hồ Chí Minh"),
    F("(36.870 tỷ đồng)", "36.870", 36.87e12, "money", "đồng", "số thu từ thương mại điện tử", I(Y24), location="Hà Nội"),
    F("(2.915 tỷ đồng)", "2.915", 2.915e12, "money", "đồng", "số thu từ thương mại điện tử", I(Y24), location="Đà Nẵng"),
    F("(2.140 tỷ đồng)", "2.140", 2.14e12, "money", "đồng", "số thu từ thương mại điện tử", I(Y24), location="Bình Dương"),
    F("tối thiểu 15%", "15", 15, "percent", "%", "thu từ hoạt động thương mại điện tử tăng", Y25, approx="at_least",
      status="target"),
    F("phấn đấu 100% sàn", "100", 100, "percent", "%",
      "sàn thương mại điện tử có chức năng thanh toán thực hiện khấu trừ, nộp thay thuế", Y25, status="target"),
]

COMMENTS = [
    "Ministry of Finance site: national e-commerce tax revenue 2024, foreign providers, platform data, province list, 2025 targets.",
    "Headline 116 nghìn tỷ and body 116.000 tỷ are both figures. 'Trong đó' parts (92.400 + 23.600) total 116.000 tỷ.",
    "'lần lượt' quarters: quý III takes its year from the following 'quý IV/2024' / earlier 'năm 2024' (2024). 28 is the change of 127.",
    "62.370 'chiếm 58,8%' is its percent (no total named). City list items: location each city, period inherited.",
    "'tăng tối thiểu 15%' is a growth target: percent figure, approx at_least, no change. Location Việt Nam (national totals).",
    "Distractors: Lượt xem, Luật số 38/2019/QH14, Thông tư số 80/2021/TT-BTC, address Số 28 Trần Hưng Đạo.",
]

if __name__ == "__main__":
    emit("p720-4", TEXT, COMMENTS, FIGS, published="2025-01-22", location="Việt Nam")
