from lib import *
T = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Cổng Thông tin điện tử

Năm 2023: Tuyển sinh giáo dục nghề nghiệp vượt kế hoạch, gần 2,1 triệu người tốt nghiệp
Ngày đăng: 28/12/2023

Chiều 27/12, tại Hà Nội, Tổng cục Giáo dục nghề nghiệp tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.

Theo báo cáo, năm 2023 cả nước tuyển sinh được khoảng 2,32 triệu người, đạt 101,3% kế hoạch, trong đó trình độ cao đẳng, trung cấp ước đạt 590 nghìn người. Số người tốt nghiệp gần 2,1 triệu người; tỷ lệ người học có việc làm ngay sau tốt nghiệp đạt từ 85% đến 90%, nhiều nghề đạt 100%.

Tính đến tháng 11/2023, cả nước có 1.889 cơ sở giáo dục nghề nghiệp, gồm 397 trường cao đẳng, 425 trường trung cấp và 1.067 trung tâm giáo dục nghề nghiệp. Tỷ lệ lao động qua đào tạo năm 2023 ước đạt 68%, trong đó có bằng cấp, chứng chỉ đạt 27,6% (mục tiêu năm 2025 là 30%).

Tổng kinh phí ngân sách nhà nước chi cho giáo dục nghề nghiệp năm 2023 khoảng 11,5 nghìn tỷ đồng, giảm 3,2% so với năm 2022. Kinh phí hỗ trợ đào tạo trình độ sơ cấp, đào tạo dưới 3 tháng bố trí qua các chương trình mục tiêu quốc gia đạt 1.350 tỷ đồng.

Tại Kỳ thi tay nghề ASEAN lần thứ 13 tổ chức ở Singapore, đoàn Việt Nam giành 7 huy chương vàng, 2 huy chương bạc, 5 huy chương đồng và 4 chứng chỉ kỹ năng xuất sắc, xếp thứ 2 toàn đoàn.

Năm 2024, ngành phấn đấu tuyển sinh 2,4 triệu người; tỷ lệ lao động qua đào tạo đạt 69-70%, trong đó có bằng cấp, chứng chỉ đạt 28-28,5%. Tổng cục tiếp tục triển khai Quyết định số 2239/QĐ-TTg ngày 30/12/2021 phê duyệt Chiến lược phát triển giáo dục nghề nghiệp giai đoạn 2021-2030, tầm nhìn đến năm 2045, và Chương trình chuyển đổi số trong giáo dục nghề nghiệp.

