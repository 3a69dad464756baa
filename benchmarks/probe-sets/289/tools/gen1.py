from lib import *
T = """Cổng Thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức > Lao động - Việc làm

Thanh Hóa: 9 tháng năm 2024 tuyển sinh, đào tạo nghề cho hơn 62 nghìn người
Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.316

Theo báo cáo của Sở Lao động - Thương binh và Xã hội, 9 tháng năm 2024, các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh đã tuyển sinh, đào tạo 62.480 người, đạt 76,2% kế hoạch năm, tăng 5,3% so với cùng kỳ năm 2023. Trong đó, trình độ cao đẳng 5.120 người, trung cấp 9.870 người, sơ cấp và đào tạo dưới 3 tháng 47.490 người.

Một số địa phương có số người học nghề cao là Quảng Xương 4.215 người, Hoằng Hóa 3.980 người, Thọ Xuân 3.652 người; thấp nhất là huyện Mường Lát với 312 người.

Số học sinh, sinh viên tốt nghiệp là 51.236 người; trong đó 43.812 người có việc làm ngay sau khi tốt nghiệp, chiếm 85,5%. Tính đến hết tháng 9/2024, tỷ lệ lao động qua đào tạo ước đạt 72,5%, trong đó có bằng cấp, chứng chỉ đạt 30,8% (chỉ tiêu năm 2024 là 31%).

Riêng đào tạo nghề cho lao động nông thôn theo Quyết định số 1423/QĐ-UBND ngày 20/4/2022 của UBND tỉnh, từ đầu năm đến nay toàn tỉnh đã mở 286 lớp cho gần 8.600 lao động, với tổng kinh phí khoảng 12,4 tỷ đồng.

Toàn tỉnh hiện có 118 cơ sở giáo dục nghề nghiệp, gồm 20 trường cao đẳng, 18 trường trung cấp và 80 trung tâm, cơ sở khác. Năm 2024, tỉnh phấn đấu tuyển sinh, đào tạo 82.000 người; tỷ lệ lao động qua đào tạo đạt 73%.

Người lao động có nhu cầu học nghề, tìm việc làm liên hệ Trung tâm Dịch vụ việc làm tỉnh, số 16 đường Lê Lợi, phường Điện Biên, TP Thanh Hóa; điện thoại 0237.3852.444.

Lê Hà (tổng hợp)
"""
p9 = lambda inh=False: P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh)
figs = [
 F("hơn 62 nghìn người", "62", 62000, "count", "người", "người được tuyển sinh, đào tạo nghề", approx="over", period=p9()),
 F("đào tạo 62.480 người", "62.480", 62480, "count", "người", "người được tuyển sinh, đào tạo", percent=76.2,
   change={"direction": "increase", "value": 5.3, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=p9()),
 F("cao đẳng 5.120 người", "5.120", 5120, "count", "người", "người được tuyển sinh trình độ cao đẳng", total=62480, period=p9(True)),
 F("trung cấp 9.870 người", "9.870", 9870, "count", "người", "người được tuyển sinh trình độ trung cấp", total=62480, period=p9(True)),
 F("3 tháng 47.490 người", "47.490", 47490, "count", "người", "người được tuyển sinh sơ cấp và đào tạo dưới 3 tháng", total=62480, period=p9(True)),
 F("Quảng Xương 4.215 người", "4.215", 4215, "count", "người", "số người học nghề", location="Quảng Xương", period=p9(True)),
 F("Hoằng Hóa 3.980 người", "3.980", 3980, "count", "người", "số người học nghề", location="Hoằng Hóa", period=p9(True)),
 F("Thọ Xuân 3.652 người", "3.652", 3652, "count", "người", "số người học nghề", location="Thọ Xuân", period=p9(True)),
 F("với 312 người", "312", 312, "count", "người", "số người học nghề thấp nhất", location="Mường Lát", period=p9(True)),
 F("là 51.236 người", "51.236", 51236, "count", "người", "học sinh, sinh viên tốt nghiệp", period=p9(True)),
 F("đó 43.812 người", "43.812", 43812, "count", "người", "người có việc làm ngay sau khi tốt nghiệp", total=51236, percent=85.5, period=p9(True)),
 F("ước đạt 72,5%", "72,5", 72.5, "percent", "%", "tỷ lệ lao động qua đào tạo", status="estimate",
   period=P("Tính đến hết tháng 9/2024", None, "2024-09-30")),
 F("đạt 30,8%", "30,8", 30.8, "percent", "%", "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", total=72.5, status="estimate",
   target={"value": 31, "unit": "%", "met": False}, period=P("Tính đến hết tháng 9/2024", None, "2024-09-30")),
 F("mở 286 lớp", "286", 286, "count", "lớp", "lớp đào tạo nghề cho lao động nông thôn", period=P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")),
 F("gần 8.600 lao động", "8.600", 8600, "count", "lao động", "lao động nông thôn được đào tạo nghề", approx="nearly",
   period=P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")),
 F("khoảng 12,4 tỷ đồng", "12,4", 12400000000, "money", "đồng", "tổng kinh phí đào tạo nghề cho lao động nông thôn", approx="about",
   period=P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")),
 F("đào tạo dưới 3 tháng 47", "3", 3, "measure", "tháng", "thời gian đào tạo", approx="under", optional=True),
 F("có 118 cơ sở", "118", 118, "count", "cơ sở giáo dục nghề nghiệp", "cơ sở giáo dục nghề nghiệp"),
 F("gồm 20 trường", "20", 20, "count", "trường cao đẳng", "trường cao đẳng", total=118),
 F("18 trường trung cấp", "18", 18, "count", "trường trung cấp", "trường trung cấp", total=118),
 F("và 80 trung tâm", "80", 80, "count", "trung tâm, cơ sở khác", "trung tâm, cơ sở khác", total=118),
 F("đào tạo 82.000 người", "82.000", 82000, "count", "người", "người được tuyển sinh, đào tạo", status="target",
   period=P("Năm 2024", "2024-01-01", "2024-12-31")),
 F("đạt 73%", "73", 73, "percent", "%", "tỷ lệ lao động qua đào tạo", status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]
write(1, T, figs, [
 "Cổng TTĐT tỉnh Thanh Hóa (provincial portal), 'Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.316'. Vocational enrolment 9 months 2024.",
 "Distractors: view counter, Quyết định số 1423/QĐ-UBND ngày 20/4/2022, address số 16 đường Lê Lợi, phone 0237.3852.444, 'dưới 3 tháng' (course-length category; optional).",
 "'đạt 76,2% kế hoạch năm' is the percent of 62.480; 'tăng 5,3% so với cùng kỳ năm 2023' its change. Trong đó parts total 62.480 (they add up).",
 "District list: location = district, subject = list indicator; period inherited from the first paragraph.",
 "'ước đạt 72,5%, trong đó … 30,8%': the trong đó part of a percent gets total 72.5 (as shared h08); ước governs the continuing clause (estimate).",
 "'từ đầu năm đến nay' = 2024-01-01 .. dateline. 118 cơ sở, 'gồm' parts total 118 (no period stated: 'hiện có').",
 "'phấn đấu' targets for Năm 2024.",
], published="2024-10-14", location="Thanh Hóa")
