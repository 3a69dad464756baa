from lib import F, P, C, T, emit

text = """Giáo dục
Thứ tư, 21/8/2024, 16:30 (GMT+7)
Hơn 26.000 chỗ học trung cấp chờ học sinh lớp 9 không đỗ lớp 10

Năm nay, TP Hồ Chí Minh có khoảng 114.000 học sinh tốt nghiệp THCS, trong khi tổng chỉ tiêu tuyển sinh lớp 10 công lập là 81.000 học sinh, tức khoảng 33.000 em phải chọn trường tư thục, giáo dục thường xuyên hoặc học nghề.

Theo Sở Lao động - Thương binh và Xã hội, năm 2024 các trường trung cấp, cao đẳng trên địa bàn thành phố dành 26.500 chỉ tiêu tuyển học sinh tốt nghiệp THCS, tăng 1.500 chỉ tiêu so với năm 2023. Học sinh tốt nghiệp THCS học trung cấp được miễn 100% học phí theo Nghị định 81/2021/NĐ-CP; ngoài ra, nhiều trường hỗ trợ thêm từ 1 đến 2 triệu đồng mỗi học kỳ.

Ông Phạm Quốc Hùng, Phó hiệu trưởng một trường trung cấp ở thành phố Thủ Đức, cho biết năm nay trường đã tuyển được 1.200 học sinh hệ 9+, trong đó ngành điện công nghiệp và công nghệ ô tô chiếm gần 45%. "Sau 3 năm, các em vừa có bằng trung cấp nghề vừa hoàn thành chương trình văn hóa, có thể học liên thông lên cao đẳng", ông nói.

Theo Bộ Giáo dục và Đào tạo, năm 2023 tỷ lệ học sinh sau THCS đi học nghề của cả nước chỉ đạt khoảng 14%, thấp xa so với mục tiêu 30% vào năm 2025 theo Quyết định 522/QĐ-TTg. Tại TP Hồ Chí Minh, tỷ lệ này khoảng 20%.

Chuyên gia giáo dục, TS Lê Viết Khuyến cho rằng tâm lý chuộng bằng cấp khiến nhiều phụ huynh chưa mặn mà với trường nghề, dù mức lương khởi điểm của thợ lành nghề hiện từ 8 đến 10 triệu đồng một tháng, cao hơn nhiều cử nhân mới ra trường.

Lệ Nguyễn
"""

N = P("Năm nay", "2024-01-01", "2024-12-31")
figs = [
    F("Hơn 26.000 chỗ", "26.000", 26000, "count", "chỗ học trung cấp", "chỗ học trung cấp chờ học sinh lớp 9 không đỗ lớp 10",
      approx="over"),
    F("khoảng 114.000 học sinh", "114.000", 114000, "count", "học sinh", "học sinh tốt nghiệp THCS", N, approx="about"),
    F("là 81.000 học sinh", "81.000", 81000, "count", "học sinh", "tổng chỉ tiêu tuyển sinh lớp 10 công lập", N, status="target"),
    F("khoảng 33.000 em", "33.000", 33000, "count", "em", "học sinh phải chọn trường tư thục, giáo dục thường xuyên hoặc học nghề",
      N, approx="about"),
    F("dành 26.500 chỉ tiêu", "26.500", 26500, "count", "chỉ tiêu", "chỉ tiêu tuyển học sinh tốt nghiệp THCS của các trường trung cấp, cao đẳng",
      P("năm 2024", "2024-01-01", "2024-12-31"), change=C("increase", 1500, "chỉ tiêu", "năm 2023"), status="target"),
    F("miễn 100% học phí", "100", 100, "percent", "%", "học phí được miễn cho học sinh tốt nghiệp THCS học trung cấp"),
    F("từ 1 đến 2 triệu", "1", 1e6, "money", "đồng/học kỳ", "hỗ trợ thêm mỗi học kỳ", value_max=2e6),
    F("được 1.200 học sinh", "1.200", 1200, "count", "học sinh", "học sinh hệ 9+ trường tuyển được",
      P("năm nay", "2024-01-01", "2024-12-31"), location="Thủ Đức"),
    F("chiếm gần 45%", "45", 45, "percent", "%", "ngành điện công nghiệp và công nghệ ô tô trong số học sinh tuyển được",
      P("năm nay", "2024-01-01", "2024-12-31"), approx="nearly", location="Thủ Đức"),
    F("Sau 3 năm", "3", 3, "count", "năm", optional=True),
    F("khoảng 14%", "14", 14, "percent", "%", "tỷ lệ học sinh sau THCS đi học nghề", P("năm 2023", "2023-01-01", "2023-12-31"),
      approx="about", target=T(30, "%", False), location="Việt Nam"),
    F("khoảng 20%", "20", 20, "percent", "%", "tỷ lệ học sinh sau THCS đi học nghề",
      P("năm 2023", "2023-01-01", "2023-12-31", inh=True), approx="about"),
    F("từ 8 đến 10 triệu", "8", 8e6, "money", "đồng/tháng", "mức lương khởi điểm của thợ lành nghề", value_max=10e6),
]

emit("p414-7", text, [
    "National press (VnExpress style, section 'Giáo dục'): TP Hồ Chí Minh, học sinh sau THCS vào trung cấp. Dateline 'Thứ tư, 21/8/2024, 16:30 (GMT+7)', byline at the end.",
    "Distractors: 'lớp 9', 'lớp 10' (grades), 'hệ 9+' (programme name), 'Nghị định 81/2021/NĐ-CP', 'Quyết định 522/QĐ-TTg', '(GMT+7)', 'thành phố Thủ Đức'",
    "(not a distractor after review: the school's figures describe a school in Thủ Đức, so their location is Thủ Đức), 'TS' title.",
    "revised after the first run: 1.200 học sinh and gần 45% had location TP Hồ Chí Minh; FIGURES.md gives the city/district the figure describes: Thủ Đức.",
    "'Năm nay' takes the dateline's year (2024). 'tổng chỉ tiêu tuyển sinh … là 81.000' and '26.500 chỉ tiêu' are admission quotas: status target;",
    "'tăng 1.500 chỉ tiêu so với năm 2023' is the change of 26.500. 'trong đó … chiếm gần 45%' has no count for the part: a percent figure (nearly).",
    "National 14% (cả nước → Việt Nam) with 'thấp xa so với mục tiêu 30%' as its target (not met); the city's 20% inherits năm 2023.",
    "'Sau 3 năm' (course length) optional. Money ranges: 'từ 1 đến 2 triệu đồng mỗi học kỳ', 'từ 8 đến 10 triệu đồng một tháng'.",
], figs, published="2024-08-21", location="TP Hồ Chí Minh")
