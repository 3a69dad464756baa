from lib import emit, P

text = """Văn hóa › Sách
Thứ Hai, 19/2/2024, 18:40 (GMT+7)

Đường sách Tết Giáp Thìn thu hơn 16 tỷ đồng

Lễ hội Đường sách Tết Giáp Thìn 2024 tại TP HCM đón hơn 1,8 triệu lượt khách, doanh thu bán sách tăng 23% so với Tết Quý Mão.

Theo Công ty Đường sách TP HCM, sau 9 ngày diễn ra (từ 6 đến 14/2), lễ hội đón hơn 1,8 triệu lượt khách; doanh thu bán sách đạt 16,2 tỷ đồng, tăng 23% so với Tết Quý Mão 2023. Năm nay có 32 đơn vị tham gia với 128 gian hàng, giới thiệu khoảng 60.000 tựa sách và tổ chức 96 hoạt động giao lưu, ra mắt sách.

Sách thiếu nhi bán chạy nhất, chiếm 34,5% doanh thu; tiếp đến là sách văn học (21,8%) và sách kỹ năng sống (15,2%). Giá bìa phổ biến từ 50.000 đến 150.000 đồng/cuốn, nhiều đơn vị giảm giá 10-30%.

Cả năm 2023, Đường sách TP HCM đón khoảng 7,3 triệu lượt khách, doanh thu 28,6 tỷ đồng; Phố sách Hà Nội (phố 19/12) đón hơn 2 triệu lượt khách.

Ông Lê Hoàng, Giám đốc công ty, cho biết năm 2024 dự kiến tổ chức 25 sự kiện lớn, phấn đấu doanh thu từ 30 đến 32 tỷ đồng.

Theo Hội Xuất bản Việt Nam, năm 2023 mỗi người Việt đọc khoảng 4,2 cuốn sách/năm, thấp hơn Thái Lan (6,5 cuốn) hay Malaysia (9,1 cuốn). Để thay đổi, cần những không gian đọc miễn phí như Đường sách, nằm giữa trung tâm quận 1.

Quỳnh Mai
"""

