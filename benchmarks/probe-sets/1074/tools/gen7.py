from lib import F, P, I, C, T, build

TEXT = """TRUNG TÂM NƯỚC SẠCH VÀ VỆ SINH MÔI TRƯỜNG NÔNG THÔN TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả hoạt động cấp nước nông thôn năm 2023

Năm 2023, Trung tâm quản lý, vận hành 46 công trình cấp nước tập trung tại 10 huyện, thành phố, cung cấp khoảng 4,1 triệu m3 nước cho hơn 27.600 hộ dân. Doanh thu tiền nước đạt 26,8 tỷ đồng, tăng 9,4% so với năm 2022; tỷ lệ thất thoát nước giảm còn 18,5%.

Giá nước sạch áp dụng theo Quyết định số 25/2023/QĐ-UBND của UBND tỉnh: hộ gia đình 7.200 đồng/m3; cơ quan hành chính, đơn vị sự nghiệp 11.500 đồng/m3; hoạt động sản xuất, kinh doanh dịch vụ 14.800 đồng/m3.

Tại huyện Đơn Dương, công trình cấp nước Lạc Xuân công suất 2.000 m3/ngày đêm đã được nâng cấp với kinh phí 5,6 tỷ đồng. Sau nâng cấp, lượng nước bán ra của công trình tăng gấp 1,5 lần.

Năm 2024, Trung tâm phấn đấu đấu nối thêm 1.350 hộ, đưa tỷ lệ thất thoát nước xuống 17%.

Một số chỉ tiêu chủ yếu
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Số công trình do Trung tâm quản lý (công trình)
44
46
48
Tổng công suất thiết kế (m3/ngày đêm)
21.450
23.800
26.000
Số hộ sử dụng nước (hộ)
25.900
27.650
29.000
Tỷ lệ thất thoát nước (%)
20,3
18,5
17

TRUNG TÂM NƯỚC SẠCH VÀ VỆ SINH MÔI TRƯỜNG NÔNG THÔN TỈNH LÂM ĐỒNG
Địa chỉ: Số 15 Trần Phú, Phường 4, TP Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.468 - Fax: 0263.3821.907
Đang truy cập: 37 | Tổng lượt truy cập: 1.284.390
"""

y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
c22 = P("Năm 2022", "2022-01-01", "2022-12-31")
c23 = P("Năm 2023", "2023-01-01", "2023-12-31")
c24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("vận hành 46 công trình", "46", 46, "count", "công trình", "công trình cấp nước tập trung do Trung tâm quản lý, vận hành", y23),
    F("tại 10 huyện", "10", 10, "count", "huyện, thành phố", "huyện, thành phố có công trình", y23),
    F("khoảng 4,1 triệu m3", "4,1", 4.1e6, "measure", "m3", "nước cung cấp", y23, approx="about"),
    F("hơn 27.600 hộ", "27.600", 27600, "count", "hộ", "hộ dân được cung cấp nước", y23, approx="over"),
    F("đạt 26,8 tỷ đồng", "26,8", 26.8e9, "money", "đồng", "doanh thu tiền nước", I(y23),
      change=C("increase", 9.4, "%", "năm 2022")),
    F("giảm còn 18,5%", "18,5", 18.5, "percent", "%", "tỷ lệ thất thoát nước", I(y23)),
    F("hộ gia đình 7.200 đồng/m3", "7.200", 7200, "money", "đồng/m3", "giá nước sạch cho hộ gia đình"),
    F("sự nghiệp 11.500 đồng/m3", "11.500", 11500, "money", "đồng/m3",
      "giá nước sạch cho cơ quan hành chính, đơn vị sự nghiệp"),
    F("dịch vụ 14.800 đồng/m3", "14.800", 14800, "money", "đồng/m3",
      "giá nước sạch cho hoạt động sản xuất, kinh doanh dịch vụ"),
    F("công suất 2.000 m3/ngày đêm", "2.000", 2000, "measure", "m3/ngày đêm", "công suất công trình cấp nước Lạc Xuân",
      location="Đơn Dương"),
    F("kinh phí 5,6 tỷ đồng", "5,6", 5.6e9, "money", "đồng", "kinh phí nâng cấp công trình cấp nước Lạc Xuân",
      location="Đơn Dương"),
    F("tăng gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "lượng nước bán ra của công trình", location="Đơn Dương"),
    F("thêm 1.350 hộ", "1.350", 1350, "count", "hộ", "hộ đấu nối thêm", y24, status="target"),
    F("xuống 17%", "17", 17, "percent", "%", "tỷ lệ thất thoát nước", y24, status="target"),
    # one-cell-per-line table
    F("(công trình)\n44", "44", 44, "count", "công trình", "Số công trình do Trung tâm quản lý", c22),
    F("44\n46", "46", 46, "count", "công trình", "Số công trình do Trung tâm quản lý", c23),
    F("46\n48", "48", 48, "count", "công trình", "Số công trình do Trung tâm quản lý", c24, status="target"),
    F("21.450", "21.450", 21450, "measure", "m3/ngày đêm", "Tổng công suất thiết kế", c22),
    F("23.800", "23.800", 23800, "measure", "m3/ngày đêm", "Tổng công suất thiết kế", c23),
    F("26.000", "26.000", 26000, "measure", "m3/ngày đêm", "Tổng công suất thiết kế", c24, status="target"),
    F("25.900", "25.900", 25900, "count", "hộ", "Số hộ sử dụng nước", c22),
    F("27.650", "27.650", 27650, "count", "hộ", "Số hộ sử dụng nước", c23),
    F("29.000", "29.000", 29000, "count", "hộ", "Số hộ sử dụng nước", c24, status="target"),
    F("20,3", "20,3", 20.3, "percent", "%", "Tỷ lệ thất thoát nước", c22),
    F("20,3\n18,5", "18,5", 18.5, "percent", "%", "Tỷ lệ thất thoát nước", c23),
    F("18,5\n17", "17", 17, "percent", "%", "Tỷ lệ thất thoát nước", c24, status="target"),
]

build("p1074-7", TEXT, FIGS, location="Lâm Đồng", comments=[
    "Department site (Trung tâm NS&VSMTNT Lâm Đồng) with no dateline, a footer with address, phone, fax and visit counters.",
    "One-cell-per-line table: units from the row labels, periods from the column headers (scored), 'Kế hoạch 2024' = target.",
    "'giảm còn 18,5%' is the level reached, a percent figure with no change. 'tăng gấp 1,5 lần' with no base amount",
    "stands as the claim: multiple. Price list items after ':' each a money figure in đồng/m3.",
    "Distractors: Quyết định số 25/2023/QĐ-UBND, Số 15 Trần Phú, Phường 4, phones 0263.3822.468 / 0263.3821.907,",
    "'Đang truy cập: 37', 'Tổng lượt truy cập: 1.284.390'.",
])
