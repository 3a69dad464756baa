"""p1376-8: news agency (TTXVN): Hà Nội's Áo dài tourism festival, 18-20/10/2024; visitors 9 months, quý III."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THÔNG TẤN XÃ VIỆT NAM
Văn hóa - Du lịch

Hà Nội: Lễ hội Áo dài Du lịch khép lại với hơn 200 nghìn lượt khách

20/10/2024 18:35

Hà Nội (TTXVN) - Sau 3 ngày diễn ra (18-20/10), Lễ hội Áo dài Du lịch Hà Nội năm 2024 tại khu vực hồ Hoàn Kiếm đã đón hơn 200.000 lượt khách, trong đó khoảng 25.000 lượt khách quốc tế.

Lễ hội năm nay có 1.200 người đồng diễn áo dài, 50 gian hàng của các nhà may, làng nghề và 8 chương trình trình diễn của các nhà thiết kế. Ban tổ chức ước tính doanh thu bán hàng, dịch vụ tại lễ hội đạt khoảng 7,5 tỷ đồng. Tại các gian hàng, giá may một bộ áo dài lụa tơ tằm từ 1,5 đến 3 triệu đồng.

Theo Sở Du lịch Hà Nội, 9 tháng năm 2024, thành phố đón 19,1 triệu lượt khách, tăng 14,2% so với cùng kỳ; riêng quý III đạt 6,3 triệu lượt. Hà Nội hiện có khoảng 1.300 cơ sở may, cho thuê áo dài, tập trung nhiều ở các quận Hoàn Kiếm, Ba Đình và Đống Đa.

Phát biểu bế mạc, Phó Giám đốc Sở Du lịch Nguyễn Thị Mai Hương cho biết lễ hội sẽ được tổ chức thường niên; phấn đấu đến năm 2030 lễ hội thu hút 500.000 lượt khách và đưa áo dài thành một trong 5 sản phẩm quà tặng du lịch chủ lực của Thủ đô.

Trước đó, tối 18/10, chương trình "Áo dài - Hồn Việt" với sự tham gia của 120 người mẫu đã được truyền hình trực tiếp trên kênh H1.

(TTXVN/Vietnam+)
"""

FEST = per("(18-20/10)", "2024-10-18", "2024-10-20")
Y24 = per("năm nay", "2024-01-01", "2024-12-31")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
T30 = per("đến năm 2030", None, "2030-12-31")
FV = "lượt khách Lễ hội Áo dài Du lịch Hà Nội đón"

FIGS = [
    fig("hơn 200 nghìn", "200", 200000, "count", "lượt khách", approx="over", subject=FV),
    fig("Sau 3 ngày", "3", 3, "measure", "ngày", subject="thời gian diễn ra lễ hội", period=FEST, optional=True),
    fig("hơn 200.000 lượt", "200.000", 200000, "count", "lượt khách", approx="over", subject=FV, period=FEST),
    fig("khoảng 25.000 lượt", "25.000", 25000, "count", "lượt khách", approx="about", total=200000,
        subject="lượt khách quốc tế", period=FEST),
    fig("có 1.200 người", "1.200", 1200, "count", "người", subject="người đồng diễn áo dài", period=Y24),
    fig("50 gian hàng", "50", 50, "count", "gian hàng", subject="gian hàng của các nhà may, làng nghề", period=Y24),
    fig("8 chương trình", "8", 8, "count", "chương trình", subject="chương trình trình diễn của các nhà thiết kế",
        period=Y24),
    fig("khoảng 7,5 tỷ", "7,5", 7.5e9, "money", "đồng", approx="about", status="estimate",
        subject="doanh thu bán hàng, dịch vụ tại lễ hội", period=inh(FEST)),
    fig("từ 1,5 đến 3 triệu", "1,5", 1.5e6, "money", "đồng/bộ", value_max=3e6,
        subject="giá may một bộ áo dài lụa tơ tằm"),
    fig("đón 19,1 triệu", "19,1", 19.1e6, "count", "lượt khách", change=chg("increase", 14.2, "%", "cùng kỳ"),
        subject="lượt khách thành phố đón", period=M9),
    fig("đạt 6,3 triệu", "6,3", 6.3e6, "count", "lượt", subject="lượt khách thành phố đón", period=Q3),
    fig("khoảng 1.300 cơ sở", "1.300", 1300, "count", "cơ sở", approx="about",
        subject="cơ sở may, cho thuê áo dài"),
    fig("thu hút 500.000", "500.000", 500000, "count", "lượt khách", status="target",
        subject="lượt khách lễ hội thu hút", period=T30),
    fig("trong 5 sản phẩm", "5", 5, "count", "sản phẩm", status="target",
        subject="sản phẩm quà tặng du lịch chủ lực của Thủ đô", period=T30, optional=True),
    fig("của 120 người", "120", 120, "count", "người mẫu",
        subject="người mẫu tham gia chương trình Áo dài - Hồn Việt"),
]

NOTES = [
    "News agency (TTXVN): section label, '20/10/2024 18:35', lead 'Hà Nội (TTXVN) -', credit '(TTXVN/Vietnam+)'.",
    "Distractors: 18:35, 'tối 18/10', 'kênh H1' (a channel name), 'một trong 5' ('one of': the 'một' is no count).",
    "'Sau 3 ngày diễn ra (18-20/10)': the length of the festival that locates the figures in time: optional.",
    "'(18-20/10)' → 2024-10-18 .. 2024-10-20 (year from the dateline) for the first sentence; '... trong đó khoảng 25.000' →",
    "total 200 000. 'Lễ hội năm nay có ...' → period năm nay (2024). 'Ban tổ chức ước tính ... đạt khoảng 7,5 tỷ' →",
    "estimate + about, the festival period inherited.",
    "'9 tháng năm 2024 ... 19,1 triệu ..., tăng 14,2% so với cùng kỳ; riêng quý III đạt 6,3 triệu lượt' → 'riêng' gives no",
    "total (not a cue of the spec); quý III takes 2024.",
    "'phấn đấu đến năm 2030 lễ hội thu hút 500.000 lượt khách' → target; 'một trong 5 sản phẩm' → the 5 names the size of the",
    "group of key products (optional).",
    "All figures: Hà Nội (city); the districts in 'tập trung nhiều ở các quận ...' are only where the shops cluster.",
]

if __name__ == "__main__":
    write("p1376-8", TEXT, NOTES, FIGS, published="2024-10-20", location="Hà Nội")
