from lib import F, P, CH, TG, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG
Trang chủ > Tin tức - Sự kiện > Giáo dục

Hà Giang: Hơn 61 nghìn học sinh được hưởng chính sách hỗ trợ bán trú
Cập nhật: 12/09/2024 15:20 | Lượt xem: 1.046

Năm học 2024-2025, toàn tỉnh Hà Giang có 11 trường phổ thông dân tộc nội trú (PTDTNT), gồm 1 trường cấp tỉnh và 10 trường cấp huyện, với tổng số 3.850 học sinh nội trú. Hệ thống trường phổ thông dân tộc bán trú (PTDTBT) tiếp tục được duy trì với 176 trường, trong đó có 98 trường tiểu học, 71 trường THCS và 7 trường liên cấp tiểu học và THCS.

Theo Sở Giáo dục và Đào tạo, tính đến ngày 31/8/2024, toàn tỉnh có 61.240 học sinh được hưởng chính sách hỗ trợ theo Nghị định số 116/2016/NĐ-CP, chiếm 32,4% tổng số học sinh phổ thông; trong đó có 42.615 học sinh ở bán trú tại trường. Các huyện có số học sinh bán trú lớn nhất là Mèo Vạc (7.920 học sinh), Đồng Văn (7.385 học sinh) và Xín Mần (5.640 học sinh).

Năm 2024, mỗi học sinh bán trú được hỗ trợ tiền ăn bằng 40% mức lương cơ sở, tương đương 936.000 đồng/tháng, và 15 kg gạo mỗi tháng. Từ đầu năm đến nay, tỉnh đã cấp 6.130 tấn gạo hỗ trợ học sinh, đạt 87,5% kế hoạch năm; kinh phí hỗ trợ tiền ăn đã chi trả ước đạt 258,6 tỷ đồng, tăng 18,2% so với cùng kỳ năm 2023 do mức lương cơ sở tăng từ ngày 1/7/2024.

Về đội ngũ, các trường PTDTNT hiện có 412 giáo viên, trong đó 168 giáo viên là người dân tộc thiểu số (chiếm 40,8%). Năm học 2023-2024, tỷ lệ học sinh bỏ học ở các trường PTDTBT là 0,18%, giảm 0,09 điểm phần trăm so với năm học trước.

Năm 2025, tỉnh phấn đấu 100% trường PTDTBT có đủ phòng ở bán trú và nhà ăn đạt chuẩn; duy trì tỷ lệ học sinh bỏ học dưới 0,2%.

