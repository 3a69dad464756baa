from lib import F, P, ch, emit

TEXT = """Thanh Hóa: Chiến dịch Thanh niên tình nguyện hè 2024 làm mới 156 công trình thanh niên
Cập nhật: 26/08/2024 09:12
Lượt xem: 2.145

Ngày 24/8, Ban Thường vụ Tỉnh đoàn Thanh Hóa tổ chức Hội nghị tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2024 theo Kế hoạch số 112-KH/TĐTN-PTTN. Theo báo cáo, từ ngày 1/6 đến 15/8/2024, toàn tỉnh có hơn 86.500 lượt đoàn viên, thanh niên tham gia các hoạt động tình nguyện, tăng 8,2% so với cùng kỳ năm 2023.

Các cơ sở Đoàn đã làm mới 156 công trình thanh niên, trong đó có 73 công trình "Thắp sáng đường quê" với tổng chiều dài 96,5 km; sửa chữa, nâng cấp 212 công trình; tổng giá trị các công trình ước đạt 18,6 tỷ đồng. Một số đơn vị làm mới nhiều công trình là huyện Thọ Xuân (14 công trình), huyện Ngọc Lặc (11 công trình), thị xã Nghi Sơn (9 công trình).

Các đội hình tình nguyện đã trồng mới khoảng 124.000 cây xanh, vượt 24% so với kế hoạch (100.000 cây); thu gom gần 1.350 tấn rác thải. Hưởng ứng chương trình "Hành trình Đỏ", Tỉnh đoàn phối hợp Bệnh viện Đa khoa tỉnh tổ chức 5 đợt hiến máu, tiếp nhận 3.820 đơn vị máu, đạt 109,1% chỉ tiêu.

Đặc biệt, 1.450 sinh viên tình nguyện của 8 trường đại học, cao đẳng tham gia Chiến dịch Mùa hè xanh tại 27 xã thuộc 11 huyện miền núi. Đội hình "Tình nguyện 26/3" của Trường Đại học Hồng Đức đã mở 36 lớp học tình thương, xóa mù chữ cho 420 người dân. Dịp này, Tỉnh đoàn trao 320 suất học bổng cho học sinh nghèo vượt khó, mỗi suất trị giá từ 1 đến 2 triệu đồng.

Năm 2025, Tỉnh đoàn phấn đấu thu hút ít nhất 90.000 lượt đoàn viên, thanh niên tham gia Chiến dịch và làm mới tối thiểu 160 công trình thanh niên.

Mọi thông tin xin liên hệ Văn phòng Tỉnh đoàn, điện thoại 0237.3852.419.
"""

