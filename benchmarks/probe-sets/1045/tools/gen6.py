from lib import P, I, C, T, F, write

TEXT = """Sức khỏe › Tin tức

Thứ tư, 11/12/2024, 06:30 (GMT+7)

TP HCM có mức sinh thấp nhất cả nước

Tổng tỷ suất sinh của TP HCM năm 2023 chỉ 1,32 con/phụ nữ, thấp nhất trong 63 tỉnh thành, trong khi mức sinh thay thế là 2,1 con.

Theo Chi cục Dân số - Kế hoạch hóa gia đình TP Hồ Chí Minh, dân số trung bình của thành phố năm 2023 khoảng 9,46 triệu người, trong đó khoảng 2,4 triệu người nhập cư. Số trẻ sinh ra trong năm là 98.600 trẻ, giảm hơn 8% so với năm 2022. Mức sinh của thành phố đã giảm liên tục hơn 20 năm qua và luôn thấp hơn mức trung bình cả nước (1,96 con/phụ nữ).

Trái với xu hướng chung, tỷ số giới tính khi sinh tại TP HCM chỉ ở mức 108,6 bé trai/100 bé gái, gần với mức sinh học tự nhiên. Tuy vậy, tại huyện Củ Chi, tỷ số này vẫn ở mức 111,2.

Thành phố đang già hóa nhanh: người từ 60 tuổi trở lên chiếm 12,5% dân số, dự kiến tăng lên khoảng 20% vào năm 2030.

Để khuyến khích sinh con, trong năm 2025 thành phố dự kiến hỗ trợ 3 triệu đồng cho phụ nữ sinh đủ 2 con trước 35 tuổi. Đề xuất này đã được Sở Y tế trình HĐND thành phố tại kỳ họp thứ 20.

Khảo sát của Chi cục với 1.200 phụ nữ trong độ tuổi sinh đẻ cho thấy 43% chưa muốn sinh con thứ hai vì chi phí nuôi dạy con quá cao. Theo khảo sát, chi phí nuôi một trẻ dưới 6 tuổi tại thành phố khoảng 8-10 triệu đồng mỗi tháng. Mức chi phí này cao gấp 1,6 lần so với các tỉnh lân cận.

Ông Phạm Chánh Trung, Chi cục trưởng, cho biết mục tiêu đến năm 2030, tổng tỷ suất sinh của thành phố đạt 1,4 con/phụ nữ.

Lê Phương
"""

HCM = "TP Hồ Chí Minh"
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("trong năm", "2023-01-01", "2023-12-31")
Y30 = P("vào năm 2030", "2030-01-01", "2030-12-31")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("chỉ 1,32 con/phụ nữ", "1,32", 1.32, "measure", "con/phụ nữ", "tổng tỷ suất sinh", Y23),
    F("trong 63 tỉnh thành", "63", 63, "count", "tỉnh thành", "tỉnh thành", location="Việt Nam", optional=True),
    F("là 2,1 con", "2,1", 2.1, "measure", "con", "mức sinh thay thế", optional=True),
    F("khoảng 9,46 triệu người", "9,46", 9.46e6, "count", "người", "dân số trung bình", Y23, approx="about"),
    F("khoảng 2,4 triệu người", "2,4", 2.4e6, "count", "người", "người nhập cư", Y23, approx="about", total=9.46e6),
    F("là 98.600 trẻ", "98.600", 98600, "count", "trẻ", "trẻ sinh ra", Y23b,
      change=C("-", 8, "%", "năm 2022", approx="over")),
    F("hơn 20 năm qua", "20", 20, "measure", "năm", "thời gian mức sinh giảm liên tục", approx="over", optional=True),
    F("(1,96 con/phụ nữ)", "1,96", 1.96, "measure", "con/phụ nữ", "mức sinh trung bình cả nước", I(Y23),
      location="Việt Nam"),
    F("mức 108,6 bé trai", "108,6", 108.6, "measure", "bé trai/100 bé gái", "tỷ số giới tính khi sinh", I(Y23)),
    F("mức 111,2", "111,2", 111.2, "measure", "bé trai/100 bé gái", "tỷ số giới tính khi sinh", I(Y23), location="Củ Chi"),
    F("từ 60 tuổi", "60", 60, "measure", "tuổi", "ngưỡng tuổi người cao tuổi", approx="at_least", optional=True),
    F("chiếm 12,5%", "12,5", 12.5, "percent", "%", "người từ 60 tuổi trở lên trong dân số"),
    F("khoảng 20%", "20", 20, "percent", "%", "người từ 60 tuổi trở lên trong dân số", Y30,
      approx="about", status="forecast"),
    F("hỗ trợ 3 triệu đồng", "3", 3e6, "money", "đồng", "hỗ trợ phụ nữ sinh đủ 2 con trước 35 tuổi", Y25,
      status="forecast"),
    F("đủ 2 con", "2", 2, "count", "con", "số con", optional=True),
    F("trước 35 tuổi", "35", 35, "measure", "tuổi", "tuổi sinh đủ 2 con", approx="under", optional=True),
    F("với 1.200 phụ nữ", "1.200", 1200, "count", "phụ nữ", "phụ nữ trong độ tuổi sinh đẻ được khảo sát"),
    F("cho thấy 43%", "43", 43, "percent", "%", "phụ nữ chưa muốn sinh con thứ hai"),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", "tuổi của trẻ", approx="under", optional=True),
    F("khoảng 8-10 triệu đồng", "8", 8e6, "money", "đồng/tháng", "chi phí nuôi một trẻ dưới 6 tuổi",
      value_max=10e6, approx="about"),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "chi phí nuôi một trẻ so với các tỉnh lân cận"),
    F("đạt 1,4 con/phụ nữ", "1,4", 1.4, "measure", "con/phụ nữ", "tổng tỷ suất sinh", T30, status="target"),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ tư, 11/12/2024, 06:30 (GMT+7)': TP HCM mức sinh thấp, tỷ số giới tính khi sinh, hỗ trợ sinh con.",
    "Not figures: time 06:30, 'kỳ họp thứ 20', 'con thứ hai', names. Optional: '63 tỉnh thành' (count of all provinces as a frame),",
    "reference level 2,1 con, 'hơn 20 năm qua' (duration), and category bounds (60 tuổi, 2 con, 35 tuổi, dưới 6 tuổi).",
    "'gấp 1,6 lần' in its own sentence is the claim: a multiple figure.",
    "'trong đó khoảng 2,4 triệu người nhập cư' is part of 9,46 triệu. The national 1,96 is located in Việt Nam; Củ Chi is a district.",
    "'người từ 60 tuổi trở lên chiếm 12,5%' has no period phrase in its paragraph: no period. Location written 'TP Hồ Chí Minh'.",
]

write("p1045-6", TEXT, NOTES, FIGS, published="2024-12-11", location=HCM)
