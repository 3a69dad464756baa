from lib import F, P, C, T, write

text = """BỘ KẾ HOẠCH VÀ ĐẦU TƯ
Tin địa phương

Quảng Ninh: Khu kinh tế, khu công nghiệp thu hút hàng chục nghìn lao động

(MPI) - Với lợi thế hạ tầng giao thông đồng bộ, nhất là tuyến cao tốc Hạ Long - Vân Đồn và Quốc lộ 18, Quảng Ninh đang trở thành điểm đến hấp dẫn của các nhà đầu tư nước ngoài. 9 tháng năm 2024, tỉnh thu hút 2,41 tỷ USD vốn FDI, đạt 120,5% kế hoạch năm, đứng thứ 3 cả nước.

Trong 9 tháng, huyện Hải Hà thu hút 4 dự án FDI mới với 1,35 tỷ USD; thị xã Quảng Yên 6 dự án, 612 triệu USD; thành phố Móng Cái 2 dự án.

Tính đến 30/9, trên địa bàn tỉnh có 5 khu kinh tế (KKT) gồm 1 KKT ven biển và 4 KKT cửa khẩu, cùng 13 KCN được quy hoạch với tổng diện tích trên 8.000 ha. Trong đó, 9 KCN đã đi vào hoạt động, thu hút 178 dự án (gồm 142 dự án FDI) với tổng vốn đăng ký khoảng 9,6 tỷ USD và hơn 48 nghìn tỷ đồng. Tỷ lệ lấp đầy bình quân đạt 62,7%, trong đó KCN Sông Khoai đạt gần 75%, KCN Đông Mai đạt 91,2%.

Các doanh nghiệp trong KCN, KKT đang sử dụng khoảng 62.500 lao động, trong đó lao động nước ngoài gần 1.300 người. Giá trị xuất khẩu của doanh nghiệp KCN 9 tháng ước đạt 3,76 tỷ USD, tăng 21,4% so với cùng kỳ.

Giai đoạn 2021-2025, tỉnh xác định hai mươi mốt dự án trọng điểm kêu gọi đầu tư vào các KCN, KKT với tổng mức đầu tư dự kiến 5,2 tỷ USD. Thực hiện Nghị quyết số 07-NQ/TU của Ban Thường vụ Tỉnh ủy, Quảng Ninh phấn đấu đến năm 2030 tỷ lệ lấp đầy các KCN đạt trên 80%, thu hút khoảng 180 nghìn lao động.

Ban Quản lý KKT tỉnh: tầng 8, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long; ĐT: 0203.3634.568.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
A = P("Tính đến 30/9", None, "2024-09-30")
Ai = P("Tính đến 30/9", None, "2024-09-30", True)
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
D30 = P("đến năm 2030", None, "2030-12-31")

figs = [
    F("hàng chục nghìn lao động", "hàng chục nghìn", 10000, "count", "lao động", "lao động trong KKT, KCN", None,
      approx="about", optional=True),
    F("thu hút 2,41 tỷ USD", "2,41", 2.41e9, "money", "USD", "vốn FDI thu hút", M9, percent=120.5),
    F("đứng thứ 3 cả nước", "3", 3, "rank", "hạng", "thu hút vốn FDI", M9),
    F("thu hút 4 dự án", "4", 4, "count", "dự án", "dự án FDI mới", T9, location="Hải Hà"),
    F("với 1,35 tỷ USD", "1,35", 1.35e9, "money", "USD", "vốn dự án FDI mới", T9, location="Hải Hà"),
    F("Quảng Yên 6 dự án", "6", 6, "count", "dự án", "dự án FDI mới", T9, location="Quảng Yên"),
    F("612 triệu USD", "612", 612e6, "money", "USD", "vốn dự án FDI mới", T9, location="Quảng Yên"),
    F("Móng Cái 2 dự án", "2", 2, "count", "dự án", "dự án FDI mới", T9, location="Móng Cái"),
    F("có 5 khu kinh tế", "5", 5, "count", "khu kinh tế", "khu kinh tế", A),
    F("gồm 1 KKT", "1", 1, "count", "KKT", "KKT ven biển", A, total=5),
    F("và 4 KKT", "4", 4, "count", "KKT", "KKT cửa khẩu", A, total=5),
    F("cùng 13 KCN", "13", 13, "count", "KCN", "KCN được quy hoạch", A),
    F("trên 8.000 ha", "8.000", 8000, "measure", "ha", "tổng diện tích KKT, KCN", A, approx="over"),
    F("Trong đó, 9 KCN", "9", 9, "count", "KCN", "KCN đã đi vào hoạt động", Ai, total=13),
    F("thu hút 178 dự án", "178", 178, "count", "dự án", "dự án trong các KCN đã đi vào hoạt động", Ai),
    F("gồm 142 dự án", "142", 142, "count", "dự án", "dự án FDI", Ai, total=178),
    F("khoảng 9,6 tỷ USD", "9,6", 9.6e9, "money", "USD", "tổng vốn đăng ký", Ai, approx="about"),
    F("hơn 48 nghìn tỷ đồng", "48", 48e12, "money", "đồng", "tổng vốn đăng ký", Ai, approx="over"),
    F("bình quân đạt 62,7%", "62,7", 62.7, "percent", "%", "tỷ lệ lấp đầy bình quân", Ai),
    F("gần 75%", "75", 75, "percent", "%", "tỷ lệ lấp đầy KCN Sông Khoai", Ai, approx="nearly"),
    F("đạt 91,2%", "91,2", 91.2, "percent", "%", "tỷ lệ lấp đầy KCN Đông Mai", Ai),
    F("khoảng 62.500 lao động", "62.500", 62500, "count", "lao động", "lao động trong các doanh nghiệp KCN, KKT", Ai,
      approx="about"),
    F("gần 1.300 người", "1.300", 1300, "count", "người", "lao động nước ngoài", Ai, approx="nearly", total=62500),
    F("ước đạt 3,76 tỷ USD", "3,76", 3.76e9, "money", "USD", "giá trị xuất khẩu của doanh nghiệp KCN",
      P("9 tháng", "2024-01-01", "2024-09-30"), change=C("increase", 21.4, baseline="cùng kỳ"), status="estimate"),
    F("hai mươi mốt dự án", "hai mươi mốt", 21, "count", "dự án", "dự án trọng điểm kêu gọi đầu tư vào các KCN, KKT", GD),
    F("dự kiến 5,2 tỷ USD", "5,2", 5.2e9, "money", "USD", "tổng mức đầu tư dự án trọng điểm", GD, status="forecast"),
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ lấp đầy các KCN", D30, approx="over", status="target"),
    F("khoảng 180 nghìn lao động", "180", 180000, "count", "lao động", "lao động thu hút vào KCN, KKT", D30,
      approx="about", status="target"),
]

comments = [
    "Ministry site (Bộ KH&ĐT, 'Tin địa phương'), tag (MPI); no dateline anywhere: no published. Default location Quảng Ninh.",
    "'hàng chục nghìn lao động' in the title is a vague number word (approx): optional. '2,41 tỷ USD, đạt 120,5% kế hoạch năm' percent 120.5; 'đứng thứ 3 cả nước' is Quảng Ninh's rank.",
    "District list (huyện Hải Hà, thị xã Quảng Yên, thành phố Móng Cái): each district is the location; period 'Trong 9 tháng' (year 2024 from the previous sentence).",
    "'Tính đến 30/9' takes the year of '9 tháng năm 2024' (end 2024-09-30). '5 KKT gồm 1 … và 4 …' totals 5; 'Trong đó, 9 KCN' follows the whole '13 KCN' (same thing), not '8.000 ha'.",
    "'178 dự án (gồm 142 dự án FDI)' total 178; 'trong đó lao động nước ngoài gần 1.300 người' total 62.500; occupancy percents after 'trong đó' take no total.",
    "'hai mươi mốt dự án' is a number word (21). 'dự kiến 5,2 tỷ USD' forecast; 'phấn đấu đến năm 2030' makes both following figures targets.",
    "Distractors: 'Quốc lộ 18', 'cao tốc Hạ Long - Vân Đồn', 'Nghị quyết số 07-NQ/TU', 'tầng 8', 'Trụ sở Liên cơ quan số 3', phone 0203.3634.568.",
]
write(8, text, figs, comments, published=None, location="Quảng Ninh")
