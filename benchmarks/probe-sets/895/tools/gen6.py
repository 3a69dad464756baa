"""p895-6: national newspaper, goose prices before Tết 2025 (Hà Nội / Thanh Oai, national, TP HCM)."""
from lib import build, F, P, I, C

TEXT = """Kinh doanh › Hàng hóa
Chủ nhật, 19/1/2025, 07:40 (GMT+7)
Giá ngỗng hơi lên đỉnh trước Tết
Giá ngỗng hơi tại các trại ở ngoại thành Hà Nội đã lên 95.000-100.000 đồng/kg, cao nhất trong 3 năm, song nhiều trại không còn hàng để bán.

Ông Đỗ Văn Hai, chủ trang trại ngỗng ở xã Cao Viên, huyện Thanh Oai, cạnh Quốc lộ 21B, cho biết giá ngỗng hơi xuất tại trại hiện là 98.000 đồng/kg, tăng 18.000 đồng so với tháng trước và cao hơn khoảng 25% so với cùng kỳ năm ngoái. Trang trại của ông thường xuyên nuôi 3.000 con ngỗng. Riêng đợt Tết này, trại xuất khoảng 2.600 con, trọng lượng 4,5-5 kg/con, đã được thương lái đặt cọc từ tháng 11/2024.

"Ngỗng được giá nhưng chi phí cám cũng tăng khoảng 8%, lãi mỗi con chỉ còn 90.000-100.000 đồng", ông Hai nói.

Theo Cục Chăn nuôi, năm 2024 tổng đàn ngỗng cả nước khoảng 3,3 triệu con, tăng 3,1% so với năm 2023; nhu cầu thịt ngỗng dịp Tết thường tăng 30-40% so với ngày thường.

Tại TP HCM, giá ngỗng làm sẵn ở các chợ truyền thống như Bà Chiểu, Tân Định phổ biến 180.000-200.000 đồng/kg. Chị Lê Thị Ba, tiểu thương chợ Bà Chiểu (quận Bình Thạnh), cho biết từ đầu tháng đến nay quầy của chị đã bán được khoảng 650 con ngỗng, tăng gấp đôi so với cùng kỳ tháng trước.

Các thương lái ở Hà Nội dự báo giá ngỗng hơi sẽ còn tăng thêm 5-10% trong tuần cuối trước Tết.

Hoàng Lan
"""

FIGS = [
    F("lên 95.000-100.000 đồng/kg", "95.000", 95000, "money", "đồng/kg", "giá ngỗng hơi tại các trại", value_max=100000),
    F("hiện là 98.000 đồng/kg", "98.000", 98000, "money", "đồng/kg", "giá ngỗng hơi xuất tại trại",
      change=C("increase", 18000, unit="đồng", baseline="tháng trước"), location="Thanh Oai"),
    F("cao hơn khoảng 25%", "25", 25, "percent", "%", "giá ngỗng hơi xuất tại trại cao hơn so với cùng kỳ năm ngoái",
      approx="about", location="Thanh Oai", optional=True),
    F("nuôi 3.000 con", "3.000", 3000, "count", "con", "ngỗng nuôi thường xuyên của trang trại", location="Thanh Oai"),
    F("khoảng 2.600 con", "2.600", 2600, "count", "con", "ngỗng xuất bán dịp Tết", approx="about", location="Thanh Oai"),
    F("trọng lượng 4,5-5 kg/con", "4,5", 4.5, "measure", "kg/con", "trọng lượng ngỗng xuất bán", value_max=5,
      location="Thanh Oai"),
    F("tăng khoảng 8%", "8", 8, "percent", "%", "chi phí cám tăng", approx="about", location="Thanh Oai"),
    F("còn 90.000-100.000 đồng", "90.000", 90000, "money", "đồng/con", "lãi mỗi con ngỗng", value_max=100000,
      location="Thanh Oai"),
    F("khoảng 3,3 triệu con", "3,3", 3300000, "count", "con", "tổng đàn ngỗng cả nước",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", change=C("increase", 3.1, baseline="năm 2023"),
      location="Việt Nam"),
    F("tăng 30-40%", "30", 30, "percent", "%", "nhu cầu thịt ngỗng dịp Tết tăng so với ngày thường", value_max=40,
      location="Việt Nam"),
    F("phổ biến 180.000-200.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá ngỗng làm sẵn ở các chợ truyền thống",
      value_max=200000, location="TP Hồ Chí Minh"),
    F("khoảng 650 con", "650", 650, "count", "con", "ngỗng bán được của quầy",
      P("từ đầu tháng đến nay", "2025-01-01", "2025-01-19"), approx="about",
      change=C("increase", 2, unit="lần", baseline="cùng kỳ tháng trước"), location="Bình Thạnh"),
    F("thêm 5-10%", "5", 5, "percent", "%", "giá ngỗng hơi tăng thêm", value_max=10, status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style), 'Chủ nhật, 19/1/2025, 07:40 (GMT+7)': goose prices before Tết; byline at the end.",
    "Locations: ngoại thành Hà Nội and the traders' forecast = Hà Nội (file default); the Cao Viên farm = Thanh Oai (district);",
    "Cục Chăn nuôi's national herd and Tết demand = Việt Nam; TP HCM market prices = TP Hồ Chí Minh; the Bà Chiểu stall = Bình Thạnh.",
    "'98.000 đồng/kg' has two changes: the first (tăng 18.000 đồng) is its change, the second ('cao hơn khoảng 25%') a percent figure (optional).",
    "'tăng gấp đôi so với cùng kỳ tháng trước' is the change of 650 con (increase 2 lần). 'tăng 30-40%', 'tăng khoảng 8%', 'tăng thêm 5-10%'",
    "have no base amount: percent figures. Not figures: 'cao nhất trong 3 năm', 'Quốc lộ 21B', 'tháng 11/2024', 'Chị Lê Thị Ba', times.",
]

build("p895-6", TEXT, NOTES, FIGS, published="2025-01-19", location="Hà Nội")
