from lib import F, per, write

A = """Thạch Thất: Kết quả giải quyết thủ tục hành chính quý III/2024
Ngày đăng: 08/10/2024 | Lượt xem: 2.315

Theo báo cáo của Văn phòng HĐND và UBND huyện, trong quý III/2024, Bộ phận Một cửa huyện Thạch Thất đã tiếp nhận 6.482 hồ sơ thủ tục hành chính, tăng 8,6% so với cùng kỳ năm 2023. Trong đó, hồ sơ nộp trực tuyến là 4.915 hồ sơ, chiếm 75,8%; hồ sơ nộp trực tiếp và qua dịch vụ bưu chính công ích là 1.567 hồ sơ.

Số hồ sơ đã giải quyết là 6.237 hồ sơ, trong đó giải quyết trước và đúng hạn 6.198 hồ sơ, đạt 99,37%; quá hạn 39 hồ sơ, trong đó lĩnh vực đất đai 31 hồ sơ. Đối với số hồ sơ này, UBND huyện đã ban hành 39 văn bản xin lỗi gửi tổ chức, công dân theo quy định.

Qua hệ thống đánh giá điện tử đặt tại Bộ phận Một cửa, có 2.846 lượt đánh giá, trong đó 2.791 lượt rất hài lòng và hài lòng, đạt 98,07%; chỉ có 12 lượt không hài lòng, chủ yếu về thời gian chờ.

Tính từ đầu năm đến nay, huyện đã tiếp nhận 18.960 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 99,1%, cao hơn 0,6% so với chỉ tiêu Kế hoạch cải cách hành chính năm 2024 của huyện (98,5%).

Năm 2023, Chỉ số cải cách hành chính của huyện đạt 88,12 điểm, xếp thứ 9/30 quận, huyện, thị xã của thành phố Hà Nội. Quý IV, huyện phấn đấu 100% hồ sơ được số hóa khi tiếp nhận, tỷ lệ người dân hài lòng đạt tối thiểu 95%.

Mọi phản ánh, kiến nghị về thủ tục hành chính xin gửi về đường dây nóng 024.3368.0123 hoặc trực tiếp tại trụ sở UBND huyện, số 1 đường Phúc Hòa, thị trấn Liên Quan.
"""

Q3 = per("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = per("quý III/2024", "2024-07-01", "2024-09-30", True)
YTD = per("Tính từ đầu năm đến nay", "2024-01-01", "2024-10-08")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q4 = per("Quý IV", "2023-10-01", "2023-12-31")  # spec: year of the nearest earlier period ("Năm 2023"); meaning would be 2024

figs = [
    F("tiếp nhận 6.482 hồ sơ", "6.482", 6482, "count", "hồ sơ", "hồ sơ thủ tục hành chính tiếp nhận", Q3,
      change={"direction": "increase", "value": 8.6, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("là 4.915 hồ sơ", "4.915", 4915, "count", "hồ sơ", "hồ sơ nộp trực tuyến", Q3i, total=6482, percent=75.8),
    F("là 1.567 hồ sơ", "1.567", 1567, "count", "hồ sơ", "hồ sơ nộp trực tiếp và qua dịch vụ bưu chính công ích", Q3i, total=6482),
    F("là 6.237 hồ sơ", "6.237", 6237, "count", "hồ sơ", "hồ sơ đã giải quyết", Q3i),
    F("đúng hạn 6.198 hồ sơ", "6.198", 6198, "count", "hồ sơ", "hồ sơ giải quyết trước và đúng hạn", Q3i, total=6237, percent=99.37),
    F("quá hạn 39 hồ sơ", "39", 39, "count", "hồ sơ", "hồ sơ quá hạn", Q3i, total=6237),
    F("đất đai 31 hồ sơ", "31", 31, "count", "hồ sơ", "hồ sơ quá hạn lĩnh vực đất đai", Q3i, total=39),
    F("ban hành 39 văn bản xin lỗi", "39", 39, "count", "văn bản", "văn bản xin lỗi gửi tổ chức, công dân", Q3i),
    F("có 2.846 lượt", "2.846", 2846, "count", "lượt đánh giá", "lượt đánh giá qua hệ thống đánh giá điện tử", Q3i),
    F("2.791 lượt rất hài lòng", "2.791", 2791, "count", "lượt", "lượt rất hài lòng và hài lòng", Q3i, total=2846, percent=98.07),
    F("có 12 lượt không hài lòng", "12", 12, "count", "lượt", "lượt không hài lòng", Q3i, total=2846),
    F("tiếp nhận 18.960 hồ sơ", "18.960", 18960, "count", "hồ sơ", "hồ sơ tiếp nhận", YTD),
    F("đạt 99,1%", "99,1", 99.1, "percent", "%", "tỷ lệ giải quyết đúng hạn", YTD,
      change={"direction": "increase", "value": 0.6, "unit": "%", "baseline": "chỉ tiêu Kế hoạch cải cách hành chính năm 2024 của huyện"},
      target={"value": 98.5, "unit": "%"}),
    F("đạt 88,12 điểm", "88,12", 88.12, "measure", "điểm", "Chỉ số cải cách hành chính", Y23),
    F("thứ 9/30", "9", 9, "rank", "hạng", "Chỉ số cải cách hành chính", Y23, total=30),
    F("phấn đấu 100% hồ sơ", "100", 100, "percent", "%", "hồ sơ được số hóa khi tiếp nhận", Q4, status="target"),
    F("tối thiểu 95%", "95", 95, "percent", "%", "tỷ lệ người dân hài lòng", Q4, status="target", approx="at_least"),
]

write(1, A, figs, [
    "District portal (huyện Thạch Thất, Hà Nội): one-stop results quý III/2024. Dateline 'Ngày đăng: 08/10/2024 | Lượt xem: 2.315' (counter is furniture).",
    "Distractors: hotline 024.3368.0123, address 'số 1 đường Phúc Hòa', 'Kế hoạch cải cách hành chính năm 2024' (name), quý III/2024 in the title.",
    "'Trong đó' chains: received 6.482 -> online 4.915 / direct 1.567; solved 6.237 -> on time 6.198 / late 39 (sibling after ';') -> đất đai 31.",
    "'cao hơn 0,6% so với chỉ tiêu … (98,5%)': gap to plan is the change, bracket is the target of 99,1%. 'Tính từ đầu năm đến nay' ends at the dateline.",
    "'Quý IV' has no year: FIGURES.md gives it the year of the nearest earlier period, 'Năm 2023' in the sentence before (meaning: 2024; revised after first run).",
    "'phấn đấu' makes both Q4 figures targets.",
], published="2024-10-08", location="Thạch Thất")
