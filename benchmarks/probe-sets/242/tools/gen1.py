from lib import F, P, build

TEXT = """Petrovietnam vượt kế hoạch khai thác dầu khí 9 tháng năm 2024, nộp ngân sách tăng 10%
Thứ Sáu, 04/10/2024 - 14:20

(NLĐO) - Chiều 3/10, tại Hà Nội, Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam (Petrovietnam) tổ chức hội nghị sơ kết công tác 9 tháng và triển khai nhiệm vụ quý IV/2024.

Theo báo cáo, 9 tháng năm 2024, khai thác dầu thô của Tập đoàn đạt 8,16 triệu tấn, vượt 14,6% kế hoạch 9 tháng, trong đó khai thác trong nước đạt 6,47 triệu tấn, chiếm 79,3%. Khai thác khí đạt 6,09 tỷ m3, bằng 93,5% cùng kỳ.

Sản xuất điện đạt 24,3 tỷ kWh, tăng 11% so với cùng kỳ năm 2023; sản xuất xăng dầu các loại đạt 6,87 triệu tấn; sản xuất đạm đạt 1,45 triệu tấn, vượt 9% kế hoạch.

Tổng doanh thu toàn Tập đoàn ước đạt 710,1 nghìn tỷ đồng, vượt 22% kế hoạch 9 tháng và tăng 2% so với cùng kỳ. Tập đoàn đã nộp ngân sách nhà nước 117,4 nghìn tỷ đồng, tăng 10% so với cùng kỳ. Lợi nhuận trước thuế hợp nhất khoảng 46 nghìn tỷ đồng, đạt 127% kế hoạch năm.

Đáng chú ý, Tập đoàn đã đưa 5 công trình dầu khí mới vào khai thác, gồm mỏ Đại Hùng giai đoạn 3, giếng 15-1-ST-1P, cụm mỏ Thiên Ưng và Lô 16-1/15, gia tăng trữ lượng dầu khí đạt 10,8 triệu tấn quy dầu. Petrovietnam tiếp tục đứng thứ nhất trong bảng xếp hạng VNR500 năm 2024.

Phát biểu kết luận, Chủ tịch HĐTV Tập đoàn yêu cầu các đơn vị bám sát Kết luận số 76-KL/TW của Bộ Chính trị. Quý IV/2024, Petrovietnam phấn đấu khai thác thêm 2,6 triệu tấn dầu thô và 1,9 tỷ m3 khí, đưa sản lượng cả năm lên khoảng 10,7 triệu tấn dầu và 8,1 tỷ m3 khí; tổng doanh thu cả năm dự kiến vượt 950 nghìn tỷ đồng.

Phương Linh
Lượt đọc: 3.412
"""

