from lib import Doc, P, C, T

TEXT = """Công bố Chỉ số Đổi mới sáng tạo cấp địa phương năm 2024: Hà Nội tiếp tục dẫn đầu

Bộ Khoa học và Công nghệ vừa công bố kết quả Chỉ số Đổi mới sáng tạo cấp địa phương (PII) năm 2024 của 63 tỉnh, thành phố. Bộ chỉ số được xây dựng theo Quyết định số 1386/QĐ-BKHCN, gồm 7 trụ cột với 52 chỉ số thành phần.

Hà Nội tiếp tục đứng đầu với 60,84 điểm, tiếp theo là TP Hồ Chí Minh (57,43 điểm), Bắc Ninh (49,91 điểm), Hải Phòng (48,12 điểm) và Bình Dương (47,36 điểm). Đáng chú ý, Hải Phòng tăng 4 bậc so với năm 2023, lên vị trí thứ 4. Ở nhóm cuối bảng, điểm số của các địa phương dao động từ 24,5 đến 28,3 điểm.

Điểm PII trung bình cả nước năm 2024 đạt 34,96 điểm, tăng 1,08 điểm so với năm 2023; có 24/63 địa phương đạt điểm cao hơn mức trung bình. Khoảng cách giữa địa phương cao nhất và thấp nhất là 36,34 điểm. Trong các trụ cột, Vốn con người và nghiên cứu phát triển có điểm trung bình thấp nhất (21,7 điểm), còn Trình độ phát triển của kinh doanh cao nhất (41,2 điểm).

Theo báo cáo, năm 2023 cả nước có khoảng 4.000 doanh nghiệp khởi nghiệp sáng tạo và hơn 80 cơ sở ươm tạo; tổng vốn đầu tư cho khởi nghiệp sáng tạo đạt khoảng 529 triệu USD, giảm 61% so với năm 2022.

Ở tầm quốc tế, Chỉ số Đổi mới sáng tạo toàn cầu (GII) năm 2024 của WIPO xếp Việt Nam thứ 44/133 quốc gia, nền kinh tế, tăng 2 bậc so với năm trước. Mục tiêu đến năm 2030, Việt Nam thuộc nhóm 40 quốc gia dẫn đầu về GII, chi cho nghiên cứu và phát triển đạt 2% GDP.

Thu Hà
12/9/2024
"""

d = Doc("p316-8", TEXT, [
    "National news item (no site header), Provincial Innovation Index PII 2024; bare date '12/9/2024' at the end after the byline.",
    "Distractors: 'Quyết định số 1386/QĐ-BKHCN', the end date line. Structure counts '63 tỉnh, thành phố', '7 trụ cột', '52 chỉ số thành",
    "  phần' and the label 'nhóm 40 quốc gia' are optional.",
    "Province list shares the indicator 'PII' (điểm, measure); places -> location; period inherited from the lead's 'năm 2024'.",
    "'Hải Phòng tăng 4 bậc so với năm 2023, lên vị trí thứ 4': a rank 4 with change +4 bậc (change before its figure).",
    "'dao động từ 24,5 đến 28,3 điểm' a summary range (national, not the last item's place). '24/63 địa phương' total 63, location Việt Nam.",
    "'34,96 điểm, tăng 1,08 điểm so với năm 2023' change in điểm. Startup figures of 2023; 'khoảng 529 triệu USD, giảm 61%' change.",
    "GII rank 44/133 with total 133 and change +2 bậc. 2030 targets: 2% GDP (status target, end 2030-12-31).",
], published="2024-09-12", location="Việt Nam")

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

d.f("của 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố được đánh giá PII", optional=True)
d.f("gồm 7 trụ cột", "7", 7, "count", "trụ cột", optional=True)
d.f("với 52 chỉ số", "52", 52, "count", "chỉ số thành phần", optional=True)
d.f("với 60,84 điểm", "60,84", 60.84, "measure", "điểm", "Chỉ số Đổi mới sáng tạo cấp địa phương (PII)", location="Hà Nội", period=Y24i)
d.f("(57,43 điểm)", "57,43", 57.43, "measure", "điểm", "Chỉ số Đổi mới sáng tạo cấp địa phương (PII)", location="TP Hồ Chí Minh", period=Y24i)
d.f("(49,91 điểm)", "49,91", 49.91, "measure", "điểm", "Chỉ số Đổi mới sáng tạo cấp địa phương (PII)", location="Bắc Ninh", period=Y24i)
d.f("(48,12 điểm)", "48,12", 48.12, "measure", "điểm", "Chỉ số Đổi mới sáng tạo cấp địa phương (PII)", location="Hải Phòng", period=Y24i)
d.f("(47,36 điểm)", "47,36", 47.36, "measure", "điểm", "Chỉ số Đổi mới sáng tạo cấp địa phương (PII)", location="Bình Dương", period=Y24i)
d.f("vị trí thứ 4", "4", 4, "rank", "hạng", "Chỉ số Đổi mới sáng tạo cấp địa phương (PII)", location="Hải Phòng",
    change=C("increase", 4, "bậc", "năm 2023"), period=Y24i)
d.f("từ 24,5 đến 28,3 điểm", "24,5", 24.5, "measure", "điểm", "điểm số của các địa phương nhóm cuối bảng", value_max=28.3, period=Y24i)
d.f("đạt 34,96 điểm", "34,96", 34.96, "measure", "điểm", "Điểm PII trung bình cả nước",
    change=C("increase", 1.08, "điểm", "năm 2023"), period=Y24)
d.f("có 24/63 địa phương", "24", 24, "count", "địa phương", "địa phương đạt điểm cao hơn mức trung bình", total=63, period=Y24)
d.f("là 36,34 điểm", "36,34", 36.34, "measure", "điểm", "Khoảng cách giữa địa phương cao nhất và thấp nhất", period=Y24i)
d.f("(21,7 điểm)", "21,7", 21.7, "measure", "điểm", "trụ cột Vốn con người và nghiên cứu phát triển điểm trung bình", period=Y24i)
d.f("(41,2 điểm)", "41,2", 41.2, "measure", "điểm", "trụ cột Trình độ phát triển của kinh doanh điểm trung bình", period=Y24i)
d.f("khoảng 4.000 doanh nghiệp", "4.000", 4000, "count", "doanh nghiệp khởi nghiệp sáng tạo", "doanh nghiệp khởi nghiệp sáng tạo",
    approx="about", period=Y23)
d.f("hơn 80 cơ sở", "80", 80, "count", "cơ sở ươm tạo", "cơ sở ươm tạo", approx="over", period=Y23)
d.f("khoảng 529 triệu USD", "529", 529e6, "money", "USD", "tổng vốn đầu tư cho khởi nghiệp sáng tạo", approx="about",
    change=C("decrease", 61, "%", "năm 2022"), period=Y23)
d.f("thứ 44/133", "44", 44, "rank", "hạng", "Chỉ số Đổi mới sáng tạo toàn cầu (GII)", total=133,
    change=C("increase", 2, "bậc", "năm trước"), period=Y24)
d.f("nhóm 40 quốc gia", "40", 40, "count", "quốc gia", optional=True)
d.f("đạt 2% GDP", "2", 2, "percent", "%", "chi cho nghiên cứu và phát triển", status="target", period=T30)
d.write()
