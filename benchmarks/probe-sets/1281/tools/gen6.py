"""p1281-6: national newspaper: feed makers raise shrimp and fish feed prices again; raw-material costs; national context."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 12/3/2024, 06:00 (GMT+7)

Giá thức ăn tôm, cá tăng lần thứ ba

Nhiều doanh nghiệp thức ăn thủy sản vừa thông báo tăng giá thêm 500-1.000 đồng/kg, đây là đợt tăng thứ ba. Giá mới áp dụng từ ngày 15/3.

Theo thông báo gửi đại lý, Công ty TNHH Dinh dưỡng Thủy sản Mekong Việt (Tiền Giang) tăng 800 đồng/kg với các dòng thức ăn tôm, 500 đồng/kg với thức ăn cá tra. Công ty cổ phần Thức ăn Hải Long (Đồng Nai) tăng 1.000 đồng mỗi kg thức ăn tôm sú. Cộng cả ba đợt từ đầu năm, giá thức ăn tôm đã tăng khoảng 2.300 đồng/kg, tương đương 7%.

Nguyên nhân chính là giá nguyên liệu nhập khẩu tăng mạnh. Bà Lê Thị Minh Thư, Phó chủ tịch Hiệp hội Thức ăn thủy sản phía Nam, cho biết giá khô đậu tương hiện khoảng 14.500 đồng/kg, bột cá loại 65% đạm lên tới 38.000 đồng/kg, cao gấp 1,4 lần cách đây hai năm. "Nguyên liệu chiếm tới 80% giá thành thức ăn, doanh nghiệp không thể gánh hết" - bà Thư nói.

Theo Tổng cục Thống kê, năm 2023 cả nước sản xuất khoảng 5,9 triệu tấn thức ăn thủy sản. Chi phí thức ăn chiếm 60-65% giá thành nuôi tôm. Với giá hiện tại, giá thành nuôi tôm thẻ cỡ 50 con/kg ở mức 95.000-105.000 đồng/kg, cao hơn Ecuador và Ấn Độ từ 20-30%.

Hiệp hội dự báo giá thức ăn có thể tăng thêm 3-5% trong quý II năm nay nếu giá đậu tương thế giới chưa hạ nhiệt. Hiện cả nước có khoảng 720.000 ha nuôi tôm, mỗi năm tiêu thụ hơn 1,7 triệu tấn thức ăn.

Thanh Hà
"""

YTD = per("từ đầu năm", "2024-01-01", "2024-03-12")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q2 = per("quý II năm nay", "2024-04-01", "2024-06-30")

FIGS = [
    fig("thêm 500-1.000", "500", 500, "money", "đồng/kg", value_max=1000,
        subject="mức tăng giá thức ăn thủy sản"),
    fig("tăng 800 đồng/kg", "800", 800, "money", "đồng/kg",
        subject="mức tăng giá các dòng thức ăn tôm", location="Tiền Giang"),
    fig("tôm, 500 đồng/kg", "500", 500, "money", "đồng/kg",
        subject="mức tăng giá thức ăn cá tra", location="Tiền Giang"),
    fig("tăng 1.000 đồng", "1.000", 1000, "money", "đồng/kg",
        subject="mức tăng giá thức ăn tôm sú", location="Đồng Nai"),
    fig("cả ba đợt", "ba", 3, "count", "đợt", subject="đợt tăng giá", period=YTD),
    fig("khoảng 2.300 đồng/kg", "2.300", 2300, "money", "đồng/kg", approx="about", percent=7,
        subject="mức tăng giá thức ăn tôm", period=YTD),
    fig("khoảng 14.500", "14.500", 14500, "money", "đồng/kg", approx="about", subject="giá khô đậu tương"),
    fig("loại 65% đạm", "65", 65, "percent", "%", subject="hàm lượng đạm của bột cá", optional=True),
    fig("tới 38.000", "38.000", 38000, "money", "đồng/kg",
        change=chg("increase", 1.4, "lần", "cách đây hai năm"), subject="giá bột cá loại 65% đạm"),
    fig("tới 80%", "80", 80, "percent", "%", subject="nguyên liệu trong giá thành thức ăn"),
    fig("khoảng 5,9 triệu", "5,9", 5.9e6, "measure", "tấn", approx="about",
        subject="thức ăn thủy sản cả nước sản xuất", period=Y23),
    fig("chiếm 60-65%", "60", 60, "percent", "%", value_max=65,
        subject="chi phí thức ăn trong giá thành nuôi tôm"),
    fig("cỡ 50 con/kg", "50", 50, "measure", "con/kg", subject="cỡ tôm thẻ", optional=True),
    fig("mức 95.000-105.000", "95.000", 95000, "money", "đồng/kg", value_max=105000,
        change=chg("increase", 20, "%", "Ecuador và Ấn Độ"), subject="giá thành nuôi tôm thẻ cỡ 50 con/kg"),
    fig("thêm 3-5%", "3", 3, "percent", "%", value_max=5, status="forecast",
        subject="giá thức ăn", period=Q2),
    fig("khoảng 720.000 ha", "720.000", 720000, "measure", "ha", approx="about", subject="diện tích nuôi tôm"),
    fig("hơn 1,7 triệu", "1,7", 1.7e6, "measure", "tấn/năm", approx="over",
        subject="thức ăn tiêu thụ mỗi năm"),
]

NOTES = [
    "National newspaper: section path, 'Thứ ba, 12/3/2024, 06:00 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 06:00, (GMT+7), 'lần thứ ba' (headline), 'đợt tăng thứ ba', 'từ ngày 15/3', 'cách đây hai năm' (a baseline).",
    "Increase amounts with no base price ('tăng 800 đồng/kg') are money figures of their own, no change object.",
    "Firms placed in a province by a bracket (Tiền Giang, Đồng Nai) give it to their figures; the rest is national (Việt Nam).",
    "'Cộng cả ba đợt từ đầu năm' → 'ba đợt' is a count; 'từ đầu năm' ends at the dateline. 'tương đương 7%' is the percent of 2.300 đồng/kg.",
    "'cao gấp 1,4 lần cách đây hai năm' → change increase 1.4 lần; 'cao hơn Ecuador và Ấn Độ từ 20-30%' → change increase 20 (lower bound).",
    "Protein grade 'loại 65% đạm' and size 'cỡ 50 con/kg' are optional. 'dự báo ... quý II năm nay' → forecast, 2024-Q2.",
    "'mỗi năm tiêu thụ hơn 1,7 triệu tấn' → tấn/năm.",
]

if __name__ == "__main__":
    write("p1281-6", TEXT, NOTES, FIGS, published="2024-03-12", location="Việt Nam")
