from lib import F, P, C, T, emit

text = """PC Nghệ An: Sản lượng điện thương phẩm 9 tháng năm 2024 tăng 9,7%
Ngày đăng: 08/10/2024 | Tác giả: Thanh Hà - PC Nghệ An

Chiều 7/10, Công ty Điện lực Nghệ An tổ chức hội nghị sơ kết công tác sản xuất kinh doanh 9 tháng và triển khai nhiệm vụ quý IV/2024.

Theo báo cáo, sản lượng điện thương phẩm 9 tháng năm 2024 đạt 3.412,6 triệu kWh, tăng 9,7% so với cùng kỳ năm 2023, đạt 76,3% kế hoạch năm. Trong đó, thành phần quản lý và tiêu dùng dân cư đạt 1.538 triệu kWh, chiếm 45,1%; công nghiệp - xây dựng đạt 1.402 triệu kWh, chiếm 41,1%; thương mại - dịch vụ chiếm 6,8%; nông, lâm nghiệp, thủy sản chiếm 3,2% và các hoạt động khác chiếm 3,8%.

Tỷ lệ tổn thất điện năng toàn Công ty 9 tháng là 4,86%, thấp hơn 0,21 điểm phần trăm so với cùng kỳ và thấp hơn chỉ tiêu Tổng công ty giao (5,05%). Riêng lưới điện hạ áp khu vực nông thôn tổn thất 6,9%, giảm 0,4 điểm phần trăm.

Thời gian mất điện bình quân của một khách hàng (SAIDI) 9 tháng là 412,5 phút, giảm 18,6% so với cùng kỳ; trong đó mất điện do sự cố 96,3 phút, do bảo dưỡng, sửa chữa theo kế hoạch 316,2 phút. Toàn Công ty xảy ra 57 vụ sự cố lưới điện trung áp, giảm 11 vụ; sự cố trạm biến áp phân phối là 23 vụ. Về chỉ số tiếp cận điện năng, PC Nghệ An xếp thứ 3/27 đơn vị trong Tổng công ty Điện lực miền Bắc.

Công ty hiện quản lý 11.862 trạm biến áp phân phối với tổng dung lượng 2.975 MVA, hơn 8.400 km đường dây trung áp và phục vụ trên 1,12 triệu khách hàng, trong đó khách hàng sinh hoạt khu vực nông thôn chiếm khoảng 78%.

Quý IV/2024, Công ty phấn đấu sản lượng điện thương phẩm đạt từ 1.120 đến 1.150 triệu kWh, tỷ lệ tổn thất điện năng năm 2024 không quá 4,95% theo Quyết định số 2078/QĐ-EVNNPC. Ước cả năm 2024, sản lượng điện thương phẩm đạt 4.560 triệu kWh, tăng 9,2% so với năm 2023.

Hotline: 19001588"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24c = P("cả năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("năm 2024 tăng 9,7%", "9,7", 9.7, "percent", "%", "tăng trưởng sản lượng điện thương phẩm", M9),
    F("đạt 3.412,6 triệu kWh", "3.412,6", 3412.6e6, "measure", "kWh", "sản lượng điện thương phẩm", M9,
      percent=76.3, change=C("increase", 9.7, "%", "cùng kỳ năm 2023")),
    F("đạt 1.538 triệu kWh", "1.538", 1538e6, "measure", "kWh", "điện thương phẩm thành phần quản lý và tiêu dùng dân cư", M9i,
      total=3412.6e6, percent=45.1),
    F("đạt 1.402 triệu kWh", "1.402", 1402e6, "measure", "kWh", "điện thương phẩm thành phần công nghiệp - xây dựng", M9i,
      total=3412.6e6, percent=41.1),
    F("dịch vụ chiếm 6,8%", "6,8", 6.8, "percent", "%", "tỷ trọng điện thương phẩm thương mại - dịch vụ", M9i),
    F("thủy sản chiếm 3,2%", "3,2", 3.2, "percent", "%", "tỷ trọng điện thương phẩm nông, lâm nghiệp, thủy sản", M9i),
    F("khác chiếm 3,8%", "3,8", 3.8, "percent", "%", "tỷ trọng điện thương phẩm các hoạt động khác", M9i),
    F("là 4,86%", "4,86", 4.86, "percent", "%", "tỷ lệ tổn thất điện năng toàn Công ty", M9b,
      change=C("decrease", 0.21, "điểm phần trăm", "cùng kỳ"), target=T(5.05, "%", True)),
    F("tổn thất 6,9%", "6,9", 6.9, "percent", "%", "tổn thất lưới điện hạ áp khu vực nông thôn", M9i,
      change=C("decrease", 0.4, "điểm phần trăm")),
    F("là 412,5 phút", "412,5", 412.5, "measure", "phút", "thời gian mất điện bình quân của một khách hàng (SAIDI)", M9b,
      change=C("decrease", 18.6, "%", "cùng kỳ")),
    F("sự cố 96,3 phút", "96,3", 96.3, "measure", "phút", "thời gian mất điện do sự cố", M9b, total=412.5),
    F("kế hoạch 316,2 phút", "316,2", 316.2, "measure", "phút", "thời gian mất điện do bảo dưỡng, sửa chữa theo kế hoạch", M9b,
      total=412.5),
    F("xảy ra 57 vụ", "57", 57, "count", "vụ", "sự cố lưới điện trung áp", M9i, change=C("decrease", 11, "vụ")),
    F("là 23 vụ", "23", 23, "count", "vụ", "sự cố trạm biến áp phân phối", M9i),
    F("xếp thứ 3/27", "3", 3, "rank", "hạng", "chỉ số tiếp cận điện năng", M9i, total=27),
    F("lý 11.862 trạm", "11.862", 11862, "count", "trạm biến áp", "trạm biến áp phân phối Công ty quản lý"),
    F("2.975 MVA", "2.975", 2975, "measure", "MVA", "tổng dung lượng trạm biến áp phân phối"),
    F("hơn 8.400 km", "8.400", 8400, "measure", "km", "đường dây trung áp", approx="over"),
    F("trên 1,12 triệu khách hàng", "1,12", 1120000, "count", "khách hàng", "khách hàng Công ty phục vụ", approx="over"),
    F("khoảng 78%", "78", 78, "percent", "%", "khách hàng sinh hoạt khu vực nông thôn", approx="about"),
    F("từ 1.120 đến 1.150 triệu kWh", "1.120", 1120e6, "measure", "kWh", "sản lượng điện thương phẩm", Q4,
      value_max=1150e6, status="target"),
    F("không quá 4,95%", "4,95", 4.95, "percent", "%", "tỷ lệ tổn thất điện năng", Y24, approx="at_most", status="target"),
    F("đạt 4.560 triệu kWh", "4.560", 4560e6, "measure", "kWh", "sản lượng điện thương phẩm", Y24c,
      change=C("increase", 9.2, "%", "năm 2023"), status="estimate"),
]

emit("p379-2", text, [
    "PC Nghệ An (power-company site): sơ kết SXKD 9 tháng 2024 — điện thương phẩm by component, tổn thất, SAIDI, sự cố, targets for quý IV.",
    "'Ngày đăng: 08/10/2024 | Tác giả' dateline. kWh volumes are measure/kWh with the multiplier applied. The title growth rate is a percent figure.",
    "Parts after 'Trong đó' (next sentence) carry total 3.412,6 triệu and their share; shares with no amount are percent figures.",
    "'thấp hơn chỉ tiêu Tổng công ty giao (5,05%)' = target of 4,86%; '9 tháng' without a year takes 2024. SAIDI split 96,3 + 316,2 = 412,5 (total).",
    "'xếp thứ 3/27 đơn vị' rank with total 27. 'phấn đấu' governs the range and the 'không quá 4,95%' clause (target); 'Ước cả năm' estimate.",
    "Distractors: 'Chiều 7/10', 'quý IV/2024' in the meeting sentence, QĐ 2078/QĐ-EVNNPC, hotline.",
], figs, published="2024-10-08", location="Nghệ An")
