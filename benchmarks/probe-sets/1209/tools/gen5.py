"""p1209-5: Party newspaper (Báo Hà Tĩnh): casuarina belts on the white sand of Cẩm Xuyên; byline and bare date at the end."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Xanh những cánh rừng phi lao trên cát trắng Cẩm Xuyên

Dọc theo 137 km bờ biển Hà Tĩnh hiện có hơn 9.200 ha rừng phòng hộ ven biển, trong đó khoảng 5.600 ha là rừng phi lao. Riêng huyện Cẩm Xuyên có 1.480 ha rừng phi lao, phân bố ở 6 xã ven biển.

Tại xã Cẩm Lĩnh, Ban quản lý rừng phòng hộ Nam Hà Tĩnh cùng người dân vừa trồng 22 ha phi lao trên dải cát trắng sát biển. Ông Phan Văn Bình, Trưởng thôn Tân Phú cho biết, cả thôn có 112 hộ tham gia nhận khoán, mỗi hộ chăm sóc từ 2 đến 5 ha. "Trước đây, mùa gió Lào cát bay lấp hàng chục ha ruộng. Nay có rừng, năng suất lúa vùng trong đê đạt 5,8 tấn/ha, gấp gần 2 lần so với năm 2010", ông Bình nói.

Theo ngành nông nghiệp, thu nhập của người dân những thôn có đai rừng phi lao che chắn hiện gấp 3 lần vùng chưa có rừng.

6 tháng đầu năm, toàn tỉnh trồng mới 86 ha rừng ven biển, đạt 43% kế hoạch, trong đó Cẩm Xuyên 31 ha, Kỳ Anh 24 ha. Dự kiến trong quý III, các địa phương sẽ trồng thêm khoảng 60 ha khi mùa mưa đến. Năm nay, Hà Tĩnh được phân bổ 14,5 tỷ đồng để trồng và bảo vệ rừng ven biển; mức hỗ trợ trồng rừng phòng hộ là 45 triệu đồng/ha, cao hơn 15 triệu đồng/ha so với trước năm 2019.

Ông Trần Đình Hải, Phó Chi cục trưởng Chi cục Kiểm lâm cho biết, tỉnh đang xây dựng kế hoạch đến năm 2025 phủ xanh thêm 300 ha cát trắng, phấn đấu tỷ lệ cây sống đạt trên 85%. Những đai rừng đầu tiên trồng từ thập niên 1990 nay đã cao 12-15 m.

THU TRANG
18/07/2023
"""

H1 = per("6 tháng đầu năm", "2023-01-01", "2023-06-30")
Q3 = per("quý III", "2023-07-01", "2023-09-30")
NAY = per("Năm nay", "2023-01-01", "2023-12-31")
BY25 = per("đến năm 2025", None, "2025-12-31")
CX = "Cẩm Xuyên"

FIGS = [
    fig("Dọc theo 137 km", "137", 137, "measure", "km", subject="bờ biển Hà Tĩnh"),
    fig("hơn 9.200 ha", "9.200", 9200, "measure", "ha", approx="over", subject="rừng phòng hộ ven biển"),
    fig("khoảng 5.600 ha", "5.600", 5600, "measure", "ha", approx="about", total=9200, subject="rừng phi lao"),
    fig("có 1.480 ha", "1.480", 1480, "measure", "ha", subject="rừng phi lao", location=CX),
    fig("ở 6 xã", "6", 6, "count", "xã", subject="xã ven biển có rừng phi lao", location=CX),
    fig("trồng 22 ha", "22", 22, "measure", "ha", subject="phi lao trồng trên dải cát trắng sát biển", location=CX),
    fig("có 112 hộ", "112", 112, "count", "hộ", subject="hộ tham gia nhận khoán", location=CX),
    fig("từ 2 đến 5 ha", "2", 2, "measure", "ha/hộ", value_max=5, subject="diện tích mỗi hộ chăm sóc",
        location=CX),
    fig("hàng chục ha", "chục", 10, "measure", "ha", approx="about", optional=True,
        subject="ruộng bị cát bay lấp", location=CX),
    fig("5,8 tấn/ha", "5,8", 5.8, "measure", "tấn/ha", change=chg("increase", 2, "lần", "năm 2010", approx="nearly"),
        subject="năng suất lúa vùng trong đê", location=CX),
    fig("gấp 3 lần", "3", 3, "multiple", "lần",
        subject="thu nhập của người dân những thôn có đai rừng phi lao che chắn so với vùng chưa có rừng"),
    fig("mới 86 ha", "86", 86, "measure", "ha", percent=43, subject="rừng ven biển trồng mới", period=H1),
    fig("Cẩm Xuyên 31 ha", "31", 31, "measure", "ha", total=86, subject="rừng ven biển trồng mới",
        period=H1, location=CX),
    fig("Kỳ Anh 24 ha", "24", 24, "measure", "ha", total=86, subject="rừng ven biển trồng mới",
        period=H1, location="Kỳ Anh"),
    fig("khoảng 60 ha", "60", 60, "measure", "ha", approx="about", status="forecast",
        subject="rừng ven biển trồng thêm", period=Q3),
    fig("bổ 14,5 tỷ", "14,5", 14500000000, "money", "đồng",
        subject="kinh phí được phân bổ để trồng và bảo vệ rừng ven biển", period=NAY),
    fig("là 45 triệu", "45", 45000000, "money", "đồng/ha",
        change=chg("increase", 15000000, "đồng/ha", "trước năm 2019"),
        subject="mức hỗ trợ trồng rừng phòng hộ"),
    fig("thêm 300 ha", "300", 300, "measure", "ha", status="target", subject="cát trắng được phủ xanh thêm",
        period=BY25),
    fig("trên 85%", "85", 85, "percent", "%", approx="over", status="target", subject="tỷ lệ cây sống",
        period=BY25),
    fig("cao 12-15 m", "12", 12, "measure", "m", value_max=15, subject="chiều cao những đai rừng đầu tiên"),
]

NOTES = [
    "Party newspaper (Báo Hà Tĩnh): byline 'THU TRANG' and bare date '18/07/2023' at the end (published).",
    "'6 tháng đầu năm', 'quý III', 'Năm nay' take 2023 from the published date.",
    "Cẩm Lĩnh / thôn Tân Phú passage (quotes included) located in huyện Cẩm Xuyên. 'hàng chục ha' is vague (optional, about).",
    "'gấp gần 2 lần so với năm 2010' after 5,8 tấn/ha: change (lần, nearly); 'hiện gấp 3 lần vùng chưa có rừng' standing alone: multiple.",
    "'cao hơn 15 triệu đồng/ha so với trước năm 2019' is the change of 45 triệu đồng/ha; the support level is a standing rate: no period.",
    "Distractors: 'thôn Tân Phú', 'thập niên 1990', 'năm 2010' and 'trước năm 2019' (baselines), byline date.",
]

if __name__ == "__main__":
    write("p1209-5", TEXT, NOTES, FIGS, published="2023-07-18", location="Hà Tĩnh")
