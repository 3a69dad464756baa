"""p1419-4: provincial newspaper (Báo Bà Rịa - Vũng Tàu online): drink vending machines on Vũng Tàu beaches."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BÀ RỊA - VŨNG TÀU ĐIỆN TỬ
Kinh tế | Thương mại - Dịch vụ

Máy bán nước tự động “hút khách” trên bãi biển Vũng Tàu

Thứ Bảy, 27/07/2024 | 08:15

Mùa du lịch hè năm nay, dãy máy bán nước tự động dọc Bãi Sau, Bãi Trước và Bãi Dâu giúp du khách mua hàng đúng giá, góp phần hạn chế tình trạng chèo kéo, “chặt chém”.

(BRVT) - Theo UBND TP Vũng Tàu, từ tháng 4/2024 đến nay, Công ty TNHH Dịch vụ Biển Xanh Phương Nam đã lắp đặt 46 máy bán nước tự động tại 3 bãi tắm, vượt 6 máy so với kế hoạch ban đầu. Mỗi máy chứa từ 300 đến 350 sản phẩm, giá bán từ 10.000 đến 25.000 đồng, thấp hơn khoảng 5.000 đồng so với giá của hàng rong trên bãi biển.

Trung bình mỗi ngày, một máy bán được 120-150 sản phẩm; những ngày cuối tuần, lượng hàng bán ra tăng gấp đôi. Trong tháng 6/2024, doanh thu của toàn hệ thống ước đạt gần 680 triệu đồng, trong đó 83% giao dịch được thanh toán bằng quét mã QR.

Chị Trần Thị Mai, du khách đến từ Đồng Nai, chia sẻ: “Trước đây mua chai nước suối trên bãi có khi phải trả 20 ngàn đồng, giờ máy bán chỉ 10 ngàn, lại không sợ bị nói thách”.

Theo ông Đặng Quốc Huy, Phó Trưởng phòng Kinh tế thành phố, năm 2025 thành phố dự kiến mở rộng mô hình ra các điểm du lịch trên đường Trần Phú, Thùy Vân với tổng cộng khoảng 100 máy.

NGỌC HÂN

Tin cùng chuyên mục:
- Khánh thành chợ Phước Hải giai đoạn 2
- Quốc lộ 51 thông xe đoạn qua thị xã Phú Mỹ
"""

TN = per("từ tháng 4/2024 đến nay", "2024-04-01", "2024-07-27")
T6 = per("Trong tháng 6/2024", "2024-06-01", "2024-06-30")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("lắp đặt 46 máy", "46", 46, "count", "máy",
        change=chg("increase", 6, "máy", "kế hoạch ban đầu"),
        subject="máy bán nước tự động Công ty TNHH Dịch vụ Biển Xanh Phương Nam lắp đặt", period=TN),
    fig("tại 3 bãi tắm", "3", 3, "count", "bãi tắm", subject="bãi tắm lắp đặt máy bán nước tự động", period=TN),
    fig("từ 300 đến 350", "300", 300, "count", "sản phẩm", value_max=350, subject="sức chứa mỗi máy"),
    fig("từ 10.000 đến 25.000", "10.000", 10000, "money", "đồng", value_max=25000,
        change=chg("decrease", 5000, "đồng", "giá của hàng rong trên bãi biển", approx="about"),
        subject="giá bán sản phẩm tại máy"),
    fig("được 120-150 sản phẩm", "120", 120, "measure", "sản phẩm/ngày", value_max=150,
        subject="sản phẩm một máy bán được mỗi ngày"),
    fig("tăng gấp đôi", "đôi", 2, "multiple", "lần", subject="lượng hàng bán ra những ngày cuối tuần"),
    fig("gần 680 triệu", "680", 680e6, "money", "đồng", approx="nearly", status="estimate",
        subject="doanh thu của toàn hệ thống", period=T6),
    fig("trong đó 83%", "83", 83, "percent", "%", status="estimate",
        subject="giao dịch được thanh toán bằng quét mã QR", period=T6),
    fig("trả 20 ngàn", "20", 20000, "money", "đồng", subject="giá chai nước suối trên bãi trước đây"),
    fig("chỉ 10 ngàn", "10", 10000, "money", "đồng", subject="giá chai nước suối máy bán"),
    fig("khoảng 100 máy", "100", 100, "count", "máy", approx="about", status="forecast",
        subject="máy bán nước tự động mở rộng ra các điểm du lịch", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Bà Rịa - Vũng Tàu): section, headline, 'Thứ Bảy, 27/07/2024 | 08:15', sapo, tag '(BRVT) -',",
    "quote, byline, 'Tin cùng chuyên mục'. Location: TP Vũng Tàu; the tourist 'đến từ Đồng Nai' does not place her prices in Đồng Nai.",
    "Distractors: 08:15, 'giai đoạn 2' (a project phase), 'Quốc lộ 51', street names, the dateline.",
    "'từ tháng 4/2024 đến nay' ends at the dateline. 'vượt 6 máy so với kế hoạch ban đầu' → change +6 máy, baseline the plan.",
    "'thấp hơn khoảng 5.000 đồng so với giá của hàng rong' → change of the price range (decrease 5000 đồng, about).",
    "'tăng gấp đôi' stands alone as the claim → multiple 2 (number word 'đôi').",
    "'trong đó 83% giao dịch' is a percent figure of its own (share of transactions), continuing the 'ước đạt' clause → estimate.",
    "'20 ngàn đồng', '10 ngàn' in the quote: 'ngàn' ×10³; the bare '10 ngàn' takes đồng from the clause before.",
    "'năm 2025 ... dự kiến ... khoảng 100 máy' → forecast, about.",
]

if __name__ == "__main__":
    write("p1419-4", TEXT, NOTES, FIGS, published="2024-07-27", location="Vũng Tàu")
