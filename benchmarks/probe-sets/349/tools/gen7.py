from lib import F, P, I, CH, emit

TEXT = """SỨC KHỎE

Báo động trẻ vị thành niên nhập viện vì thuốc lá điện tử

Chỉ trong quý III/2024, Trung tâm Chống độc - Bệnh viện Bạch Mai đã tiếp nhận 46 ca ngộ độc liên quan đến thuốc lá điện tử, thuốc lá nung nóng, nhiều hơn tổng số ca của cả năm 2022. Bệnh nhân nhỏ tuổi nhất mới 12 tuổi; gần 60% số ca là học sinh trung học cơ sở và trung học phổ thông.

Theo BS. Nguyễn Trung Nguyên, Giám đốc Trung tâm, từ đầu năm 2024 đến 30/9, trung tâm đã điều trị 128 ca, tăng 2,3 lần so với cùng kỳ năm 2023; trong đó 19 ca phải thở máy, 3 ca tử vong. Thời gian điều trị trung bình từ 5 đến 7 ngày, chi phí mỗi ca dao động từ 15 triệu đồng đến 40 triệu đồng.

Nhiều sản phẩm được pha trộn chất ma túy tổng hợp. Trong 35 mẫu tinh dầu do người nhà bệnh nhân mang đến, có 21 mẫu dương tính với chất cần sa tổng hợp, chiếm 60%.

Kết quả khảo sát do Trường Đại học Y tế công cộng thực hiện tại 12 tỉnh, thành phố với 8.450 học sinh từ 13 đến 17 tuổi cho thấy, tỷ lệ từng sử dụng thuốc lá điện tử là 7,9%, tăng gần gấp đôi so với năm 2021. Tỷ lệ này ở Hà Nội là 10,2%, TP Hồ Chí Minh 9,6%, Đà Nẵng 8,4%, thấp nhất là Điện Biên với 3,1%. Có tới 64,8% học sinh cho biết mua được sản phẩm qua mạng xã hội, giá chỉ từ 100.000 đồng.

Theo các chuyên gia, cần sớm ban hành quy định cấm hoàn toàn thuốc lá điện tử, thuốc lá nung nóng. Bộ Y tế đang hoàn thiện hồ sơ, dự kiến trình Quốc hội tại Kỳ họp thứ 8. Phụ huynh cần cấp cứu có thể gọi 115 hoặc đường dây tư vấn chống độc 1900.1234.

THANH HÀ
03/10/2024
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
YD = P("từ đầu năm 2024 đến 30/9", "2024-01-01", "2024-09-30")
VN = "Việt Nam"
S = "tỷ lệ học sinh từng sử dụng thuốc lá điện tử"

FIGS = [
    F("tiếp nhận 46 ca", "46", 46, "count", "ca", "ca ngộ độc liên quan đến thuốc lá điện tử, thuốc lá nung nóng tiếp nhận", Q3),
    F("mới 12 tuổi", "12", 12, "measure", "tuổi", "tuổi của bệnh nhân nhỏ tuổi nhất", I(Q3), optional=True),
    F("gần 60% số ca", "60", 60, "percent", "%", "ca là học sinh trung học cơ sở và trung học phổ thông", I(Q3), approx="nearly"),
    F("điều trị 128 ca", "128", 128, "count", "ca", "ca ngộ độc thuốc lá điện tử được điều trị", YD,
      change=CH("increase", 2.3, "lần", "cùng kỳ năm 2023")),
    F("19 ca", "19", 19, "count", "ca", "ca phải thở máy", YD, total=128),
    F("3 ca", "3", 3, "count", "ca", "ca tử vong", YD, total=128),
    F("từ 5 đến 7 ngày", "5", 5, "measure", "ngày", "thời gian điều trị trung bình", I(YD), value_max=7),
    F("từ 15 triệu đồng đến 40 triệu đồng", "15", 15e6, "money", "đồng", "chi phí điều trị mỗi ca", I(YD), value_max=40e6),
    F("Trong 35 mẫu", "35", 35, "count", "mẫu", "mẫu tinh dầu do người nhà bệnh nhân mang đến"),
    F("có 21 mẫu", "21", 21, "count", "mẫu", "mẫu dương tính với chất cần sa tổng hợp", total=35, percent=60),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", "tỉnh, thành phố được khảo sát"),
    F("với 8.450 học sinh", "8.450", 8450, "count", "học sinh", "học sinh được khảo sát"),
    F("từ 13 đến 17 tuổi", "13", 13, "measure", "tuổi", value_max=17, optional=True),
    F("là 7,9%", "7,9", 7.9, "percent", "%", S, change=CH("increase", 2, "lần", "năm 2021", approx="nearly")),
    F("Hà Nội là 10,2%", "10,2", 10.2, "percent", "%", S, location="Hà Nội"),
    F("Minh 9,6%", "9,6", 9.6, "percent", "%", S, location="TP Hồ Chí Minh"),
    F("Đà Nẵng 8,4%", "8,4", 8.4, "percent", "%", S, location="Đà Nẵng"),
    F("với 3,1%", "3,1", 3.1, "percent", "%", S, location="Điện Biên"),
    F("tới 64,8% học sinh", "64,8", 64.8, "percent", "%", "học sinh mua được sản phẩm qua mạng xã hội"),
    F("từ 100.000 đồng", "100.000", 100000, "money", "đồng", "giá sản phẩm thuốc lá điện tử", approx="at_least", optional=True),
]

COMMENTS = [
    "Health section of a national paper: teenagers poisoned by e-cigarettes (Bạch Mai poison centre), a 12-province student survey.",
    "No dateline at the top; bare date '03/10/2024' after the byline at the end (published). Distractors: 'Kỳ họp thứ 8', emergency 115,",
    "hotline 1900.1234, 'cả năm 2022' (no number), 'năm 2021' (baseline).",
    "Location Việt Nam throughout (revised after the first run: first null for the hospital's counts; the shared gold gives a national body's",
    "figures in a national article location Việt Nam, e.g. ministries in h01, and Bạch Mai's poison centre is a central hospital).",
    "The 12-province survey: 'tại 12 tỉnh, thành phố' is a count of provinces (Việt Nam); the list items Hà Nội, TP Hồ Chí Minh, Đà Nẵng, Điện Biên go to location.",
    "'tăng 2,3 lần so với cùng kỳ năm 2023' and 'tăng gần gấp đôi so với năm 2021' (2 lần, nearly) are changes of the figures before them.",
    "'trong đó 19 ca …, 3 ca …': total 128. 'Trong 35 mẫu …, có 21 mẫu …, chiếm 60%': total 35 and percent 60; the whole itself is a figure.",
    "Ranges 'từ 5 đến 7 ngày' and 'từ 15 triệu đồng đến 40 triệu đồng': value_max. 'mới 12 tuổi', age bounds and 'giá chỉ từ 100.000 đồng': optional.",
]

emit("p349-7", TEXT, COMMENTS, FIGS, published="2024-10-03", location="Việt Nam")
