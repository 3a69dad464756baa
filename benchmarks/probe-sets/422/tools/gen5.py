from lib import F, P, C, T, write

TEXT = """
CỔNG GIAO TIẾP ĐIỆN TỬ HUYỆN HOÀI ĐỨC

Hoài Đức nhân rộng mô hình an toàn phòng cháy, chữa cháy tại khu dân cư

Thực hiện Kế hoạch số 147/KH-UBND của UBND huyện về tăng cường công tác PCCC tại khu dân cư, đến hết quý III/2024, toàn huyện đã thành lập 486 Tổ liên gia an toàn PCCC với hơn 9.700 hộ gia đình tham gia, xây dựng 312 Điểm chữa cháy công cộng, đạt 104% chỉ tiêu thành phố giao. Mỗi điểm được trang bị từ 2 đến 4 bình chữa cháy xách tay cùng các dụng cụ phá dỡ thô sơ.

Trong 9 tháng năm 2024, Công an huyện phối hợp với các xã, thị trấn tổ chức 156 buổi tuyên truyền, hướng dẫn kỹ năng thoát nạn với khoảng 18.500 lượt người tham dự; phát hơn 25 nghìn tờ rơi. Tổng số 1.876 hộ nhà ở kết hợp sản xuất, kinh doanh đã được kiểm tra, trong đó 1.540 hộ đã bố trí lối thoát nạn thứ hai, chiếm 82,1%; còn 336 hộ chưa bảo đảm điều kiện an toàn.

Từ đầu năm đến nay, trên địa bàn huyện xảy ra 9 vụ cháy (giảm 5 vụ so với cùng kỳ năm 2023), không có thiệt hại về người; thiệt hại tài sản khoảng 740 triệu đồng.

Theo kế hoạch giai đoạn 2021-2025, huyện phấn đấu 100% thôn, tổ dân phố có mô hình Tổ liên gia an toàn PCCC và 100% hộ kinh doanh có lối thoát nạn thứ hai. Năm 2025, huyện dự kiến xây dựng thêm 60 Điểm chữa cháy công cộng tại các khu dân cư có nguy cơ cao, với kinh phí khoảng 1,8 tỷ đồng từ ngân sách huyện và xã hội hóa.

Khi xảy ra cháy, nổ, người dân gọi ngay 114 hoặc Đội Cảnh sát PCCC và CNCH khu vực 6 (Km 14+500, Đại lộ Thăng Long).

Minh Anh - Trung tâm Văn hóa, Thông tin và Thể thao huyện
27/09/2024
"""

Q3 = P("đến hết quý III/2024", None, "2024-09-30")
N9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-27")
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("thành lập 486 Tổ", "486", 486, "count", "Tổ liên gia an toàn PCCC", "Tổ liên gia an toàn PCCC", period=Q3),
    F("hơn 9.700 hộ", "9.700", 9700, "count", "hộ gia đình", "hộ gia đình tham gia Tổ liên gia an toàn PCCC",
      approx="over", period=Q3),
    F("xây dựng 312 Điểm", "312", 312, "count", "Điểm chữa cháy công cộng", "Điểm chữa cháy công cộng",
      percent=104, period=Q3),
    F("từ 2 đến 4 bình", "2", 2, "count", "bình chữa cháy xách tay", "bình chữa cháy xách tay trang bị mỗi điểm",
      value_max=4),
    F("tổ chức 156 buổi", "156", 156, "count", "buổi", "buổi tuyên truyền, hướng dẫn kỹ năng thoát nạn", period=N9),
    F("khoảng 18.500 lượt", "18.500", 18500, "count", "lượt người", "lượt người tham dự tuyên truyền",
      approx="about", period=N9),
    F("hơn 25 nghìn tờ rơi", "25", 25000, "count", "tờ rơi", "tờ rơi được phát", approx="over", period=N9),
    F("Tổng số 1.876 hộ", "1.876", 1876, "count", "hộ", "hộ nhà ở kết hợp sản xuất, kinh doanh được kiểm tra",
      period=N9i),
    F("trong đó 1.540 hộ", "1.540", 1540, "count", "hộ", "hộ đã bố trí lối thoát nạn thứ hai",
      total=1876, percent=82.1, period=N9i),
    F("còn 336 hộ", "336", 336, "count", "hộ", "hộ chưa bảo đảm điều kiện an toàn", total=1876, period=N9i),
    F("xảy ra 9 vụ cháy", "9", 9, "count", "vụ cháy", "vụ cháy",
      change=C("decrease", 5, "vụ", "cùng kỳ năm 2023"), period=YTD),
    F("khoảng 740 triệu đồng", "740", 740000000, "money", "đồng", "thiệt hại tài sản", approx="about", period=YTD),
    F("phấn đấu 100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố có mô hình Tổ liên gia an toàn PCCC",
      status="target", period=GD),
    F("và 100% hộ kinh doanh", "100", 100, "percent", "%", "hộ kinh doanh có lối thoát nạn thứ hai",
      status="target", period=GD),
    F("thêm 60 Điểm", "60", 60, "count", "Điểm chữa cháy công cộng", "Điểm chữa cháy công cộng xây dựng thêm",
      status="forecast", period=Y25),
    F("khoảng 1,8 tỷ đồng", "1,8", 1800000000, "money", "đồng", "kinh phí xây dựng Điểm chữa cháy công cộng",
      approx="about", status="forecast", period=Y25),
]

write(5, TEXT, [
    "Hoài Đức district portal (Hà Nội): Tổ liên gia and Điểm chữa cháy công cộng, tuyên truyền, inspections of nhà ở kết hợp kinh doanh, fires;",
    "no dateline at the top, a bare date '27/09/2024' under the byline at the end (the article's date).",
    "'đạt 104% chỉ tiêu thành phố giao' is the share of 312 (percent). 'từ 2 đến 4 bình' a count range (no period: equipment per point).",
    "'Tổng số 1.876 hộ …, trong đó 1.540 hộ …; còn 336 hộ …': both parts take total 1.876. 'Từ đầu năm đến nay' ends at 2024-09-27.",
    "'giai đoạn 2021-2025' + 'phấn đấu' → target; 'Năm 2025 … dự kiến' → forecast. 'lối thoát nạn thứ hai' is no rank (a second exit).",
    "Distractors: 'Kế hoạch số 147/KH-UBND', '114', 'khu vực 6', 'Km 14+500', 'quý III/2024' inside the period.",
], FIGS, published="2024-09-27", location="Hoài Đức")
