"""p1514-6: national newspaper: premium tableware before Tết; a factory in TP Tân Uyên, national market, a Hà Nội shop."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp

Thứ năm, 12/12/2024, 10:25 (GMT+7)

Bát đĩa sứ cao cấp hút khách dịp cuối năm

Các doanh nghiệp sứ gia dụng ở Bình Dương tăng ca từ tháng 10 để giao hơn 3 triệu sản phẩm cho mùa quà Tết, giá bộ bát đĩa cao cấp tăng 5-10%.

Tại nhà máy của Công ty CP Sứ Tân Phước Lộc ở KCN Nam Tân Uyên (TP Tân Uyên), ba ca sản xuất chạy liên tục để kịp đơn hàng Tết. Ông Phạm Quốc Vinh, Tổng giám đốc, cho biết 11 tháng đầu năm nay công ty bán ra 8,6 triệu sản phẩm, vượt 7,5% kế hoạch năm; doanh thu 1.120 tỷ đồng, tăng 14% so với cùng kỳ, trong đó thị trường nội địa chiếm 65%.

Theo ông Vinh, bộ đồ ăn men trắng viền vàng của công ty có giá 4,2 triệu đồng/bộ, cao hơn năm ngoái khoảng 300.000 đồng, nhưng sức mua vẫn tăng. Quà tặng doanh nghiệp chiếm tới 40% đơn hàng quý IV.

Theo Hiệp hội Gốm sứ Việt Nam, thị trường đồ sứ gia dụng trong nước năm 2024 ước đạt khoảng 9.500 tỷ đồng, trong đó hàng nhập khẩu từ Trung Quốc chiếm gần 35%. Cả nước có khoảng 20 doanh nghiệp sản xuất sứ gia dụng quy mô lớn, song chỉ ba thương hiệu nội địa nằm trong nhóm dẫn đầu về thị phần.

Tại phố Hàng Bạc (Hà Nội), chị Nguyễn Thu Trang, chủ cửa hàng sứ số 46, cho biết mỗi ngày cửa hàng bán từ 30 đến 40 bộ bát đĩa, gấp ba lần ngày thường.

Minh Anh
"""

M11 = per("11 tháng đầu năm nay", "2024-01-01", "2024-11-30")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TU = "Tân Uyên"

FIGS = [
    fig("hơn 3 triệu", "3", 3e6, "count", "sản phẩm", approx="over",
        subject="sản phẩm cho mùa quà Tết các doanh nghiệp sứ gia dụng giao"),
    fig("tăng 5-10%", "5", 5, "percent", "%", value_max=10, subject="giá bộ bát đĩa cao cấp"),
    fig("ba ca", "ba", 3, "count", "ca", subject="ca sản xuất", location=TU),
    fig("ra 8,6 triệu", "8,6", 8.6e6, "count", "sản phẩm",
        change=chg("increase", 7.5, "%", "kế hoạch năm"),
        subject="sản phẩm công ty bán ra", period=M11, location=TU),
    fig("thu 1.120 tỷ", "1.120", 1120e9, "money", "đồng", change=chg("increase", 14, "%", "cùng kỳ"),
        subject="doanh thu của công ty", period=M11, location=TU),
    fig("chiếm 65%", "65", 65, "percent", "%",
        subject="tỷ trọng thị trường nội địa trong doanh thu", period=M11, location=TU),
    fig("giá 4,2 triệu", "4,2", 4.2e6, "money", "đồng/bộ",
        change=chg("increase", 300000, "đồng", "năm ngoái", approx="about"),
        subject="giá bộ đồ ăn men trắng viền vàng", location=TU),
    fig("tới 40%", "40", 40, "percent", "%",
        subject="tỷ trọng quà tặng doanh nghiệp trong đơn hàng", period=Q4, location=TU),
    fig("khoảng 9.500 tỷ", "9.500", 9500e9, "money", "đồng", approx="about", status="estimate",
        subject="thị trường đồ sứ gia dụng trong nước", period=Y24, location="Việt Nam"),
    fig("gần 35%", "35", 35, "percent", "%", approx="nearly", status="estimate",
        subject="tỷ trọng hàng nhập khẩu từ Trung Quốc", period=Y24, location="Việt Nam"),
    fig("khoảng 20 doanh nghiệp", "20", 20, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất sứ gia dụng quy mô lớn", location="Việt Nam"),
    fig("chỉ ba thương hiệu", "ba", 3, "count", "thương hiệu",
        subject="thương hiệu nội địa nằm trong nhóm dẫn đầu về thị phần", location="Việt Nam"),
    fig("từ 30 đến 40 bộ", "30", 30, "measure", "bộ/ngày", value_max=40,
        change=chg("increase", 3, "lần", "ngày thường"),
        subject="bộ bát đĩa cửa hàng bán mỗi ngày", location="Hà Nội"),
]

NOTES = [
    "National newspaper (Kinh doanh section): 'Thứ năm, 12/12/2024, 10:25 (GMT+7)', headline, sapo, byline at the end.",
    "Distractors: 10:25, '(GMT+7)', 'KCN Nam Tân Uyên', 'cửa hàng sứ số 46' (house number), 'từ tháng 10' (when overtime began).",
    "Sapo: 'Các doanh nghiệp sứ gia dụng ở Bình Dương' → location Bình Dương for 'hơn 3 triệu sản phẩm' and the 5-10% price rise",
    "(a growth rate as the claim: percent range, no change); no period (from tháng 10 dates the overtime, not the figure).",
    "Factory passage in TP Tân Uyên → Tân Uyên. '11 tháng đầu năm nay' → 2024-01-01..2024-11-30 (published year); it covers the ';'-clause too.",
    "'vượt 7,5% kế hoạch năm' → change with baseline 'kế hoạch năm'; 'tăng 14% so với cùng kỳ' → change of 1.120 tỷ;",
    "'trong đó thị trường nội địa chiếm 65%' → percent figure of its own. 'cao hơn năm ngoái khoảng 300.000 đồng' → change in đồng, about.",
    "'chiếm tới 40% đơn hàng quý IV' → percent, quý IV 2024 ('tới' is emphasis, not an approx cue).",
    "Association figures → Việt Nam; 'ước đạt khoảng' → estimate + about; 'trong đó ... chiếm gần 35%' continues the estimate clause.",
    "Hà Nội shop: 'mỗi ngày ... từ 30 đến 40 bộ' → measure bộ/ngày range, 'gấp ba lần ngày thường' → change 3 lần.",
]

if __name__ == "__main__":
    write("p1514-6", TEXT, NOTES, FIGS, published="2024-12-12", location="Bình Dương")
