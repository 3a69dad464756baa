"""p1190-6: national newspaper, a sedge/jute carpet company in huyện Lý Nhân (Hà Nam) full of orders; national market figures."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh > Doanh nghiệp

Doanh nghiệp thảm cói, thảm đay kín đơn hàng đến quý II/2025

Thứ Bảy, 14/12/2024, 08:15 (GMT+7)

Nhiều doanh nghiệp dệt thảm cói, thảm đay ở Hà Nam, Ninh Bình đã ký đủ đơn hàng đến hết quý II/2025, chủ yếu cho thị trường Mỹ và châu Âu.

Tại Cụm công nghiệp Hòa Hậu (huyện Lý Nhân, Hà Nam), nằm cạnh Quốc lộ 38B, Công ty cổ phần Thảm Việt Phát đang chạy 3 ca để kịp giao 120 container thảm cho đối tác Đức trước Tết. Ông Trần Quốc Khánh, Tổng giám đốc công ty, cho biết 11 tháng năm 2024 doanh thu của công ty đạt 168 tỷ đồng, tăng 27% so với cùng kỳ; lượng đơn hàng năm 2025 đã ký tương đương 70% sản lượng năm nay. Công ty có 520 công nhân tại xưởng và liên kết với khoảng 2.000 hộ đan thảm tại gia ở các xã ven sông Hồng, mỗi hộ thu từ 3 đến 4 triệu đồng/tháng.

Theo Hiệp hội Mỹ nghệ và Chế biến gỗ TP Hồ Chí Minh, thảm cói, thảm đay của Việt Nam hiện chiếm khoảng 12% thị phần thảm sợi tự nhiên nhập khẩu vào EU, cao hơn 3 điểm phần trăm so với năm 2020. Giá xuất khẩu bình quân thảm cói khoảng 9-11 USD/m2, thảm đay dệt tay từ 20 USD/m2 trở lên.

Dù vậy, ông Khánh cho rằng các quy định mới của EU về truy xuất nguồn gốc khiến chi phí của công ty tăng thêm từ 5 đến 7%. Dự kiến năm 2025, công ty đầu tư khoảng 15 tỷ đồng cho dây chuyền tẩy, nhuộm màu tự nhiên, nâng công suất lên 1,2 triệu m2/năm.

HOÀI THU
"""

LN = "Lý Nhân"
VN = "Việt Nam"
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("chạy 3 ca", "3", 3, "count", "ca", optional=True, location=LN),
    F("giao 120 container", "120", 120, "count", "container",
      subject="container thảm giao cho đối tác Đức trước Tết", location=LN),
    F("đạt 168 tỷ", "168", 168e9, "money", "đồng", change=C("increase", 27, "%", "cùng kỳ"),
      subject="doanh thu của Công ty cổ phần Thảm Việt Phát",
      period=P("11 tháng năm 2024", "2024-01-01", "2024-11-30"), location=LN),
    F("tương đương 70%", "70", 70, "percent", "%",
      subject="lượng đơn hàng năm 2025 đã ký so với sản lượng năm nay", location=LN),
    F("có 520 công nhân", "520", 520, "count", "công nhân", subject="công nhân tại xưởng của công ty",
      location=LN),
    F("khoảng 2.000 hộ", "2.000", 2000, "count", "hộ", approx="about",
      subject="hộ đan thảm tại gia liên kết với công ty", location=LN),
    F("từ 3 đến 4 triệu", "3", 3e6, "money", "đồng/tháng", value_max=4e6,
      subject="thu nhập mỗi hộ đan thảm", location=LN),
    F("khoảng 12%", "12", 12, "percent", "%", approx="about",
      change=C("increase", 3, "điểm phần trăm", "năm 2020"),
      subject="thị phần thảm cói, thảm đay của Việt Nam trong thảm sợi tự nhiên nhập khẩu vào EU", location=VN),
    F("khoảng 9-11 USD", "9", 9, "money", "USD/m2", value_max=11, approx="about",
      subject="giá xuất khẩu bình quân thảm cói", location=VN),
    F("từ 20 USD", "20", 20, "money", "USD/m2", approx="at_least",
      subject="giá xuất khẩu thảm đay dệt tay", location=VN),
    F("từ 5 đến 7%", "5", 5, "percent", "%", value_max=7,
      subject="chi phí của công ty tăng thêm", location=LN),
    F("khoảng 15 tỷ", "15", 15e9, "money", "đồng", approx="about", status="forecast",
      subject="vốn công ty đầu tư cho dây chuyền tẩy, nhuộm màu tự nhiên", period=Y25, location=LN),
    F("lên 1,2 triệu", "1,2", 1.2e6, "measure", "m2/năm", status="forecast",
      subject="công suất", period=Y25, location=LN),
]

NOTES = [
    "National newspaper: 'Thứ Bảy, 14/12/2024, 08:15 (GMT+7)', byline at the end. No default location: the lead names Hà Nam and Ninh Bình.",
    "Company in Cụm công nghiệp Hòa Hậu, huyện Lý Nhân → Lý Nhân for every company figure across sentences (incl. 'mỗi hộ', 'ông Khánh').",
    "Market share and export prices are stated for Việt Nam ('của Việt Nam'; the price sentence continues it); EU is a market, not a place.",
    "'cao hơn 3 điểm phần trăm so với năm 2020' → change of the 12%. 'từ 20 USD/m2 trở lên' → at_least. '3 ca' (shifts) optional.",
    "The 70% has no period in the gold (orders for 2025 signed by now against this year's output). Distractors: quý II/2025 in the",
    "headline, 'Quốc lộ 38B', '08:15', '(GMT+7)'. 'Dự kiến năm 2025' governs the clause after the comma (công suất): forecast.",
]

if __name__ == "__main__":
    write("p1190-6", TEXT, NOTES, FIGS, published="2024-12-14")
