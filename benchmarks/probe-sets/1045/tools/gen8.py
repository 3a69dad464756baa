from lib import P, I, C, T, F, write

TEXT = """Bắc Giang: 9 tháng, gần 18.500 trẻ sơ sinh được sàng lọc

Cập nhật lúc 10:15, Thứ Sáu, 20/10/2023

(BGĐT) - 9 tháng năm 2023, toàn tỉnh có 20.146 trẻ được sinh ra, trong đó 18.472 trẻ được sàng lọc sơ sinh, đạt 91,7%, tăng 3,4 điểm phần trăm so với cùng kỳ.

Theo Chi cục Dân số - Kế hoạch hóa gia đình tỉnh, tỷ số giới tính khi sinh 9 tháng là 112,3 bé trai/100 bé gái, giảm 1,5 điểm so với cùng kỳ năm 2022. Các huyện có tỷ số giới tính khi sinh cao gồm: Hiệp Hòa (118,6 bé trai/100 bé gái), Việt Yên (117,2 bé trai/100 bé gái), Yên Dũng (116,0 bé trai/100 bé gái); thấp nhất là Sơn Động với 105,4 bé trai/100 bé gái. Tỷ lệ sinh con thứ 3 trở lên toàn tỉnh là 15,8%, trong đó huyện Lục Ngạn cao nhất với 24,1%.

Từ đầu năm đến nay, thực hiện Kế hoạch số 150/KH-UBND, tỉnh đã tổ chức 1.245 buổi truyền thông, tư vấn tại cộng đồng; kiểm tra 86 cơ sở y tế có dịch vụ siêu âm, xét nghiệm ADN. Tính đến 30/9/2023, toàn tỉnh có 2.118 cộng tác viên dân số tại 1.865 thôn, tổ dân phố; trong quý III/2023, 100% cộng tác viên được tập huấn kỹ năng tư vấn.

Ước cả năm 2023, toàn tỉnh có khoảng 26.500 trẻ sinh ra; dự kiến tỷ số giới tính khi sinh ở mức 112,5 bé trai/100 bé gái. Năm 2024, tỉnh đặt mục tiêu giảm tỷ số giới tính khi sinh xuống 111 bé trai/100 bé gái, tỷ lệ sàng lọc sơ sinh đạt trên 93%. Kinh phí bố trí cho công tác dân số năm 2024 dự kiến 12,6 tỷ đồng, tăng 8,2% so với năm 2023.

Thu Hà
Từ khóa: dân số, tỷ số giới tính khi sinh, sàng lọc sơ sinh
"""

SRB = "bé trai/100 bé gái"
M9h = P("9 tháng", "2023-01-01", "2023-09-30")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-10-20")
ASOF = P("Tính đến 30/9/2023", None, "2023-09-30")
Q3 = P("quý III/2023", "2023-07-01", "2023-09-30")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 18.500 trẻ", "18.500", 18500, "count", "trẻ sơ sinh", "trẻ sơ sinh được sàng lọc", M9h, approx="nearly"),
    F("có 20.146 trẻ", "20.146", 20146, "count", "trẻ", "trẻ được sinh ra", M9),
    F("trong đó 18.472 trẻ", "18.472", 18472, "count", "trẻ", "trẻ được sàng lọc sơ sinh", M9,
      total=20146, percent=91.7, change=C("+", 3.4, "điểm phần trăm", "cùng kỳ")),
    F("là 112,3 bé trai", "112,3", 112.3, "measure", SRB, "tỷ số giới tính khi sinh", M9h,
      change=C("-", 1.5, "điểm", "cùng kỳ năm 2022")),
    F("(118,6 bé trai", "118,6", 118.6, "measure", SRB, "tỷ số giới tính khi sinh", I(M9h), location="Hiệp Hòa"),
    F("(117,2 bé trai", "117,2", 117.2, "measure", SRB, "tỷ số giới tính khi sinh", I(M9h), location="Việt Yên"),
    F("(116,0 bé trai", "116,0", 116, "measure", SRB, "tỷ số giới tính khi sinh", I(M9h), location="Yên Dũng"),
    F("với 105,4 bé trai", "105,4", 105.4, "measure", SRB, "tỷ số giới tính khi sinh", I(M9h), location="Sơn Động"),
    F("là 15,8%", "15,8", 15.8, "percent", "%", "tỷ lệ sinh con thứ 3 trở lên", I(M9h)),
    F("với 24,1%", "24,1", 24.1, "percent", "%", "tỷ lệ sinh con thứ 3 trở lên", I(M9h), location="Lục Ngạn"),
    F("tổ chức 1.245 buổi", "1.245", 1245, "count", "buổi", "buổi truyền thông, tư vấn tại cộng đồng", YTD),
    F("kiểm tra 86 cơ sở", "86", 86, "count", "cơ sở y tế", "cơ sở y tế có dịch vụ siêu âm, xét nghiệm ADN được kiểm tra", YTD),
    F("có 2.118 cộng tác viên", "2.118", 2118, "count", "cộng tác viên dân số", "cộng tác viên dân số", ASOF),
    F("tại 1.865 thôn", "1.865", 1865, "count", "thôn, tổ dân phố", "thôn, tổ dân phố có cộng tác viên dân số", ASOF),
    F("100% cộng tác viên", "100", 100, "percent", "%", "cộng tác viên được tập huấn kỹ năng tư vấn", Q3),
    F("khoảng 26.500 trẻ", "26.500", 26500, "count", "trẻ", "trẻ sinh ra", Y23, approx="about", status="estimate"),
    F("mức 112,5 bé trai", "112,5", 112.5, "measure", SRB, "tỷ số giới tính khi sinh", Y23, status="forecast"),
    F("xuống 111 bé trai", "111", 111, "measure", SRB, "tỷ số giới tính khi sinh", Y24, status="target"),
    F("trên 93%", "93", 93, "percent", "%", "tỷ lệ sàng lọc sơ sinh", Y24, approx="over", status="target"),
    F("dự kiến 12,6 tỷ đồng", "12,6", 12.6e9, "money", "đồng", "kinh phí bố trí cho công tác dân số", Y24b,
      status="forecast", change=C("+", 8.2, "%", "năm 2023")),
]

NOTES = [
    "Báo Bắc Giang điện tử, tag '(BGĐT) -', 'Cập nhật lúc 10:15, Thứ Sáu, 20/10/2023': sàng lọc sơ sinh, tỷ số giới tính khi sinh 9 tháng 2023.",
    "Not figures: Kế hoạch số 150/KH-UBND, 'thứ 3' (birth order), 10:15, 'quý III/2023' as a period.",
    "Headline '9 tháng' takes 2023 from the dateline. 18.472 after 'trong đó' is part of 20.146; 'đạt 91,7%' its percent and",
    "'tăng 3,4 điểm phần trăm' its change. 24,1% after 'trong đó' is a district's rate, not a part of 15,8%: no total.",
    "Status: 'Ước cả năm' estimate; 'dự kiến' forecast (also continuing after ';'); 'đặt mục tiêu' target.",
]

write("p1045-8", TEXT, NOTES, FIGS, published="2023-10-20", location="Bắc Giang")
