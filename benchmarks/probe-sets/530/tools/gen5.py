from lib import F, P, I, CH, TG, emit

TEXT = """Hàng hóa dồi dào, giá cả ổn định dịp Tết Giáp Thìn

Để phục vụ nhu cầu mua sắm Tết Nguyên đán Giáp Thìn 2024, ngành Công Thương Quảng Ninh đã chỉ đạo các doanh nghiệp dự trữ hàng hóa với tổng giá trị khoảng 2.850 tỷ đồng, tăng 8-10% so với Tết năm trước. Trong đó, hàng bình ổn giá hơn 320 tỷ đồng, do 17 doanh nghiệp tham gia cung ứng.

Các mặt hàng thiết yếu trong chương trình được bán thấp hơn giá thị trường từ 5 đến 15%; riêng thịt lợn, gạo, đường được cam kết giữ giá đến hết ngày 29/2/2024. Tỷ lệ hàng Việt bày bán tại các siêu thị chiếm từ 85 đến 90%.

Theo Sở Công Thương, tháng 1/2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trên địa bàn tỉnh ước đạt 9.876,4 tỷ đồng, tăng 14,2% so với cùng kỳ; dự kiến tháng 2/2024 đạt khoảng 10.500 tỷ đồng. Các siêu thị lớn như Co.opmart Hạ Long, Vincom Cẩm Phả, GO! Hạ Long đều kéo dài giờ mở cửa đến 22h.

Tại 3 chợ đầu mối của tỉnh, lượng hàng tập kết tăng mạnh, bình quân mỗi ngày có hơn 120 tấn rau, củ, quả và 45 tấn thịt các loại. Các địa phương Hạ Long, Cẩm Phả, Uông Bí lần lượt tổ chức 6, 4 và 3 hội chợ, phiên chợ Tết; riêng hội chợ tại Cung Quy hoạch, Hội chợ và Triển lãm tỉnh có 250 gian hàng.

Để bảo đảm an toàn thực phẩm, các lực lượng chức năng đã kiểm tra 1.214 cơ sở kinh doanh, xử lý 87 vụ vi phạm, phạt tiền gần 1,1 tỷ đồng. Người dân phát hiện vi phạm có thể phản ánh qua đường dây nóng 0203.3835.688.

Thu Hằng
05/02/2024
"""

FIGS = [
    F("khoảng 2.850 tỷ", "2.850", 2850e9, "money", "đồng", "tổng giá trị hàng hóa dự trữ Tết",
      approx="about", change=CH("increase", 8, baseline="Tết năm trước")),
    F("hơn 320 tỷ", "320", 320e9, "money", "đồng", "hàng bình ổn giá", approx="over", total=2850e9),
    F("do 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp", "doanh nghiệp tham gia cung ứng hàng bình ổn giá"),
    F("từ 5 đến 15%", "5", 5, "percent", "%", "giá bán các mặt hàng thiết yếu thấp hơn giá thị trường",
      value_max=15),
    F("từ 85 đến 90%", "85", 85, "percent", "%", "tỷ lệ hàng Việt bày bán tại các siêu thị", value_max=90),
    F("ước đạt 9.876,4 tỷ", "9.876,4", 9876.4e9, "money", "đồng",
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", P("tháng 1/2024", "2024-01-01", "2024-01-31"),
      change=CH("increase", 14.2, baseline="cùng kỳ"), status="estimate"),
    F("khoảng 10.500 tỷ", "10.500", 10500e9, "money", "đồng",
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", P("tháng 2/2024", "2024-02-01", "2024-02-29"),
      approx="about", status="forecast"),
    F("Tại 3 chợ", "3", 3, "count", "chợ đầu mối", "chợ đầu mối"),
    F("hơn 120 tấn", "120", 120, "measure", "tấn", "lượng rau, củ, quả tập kết bình quân mỗi ngày", approx="over"),
    F("45 tấn", "45", 45, "measure", "tấn", "lượng thịt tập kết bình quân mỗi ngày"),
    F("tổ chức 6,", "6", 6, "count", "hội chợ", "hội chợ, phiên chợ Tết", location="Hạ Long"),
    F(" 4 và 3 hội", "4", 4, "count", "hội chợ", "hội chợ, phiên chợ Tết", location="Cẩm Phả"),
    F("và 3 hội chợ", "3", 3, "count", "hội chợ", "hội chợ, phiên chợ Tết", location="Uông Bí"),
    F("có 250 gian hàng", "250", 250, "count", "gian hàng", "gian hàng hội chợ tại Cung Quy hoạch, Hội chợ và Triển lãm tỉnh"),
    F("kiểm tra 1.214 cơ sở", "1.214", 1214, "count", "cơ sở kinh doanh", "cơ sở kinh doanh được kiểm tra"),
    F("xử lý 87 vụ", "87", 87, "count", "vụ vi phạm", "vụ vi phạm bị xử lý"),
    F("gần 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", "tiền phạt", approx="nearly"),
]

emit("p530-5", TEXT, [
    "Party newspaper (Báo Quảng Ninh style, byline and bare date at the end): Tết Giáp Thìn 2024 goods reserves, price stabilisation,",
    "retail sales January 2024 and February forecast, wholesale markets, Tết fairs by city (lần lượt), food-safety inspections.",
    "'tăng 8-10% so với Tết năm trước' is the change of 2.850 tỷ (value 8). 'thấp hơn giá thị trường từ 5 đến 15%' is a rate that",
    "is the claim: percent figure, no change. 'Trong đó, hàng bình ổn giá hơn 320 tỷ' is a part of the reserve (total); the 17",
    "enterprises are not. Not figures: 'Giáp Thìn 2024', 'ngày 29/2/2024', 'đến 22h', 'GO!', the hotline 0203.3835.688.",
    "The 250 booths are at the provincial fair centre ('riêng' after the city list): location stays Quảng Ninh.",
], FIGS, published="2024-02-05", location="Quảng Ninh")
