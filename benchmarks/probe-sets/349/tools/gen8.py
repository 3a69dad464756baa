from lib import F, P, I, CH, emit

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT THÀNH PHỐ CẦN THƠ
Địa chỉ: số 400 đường Nguyễn Văn Cừ, phường An Khánh, quận Ninh Kiều | ĐT: 0292.3820.512
Trang chủ › Tin hoạt động › Phòng chống bệnh không lây nhiễm

Cần Thơ đẩy mạnh xây dựng trường học không khói thuốc

Thực hiện Kế hoạch số 87/KH-UBND của UBND thành phố, tính đến 30/9/2024, toàn thành phố có 412/436 trường học đạt tiêu chí "Trường học không khói thuốc", đạt 94,5%, cao hơn 6,1 điểm phần trăm so với cùng thời điểm năm 2023. Trong đó, quận Ninh Kiều 71/71 trường, quận Cái Răng 38/40 trường, huyện Phong Điền 35/39 trường.

Kết quả khảo sát nhanh 2.150 học sinh tại 18 trường trung học trong quý II/2024 cho thấy 4,7% học sinh hiện đang hút thuốc lá điếu và 6,2% sử dụng thuốc lá điện tử. Tỷ lệ sử dụng thuốc lá điện tử ở học sinh nam là 8,9%, ở học sinh nữ là 3,6%.

Từ đầu năm đến nay, Trung tâm đã phối hợp với Sở Giáo dục và Đào tạo tổ chức 64 buổi truyền thông tại trường học với trên 12.000 học sinh tham gia; tập huấn cho 320 cán bộ y tế trường học, giáo viên chủ nhiệm. Ngân sách thành phố bố trí 650 triệu đồng, Quỹ Phòng, chống tác hại của thuốc lá hỗ trợ thêm 420 triệu đồng.

Đoàn liên ngành đã kiểm tra 236 cơ sở kinh doanh xung quanh cổng trường, trong đó phát hiện 41 cơ sở bán thuốc lá trong phạm vi 100 mét tính từ cổng trường (chiếm 17,4%); xử phạt 29 cơ sở với số tiền 87,5 triệu đồng.

Mục tiêu đến năm 2025, 100% trường học trên địa bàn thành phố đạt tiêu chí không khói thuốc; giảm tỷ lệ học sinh sử dụng thuốc lá điện tử xuống dưới 3%.

Tin liên quan:
- Hưởng ứng Tuần lễ Quốc gia không thuốc lá 25-31/5
- Tập huấn phòng, chống tác hại của thuốc lá năm 2024

Số lượt xem: 2.034
"""

T = P("tính đến 30/9/2024", None, "2024-09-30")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
YD = P("Từ đầu năm đến nay", "2024-01-01", None)
T25 = P("đến năm 2025", None, "2025-12-31")
S = "trường học đạt tiêu chí Trường học không khói thuốc"

FIGS = [
    F("có 412/436 trường", "412", 412, "count", "trường học", S, T, total=436, percent=94.5,
      change=CH("increase", 6.1, "điểm phần trăm", "cùng thời điểm năm 2023")),
    F("Ninh Kiều 71/71 trường", "71", 71, "count", "trường", S, I(T), total=71, location="Ninh Kiều"),
    F("Cái Răng 38/40 trường", "38", 38, "count", "trường", S, I(T), total=40, location="Cái Răng"),
    F("Phong Điền 35/39 trường", "35", 35, "count", "trường", S, I(T), total=39, location="Phong Điền"),
    F("nhanh 2.150 học sinh", "2.150", 2150, "count", "học sinh", "học sinh được khảo sát nhanh", Q2),
    F("tại 18 trường", "18", 18, "count", "trường", "trường trung học được khảo sát", Q2),
    F("cho thấy 4,7%", "4,7", 4.7, "percent", "%", "học sinh hiện đang hút thuốc lá điếu", Q2),
    F("và 6,2%", "6,2", 6.2, "percent", "%", "học sinh sử dụng thuốc lá điện tử", Q2),
    F("nam là 8,9%", "8,9", 8.9, "percent", "%", "tỷ lệ sử dụng thuốc lá điện tử ở học sinh nam", I(Q2)),
    F("nữ là 3,6%", "3,6", 3.6, "percent", "%", "tỷ lệ sử dụng thuốc lá điện tử ở học sinh nữ", I(Q2)),
    F("tổ chức 64 buổi", "64", 64, "count", "buổi", "buổi truyền thông tại trường học", YD),
    F("trên 12.000 học sinh", "12.000", 12000, "count", "học sinh", "học sinh tham gia truyền thông", YD, approx="over"),
    F("cho 320 cán bộ", "320", 320, "count", "cán bộ y tế trường học, giáo viên chủ nhiệm",
      "cán bộ y tế trường học, giáo viên chủ nhiệm được tập huấn", YD),
    F("bố trí 650 triệu đồng", "650", 650e6, "money", "đồng", "ngân sách thành phố bố trí", I(YD)),
    F("thêm 420 triệu đồng", "420", 420e6, "money", "đồng", "Quỹ Phòng, chống tác hại của thuốc lá hỗ trợ", I(YD)),
    F("kiểm tra 236 cơ sở", "236", 236, "count", "cơ sở", "cơ sở kinh doanh xung quanh cổng trường được kiểm tra", I(YD)),
    F("phát hiện 41 cơ sở", "41", 41, "count", "cơ sở", "cơ sở bán thuốc lá trong phạm vi 100 mét tính từ cổng trường",
      I(YD), total=236, percent=17.4),
    F("phạm vi 100 mét", "100", 100, "measure", "mét", approx="under", optional=True),
    F("xử phạt 29 cơ sở", "29", 29, "count", "cơ sở", "cơ sở bị xử phạt", I(YD)),
    F("tiền 87,5 triệu đồng", "87,5", 87.5e6, "money", "đồng", "số tiền xử phạt", I(YD)),
    F("2025, 100% trường", "100", 100, "percent", "%", "trường học đạt tiêu chí không khói thuốc", T25, status="target"),
    F("dưới 3%", "3", 3, "percent", "%", "tỷ lệ học sinh sử dụng thuốc lá điện tử", T25, approx="under", status="target"),
]

COMMENTS = [
    "Department site (Trung tâm Kiểm soát bệnh tật TP Cần Thơ): smoke-free schools, a student survey, communication, inspections near school gates.",
    "No dateline (published absent). Distractors: address 'số 400 đường Nguyễn Văn Cừ', phone 0292.3820.512, 'Kế hoạch số 87/KH-UBND',",
    "related-news menu ('25-31/5', 'năm 2024'), 'Số lượt xem: 2.034' (page furniture).",
    "'412/436 trường học …, đạt 94,5%, cao hơn 6,1 điểm phần trăm so với cùng thời điểm năm 2023': total 436, percent 94,5, change.",
    "'Trong đó, quận Ninh Kiều 71/71 trường, …': each district's a/b gives its own total; districts go to location.",
    "'Từ đầu năm đến nay' with no dateline: start 2024-01-01 (year from 'tính đến 30/9/2024'), end null (FIGURES.md: published, else null).",
    "'kiểm tra 236 cơ sở …, trong đó phát hiện 41 cơ sở … (chiếm 17,4%)': total 236, percent 17,4. 'xử phạt 29 cơ sở' has no cue: no total.",
    "'trong phạm vi 100 mét' is the legal distance: optional. 'Mục tiêu đến năm 2025': targets.",
]

emit("p349-8", TEXT, COMMENTS, FIGS, location="Cần Thơ")
