from lib import F, P, I, CH, T, emit

TEXT = """BÁO LẠNG SƠN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LẠNG SƠN
Kinh tế
Hơn 72% hộ gia đình ở Lạng Sơn có internet cáp quang

(LSO) - 10 tháng năm 2024, số hộ gia đình sử dụng internet cáp quang trên địa bàn tỉnh tăng mạnh, kéo theo nhu cầu học tập, làm việc và mua sắm trực tuyến ở vùng nông thôn.

Theo Sở Thông tin và Truyền thông, đến hết tháng 10/2024, toàn tỉnh có 157.630 hộ gia đình sử dụng internet cáp quang, chiếm 72,6% tổng số hộ, tăng 8,9 điểm phần trăm so với cuối năm 2023. Một số địa phương có tỷ lệ cao là thành phố Lạng Sơn (94,1%), Cao Lộc (81,4%), Hữu Lũng (78,2%); thấp nhất là Bình Gia (48,3%) và Văn Quan (51,7%).

Ông Hoàng Văn Quý, thôn Khòn Pá, xã Hồng Phong (Bình Gia) cho biết: "Trước đây cả thôn chỉ có vài nhà dùng 3G, nay 36/42 hộ đã kéo cáp quang, con cháu học trực tuyến thuận lợi". Giá cước gói cáp quang phổ biến từ 165.000 đến 220.000 đồng/tháng, giảm khoảng 20% so với năm 2021, trong khi tốc độ tối thiểu đã nâng lên 150 Mbps.

Toàn tỉnh hiện có hơn 620.000 thuê bao điện thoại thông minh, chiếm 86,5% tổng số thuê bao di động. 10 tháng, các doanh nghiệp đã đầu tư khoảng 96 tỷ đồng kéo mới 1.250 km cáp quang, trong đó 780 km tuyến cáp treo tới các thôn vùng cao.

Theo kế hoạch, đến năm 2025 Lạng Sơn phấn đấu đạt 80% hộ gia đình có kết nối cáp quang và 100% thôn có hạ tầng cáp quang.

NGỌC ANH
12/11/2024
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
ASOF = P("đến hết tháng 10/2024", None, "2024-10-31")
M10b = P("10 tháng", "2024-01-01", "2024-10-31")
Y25 = P("đến năm 2025", None, "2025-12-31")
SUB = "tỷ lệ hộ gia đình sử dụng internet cáp quang"

FIGS = [
    F("Hơn 72% hộ", "72", 72, "percent", "%", "hộ gia đình có internet cáp quang", I(ASOF), approx="over"),
    F("có 157.630 hộ", "157.630", 157630, "count", "hộ gia đình", "hộ gia đình sử dụng internet cáp quang", ASOF,
      percent=72.6, change=CH("increase", 8.9, "điểm phần trăm", "cuối năm 2023")),
    F("Lạng Sơn (94,1%)", "94,1", 94.1, "percent", "%", SUB, I(ASOF), location="Lạng Sơn"),
    F("Cao Lộc (81,4%)", "81,4", 81.4, "percent", "%", SUB, I(ASOF), location="Cao Lộc"),
    F("Hữu Lũng (78,2%)", "78,2", 78.2, "percent", "%", SUB, I(ASOF), location="Hữu Lũng"),
    F("Bình Gia (48,3%)", "48,3", 48.3, "percent", "%", SUB, I(ASOF), location="Bình Gia"),
    F("Văn Quan (51,7%)", "51,7", 51.7, "percent", "%", SUB, I(ASOF), location="Văn Quan"),
    F("nay 36/42 hộ", "36", 36, "count", "hộ", "hộ đã kéo cáp quang", total=42, location="Bình Gia"),
    F("từ 165.000 đến 220.000 đồng/tháng", "165.000", 165000, "money", "đồng/tháng", "giá cước gói cáp quang phổ biến",
      value_max=220000, change=CH("decrease", 20, "%", "năm 2021", approx="about")),
    F("nâng lên 150 Mbps", "150", 150, "measure", "Mbps", "tốc độ tối thiểu gói cáp quang"),
    F("hơn 620.000 thuê bao", "620.000", 620000, "count", "thuê bao", "thuê bao điện thoại thông minh",
      approx="over", percent=86.5),
    F("khoảng 96 tỷ đồng", "96", 96e9, "money", "đồng", "vốn đầu tư kéo mới cáp quang", M10b, approx="about"),
    F("mới 1.250 km", "1.250", 1250, "measure", "km", "cáp quang kéo mới", M10b),
    F("780 km", "780", 780, "measure", "km", "tuyến cáp treo tới các thôn vùng cao", M10b, total=1250),
    F("đạt 80% hộ", "80", 80, "percent", "%", "tỷ lệ hộ gia đình có kết nối cáp quang", Y25, status="target"),
    F("100% thôn", "100", 100, "percent", "%", "tỷ lệ thôn có hạ tầng cáp quang", Y25, status="target"),
]

COMMENTS = [
    "Báo Lạng Sơn (Party newspaper, invented): hộ gia đình dùng internet cáp quang 10 tháng năm 2024, by district; prices, smartphones, cable.",
    "Byline 'NGỌC ANH' and bare date '12/11/2024' at the end give `published`. '(LSO)' tag; '3G' is a name; 'vài nhà' is no number.",
    "'157.630 hộ …, chiếm 72,6% …, tăng 8,9 điểm phần trăm so với cuối năm 2023' → percent 72.6 and that change on the count.",
    "District list: percent figures with the lead's indicator as subject, places in location ('thành phố Lạng Sơn' → Lạng Sơn).",
    "The villager's '36/42 hộ' (thôn Khòn Pá, xã Hồng Phong, Bình Gia) → total 42, location Bình Gia (the district), no period.",
    "'từ 165.000 đến 220.000 đồng/tháng, giảm khoảng 20% so với năm 2021' → money range with that change. 'tốc độ tối thiểu đã nâng",
    "lên 150 Mbps': 'tối thiểu' names the indicator (the minimum speed), so approx exact. '780 km' after 'trong đó' → total 1.250 km.",
    "'Theo kế hoạch, đến năm 2025 … phấn đấu' → targets ending 2025-12-31.",
]

emit("p597-5", TEXT, COMMENTS, FIGS, published="2024-11-12", location="Lạng Sơn")
