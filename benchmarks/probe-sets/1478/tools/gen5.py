"""p1478-5: national newspaper: robot vacuum sales on e-commerce platforms, 10 months 2024; imports, exports, forecast."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Thị trường

Thứ năm, 14/11/2024, 08:30 (GMT+7)

Người Việt chi hơn 2.100 tỷ đồng mua robot hút bụi qua sàn thương mại điện tử

Doanh số robot hút bụi trên các sàn thương mại điện tử 10 tháng năm 2024 đạt hơn 2.100 tỷ đồng, tăng 38% so với cùng kỳ, theo nền tảng phân tích dữ liệu ShopData.

Báo cáo của ShopData cho thấy, từ tháng 1 đến tháng 10, người tiêu dùng đã mua khoảng 410.000 chiếc robot hút bụi trên bốn sàn Shopee, Lazada, Tiki và TikTok Shop, tăng 29,5% so với cùng kỳ năm 2023. Giá bán bình quân khoảng 5,2 triệu đồng/chiếc, cao hơn 7% so với năm trước do người dùng chuyển sang các dòng máy tự động giặt, sấy giẻ lau.

Thị phần tập trung vào ba thương hiệu lớn, lần lượt là Vacbot (31,2%), Robomax (24,6%) và Dreamclean (18,9%). Phân khúc dưới 5 triệu đồng chiếm 45% số máy bán ra, phân khúc cao cấp chỉ chiếm khoảng 6%.

Theo số liệu của Tổng cục Hải quan, 9 tháng năm 2024, Việt Nam nhập khẩu 186,4 triệu USD máy hút bụi các loại, trong đó từ Trung Quốc 152,3 triệu USD, chiếm 81,7%. Ngược lại, xuất khẩu máy hút bụi đạt 1,02 tỷ USD, chủ yếu từ các nhà máy FDI tại Đồng Nai, Hải Phòng, Bình Dương.

Ông Phạm Quốc Bảo, Tổng giám đốc một chuỗi bán lẻ điện máy, nhận định tỷ lệ hộ gia đình đô thị sử dụng robot hút bụi hiện mới khoảng 8-10%, thấp hơn nhiều so với các nước trong khu vực. Chuỗi này đặt mục tiêu năm 2025 bán 120.000 robot, gấp 1,5 lần năm nay. ShopData dự báo quy mô thị trường robot hút bụi tại Việt Nam sẽ đạt 6.500 tỷ đồng vào năm 2027.

Minh Châu
"""

M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
M1_10 = per("từ tháng 1 đến tháng 10", "2024-01-01", "2024-10-31")
N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
Y27 = per("vào năm 2027", "2027-01-01", "2027-12-31")
SHARE = "thị phần robot hút bụi"

