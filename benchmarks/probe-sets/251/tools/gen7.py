from lib import *

A = """Các bến xe Hà Nội phục vụ hơn 41 vạn lượt khách dịp cao điểm Tết

Theo Sở Giao thông vận tải Hà Nội, trong 10 ngày cao điểm trước Tết Nguyên đán Ất Tỵ (từ ngày 18/1 đến hết ngày 27/1/2025, tức từ 19 đến 28 tháng Chạp), ba bến xe Mỹ Đình, Giáp Bát, Nước Ngầm đã phục vụ 412.800 lượt hành khách, tăng 6,4% so với cùng kỳ Tết Giáp Thìn 2024, gồm: bến xe Mỹ Đình 168.500 lượt, bến xe Giáp Bát 142.100 lượt và bến xe Nước Ngầm 102.200 lượt.

Tổng số lượt xe xuất bến đạt 29.640 lượt, trong đó xe tăng cường 1.850 lượt, chiếm 6,2%. Ngày cao điểm nhất là 25/1 (26 tháng Chạp), các bến xe đón tiễn 58.300 lượt khách, gấp 2,3 lần ngày thường.

Giá vé được các doanh nghiệp vận tải điều chỉnh tăng từ 20% đến 40% so với ngày thường, không vượt mức tối đa 60% theo Văn bản số 4512/SGTVT-QLVT. Thanh tra Sở đã kiểm tra 1.245 lượt phương tiện, xử lý 87 trường hợp vi phạm, phạt tiền 312,5 triệu đồng.

Cùng thời gian, tuyến đường sắt đô thị số 2A Cát Linh - Hà Đông vận chuyển 498.000 lượt khách, bình quân gần 50.000 lượt/ngày; ga Hà Nội đón tiễn khoảng 36.000 lượt hành khách đi tàu Thống Nhất.

Dự kiến từ ngày 31/1 đến 2/2/2025 (mùng 3 đến mùng 5 Tết), lượng khách quay lại Thủ đô qua các bến xe khoảng 180.000 lượt. Sở đề nghị hành khách mua vé qua ứng dụng, phản ánh về đường dây nóng 024.3767.0505 khi phát hiện nhồi nhét khách, tăng giá vé sai quy định.

Hoàng Nam
28/01/2025
"""

PH = P("từ ngày 18/1 đến hết ngày 27/1/2025", "2025-01-18", "2025-01-27")
PHi = inh(PH)
D25 = P("Ngày cao điểm nhất là 25/1", "2025-01-25", "2025-01-25")

figs = [
    F("hơn 41 vạn lượt", "41", 410000, "count", "lượt khách", "lượt khách các bến xe phục vụ",
      P("dịp cao điểm Tết", "2025-01-18", "2025-01-27", True), approx="over"),
    F("ba bến xe Mỹ Đình", "ba", 3, "count", "bến xe", None, optional=True),
    F("phục vụ 412.800 lượt", "412.800", 412800, "count", "lượt hành khách", "lượt hành khách ba bến xe phục vụ", PH,
      change={"direction": "increase", "value": 6.4, "unit": "%", "baseline": "cùng kỳ Tết Giáp Thìn 2024"}),
    F("Mỹ Đình 168.500 lượt", "168.500", 168500, "count", "lượt", "lượt hành khách bến xe Mỹ Đình", PH, total=412800),
    F("Giáp Bát 142.100 lượt", "142.100", 142100, "count", "lượt", "lượt hành khách bến xe Giáp Bát", PH, total=412800),
    F("Nước Ngầm 102.200 lượt", "102.200", 102200, "count", "lượt", "lượt hành khách bến xe Nước Ngầm", PH, total=412800),
    F("đạt 29.640 lượt", "29.640", 29640, "count", "lượt", "tổng số lượt xe xuất bến", PHi),
    F("tăng cường 1.850 lượt", "1.850", 1850, "count", "lượt", "lượt xe tăng cường", PHi, total=29640, percent=6.2),
    F("tiễn 58.300 lượt", "58.300", 58300, "count", "lượt khách", "lượt khách các bến xe đón tiễn", D25,
      change={"direction": "increase", "value": 2.3, "unit": "lần", "baseline": "ngày thường"}),
    F("từ 20% đến 40%", "20", 20, "percent", "%", "giá vé điều chỉnh tăng so với ngày thường", PHi, value_max=40),
    F("tối đa 60%", "60", 60, "percent", "%", "mức tăng giá vé tối đa theo quy định", None, approx="at_most", optional=True),
    F("kiểm tra 1.245 lượt", "1.245", 1245, "count", "lượt phương tiện", "lượt phương tiện Thanh tra Sở kiểm tra", PHi),
    F("xử lý 87 trường hợp", "87", 87, "count", "trường hợp", "trường hợp vi phạm bị xử lý", PHi),
    F("phạt tiền 312,5 triệu", "312,5", 312.5e6, "money", "đồng", "tiền phạt", PHi),
    F("vận chuyển 498.000 lượt", "498.000", 498000, "count", "lượt khách",
      "lượt khách tuyến đường sắt đô thị Cát Linh - Hà Đông vận chuyển", PHi),
    F("gần 50.000 lượt/ngày", "50.000", 50000, "measure", "lượt/ngày", "lượt khách bình quân", PHi, approx="nearly"),
    F("khoảng 36.000 lượt", "36.000", 36000, "count", "lượt hành khách", "lượt hành khách đi tàu Thống Nhất ga Hà Nội đón tiễn", PHi,
      approx="about"),
    F("khoảng 180.000 lượt", "180.000", 180000, "count", "lượt", "lượng khách quay lại Thủ đô qua các bến xe",
      P("từ ngày 31/1 đến 2/2/2025", "2025-01-31", "2025-02-02"), approx="about", status="forecast"),
]

write("p251-7", A, figs, [
    "Department news (Sở GTVT Hà Nội style): bus stations, metro and rail in the 10 peak days before Tết Ất Tỵ, 18/1–27/1/2025.",
    "No dateline at the top; the bare date '28/01/2025' under the byline at the end is the article's date.",
    "'hơn 41 vạn' = 410.000 (vạn ×10⁴). 'gồm:' gives the three bus stations (sum 412.800) total 412800; a bus station is not a place (location Hà Nội).",
    "'trong đó xe tăng cường 1.850 lượt, chiếm 6,2%' total 29640, percent 6.2. 'gấp 2,3 lần ngày thường' after 58.300 is its change (unit lần).",
    "'Ngày cao điểm nhất là 25/1' gives a one-day period. 'tăng từ 20% đến 40%' is a growth range as the claim. 'mức tối đa 60%' is a regulatory cap (optional).",
    "'ba bến xe' is structure (optional). 'Dự kiến … từ ngày 31/1 đến 2/2/2025' gives a forecast with its own period.",
    "Distractors: lunar dates (19, 28, 26 tháng Chạp; mùng 3, mùng 5), 'tuyến đường sắt đô thị số 2A', Văn bản số 4512/SGTVT-QLVT, hotline 024.3767.0505, '10 ngày'.",
], published="2025-01-28", location="Hà Nội")
