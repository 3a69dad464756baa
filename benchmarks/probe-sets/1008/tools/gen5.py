from lib import F, P, I, C, T, write

TEXT = """BÁO KHÁNH HÒA
Xã hội - Đời sống

Giữ bình yên cho bãi biển Nha Trang

Mỗi ngày cao điểm mùa hè, bãi biển Nha Trang đón từ 25.000 đến 30.000 lượt người tắm biển. Để bảo đảm an toàn cho người dân và du khách, các thành viên Đội cứu hộ bãi biển Nha Trang luôn túc trực trên các chòi quan sát từ sáng sớm đến chiều tối.

Đội hiện có 42 thành viên, chia ca trực tại 14 chòi dọc gần 7 km bờ biển, từ bãi tắm Hòn Chồng đến khu vực cảng Cầu Đá. Mỗi ca trực kéo dài 12 tiếng. Anh Nguyễn Văn Ba, Đội trưởng, người có 15 năm gắn bó với nghề, cho biết nhiều nhất là các trường hợp bị dòng rút cuốn ra xa bờ, nhất là ở khu vực trước chòi số 7 gần công viên Phù Đổng.

Từ đầu năm đến nay, đội đã cứu 57 người gặp nạn, trong đó có 19 khách nước ngoài. Năm 2023, đội cứu 132 người; số người được cứu gấp gần 1,4 lần năm 2022.

Năm 2024, UBND TP Nha Trang bố trí 4,3 tỷ đồng cho hoạt động cứu hộ bãi biển, tăng 0,8 tỷ đồng so với năm 2023. Thu nhập của nhân viên cứu hộ khoảng 7-9 triệu đồng/tháng, tùy thâm niên. Theo anh Ba, mức thu nhập này chưa tương xứng với công việc vất vả, nguy hiểm nên nhiều người chỉ gắn bó 1-2 mùa rồi nghỉ.

Dự kiến trong tháng 7, thành phố sẽ tuyển thêm 10 nhân viên cứu hộ và lắp đặt 3 chòi quan sát mới tại khu vực Hòn Chồng và đường Phạm Văn Đồng. Đội cũng kiến nghị trang bị thêm 2 mô tô nước để tiếp cận nhanh người bị nạn ở xa bờ.

Ông Lê Văn Mười, Phó Chủ tịch UBND TP Nha Trang cho biết, thành phố đang xây dựng đề án nâng tổng số nhân viên cứu hộ lên 60 người vào năm 2025.

THANH HẢI
15/06/2024
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-15")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
JUL = P("trong tháng 7", "2024-07-01", "2024-07-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("từ 25.000 đến 30.000", "25.000", 25000, "count", "lượt người",
      "lượt người tắm biển mỗi ngày cao điểm", value_max=30000),
    F("có 42 thành viên", "42", 42, "count", "thành viên", "thành viên Đội cứu hộ bãi biển Nha Trang"),
    F("tại 14 chòi", "14", 14, "count", "chòi", "chòi trực cứu hộ"),
    F("gần 7 km", "7", 7, "measure", "km", "chiều dài bờ biển đội cứu hộ phụ trách", approx="nearly"),
    F("kéo dài 12 tiếng", "12", 12, "measure", "tiếng", "thời gian mỗi ca trực"),
    F("có 15 năm", "15", 15, "measure", "năm", "thâm niên gắn bó với nghề của đội trưởng", optional=True),
    F("cứu 57 người", "57", 57, "count", "người", "người gặp nạn được đội cứu", YTD),
    F("có 19 khách", "19", 19, "count", "khách nước ngoài", "khách nước ngoài được cứu", YTD, total=57),
    F("cứu 132 người", "132", 132, "count", "người", "người được đội cứu", Y23),
    F("gấp gần 1,4 lần", "1,4", 1.4, "multiple", "lần", "số người được cứu so với năm 2022", Y23,
      approx="nearly"),
    F("bố trí 4,3 tỷ đồng", "4,3", 4.3e9, "money", "đồng", "kinh phí cho hoạt động cứu hộ bãi biển", Y24,
      change=C("increase", 0.8e9, "đồng", "năm 2023")),
    F("khoảng 7-9 triệu", "7", 7e6, "money", "đồng/tháng", "thu nhập của nhân viên cứu hộ",
      value_max=9e6, approx="about"),
    F("gắn bó 1-2 mùa", "1", 1, "measure", "mùa", "thời gian gắn bó của nhiều nhân viên cứu hộ",
      value_max=2, optional=True),
    F("thêm 10 nhân viên", "10", 10, "count", "nhân viên cứu hộ", "nhân viên cứu hộ tuyển thêm", JUL,
      status="forecast"),
    F("đặt 3 chòi", "3", 3, "count", "chòi quan sát", "chòi quan sát lắp đặt mới", JUL, status="forecast"),
    F("thêm 2 mô tô nước", "2", 2, "count", "mô tô nước", "mô tô nước kiến nghị trang bị thêm", optional=True),
    F("lên 60 người", "60", 60, "count", "người", "tổng số nhân viên cứu hộ", Y25, status="target"),
]

NOTES = [
    "Báo Khánh Hòa (party/provincial paper), byline THANH HẢI and bare date 15/06/2024 at the end: Nha Trang beach lifeguard team.",
    "Location is the city Nha Trang (the article is about TP Nha Trang's team and budget). 'Từ đầu năm đến nay' ends at the bare date.",
    "'số người được cứu gấp gần 1,4 lần năm 2022' stands as its own clause with its own subject: a multiple figure (approx nearly), period Năm 2023.",
    "'tăng 0,8 tỷ đồng so với năm 2023' is the change of 4,3 tỷ (800 000 000 đồng). 'Dự kiến trong tháng 7' → forecast, July 2024.",
    "'đề án nâng tổng số ... lên 60 người vào năm 2025' → target. 'kiến nghị trang bị thêm 2 mô tô nước': a proposal, optional (a request, neither fact nor target).",
    "Optional: the team leader's '15 năm' experience and '1-2 mùa' (an anecdotal duration). 'Mỗi ca trực kéo dài 12 tiếng' is a measure (shift length) stated as a fact.",
    "Distractors: chòi số 7, Anh Nguyễn Văn Ba, Ông Lê Văn Mười, đường Phạm Văn Đồng, cảng Cầu Đá, the bare date.",
]

write(5, TEXT, FIGS, NOTES, published="2024-06-15", location="Nha Trang")