FIGS = [
    fig("chi hơn 2.100 tỷ", "2.100", 2100e9, "money", "đồng", approx="over",
        subject="chi mua robot hút bụi qua sàn thương mại điện tử"),
    fig("đạt hơn 2.100 tỷ", "2.100", 2100e9, "money", "đồng", approx="over",
        change=chg("increase", 38, "%", "cùng kỳ"),
        subject="doanh số robot hút bụi trên các sàn thương mại điện tử", period=M10),
    fig("khoảng 410.000 chiếc", "410.000", 410000, "count", "chiếc", approx="about",
        change=chg("increase", 29.5, "%", "cùng kỳ năm 2023"),
        subject="robot hút bụi người tiêu dùng mua trên các sàn", period=M1_10),
    fig("trên bốn sàn", "bốn", 4, "count", "sàn", subject="sàn thương mại điện tử"),
    fig("khoảng 5,2 triệu", "5,2", 5.2e6, "money", "đồng/chiếc", approx="about",
        change=chg("increase", 7, "%", "năm trước"),
        subject="giá bán bình quân robot hút bụi", period=inh(M1_10)),
    fig("vào ba thương hiệu", "ba", 3, "count", "thương hiệu", subject="thương hiệu lớn", optional=True),
    fig("Vacbot (31,2%)", "31,2", 31.2, "percent", "%", subject=f"{SHARE} của Vacbot", period=inh(M1_10)),
    fig("Robomax (24,6%)", "24,6", 24.6, "percent", "%", subject=f"{SHARE} của Robomax", period=inh(M1_10)),
    fig("Dreamclean (18,9%)", "18,9", 18.9, "percent", "%", subject=f"{SHARE} của Dreamclean", period=inh(M1_10)),
    fig("dưới 5 triệu", "5", 5e6, "money", "đồng", approx="under", subject="giá phân khúc", optional=True),
    fig("chiếm 45%", "45", 45, "percent", "%",
        subject="tỷ trọng phân khúc dưới 5 triệu đồng trong số máy bán ra", period=inh(M1_10)),
    fig("chiếm khoảng 6%", "6", 6, "percent", "%", approx="about",
        subject="tỷ trọng phân khúc cao cấp trong số máy bán ra", period=inh(M1_10)),
    fig("nhập khẩu 186,4 triệu", "186,4", 186.4e6, "money", "USD",
        subject="nhập khẩu máy hút bụi các loại", period=N9),
    fig("Quốc 152,3 triệu", "152,3", 152.3e6, "money", "USD", total=186.4e6, percent=81.7,
        subject="nhập khẩu máy hút bụi từ Trung Quốc", period=N9),
    fig("đạt 1,02 tỷ", "1,02", 1.02e9, "money", "USD", subject="xuất khẩu máy hút bụi", period=inh(N9)),
    fig("khoảng 8-10%", "8", 8, "percent", "%", approx="about", value_max=10,
        subject="tỷ lệ hộ gia đình đô thị sử dụng robot hút bụi"),
    fig("bán 120.000 robot", "120.000", 120000, "count", "robot", status="target",
        change=chg("increase", 1.5, "lần", "năm nay"),
        subject="robot chuỗi bán lẻ bán ra", period=Y25),
    fig("đạt 6.500 tỷ", "6.500", 6500e9, "money", "đồng", status="forecast",
        subject="quy mô thị trường robot hút bụi tại Việt Nam", period=Y27),
]

NOTES = [
    "National newspaper: section line, 'Thứ năm, 14/11/2024, 08:30 (GMT+7)', headline figure, sapo with source, byline 'Minh Châu' at the end.",
    "All figures are national: location Việt Nam (Trung Quốc is a trade partner; Đồng Nai, Hải Phòng, Bình Dương only say where exports come from).",
    "Distractors: 08:30, '(GMT+7)', 'năm trước'/'năm nay' baselines.",
    "Headline 'chi hơn 2.100 tỷ đồng' is its own figure (no period in the headline). 'từ tháng 1 đến tháng 10' takes 2024 from the sapo.",
    "'bốn sàn' counts the platforms of the data source: no period. The price, shares and segments inherit the Jan-Oct period.",
    "'ba thương hiệu lớn' names the group whose shares follow: optional. 'lần lượt là Vacbot (31,2%) ...': each a percent figure, subject 'thị phần'.",
    "'Phân khúc dưới 5 triệu đồng' is a segment bound (optional, approx under); its share 45% is required.",
    "'trong đó từ Trung Quốc 152,3 triệu USD, chiếm 81,7%' → total 186,4 triệu USD, percent 81,7.",
    "'khoảng 8-10%' → about, range; 'hiện' gives no period. 'đặt mục tiêu năm 2025 bán 120.000 robot, gấp 1,5 lần năm nay' → target, change 1,5 lần.",
    "'ShopData dự báo ... 6.500 tỷ đồng vào năm 2027' → forecast, year 2027.",
]

if __name__ == "__main__":
    write("p1478-5", TEXT, NOTES, FIGS, published="2024-11-14", location="Việt Nam")