EV = P("từ 6 đến 14/2", "2024-02-06", "2024-02-14")
EVi = P("từ 6 đến 14/2", "2024-02-06", "2024-02-14", inherited=True)
Y23 = P("Cả năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
NN = P("Năm nay", "2024-01-01", "2024-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
HCM = "TP Hồ Chí Minh"
SH = "tỷ trọng doanh thu"

figs = [
    dict(anchor="thu hơn 16 tỷ đồng", number="16", value=16e9, kind="money", unit="đồng", approx="over",
         subject="doanh thu Đường sách Tết Giáp Thìn", period=EVi, location=HCM),
    dict(anchor="TP HCM đón hơn 1,8 triệu", number="1,8", value=1.8e6, kind="count", unit="lượt khách", approx="over",
         subject="lượt khách Lễ hội Đường sách Tết", period=EVi, location=HCM),
    dict(anchor="sách tăng 23% so với Tết Quý Mão.", number="23", value=23, kind="percent", unit="%",
         subject="tăng trưởng doanh thu bán sách", period=EVi, location=HCM),
    dict(anchor="lễ hội đón hơn 1,8 triệu", number="1,8", value=1.8e6, kind="count", unit="lượt khách", approx="over",
         subject="lượt khách lễ hội", period=EV, location=HCM),
    dict(anchor="đạt 16,2 tỷ đồng", number="16,2", value=16.2e9, kind="money", unit="đồng",
         change=dict(direction="increase", value=23, unit="%", baseline="Tết Quý Mão 2023"),
         subject="doanh thu bán sách", period=EV, location=HCM),
    dict(anchor="có 32 đơn vị", number="32", value=32, kind="count", unit="đơn vị",
         subject="đơn vị tham gia", period=NN, location=HCM),
    dict(anchor="với 128 gian hàng", number="128", value=128, kind="count", unit="gian hàng",
         subject="gian hàng", period=NN, location=HCM),
    dict(anchor="khoảng 60.000 tựa sách", number="60.000", value=60000, kind="count", unit="tựa sách", approx="about",
         subject="tựa sách giới thiệu", period=NN, location=HCM),
    dict(anchor="tổ chức 96 hoạt động", number="96", value=96, kind="count", unit="hoạt động",
         subject="hoạt động giao lưu, ra mắt sách", period=NN, location=HCM),
    dict(anchor="chiếm 34,5% doanh thu", number="34,5", value=34.5, kind="percent", unit="%",
         subject="tỷ trọng doanh thu sách thiếu nhi", period=EVi, location=HCM),
    dict(anchor="văn học (21,8%)", number="21,8", value=21.8, kind="percent", unit="%",
         subject="tỷ trọng doanh thu sách văn học", period=EVi, location=HCM),
    dict(anchor="kỹ năng sống (15,2%)", number="15,2", value=15.2, kind="percent", unit="%",
         subject="tỷ trọng doanh thu sách kỹ năng sống", period=EVi, location=HCM),
    dict(anchor="từ 50.000 đến 150.000 đồng/cuốn", number="50.000", value=50000, value_max=150000, kind="money",
         unit="đồng/cuốn", subject="giá bìa phổ biến", period=EVi, location=HCM),
    dict(anchor="giảm giá 10-30%", number="10", value=10, value_max=30, kind="percent", unit="%",
         subject="mức giảm giá sách", period=EVi, location=HCM),
    dict(anchor="khoảng 7,3 triệu lượt khách", number="7,3", value=7.3e6, kind="count", unit="lượt khách",
         approx="about", subject="lượt khách Đường sách TP HCM", period=Y23, location=HCM),
    dict(anchor="doanh thu 28,6 tỷ đồng", number="28,6", value=28.6e9, kind="money", unit="đồng",
         subject="doanh thu Đường sách TP HCM", period=Y23, location=HCM),
    dict(anchor="hơn 2 triệu lượt khách", number="2", value=2e6, kind="count", unit="lượt khách", approx="over",
         subject="lượt khách Phố sách Hà Nội", period=Y23, location="Hà Nội"),
    dict(anchor="tổ chức 25 sự kiện", number="25", value=25, kind="count", unit="sự kiện", status="forecast",
         subject="sự kiện lớn tổ chức", period=Y24, location=HCM),
    dict(anchor="từ 30 đến 32 tỷ đồng", number="30", value=30e9, value_max=32e9, kind="money", unit="đồng",
         status="target", subject="doanh thu", period=Y24, location=HCM),
    dict(anchor="khoảng 4,2 cuốn sách/năm", number="4,2", value=4.2, kind="measure", unit="cuốn sách/năm",
         approx="about", subject="số sách mỗi người Việt đọc", period=Y23b, location="Việt Nam"),
    dict(anchor="Thái Lan (6,5 cuốn)", number="6,5", value=6.5, kind="measure", unit="cuốn",
         subject="số sách mỗi người đọc mỗi năm ở Thái Lan", optional=True),
    dict(anchor="Malaysia (9,1 cuốn)", number="9,1", value=9.1, kind="measure", unit="cuốn",
         subject="số sách mỗi người đọc mỗi năm ở Malaysia", optional=True),
]

emit(6, text, [
    "National press (news-site style): Đường sách Tết Giáp Thìn 2024 in TP HCM — visitors, revenue, shares by genre, 2023 comparison, 2024 plans.",
    "Dateline 'Thứ Hai, 19/2/2024, 18:40 (GMT+7)'. Distractors: '(GMT+7)', 'sau 9 ngày diễn ra' (a duration), 'phố 19/12' (street name), 'quận 1', 'Giáp Thìn 2024' / 'Quý Mão 2023' (festival names).",
    "Headline and sapo repeat body figures: each mention is a figure. In the sapo 'doanh thu bán sách tăng 23%' has no base amount: a percent figure; in the body it is the change of 16,2 tỷ.",
    "Genre shares: a list sharing 'chiếm ... doanh thu'; genres are not places, so the genre stays in the subject. Ranges 'từ 50.000 đến 150.000 đồng/cuốn', '10-30%'.",
    "'dự kiến' (forecast) governs '25 sự kiện'; 'phấn đấu' makes the revenue range a target. Thái Lan / Malaysia comparisons describe foreign countries: optional.",
    "'Năm nay' in the participants' sentence is its period (2024).",
    "Headline/sapo period is the event (inherited). '4,2 cuốn sách/năm' is a national rate: measure, location Việt Nam.",
], figs, published="2024-02-19", location="TP Hồ Chí Minh")
