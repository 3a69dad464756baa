from lib import F, P, C, T, build

text = """
Thời sự › Chính trị
Thứ hai, 6/1/2025, 14:20 (GMT+7)

Cấp khoảng 3,2 triệu thị thực điện tử trong năm 2024

Năm 2024, Cục Quản lý xuất nhập cảnh (Bộ Công an) đã cấp khoảng 3,2 triệu thị thực điện tử cho người nước ngoài, tăng 68% so với năm 2023, chiếm hơn 18% tổng số lượt người nước ngoài nhập cảnh.

Tổng số lượt người nước ngoài nhập cảnh Việt Nam năm qua đạt 17,58 triệu, tăng 39,5% so với năm trước và bằng 98% năm 2019 - thời điểm trước dịch. Các thị trường dẫn đầu gồm Hàn Quốc với 4,59 triệu lượt, Trung Quốc 3,74 triệu lượt, Đài Loan (Trung Quốc) 1,29 triệu lượt và Mỹ gần 0,89 triệu lượt.

Ở chiều ngược lại, người Việt Nam xuất cảnh đạt khoảng 6,1 triệu lượt, trong đó đi du lịch chiếm 72%. Thu phí, lệ phí xuất nhập cảnh trong năm nộp ngân sách nhà nước hơn 2,1 nghìn tỷ đồng.

Theo Nghị quyết số 127/NQ-CP, từ ngày 15/8/2023, thời hạn thị thực điện tử được nâng từ 30 ngày lên 90 ngày; công dân 13 nước được đơn phương miễn thị thực với thời gian tạm trú 45 ngày. Người nước ngoài hiện có thể nhập, xuất cảnh bằng thị thực điện tử qua 42 cửa khẩu, gồm 13 cửa khẩu đường hàng không, 16 cửa khẩu đường bộ và 13 cửa khẩu đường biển.

Lãnh đạo Cục cho biết năm 2025 phấn đấu cấp trên 4 triệu thị thực điện tử, rút ngắn thời gian xét duyệt xuống còn 2-3 ngày làm việc.

Đức Minh
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NQ = P("năm qua", "2024-01-01", "2024-12-31")
NQi = P("năm qua", "2024-01-01", "2024-12-31", inh=True)
TN = P("trong năm", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
MK = "lượt người nước ngoài nhập cảnh của thị trường "

figs = [
    F("Cấp khoảng 3,2 triệu", "3,2", 3200000, "count", "thị thực điện tử", "thị thực điện tử được cấp", approx="about",
      period=P("trong năm 2024", "2024-01-01", "2024-12-31")),
    F("đã cấp khoảng 3,2 triệu", "3,2", 3200000, "count", "thị thực điện tử", "thị thực điện tử cấp cho người nước ngoài",
      approx="about", change=C("increase", 68, "%", "năm 2023"), percent=18, period=Y24),
    F("đạt 17,58 triệu", "17,58", 17580000, "count", "lượt", "lượt người nước ngoài nhập cảnh Việt Nam",
      change=C("increase", 39.5, "%", "năm trước"), percent=98, period=NQ),
    F("Hàn Quốc với 4,59 triệu", "4,59", 4590000, "count", "lượt", MK + "Hàn Quốc", period=NQi),
    F("Trung Quốc 3,74 triệu", "3,74", 3740000, "count", "lượt", MK + "Trung Quốc", period=NQi),
    F("(Trung Quốc) 1,29 triệu", "1,29", 1290000, "count", "lượt", MK + "Đài Loan (Trung Quốc)", period=NQi),
    F("Mỹ gần 0,89 triệu", "0,89", 890000, "count", "lượt", MK + "Mỹ", approx="nearly", period=NQi),
    F("khoảng 6,1 triệu lượt", "6,1", 6100000, "count", "lượt", "lượt người Việt Nam xuất cảnh", approx="about", period=NQi),
    F("chiếm 72%", "72", 72, "percent", "%", "lượt xuất cảnh đi du lịch", period=NQi),
    F("hơn 2,1 nghìn tỷ đồng", "2,1", 2100000000000, "money", "đồng", "phí, lệ phí xuất nhập cảnh nộp ngân sách nhà nước",
      approx="over", period=TN),
    F("từ 30 ngày", "30", 30, "measure", "ngày", "thời hạn thị thực điện tử trước ngày 15/8/2023"),
    F("lên 90 ngày", "90", 90, "measure", "ngày", "thời hạn thị thực điện tử"),
    F("công dân 13 nước", "13", 13, "count", "nước", "nước có công dân được đơn phương miễn thị thực"),
    F("trú 45 ngày", "45", 45, "measure", "ngày", "thời gian tạm trú của công dân được miễn thị thực"),
    F("qua 42 cửa khẩu", "42", 42, "count", "cửa khẩu", "cửa khẩu cho phép nhập, xuất cảnh bằng thị thực điện tử"),
    F("gồm 13 cửa khẩu", "13", 13, "count", "cửa khẩu đường hàng không", "cửa khẩu đường hàng không", total=42),
    F("16 cửa khẩu", "16", 16, "count", "cửa khẩu đường bộ", "cửa khẩu đường bộ", total=42),
    F("và 13 cửa khẩu", "13", 13, "count", "cửa khẩu đường biển", "cửa khẩu đường biển", total=42),
    F("trên 4 triệu", "4", 4000000, "count", "thị thực điện tử", "thị thực điện tử cấp", approx="over",
      status="target", period=Y25),
    F("còn 2-3 ngày", "2", 2, "measure", "ngày làm việc", "thời gian xét duyệt thị thực điện tử", value_max=3,
      status="target", period=Y25),
]

comments = [
    "National online press (VnExpress style): e-visa and foreign arrivals, year 2024. Dateline 'Thứ hai, 6/1/2025, 14:20 (GMT+7)'; byline at the end.",
    "National figures: location Việt Nam. Source markets (Hàn Quốc, Trung Quốc, Đài Loan (Trung Quốc), Mỹ) are not places of the figure (FIGURES.md).",
    "'năm qua' / 'trong năm' in an article dated January 2025 about 2024 = 2024. 17,58 triệu: change 39,5% (first), 'bằng 98% năm 2019' is its share.",
    "3,2 triệu: change 68% vs năm 2023 and share 'chiếm hơn 18%' (percent 18). Headline restates 3,2 triệu with 'trong năm 2024'.",
    "'nâng từ 30 ngày lên 90 ngày' is not a range (no 'đến'): two measures, old and new duration. 'gồm 13 ..., 16 ... và 13 cửa khẩu' are parts of 42.",
    "Distractors: 'Nghị quyết số 127/NQ-CP', 'ngày 15/8/2023', '(GMT+7)', 'năm 2019' baseline. 2,1 nghìn tỷ đồng = 2.1e12. '2-3 ngày làm việc' target range.",
    "Market items carry the partner in the subject, as FIGURES.md's example 'vốn đăng ký cấp mới của Trung Quốc' (revised after the first run).",
    "'chiếm 72%' (after 'trong đó', a percent with no base amount) is a percent figure of its own.",
]
build(5, text, comments, "2025-01-06", "Việt Nam", figs)
