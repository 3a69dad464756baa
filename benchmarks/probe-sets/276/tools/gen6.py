from lib import F, P, CH, TG, write

A = """UBND HUYỆN ĐỨC HÒA - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Kinh tế | Công nghiệp - Thương mại

Đức Hòa: Sản xuất công nghiệp 10 tháng tăng trưởng khá

Cập nhật lúc 09:05, ngày 28/10/2024

Theo Phòng Kinh tế huyện, từ đầu năm đến nay, giá trị sản xuất công nghiệp trên địa bàn huyện (theo giá so sánh) ước đạt gần 96.800 tỷ đồng, tăng 11,3% so với cùng kỳ, đạt 82,5% kế hoạch năm. Trong đó, khu vực có vốn đầu tư nước ngoài đạt 54.210 tỷ đồng, chiếm 56%.

Hiện huyện có 11 khu công nghiệp và 9 cụm công nghiệp được quy hoạch với tổng diện tích hơn 5.400 ha; tỷ lệ lấp đầy các KCN đạt từ 65% đến 70%. Năm nay, huyện thu hút thêm 37 dự án đầu tư vào các KCN, CCN, nâng tổng số dự án đang hoạt động lên 1.286 dự án.

Các KCN có nhiều doanh nghiệp hoạt động gồm KCN Tân Đức (312 doanh nghiệp), KCN Hải Sơn (208 doanh nghiệp) và KCN Xuyên Á (187 doanh nghiệp).

Các ngành chủ lực như thực phẩm, bao bì, cơ khí tiếp tục tăng trưởng; riêng ngành may mặc giảm 4,6% do thiếu đơn hàng. Tổng số lao động làm việc tại các KCN, CCN khoảng 118 nghìn người, trong đó lao động ngoài huyện chiếm gần 40%.

Năm 2025, huyện phấn đấu giá trị sản xuất công nghiệp tăng 12% và có thêm 2 cụm công nghiệp đi vào hoạt động. Giai đoạn 2021-2025, huyện đặt chỉ tiêu thu hút 200 dự án vào các KCN, CCN.

Mọi thông tin liên hệ: Phòng Kinh tế huyện Đức Hòa, Khu phố 3, thị trấn Hậu Nghĩa; ĐT: 0272.3850.116.
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-28")
YTDi = P("từ đầu năm đến nay", "2024-01-01", "2024-10-28", inherited=True)
NN = P("Năm nay", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

figs = [
    F("gần 96.800 tỷ đồng", "96.800", 96800000000000, "money", "đồng", "giá trị sản xuất công nghiệp trên địa bàn huyện",
      YTD, approx="nearly", percent=82.5, change=CH("increase", 11.3, "cùng kỳ"), status="estimate"),
    F("đạt 54.210 tỷ đồng", "54.210", 54210000000000, "money", "đồng",
      "giá trị sản xuất công nghiệp khu vực có vốn đầu tư nước ngoài", YTDi, total=96800000000000, percent=56,
      status="estimate"),
    F("có 11 khu công nghiệp", "11", 11, "count", "khu công nghiệp", "khu công nghiệp được quy hoạch"),
    F("9 cụm công nghiệp", "9", 9, "count", "cụm công nghiệp", "cụm công nghiệp được quy hoạch"),
    F("hơn 5.400 ha", "5.400", 5400, "measure", "ha", "tổng diện tích khu, cụm công nghiệp", approx="over"),
    F("từ 65% đến 70%", "65", 65, "percent", "%", "tỷ lệ lấp đầy các KCN", value_max=70),
    F("thêm 37 dự án", "37", 37, "count", "dự án", "dự án đầu tư vào các KCN, CCN", NN),
    F("lên 1.286 dự án", "1.286", 1286, "count", "dự án", "tổng số dự án đang hoạt động", NN),
    F("(312 doanh nghiệp)", "312", 312, "count", "doanh nghiệp", "doanh nghiệp hoạt động KCN Tân Đức"),
    F("(208 doanh nghiệp)", "208", 208, "count", "doanh nghiệp", "doanh nghiệp hoạt động KCN Hải Sơn"),
    F("(187 doanh nghiệp)", "187", 187, "count", "doanh nghiệp", "doanh nghiệp hoạt động KCN Xuyên Á"),
    F("may mặc giảm 4,6%", "4,6", 4.6, "percent", "%", "ngành may mặc", YTDi),
    F("khoảng 118 nghìn người", "118", 118000, "count", "người", "lao động làm việc tại các KCN, CCN", approx="about"),
    F("chiếm gần 40%", "40", 40, "percent", "%", "lao động ngoài huyện", approx="nearly"),
    F("tăng 12% và", "12", 12, "percent", "%", "giá trị sản xuất công nghiệp", Y25, status="target"),
    F("thêm 2 cụm", "2", 2, "count", "cụm công nghiệp", "cụm công nghiệp đi vào hoạt động", Y25, status="target"),
    F("thu hút 200 dự án", "200", 200, "count", "dự án", "dự án thu hút vào các KCN, CCN",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
]

H = """District portal (huyện Đức Hòa, Long An), 'Cập nhật lúc 09:05, ngày 28/10/2024': industrial output from the start of the year, parks and clusters, targets.
'từ đầu năm đến nay' runs from 1 January to the dateline. 'Trong đó … đạt 54.210 tỷ đồng, chiếm 56%' is a part of the output value (total) with its share.
'Hiện …' stocks carry no period; 'Năm nay' = 2024 (dateline year); '37 … nâng tổng số … lên 1.286' has no part-of cue, so no total.
KCN names are not places: location stays Đức Hòa and the park name is in the subject. 'lao động ngoài huyện chiếm gần 40%' has no count of its
own, so the share is a percent figure (not the percent of the 118 nghìn). Targets: 'phấn đấu', 'chỉ tiêu' (status target).
Distractors: '10 tháng' in the headline (a period), 'Khu phố 3', phone, time of day, 'Giai đoạn 2021-2025'."""

write("p276-6", A, figs, H, published="2024-10-28", location="Đức Hòa")
