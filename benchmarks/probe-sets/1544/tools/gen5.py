"""p1544-5: national newspaper: Christmas scented-candle market in Hà Nội and on e-commerce platforms (national)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Hàng hóa

Thứ sáu, 20/12/2024, 15:40 (GMT+7)

Nến thơm hút khách mùa Giáng sinh

Doanh số nến thơm tại nhiều cửa hàng ở Hà Nội tăng 30-40% so với cùng kỳ, dù giá phổ biến từ 150.000 đồng đến hơn một triệu đồng mỗi hũ.

Tại cửa hàng của chị Lê Mai Anh ở số 52 phố Hàng Mã, quận Hoàn Kiếm, mỗi ngày bán khoảng 200 hũ nến, gấp đôi tháng 10. Bộ quà tặng 3 hũ nến thơm giá 450.000 đồng là mặt hàng bán chạy nhất.

Chuỗi cửa hàng nội thất Mộc Hương, có 12 điểm bán tại Hà Nội, cũng ghi nhận doanh thu nhóm nến thơm tháng 12 tăng khoảng 35%. Dòng nến cao cấp Noel 2024 giá 890.000 đồng/hũ đã bán hết 2.000 sản phẩm chỉ sau hai tuần.

Theo số liệu của công ty phân tích dữ liệu thương mại điện tử MarketLens, tháng 11/2024, doanh số nến thơm trên 5 sàn thương mại điện tử lớn đạt khoảng 215 tỷ đồng, tăng 46% so với cùng kỳ; sản lượng bán ra gần 1,4 triệu sản phẩm. Nến thơm đứng thứ 3 trong nhóm hàng trang trí nhà cửa bán chạy nhất, sau đèn trang trí và cây thông Noel. Hàng nội địa chiếm khoảng 55% doanh số, phần còn lại chủ yếu nhập từ Trung Quốc.

Ông Phạm Đức Long, chuyên gia bán lẻ, dự báo doanh số nến thơm trên các sàn thương mại điện tử cả năm 2024 có thể đạt khoảng 2.100 tỷ đồng. "Người tiêu dùng ngày càng chuộng nến từ sáp tự nhiên, mùi hương nhẹ", ông nói.

Minh Châu

Ý kiến (0)
"""

M11 = per("tháng 11/2024", "2024-11-01", "2024-11-30")
D12 = per("tháng 12", "2024-12-01", "2024-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
HN = "Hà Nội"
VN = "Việt Nam"

FIGS = [
    fig("tăng 30-40%", "30", 30, "percent", "%", value_max=40, subject="doanh số nến thơm tại nhiều cửa hàng"),
    fig("từ 150.000 đồng", "150.000", 150000, "money", "đồng/hũ", value_max=1e6, subject="giá phổ biến"),
    fig("khoảng 200 hũ", "200", 200, "measure", "hũ/ngày", approx="about",
        change=chg("increase", 2, "lần", "tháng 10"), subject="hũ nến cửa hàng bán mỗi ngày"),
    fig("Bộ quà tặng 3 hũ", "3", 3, "count", "hũ", subject="hũ nến trong bộ quà tặng", optional=True),
    fig("giá 450.000 đồng", "450.000", 450000, "money", "đồng", subject="giá bộ quà tặng 3 hũ nến thơm"),
    fig("có 12 điểm", "12", 12, "count", "điểm bán", subject="điểm bán của chuỗi cửa hàng nội thất Mộc Hương"),
    fig("tăng khoảng 35%", "35", 35, "percent", "%", approx="about", subject="doanh thu nhóm nến thơm",
        period=D12),
    fig("giá 890.000 đồng", "890.000", 890000, "money", "đồng/hũ", subject="giá dòng nến cao cấp Noel 2024"),
    fig("hết 2.000 sản phẩm", "2.000", 2000, "count", "sản phẩm", subject="sản phẩm đã bán"),
    fig("trên 5 sàn", "5", 5, "count", "sàn", subject="sàn thương mại điện tử lớn", period=M11, location=VN),
    fig("khoảng 215 tỷ", "215", 215e9, "money", "đồng", approx="about",
        change=chg("increase", 46, "%", "cùng kỳ"),
        subject="doanh số nến thơm trên 5 sàn thương mại điện tử lớn", period=M11, location=VN),
    fig("gần 1,4 triệu", "1,4", 1.4e6, "count", "sản phẩm", approx="nearly", subject="sản lượng bán ra",
        period=M11, location=VN),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="nến thơm trong nhóm hàng trang trí nhà cửa bán chạy nhất", period=inh(M11), location=VN),
    fig("khoảng 55% doanh số", "55", 55, "percent", "%", approx="about",
        subject="hàng nội địa trong doanh số", period=inh(M11), location=VN),
    fig("khoảng 2.100 tỷ", "2.100", 2100e9, "money", "đồng", approx="about", status="forecast",
        subject="doanh số nến thơm trên các sàn thương mại điện tử", period=Y24, location=VN),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 20/12/2024, 15:40 (GMT+7)', sapo, quote, byline and comment counter at the end.",
    "Distractors: 15:40, (GMT+7), 'số 52 phố Hàng Mã', 'Noel 2024' (product line), 'hai tuần' (duration), 'tháng 10' (baseline), 'Ý kiến (0)'.",
    "Shop figures in Hà Nội (default location); MarketLens e-commerce figures and the forecast are national (Việt Nam).",
    "'trên 5 sàn' : 'trên' means 'on' here, not 'over' (approx exact). 'từ 150.000 đồng đến hơn một triệu đồng mỗi hũ' is one range, 1e6 its top.",
    "'khoảng 200 hũ, gấp đôi tháng 10' → change 2 lần; 'mỗi ngày' makes it a rate (hũ/ngày).",
    "'Bộ quà tặng 3 hũ' names the set (optional). 'tăng 30-40%', 'tăng khoảng 35%' are growth rates as the claim (no change).",
    "The sentences after the MarketLens sentence inherit 'tháng 11/2024' (not scored).",
]

if __name__ == "__main__":
    write("p1544-5", TEXT, NOTES, FIGS, published="2024-12-20", location="Hà Nội")
