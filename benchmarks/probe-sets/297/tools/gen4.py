from lib import *

T = """BÁO BẮC GIANG
Giáo dục

Gần 28 nghìn học sinh đăng ký dự tuyển lớp 10 công lập, nhiều trường "nóng" vượt chỉ tiêu

Thu Hương | 14:32, 24/05/2024

BGĐT - Theo thống kê của Sở GD&ĐT, kết thúc thời gian đăng ký dự thi (17 giờ ngày 20/5), toàn tỉnh có 27.905 học sinh đăng ký dự tuyển vào lớp 10 THPT công lập năm 2024, cao hơn khoảng 5.600 em so với tổng chỉ tiêu.

Tổng chỉ tiêu vào 37 trường THPT công lập là 22.290 học sinh (chiếm 71,4% số học sinh dự kiến tốt nghiệp THCS). Trường THPT chuyên Bắc Giang tuyển 455 học sinh cho 13 lớp chuyên nhưng có tới 1.647 hồ sơ đăng ký; số hồ sơ gấp 3,62 lần chỉ tiêu. Môn chuyên có số hồ sơ cao nhất là Tiếng Anh với 236 hồ sơ, tiếp đến là Toán (198 hồ sơ) và Ngữ văn (171 hồ sơ); thấp nhất là Tin học với 62 hồ sơ.

Ở khối trường không chuyên, các trường có số đăng ký vượt nhiều nhất là THPT Ngô Sĩ Liên (TP Bắc Giang) đạt 912/675 chỉ tiêu, THPT Yên Dũng số 1 (huyện Yên Dũng) đạt 735/540 chỉ tiêu. Ngược lại, 5 trường ở các huyện miền núi Sơn Động, Lục Ngạn có số đăng ký thấp hơn chỉ tiêu từ 8% đến 15%.

Kỳ thi diễn ra trong 2 ngày 5 và 6/6. Sở dự kiến bố trí 1.128 phòng thi tại 64 điểm thi, huy động khoảng 2.600 cán bộ coi thi. Kinh phí tổ chức kỳ thi ước khoảng 4,3 tỷ đồng, tăng 12% so với năm 2023.

Theo Kế hoạch số 45/KH-SGDĐT, giai đoạn 2021-2025 tỉnh phấn đấu tỷ lệ học sinh vào lớp 10 THPT công lập đạt 70-75%.
"""
Y24 = Y("năm 2024", 2024)
I24 = Y("năm 2024", 2024, inh=True)
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
figs = [
    F("Gần 28 nghìn học sinh", "28", 28000, "count", "học sinh", "học sinh đăng ký dự tuyển lớp 10 công lập", approx="nearly"),
    F("có 27.905 học sinh", "27.905", 27905, "count", "học sinh", "học sinh đăng ký dự tuyển vào lớp 10 THPT công lập", Y24,
      change={"direction": "increase", "value": 5600, "unit": "em", "approx": "about", "baseline": "tổng chỉ tiêu"}),
    F("vào 37 trường", "37", 37, "count", "trường THPT công lập", "trường THPT công lập", I24, optional=True),
    F("là 22.290 học sinh", "22.290", 22290, "count", "học sinh", "Tổng chỉ tiêu vào trường THPT công lập", I24, status="target", percent=71.4),
    F("tuyển 455 học sinh", "455", 455, "count", "học sinh", "chỉ tiêu Trường THPT chuyên Bắc Giang", I24, status="target"),
    F("cho 13 lớp chuyên", "13", 13, "count", "lớp chuyên", "lớp chuyên Trường THPT chuyên Bắc Giang", I24),
    F("tới 1.647 hồ sơ", "1.647", 1647, "count", "hồ sơ", "hồ sơ đăng ký vào Trường THPT chuyên Bắc Giang", I24),
    F("gấp 3,62 lần", "3,62", 3.62, "multiple", "lần", "số hồ sơ so với chỉ tiêu", I24),
    F("Tiếng Anh với 236 hồ sơ", "236", 236, "count", "hồ sơ", "hồ sơ đăng ký môn chuyên Tiếng Anh", I24),
    F("Toán (198 hồ sơ)", "198", 198, "count", "hồ sơ", "hồ sơ đăng ký môn chuyên Toán", I24),
    F("Ngữ văn (171 hồ sơ)", "171", 171, "count", "hồ sơ", "hồ sơ đăng ký môn chuyên Ngữ văn", I24),
    F("Tin học với 62 hồ sơ", "62", 62, "count", "hồ sơ", "hồ sơ đăng ký môn chuyên Tin học", I24),
    F("đạt 912/675 chỉ tiêu", "912", 912, "count", "chỉ tiêu", "số đăng ký", I24, target={"value": 675, "unit": "chỉ tiêu"}, location="Bắc Giang"),
    F("đạt 735/540 chỉ tiêu", "735", 735, "count", "chỉ tiêu", "số đăng ký", I24, target={"value": 540, "unit": "chỉ tiêu"}, location="Yên Dũng"),
    F("Ngược lại, 5 trường", "5", 5, "count", "trường", "trường có số đăng ký thấp hơn chỉ tiêu", I24),
    F("từ 8% đến 15%", "8", 8, "percent", "%", "mức số đăng ký thấp hơn chỉ tiêu", I24, value_max=15),
    F("trong 2 ngày", "2", 2, "measure", "ngày", "thời gian diễn ra kỳ thi", optional=True),
    F("bố trí 1.128 phòng thi", "1.128", 1128, "count", "phòng thi", "phòng thi", I24, status="forecast"),
    F("tại 64 điểm thi", "64", 64, "count", "điểm thi", "điểm thi", I24, status="forecast"),
    F("khoảng 2.600 cán bộ", "2.600", 2600, "count", "cán bộ", "cán bộ coi thi", I24, approx="about", status="forecast"),
    F("ước khoảng 4,3 tỷ đồng", "4,3", 4300000000, "money", "đồng", "Kinh phí tổ chức kỳ thi", I24, approx="about", status="estimate",
      change={"direction": "increase", "value": 12, "unit": "%", "baseline": "năm 2023"}),
    F("đạt 70-75%", "70", 70, "percent", "%", "tỷ lệ học sinh vào lớp 10 THPT công lập", GD, value_max=75, status="target"),
]
write("p297-4", T, figs, [
    "Báo Bắc Giang (Party newspaper): registrations for public grade-10 places 2024, the gifted school, over-subscribed schools, exam logistics.",
    "Byline and dateline 'Thu Hương | 14:32, 24/05/2024'; tag 'BGĐT' implies the province. Distractors: '17 giờ ngày 20/5', '5 và 6/6', 'lớp 10', 'lớp 9',",
    "'Kế hoạch số 45/KH-SGDĐT', school name 'THPT Yên Dũng số 1', 'THPT chuyên Bắc Giang' (a place in a name: location stays the province).",
    "'cao hơn khoảng 5.600 em so với tổng chỉ tiêu' is the change of 27.905 (gap to plan). Quotas are status target; 'chiếm 71,4%' its percent.",
    "'912/675 chỉ tiêu', '735/540 chỉ tiêu': result against plan -> target 675/540 (FIGURES.md), location from the bracketed place.",
    "'gấp 3,62 lần chỉ tiêu' stands in its own clause with its own subject: multiple. 'thấp hơn chỉ tiêu từ 8% đến 15%' has no base figure: a percent range.",
    "'Sở dự kiến' makes rooms, sites and invigilators forecast; 'ước khoảng' estimate + about. 'trong 2 ngày' and '37 trường' inside the quota clause optional. '5 trường' in two districts keeps the province. Later figures inherit 'năm 2024'.",
], published="2024-05-24", location="Bắc Giang")
