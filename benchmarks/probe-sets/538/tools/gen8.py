from lib import emit, fig, per, inh, ch

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỒ CHÍ MINH
Ngày cập nhật 08/01/2024

Đường sách Thành phố năm 2023 đón 3,2 triệu lượt khách

Năm 2023, Đường sách Thành phố Hồ Chí Minh (đường Nguyễn Văn Bình, Quận 1) đón khoảng 3,2 triệu lượt khách, tăng 14% so với năm 2022; doanh thu bán sách đạt 82,6 tỷ đồng, đạt 110% kế hoạch, với hơn 1,1 triệu bản sách được bán ra.

Trong năm, Đường sách tổ chức 312 sự kiện, trong đó 146 sự kiện ra mắt sách, 58 sự kiện giao lưu tác giả và 24 sự kiện hội sách chủ đề. Dịp Ngày Sách và Văn hóa đọc Việt Nam, chương trình "Mỗi ngày một trang sách" thu hút 185.000 lượt khách trong 5 ngày, doanh thu gần 7,8 tỷ đồng.

Về xuất bản tại chỗ, năm 2023 Nhà xuất bản Tổng hợp TP.HCM xuất bản 1.480 đầu sách với 3,6 triệu bản, trong đó 214 đầu sách viết về Thành phố; doanh thu đạt 196 tỷ đồng, nộp ngân sách 8,4 tỷ đồng. Thành phố hiện có 8 nhà xuất bản và hơn 1.900 cơ sở phát hành xuất bản phẩm.

Theo Sở Thông tin và Truyền thông, Đường sách Quận 9 cũ (nay thuộc TP. Thủ Đức) đón 410.000 lượt khách, bằng 12,8% lượng khách của Đường sách Thành phố.

Năm 2024, Đường sách phấn đấu đón 3,5 triệu lượt khách, doanh thu 90 tỷ đồng; mở thêm từ 2 đến 3 không gian đọc tại các quận, huyện. Thông tin liên hệ: Công ty Đường sách TP.HCM, số 60-62 Lê Lợi, Quận 1; điện thoại (028) 3822.5796.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
HCM = "TP. Hồ Chí Minh"

FIGS = [
    fig("đón 3,2 triệu lượt khách\n", "3,2", 3200000, "count", "lượt khách", "lượt khách Đường sách Thành phố đón",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("khoảng 3,2 triệu lượt khách", "3,2", 3200000, "count", "lượt khách", "lượt khách Đường sách Thành phố đón",
        Y23, approx="about", change=ch("increase", 14, baseline="năm 2022")),
    fig("đạt 82,6 tỷ đồng", "82,6", 82600000000, "money", "đồng", "doanh thu bán sách", Y23, percent=110),
    fig("hơn 1,1 triệu bản", "1,1", 1100000, "count", "bản sách", "bản sách được bán ra", Y23, approx="over"),
    fig("tổ chức 312 sự kiện", "312", 312, "count", "sự kiện", "sự kiện Đường sách tổ chức",
        per("Trong năm", "2023-01-01", "2023-12-31")),
    fig("146 sự kiện", "146", 146, "count", "sự kiện", "sự kiện ra mắt sách",
        per("Trong năm", "2023-01-01", "2023-12-31"), total=312),
    fig("58 sự kiện", "58", 58, "count", "sự kiện", "sự kiện giao lưu tác giả",
        per("Trong năm", "2023-01-01", "2023-12-31"), total=312),
    fig("24 sự kiện", "24", 24, "count", "sự kiện", "sự kiện hội sách chủ đề",
        per("Trong năm", "2023-01-01", "2023-12-31"), total=312),
    fig("thu hút 185.000 lượt", "185.000", 185000, "count", "lượt khách",
        "lượt khách chương trình \"Mỗi ngày một trang sách\""),
    fig("gần 7,8 tỷ đồng", "7,8", 7800000000, "money", "đồng", "doanh thu chương trình \"Mỗi ngày một trang sách\"",
        approx="nearly"),
    fig("xuất bản 1.480 đầu sách", "1.480", 1480, "count", "đầu sách",
        "đầu sách Nhà xuất bản Tổng hợp TP.HCM xuất bản", per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("với 3,6 triệu bản", "3,6", 3600000, "count", "bản", "bản sách Nhà xuất bản Tổng hợp TP.HCM xuất bản",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("214 đầu sách", "214", 214, "count", "đầu sách", "đầu sách viết về Thành phố",
        per("năm 2023", "2023-01-01", "2023-12-31"), total=1480),
    fig("đạt 196 tỷ đồng", "196", 196000000000, "money", "đồng", "doanh thu Nhà xuất bản Tổng hợp TP.HCM",
        inh(Y23)),
    fig("nộp ngân sách 8,4 tỷ đồng", "8,4", 8400000000, "money", "đồng", "nộp ngân sách", inh(Y23)),
    fig("có 8 nhà", "8", 8, "count", "nhà xuất bản", "nhà xuất bản"),
    fig("hơn 1.900 cơ sở", "1.900", 1900, "count", "cơ sở phát hành xuất bản phẩm",
        "cơ sở phát hành xuất bản phẩm", approx="over"),
    fig("đón 410.000 lượt", "410.000", 410000, "count", "lượt khách", "lượt khách Đường sách Quận 9 cũ",
        percent=12.8, location="Thủ Đức"),
    fig("đón 3,5 triệu lượt", "3,5", 3500000, "count", "lượt khách", "lượt khách Đường sách đón", Y24,
        status="target"),
    fig("doanh thu 90 tỷ đồng", "90", 90000000000, "money", "đồng", "doanh thu Đường sách", Y24, status="target"),
    fig("từ 2 đến 3 không gian", "2", 2, "count", "không gian đọc", "không gian đọc mở thêm tại các quận, huyện",
        Y24, value_max=3, status="target"),
]

emit("p538-8", TEXT, [
    "City portal (Cổng TTĐT TP. Hồ Chí Minh), 'Ngày cập nhật 08/01/2024': Đường sách Thành phố and local publishing, 2023.",
    "'Quận 1', 'Quận 9 cũ' (district names), 'số 60-62 Lê Lợi' (an address, not a range), phone, 'trong 5 ngày' (duration) are no figures.",
    "Headline figure has its own 'năm 2023'. 'đạt 110% kế hoạch' is the percent of 82,6 tỷ. 'trong đó' parts take 312 (same unit,",
    "they need not add up) and 1.480 đầu sách. The former Quận 9 book street is now in TP. Thủ Đức: location Thủ Đức;",
    "'bằng 12,8% lượng khách của Đường sách Thành phố' is its percent. 'phấn đấu' governs the whole last sentence (target).",
    "'Trong năm' takes 2023 from the lead. 'hiện có' sentences get no period.",
], FIGS, published="2024-01-08", location=HCM)
