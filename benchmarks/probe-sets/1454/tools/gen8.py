"""p1454-8: magazine (Tạp chí Công Thương): kitchen appliances sold online, quarter III/2024."""
from lib import fig, per, inh, chg, write

TEXT = """TẠP CHÍ CÔNG THƯƠNG
Trang chủ > Thị trường > Thương mại điện tử

Đồ gia dụng nhà bếp bán trực tuyến: quý III/2024 doanh số tăng 28%

Ngày đăng: 12/11/2024 | Tác giả: Hoàng Minh Anh

Tóm tắt: Bài viết phân tích xu hướng tiêu dùng đồ điện gia dụng nhà bếp trên các sàn thương mại điện tử trong quý III/2024.

Theo báo cáo của nền tảng phân tích dữ liệu DataMart Việt, quý III/2024, doanh số ngành hàng đồ gia dụng nhà bếp trên các sàn thương mại điện tử đạt 3.150 tỷ đồng, tăng 28% so với cùng kỳ năm 2023; sản lượng bán ra khoảng 7,2 triệu sản phẩm.

Nồi chiên không dầu tiếp tục dẫn đầu với doanh số 820 tỷ đồng, chiếm 26% toàn ngành hàng; nồi cơm điện đứng thứ 2 với 545 tỷ đồng; máy ép chậm và máy xay sinh tố lần lượt xếp thứ 3 và 4.

Đáng chú ý, sản phẩm có giá từ 1 đến 3 triệu đồng chiếm 47% doanh số, trong khi phân khúc trên 5 triệu đồng chỉ chiếm 9%. Hàng chính hãng từ các gian hàng Mall đóng góp 62% doanh số, tăng 5 điểm phần trăm so với quý II.

Về địa bàn, người tiêu dùng tại TP Hồ Chí Minh chiếm 31,5% số đơn hàng, Hà Nội 23,2%, Đà Nẵng 4,8%.

Theo dự báo của DataMart Việt, quý IV/2024 doanh số ngành hàng có thể đạt khoảng 3.600 tỷ đồng nhờ các đợt khuyến mại 11/11, 12/12 và mua sắm Tết. Cả năm 2024, doanh số ước đạt trên 12.000 tỷ đồng.

Từ khóa: đồ gia dụng, nồi cơm điện, thương mại điện tử

Bài viết cùng chuyên mục:
- Thương mại điện tử Việt Nam 2024: tăng trưởng hai con số
- Người tiêu dùng chuộng mua sắm qua livestream
"""

Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
Y24 = per("Cả năm 2024", "2024-01-01", "2024-12-31")
ORD = "tỷ trọng số đơn hàng"

FIGS = [
    fig("doanh số tăng 28%", "28", 28, "percent", "%",
        subject="doanh số đồ gia dụng nhà bếp bán trực tuyến", period=Q3),
    fig("đạt 3.150 tỷ", "3.150", 3150e9, "money", "đồng", change=chg("increase", 28, "%", "cùng kỳ năm 2023"),
        subject="doanh số ngành hàng đồ gia dụng nhà bếp trên các sàn thương mại điện tử", period=Q3),
    fig("khoảng 7,2 triệu", "7,2", 7.2e6, "count", "sản phẩm", approx="about",
        subject="sản lượng bán ra", period=Q3),
    fig("doanh số 820 tỷ", "820", 820e9, "money", "đồng", percent=26,
        subject="doanh số nồi chiên không dầu", period=inh(Q3)),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="doanh số nồi cơm điện", period=inh(Q3)),
    fig("với 545 tỷ", "545", 545e9, "money", "đồng", subject="doanh số nồi cơm điện", period=inh(Q3)),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject="doanh số máy ép chậm", period=inh(Q3)),
    fig("và 4.", "4", 4, "rank", "hạng", subject="doanh số máy xay sinh tố", period=inh(Q3)),
    fig("từ 1 đến 3 triệu", "1", 1e6, "money", "đồng", value_max=3e6,
        subject="giá sản phẩm trong phân khúc", optional=True),
    fig("chiếm 47%", "47", 47, "percent", "%",
        subject="tỷ trọng doanh số sản phẩm có giá từ 1 đến 3 triệu đồng", period=inh(Q3)),
    fig("trên 5 triệu", "5", 5e6, "money", "đồng", approx="over",
        subject="giá sản phẩm trong phân khúc", optional=True),
    fig("chiếm 9%", "9", 9, "percent", "%",
        subject="tỷ trọng doanh số phân khúc trên 5 triệu đồng", period=inh(Q3)),
    fig("góp 62%", "62", 62, "percent", "%", change=chg("increase", 5, "điểm phần trăm", "quý II"),
        subject="tỷ trọng doanh số hàng chính hãng từ các gian hàng Mall", period=inh(Q3)),
    fig("chiếm 31,5%", "31,5", 31.5, "percent", "%", subject=ORD, period=inh(Q3), location="TP Hồ Chí Minh"),
    fig("Hà Nội 23,2%", "23,2", 23.2, "percent", "%", subject=ORD, period=inh(Q3), location="Hà Nội"),
    fig("Đà Nẵng 4,8%", "4,8", 4.8, "percent", "%", subject=ORD, period=inh(Q3), location="Đà Nẵng"),
    fig("khoảng 3.600 tỷ", "3.600", 3600e9, "money", "đồng", approx="about", status="forecast",
        subject="doanh số ngành hàng", period=Q4),
    fig("trên 12.000 tỷ", "12.000", 12000e9, "money", "đồng", approx="over", status="estimate",
        subject="doanh số ngành hàng", period=Y24),
]

NOTES = [
    "Magazine (Tạp chí Công Thương): breadcrumb, 'Ngày đăng: 12/11/2024 | Tác giả: ...', 'Tóm tắt', 'Từ khóa', related articles. Location Việt Nam except the city list.",
    "Distractors: sale days '11/11, 12/12', 'quý II' (baseline), 'hai con số' in a link title, the platform name 'DataMart Việt'.",
    "Headline 'quý III/2024 doanh số tăng 28%' is a growth rate stated as the claim: percent figure, no change. In the body the same 28% is the change of 3.150 tỷ.",
    "'chiếm 26% toàn ngành hàng' → percent attribute of 820 tỷ. 'đứng thứ 2 với 545 tỷ đồng' → a rank and a money figure; 'lần lượt xếp thứ 3 và 4' → two ranks.",
    "Optional: the price bands 'từ 1 đến 3 triệu đồng', 'trên 5 triệu đồng' name market segments (labels), so they may or may not count as figures.",
    "'62% doanh số, tăng 5 điểm phần trăm so với quý II' → the 62% share carries a change in điểm phần trăm.",
    "City list 'TP Hồ Chí Minh chiếm 31,5% số đơn hàng, Hà Nội 23,2%, Đà Nẵng 4,8%' → each item's city is its location, subject the list's indicator.",
    "'Theo dự báo ..., quý IV/2024 ... có thể đạt khoảng 3.600 tỷ' → forecast; 'Cả năm 2024, doanh số ước đạt trên 12.000 tỷ' → estimate, over.",
]

if __name__ == "__main__":
    write("p1454-8", TEXT, NOTES, FIGS, published="2024-11-12", location="Việt Nam")