Y9 = lambda t="9 tháng năm 2024", inh=False: P(t, "2024-01-01", "2024-09-30", inh)
YR = P("cả năm", "2024-01-01", "2024-12-31")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("nộp ngân sách tăng 10%", "10", 10, "percent", "%", "tăng trưởng nộp ngân sách nhà nước",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("đạt 8,16 triệu tấn", "8,16", 8160000, "measure", "tấn", "khai thác dầu thô của Tập đoàn", Y9(),
      change={"direction": "increase", "value": 14.6, "unit": "%", "baseline": "kế hoạch 9 tháng"}),
    F("đạt 6,47 triệu tấn", "6,47", 6470000, "measure", "tấn", "khai thác dầu thô trong nước", Y9(),
      total=8160000, percent=79.3),
    F("đạt 6,09 tỷ m3", "6,09", 6090000000, "measure", "m3", "khai thác khí", Y9(inh=True), percent=93.5),
    F("đạt 24,3 tỷ kWh", "24,3", 24300000000, "measure", "kWh", "sản xuất điện", Y9(inh=True),
      change={"direction": "increase", "value": 11, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("đạt 6,87 triệu tấn", "6,87", 6870000, "measure", "tấn", "sản xuất xăng dầu các loại", Y9(inh=True)),
    F("đạt 1,45 triệu tấn", "1,45", 1450000, "measure", "tấn", "sản xuất đạm", Y9(inh=True),
      change={"direction": "increase", "value": 9, "unit": "%", "baseline": "kế hoạch"}),
    F("ước đạt 710,1 nghìn tỷ đồng", "710,1", 710.1e12, "money", "đồng", "tổng doanh thu toàn Tập đoàn", Y9(inh=True),
      change={"direction": "increase", "value": 22, "unit": "%", "baseline": "kế hoạch 9 tháng"}, status="estimate"),
    F("và tăng 2% so với cùng kỳ", "2", 2, "percent", "%", "tăng trưởng tổng doanh thu toàn Tập đoàn so với cùng kỳ",
      Y9(inh=True), status="estimate", optional=True),
    F("nước 117,4 nghìn tỷ đồng", "117,4", 117.4e12, "money", "đồng", "nộp ngân sách nhà nước", Y9(inh=True),
      change={"direction": "increase", "value": 10, "unit": "%", "baseline": "cùng kỳ"}),
    F("khoảng 46 nghìn tỷ đồng", "46", 46e12, "money", "đồng", "lợi nhuận trước thuế hợp nhất", Y9(inh=True),
      approx="about", percent=127),
    F("đưa 5 công trình", "5", 5, "count", "công trình", "công trình dầu khí mới đưa vào khai thác", Y9(inh=True)),
    F("đạt 10,8 triệu tấn quy dầu", "10,8", 10800000, "measure", "tấn quy dầu", "gia tăng trữ lượng dầu khí", Y9(inh=True)),
    F("đứng thứ nhất", "nhất", 1, "rank", "hạng", "bảng xếp hạng VNR500",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("thêm 2,6 triệu tấn", "2,6", 2600000, "measure", "tấn", "khai thác dầu thô", Q4, status="target"),
    F("và 1,9 tỷ m3", "1,9", 1900000000, "measure", "m3", "khai thác khí", Q4, status="target"),
    F("khoảng 10,7 triệu tấn", "10,7", 10700000, "measure", "tấn", "sản lượng dầu cả năm", YR,
      approx="about", status="target"),
    F("và 8,1 tỷ m3", "8,1", 8100000000, "measure", "m3", "sản lượng khí cả năm", YR, status="target"),
    F("vượt 950 nghìn tỷ đồng", "950", 950e12, "money", "đồng", "tổng doanh thu cả năm", YR,
      approx="over", status="forecast"),
]

COMMENTS = [
    "National press (Người Lao Động online style): Petrovietnam 9-month 2024 results. Dateline 'Thứ Sáu, 04/10/2024 - 14:20'; byline + 'Lượt đọc' counter at the end.",
    "Distractors: 'Chiều 3/10', venue 'tại Hà Nội', 'quý IV/2024' in the lead, 'giai đoạn 3', well name '15-1-ST-1P', block 'Lô 16-1/15', 'VNR500', 'Kết luận số 76-KL/TW', 'Lượt đọc: 3.412'.",
    "Location: Việt Nam for every figure (the national oil company's totals; the venue Hà Nội is not the place of the figures).",
    "'vượt 14,6% kế hoạch 9 tháng' is a change with baseline the plan; 'bằng 93,5% cùng kỳ' / 'đạt 127% kế hoạch năm' are shares (percent).",
    "'vượt 22% kế hoạch ... và tăng 2% so với cùng kỳ': first change is the attribute, the second a percent figure of its own (optional).",
    "'trong đó khai thác trong nước 6,47 triệu tấn, chiếm 79,3%' -> total 8,16 triệu tấn, percent 79.3.",
    "Quý IV targets: 'phấn đấu' governs the clause and its continuation 'đưa sản lượng cả năm lên khoảng ...' (status target, period cả năm 2024).",
    "'dự kiến vượt 950 nghìn tỷ đồng': forecast, approx over.",
]

build(1, TEXT, FIGS, COMMENTS, published="2024-10-04", location="Việt Nam")
