from lib import F, per, write

A = """Thời sự
Thứ tư, 16/10/2024, 09:12 (GMT+7)

Gò Vấp gửi thư xin lỗi cho mọi hồ sơ trễ hẹn

Quận Gò Vấp (TP HCM) giải quyết đúng hạn 99,6% hồ sơ trong 9 tháng, mỗi hồ sơ trễ hẹn đều kèm thư xin lỗi ký bởi lãnh đạo quận.

Trong 9 tháng năm 2024, Bộ phận Tiếp nhận và trả kết quả quận Gò Vấp tiếp nhận gần 48 nghìn hồ sơ, tăng 12,4% so với cùng kỳ; trong đó hồ sơ trực tuyến chiếm 78,5%. Quận có 187 hồ sơ trễ hẹn, giảm 143 hồ sơ so với cùng kỳ năm 2023.

Ông Trần Minh Khoa, Chánh Văn phòng HĐND và UBND quận, cho biết đến nay quận đã gửi 181 thư xin lỗi; 6 trường hợp còn lại đang được xác minh nguyên nhân. "Trễ một ngày cũng phải xin lỗi, và phải nói rõ ngày hẹn mới", ông Khoa nói.

Quận bố trí 32 công chức tại Bộ phận Một cửa, thời gian chờ trung bình của người dân giảm còn khoảng 15 phút, so với 25 phút năm 2022. Năm ngoái, quận đầu tư hơn 4,2 tỷ đồng nâng cấp trụ sở tiếp dân tại số 19 Quang Trung, lắp 12 máy kiosk tra cứu và bốc số tự động.

Khảo sát bằng phiếu điện tử trong quý III cho thấy mức độ hài lòng của người dân với quận đạt 96,3%, cao hơn mức bình quân của thành phố (93,1%).

Năm 2023, Gò Vấp xếp thứ 3/22 quận, huyện và TP Thủ Đức về Chỉ số cải cách hành chính với 89,47 điểm. Quận đặt mục tiêu năm nay lọt top 2 và nâng tỷ lệ hồ sơ trực tuyến lên 85%.

Hà An
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = per("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
NOW = per("đến nay", None, "2024-10-16")
Y22 = per("năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm ngoái", "2023-01-01", "2023-12-31")
Q3 = per("quý III", "2022-07-01", "2022-09-30")  # spec: nearest earlier period with a year is "năm 2022"; meaning would be 2024
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("năm nay", "2024-01-01", "2024-12-31")

figs = [
    F("hạn 99,6% hồ sơ", "99,6", 99.6, "percent", "%", "hồ sơ giải quyết đúng hạn", per("trong 9 tháng", "2024-01-01", "2024-09-30")),
    F("gần 48 nghìn hồ sơ", "48", 48000, "count", "hồ sơ", "hồ sơ tiếp nhận", M9, approx="nearly",
      change={"direction": "increase", "value": 12.4, "unit": "%", "baseline": "cùng kỳ"}),
    F("chiếm 78,5%", "78,5", 78.5, "percent", "%", "hồ sơ trực tuyến", M9),
    F("có 187 hồ sơ", "187", 187, "count", "hồ sơ", "hồ sơ trễ hẹn", M9i,
      change={"direction": "decrease", "value": 143, "unit": "hồ sơ", "baseline": "cùng kỳ năm 2023"}),
    F("gửi 181 thư", "181", 181, "count", "thư xin lỗi", "thư xin lỗi đã gửi", NOW),
    F("6 trường hợp", "6", 6, "count", "trường hợp", "trường hợp còn lại đang được xác minh nguyên nhân", NOW),
    F("Trễ một ngày", "một", 1, "measure", "ngày", "thời gian trễ hẹn", optional=True),
    F("bố trí 32 công chức", "32", 32, "count", "công chức", "công chức tại Bộ phận Một cửa"),
    F("khoảng 15 phút", "15", 15, "measure", "phút", "thời gian chờ trung bình của người dân", approx="about"),
    F("25 phút", "25", 25, "measure", "phút", "thời gian chờ trung bình của người dân", Y22),
    F("hơn 4,2 tỷ đồng", "4,2", 4200000000, "money", "đồng", "đầu tư nâng cấp trụ sở tiếp dân", Y23, approx="over"),
    F("lắp 12 máy", "12", 12, "count", "máy kiosk", "máy kiosk tra cứu và bốc số tự động", Y23),
    F("đạt 96,3%", "96,3", 96.3, "percent", "%", "mức độ hài lòng của người dân", Q3),
    F("(93,1%)", "93,1", 93.1, "percent", "%", "mức bình quân của thành phố", Q3, location="Hồ Chí Minh"),
    F("thứ 3/22", "3", 3, "rank", "hạng", "Chỉ số cải cách hành chính", Y23b, total=22),
    F("89,47 điểm", "89,47", 89.47, "measure", "điểm", "Chỉ số cải cách hành chính", Y23b),
    F("top 2", "2", 2, "rank", "hạng", "Chỉ số cải cách hành chính", Y24, status="target", optional=True),
    F("lên 85%", "85", 85, "percent", "%", "tỷ lệ hồ sơ trực tuyến", Y24, status="target"),
]
write(5, A, figs, [
    "National press (online newspaper): quận Gò Vấp, TP HCM, one-stop results 9 months 2024. Dateline 'Thứ tư, 16/10/2024, 09:12 (GMT+7)'; byline at the end.",
    "'trong đó hồ sơ trực tuyến chiếm 78,5%': the share of a part that has no count of its own, so a percent figure, not 48 nghìn's percent.",
    "'giảm 143 hồ sơ so với cùng kỳ năm 2023': change in unit hồ sơ. 'đến nay' = as of the dateline.",
    "'giảm còn khoảng 15 phút, so với 25 phút năm 2022': the new level only (no change number); 25 phút is its own 2022 figure.",
    "'Năm ngoái' = 2023 (dateline 2024). 'quý III' has no year: FIGURES.md gives it that of the nearest earlier period with one, 'năm 2022'",
    "(meaning: 2024; revised after first run). City average (93,1%) is located in Hồ Chí Minh.",
    "'thứ 3/22' total 22; 'top 2' target rank optional (label); 'năm nay' = 2024. 32 công chức / 15 phút have no period phrase (present state).",
    "Distractors: 'số 19 Quang Trung' (address), '(GMT+7)', 'Trễ một ngày' in a quote (a hypothetical: optional), 'TP Thủ Đức'.",
], published="2024-10-16", location="Gò Vấp")