C = P("từ ngày 1/6 đến 15/8/2024", "2024-06-01", "2024-08-15")
Ci = P("từ ngày 1/6 đến 15/8/2024", "2024-06-01", "2024-08-15", inh=True)
N25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("làm mới 156 công trình thanh niên\n", "156", 156, "count", "công trình", "công trình thanh niên làm mới", Ci),
    F("hơn 86.500 lượt", "86.500", 86500, "count", "lượt đoàn viên, thanh niên",
      "lượt đoàn viên, thanh niên tham gia các hoạt động tình nguyện", C, approx="over",
      change=ch("increase", 8.2, baseline="cùng kỳ năm 2023")),
    F("làm mới 156 công trình thanh niên, trong đó", "156", 156, "count", "công trình", "công trình thanh niên làm mới", Ci),
    F("có 73 công trình", "73", 73, "count", "công trình", "công trình Thắp sáng đường quê", Ci, total=156),
    F("96,5 km", "96,5", 96.5, "measure", "km", "tổng chiều dài công trình Thắp sáng đường quê", Ci),
    F("nâng cấp 212 công trình", "212", 212, "count", "công trình", "công trình sửa chữa, nâng cấp", Ci),
    F("ước đạt 18,6 tỷ đồng", "18,6", 18600000000, "money", "đồng", "tổng giá trị các công trình", Ci, status="estimate"),
    F("Thọ Xuân (14 công trình)", "14", 14, "count", "công trình", "công trình làm mới", Ci, location="Thọ Xuân"),
    F("Ngọc Lặc (11 công trình)", "11", 11, "count", "công trình", "công trình làm mới", Ci, location="Ngọc Lặc"),
    F("Nghi Sơn (9 công trình)", "9", 9, "count", "công trình", "công trình làm mới", Ci, location="Nghi Sơn"),
    F("khoảng 124.000 cây xanh", "124.000", 124000, "count", "cây xanh", "cây xanh trồng mới", Ci, approx="about",
      change=ch("increase", 24, baseline="kế hoạch"), target={"value": 100000, "unit": "cây", "met": True}),
    F("gần 1.350 tấn", "1.350", 1350, "measure", "tấn", "rác thải thu gom", Ci, approx="nearly"),
    F("tổ chức 5 đợt hiến máu", "5", 5, "count", "đợt hiến máu", "đợt hiến máu tổ chức", Ci),
    F("tiếp nhận 3.820 đơn vị máu", "3.820", 3820, "count", "đơn vị máu", "đơn vị máu tiếp nhận", Ci, percent=109.1),
    F("Đặc biệt, 1.450 sinh viên", "1.450", 1450, "count", "sinh viên", "sinh viên tình nguyện tham gia Chiến dịch Mùa hè xanh", Ci),
    F("của 8 trường", "8", 8, "count", "trường đại học, cao đẳng", "trường đại học, cao đẳng có sinh viên tham gia Mùa hè xanh", Ci),
    F("tại 27 xã", "27", 27, "count", "xã", "xã có Chiến dịch Mùa hè xanh", Ci),
    F("thuộc 11 huyện miền núi", "11", 11, "count", "huyện", "huyện miền núi có Chiến dịch Mùa hè xanh", Ci),
    F("mở 36 lớp học", "36", 36, "count", "lớp học tình thương", "lớp học tình thương mở", Ci),
    F("cho 420 người dân", "420", 420, "count", "người dân", "người dân được xóa mù chữ", Ci),
    F("trao 320 suất học bổng", "320", 320, "count", "suất học bổng", "suất học bổng trao cho học sinh nghèo vượt khó", Ci),
    F("từ 1 đến 2 triệu đồng", "1", 1000000, "money", "đồng", "giá trị mỗi suất học bổng", Ci, value_max=2000000),
    F("ít nhất 90.000 lượt", "90.000", 90000, "count", "lượt đoàn viên, thanh niên",
      "lượt đoàn viên, thanh niên tham gia Chiến dịch", N25, approx="at_least", status="target"),
    F("tối thiểu 160 công trình", "160", 160, "count", "công trình", "công trình thanh niên làm mới", N25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): summary of the 2024 summer youth volunteer campaign. Dateline 'Cập nhật: 26/08/2024 09:12'.",
    "Distractors: 'Lượt xem: 2.145' (counter), 'Ngày 24/8', 'Kế hoạch số 112-KH/TĐTN-PTTN', 'Tình nguyện 26/3' (a team name), phone 0237.3852.419.",
    "Campaign period 'từ ngày 1/6 đến 15/8/2024' stands in the first figure's sentence; all later campaign figures inherit it (not scored).",
    "'làm mới 156 công trình …, trong đó có 73 công trình': total 156. '124.000 cây …, vượt 24% so với kế hoạch (100.000 cây)': change vs plan + target.",
    "'đạt 109,1% chỉ tiêu' is the share of 3.820 đơn vị máu. District list items: location = district, subject = the list's indicator.",
    "'từ 1 đến 2 triệu đồng' is a range of 1-2 million (the multiplier covers both ends). 2025 plans: status target, 'ít nhất'/'tối thiểu' at_least.",
]

emit("p432-1", TEXT, COMMENTS, FIGS, published="2024-08-26", location="Thanh Hóa")
