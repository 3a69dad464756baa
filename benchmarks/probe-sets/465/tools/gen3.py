from lib import F, P, I, ch, tg, build

A = """Giáo dục › Tuyển sinh
Thứ tư, 17/7/2024, 09:15 (GMT+7)

Nam Định dẫn đầu cả nước về điểm thi tốt nghiệp THPT

Nam Định năm thứ năm liên tiếp đứng đầu cả nước về điểm trung bình thi tốt nghiệp THPT với 7,25 điểm, trong khi Hà Giang xếp cuối bảng.

Theo số liệu Bộ Giáo dục và Đào tạo công bố chiều 16/7, cả nước có hơn 1,07 triệu thí sinh dự thi tốt nghiệp THPT năm 2024. Tỷ lệ tốt nghiệp toàn quốc đạt 99,4%, tương đương năm trước.

Xếp sau Nam Định là Ninh Bình (7,17), Vĩnh Phúc (7,12), Hà Nam (7,08) và Bắc Ninh (7,03). Hà Nội đạt 6,83 điểm, xếp thứ 19; TP Hồ Chí Minh đạt 6,91 điểm, xếp thứ 15, tăng 4 bậc so với năm 2023.

Ở chiều ngược lại, năm địa phương có điểm trung bình thấp nhất là Hà Giang (5,97), Sơn La (6,05), Cao Bằng (6,08), Điện Biên (6,11) và Lai Châu (6,14). Khoảng cách giữa tỉnh đứng đầu và tỉnh cuối bảng năm nay là 1,28 điểm, thu hẹp so với mức 1,46 điểm của năm 2023.

Cả nước có 5.422 điểm 10, giảm gần 1.000 điểm so với năm ngoái. Trong đó, môn Giáo dục công dân có hơn 3.700 điểm 10, chiếm khoảng 68%; tiếp đến là Lịch sử 1.152 và Địa lý 398. Môn Toán chỉ có 104 điểm 10.

Có 16 thí sinh bị điểm liệt (từ 1 điểm trở xuống) ở môn Ngữ văn, trong khi năm 2023 con số này là 34. Đáng chú ý, một nữ sinh Trường THPT 19-5 (huyện Kim Bôi, tỉnh Hòa Bình) đạt 9,75 điểm môn Ngữ văn.

Theo Bộ, kỳ thi năm 2025 dự kiến có khoảng 1,1 triệu thí sinh dự thi, là năm đầu tiên thực hiện Chương trình giáo dục phổ thông 2018.

Minh Quân
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
Yi = I(Y)
NAY = P("năm nay", "2024-01-01", "2024-12-31")
DTB = "điểm trung bình thi tốt nghiệp THPT"
D10 = "điểm 10"

figs = [
    F("thứ năm liên tiếp", "năm", 5, "count", "năm", optional=True),
    F("THPT với 7,25 điểm", "7,25", 7.25, "measure", "điểm", DTB, location="Nam Định"),
    F("có hơn 1,07 triệu thí sinh", "1,07", 1070000, "count", "thí sinh", "thí sinh dự thi tốt nghiệp THPT",
      approx="over", period=Y),
    F("toàn quốc đạt 99,4%", "99,4", 99.4, "percent", "%", "tỷ lệ tốt nghiệp toàn quốc", period=Yi),
    F("Ninh Bình (7,17)", "7,17", 7.17, "measure", "điểm", DTB, location="Ninh Bình", period=Yi),
    F("Vĩnh Phúc (7,12)", "7,12", 7.12, "measure", "điểm", DTB, location="Vĩnh Phúc", period=Yi),
    F("Hà Nam (7,08)", "7,08", 7.08, "measure", "điểm", DTB, location="Hà Nam", period=Yi),
    F("Bắc Ninh (7,03)", "7,03", 7.03, "measure", "điểm", DTB, location="Bắc Ninh", period=Yi),
    F("Hà Nội đạt 6,83 điểm", "6,83", 6.83, "measure", "điểm", DTB, location="Hà Nội", period=Yi),
    F("xếp thứ 19;", "19", 19, "rank", "hạng", DTB, location="Hà Nội", period=Yi),
    F("Minh đạt 6,91 điểm", "6,91", 6.91, "measure", "điểm", DTB, location="TP Hồ Chí Minh", period=Yi),
    F("xếp thứ 15,", "15", 15, "rank", "hạng", DTB, location="TP Hồ Chí Minh",
      change=ch("increase", 4, "bậc", "năm 2023"), period=Yi),
    F("năm địa phương có điểm", "năm", 5, "count", "địa phương", "địa phương có điểm trung bình thấp nhất", optional=True),
    F("Hà Giang (5,97)", "5,97", 5.97, "measure", "điểm", "điểm trung bình", location="Hà Giang", period=Yi),
    F("Sơn La (6,05)", "6,05", 6.05, "measure", "điểm", "điểm trung bình", location="Sơn La", period=Yi),
    F("Cao Bằng (6,08)", "6,08", 6.08, "measure", "điểm", "điểm trung bình", location="Cao Bằng", period=Yi),
    F("Điện Biên (6,11)", "6,11", 6.11, "measure", "điểm", "điểm trung bình", location="Điện Biên", period=Yi),
    F("Lai Châu (6,14)", "6,14", 6.14, "measure", "điểm", "điểm trung bình", location="Lai Châu", period=Yi),
    F("là 1,28 điểm", "1,28", 1.28, "measure", "điểm", "khoảng cách giữa tỉnh đứng đầu và tỉnh cuối bảng", period=NAY),
    F("mức 1,46 điểm", "1,46", 1.46, "measure", "điểm", "khoảng cách giữa tỉnh đứng đầu và tỉnh cuối bảng",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("có 5.422 điểm 10", "5.422", 5422, "count", D10, "điểm 10",
      change=ch("decrease", 1000, "điểm", "năm ngoái", approx="nearly"), period=Yi),
    F("có hơn 3.700 điểm 10", "3.700", 3700, "count", D10, "điểm 10 môn Giáo dục công dân", approx="over",
      total=5422, percent=68, period=Yi),
    F("Lịch sử 1.152", "1.152", 1152, "count", D10, "điểm 10 môn Lịch sử", total=5422, period=Yi),
    F("Địa lý 398", "398", 398, "count", D10, "điểm 10 môn Địa lý", total=5422, period=Yi),
    F("có 104 điểm 10", "104", 104, "count", D10, "điểm 10 môn Toán", period=Yi),
    F("Có 16 thí sinh", "16", 16, "count", "thí sinh", "thí sinh bị điểm liệt môn Ngữ văn", period=Yi),
    F("từ 1 điểm trở xuống", "1", 1, "measure", "điểm", "ngưỡng điểm liệt", approx="at_most", optional=True),
    F("con số này là 34", "34", 34, "count", "thí sinh", "thí sinh bị điểm liệt môn Ngữ văn",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("đạt 9,75 điểm", "9,75", 9.75, "measure", "điểm", "điểm môn Ngữ văn của một nữ sinh", location="Kim Bôi", period=Yi),
    F("khoảng 1,1 triệu thí sinh", "1,1", 1100000, "count", "thí sinh", "thí sinh dự thi", approx="about",
      status="forecast", period=P("năm 2025", "2025-01-01", "2025-12-31")),
]

build(3, [
    "National press (news site), 'Thứ tư, 17/7/2024, 09:15 (GMT+7)' dateline, byline at the end. Provincial ranking of the 2024 average score.",
    "Lists of provinces with scores in brackets: province = location, subject = the list's indicator. Location default Việt Nam.",
    "'năm thứ năm liên tiếp', 'năm địa phương' (streak, list head) optional. '1,46 điểm của năm 2023' is a level of its own (period 2023), not a change.",
    "'giảm gần 1.000 điểm so với năm ngoái' is the change of 5.422 (approx nearly). 'hơn 3.700 điểm 10, chiếm khoảng 68%' part of 5.422 after 'Trong đó'.",
    "'Môn Toán chỉ có 104 điểm 10' follows the list but is not introduced by the cue: no total (judgment). 'năm 2023 con số này là 34' count of 2023.",
    "Distractors: 'THPT 19-5' (a school name), 'Chương trình giáo dục phổ thông 2018', 'chiều 16/7', '(GMT+7)', 'điểm 10' (category). '7,25' in the lede has no year in its sentence.",
    "The 9,75 score: the student's school is in huyện Kim Bôi (Hòa Bình); the most specific named place, a district, is the location. revised: was Hòa Bình.",
], A, figs, published="2024-07-17", location="Việt Nam")
