from lib import F, P, I, ch, tg, build

A = """SỞ GIÁO DỤC VÀ ĐÀO TẠO BẮC NINH
Địa chỉ: Số 2 đường Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh | Điện thoại: 0222.3822.591

Kết quả thi tốt nghiệp THPT năm 2024 theo từng môn thi

Ngày đăng: 18/07/2024 | Lượt xem: 2.315

Kỳ thi tốt nghiệp THPT năm 2024, tỉnh Bắc Ninh có 17.845 thí sinh dự thi tại 35 điểm thi với 758 phòng thi. Tỷ lệ tốt nghiệp chung của tỉnh đạt 99,72%. Điểm trung bình cộng các môn thi là 7,03 điểm, xếp thứ 8 toàn quốc.

Kết quả cụ thể theo từng môn thi như sau:

Bảng 2. Điểm trung bình và phổ điểm một số môn thi năm 2024
Môn thi | Số bài thi | Điểm trung bình | Tỷ lệ bài thi dưới 5 điểm (%) | Số điểm 10
Toán | 17.602 | 6,71 | 9,84 | 4
Ngữ văn | 17.598 | 7,45 | 2,13 | 0
Tiếng Anh | 16.930 | 6,12 | 24,57 | 21
Lịch sử | 9.874 | 6,98 | 5,02 | 47
Giáo dục công dân | 7.913 | 8,45 | 0,38 | 196

Năm nay, điểm trung bình môn Toán đạt 6,71 điểm, tăng 0,18 điểm so với năm 2023; môn Tiếng Anh giảm 0,09 điểm. Môn có điểm trung bình cao nhất là Giáo dục công dân (8,45 điểm), thấp nhất là Tiếng Anh (6,12 điểm).

Tổng số điểm 10 của tỉnh là 305 điểm, tăng 42 điểm so với năm 2023. Có 1.102 thí sinh đạt tổng điểm khối A00 từ 27 điểm trở lên, chiếm 6,2% số thí sinh dự thi.

Theo đồng chí Phó Giám đốc Sở, dự kiến khoảng 85% thí sinh của tỉnh dùng kết quả thi để xét tuyển đại học năm 2024. Các trường THPT trả giấy chứng nhận tốt nghiệp tạm thời từ ngày 22/7; thí sinh theo dõi thông tin tại mục 4 của Cổng thông tin Sở.
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
Yi = I(Y)

rows = [
    ("Toán", "17.602", 17602, "6,71", 6.71, "9,84", 9.84, "4", 4),
    ("Ngữ văn", "17.598", 17598, "7,45", 7.45, "2,13", 2.13, "0", 0),
    ("Tiếng Anh", "16.930", 16930, "6,12", 6.12, "24,57", 24.57, "21", 21),
    ("Lịch sử", "9.874", 9874, "6,98", 6.98, "5,02", 5.02, "47", 47),
    ("Giáo dục công dân", "7.913", 7913, "8,45", 8.45, "0,38", 0.38, "196", 196),
]
figs = [
    F("có 17.845 thí sinh", "17.845", 17845, "count", "thí sinh", "thí sinh dự thi", period=Y),
    F("tại 35 điểm thi", "35", 35, "count", "điểm thi", "điểm thi", period=Y),
    F("với 758 phòng thi", "758", 758, "count", "phòng thi", "phòng thi", period=Y),
    F("của tỉnh đạt 99,72%", "99,72", 99.72, "percent", "%", "tỷ lệ tốt nghiệp chung của tỉnh", period=Yi),
    F("là 7,03 điểm", "7,03", 7.03, "measure", "điểm", "điểm trung bình cộng các môn thi", period=Yi),
    F("xếp thứ 8 toàn quốc", "8", 8, "rank", "hạng", "điểm trung bình cộng các môn thi", period=Yi),
    F("dưới 5 điểm (%)", "5", 5, "measure", "điểm", "ngưỡng điểm", approx="under", optional=True),
]
for name, a, av, b, bv, c, cv, d, dv in rows:
    figs += [
        F(f"{name} | {a} |", a, av, "count", "bài thi", f"số bài thi {name}", period=Yi),
        F(f"{a} | {b} |", b, bv, "measure", "điểm", f"điểm trung bình {name}", period=Yi),
        F(f"{b} | {c} |", c, cv, "percent", "%", f"tỷ lệ bài thi dưới 5 điểm {name}", period=Yi),
        F(f"{c} | {d}\n", d, dv, "count", "điểm 10", f"số điểm 10 {name}", period=Yi),
    ]
figs += [
    F("Toán đạt 6,71 điểm", "6,71", 6.71, "measure", "điểm", "điểm trung bình môn Toán",
      change=ch("increase", 0.18, "điểm", "năm 2023"), period=P("Năm nay", "2024-01-01", "2024-12-31")),
    F("giảm 0,09 điểm", "0,09", 0.09, "measure", "điểm", "điểm trung bình môn Tiếng Anh giảm",
      period=P("Năm nay", "2024-01-01", "2024-12-31")),
    F("Giáo dục công dân (8,45 điểm)", "8,45", 8.45, "measure", "điểm", "điểm trung bình môn cao nhất", period=Yi),
    F("Tiếng Anh (6,12 điểm)", "6,12", 6.12, "measure", "điểm", "điểm trung bình môn thấp nhất", period=Yi),
    F("là 305 điểm", "305", 305, "count", "điểm", "tổng số điểm 10 của tỉnh",
      change=ch("increase", 42, "điểm", "năm 2023"), period=Yi),
    F("Có 1.102 thí sinh", "1.102", 1102, "count", "thí sinh", "thí sinh đạt tổng điểm khối A00 từ 27 điểm trở lên",
      percent=6.2, period=Yi),
    F("từ 27 điểm trở lên", "27", 27, "measure", "điểm", "ngưỡng tổng điểm khối A00", approx="at_least", optional=True),
    F("khoảng 85% thí sinh", "85", 85, "percent", "%", "thí sinh dùng kết quả thi để xét tuyển đại học",
      approx="about", status="forecast", period=Y),
]

build(2, [
    "Department site (Sở GD&ĐT Bắc Ninh), address + phone in the header, 'Ngày đăng: dd/mm/yyyy | Lượt xem' dateline.",
    "Flattened '|' table: every numeric cell a figure (zero included), subject = column label + row label, unit from the column",
    "('Số bài thi' -> bài thi, 'Điểm trung bình' -> điểm, '(%)' -> %, 'Số điểm 10' -> điểm 10); period 'năm 2024' from the caption (inherited).",
    "'dưới 5 điểm' in the header and 'từ 27 điểm trở lên' are thresholds (optional). 'môn Tiếng Anh giảm 0,09 điểm' has no base amount:",
    "it is a measure of its own (cf. a growth rate that is the claim). 'Năm nay' = 2024 (the exam year of the article and its date).",
    "'dự kiến khoảng 85% thí sinh ...' is forecast, approx about. Distractors: address 'Số 2', phone, 'Bảng 2', 'mục 4', 'khối A00', 'ngày 22/7'.",
], A, figs, published="2024-07-18", location="Bắc Ninh")
