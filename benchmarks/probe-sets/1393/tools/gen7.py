"""p1393-7: news agency (TTXVN), undersea pipeline to Bình Ba island (Cam Ranh, Khánh Hòa)."""
from lib import F, asof, change, write, year

TEXT = """TTXVN | Xã hội
23/05/2024 14:32 GMT+7

Khánh Hòa: Đưa nước ngọt qua đường ống vượt biển ra đảo Bình Ba

Khánh Hòa (TTXVN) - Ngày 23/5, UBND thành phố Cam Ranh (Khánh Hòa) tổ chức cấp nước thử qua tuyến ống vượt biển dài 4,2 km từ đất liền ra đảo Bình Ba, chấm dứt cảnh hơn 1.300 hộ dân xã Cam Bình phải mua nước ngọt chở bằng ghe.

Dự án có tổng mức đầu tư 96 tỷ đồng (ngân sách trung ương 60 tỷ đồng, ngân sách tỉnh 36 tỷ đồng), công suất thiết kế 1.000 m3/ngày đêm, được khởi công từ tháng 3/2023.

Trước đây, người dân Bình Ba phải mua nước với giá 80.000-100.000 đồng/m3, gấp 5-6 lần giá nước máy ở đất liền; chi phí nước sinh hoạt từ 1 đến 1,5 triệu đồng/hộ/tháng. Giá nước qua tuyến ống hiện là 13.800 đồng/m3.

Theo Sở Xây dựng Khánh Hòa, toàn tỉnh có 7 xã, phường có người dân sinh sống trên đảo với khoảng 24.000 người. Đến nay, tỷ lệ hộ dân trên các đảo được cấp nước sạch đạt 78%, tăng 11 điểm phần trăm so với năm 2020.

Dự kiến trong năm 2025, tỉnh đầu tư tiếp 2 tuyến ống ra đảo Bích Đầm (TP Nha Trang) và Điệp Sơn (huyện Vạn Ninh), tổng kinh phí khoảng 150 tỷ đồng.

Thông tin sự cố cấp nước, người dân liên hệ đường dây nóng 0258.3854.776.

Tiến Minh (TTXVN)

Tin cùng chuyên mục:
- Khánh Hòa: Khai mạc Festival Biển Nha Trang lần thứ 10
- Cam Ranh: Ra quân làm sạch bờ biển hưởng ứng Ngày Đại dương thế giới 8/6
"""

NOW = asof("Đến nay", "2024-05-23")
Y25 = year("trong năm 2025", 2025)
KH = {"location": "Khánh Hòa"}

FIGS = [
    F("dài 4,2 km", "4,2", 4.2, "measure", "km", "chiều dài tuyến ống vượt biển"),
    F("hơn 1.300 hộ", "1.300", 1300, "count", "hộ", "hộ dân xã Cam Bình phải mua nước ngọt chở bằng ghe",
      approx="over"),
    F("tư 96 tỷ", "96", 96e9, "money", "đồng", "tổng mức đầu tư dự án"),
    F("ương 60 tỷ", "60", 60e9, "money", "đồng", "ngân sách trung ương", total=96e9),
    F("tỉnh 36 tỷ", "36", 36e9, "money", "đồng", "ngân sách tỉnh", total=96e9),
    F("kế 1.000 m3", "1.000", 1000, "measure", "m3/ngày đêm", "công suất thiết kế"),
    F("giá 80.000-100.000", "80.000", 80000, "money", "đồng/m3", "giá nước người dân Bình Ba phải mua",
      value_max=100000, change=change("increase", 5, "lần", "giá nước máy ở đất liền")),
    F("từ 1 đến 1,5 triệu", "1", 1e6, "money", "đồng/hộ/tháng", "chi phí nước sinh hoạt", value_max=1.5e6),
    F("là 13.800 đồng", "13.800", 13800, "money", "đồng/m3", "giá nước qua tuyến ống"),
    F("có 7 xã", "7", 7, "count", "xã, phường", "xã, phường có người dân sinh sống trên đảo", **KH),
    F("khoảng 24.000 người", "24.000", 24000, "count", "người", "người dân sinh sống trên đảo", approx="about", **KH),
    F("đạt 78%", "78", 78, "percent", "%", "tỷ lệ hộ dân trên các đảo được cấp nước sạch", NOW,
      change=change("increase", 11, "điểm phần trăm", "năm 2020"), **KH),
    F("tiếp 2 tuyến", "2", 2, "count", "tuyến ống", "tuyến ống ra đảo tỉnh đầu tư tiếp", Y25, status="forecast", **KH),
    F("khoảng 150 tỷ", "150", 150e9, "money", "đồng", "tổng kinh phí đầu tư tuyến ống ra đảo", Y25,
      approx="about", status="forecast", **KH),
]

NOTES = [
    "News agency (TTXVN): section, '23/05/2024 14:32 GMT+7', dateline 'Khánh Hòa (TTXVN) -', byline, related links.",
    "Distractors: 'Ngày 23/5', 'tháng 3/2023', hotline 0258.3854.776, 'lần thứ 10', 'Ngày Đại dương thế giới 8/6' in a link,",
    "'14:32', 'GMT+7'.",
    "Bình Ba (xã Cam Bình) figures → Cam Ranh; province-wide figures (Sở Xây dựng) and the two planned pipelines → Khánh Hòa.",
    "Bracketed breakdown (60 + 36 = 96 tỷ) → total 96e9. 'gấp 5-6 lần giá nước máy' after a price is its change (increase 5 lần).",
    "'Đến nay' is an as-of date ending at the dateline; 'tăng 11 điểm phần trăm so với năm 2020' is the change of 78%.",
    "'Trước đây' and 'hiện' give no period.",
]

if __name__ == "__main__":
    write("p1393-7", TEXT, NOTES, FIGS, published="2024-05-23", location="Cam Ranh")