Đường dây nóng Sở GD&ĐT: 0219.3866.318 - Địa chỉ: số 8 đường Trần Phú, TP Hà Giang.
"""

ASOF = P("tính đến ngày 31/8/2024", None, "2024-08-31")
ASOF_I = P("tính đến ngày 31/8/2024", None, "2024-08-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-12")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 61 nghìn học sinh", "61", 61000, "count", "học sinh", "học sinh được hưởng chính sách hỗ trợ bán trú",
      approx="over"),
    F("có 11 trường", "11", 11, "count", "trường", "trường phổ thông dân tộc nội trú (PTDTNT)"),
    F("gồm 1 trường cấp tỉnh", "1", 1, "count", "trường", "trường PTDTNT cấp tỉnh", total=11),
    F("và 10 trường cấp huyện", "10", 10, "count", "trường", "trường PTDTNT cấp huyện", total=11),
    F("tổng số 3.850 học sinh", "3.850", 3850, "count", "học sinh", "học sinh nội trú"),
    F("với 176 trường", "176", 176, "count", "trường", "trường phổ thông dân tộc bán trú (PTDTBT)"),
    F("có 98 trường", "98", 98, "count", "trường", "trường PTDTBT tiểu học", total=176),
    F("71 trường THCS", "71", 71, "count", "trường", "trường PTDTBT THCS", total=176),
    F("và 7 trường liên cấp", "7", 7, "count", "trường", "trường PTDTBT liên cấp tiểu học và THCS", total=176),
    F("có 61.240 học sinh", "61.240", 61240, "count", "học sinh",
      "học sinh được hưởng chính sách hỗ trợ theo Nghị định số 116/2016/NĐ-CP", percent=32.4, period=ASOF),
    F("có 42.615 học sinh", "42.615", 42615, "count", "học sinh", "học sinh ở bán trú tại trường", total=61240,
      period=ASOF),
    F("Mèo Vạc (7.920 học sinh)", "7.920", 7920, "count", "học sinh", "số học sinh bán trú", period=ASOF_I,
      loc="Mèo Vạc"),
    F("Đồng Văn (7.385 học sinh)", "7.385", 7385, "count", "học sinh", "số học sinh bán trú", period=ASOF_I,
      loc="Đồng Văn"),
    F("Xín Mần (5.640 học sinh)", "5.640", 5640, "count", "học sinh", "số học sinh bán trú", period=ASOF_I,
      loc="Xín Mần"),
    F("bằng 40% mức lương cơ sở", "40", 40, "percent", "%", "mức hỗ trợ tiền ăn mỗi học sinh bán trú so với mức lương cơ sở",
      period=Y24),
    F("tương đương 936.000 đồng/tháng", "936.000", 936000, "money", "đồng/tháng", "mức hỗ trợ tiền ăn mỗi học sinh bán trú",
      period=Y24),
    F("và 15 kg gạo", "15", 15, "measure", "kg", "gạo hỗ trợ mỗi học sinh bán trú mỗi tháng", period=Y24),
    F("cấp 6.130 tấn gạo", "6.130", 6130, "measure", "tấn", "gạo hỗ trợ học sinh đã cấp", percent=87.5, period=YTD),
    F("ước đạt 258,6 tỷ đồng", "258,6", 258600000000, "money", "đồng", "kinh phí hỗ trợ tiền ăn đã chi trả",
      change=CH("+", 18.2, "%", "cùng kỳ năm 2023"), status="estimate", period=YTD),
    F("có 412 giáo viên", "412", 412, "count", "giáo viên", "giáo viên các trường PTDTNT"),
    F("đó 168 giáo viên", "168", 168, "count", "giáo viên", "giáo viên là người dân tộc thiểu số", total=412,
      percent=40.8),
    F("PTDTBT là 0,18%", "0,18", 0.18, "percent", "%", "tỷ lệ học sinh bỏ học ở các trường PTDTBT",
      change=CH("-", 0.09, "điểm phần trăm", "năm học trước")),
    F("phấn đấu 100% trường", "100", 100, "percent", "%",
      "trường PTDTBT có đủ phòng ở bán trú và nhà ăn đạt chuẩn", status="target", period=Y25),
    F("bỏ học dưới 0,2%", "0,2", 0.2, "percent", "%", "tỷ lệ học sinh bỏ học", approx="under", status="target",
      period=Y25),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Giang (province portal): network of PTDTNT/PTDTBT schools, pupils under Nghị định 116, rice and meal",
    "allowances, teachers, dropout rate, 2025 targets. Dateline 'Cập nhật: 12/09/2024 15:20 | Lượt xem: 1.046' (counter = furniture).",
    "Distractors: 'Nghị định số 116/2016/NĐ-CP', 'Năm học 2024-2025', 'từ ngày 1/7/2024', hotline 0219.3866.318, 'số 8 đường Trần Phú'.",
    "School years ('Năm học 2023-2024') have no rule in FIGURES.md: figures dated only by a school year carry no gold period.",
    "'gồm 1 … và 10 …' parts of 11 schools; 'trong đó 98/71/7' parts of 176 (sum checked). 'trong đó có 42.615' part of 61.240.",
    "'bằng 40% mức lương cơ sở, tương đương 936.000 đồng/tháng': both are figures (a rate and its amount, as h01 '83,48% … tương đương').",
    "'15 kg gạo mỗi tháng': measure kg (per-month rate stated in words). 'đạt 87,5% kế hoạch năm' is the share of 6.130 tấn.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-09-12 and governs both clauses of its sentence.",
    "'giảm 0,09 điểm phần trăm so với năm học trước' is the change of the 0,18% rate.",
]

build(1, TEXT, FIGS, COMMENTS, published="2024-09-12", location="Hà Giang")
