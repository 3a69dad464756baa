from lib import F, P, CH, inh, emit

TEXT = """BÁO LÂM ĐỒNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LÂM ĐỒNG
Kinh tế

Giá sữa giảm, người nuôi bò sữa gặp khó

Những tháng cuối năm, giá thu mua sữa tươi giảm trong khi chi phí thức ăn vẫn ở mức cao khiến nhiều hộ nuôi bò sữa ở Lâm Đồng gặp khó khăn.

Theo Sở Nông nghiệp và PTNT, tổng đàn bò sữa toàn tỉnh hiện có khoảng 17.000 con, trong đó khoảng 9.600 con đang cho sữa; Lâm Đồng đứng thứ 5 cả nước về quy mô đàn. Bò sữa tập trung tại các huyện Đơn Dương (11.850 con), Đức Trọng (3.920 con) và Lạc Dương (610 con). Sản lượng sữa 10 tháng năm 2023 đạt 52.300 tấn, tăng 3,6% so với cùng kỳ.

Hiện giá thu mua sữa tươi của các doanh nghiệp chỉ còn 12.500 - 13.000 đồng/kg, giảm từ 1.000 đến 1.500 đồng/kg so với đầu năm. Trong khi đó, giá cám hỗn hợp tăng khoảng 8% lên 11.200 đồng/kg.

Ông Nguyễn Văn Tám ở xã Lạc Xuân (huyện Đơn Dương) nuôi 25 con bò, trong đó 14 con cho sữa. Mỗi ngày gia đình ông bán được khoảng 250 kg sữa, nhưng sau khi trừ chi phí chỉ lãi chừng 700.000 đồng/ngày, giảm gần 40% so với năm 2022.

Trước tình hình trên, UBND tỉnh đề nghị các doanh nghiệp thu mua hết sữa cho người dân; đồng thời dành 50 tỷ đồng vốn tín dụng ưu đãi hỗ trợ nông dân cải tạo chuồng trại, trồng cỏ. Tỉnh phấn đấu đến năm 2025 đàn bò sữa đạt 20.000 con, năng suất bình quân đạt 6,5 tấn/con/năm.

VĂN KHÁNH
27/11/2023
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 17.000 con", "17.000", 17000, "count", "con", "tổng đàn bò sữa toàn tỉnh", approx="about"),
    F("khoảng 9.600 con", "9.600", 9600, "count", "con", "bò đang cho sữa", approx="about", total=17000),
    F("đứng thứ 5 cả nước", "5", 5, "rank", "hạng", "quy mô đàn bò sữa"),
    F("Đơn Dương (11.850 con)", "11.850", 11850, "count", "con", "bò sữa", location="Đơn Dương"),
    F("Đức Trọng (3.920 con)", "3.920", 3920, "count", "con", "bò sữa", location="Đức Trọng"),
    F("Lạc Dương (610 con)", "610", 610, "count", "con", "bò sữa", location="Lạc Dương"),
    F("đạt 52.300 tấn", "52.300", 52300, "measure", "tấn", "sản lượng sữa", M10,
      change=CH("increase", 3.6, "%", "cùng kỳ")),
    F("còn 12.500 - 13.000 đồng/kg", "12.500", 12500, "money", "đồng/kg", "giá thu mua sữa tươi của các doanh nghiệp",
      value_max=13000, change=CH("decrease", 1000, "đồng/kg", "đầu năm")),
    F("lên 11.200 đồng/kg", "11.200", 11200, "money", "đồng/kg", "giá cám hỗn hợp",
      change=CH("increase", 8, "%", approx="about")),
    F("nuôi 25 con bò", "25", 25, "count", "con", "bò của hộ ông Nguyễn Văn Tám", location="Đơn Dương"),
    F("trong đó 14 con", "14", 14, "count", "con", "bò cho sữa", total=25, location="Đơn Dương"),
    F("khoảng 250 kg", "250", 250, "measure", "kg", "sữa bán được mỗi ngày", approx="about", location="Đơn Dương"),
    F("chừng 700.000 đồng/ngày", "700.000", 700000, "money", "đồng/ngày", "tiền lãi sau khi trừ chi phí", approx="about",
      change=CH("decrease", 40, "%", "năm 2022", approx="nearly"), location="Đơn Dương"),
    F("dành 50 tỷ đồng", "50", 50e9, "money", "đồng", "vốn tín dụng ưu đãi hỗ trợ nông dân cải tạo chuồng trại, trồng cỏ"),
    F("đạt 20.000 con", "20.000", 20000, "count", "con", "đàn bò sữa", T25, status="target"),
    F("đạt 6,5 tấn/con/năm", "6,5", 6.5, "measure", "tấn/con/năm", "năng suất bình quân", T25, status="target"),
]

COMMENTS = [
    "Báo Lâm Đồng (Party newspaper): falling milk purchase price, Lâm Đồng dairy herd; byline and bare date '27/11/2023' at the end.",
    "'Những tháng cuối năm' and 'hiện có' give no dated period. 'giảm từ 1.000 đến 1.500 đồng/kg so với đầu năm' is the change of the",
    "price range (change value = the lower end; not a figure of its own). 'tăng khoảng 8% lên 11.200 đồng/kg' -> change of 11.200.",
    "'Ông Nguyễn Văn Tám' is a name (Tám = eight), not a figure. The household in xã Lạc Xuân (huyện Đơn Dương) -> location Đơn Dương.",
    "District items do not follow a cue and do not add up to 17.000: no total. 'dành 50 tỷ đồng' is a plain money figure (actual).",
]

emit("p625-5", TEXT, COMMENTS, FIGS, published="2023-11-27", location="Lâm Đồng")
