from lib import F, P, Y, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 17/6/2024, 14:05 (GMT+7)

Giá vải thiều tại vườn tăng mạnh, xuất sang Nhật bằng đường hàng không

Đầu vụ năm nay, vải thiều được thương lái thu mua tại vườn với giá cao nhất trong khoảng 5 năm gần đây, có thời điểm lên 50.000 đồng/kg.

Theo ghi nhận sáng 16/6, giá vải tại vườn ở Bắc Giang từ 28.000 đến 35.000 đồng/kg, Hải Dương 25.000-32.000 đồng/kg, còn Quảng Ninh khoảng 22.000 đồng/kg. Ở các chợ đầu mối tại Hà Nội, vải loại ngon được bán lẻ 45.000-55.000 đồng/kg.

Ông Trần Văn Bảy, Giám đốc Hợp tác xã Nông sản 68 (huyện Lục Ngạn), cho biết năm nay hợp tác xã liên kết với 142 hộ, diện tích khoảng 250 ha, trong đó 80 ha có mã số vùng trồng xuất khẩu. "Mỗi ngày chúng tôi thu mua 20-25 tấn, nhiều gấp đôi năm ngoái", ông nói.

Với thị trường Nhật Bản, mỗi kg vải xuất khẩu bằng đường hàng không chịu chi phí vận chuyển khoảng 3 USD. Tuy vậy, giá bán lẻ tại siêu thị ở Tokyo vẫn ở mức 2.000-2.500 yen/kg. Từ ngày 1/6 đến nay, các doanh nghiệp đã xuất sang Nhật Bản hơn 350 tấn vải tươi, tăng 40% so với cùng kỳ.

Theo Bộ Nông nghiệp và Phát triển nông thôn, cả nước hiện có 12 cơ sở đóng gói vải được cấp mã số xuất khẩu sang Nhật Bản, Mỹ, Úc; mỗi cơ sở có công suất xử lý từ 5 đến 10 tấn/ngày. Vụ vải năm 2024, cả nước dự kiến xuất khẩu khoảng 160.000 tấn, chiếm gần 50% sản lượng.

Gia Chính
"""

NN = Y(2024, "năm nay")
LN = "Lục Ngạn"

FIGS = [
    F("khoảng 5 năm gần đây", "5", 5, "measure", "năm", approx="about", optional=True),
    F("lên 50.000 đồng/kg", "50.000", 50000, "money", "đồng/kg", "giá thu mua vải thiều tại vườn"),
    F("từ 28.000 đến 35.000", "28.000", 28000, "money", "đồng/kg", "giá vải tại vườn", value_max=35000,
      location="Bắc Giang"),
    F("Hải Dương 25.000-32.000", "25.000", 25000, "money", "đồng/kg", "giá vải tại vườn", value_max=32000,
      location="Hải Dương"),
    F("khoảng 22.000 đồng/kg", "22.000", 22000, "money", "đồng/kg", "giá vải tại vườn", approx="about",
      location="Quảng Ninh"),
    F("bán lẻ 45.000-55.000", "45.000", 45000, "money", "đồng/kg", "giá bán lẻ vải loại ngon ở các chợ đầu mối",
      value_max=55000, location="Hà Nội"),
    F("với 142 hộ", "142", 142, "count", "hộ", "hộ liên kết với hợp tác xã", NN, location=LN),
    F("khoảng 250 ha", "250", 250, "measure", "ha", "diện tích liên kết của hợp tác xã", NN, approx="about",
      location=LN),
    F("trong đó 80 ha", "80", 80, "measure", "ha", "diện tích có mã số vùng trồng xuất khẩu", NN, total=250,
      location=LN),
    F("thu mua 20-25 tấn", "20", 20, "measure", "tấn", "vải thu mua mỗi ngày", value_max=25,
      change=CH("increase", 2, "lần", "năm ngoái"), location=LN),
    F("khoảng 3 USD", "3", 3, "money", "USD", "chi phí vận chuyển mỗi kg vải xuất khẩu bằng đường hàng không",
      approx="about"),
    F("mức 2.000-2.500 yen/kg", "2.000", 2000, "money", "yen/kg", "giá bán lẻ tại siêu thị", value_max=2500,
      location="Tokyo"),
    F("hơn 350 tấn", "350", 350, "measure", "tấn", "vải tươi xuất sang Nhật Bản",
      P("Từ ngày 1/6 đến nay", "2024-06-01", "2024-06-17"), approx="over",
      change=CH("increase", 40, baseline="cùng kỳ")),
    F("có 12 cơ sở", "12", 12, "count", "cơ sở đóng gói", "cơ sở đóng gói vải được cấp mã số xuất khẩu"),
    F("từ 5 đến 10 tấn/ngày", "5", 5, "measure", "tấn/ngày", "công suất xử lý mỗi cơ sở", value_max=10),
    F("khoảng 160.000 tấn", "160.000", 160000, "measure", "tấn", "vải xuất khẩu",
      P("Vụ vải năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast", percent=50),
]

COMMENTS = [
    "National press style, dateline 'Thứ hai, 17/6/2024, 14:05 (GMT+7)'. Default location Việt Nam; province list items take their place.",
    "'trong khoảng 5 năm gần đây' is a duration locating the price in time (optional). 'sáng 16/6' is a date (prices left without period).",
    "Cooperative 'Nông sản 68' (name) and 'Trần Văn Bảy' (number word in a name) are distractors; its figures are in Lục Ngạn.",
    "'nhiều gấp đôi năm ngoái' is the change of the daily purchase range (2 lần). 'Tokyo' is the city the retail price describes.",
    "'Từ ngày 1/6 đến nay' runs to the dateline. 'chiếm gần 50% sản lượng' is the share of the 160.000-tấn forecast (percent 50).",
    "Prices with no period phrase ('Đầu vụ năm nay' names the season start, not a span) carry no period.",
]

emit("p334-7", TEXT, COMMENTS, FIGS, published="2024-06-17", location="Việt Nam")