Thông tin liên hệ: Văn phòng Tổng cục, số 37B Nguyễn Bỉnh Khiêm, Hà Nội; điện thoại 024.3974.0333.
"""
y = lambda inh=False: P("năm 2023", "2023-01-01", "2023-12-31", inh)
figs = [
 F("gần 2,1 triệu người tốt", "2,1", 2100000, "count", "người", "người tốt nghiệp", approx="nearly", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
 F("khoảng 2,32 triệu", "2,32", 2320000, "count", "người", "người được tuyển sinh", approx="about", percent=101.3, period=y()),
 F("ước đạt 590 nghìn", "590", 590000, "count", "người", "người được tuyển sinh trình độ cao đẳng, trung cấp", total=2320000, status="estimate", period=y()),
 F("nghiệp gần 2,1 triệu người;", "2,1", 2100000, "count", "người", "người tốt nghiệp", approx="nearly", period=y(True)),
 F("từ 85% đến 90%", "85", 85, "percent", "%", "tỷ lệ người học có việc làm ngay sau tốt nghiệp", value_max=90, period=y(True)),
 F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ người học có việc làm ngay sau tốt nghiệp nhiều nghề", period=y(True)),
 F("có 1.889 cơ sở", "1.889", 1889, "count", "cơ sở giáo dục nghề nghiệp", "cơ sở giáo dục nghề nghiệp", period=P("Tính đến tháng 11/2023", None, "2023-11-30")),
 F("gồm 397 trường", "397", 397, "count", "trường cao đẳng", "trường cao đẳng", total=1889, period=P("Tính đến tháng 11/2023", None, "2023-11-30")),
 F("425 trường trung cấp", "425", 425, "count", "trường trung cấp", "trường trung cấp", total=1889, period=P("Tính đến tháng 11/2023", None, "2023-11-30")),
 F("1.067 trung tâm", "1.067", 1067, "count", "trung tâm giáo dục nghề nghiệp", "trung tâm giáo dục nghề nghiệp", total=1889,
   period=P("Tính đến tháng 11/2023", None, "2023-11-30")),
 F("ước đạt 68%", "68", 68, "percent", "%", "tỷ lệ lao động qua đào tạo", status="estimate", period=y()),
 F("đạt 27,6%", "27,6", 27.6, "percent", "%", "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", total=68, status="estimate",
   target={"value": 30, "unit": "%", "met": False}, period=y()),
 F("khoảng 11,5 nghìn tỷ", "11,5", 11500000000000, "money", "đồng", "tổng kinh phí ngân sách nhà nước chi cho giáo dục nghề nghiệp", approx="about",
   change={"direction": "decrease", "value": 3.2, "unit": "%", "baseline": "năm 2022"}, period=y()),
 F("đạt 1.350 tỷ đồng", "1.350", 1350000000000, "money", "đồng", "kinh phí hỗ trợ đào tạo trình độ sơ cấp, đào tạo dưới 3 tháng", period=y(True)),
 F("đào tạo dưới 3 tháng bố trí", "3", 3, "measure", "tháng", "thời gian đào tạo", approx="under", optional=True),
 F("giành 7 huy chương vàng", "7", 7, "count", "huy chương vàng", "huy chương vàng đoàn Việt Nam giành được"),
 F("2 huy chương bạc", "2", 2, "count", "huy chương bạc", "huy chương bạc đoàn Việt Nam giành được"),
 F("5 huy chương đồng", "5", 5, "count", "huy chương đồng", "huy chương đồng đoàn Việt Nam giành được"),
 F("4 chứng chỉ kỹ năng xuất sắc", "4", 4, "count", "chứng chỉ kỹ năng xuất sắc", "chứng chỉ kỹ năng xuất sắc đoàn Việt Nam giành được"),
 F("xếp thứ 2 toàn đoàn", "2", 2, "rank", "hạng", "xếp hạng toàn đoàn tại Kỳ thi tay nghề ASEAN"),
 F("tuyển sinh 2,4 triệu", "2,4", 2400000, "count", "người", "người được tuyển sinh", status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
 F("đạt 69-70%", "69", 69, "percent", "%", "tỷ lệ lao động qua đào tạo", value_max=70, status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
 F("đạt 28-28,5%", "28", 28, "percent", "%", "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", value_max=28.5, status="target",
   period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]
write(4, T, figs, [
 "Ministry site (Bộ LĐ-TB&XH), 'Ngày đăng: 28/12/2023' without time. National vocational-training results 2023; location Việt Nam throughout.",
 "The venue 'tại Hà Nội' and the competition host 'ở Singapore' are not places of the figures. 'lần thứ 13' (edition) is not a figure.",
 "'gần 2,1 triệu' occurs in the headline (its own 'Năm 2023') and in the body (period inherited from the previous sentence).",
 "'khoảng 2,32 triệu … đạt 101,3% kế hoạch, trong đó … ước đạt 590 nghìn' -> percent 101.3; 590 nghìn total 2,32 triệu, estimate.",
 "'ước đạt 68%, trong đó … 27,6% (mục tiêu năm 2025 là 30%)' -> total 68 (as shared h08), target 30 not met, estimate continues.",
 "'giảm 3,2% so với năm 2022' change of the 11,5 nghìn tỷ. Medal counts are counts; 'xếp thứ 2 toàn đoàn' rank. 2024 targets with ranges (value_max).",
 "'dưới 3 tháng' course-length category optional. Distractors: Chiều 27/12, Quyết định số 2239/QĐ-TTg ngày 30/12/2021, giai đoạn 2021-2030, năm 2045,",
 "address số 37B Nguyễn Bỉnh Khiêm, phone 024.3974.0333.",
], published="2023-12-28", location="Việt Nam")
