from lib import F, P, C, T, write

text = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN PHONG
Thứ Hai, 16/12/2024 - 10:35

Yên Phong: Các khu công nghiệp tiếp tục là động lực tăng trưởng

Năm 2024, trên địa bàn huyện có 2 KCN (KCN Yên Phong và KCN Yên Phong II-C) và 3 cụm công nghiệp (CCN) đang hoạt động với tổng diện tích gần 1.540 ha. Từ đầu năm đến nay, các KCN trên địa bàn thu hút thêm 19 dự án mới với tổng vốn đăng ký 415 triệu USD, tăng 12,6% so với cùng kỳ; 25 dự án điều chỉnh tăng vốn 236,8 triệu USD.

Tỷ lệ lấp đầy của KCN Yên Phong đạt 100%, KCN Yên Phong II-C đạt 72,3%; các CCN Đông Thọ, Văn Môn, Tam Giang có tỷ lệ lấp đầy lần lượt là 95%, 88% và 61,5%.

Hiện có khoảng 86.000 lao động làm việc tại các KCN, CCN trên địa bàn, trong đó lao động là người địa phương chiếm 27%, lao động ngoại tỉnh khoảng 62.800 người. Để đáp ứng nhu cầu chỗ ở, huyện đã triển khai 4 dự án nhà ở xã hội, nhà ở công nhân với quy mô 3.260 căn hộ, dự kiến hoàn thành 1.200 căn trong năm 2025.

Giá trị sản xuất công nghiệp trên địa bàn huyện năm 2024 ước đạt 612 nghìn tỷ đồng, chiếm khoảng 38% giá trị sản xuất công nghiệp toàn tỉnh Bắc Ninh; kim ngạch xuất khẩu ước đạt 28,6 tỷ USD. Thu ngân sách từ khu vực doanh nghiệp KCN 11 tháng đạt 1.946 tỷ đồng, bằng 108,1% dự toán.

Theo Đề án phát triển công nghiệp huyện giai đoạn 2021-2025, huyện phấn đấu đến năm 2025 có thêm 1 CCN với diện tích 75 ha tại xã Dũng Liệt.

Mọi thông tin xin liên hệ: Phòng Kinh tế và Hạ tầng huyện, số 1 đường Lý Thái Tổ, thị trấn Chờ; điện thoại 0222.3862.555.

Nguyễn Hằng - Trung tâm VH-TT&TT huyện
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yi = P("Năm 2024", "2024-01-01", "2024-12-31", True)
DN = P("Từ đầu năm đến nay", "2024-01-01", "2024-12-16")
Yy = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

figs = [
    F("có 2 KCN", "2", 2, "count", "KCN", "KCN trên địa bàn huyện", Y),
    F("và 3 cụm", "3", 3, "count", "cụm công nghiệp", "cụm công nghiệp đang hoạt động", Y),
    F("gần 1.540 ha", "1.540", 1540, "measure", "ha", "tổng diện tích KCN, CCN", Y, approx="nearly"),
    F("thêm 19 dự án", "19", 19, "count", "dự án", "dự án mới vào các KCN", DN),
    F("đăng ký 415 triệu USD", "415", 415e6, "money", "USD", "tổng vốn đăng ký dự án mới", DN,
      change=C("increase", 12.6, baseline="cùng kỳ")),
    F("; 25 dự án", "25", 25, "count", "dự án", "dự án điều chỉnh tăng vốn", DN),
    F("vốn 236,8 triệu USD", "236,8", 236.8e6, "money", "USD", "vốn tăng thêm của dự án điều chỉnh", DN),
    F("Yên Phong đạt 100%", "100", 100, "percent", "%", "tỷ lệ lấp đầy KCN Yên Phong", Yi),
    F("II-C đạt 72,3%", "72,3", 72.3, "percent", "%", "tỷ lệ lấp đầy KCN Yên Phong II-C", Yi),
    F("lần lượt là 95%", "95", 95, "percent", "%", "tỷ lệ lấp đầy CCN Đông Thọ", Yi),
    F("95%, 88%", "88", 88, "percent", "%", "tỷ lệ lấp đầy CCN Văn Môn", Yi),
    F("và 61,5%", "61,5", 61.5, "percent", "%", "tỷ lệ lấp đầy CCN Tam Giang", Yi),
    F("khoảng 86.000 lao động", "86.000", 86000, "count", "lao động", "lao động làm việc tại các KCN, CCN", Yi,
      approx="about"),
    F("chiếm 27%", "27", 27, "percent", "%", "tỷ lệ lao động là người địa phương", Yi),
    F("khoảng 62.800 người", "62.800", 62800, "count", "người", "lao động ngoại tỉnh", Yi, approx="about", total=86000),
    F("triển khai 4 dự án", "4", 4, "count", "dự án", "dự án nhà ở xã hội, nhà ở công nhân", Yi),
    F("quy mô 3.260 căn hộ", "3.260", 3260, "count", "căn hộ", "quy mô dự án nhà ở xã hội, nhà ở công nhân", Yi),
    F("hoàn thành 1.200 căn", "1.200", 1200, "count", "căn", "căn hộ dự kiến hoàn thành",
      P("trong năm 2025", "2025-01-01", "2025-12-31"), status="forecast"),
    F("ước đạt 612 nghìn tỷ đồng", "612", 612e12, "money", "đồng", "giá trị sản xuất công nghiệp trên địa bàn huyện", Yy,
      percent=38, status="estimate"),
    F("ước đạt 28,6 tỷ USD", "28,6", 28.6e9, "money", "USD", "kim ngạch xuất khẩu", Yy, status="estimate"),
    F("11 tháng đạt 1.946 tỷ đồng", "1.946", 1946e9, "money", "đồng", "thu ngân sách từ khu vực doanh nghiệp KCN",
      P("11 tháng", "2024-01-01", "2024-11-30"), percent=108.1),
    F("thêm 1 CCN", "1", 1, "count", "CCN", "CCN có thêm", T25, status="target"),
    F("diện tích 75 ha", "75", 75, "measure", "ha", "diện tích CCN mới", T25, status="target"),
]

comments = [
    "District portal (huyện Yên Phong, Bắc Ninh): 'Thứ Hai, 16/12/2024 - 10:35', byline at the end. Default location Yên Phong (the district);",
    "the KCN and CCN names (Yên Phong, Yên Phong II-C, Đông Thọ, Văn Môn, Tam Giang) are parks in the district: location Yên Phong.",
    "'Từ đầu năm đến nay' runs 2024-01-01 to the dateline 2024-12-16. 'lần lượt là 95%, 88% và 61,5%' gives three figures in list order.",
    "'khoảng 62.800 người' after 'trong đó' is a part of 86.000 lao động (total); '27%' is a percent with no whole in lao động.",
    "The housing sentence has no period of its own for 4 dự án / 3.260 căn hộ ('Hiện' paragraph): period 'Năm 2024' marked inherited (not scored); 1.200 căn is 'dự kiến' (forecast) in năm 2025.",
    "'chiếm khoảng 38% … toàn tỉnh Bắc Ninh' is the share of the district's 612 nghìn tỷ đồng (location stays Yên Phong). 'bằng 108,1% dự toán' is a share (percent).",
    "'11 tháng' takes 2024. 'đến năm 2025 … phấn đấu' target; 'giai đoạn 2021-2025' names the plan. Distractors: dateline, 'số 1 đường Lý Thái Tổ', phone, 'VH-TT&TT'.",
]
write(5, text, figs, comments, published="2024-12-16", location="Yên Phong")
