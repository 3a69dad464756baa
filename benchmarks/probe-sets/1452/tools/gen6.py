"""p1452-6: national newspaper (VnExpress-like): Christmas decorative candles in TP HCM, prices up 10-15%."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh > Hàng hóa

Thứ bảy, 14/12/2024, 07:10 (GMT+7)

Nến trang trí Giáng sinh hút khách, giá tăng 10-15%

Những ngày cận Giáng sinh, các cửa hàng nến trang trí ở TP HCM đông khách, nhiều mẫu nến thơm, nến tạc hình cây thông có giá cao hơn năm ngoái 10-15%.

Tại cửa hàng của Công ty TNHH Nến Ánh Dương ở số 212 Nguyễn Trãi, quận 5, bộ sưu tập Noel 2024 gồm hơn 80 mẫu, mỗi ngày bán ra 700-800 sản phẩm, gấp ba lần ngày thường. Nến thơm hũ nhỏ giá 120.000-180.000 đồng, bộ nến quà tặng từ 350.000 đồng đến 1,2 triệu đồng.

"Năm nay công ty nhập về khoảng 25.000 sản phẩm cho mùa Noel, tăng 20% so với năm ngoái, trong đó hàng sản xuất trong nước chiếm khoảng 70%", anh Lê Minh Khoa, quản lý cửa hàng, cho biết.

Theo Sở Công Thương TP HCM, thành phố có khoảng 120 cơ sở sản xuất nến, phần lớn là cơ sở nhỏ dưới 10 lao động. Các hệ thống siêu thị cho biết sức mua nến trang trí dịp cuối năm thường cao gấp 4-5 lần các tháng khác.

Trên các sàn thương mại điện tử toàn quốc, theo số liệu của một công ty phân tích dữ liệu, trong tháng 11 doanh số nhóm hàng nến thơm đạt gần 38 tỷ đồng, tăng 42% so với tháng trước, với hơn 310.000 sản phẩm bán ra. Người mua chuộng nến sáp đậu nành, nến không khói, giá phổ biến dưới 200.000 đồng.

Chị Phạm Ngọc Hân (quận Bình Thạnh) cho biết mỗi năm gia đình chị chi khoảng 1,5 triệu đồng mua nến trang trí cho dịp Giáng sinh và Tết. "Nến đẹp, thơm nhẹ, thắp lên là thấy không khí lễ hội", chị nói.

Thu Thảo
"""

N11 = per("trong tháng 11", "2024-11-01", "2024-11-30")
NN = per("Năm nay", "2024-01-01", "2024-12-31")
Q5 = "Quận 5"
VN = "Việt Nam"

FIGS = [
    fig("giá tăng 10-15%", "10", 10, "percent", "%", value_max=15, subject="giá nến trang trí Giáng sinh"),
    fig("năm ngoái 10-15%", "10", 10, "percent", "%", value_max=15,
        subject="giá nhiều mẫu nến thơm, nến tạc hình cây thông so với năm ngoái"),
    fig("hơn 80 mẫu", "80", 80, "count", "mẫu", approx="over", subject="mẫu trong bộ sưu tập Noel 2024",
        location=Q5),
    fig("ra 700-800", "700", 700, "measure", "sản phẩm/ngày", value_max=800,
        change=chg("increase", 3, "lần", "ngày thường"), subject="sản phẩm bán ra mỗi ngày", location=Q5),
    fig("120.000-180.000", "120.000", 120000, "money", "đồng", value_max=180000,
        subject="giá nến thơm hũ nhỏ", location=Q5),
    fig("từ 350.000 đồng", "350.000", 350000, "money", "đồng", value_max=1.2e6,
        subject="giá bộ nến quà tặng", location=Q5),
    fig("khoảng 25.000 sản phẩm", "25.000", 25000, "count", "sản phẩm", approx="about",
        change=chg("increase", 20, "%", "năm ngoái"), subject="sản phẩm công ty nhập về cho mùa Noel",
        period=NN, location=Q5),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="hàng sản xuất trong nước", period=NN, location=Q5),
    fig("khoảng 120 cơ sở", "120", 120, "count", "cơ sở", approx="about", subject="cơ sở sản xuất nến"),
    fig("dưới 10 lao động", "10", 10, "count", "lao động", approx="under", subject="lao động của cơ sở nhỏ",
        optional=True),
    fig("gấp 4-5 lần", "4", 4, "multiple", "lần", value_max=5,
        subject="sức mua nến trang trí dịp cuối năm so với các tháng khác"),
    fig("gần 38 tỷ", "38", 38e9, "money", "đồng", approx="nearly",
        change=chg("increase", 42, "%", "tháng trước"), subject="doanh số nhóm hàng nến thơm", period=N11,
        location=VN),
    fig("hơn 310.000 sản phẩm", "310.000", 310000, "count", "sản phẩm", approx="over",
        subject="sản phẩm nến thơm bán ra", period=N11, location=VN),
    fig("dưới 200.000 đồng", "200.000", 200000, "money", "đồng", approx="under", subject="giá phổ biến",
        location=VN),
    fig("khoảng 1,5 triệu", "1,5", 1.5e6, "money", "đồng/năm", approx="about",
        subject="tiền gia đình chị chi mua nến trang trí mỗi năm", location="Bình Thạnh"),
]

NOTES = [
    "National newspaper (VnExpress-like): 'Thứ bảy, 14/12/2024, 07:10 (GMT+7)', sapo, quotes, byline 'Thu Thảo' at the end.",
    "Distractors: 07:10, '(GMT+7)', 'số 212 Nguyễn Trãi', 'quận 5', 'Noel 2024' (a collection name),",
    "'quận Bình Thạnh'.",
    "Headline 'giá tăng 10-15%' and sapo 'cao hơn năm ngoái 10-15%' are growth rates as the claim: percent, range, no change.",
    "The shop is at quận 5: its figures take location Quận 5 (district, as a brewery passage takes its district);",
    "city-wide figures take TP Hồ Chí Minh; the e-commerce figures are 'toàn quốc' → Việt Nam; the shopper is in Bình Thạnh.",
    "'700-800 sản phẩm' a day → measure 'sản phẩm/ngày', 'gấp ba lần ngày thường' is its change (3 lần).",
    "'từ 350.000 đồng đến 1,2 triệu đồng' → range with a multiplier only on the upper end.",
    "'gấp 4-5 lần các tháng khác' stands alone as the claim → multiple, range. 'dưới 10 lao động' names a size class of",
    "firms (optional, like 'ứng dụng có trên 10 triệu người dùng' in the shared gold). 'mỗi năm … chi khoảng 1,5 triệu đồng'",
    "is a yearly rate (đồng/năm). 'tháng 11' → 2024 (dateline year). The shop's 'Năm nay' (quote) → 2024.",
]

if __name__ == "__main__":
    write("p1452-6", TEXT, NOTES, FIGS, published="2024-12-14", location="TP Hồ Chí Minh")
