from lib import F, P, C, T, write

text = """Bắc Giang: 6 tháng đầu năm thu hút hơn 1,1 tỷ USD vốn FDI
Cập nhật: 08/07/2024 15:20
Lượt xem: 2.315

(BGP) - Theo Ban Quản lý các khu công nghiệp tỉnh, 6 tháng đầu năm 2024, các khu công nghiệp (KCN) trên địa bàn tỉnh đã cấp mới 34 dự án đầu tư trực tiếp nước ngoài (FDI) với tổng vốn đăng ký 812,6 triệu USD, tăng 41,2% so với cùng kỳ; điều chỉnh tăng vốn 27 lượt dự án với số vốn tăng thêm hơn 296 triệu USD. Tổng vốn FDI thu hút ước đạt 1.108,6 triệu USD, bằng 92,4% kế hoạch năm.

Lĩnh vực chế biến, chế tạo linh kiện điện tử chiếm 78,3% tổng vốn đăng ký mới. Các nhà đầu tư chủ yếu đến từ Trung Quốc (16 dự án), Hàn Quốc (9 dự án) và Đài Loan (5 dự án).

Tính đến 30/6/2024, toàn tỉnh có 9 KCN đã đi vào hoạt động với tổng diện tích đất công nghiệp cho thuê khoảng 2.150 ha, tỷ lệ lấp đầy bình quân đạt 71,8%. Một số KCN có tỷ lệ lấp đầy cao như Quang Châu (98,6%), Vân Trung (96,2%), Đình Trám (100%); KCN Song Khê - Nội Hoàng đạt 88,4%. Các KCN đang thu hút 482 dự án còn hiệu lực, trong đó có 405 dự án FDI với tổng vốn đầu tư 10,36 tỷ USD.

Đến cuối tháng 6, các doanh nghiệp trong KCN sử dụng gần 176 nghìn lao động, tăng khoảng 12.400 người so với cuối năm 2023; thu nhập bình quân từ 8,5 đến 9,2 triệu đồng/người/tháng. Giá trị xuất khẩu của doanh nghiệp KCN 6 tháng ước đạt 9,87 tỷ USD, chiếm 89,6% kim ngạch xuất khẩu toàn tỉnh.

Năm 2024, tỉnh phấn đấu thu hút 1,2 tỷ USD vốn FDI và nâng tỷ lệ lấp đầy các KCN lên trên 75%. Để hoàn thành chỉ tiêu, UBND tỉnh đã ban hành Quyết định số 1258/QĐ-UBND về đẩy nhanh giải phóng mặt bằng KCN Hòa Phú mở rộng và KCN Việt Hàn.

Mọi thông tin xin liên hệ: Ban Quản lý các KCN tỉnh, số 82 đường Hùng Vương, TP Bắc Giang; ĐT: 0204.3856.142.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
J30 = P("Tính đến 30/6/2024", None, "2024-06-30")
J30i = P("Tính đến 30/6/2024", None, "2024-06-30", True)
EJ = P("Đến cuối tháng 6", None, "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("hơn 1,1 tỷ USD vốn FDI", "1,1", 1.1e9, "money", "USD", "vốn FDI thu hút",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("cấp mới 34 dự án", "34", 34, "count", "dự án", "dự án đầu tư trực tiếp nước ngoài (FDI) cấp mới", H1),
    F("đăng ký 812,6 triệu USD", "812,6", 812.6e6, "money", "USD", "tổng vốn đăng ký dự án FDI cấp mới", H1,
      change=C("increase", 41.2, baseline="cùng kỳ")),
    F("tăng vốn 27 lượt dự án", "27", 27, "count", "lượt dự án", "lượt dự án điều chỉnh tăng vốn", H1),
    F("hơn 296 triệu USD", "296", 296e6, "money", "USD", "số vốn tăng thêm của dự án điều chỉnh", H1, approx="over"),
    F("ước đạt 1.108,6 triệu USD", "1.108,6", 1108.6e6, "money", "USD", "tổng vốn FDI thu hút", H1i,
      percent=92.4, status="estimate"),
    F("chiếm 78,3% tổng vốn", "78,3", 78.3, "percent", "%",
      "tỷ trọng lĩnh vực chế biến, chế tạo linh kiện điện tử trong tổng vốn đăng ký mới", H1i),
    F("Trung Quốc (16 dự án)", "16", 16, "count", "dự án", "dự án FDI của nhà đầu tư Trung Quốc", H1i),
    F("Hàn Quốc (9 dự án)", "9", 9, "count", "dự án", "dự án FDI của nhà đầu tư Hàn Quốc", H1i),
    F("Đài Loan (5 dự án)", "5", 5, "count", "dự án", "dự án FDI của nhà đầu tư Đài Loan", H1i),
    F("có 9 KCN", "9", 9, "count", "KCN", "KCN đã đi vào hoạt động", J30),
    F("khoảng 2.150 ha", "2.150", 2150, "measure", "ha", "tổng diện tích đất công nghiệp cho thuê", J30, approx="about"),
    F("bình quân đạt 71,8%", "71,8", 71.8, "percent", "%", "tỷ lệ lấp đầy bình quân các KCN", J30),
    F("Quang Châu (98,6%)", "98,6", 98.6, "percent", "%", "tỷ lệ lấp đầy KCN Quang Châu", J30i),
    F("Vân Trung (96,2%)", "96,2", 96.2, "percent", "%", "tỷ lệ lấp đầy KCN Vân Trung", J30i),
    F("Đình Trám (100%)", "100", 100, "percent", "%", "tỷ lệ lấp đầy KCN Đình Trám", J30i),
    F("đạt 88,4%", "88,4", 88.4, "percent", "%", "tỷ lệ lấp đầy KCN Song Khê - Nội Hoàng", J30i),
    F("thu hút 482 dự án", "482", 482, "count", "dự án", "dự án còn hiệu lực trong các KCN", J30i),
    F("có 405 dự án FDI", "405", 405, "count", "dự án", "dự án FDI còn hiệu lực", J30i, total=482),
    F("tư 10,36 tỷ USD", "10,36", 10.36e9, "money", "USD", "tổng vốn đầu tư dự án FDI", J30i),
    F("gần 176 nghìn lao động", "176", 176000, "count", "lao động", "lao động trong các doanh nghiệp KCN", EJ,
      approx="nearly", change=C("increase", 12400, "người", "cuối năm 2023", "about")),
    F("từ 8,5 đến 9,2 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng", "thu nhập bình quân người lao động KCN", EJ,
      value_max=9.2e6),
    F("ước đạt 9,87 tỷ USD", "9,87", 9.87e9, "money", "USD", "giá trị xuất khẩu của doanh nghiệp KCN",
      P("6 tháng", "2024-01-01", "2024-06-30"), percent=89.6, status="estimate"),
    F("thu hút 1,2 tỷ USD", "1,2", 1.2e9, "money", "USD", "vốn FDI thu hút", Y24, status="target"),
    F("lên trên 75%", "75", 75, "percent", "%", "tỷ lệ lấp đầy các KCN", Y24, approx="over", status="target"),
]

comments = [
    "Cổng TTĐT tỉnh Bắc Giang (province portal): FDI into the industrial parks, 6 months 2024; 'Cập nhật: 08/07/2024 15:20' + view counter.",
    "Title period '6 tháng đầu năm' takes its year from the dateline (2024). Sentences without their own period inherit it (not scored).",
    "'bằng 92,4% kế hoạch năm' is the share (percent) of the estimate 1.108,6 triệu USD; 'chiếm 78,3%' has no base amount: a percent figure.",
    "Investor-country items keep location Bắc Giang (an investor is not a place); KCN names (Quang Châu, Vân Trung, ...) are not districts, so location stays the province.",
    "'trong đó có 405 dự án FDI' has total 482. 'tăng khoảng 12.400 người so với cuối năm 2023' is the change of 176 nghìn lao động.",
    "revised after the first run: subject of '34 dự án' now uses the sentence's own name 'dự án đầu tư trực tiếp nước ngoài (FDI)' instead of the paraphrase 'dự án FDI … trong các KCN'.",
    "Distractors: view counter 2.315, dateline, 'Quyết định số 1258/QĐ-UBND', address 'số 82 đường Hùng Vương', phone, tag (BGP).",
]
write(1, text, figs, comments, published="2024-07-08", location="Bắc Giang")
