"""p829-8: provincial newspaper online (Báo Bình Dương), recycled glass collection; headline figure, (BDO) tag."""
from lib import C, F, I, P, T, write

TEXT = """BÁO BÌNH DƯƠNG ONLINE
Kinh tế > Doanh nghiệp
Thu gom, tái chế hơn 42.000 tấn thủy tinh phế liệu
Cập nhật: 19/06/2023 - 10:25

(BDO) - 5 tháng đầu năm 2023, các doanh nghiệp tái chế trên địa bàn tỉnh đã thu gom, xử lý hơn 42.000 tấn thủy tinh phế liệu, tăng 14,2% so với cùng kỳ; trong đó thủy tinh từ chai, lọ đựng đồ uống chiếm 68%.

Toàn tỉnh hiện có 7 doanh nghiệp tái chế thủy tinh, tập trung ở TP Tân Uyên (3 doanh nghiệp), TP Bến Cát (2 doanh nghiệp), huyện Bàu Bàng (1 doanh nghiệp) và TP Dĩ An (1 doanh nghiệp). Tổng công suất xử lý đạt 350 tấn/ngày. Thủy tinh sau khi nghiền, làm sạch được bán cho các nhà máy sản xuất chai lọ với giá 2.800 - 3.200 đồng/kg, cao hơn khoảng 10% so với đầu năm. Mức giá này gấp khoảng 1,5 lần so với năm 2020.

Theo ông Phạm Văn Lộc, Giám đốc Công ty CP Tái chế Xanh Việt, nhà máy nằm trên đường ĐT 746, mỗi tấn thủy tinh tái chế giúp tiết kiệm khoảng 1,2 tấn nguyên liệu thô và giảm 25-30% năng lượng nấu chảy. Công ty có 86 công nhân, thu nhập bình quân 9,6 triệu đồng/người/tháng.

Theo Sở Tài nguyên và Môi trường, tỷ lệ thu gom thủy tinh trong chất thải rắn sinh hoạt của tỉnh mới đạt 41%. Tỉnh phấn đấu đến năm 2025 nâng tỷ lệ này lên 60%. Dự kiến cả năm 2023, lượng thủy tinh được tái chế trên địa bàn đạt khoảng 100.000 tấn.

Hải Yến
"""

M5 = P("5 tháng đầu năm 2023", "2023-01-01", "2023-05-31")

FIGS = [
    F("tái chế hơn 42.000 tấn", "42.000", 42000, "measure", "tấn", "thủy tinh phế liệu thu gom, tái chế",
      approx="over"),
    F("xử lý hơn 42.000 tấn", "42.000", 42000, "measure", "tấn", "thủy tinh phế liệu thu gom, xử lý", M5,
      approx="over", change=C("increase", 14.2, baseline="cùng kỳ")),
    F("chiếm 68%", "68", 68, "percent", "%", "tỷ trọng thủy tinh từ chai, lọ đựng đồ uống", M5),
    F("có 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", "doanh nghiệp tái chế thủy tinh"),
    F("Tân Uyên (3 doanh nghiệp)", "3", 3, "count", "doanh nghiệp", "doanh nghiệp tái chế thủy tinh", total=7,
      location="Tân Uyên"),
    F("Bến Cát (2 doanh nghiệp)", "2", 2, "count", "doanh nghiệp", "doanh nghiệp tái chế thủy tinh", total=7,
      location="Bến Cát"),
    F("Bàu Bàng (1 doanh nghiệp)", "1", 1, "count", "doanh nghiệp", "doanh nghiệp tái chế thủy tinh", total=7,
      location="Bàu Bàng"),
    F("Dĩ An (1 doanh nghiệp)", "1", 1, "count", "doanh nghiệp", "doanh nghiệp tái chế thủy tinh", total=7,
      location="Dĩ An"),
    F("đạt 350 tấn/ngày", "350", 350, "measure", "tấn/ngày", "tổng công suất xử lý thủy tinh"),
    F("giá 2.800 - 3.200 đồng/kg", "2.800", 2800, "money", "đồng/kg", "giá bán thủy tinh tái chế", value_max=3200,
      change=C("increase", 10, baseline="đầu năm", approx="about")),
    F("gấp khoảng 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá thủy tinh tái chế so với năm 2020", approx="about"),
    F("khoảng 1,2 tấn", "1,2", 1.2, "measure", "tấn", "nguyên liệu thô tiết kiệm trên mỗi tấn thủy tinh tái chế",
      approx="about"),
    F("giảm 25-30%", "25", 25, "percent", "%", "năng lượng nấu chảy giảm", value_max=30),
    F("có 86 công nhân", "86", 86, "count", "công nhân", "công nhân của công ty"),
    F("9,6 triệu đồng/người/tháng", "9,6", 9.6e6, "money", "đồng/người/tháng", "thu nhập bình quân công nhân"),
    F("mới đạt 41%", "41", 41, "percent", "%", "tỷ lệ thu gom thủy tinh trong chất thải rắn sinh hoạt"),
    F("lên 60%", "60", 60, "percent", "%", "tỷ lệ thu gom thủy tinh trong chất thải rắn sinh hoạt",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("khoảng 100.000 tấn", "100.000", 100000, "measure", "tấn", "lượng thủy tinh được tái chế",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="forecast"),
]

write("p829-8", TEXT, FIGS, published="2023-06-19", location="Bình Dương", comments=[
    "Provincial newspaper online (Báo Bình Dương): recycled-glass collection; headline figure without a year; '(BDO) -' tag implies Bình Dương.",
    "Distractors: 'Cập nhật: 19/06/2023 - 10:25', đường ĐT 746, the byline.",
    "The headline figure has no period of its own (the headline states none); the body repeats it with '5 tháng đầu năm 2023'.",
    "The bracketed district list adds up to 7 (3+2+1+1): total 7; each district is its item's location.",
    "'trong đó ... chiếm 68%' is a share with no base amount: a percent figure. 'cao hơn khoảng 10% so với đầu năm' is the price range's change.",
    "'Mức giá này gấp khoảng 1,5 lần so với năm 2020' stands alone as the claim: multiple.",
    "'giảm 25-30% năng lượng' has no base amount: a percent range. 'đến năm 2025 nâng tỷ lệ này lên 60%' is a target; 'Dự kiến cả năm 2023' a forecast.",
])
