from lib import F, P, C, emit

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BẮC GIANG
Chi cục Chăn nuôi và Thú y

Kết quả tiêm phòng vắc xin cúm gia cầm đợt 1 năm 2024
Ngày đăng: 12/06/2024 | Tác giả: Nguyễn Thị Hằng - Phòng Dịch tễ

Thực hiện Kế hoạch số 28/KH-UBND ngày 15/01/2024 của UBND tỉnh về phòng, chống dịch bệnh động vật, từ ngày 15/3 đến 30/4/2024, Chi cục đã phối hợp với UBND các huyện, thành phố tổ chức tiêm phòng vắc xin cúm gia cầm (H5N1) đợt 1 cho đàn gà, vịt trên địa bàn tỉnh.

Kết quả, toàn tỉnh đã tiêm được 7,82 triệu liều vắc xin, đạt 91,3% kế hoạch đợt; trong đó tiêm cho đàn gà 5,96 triệu liều, đàn thủy cầm 1,86 triệu liều. Tỷ lệ tiêm phòng trên tổng đàn trong diện tiêm đạt 82,5%, thấp hơn 2,5% so với chỉ tiêu (85%).

Các địa phương có tỷ lệ tiêm phòng cao gồm: huyện Lạng Giang (94,2%), Yên Thế (92,8%), Tân Yên (90,5%); thấp nhất là huyện Sơn Động với 68,4%.

Bên cạnh đó, Chi cục đã cấp phát 1.250 lít hóa chất sát trùng và tổ chức 36 lớp tập huấn cho gần 1.800 lượt người chăn nuôi. Từ đầu năm đến nay, trên địa bàn tỉnh không phát sinh ổ dịch cúm gia cầm; tuy nhiên cả nước đã ghi nhận 9 ổ dịch cúm A/H5N1 tại 7 tỉnh.

Đợt 2 năm 2024 dự kiến triển khai từ ngày 15/9 đến 31/10/2024, phấn đấu tiêm khoảng 8 triệu liều, đạt tỷ lệ tiêm phòng từ 85% trở lên. Mọi thông tin về dịch bệnh xin liên hệ Trạm Chăn nuôi và Thú y các huyện hoặc số điện thoại 0204.3854.291.
"""

R1 = P("từ ngày 15/3 đến 30/4/2024", "2024-03-15", "2024-04-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-12")
R2 = P("từ ngày 15/9 đến 31/10/2024", "2024-09-15", "2024-10-31")

FIGS = [
    F("tiêm được 7,82 triệu liều", "7,82", 7820000, "count", "liều", "vắc xin cúm gia cầm tiêm được", R1, percent=91.3),
    F("gà 5,96 triệu liều", "5,96", 5960000, "count", "liều", "vắc xin tiêm cho đàn gà", R1, total=7820000),
    F("thủy cầm 1,86 triệu liều", "1,86", 1860000, "count", "liều", "vắc xin tiêm cho đàn thủy cầm", R1, total=7820000),
    F("đạt 82,5%", "82,5", 82.5, "percent", "%", "tỷ lệ tiêm phòng trên tổng đàn trong diện tiêm", R1,
      change=C("decrease", 2.5, "%", "chỉ tiêu"), target={"value": 85, "unit": "%", "met": False}),
    F("Lạng Giang (94,2%)", "94,2", 94.2, "percent", "%", "tỷ lệ tiêm phòng", R1, location="Lạng Giang"),
    F("Yên Thế (92,8%)", "92,8", 92.8, "percent", "%", "tỷ lệ tiêm phòng", R1, location="Yên Thế"),
    F("Tân Yên (90,5%)", "90,5", 90.5, "percent", "%", "tỷ lệ tiêm phòng", R1, location="Tân Yên"),
    F("với 68,4%", "68,4", 68.4, "percent", "%", "tỷ lệ tiêm phòng thấp nhất", R1, location="Sơn Động"),
    F("1.250 lít", "1.250", 1250, "measure", "lít", "hóa chất sát trùng cấp phát"),
    F("36 lớp tập huấn", "36", 36, "count", "lớp tập huấn", "lớp tập huấn tổ chức"),
    F("gần 1.800 lượt người", "1.800", 1800, "count", "lượt người", "lượt người chăn nuôi được tập huấn", approx="nearly"),
    F("ghi nhận 9 ổ dịch", "9", 9, "count", "ổ dịch", "ổ dịch cúm A/H5N1 cả nước ghi nhận", YTD, location="Việt Nam"),
    F("tại 7 tỉnh", "7", 7, "count", "tỉnh", "tỉnh có ổ dịch cúm A/H5N1", YTD, location="Việt Nam"),
    F("khoảng 8 triệu liều", "8", 8000000, "count", "liều", "vắc xin cúm gia cầm tiêm đợt 2", R2,
      approx="about", status="target"),
    F("từ 85% trở lên", "85", 85, "percent", "%", "tỷ lệ tiêm phòng", R2, approx="at_least", status="target"),
]

COMMENTS = [
    "Department site (Chi cục Chăn nuôi và Thú y Bắc Giang): avian-flu vaccination round 1 of 2024, district rates, training, outbreaks, round-2 plan.",
    "'Ngày đăng: 12/06/2024' is the dateline. Distractors: 'Kế hoạch số 28/KH-UBND ngày 15/01/2024', '(H5N1)', 'A/H5N1', phone 0204.3854.291, 'đợt 1/2'.",
    "Round-1 figures take the period 'từ ngày 15/3 đến 30/4/2024' from the first paragraph (inherited). '91,3% kế hoạch đợt' is the percent of 7,82 triệu.",
    "'82,5%, thấp hơn 2,5% so với chỉ tiêu (85%)': gap to plan = change with baseline 'chỉ tiêu'; the bracketed plan 85% is its target, not a figure.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-06-12; the national outbreak counts are 'cả nước' → Việt Nam.",
    "Round 2: 'phấn đấu' → target for 'khoảng 8 triệu liều' and 'từ 85% trở lên' (at_least); period from the same sentence.",
]

emit("p409-2", TEXT, COMMENTS, FIGS, published="2024-06-12", location="Bắc Giang")
