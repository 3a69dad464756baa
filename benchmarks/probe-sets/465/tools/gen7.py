from lib import F, P, I, ch, tg, build

A = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Tin tức - Sự kiện » Văn hóa - Xã hội

Hải Hậu: 100% thí sinh đỗ tốt nghiệp THPT năm 2024

Thứ Sáu, 19/07/2024 - 15:40

Năm 2024, toàn huyện có 2.946 thí sinh dự thi tốt nghiệp THPT tại 6 điểm thi, giảm 118 thí sinh so với năm 2023. Kết quả, 100% thí sinh đỗ tốt nghiệp; điểm trung bình các môn thi của huyện đạt 7,41 điểm, cao hơn bình quân của tỉnh Nam Định (7,25 điểm).

Trong 4 trường THPT trên địa bàn, Trường THPT A Hải Hậu dẫn đầu với điểm trung bình 7,68, xếp thứ 2/66 trường THPT của tỉnh; tiếp đến là Trường THPT Trần Quốc Tuấn 7,52, Trường THPT Tô Hiến Thành 7,39 và Trường THPT Vũ Văn Hiếu 7,11.

Em Trần Minh Đức (Trường THPT A Hải Hậu, xóm 3, xã Hải Thanh) đạt 29,1 điểm khối A01, là thủ khoa của huyện. Toàn huyện có 58 thí sinh đạt từ 27 điểm trở lên, tăng gần gấp đôi so với năm 2023; riêng môn Lịch sử có 63 điểm 10, chiếm khoảng 21% số điểm 10 môn này của tỉnh.

Từ năm 2019 đến nay, huyện có 9 thủ khoa toàn tỉnh. Từ đầu năm đến nay, Hội Khuyến học huyện đã vận động được hơn 1,3 tỷ đồng cho Quỹ khuyến học; UBND huyện thưởng 3 triệu đồng/em cho thí sinh đạt từ 27 điểm trở lên.

Theo Phòng GD&ĐT, năm 2025 huyện đặt mục tiêu tỷ lệ học sinh lớp 9 vào lớp 10 THPT công lập đạt 78%, tỷ lệ tốt nghiệp THPT tiếp tục đạt 100%.

Phạm Tuấn - Trung tâm VH-TT&TT huyện
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Yi = I(Y)
DTB = "điểm trung bình"

figs = [
    F("Hải Hậu: 100%", "100", 100, "percent", "%", "thí sinh đỗ tốt nghiệp THPT", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("có 2.946 thí sinh", "2.946", 2946, "count", "thí sinh", "thí sinh dự thi tốt nghiệp THPT",
      change=ch("decrease", 118, "thí sinh", "năm 2023"), period=Y),
    F("tại 6 điểm thi", "6", 6, "count", "điểm thi", "điểm thi", period=Y),
    F("Kết quả, 100%", "100", 100, "percent", "%", "thí sinh đỗ tốt nghiệp", period=Yi),
    F("đạt 7,41 điểm", "7,41", 7.41, "measure", "điểm", "điểm trung bình các môn thi của huyện", period=Yi),
    F("Nam Định (7,25 điểm)", "7,25", 7.25, "measure", "điểm", "điểm trung bình các môn thi bình quân của tỉnh", location="Nam Định", period=Yi),
    F("Trong 4 trường THPT", "4", 4, "count", "trường THPT", "trường THPT trên địa bàn", optional=True),
    F("trung bình 7,68", "7,68", 7.68, "measure", "điểm", "điểm trung bình Trường THPT A Hải Hậu", period=Yi),
    F("xếp thứ 2/66", "2", 2, "rank", "hạng", "điểm trung bình Trường THPT A Hải Hậu", total=66, period=Yi),
    F("Trần Quốc Tuấn 7,52", "7,52", 7.52, "measure", "điểm", "điểm trung bình Trường THPT Trần Quốc Tuấn", period=Yi),
    F("Tô Hiến Thành 7,39", "7,39", 7.39, "measure", "điểm", "điểm trung bình Trường THPT Tô Hiến Thành", period=Yi),
    F("Vũ Văn Hiếu 7,11", "7,11", 7.11, "measure", "điểm", "điểm trung bình Trường THPT Vũ Văn Hiếu", period=Yi),
    F("đạt 29,1 điểm", "29,1", 29.1, "measure", "điểm", "tổng điểm khối A01 của thủ khoa huyện", period=Yi),
    F("có 58 thí sinh", "58", 58, "count", "thí sinh", "thí sinh đạt từ 27 điểm trở lên",
      change=ch("increase", 2, "lần", "năm 2023", approx="nearly"), period=Yi),
    F("đạt từ 27 điểm trở lên, tăng", "27", 27, "measure", "điểm", "ngưỡng tổng điểm", approx="at_least", optional=True),
    F("có 63 điểm 10", "63", 63, "count", "điểm 10", "điểm 10 môn Lịch sử", percent=21, period=Yi),
    F("có 9 thủ khoa", "9", 9, "count", "thủ khoa", "thủ khoa toàn tỉnh",
      period=P("Từ năm 2019 đến nay", "2019-01-01", "2024-07-19")),
    F("hơn 1,3 tỷ đồng", "1,3", 1300000000, "money", "đồng", "tiền vận động cho Quỹ khuyến học", approx="over",
      period=P("Từ đầu năm đến nay", "2024-01-01", "2024-07-19")),
    F("thưởng 3 triệu đồng/em", "3", 3000000, "money", "đồng/em", "mức thưởng thí sinh đạt từ 27 điểm trở lên"),
    F("đạt từ 27 điểm trở lên.", "27", 27, "measure", "điểm", "ngưỡng tổng điểm", approx="at_least", optional=True),
    F("đạt 78%", "78", 78, "percent", "%", "tỷ lệ học sinh lớp 9 vào lớp 10 THPT công lập", status="target",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("tiếp tục đạt 100%", "100", 100, "percent", "%", "tỷ lệ tốt nghiệp THPT", status="target",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
]

build(7, [
    "District portal (huyện Hải Hậu, Nam Định), 'Thứ Sáu, 19/07/2024 - 15:40' dateline, byline of the district culture centre at the end.",
    "Default location Hải Hậu (district portal); the province average '(7,25 điểm)' is located in Nam Định (revised: its subject now resolves the ellipsis to điểm trung bình các môn thi). Schools are not places: subject keeps the school.",
    "'giảm 118 thí sinh so với năm 2023' change of 2.946; 'tăng gần gấp đôi so với năm 2023' change of 58 (2 lần, nearly, as in set 205).",
    "'xếp thứ 2/66 trường' total 66; 'Trong 4 trường' optional; '27 điểm trở lên' thresholds optional; 'chiếm khoảng 21%' is the percent of 63 điểm 10.",
    "'Từ năm 2019 đến nay' and 'Từ đầu năm đến nay' end at the dateline 2024-07-19. 'năm 2025 ... đặt mục tiêu' targets.",
    "Distractors: 'xóm 3, xã Hải Thanh' (address), 'khối A01', 'lớp 9', 'lớp 10', 'THPT A Hải Hậu', time '15:40'.",
], A, figs, published="2024-07-19", location="Hải Hậu")
