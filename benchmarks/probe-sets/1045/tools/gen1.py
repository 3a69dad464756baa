from lib import P, I, C, T, F, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Dân số

Hưng Yên: Tỷ số giới tính khi sinh giảm còn 115,2 bé trai/100 bé gái

Cập nhật: 18/07/2024 09:45 | Lượt xem: 1.236

Theo báo cáo của Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Hưng Yên, 6 tháng đầu năm 2024, toàn tỉnh có 8.642 trẻ được sinh ra, giảm 312 trẻ so với cùng kỳ năm 2023; trong đó có 4.626 bé trai và 4.016 bé gái. Tỷ số giới tính khi sinh ở mức 115,2 bé trai/100 bé gái, giảm 1,4 điểm so với cùng kỳ nhưng vẫn cao hơn nhiều so với mức sinh học tự nhiên (từ 103 đến 107 bé trai/100 bé gái).

Tỷ lệ sinh con thứ 3 trở lên chiếm 14,6% tổng số trẻ sinh ra, tăng 0,8 điểm phần trăm so với cùng kỳ. Các huyện có tỷ số giới tính khi sinh cao là Khoái Châu (121,4), Văn Giang (119,8) và Ân Thi (118,5).

Công tác sàng lọc trước sinh và sơ sinh tiếp tục được đẩy mạnh. Từ đầu năm đến nay, toàn tỉnh đã sàng lọc trước sinh cho 6.215 bà mẹ mang thai, đạt 71,9%; sàng lọc sơ sinh cho 7.380 trẻ, đạt 85,4% (chỉ tiêu năm 2024 là 90%).

Tính đến 30/6/2024, toàn tỉnh có 1.986 cộng tác viên dân số hoạt động tại 139 xã, phường, thị trấn. Mức thù lao bình quân của cộng tác viên là 150.000 đồng/người/tháng. Cũng trong 6 tháng đầu năm, Thanh tra Sở Y tế đã kiểm tra 48 cơ sở y tế tư nhân có dịch vụ siêu âm, phát hiện 3 cơ sở vi phạm quy định tại Nghị định số 117/2020/NĐ-CP, xử phạt tổng số tiền 45 triệu đồng.

Năm 2024, tỉnh phấn đấu đưa tỷ số giới tính khi sinh xuống dưới 114 bé trai/100 bé gái và tỷ lệ phụ nữ mang thai được sàng lọc trước sinh đạt 80%.

Cổng thông tin điện tử tỉnh Hưng Yên - Số 10 đường Chùa Chuông, TP Hưng Yên - ĐT: 0221.3862.599
"""

SRB = "bé trai/100 bé gái"
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-18")
ASOF = P("Tính đến 30/6/2024", None, "2024-06-30")
H1b = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("giảm còn 115,2 bé trai", "115,2", 115.2, "measure", SRB, "tỷ số giới tính khi sinh"),
    F("có 8.642 trẻ", "8.642", 8642, "count", "trẻ", "trẻ được sinh ra", H1,
      change=C("-", 312, "trẻ", "cùng kỳ năm 2023")),
    F("có 4.626 bé trai", "4.626", 4626, "count", "bé trai", "bé trai được sinh ra", H1, total=8642),
    F("và 4.016 bé gái", "4.016", 4016, "count", "bé gái", "bé gái được sinh ra", H1, total=8642),
    F("ở mức 115,2 bé trai", "115,2", 115.2, "measure", SRB, "tỷ số giới tính khi sinh", I(H1),
      change=C("-", 1.4, "điểm", "cùng kỳ")),
    F("từ 103 đến 107", "103", 103, "measure", SRB, "mức sinh học tự nhiên của tỷ số giới tính khi sinh",
      value_max=107, optional=True),
    F("chiếm 14,6%", "14,6", 14.6, "percent", "%", "tỷ lệ sinh con thứ 3 trở lên", I(H1),
      change=C("+", 0.8, "điểm phần trăm", "cùng kỳ")),
    F("Khoái Châu (121,4)", "121,4", 121.4, "measure", SRB, "tỷ số giới tính khi sinh", I(H1), location="Khoái Châu"),
    F("Văn Giang (119,8)", "119,8", 119.8, "measure", SRB, "tỷ số giới tính khi sinh", I(H1), location="Văn Giang"),
    F("Ân Thi (118,5)", "118,5", 118.5, "measure", SRB, "tỷ số giới tính khi sinh", I(H1), location="Ân Thi"),
    F("cho 6.215 bà mẹ", "6.215", 6215, "count", "bà mẹ mang thai", "bà mẹ mang thai được sàng lọc trước sinh", YTD,
      percent=71.9),
    F("cho 7.380 trẻ", "7.380", 7380, "count", "trẻ", "trẻ được sàng lọc sơ sinh", YTD,
      percent=85.4, target=T(90, "%", False)),
    F("có 1.986 cộng tác viên", "1.986", 1986, "count", "cộng tác viên dân số", "cộng tác viên dân số", ASOF),
    F("tại 139 xã", "139", 139, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có cộng tác viên dân số", ASOF),
    F("là 150.000 đồng", "150.000", 150000, "money", "đồng/người/tháng", "mức thù lao bình quân của cộng tác viên", I(ASOF)),
    F("kiểm tra 48 cơ sở", "48", 48, "count", "cơ sở y tế tư nhân", "cơ sở y tế tư nhân có dịch vụ siêu âm được kiểm tra", H1b),
    F("phát hiện 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở vi phạm", H1b),
    F("tiền 45 triệu đồng", "45", 45e6, "money", "đồng", "tổng số tiền xử phạt", H1b),
    F("dưới 114 bé trai", "114", 114, "measure", SRB, "tỷ số giới tính khi sinh", Y24, approx="under", status="target"),
    F("đạt 80%", "80", 80, "percent", "%", "tỷ lệ phụ nữ mang thai được sàng lọc trước sinh", Y24, status="target"),
]

NOTES = [
    "Cổng TTĐT Hưng Yên: tỷ số giới tính khi sinh, sàng lọc trước sinh/sơ sinh, cộng tác viên dân số, 6 tháng đầu năm 2024.",
    "Not figures: Lượt xem 1.236, 'thứ 3' (birth order), Nghị định số 117/2020/NĐ-CP, Số 10 đường Chùa Chuông, ĐT 0221.3862.599.",
    "Headline figure has no period phrase (none given). Natural range 103-107 is a reference band: optional.",
    "'giảm 312 trẻ', 'giảm 1,4 điểm', 'tăng 0,8 điểm phần trăm' are changes; 'đạt 71,9%/85,4%' percent attributes; chỉ tiêu 90% target.",
    "Bracketed district list shares the indicator 'tỷ số giới tính khi sinh' (unit bé trai/100 bé gái); districts are locations.",
]

write("p1045-1", TEXT, NOTES, FIGS, published="2024-07-18", location="Hưng Yên")
