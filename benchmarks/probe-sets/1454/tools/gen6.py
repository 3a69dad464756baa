"""p1454-6: national newspaper: Tết sales of rice cookers and air fryers at electronics chains (TP HCM, Hà Nội)."""
from lib import fig, per, chg, write

TEXT = """Kinh doanh › Hàng hóa

Thứ hai, 20/1/2025, 14:05 (GMT+7)

Nồi chiên không dầu, nồi cơm điện đắt hàng dịp cận Tết

Sức mua đồ gia dụng nhà bếp tại các chuỗi điện máy ở TP HCM tăng 30-40% so với ngày thường, nhiều mẫu giảm giá tối đa 50%.

Tại một siêu thị điện máy trên đường Cộng Hòa (quận Tân Bình, TP HCM) sáng 19/1, khu trưng bày nồi cơm điện, nồi chiên không dầu luôn đông khách. Chị Ngọc Hân, nhân viên tư vấn, cho biết mỗi ngày cửa hàng bán khoảng 120 sản phẩm gia dụng nhà bếp, gấp đôi tháng trước.

Theo đại diện chuỗi Điện máy Sao Việt, từ đầu tháng 1 đến nay, doanh số nhóm đồ gia dụng nhà bếp của chuỗi tại TP HCM đạt 86 tỷ đồng, tăng 35% so với cùng kỳ; riêng nồi chiên không dầu bán hơn 21.000 chiếc, chiếm 28% doanh số nhóm hàng. Giá các mẫu phổ biến từ 990.000 đồng đến 2,8 triệu đồng. Nồi cơm điện cao tần được giảm 20-30%, mẫu bán chạy nhất có giá khoảng 3,2 triệu đồng.

Tại Hà Nội, hệ thống siêu thị Thành Đạt cho biết sức mua nồi cơm điện, ấm siêu tốc tăng khoảng 25% so với tháng 12/2024. Chuỗi đã chuẩn bị lượng hàng Tết trị giá trên 150 tỷ đồng, cao hơn 20% năm trước, cam kết bình ổn giá đến hết ngày 28 tháng Chạp.

Theo Hiệp hội Các nhà bán lẻ Việt Nam, thị trường đồ gia dụng nhà bếp năm 2024 đạt khoảng 3 tỷ USD, trong đó kênh thương mại điện tử chiếm gần 40% doanh số. Hiệp hội dự báo năm 2025 thị trường tăng 8-10%, nhờ nhu cầu thay thế thiết bị cũ và xu hướng nấu ăn tại nhà.

Thu Trang
"""

YTD = per("từ đầu tháng 1 đến nay", "2025-01-01", "2025-01-20")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
HN = "Hà Nội"
VN = "Việt Nam"

FIGS = [
    fig("tăng 30-40%", "30", 30, "percent", "%", value_max=40,
        subject="sức mua đồ gia dụng nhà bếp tại các chuỗi điện máy"),
    fig("tối đa 50%", "50", 50, "percent", "%", approx="at_most", subject="mức giảm giá"),
    fig("khoảng 120 sản phẩm", "120", 120, "measure", "sản phẩm/ngày", approx="about",
        change=chg("increase", 2, "lần", "tháng trước"),
        subject="sản phẩm gia dụng nhà bếp cửa hàng bán mỗi ngày", location="Tân Bình"),
    fig("đạt 86 tỷ", "86", 86e9, "money", "đồng", change=chg("increase", 35, "%", "cùng kỳ"),
        subject="doanh số nhóm đồ gia dụng nhà bếp của chuỗi Điện máy Sao Việt", period=YTD),
    fig("hơn 21.000 chiếc", "21.000", 21000, "count", "chiếc", approx="over", percent=28,
        subject="nồi chiên không dầu bán được", period=YTD),
    fig("từ 990.000 đồng", "990.000", 990000, "money", "đồng", value_max=2.8e6,
        subject="giá các mẫu nồi chiên không dầu phổ biến"),
    fig("giảm 20-30%", "20", 20, "percent", "%", value_max=30, subject="mức giảm giá nồi cơm điện cao tần"),
    fig("khoảng 3,2 triệu", "3,2", 3.2e6, "money", "đồng", approx="about",
        subject="giá mẫu nồi cơm điện cao tần bán chạy nhất"),
    fig("tăng khoảng 25%", "25", 25, "percent", "%", approx="about",
        subject="sức mua nồi cơm điện, ấm siêu tốc", location=HN),
    fig("trên 150 tỷ", "150", 150e9, "money", "đồng", approx="over",
        change=chg("increase", 20, "%", "năm trước"), subject="lượng hàng Tết chuỗi đã chuẩn bị", location=HN),
    fig("khoảng 3 tỷ", "3", 3e9, "money", "USD", approx="about",
        subject="thị trường đồ gia dụng nhà bếp", period=Y24, location=VN),
    fig("gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="tỷ trọng kênh thương mại điện tử trong doanh số", period=Y24, location=VN),
    fig("tăng 8-10%", "8", 8, "percent", "%", value_max=10, status="forecast",
        subject="tăng trưởng thị trường đồ gia dụng nhà bếp", period=Y25, location=VN),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 20/1/2025, 14:05 (GMT+7)', sapo, quotes, byline 'Thu Trang' at the end.",
    "Distractors: 14:05, (GMT+7), 'sáng 19/1', 'đường Cộng Hòa', 'tháng 12/2024' (baseline), 'ngày 28 tháng Chạp'.",
    "Default location TP HCM (the sapo and the Sao Việt passage); the store on đường Cộng Hòa is in quận Tân Bình; Thành Đạt figures are Hà Nội;",
    "the retailers' association figures are national (Việt Nam).",
    "'giảm giá tối đa 50%' → at_most. 'mỗi ngày ... khoảng 120 sản phẩm, gấp đôi tháng trước' → rate unit 'sản phẩm/ngày', change ×2 (lần).",
    "'từ đầu tháng 1 đến nay' → 2025-01-01 .. dateline 2025-01-20. 'riêng nồi chiên không dầu bán hơn 21.000 chiếc, chiếm 28%': 'riêng' is no part-of cue, so no total; 28 is its percent.",
    "Sales growth rates (30-40%, 25%, 8-10%) and discount rates are percent figures of their own (no base amount). 'so với tháng 12/2024' is a baseline, not a period.",
    "'trong đó kênh thương mại điện tử chiếm gần 40% doanh số' is a percent figure, period năm 2024 of the sentence. 'Hiệp hội dự báo năm 2025 ... tăng 8-10%' → forecast.",
]

if __name__ == "__main__":
    write("p1454-6", TEXT, NOTES, FIGS, published="2025-01-20", location="TP Hồ Chí Minh")
