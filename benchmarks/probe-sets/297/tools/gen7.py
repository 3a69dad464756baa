from lib import *

T = """BÁO ĐÀ NẴNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ ĐÀ NẴNG
Thứ Sáu, 12/07/2024 21:10

Công bố điểm chuẩn vào lớp 10 công lập năm học 2024-2025

(ĐN) - Tối 12/7, Sở GD&ĐT thành phố công bố điểm chuẩn trúng tuyển vào lớp 10 của 21 trường THPT công lập không chuyên. Điểm xét tuyển là tổng điểm ba bài thi, trong đó Ngữ văn và Toán tính hệ số 2, Ngoại ngữ hệ số 1.

Trường THPT Phan Châu Trinh tiếp tục có điểm chuẩn cao nhất với 42,75 điểm, tăng 0,5 điểm so với năm 2023; tiếp theo là THPT Hoàng Hoa Thám 40,25 điểm, THPT Trần Phú 38,5 điểm và THPT Thái Phiên 36,75 điểm. Trường có điểm chuẩn thấp nhất là THPT Phạm Phú Thứ (huyện Hòa Vang) với 17,5 điểm. Nhìn chung, điểm chuẩn năm 2024 của các trường dao động từ 17,5 đến 42,75 điểm.

Ở Trường THPT chuyên Lê Quý Đôn, điểm chuẩn các lớp chuyên từ 31,6 đến 39,85 điểm; cao nhất là lớp chuyên Toán (39,85 điểm), thấp nhất là lớp chuyên Địa lý.

Đợt 1, toàn thành phố tuyển 10.890 học sinh, đạt 98,7% chỉ tiêu; 142 chỉ tiêu còn lại sẽ được xét tuyển bổ sung. Trong số học sinh trúng tuyển, quận Hải Châu có 1.964 em, quận Thanh Khê 1.720 em, huyện Hòa Vang 1.385 em.

Học sinh trúng tuyển xác nhận nhập học từ 8 giờ ngày 15/7 đến 17 giờ ngày 18/7/2024 tại trường THPT đã đăng ký. Số điện thoại hỗ trợ: 0236.3821.472.

Năm 2023, điểm chuẩn cao nhất (THPT Phan Châu Trinh) là 42,25 điểm và toàn thành phố có 10.615 học sinh trúng tuyển đợt 1.

Ngọc Hà
"""
I24 = Y("năm 2024", 2024, inh=True)
S24 = Y("năm 2024", 2024)
figs = [
    F("của 21 trường", "21", 21, "count", "trường THPT công lập không chuyên", "trường THPT công lập không chuyên", I24),
    F("ba bài thi", "ba", 3, "count", "bài thi", "bài thi", optional=True),
    F("tính hệ số 2", "2", 2, "multiple", "hệ số", "hệ số Ngữ văn và Toán", optional=True),
    F("hệ số 1.", "1", 1, "multiple", "hệ số", "hệ số Ngoại ngữ", optional=True),
    F("nhất với 42,75 điểm", "42,75", 42.75, "measure", "điểm", "điểm chuẩn", I24,
      change={"direction": "increase", "value": 0.5, "unit": "điểm", "baseline": "năm 2023"}),
    F("Thám 40,25 điểm", "40,25", 40.25, "measure", "điểm", "điểm chuẩn", I24),
    F("Trần Phú 38,5 điểm", "38,5", 38.5, "measure", "điểm", "điểm chuẩn", I24),
    F("Thái Phiên 36,75 điểm", "36,75", 36.75, "measure", "điểm", "điểm chuẩn", I24),
    F("với 17,5 điểm", "17,5", 17.5, "measure", "điểm", "điểm chuẩn thấp nhất", I24, location="Hòa Vang"),
    F("từ 17,5 đến 42,75 điểm", "17,5", 17.5, "measure", "điểm", "điểm chuẩn năm 2024 của các trường", S24, value_max=42.75),
    F("từ 31,6 đến 39,85 điểm", "31,6", 31.6, "measure", "điểm", "điểm chuẩn các lớp chuyên", I24, value_max=39.85),
    F("Toán (39,85 điểm)", "39,85", 39.85, "measure", "điểm", "điểm chuẩn lớp chuyên Toán", I24),
    F("tuyển 10.890 học sinh", "10.890", 10890, "count", "học sinh", "học sinh tuyển đợt 1", I24, percent=98.7),
    F("142 chỉ tiêu", "142", 142, "count", "chỉ tiêu", "chỉ tiêu còn lại xét tuyển bổ sung", I24),
    F("có 1.964 em", "1.964", 1964, "count", "em", "học sinh trúng tuyển", I24, total=10890, location="Hải Châu"),
    F("Thanh Khê 1.720 em", "1.720", 1720, "count", "em", "học sinh trúng tuyển", I24, total=10890, location="Thanh Khê"),
    F("Hòa Vang 1.385 em", "1.385", 1385, "count", "em", "học sinh trúng tuyển", I24, total=10890, location="Hòa Vang"),
    F("là 42,25 điểm", "42,25", 42.25, "measure", "điểm", "điểm chuẩn cao nhất", Y("Năm 2023", 2023)),
    F("có 10.615 học sinh", "10.615", 10615, "count", "học sinh", "học sinh trúng tuyển đợt 1", Y("Năm 2023", 2023)),
]
write("p297-7", T, figs, [
    "Báo Đà Nẵng (Party newspaper): benchmark scores for grade-10 public schools 2024. Dateline 'Thứ Sáu, 12/07/2024 21:10'; tag '(ĐN)'; byline at the end.",
    "List of benchmark scores shares the indicator 'điểm chuẩn'; schools are not places (location Đà Nẵng), but '(huyện Hòa Vang)' names the district.",
    "'tăng 0,5 điểm so với năm 2023' is the change of 42,75. Ranges 'dao động từ … đến …' / 'từ … đến …' have value_max; the first range states 'năm 2024'.",
    "'Trong số học sinh trúng tuyển, quận … có …' are parts of 10.890 ('Trong số' after the whole). 'đạt 98,7% chỉ tiêu' the percent of 10.890 (actual).",
    "'hệ số 2/1' (weights of the subjects) and 'ba bài thi' (structure; added after the first run) optional. Distractors: 'lớp 10', 'Tối 12/7', 'Đợt 1', '8 giờ ngày 15/7 đến 17 giờ ngày 18/7/2024', phone, school names (Trần Phú…).",
    "Period: 'năm học 2024-2025' names the round; figures inherit 2024 (not scored) unless the sentence states a year; the last paragraph states 'Năm 2023'.",
], published="2024-07-12", location="Đà Nẵng")
