"""p958-1: province portal (Bình Dương), household sewer connections and WWTP capacity, H1/2024."""
from lib import *

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Bình Dương: hơn 42.000 hộ dân đã đấu nối nước thải vào hệ thống thu gom
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.317

Theo Sở Xây dựng, tính đến ngày 30/6/2024, toàn tỉnh đã có 42.615 hộ gia đình đấu nối nước thải sinh hoạt vào hệ thống thu gom tập trung, đạt 78,4% kế hoạch năm, tăng 6.230 hộ so với cuối năm trước. Trong đó, nhiều nhất là TP Thủ Dầu Một (21.470 hộ), tiếp đến TP Dĩ An (12.308 hộ) và TP Thuận An (8.837 hộ).

Hiện Bình Dương có 5 nhà máy xử lý nước thải đô thị đang vận hành với tổng công suất thiết kế 103.000 m3/ngày đêm. Lượng nước thải thực tế được thu gom, xử lý bình quân khoảng 71.500 m3/ngày đêm, tương đương 69,4% công suất thiết kế. Tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý đạt 32,6%, cao hơn nhiều so với mức bình quân cả nước (khoảng 18%).

Trong 6 tháng đầu năm, các chủ đầu tư đã giải ngân 356,8 tỷ đồng cho các dự án thoát nước và xử lý nước thải, bằng 41,2% kế hoạch vốn được giao. Dự án thu gom, xử lý nước thải khu vực Tân Uyên (giai đoạn 1) có công suất 20.000 m3/ngày đêm, tổng mức đầu tư hơn 1.100 tỷ đồng, hiện thi công đạt khoảng 65% khối lượng; dự kiến hoàn thành trong quý II/2025. Tại TP Thuận An, tuyến cống chính dọc Quốc lộ 13 dài 4,6 km đã thông tuyến.

Mức giá dịch vụ thoát nước đang áp dụng là 2.800 đồng/m3 đối với hộ gia đình, theo Quyết định số 2468/QĐ-UBND của UBND tỉnh.

Theo kế hoạch, đến năm 2025 tỉnh phấn đấu nâng tỷ lệ nước thải đô thị được thu gom, xử lý lên 40% và đấu nối thêm khoảng 15.000 hộ. Người dân cần hỗ trợ đấu nối có thể liên hệ đường dây nóng 0274.3822.166.
"""

ASOF = P("tính đến ngày 30/6/2024", end="2024-06-30")
H1 = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y25 = P("đến năm 2025", end="2025-12-31")
CONN = "hộ gia đình đấu nối nước thải sinh hoạt vào hệ thống thu gom"

FIGS = [
    F("hơn 42.000 hộ dân", "42.000", 42000, "count", "hộ", "hộ dân đã đấu nối nước thải vào hệ thống thu gom",
      approx="over"),
    F("có 42.615 hộ", "42.615", 42615, "count", "hộ", CONN + " tập trung", ASOF,
      percent=78.4, change=C("increase", 6230, "hộ", "cuối năm trước")),
    F("(21.470 hộ)", "21.470", 21470, "count", "hộ", CONN, I(ASOF), total=42615, location="Thủ Dầu Một"),
    F("(12.308 hộ)", "12.308", 12308, "count", "hộ", CONN, I(ASOF), total=42615, location="Dĩ An"),
    F("(8.837 hộ)", "8.837", 8837, "count", "hộ", CONN, I(ASOF), total=42615, location="Thuận An"),
    F("có 5 nhà máy", "5", 5, "count", "nhà máy", "nhà máy xử lý nước thải đô thị đang vận hành"),
    F("thiết kế 103.000 m3", "103.000", 103000, "measure", "m3/ngày đêm",
      "tổng công suất thiết kế nhà máy xử lý nước thải đô thị"),
    F("khoảng 71.500 m3", "71.500", 71500, "measure", "m3/ngày đêm",
      "lượng nước thải thực tế được thu gom, xử lý bình quân", approx="about", percent=69.4),
    F("đạt 32,6%", "32,6", 32.6, "percent", "%", "tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý"),
    F("(khoảng 18%)", "18", 18, "percent", "%", "tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý bình quân cả nước",
      approx="about", location="Việt Nam"),
    F("giải ngân 356,8 tỷ đồng", "356,8", 356.8e9, "money", "đồng",
      "vốn giải ngân cho các dự án thoát nước và xử lý nước thải", H1, percent=41.2),
    F("công suất 20.000 m3", "20.000", 20000, "measure", "m3/ngày đêm",
      "công suất dự án thu gom, xử lý nước thải khu vực Tân Uyên", location="Tân Uyên"),
    F("hơn 1.100 tỷ đồng", "1.100", 1.1e12, "money", "đồng", "tổng mức đầu tư dự án thu gom, xử lý nước thải khu vực Tân Uyên",
      approx="over", location="Tân Uyên"),
    F("khoảng 65% khối lượng", "65", 65, "percent", "%", "khối lượng thi công dự án", approx="about", location="Tân Uyên"),
    F("dài 4,6 km", "4,6", 4.6, "measure", "km", "chiều dài tuyến cống chính dọc Quốc lộ 13", location="Thuận An"),
    F("là 2.800 đồng/m3", "2.800", 2800, "money", "đồng/m3", "giá dịch vụ thoát nước đối với hộ gia đình"),
    F("lên 40%", "40", 40, "percent", "%", "tỷ lệ nước thải đô thị được thu gom, xử lý", Y25, status="target"),
    F("khoảng 15.000 hộ", "15.000", 15000, "count", "hộ", "hộ đấu nối thêm", Y25, approx="about", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Bình Dương: hộ đấu nối nước thải đến 30/6/2024, công suất nhà máy XLNT, giải ngân 6 tháng, mục tiêu 2025.",
    "The three city counts after 'Trong đó' add up to 42.615 (total). 'khoảng 18%' is the national average (Việt Nam).",
    "'Trong 6 tháng đầu năm' takes 2024 from the as-of date 30/6/2024 (nearest earlier date). 'dự kiến hoàn thành trong quý II/2025' carries no figure.",
    "Tân Uyên project figures are located in Tân Uyên; the sewer along Quốc lộ 13 in Thuận An. 'Hiện' gives no period.",
]

build("p958-1", TEXT, FIGS, published="2024-08-14", location="Bình Dương", notes=NOTES)
