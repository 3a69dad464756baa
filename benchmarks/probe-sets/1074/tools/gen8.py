from lib import F, P, I, C, T, build

TEXT = """BÁO NINH THUẬN ĐIỆN TỬ
Kinh tế > Nông nghiệp - Nông thôn

Gần 1.900 hộ dân nông thôn có thêm nước sạch trong quý I

Cập nhật lúc 10:32, Thứ ba, 08/04/2025

(NTO) - Từ đầu năm đến nay, Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh đã đấu nối mới cho 1.874 hộ dân nông thôn, đạt 37,5% kế hoạch năm, tăng 12,3% so với cùng kỳ năm 2024. Sản lượng nước sạch tiêu thụ quý I ước đạt 2,36 triệu m3, doanh thu ước đạt 17,9 tỷ đồng.

Hiện toàn tỉnh có 107 công trình cấp nước tập trung nông thôn, tổng công suất trên 98.000 m3/ngày đêm. Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn toàn tỉnh là 63,2%; trong đó các huyện Ninh Phước, Thuận Nam, Ninh Sơn lần lượt đạt 72,5%, 64,8% và 59,1%. Huyện Bác Ái thấp nhất, chỉ đạt 38,6% do địa bàn rộng, dân cư phân tán.

Giá nước sinh hoạt nông thôn được áp dụng từ 6.000 đến 7.500 đồng/m3; riêng hộ nghèo, hộ cận nghèo được giảm 20%. Mùa khô năm nay, dự kiến khoảng 2.600 hộ ở vùng ven biển các huyện Thuận Nam, Ninh Hải có nguy cơ thiếu nước sinh hoạt.

Mục tiêu đến năm 2025, tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn của tỉnh đạt 65%. Dự kiến trong quý II/2025, Nhà máy nước Phước Hà công suất 5.000 m3/ngày đêm, tổng vốn đầu tư gần 86 tỷ đồng sẽ được đưa vào vận hành, cấp nước cho khoảng 4.500 hộ. Theo Sở Nông nghiệp và Môi trường, lượng nước sử dụng bình quân của người dân nông thôn đạt 85 lít/người/ngày, gấp 1,4 lần năm 2020.

PHƯƠNG BÌNH
Báo Ninh Thuận - Số 4 đường 16 Tháng 4, TP Phan Rang - Tháp Chàm. ĐT: 0259.3822.155
"""

q1 = P("quý I", "2025-01-01", "2025-03-31")
ytd = P("Từ đầu năm đến nay", "2025-01-01", "2025-04-08")
subj = "tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn"

FIGS = [
    F("Gần 1.900 hộ", "1.900", 1900, "count", "hộ", "hộ dân nông thôn có thêm nước sạch", q1, approx="nearly"),
    F("cho 1.874 hộ", "1.874", 1874, "count", "hộ", "hộ dân nông thôn được đấu nối mới", ytd, percent=37.5,
      change=C("increase", 12.3, "%", "cùng kỳ năm 2024")),
    F("ước đạt 2,36 triệu m3", "2,36", 2.36e6, "measure", "m3", "sản lượng nước sạch tiêu thụ", q1, status="estimate"),
    F("ước đạt 17,9 tỷ đồng", "17,9", 17.9e9, "money", "đồng", "doanh thu", q1, status="estimate"),
    F("có 107 công trình", "107", 107, "count", "công trình", "công trình cấp nước tập trung nông thôn"),
    F("trên 98.000 m3/ngày đêm", "98.000", 98000, "measure", "m3/ngày đêm", "tổng công suất", approx="over"),
    F("là 63,2%", "63,2", 63.2, "percent", "%", subj),
    F("đạt 72,5%", "72,5", 72.5, "percent", "%", subj, location="Ninh Phước"),
    F("64,8%", "64,8", 64.8, "percent", "%", subj, location="Thuận Nam"),
    F("và 59,1%", "59,1", 59.1, "percent", "%", subj, location="Ninh Sơn"),
    F("đạt 38,6%", "38,6", 38.6, "percent", "%", subj, location="Bác Ái"),
    F("từ 6.000 đến 7.500 đồng/m3", "6.000", 6000, "money", "đồng/m3", "giá nước sinh hoạt nông thôn", value_max=7500),
    F("giảm 20%", "20", 20, "percent", "%", "mức giảm giá nước cho hộ nghèo, hộ cận nghèo"),
    F("khoảng 2.600 hộ", "2.600", 2600, "count", "hộ", "hộ có nguy cơ thiếu nước sinh hoạt", approx="about",
      status="forecast"),
    F("đạt 65%", "65", 65, "percent", "%", subj, P("đến năm 2025", end="2025-12-31"), status="target"),
    F("công suất 5.000 m3/ngày đêm", "5.000", 5000, "measure", "m3/ngày đêm", "công suất Nhà máy nước Phước Hà",
      status="forecast"),
    F("gần 86 tỷ đồng", "86", 86e9, "money", "đồng", "tổng vốn đầu tư Nhà máy nước Phước Hà", approx="nearly",
      status="forecast"),
    F("khoảng 4.500 hộ", "4.500", 4500, "count", "hộ", "hộ được cấp nước", approx="about", status="forecast"),
    F("đạt 85 lít/người/ngày", "85", 85, "measure", "lít/người/ngày", "lượng nước sử dụng bình quân",
      change=C("increase", 1.4, "lần", "năm 2020")),
]

build("p1074-8", TEXT, FIGS, published="2025-04-08", location="Ninh Thuận", comments=[
    "Provincial newspaper online (Báo Ninh Thuận, '(NTO) -' tag, 'Cập nhật lúc 10:32, Thứ ba, 08/04/2025'), headline figure",
    "'Gần 1.900 hộ … trong quý I' (year from the dateline). 'Từ đầu năm đến nay' ends at the dateline.",
    "District coverage rates after 'trong đó … lần lượt' get the districts as location and no total (percents).",
    "'giảm 20%' (discount for poor households) is a percent figure of its own; 'gấp 1,4 lần năm 2020' after 85 lít/người/ngày",
    "is its change (unit lần). The Phước Hà plant's figures are forecast ('Dự kiến … sẽ được đưa vào vận hành'); 'quý II/2025'",
    "is the commissioning date, not their period. 2.600 hộ in two districts: location Ninh Thuận.",
    "Distractors: 10:32, (NTO), Số 4 đường 16 Tháng 4, 0259.3822.155, 'Mùa khô năm nay'.",
])
