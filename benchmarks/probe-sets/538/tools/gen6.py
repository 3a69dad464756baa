from lib import emit, fig, per, inh, ch

TEXT = """Thứ hai, 22/4/2024, 07:00 (GMT+7)

Ngành xuất bản thu 3.700 tỷ đồng năm 2023

Năm 2023, các nhà xuất bản trong cả nước xuất bản hơn 36.000 xuất bản phẩm với 612 triệu bản, doanh thu đạt khoảng 3.700 tỷ đồng, tăng 8,9% so với năm 2022.

Số liệu được Cục Xuất bản, In và Phát hành (Bộ Thông tin và Truyền thông) công bố tại hội nghị tổng kết ngày 19/4 ở Hà Nội. Trong số 57 nhà xuất bản đang hoạt động, 12 đơn vị có doanh thu trên 100 tỷ đồng.

Sách điện tử tiếp tục tăng mạnh với 4.650 xuất bản phẩm, gấp 1,6 lần năm 2022, chiếm 12,9% tổng số xuất bản phẩm. Hội sách trực tuyến quốc gia lần thứ 4 ghi nhận 1,3 triệu lượt truy cập và 156.000 đơn hàng, trong đó 62% đơn hàng đến từ các tỉnh ngoài Hà Nội và TP HCM.

Theo khảo sát của Hội Xuất bản Việt Nam, bình quân mỗi người Việt đọc khoảng 4,2 cuốn sách/năm, trong khi tỷ lệ người đọc sách thường xuyên chỉ khoảng 30%. Giá bìa bình quân của sách in là 86.000 đồng/cuốn, cao hơn 7% so với năm trước.

Thị trường sách ngoại văn nhập khẩu năm qua đạt khoảng 18,5 triệu USD. Cả nước hiện có hơn 6.800 cơ sở phát hành xuất bản phẩm, trong đó khoảng 1.450 cơ sở là nhà sách có diện tích từ 100 m2 trở lên.

Ông Trần Văn Lâm, Phó Cục trưởng Cục Xuất bản, cho biết mục tiêu năm 2024 là đạt 650 triệu bản sách và doanh thu tăng từ 8 đến 10%. Đến năm 2030, ngành đặt mục tiêu 6 cuốn sách/người/năm.

Minh Anh
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("thu 3.700 tỷ đồng", "3.700", 3700000000000, "money", "đồng", "doanh thu ngành xuất bản",
        per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("hơn 36.000 xuất bản phẩm", "36.000", 36000, "count", "xuất bản phẩm", "xuất bản phẩm được xuất bản", Y23,
        approx="over"),
    fig("612 triệu bản", "612", 612000000, "count", "bản", "bản xuất bản phẩm", Y23),
    fig("khoảng 3.700 tỷ đồng", "3.700", 3700000000000, "money", "đồng", "doanh thu các nhà xuất bản", Y23,
        approx="about", change=ch("increase", 8.9, baseline="năm 2022")),
    fig("số 57 nhà", "57", 57, "count", "nhà xuất bản", "nhà xuất bản đang hoạt động"),
    fig("12 đơn vị", "12", 12, "count", "đơn vị", "nhà xuất bản có doanh thu trên 100 tỷ đồng", total=57),
    fig("trên 100 tỷ đồng", "100", 100000000000, "money", "đồng", "doanh thu", approx="over", optional=True),
    fig("4.650 xuất bản phẩm", "4.650", 4650, "count", "xuất bản phẩm", "sách điện tử", percent=12.9,
        change=ch("increase", 1.6, "lần", baseline="năm 2022")),
    fig("1,3 triệu lượt truy cập", "1,3", 1300000, "count", "lượt truy cập",
        "lượt truy cập Hội sách trực tuyến quốc gia"),
    fig("156.000 đơn hàng", "156.000", 156000, "count", "đơn hàng", "đơn hàng Hội sách trực tuyến quốc gia"),
    fig("62% đơn hàng", "62", 62, "percent", "%", "đơn hàng đến từ các tỉnh ngoài Hà Nội và TP HCM"),
    fig("khoảng 4,2 cuốn", "4,2", 4.2, "measure", "cuốn sách/năm", "bình quân mỗi người Việt đọc",
        approx="about"),
    fig("khoảng 30%", "30", 30, "percent", "%", "tỷ lệ người đọc sách thường xuyên", approx="about"),
    fig("là 86.000 đồng/cuốn", "86.000", 86000, "money", "đồng/cuốn", "giá bìa bình quân của sách in",
        change=ch("increase", 7, baseline="năm trước")),
    fig("khoảng 18,5 triệu USD", "18,5", 18500000, "money", "USD", "thị trường sách ngoại văn nhập khẩu",
        approx="about"),
    fig("hơn 6.800 cơ sở", "6.800", 6800, "count", "cơ sở phát hành xuất bản phẩm",
        "cơ sở phát hành xuất bản phẩm", approx="over"),
    fig("khoảng 1.450 cơ sở", "1.450", 1450, "count", "cơ sở", "nhà sách có diện tích từ 100 m2 trở lên",
        approx="about", total=6800),
    fig("từ 100 m2", "100", 100, "measure", "m2", "diện tích nhà sách", approx="at_least", optional=True),
    fig("đạt 650 triệu bản", "650", 650000000, "count", "bản sách", "bản sách", Y24, status="target"),
    fig("từ 8 đến 10%", "8", 8, "percent", "%", "tăng trưởng doanh thu ngành xuất bản", Y24, value_max=10, status="target"),
    fig("mục tiêu 6 cuốn", "6", 6, "measure", "cuốn sách/người/năm", "bình quân sách đọc",
        per("Đến năm 2030", end="2030-12-31"), status="target"),
]

emit("p538-6", TEXT, [
    "National press ('Thứ hai, 22/4/2024, 07:00 (GMT+7)', byline at the end): publishing industry 2023, Cục Xuất bản figures.",
    "Location Việt Nam throughout (Hà Nội / TP HCM named only as a meeting place or as an exclusion). 'ngày 19/4', 'lần thứ 4' no figures.",
    "Headline 3.700 tỷ has its own 'năm 2023'. 'Trong số 57 …, 12 đơn vị' gives total 57; the threshold 'trên 100 tỷ đồng' and",
    "'từ 100 m2 trở lên' are optional. 'gấp 1,6 lần năm 2022' after 4.650 is its change (lần), 'chiếm 12,9%' its percent",
    "('tổng số xuất bản phẩm' gives no number, so no total). '62% đơn hàng' after 'trong đó' is a percent figure of its own.",
    "'khoảng 1.450 cơ sở là nhà sách' after 'trong đó' is part of 'hơn 6.800 cơ sở phát hành' (same unit): total 6800.",
    "'cao hơn 7% so với năm trước' is the change of the price. 'doanh thu tăng từ 8 đến 10%' is a growth target (percent, no change).",
], FIGS, published="2024-04-22", location="Việt Nam")
