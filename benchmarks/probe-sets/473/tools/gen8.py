from lib import *

text = """Lâm Đồng phát triển chuỗi lạnh cho rau, quả

(LĐ) - Tính đến ngày 30/9/2024, toàn tỉnh Lâm Đồng có 215 kho lạnh, kho mát bảo quản nông sản với tổng dung tích khoảng 412.000 m3, tăng 38 kho so với cuối năm 2023. Các kho tập trung chủ yếu tại huyện Đơn Dương (72 kho), Đức Trọng (58 kho), thành phố Đà Lạt (41 kho) và Lạc Dương (19 kho).

Bên cạnh đó, có 146 xe tải lạnh và 12 doanh nghiệp logistics lạnh; năng lực vận chuyển rau, quả bằng xe lạnh đạt khoảng 1.350 tấn/ngày, chiếm gần 30% lượng nông sản đưa ra ngoài tỉnh.

Về chế biến, toàn tỉnh có 96 cơ sở chế biến rau, quả với tổng công suất trên 1.800 tấn/ngày. 9 tháng năm 2024, sản lượng rau, quả chế biến ước đạt 215.600 tấn, tăng 9,4% so với cùng kỳ, trong đó: hồng sấy 4.850 tấn, chanh dây đông lạnh và nước cốt 38.200 tấn, rau quả đóng hộp, cấp đông 172.550 tấn. Kim ngạch xuất khẩu rau, quả chế biến 9 tháng ước đạt 192 triệu USD, bằng 80% kế hoạch năm, tăng 15,2% so với cùng kỳ năm 2023.

Diện tích rau, cây ăn quả sản xuất theo chuỗi liên kết đạt 27.400 ha, chiếm 21,6% tổng diện tích; có 78 chuỗi liên kết được công nhận. Lâm Đồng hiện đứng thứ 3 cả nước về diện tích rau.

Theo Nghị quyết số 05-NQ/TU của Tỉnh ủy, giai đoạn 2021-2025, tỉnh đặt mục tiêu có 300 kho lạnh với tổng dung tích 600.000 m3; đến năm 2030, tỷ lệ rau, quả qua chế biến đạt 25-30%. Dịp Festival Hoa Đà Lạt lần thứ 10, tỉnh sẽ tổ chức hội thảo chuyên đề về logistics lạnh cho nông sản.

Ngọc Minh
20/10/2024
"""

L = "Lâm Đồng"
p30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
p30i = P("Tính đến ngày 30/9/2024", None, "2024-09-30", True)
p9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
p9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
pg = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

figs = [
    F("có 215 kho", "215", 215, "count", "kho lạnh, kho mát", "kho lạnh, kho mát bảo quản nông sản",
      change=CH("increase", 38, "kho", "cuối năm 2023"), period=p30),
    F("khoảng 412.000 m3", "412.000", 412000, "measure", "m3", "tổng dung tích kho lạnh, kho mát",
      approx="about", period=p30),
    F("Đơn Dương (72", "72", 72, "count", "kho", "kho lạnh, kho mát", location="Đơn Dương", period=p30i),
    F("Đức Trọng (58", "58", 58, "count", "kho", "kho lạnh, kho mát", location="Đức Trọng", period=p30i),
    F("Đà Lạt (41", "41", 41, "count", "kho", "kho lạnh, kho mát", location="Đà Lạt", period=p30i),
    F("Lạc Dương (19", "19", 19, "count", "kho", "kho lạnh, kho mát", location="Lạc Dương", period=p30i),
    F("có 146 xe", "146", 146, "count", "xe tải lạnh", "xe tải lạnh", period=p30i),
    F("12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", "doanh nghiệp logistics lạnh", period=p30i),
    F("khoảng 1.350 tấn/ngày", "1.350", 1350, "measure", "tấn/ngày", "năng lực vận chuyển rau, quả bằng xe lạnh",
      approx="about", percent=30, period=p30i),
    F("có 96 cơ sở", "96", 96, "count", "cơ sở", "cơ sở chế biến rau, quả", period=p30i),
    F("trên 1.800 tấn/ngày", "1.800", 1800, "measure", "tấn/ngày", "tổng công suất chế biến rau, quả",
      approx="over", period=p30i),
    F("ước đạt 215.600 tấn", "215.600", 215600, "measure", "tấn", "sản lượng rau, quả chế biến",
      change=CH("increase", 9.4, "%", "cùng kỳ"), status="estimate", period=p9),
    F("hồng sấy 4.850 tấn", "4.850", 4850, "measure", "tấn", "hồng sấy", total=215600, status="estimate",
      period=p9),
    F("nước cốt 38.200 tấn", "38.200", 38200, "measure", "tấn", "chanh dây đông lạnh và nước cốt",
      total=215600, status="estimate", period=p9),
    F("cấp đông 172.550 tấn", "172.550", 172550, "measure", "tấn", "rau quả đóng hộp, cấp đông",
      total=215600, status="estimate", period=p9),
    F("ước đạt 192 triệu USD", "192", 192e6, "money", "USD", "kim ngạch xuất khẩu rau, quả chế biến",
      percent=80, change=CH("increase", 15.2, "%", "cùng kỳ năm 2023"), status="estimate",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("đạt 27.400 ha", "27.400", 27400, "measure", "ha", "diện tích rau, cây ăn quả sản xuất theo chuỗi liên kết",
      percent=21.6, period=p9i),
    F("có 78 chuỗi", "78", 78, "count", "chuỗi liên kết", "chuỗi liên kết được công nhận", period=p9i),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "diện tích rau cả nước"),
    F("có 300 kho", "300", 300, "count", "kho lạnh", "kho lạnh", status="target", period=pg),
    F("dung tích 600.000 m3", "600.000", 600000, "measure", "m3", "tổng dung tích kho lạnh", status="target",
      period=pg),
    F("đạt 25-30%", "25", 25, "percent", "%", "tỷ lệ rau, quả qua chế biến", value_max=30, status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
]

build(8, [
    "Báo Lâm Đồng style news '(LĐ) -': cold chain (cold stores, reefer trucks), processing, exports, linkage chains; bare date '20/10/2024' at the end under the byline.",
    "Published taken from the bare end date (the article's own date, stated in the text).",
    "Distractors: Nghị quyết số 05-NQ/TU, 'Festival Hoa Đà Lạt lần thứ 10' (edition label, like 'phiên họp thứ ba'), dates.",
    "'tăng 38 kho so với cuối năm 2023' is the change of 215 kho (across the dung tích clause). District list: 'tập trung chủ yếu tại' gives no total.",
    "'trong đó:' parts sum to 215.600 tấn (total) and continue the 'ước đạt' clause (estimate). 'bằng 80% kế hoạch năm' is the percent of 192 triệu USD.",
    "'chiếm gần 30%' is the percent of 1.350 tấn/ngày (approx of an attribute is not scored). 'đứng thứ 3 cả nước' is a rank (hiện: no period).",
    "Targets: 'giai đoạn 2021-2025' (300 kho, 600.000 m3), 'đến năm 2030' (25-30%).",
], text, figs, published="2024-10-20", location=L)
