from lib import P, I, C, T, F, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẨM GIÀNG
Trang chủ / Tin tức - Sự kiện / Y tế - Dân số

Cẩm Giàng tổng kết công tác dân số năm 2023

Thứ Năm, 18/01/2024 - 15:20

Chiều 17/1, Trung tâm Y tế huyện Cẩm Giàng tổ chức hội nghị tổng kết công tác dân số năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, toàn huyện có 2.184 trẻ sinh ra, giảm 5,2% so với năm 2022. Tỷ lệ sinh con thứ 3 trở lên là 12,3%, giảm 1,1 điểm phần trăm so với năm trước. Tỷ số giới tính khi sinh là 117,6 bé trai/100 bé gái, cao hơn mức chung của tỉnh Hải Dương (114,9 bé trai/100 bé gái). Một số xã có tỷ số giới tính khi sinh rất cao như Cẩm Văn, Lương Điền và Cẩm Hưng, lần lượt là 132,1; 128,4 và 125,0.

Công tác truyền thông được duy trì thường xuyên với 156 buổi nói chuyện chuyên đề, thu hút gần 7.800 lượt người tham dự. Toàn huyện có 3.420 người mới sử dụng biện pháp tránh thai hiện đại, đạt 102,4% kế hoạch; trong đó 418 người đặt dụng cụ tử cung. Tỷ lệ bà mẹ mang thai được sàng lọc trước sinh đạt 76,5%, trẻ sơ sinh được sàng lọc đạt 88,2%.

Trong năm 2023, huyện duy trì 215 cộng tác viên dân số tại 17 xã, thị trấn, mỗi cộng tác viên phụ trách từ 80 đến 120 hộ gia đình và được hỗ trợ 120.000 đồng/người/tháng từ ngân sách huyện.

Năm 2024, huyện phấn đấu giảm tỷ lệ sinh con thứ 3 trở lên xuống còn 11,8%, tỷ số giới tính khi sinh không quá 115 bé trai/100 bé gái.

Tại hội nghị, UBND huyện đã tặng giấy khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc.

Thu Hương - Trung tâm VH-TT huyện
Địa chỉ: Khu 3, thị trấn Lai Cách, huyện Cẩm Giàng (cạnh Quốc lộ 5) | Điện thoại: 0220.3786.215
"""

SRB = "bé trai/100 bé gái"
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Trong năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 2.184 trẻ", "2.184", 2184, "count", "trẻ", "trẻ sinh ra", Y23, change=C("-", 5.2, "%", "năm 2022")),
    F("trở lên là 12,3%", "12,3", 12.3, "percent", "%", "tỷ lệ sinh con thứ 3 trở lên", I(Y23),
      change=C("-", 1.1, "điểm phần trăm", "năm trước")),
    F("là 117,6 bé trai", "117,6", 117.6, "measure", SRB, "tỷ số giới tính khi sinh", I(Y23)),
    F("(114,9 bé trai", "114,9", 114.9, "measure", SRB, "tỷ số giới tính khi sinh mức chung của tỉnh", I(Y23),
      location="Hải Dương"),
    F("là 132,1;", "132,1", 132.1, "measure", SRB, "tỷ số giới tính khi sinh", I(Y23)),
    F("128,4 và", "128,4", 128.4, "measure", SRB, "tỷ số giới tính khi sinh", I(Y23)),
    F("và 125,0.", "125,0", 125, "measure", SRB, "tỷ số giới tính khi sinh", I(Y23)),
    F("với 156 buổi", "156", 156, "count", "buổi nói chuyện", "buổi nói chuyện chuyên đề", I(Y23)),
    F("gần 7.800 lượt", "7.800", 7800, "count", "lượt người", "lượt người tham dự", I(Y23), approx="nearly"),
    F("có 3.420 người", "3.420", 3420, "count", "người", "người mới sử dụng biện pháp tránh thai hiện đại", I(Y23),
      percent=102.4),
    F("trong đó 418 người", "418", 418, "count", "người", "người đặt dụng cụ tử cung", I(Y23), total=3420),
    F("đạt 76,5%", "76,5", 76.5, "percent", "%", "tỷ lệ bà mẹ mang thai được sàng lọc trước sinh", I(Y23)),
    F("đạt 88,2%", "88,2", 88.2, "percent", "%", "tỷ lệ trẻ sơ sinh được sàng lọc", I(Y23)),
    F("duy trì 215 cộng tác viên", "215", 215, "count", "cộng tác viên dân số", "cộng tác viên dân số", Y23b),
    F("tại 17 xã", "17", 17, "count", "xã, thị trấn", "xã, thị trấn có cộng tác viên dân số", Y23b),
    F("từ 80 đến 120 hộ", "80", 80, "measure", "hộ gia đình/cộng tác viên", "hộ gia đình mỗi cộng tác viên phụ trách", Y23b,
      value_max=120),
    F("hỗ trợ 120.000 đồng", "120.000", 120000, "money", "đồng/người/tháng", "mức hỗ trợ cộng tác viên dân số", Y23b),
    F("xuống còn 11,8%", "11,8", 11.8, "percent", "%", "tỷ lệ sinh con thứ 3 trở lên", Y24, status="target"),
    F("không quá 115 bé trai", "115", 115, "measure", SRB, "tỷ số giới tính khi sinh", Y24,
      approx="at_most", status="target"),
    F("cho 12 tập thể", "12", 12, "count", "tập thể", "tập thể được tặng giấy khen"),
    F("và 25 cá nhân", "25", 25, "count", "cá nhân", "cá nhân được tặng giấy khen"),
]

NOTES = [
    "Cổng TTĐT huyện Cẩm Giàng (Hải Dương): tổng kết công tác dân số năm 2023. Dateline 'Thứ Năm, 18/01/2024 - 15:20'.",
    "Not figures: 'Chiều 17/1', 'thứ 3' (birth order), 'Khu 3', 'Quốc lộ 5', phone 0220.3786.215, time 15:20.",
    "Commune list 'lần lượt là 132,1; 128,4 và 125,0' shares the indicator; communes are neither province nor district, so",
    "their figures keep the district Cẩm Giàng as location (FIGURES.md: location is a province, city or district).",
    "'mỗi cộng tác viên phụ trách từ 80 đến 120 hộ' is a per-unit rate: measure, unit 'hộ gia đình/cộng tác viên'.",
    "'đạt 102,4% kế hoạch' is the percent of 3.420; 418 after 'trong đó' has total 3.420. Award counts at the conference (own paragraph): no period.",
]

write("p1045-2", TEXT, NOTES, FIGS, published="2024-01-18", location="Cẩm Giàng")
